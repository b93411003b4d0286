"""A sentence being read: its text, normalized form, dates, names and clause boundaries."""

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

_CLAUSE_MARKS = regex.compile(r"[,،;؛:]")
_CLAUSE = regex.compile(r"[^,;:]+")  # in normalized text, where ، and ؛ are , and ;


@dataclass
class SentenceContext:
    """Everything read once from a sentence that every fact reader uses."""

    article: Article
    sentence: Sentence
    text: NormalizedText
    dates: list[DateMention]
    names: list[NameMention] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)  # entity ids and country:<id> named here
    clause_marks: list[int] = field(default_factory=list)  # article offsets of marks ending clauses
    clauses: list[tuple[int, int]] = field(default_factory=list)  # normalized spans of the clauses

    def __post_init__(self) -> None:
        self.clause_marks = [self.sentence.start + m.start()
                             for m in _CLAUSE_MARKS.finditer(self.sentence.text, timeout=TIMEOUT)]
        self.clauses = [m.span() for m in _CLAUSE.finditer(self.text.text, timeout=TIMEOUT)]

    def clause_around(self, position: int) -> tuple[int, int]:
        """The normalized span of the clause holding a normalized position."""
        return next((c for c in self.clauses if c[0] <= position < c[1]), (0, len(self.text.text)))

    def clause(self, offset: int) -> int:
        """The index of the clause an article offset falls in."""
        return bisect.bisect_right(self.clause_marks, offset)

    def offset(self, position: int) -> int:
        """The article offset of a normalized position."""
        return self.text.original_span(position, position + 1)[0]

    def published(self) -> ValidAt:
        """The article's publication date as a claim's time."""
        span = self.article.published
        return ValidAt(span, "published") if span else ValidAt(None, "unknown")

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for normalized [start, end) of this sentence."""
        a, b = self.text.original_span(start, end)
        body = self.article.body
        return Evidence(self.article.id, self.sentence.start, self.sentence.end, self.sentence.text,
                        a, b, body[a:b])
