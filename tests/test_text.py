"""The text layer, as tables of real inputs and expected outputs."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factcheck.corpus import load_article
from factcheck.text.lexicon import alternation
from factcheck.text.names import name_key
from factcheck.text.normalize import fold, normalize
from factcheck.text.sentences import split_sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

FOLDS = [
    ("يودّع", "يودع"),  # shadda
    ("حدثًا تدريبيًا", "حدثا تدريبيا"),  # tanween
    ("كوريا الشمالية", "كوريا الشماليه"),  # ة/ه
    ("الأمين إلى آذار", "الامين الي اذار"),  # alef seats, ى
    ("مسؤول رئيس", "مسوول رييس"),  # hamza on waw and ya
    ("لـ بيونغيانغ", "ل بيونغيانغ"),  # tatweel
    ("١٠٬٠٠٠ و٣٠٪", "10,000 و30%"),  # Eastern digits, separators, percent
    ("«فصل جديد»، الأحد؛ ماذا؟", '"فصل جديد", الاحد; ماذا?'),
    ("\u200fبوتين\u200e\u202bبوتن\u202c", "بوتينبوتن"),  # bidi controls
    ("\ufefb \ufe8d\ufedf", "لا ال"),  # presentation forms
    ("“جني ما زرعناه”", '"جني ما زرعناه"'),
]


@pytest.mark.parametrize(("raw", "expected"), FOLDS)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.stem)
def test_offset_map_points_back_into_the_original(path: Path) -> None:
    body = load_article(path).body  # type: ignore[union-attr]
    text = normalize(body)
    assert len(text.starts) == len(text.text)
    for word in ("شويغو", "الامين العام لمجلس الامن", "كوريا الشماليه"):
        at = text.text.find(word)
        if at >= 0:
            start, end = text.original_span(at, at + len(word))
            assert fold(body[start:end]) == word


def test_offsets_take_in_a_words_diacritics() -> None:
    text = normalize("زعيم يودّع الأمين", base=100)
    at = text.text.index("يودع")
    assert text.original_span(at, at + 4) == (105, 110)
    assert text.original_text(at, at + 4) == "يودّع"


def _sentences(name: str) -> list[str]:
    return [s.text for s in split_sentences(load_article(CORPUS / f"{name}.md").body)]  # type: ignore[union-attr]


def test_abbreviations_and_quotes_do_not_split() -> None:
    sentences = _sentences("asharq-2024-09-14-shoigu-pyongyang")
    assert "زعيم كوريا الشمالية يودّع الأمين العام لمجلس الأمن الروسي (ا.ف.ب)" in sentences
    assert ("ومما جاء في وسائل الإعلام الرسمية: «كان هناك تبادل واسع للآراء حول قضايا تعميق الحوار "
            "الاستراتيجي بشكل مستمر بين البلدين وتعزيز التعاون للدفاع عن المصالح الأمنية المتبادلة "
            "وحول الوضع الإقليمي والدولي».") in sentences


def test_hard_wrapped_lines_join_and_headings_stand_alone() -> None:
    sentences = _sentences("arabi21-2023-09-kim-putin-may-meet")
    assert sentences[0].startswith("قال مسؤول بالأمن القومي") and sentences[0].endswith("وفق وكالة رويترز.")
    assert "موقفها من الحرب" in sentences
    assert ("واتهمت الولايات المتحدة\nكوريا الشمالية بتزويد روسيا بالأسلحة، فيما نفت موسكو وبيونغيانغ "
            "هذه المزاعم، لكنهما وعدتا بتعميق التعاون الدفاعي.") in sentences


def test_every_sentence_is_the_body_at_its_offsets() -> None:
    for path in CORPUS.glob("*.md"):
        body = load_article(path).body  # type: ignore[union-attr]
        for s in split_sentences(body):
            assert body[s.start:s.end] == s.text


SAME_KEY = [
    ["بيونغ يانغ", "بيونج يانج", "بوينغ يانغ"],
    ["كيم جونغ أون", "كيم جونج أون", "كيم جونغ-أون"],
    ["ترمب", "ترامب"],
    ["شي جينبينغ", "شي جين بينغ"],
    ["شويغو", "شويجو"],
]


@pytest.mark.parametrize("variants", SAME_KEY, ids=lambda v: v[0])
def test_transliteration_variants_share_a_key(variants: list[str]) -> None:
    assert len({name_key(fold(v)) for v in variants}) == 1


@pytest.mark.parametrize(("a", "b"), [("كيم جونغ أون", "كيم جونغ إل"), ("فلاديمير بوتين", "فلاديمير بوتين إن"),
                                      ("يانج جين", "يانج أن"), ("فلاديفوستوك", "في فلاديفوستوك")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(fold(a)) != name_key(fold(b))


def test_an_alternation_of_no_words_matches_nothing() -> None:
    # a lexicon list left out must not match everywhere (an empty alternation would)
    assert regex.search(rf"(?:{alternation([])})", "أي نص") is None
    assert regex.search(rf"(?:{alternation(['نص'])})", "أي نص") is not None
