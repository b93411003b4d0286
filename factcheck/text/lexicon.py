"""Lexicon words as patterns: every reader matches word lists from rules/lexicon the same way.

A word or phrase is matched after normalization (factcheck/text/normalize.py), with any
run of spaces between its words, longest first so "تشرين الثاني" wins over a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from factcheck.text import TIMEOUT
from factcheck.text.normalize import fold

# What may stand before a word in Arabic news: the conjunctions و ف, then a preposition ب ل ك.
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_LETTERS = regex.compile(r"\p{L}+")


@lru_cache(maxsize=65_536)  # readers key the same matched words sentence after sentence
def key(text: str) -> str:
    """A lexicon entry, or matched text, as one key: folded, single-spaced."""
    return " ".join(fold(text).split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words' keys, longest first, any spaces between words.

    Ties are broken by the words themselves: the first alternative that matches wins, so
    an order taken from a set would make the output depend on PYTHONHASHSEED. No words
    match nothing (an empty alternation would match everywhere: a lexicon list left out).
    """
    unique = sorted({key(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in unique) if unique else "(?!)"


def phrase_root(phrase: str) -> str:
    """The letters a word of a lexicon phrase (a key) opens with, whatever pronoun it carries.

    word_pattern matches a phrase with proclitics before it and, for its last word, an
    attached pronoun that changes only that word's last letter (زيارة → زيارته، لقاء →
    لقائه): so a one-word phrase leaves out its last letter, and a longer one keeps its
    first word. '' when the phrase opens with no letter.
    """
    lead = _LETTERS.match(phrase, timeout=TIMEOUT)
    if lead is None:
        return ""
    return lead.group() if lead.end() < len(phrase) else phrase[:-1]


def cue_roots(phrases: Iterable[str]) -> frozenset[str] | None:
    """The roots (phrase_root) of lexicon phrases: a text holding none of them matches none.

    A cheap test before a pattern of the phrases (holds_any). None when a phrase has no
    root: then every text may match.
    """
    roots = {phrase_root(key(p)) for p in phrases}
    roots |= {root[1:] for root in roots if root.startswith("ال") and len(root) > 3}  # للاتفاق: ل + الاتفاق
    return None if "" in roots else frozenset(roots)


def holds_any(text: str, roots: frozenset[str] | None) -> bool:
    """Whether one of cue_roots' `roots` stands in `text`, as a substring (always, for None)."""
    return roots is None or any(root in text for root in roots)


def indefinite_forms(phrase: str) -> tuple[str, ...]:
    """The indefinite forms of a definite noun and its adjectives, nominative and accusative.

    "الهجوم المفاجئ" → "هجوم مفاجئ", "هجوما مفاجئا" ("شنت القوات هجوما مفاجئا"); the
    accusative takes no alif after ة, ى, ء or ا ("تجربة نووية"). A single word has none:
    "حرب" alone is any war, not the one a trigger names.
    """
    words = phrase.split()
    if len(words) < 2 or not all(w.startswith("ال") and len(w) > 3 for w in words):
        return ()
    bare = [w[2:] for w in words]
    accusative = [w if w.endswith(("ة", "ى", "ء", "ا")) else f"{w}ا" for w in bare]
    return tuple(dict.fromkeys((" ".join(bare), " ".join(accusative))))


def with_proclitics(word: str) -> str:
    """A pattern for one word with the proclitics it may carry: و ف, then ب ل ك (لل for ال).

    "الرئيس" also matches والرئيس، وللرئيس، بالرئيس; "رئيس" also ورئيس، لرئيس.
    """
    folded = fold(word)
    if folded.startswith("ال"):
        return rf"(?:[وف]?(?:[بك]?ال|لل)){regex.escape(folded[2:])}"
    return rf"(?:[وف]?[بلك]?){regex.escape(folded)}"


def word_pattern(words: Iterable[str], enclitics: Iterable[str] = ()) -> regex.Pattern[str]:
    """Whole words, after the proclitics و ف ب ل ك (and لل for ال); the word is group `word`.

    With `enclitics`, a word may also carry an attached pronoun (زيارته، لقاؤهما، زارها):
    group `word` then holds the word as written with it, not a lexicon key.
    """
    return _word_pattern(frozenset(words), frozenset(enclitics))


@cache  # every person's birth shares one list of words: one pattern
def _word_pattern(words: frozenset[str], enclitics: frozenset[str]) -> regex.Pattern[str]:
    # ل before ال writes لل: "للاتفاق العسكري" is ل + "الاتفاق العسكري", its group `word` "اتفاق العسكري"
    definite = frozenset(w[2:] for w in words if w.startswith("ال") and len(w) > 3)
    merged = rf"|[وف]?لل(?P<word>{_body(definite, enclitics)})" if definite else ""
    return regex.compile(rf"(?<!\p{{L}})(?:(?:[وف]?[بلك]?|[وف]?لل)(?P<word>{_body(words, enclitics)}){merged})(?!\p{{L}})")


def _body(words: frozenset[str], enclitics: frozenset[str]) -> str:
    """The alternation of the words, each also with an attached pronoun when `enclitics` are given."""
    body = alternation(words)
    if enclitics:
        suffix = f"(?:{alternation(enclitics)})"
        stems = {f"{head}{stem}" for word in words for head, stem in _stems(key(word))} - {key(w) for w in words}
        body = f"(?:{body}){suffix}?" + (f"|(?:{alternation(stems)}){suffix}" if stems else "")
    return body


def _stems(phrase: str) -> list[tuple[str, str]]:
    """(the words before the last, the last word as it stands before an attached pronoun).

    زياره (زيارة) → زيارت، لقاء → لقاو / لقاي (لقاؤه، لقائه)، التقي (التقى) → التقا (التقاه).
    """
    head, _, last = phrase.rpartition(" ")
    head = f"{head} " if head else ""
    if last.endswith("ه"):
        stems = [last, last[:-1] + "ت"]
    elif last.endswith("اء"):
        stems = [last, last[:-1] + "و", last[:-1] + "ي"]
    elif last.endswith("ي") and len(last) > 3:
        stems = [last, last[:-1] + "ا"]
    else:
        stems = [last]
    return [(head, stem) for stem in stems]


def word_forms(text: str, enclitics: Iterable[str] = ()) -> frozenset[str]:
    """The words of a normalized text, each also without the clitics word_pattern allows.

    A cheap first test before running patterns: a phrase can only match where its first
    word is one of these. Each word's forms are worked out once per run (a word recurs in
    sentence after sentence); a sentence's are kept for the next one, which asks for them
    again as its previous sentence's.
    """
    return _word_forms(text, tuple(enclitics))


@lru_cache(maxsize=256)
def _word_forms(text: str, clitics: tuple[str, ...]) -> frozenset[str]:
    forms: set[str] = set()
    for word in _LETTERS.findall(text, timeout=TIMEOUT):
        forms |= _forms_of(word, clitics)
    return frozenset(forms)


@lru_cache(maxsize=262_144)
def _forms_of(word: str, enclitics: tuple[str, ...]) -> frozenset[str]:
    bare = {word, *(word[len(p):] for p in PROCLITICS if word.startswith(p))}
    bare |= {"ال" + word[len(p):] for p in ("لل", "ولل", "فلل") if word.startswith(p)}  # للعلاقات
    forms = set(bare)
    for form in bare:
        for suffix in enclitics:
            if form.endswith(suffix) and len(form) > len(suffix) + 1:
                stem = form[:-len(suffix)]
                forms |= {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem,
                          stem[:-1] + "ء" if stem.endswith(("و", "ي")) else stem,
                          stem[:-1] + "ي" if stem.endswith("ا") else stem}
    return frozenset(forms)
