"""Title and name forms beyond the seeds: (sentence, what is read) tables.

Every sentence here is written by us in the style of the Arabic wires; the holders, dates and
people are in rules/kb with their sources, and the page for each sentence's facts is beside it.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import Article
from factcheck.engine import load_ruleset
from factcheck.extract import Extractor
from factcheck.text.dates import TimeSpan

KB = load_ruleset(None).kb
EXTRACTOR = Extractor(KB)


def _facts(text: str, published: str, predicate: str) -> list:  # type: ignore[type-arg]
    extracted = EXTRACTOR.extract(Article("t", "t", text, TimeSpan.parse(published)))
    return [f for f in extracted.facts if f.predicate == predicate]


def mentions(text: str, published: str = "2024-01-01") -> list[tuple[str, str]]:
    """(entity, spelling) of every name mention."""
    return [(f.subject.id, f.value["spelling"]) for f in _facts(text, published, "mentions")]


def claims(text: str, published: str = "2024-01-01") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(subject, office, qualifiers) of every title claim."""
    return [(f.subject.id, f.value["office"], f.qualifiers) for f in _facts(text, published, "holds_title")]


# Two words of a longer name must not key as a listed name of three: the key keeps no word
# ends ("لي هونغ" and لي هون جاي share one). https://en.wikipedia.org/wiki/Li_Hongzhong
PART_OF_A_LONGER_NAME = [
    ("واستقبل كيم الوفد الذي يقوده لي هونغ في قاعة مانسوداي.", "2023-07-26"),
    ("وقال مسؤول إن لي هونغ وصل أمس.", "2023-07-26"),
]


@pytest.mark.parametrize(("text", "published"), PART_OF_A_LONGER_NAME)
def test_fewer_words_than_any_listed_spelling_are_no_mention(text: str, published: str) -> None:
    assert ("person:lee-hun-jai", "unlisted") not in mentions(text, published)


def test_a_listed_spelling_with_its_words_is_still_read() -> None:
    # https://en.wikipedia.org/wiki/Lee_Hun-jai
    assert ("person:lee-hun-jai", "house") in mentions("وقال وزير المالية لي هون جاي إن الإصلاحات ستستمر.", "2000-03-01")
