"""The date pattern is tried only where a form may open (Calendar.opening): it must find what trying it everywhere finds.

The openings are written beside the forms by hand; a form whose opening is missing
would lose its dates silently. Every sentence of the dev set and of the date-form tests
is read both ways here, from its start and from just after each match (where the
reader starts again when a match resolves to nothing).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.engine import load_ruleset
from factcheck.text.dates import DateReader
from factcheck.text.normalize import normalize
from factcheck.text.sentences import split_sentences
from factcheck.yamlsource import load_yaml
from tests.test_date_forms import FORMS

KB = load_ruleset(None).kb
READER = DateReader(KB.calendar, KB.numbers)
DEV_SET = Path(__file__).resolve().parent.parent / "benchmarks" / "accuracy"


def _dev_sentences() -> list[str]:
    texts = [row[0] for rows in FORMS.values() for row in rows]
    for path in sorted(DEV_SET.glob("*.yaml")):
        for case in load_yaml(path.read_text(encoding="utf-8")).value["cases"]:
            texts += [s.text for article in case["articles"] for s in split_sentences(article["text"])]
    return [t for t in (normalize(t).text for t in texts) if KB.calendar.prefilter.admits(t)]


def _everywhere(text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in KB.calendar.pattern.finditer(text, start)]


def _at_openings(text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in READER._matches(text, start, time.monotonic() + 5)]


def test_the_openings_admit_every_match_of_the_dev_set() -> None:
    texts = _dev_sentences()
    assert len(texts) > 2000
    differ = [(t, start) for t in texts for start in (0, *(a + 1 for a, _ in _everywhere(t, 0)))
              if _everywhere(t, start) != _at_openings(t, start)]
    assert not differ, differ[:5]


@pytest.mark.parametrize("text", [
    "و5 أيار 2024", "(2019-2022)", "عام 2024 و2025", "بالعاشر من الشهر الجاري", "والاثنين الماضي", "في وقت سابق من هذا الشهر",
    "خلال العامين 2018 و2019", "يومي السبت والأحد", "وفي التسعينات من القرن الماضي", "صيف العام الماضي",
    "النصف الثاني من أبريل", "في ذات اليوم", "منذ عقدين", "قبل أسبوعين", "من مارس إلى حزيران 2024",
])
def test_the_openings_admit_each_kind_of_opening(text: str) -> None:
    normalized = normalize(f"قال المسؤول {text} إن الوضع تغير.").text
    assert _everywhere(normalized, 0), "the sentence holds a date"
    assert _at_openings(normalized, 0) == _everywhere(normalized, 0)
