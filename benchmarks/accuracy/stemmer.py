"""Snowball's Arabic stemmer against our own clitic rules, on the words of the dev set.

    python3 -m pip install -e '.[bench]' && python3 benchmarks/accuracy/stemmer.py

Issue 8 asks whether a light stemmer would match trigger words better than the clitic
rules of factcheck/text/lexicon.py. Over every distinct word of the dev set's articles,
a word is matched to the event trigger words (rules/events) by the rules (`word_pattern`
with the enclitics, the readers' own mechanism) or by the stemmer (its stem is the stem
of a trigger word). Words both match are not in question; the words only one matches
are judged by hand below: RIGHT holds those that are a form of the trigger word they
matched, in the sense the trigger means (وصلت of وصل, لقاءين of لقاء), and every other
word only the stemmer matches is wrong (روسي for الروسي is an adjective, not the event;
بلاده is no form of ولادة). A word the judgement does not cover yet is printed as
unjudged. The figures are a measure, not a test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

from factcheck.engine import load_ruleset
from factcheck.text.lexicon import key, word_pattern
from factcheck.text.normalize import fold
from factcheck.yamlsource import load_yaml

HERE = Path(__file__).resolve().parent

# Words only the stemmer matches that are right: inflections the trigger lists lack
# (feminine and dual verbs, tanween alif, dual nouns, a verb for its verbal noun).
RIGHT = frozenset({
    "اجتماعا", "استقال", "استقبلت", "اطلق", "اطلقها", "اعلانا", "الاطلاق", "التحرير", "الضربات", "انتصارا",
    "ايدتا", "جنديين", "دمره", "زارت", "فرضت", "لقاءين", "لقاءيهما", "مولود", "نقل", "نقلا",
    "نقله", "ونقل", "وصلت", "وصولا",
})
# Words only the stemmer matches that are wrong, judged so (for the unjudged count).
WRONG = frozenset({
    "اتفاق", "اتفاقا", "الاتفاق", "اعلي", "الاعلي", "العسكري", "عسكري", "عسكريا", "عسكريه",
    "الموافق", "الروس", "بروس", "روس", "روسي", "روسيه", "وروسي", "بشار", "بلاده", "بلادها", "بلادهم", "تشون",
    "وتوجت",
})


def dev_words() -> set[str]:
    """Every distinct word of the dev set's articles, normalized."""
    words: set[str] = set()
    for path in sorted(HERE.glob("*.yaml")):
        for case in load_yaml(path.read_text("utf-8")).value["cases"]:
            for article in case["articles"]:
                words.update(regex.findall(r"\p{L}+", fold(article["text"])))
    return words


def main() -> None:
    """Print what each method matches alone, and the stemmer's precision on its gains."""
    try:
        import snowballstemmer  # type: ignore[import-untyped]
    except ImportError:
        sys.exit("this measure needs snowballstemmer: python3 -m pip install -e '.[bench]'")
    stem = snowballstemmer.stemmer("arabic").stemWord
    kb = load_ruleset(None).kb
    triggers = {key(w) for target in (*kb.events.values(), *kb.series.values())
                for group in target.triggers for w in group if " " not in key(w)}
    pattern, stems = word_pattern(triggers, kb.enclitics), {stem(w) for w in triggers}
    words = dev_words()
    by_rules = {w for w in words if pattern.fullmatch(w)}
    by_stemmer = {w for w in words if stem(w) in stems}
    gains = by_stemmer - by_rules
    right, unjudged = gains & RIGHT, gains - RIGHT - WRONG
    print(f"dev-set words {len(words)}; one-word trigger words {len(triggers)}")
    print(f"matched by both {len(by_rules & by_stemmer)}; by the rules alone {len(by_rules - by_stemmer)}; "
          f"by the stemmer alone {len(gains)} ({len(right)} right, {len(gains - RIGHT - unjudged)} wrong)")
    print("rules alone:", " ".join(sorted(by_rules - by_stemmer)))
    print("stemmer alone, right:", " ".join(sorted(right)))
    print("stemmer alone, wrong:", " ".join(sorted(gains & WRONG)))
    if unjudged:
        print("stemmer alone, unjudged:", " ".join(sorted(unjudged)))


if __name__ == "__main__":
    main()
