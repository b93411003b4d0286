"""A sentence being read: its text, normalized form, dates, names and clauses.

Fact readers work in the normalized text; article offsets are made only for evidence.
A clause is the stretch between two of , ; : (، and ؛ are normalized to , and ;).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from factcheck.corpus import Article
from factcheck.extract.entities import NameMention
from factcheck.facts import Evidence, ValidAt
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention
from factcheck.text.normalize import NormalizedText
from factcheck.text.sentences import Sentence

_CLAUSE_MARK = regex.compile(r"[;:]|,(?!\d)|(?<!\d),")  # not the separator of "8,173"


@dataclass
class SentenceContext:
    """Everything read once from a sentence that every fact reader uses."""

    article: Article
    sentence: Sentence
    text: NormalizedText
    dates: list[DateMention]
    names: list[NameMention] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)  # entity ids and country:<id> named here
    previous: str = ""  # the normalized sentence before: where a pronoun's referent may be named
    previous_participants: set[str] = field(default_factory=set)  # who the sentence before names
    marks: list[int] = field(init=False)  # normalized positions of the marks that end clauses
    # who a stretch names (Participants.in_span), kept per stretch: events ask it per target and clause
    named_in: dict[tuple[int, int], set[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text.text, timeout=TIMEOUT)]

    def clause_of(self, position: int) -> int:
        """The index of the clause holding a normalized position."""
        return bisect.bisect_right(self.marks, position)

    def clause_span(self, index: int) -> tuple[int, int]:
        """The normalized span of clause `index`."""
        start = self.marks[index - 1] + 1 if index > 0 else 0
        end = self.marks[index] if index < len(self.marks) else len(self.text.text)
        return start, end

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """Every clause, in order; clause i is clause_span(i)."""
        return [self.clause_span(i) for i in range(len(self.marks) + 1)]

    def published(self) -> ValidAt:
        """The article's publication date as a claim's time."""
        span = self.article.published
        return ValidAt(span, "published") if span else ValidAt(None, "unknown")

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for normalized [start, end) of this sentence."""
        a, b = self.text.original_span(start, end)
        body = self.article.body
        article = self.article
        return Evidence(article.id, self.sentence.start, self.sentence.end, self.sentence.text,
                        a, b, body[a:b], *article.position(self.sentence.start), *article.position(a))
