"""Facts: one claim an article makes, where it makes it, and when it is meant to hold.

Frozen dataclasses on the hot path; `as_json()` gives the `factcheck extract` contract
(schemas/facts.schema.json). Evidence spans count code points in the article body as
stored: `quote` is `body[start:end]` (the sentence), `text` is
`body[text_start:text_end]` (the words the fact was read from).

`value` has the keys of its predicate's branch in the schema. An `arrival` (a person
reached a place on a day; factcheck/extract/arrivals.py) holds `place` (a place id or
`country:<id>`), `place_label`, `date`, `precision`, `date_text` (the words the date was
read from) and `night` (a night word before the date: one day earlier to the west).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.text.dates import Basis, TimeSpan

_SHARED: dict[tuple[Any, ...], Any] = {}  # equal subjects, times and plain values: one object each


def _shared(cls: type, *fields: Any) -> Any:
    """The one object of `cls` with these fields: what unpickling a Subject or a ValidAt makes.

    A corpus of 100,000 articles unpickles millions of facts (from the fact store and from
    the worker processes) naming a few thousand subjects and times; made afresh, each
    fact's own copies were a quarter of its memory.
    """
    key = (cls, *fields)
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = cls(*fields)
    return found


@dataclass(frozen=True)
class Subject:
    """Who or what a fact is about: a knowledge-base id, or `name:<normalized>` when unknown."""

    id: str
    name: str

    def __reduce__(self) -> tuple[Any, ...]:
        return _shared, (Subject, self.id, self.name)

    @property
    def known(self) -> bool:
        """Whether the knowledge base knows this subject."""
        return not self.id.startswith("name:")


@dataclass(frozen=True)
class ValidAt:
    """When a claim is meant to hold, and how that was found.

    A claim holds at some day of `span` ("in June"), or on every day of it when
    `throughout` ("since May", up to publication).
    """

    span: TimeSpan | None
    basis: Basis
    throughout: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        return _shared, (ValidAt, self.span, self.basis, self.throughout)

    def as_json(self) -> dict[str, Any]:
        """The `valid_at` object of the contract."""
        return {"value": self.span.iso() if self.span else None,
                "precision": self.span.precision if self.span else None,
                "basis": self.basis}

    def __str__(self) -> str:
        return self.span.iso() if self.span else "unknown"


@dataclass(frozen=True, slots=True)  # slots: a corpus of 100,000 articles holds millions of facts
class Evidence:
    """Where in which article a fact is said."""

    article: str
    start: int
    end: int
    quote: str
    text_start: int
    text_end: int
    text: str
    line: int = 0  # file line and column (1-based) of the quote, and of the words: what editors open
    column: int = 0
    text_line: int = 0
    text_column: int = 0

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickled_evidence, tuple(getattr(self, name) for name in _EVIDENCE_FIELDS)

    def as_json(self) -> dict[str, Any]:
        """The `evidence` object of the contract."""
        return {"start": self.start, "end": self.end, "quote": self.quote,
                "text_start": self.text_start, "text_end": self.text_end, "text": self.text,
                "line": self.line, "column": self.column,
                "text_line": self.text_line, "text_column": self.text_column}


@dataclass(frozen=True, slots=True)
class Fact:
    """One comparable claim. `value` is a plain mapping whose keys depend on `predicate`."""

    article: str
    predicate: str
    subject: Subject
    value: dict[str, Any]
    valid_at: ValidAt
    evidence: Evidence
    qualifiers: tuple[str, ...] = ()
    attribution: str | None = None
    id: str = field(default="", compare=False)

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickled_fact, (self.article, self.predicate, self.subject, self.value, self.valid_at,
                                 self.evidence, self.qualifiers, self.attribution, self.id)

    def __post_init__(self) -> None:
        if not self.id:
            key = "|".join([self.article, self.predicate, self.subject.id, repr(sorted(self.value.items())),
                            str(self.evidence.text_start), str(self.evidence.text_end)])
            object.__setattr__(self, "id", hashlib.sha1(key.encode()).hexdigest()[:16])

    @property
    def valid(self) -> TimeSpan | None:
        """The valid-time span, when known."""
        return self.valid_at.span

    def as_json(self) -> dict[str, Any]:
        """One entry of `facts` in `factcheck extract --format json`."""
        return {"id": self.id, "article": self.article, "predicate": self.predicate,
                "subject": {"id": self.subject.id, "name": self.subject.name},
                "value": self.value, "valid_at": self.valid_at.as_json(),
                "qualifiers": list(self.qualifiers), "attribution": self.attribution,
                "evidence": self.evidence.as_json()}


_FACT_FIELDS = ("article", "predicate", "subject", "value", "valid_at", "evidence", "qualifiers", "attribution", "id")
_FACT_SLOTS = tuple(getattr(Fact, name).__set__ for name in _FACT_FIELDS)
_PLAIN = frozenset({str, int, bool, type(None)})  # compared by type and value alike: 1, 1.0 and True stay apart


def _unpickled_fact(*fields: Any) -> Fact:
    """A fact as pickled, its value shared with every equal value of plain words and figures.

    Half the facts of a corpus are `mentions`, whose values repeat across articles
    ({"surface": "بيونغ يانغ", "spelling": "house", ...}); nothing changes a fact's value.
    """
    value = fields[3]
    types = tuple(map(type, value.values()))
    if _PLAIN.issuperset(types):
        fields = (*fields[:3], _SHARED.setdefault((dict, types, *value.items()), value), *fields[4:])
    fact = object.__new__(Fact)
    for put, field_value in zip(_FACT_SLOTS, fields):  # the slots' own setters: a frozen class has no other
        put(fact, field_value)
    return fact


_EVIDENCE_FIELDS = ("article", "start", "end", "quote", "text_start", "text_end", "text", "line", "column",
                    "text_line", "text_column")
_EVIDENCE_SLOTS = tuple(getattr(Evidence, name).__set__ for name in _EVIDENCE_FIELDS)
_OFFSETS: dict[int, int] = {}  # one object per figure: above 256 each is an object of 28 bytes


def _unpickled_evidence(*fields: Any) -> Evidence:
    """Evidence as pickled, its offsets and columns shared with every equal one (eight figures a fact)."""
    shared = _OFFSETS.setdefault
    evidence = object.__new__(Evidence)
    for put, field_value in zip(_EVIDENCE_SLOTS, fields):
        put(evidence, shared(field_value, field_value) if field_value.__class__ is int else field_value)
    return evidence


Packed = tuple[Any, ...]  # a fact as plain values: what the fact store pickles


def packed(facts: list[Fact]) -> list[Packed]:
    """Facts as tuples of plain values: pickled by pickle's C code alone, three times as fast as the objects.

    The fact store pickles every fact once for each grouping that compares it, and a
    corpus of 100,000 articles has three million. The evidence's article is None when it
    is the fact's (always, as read).
    """
    out = []
    for fact in facts:
        e, valid = fact.evidence, fact.valid_at
        span = valid.span
        out.append((fact.article, fact.predicate, fact.subject.id, fact.subject.name, fact.value,
                    None if span is None else (span.start.toordinal(), span.end.toordinal(), span.precision),
                    valid.basis, valid.throughout, None if e.article == fact.article else e.article,
                    e.start, e.end, e.quote, e.text_start, e.text_end, e.text, e.line, e.column, e.text_line,
                    e.text_column, fact.qualifiers, fact.attribution, fact.id))
    return out


def unpacked(rows: list[Packed]) -> list[Fact]:
    """The facts `packed` gave, sharing what repeats as unpickled facts do."""
    known = _SHARED.get
    out = []
    for article, predicate, subject_id, name, value, span, basis, throughout, cited, *places, qualifiers, \
            attribution, fact_id in rows:
        subject = known((Subject, subject_id, name)) or _shared(Subject, subject_id, name)
        when = None
        if span is not None:
            when = known((TimeSpan, *span))
            if when is None:
                when = _SHARED[(TimeSpan, *span)] = TimeSpan(date.fromordinal(span[0]), date.fromordinal(span[1]),
                                                             span[2])
        valid = known((ValidAt, when, basis, throughout)) or _shared(ValidAt, when, basis, throughout)
        evidence = _unpickled_evidence(cited or article, *places)
        out.append(_unpickled_fact(article, predicate, subject, value, valid, evidence, qualifiers, attribution,
                                   fact_id))
    return out


def may_overlap(a: ValidAt, b: ValidAt) -> bool:
    """Two claims may share a day: both times known, and their spans meet."""
    return a.span is not None and b.span is not None and a.span.overlaps(b.span)


def certainly_overlap(a: ValidAt, b: ValidAt) -> bool:
    """Two claims surely share a day, not just possibly (compared at their common precision).

    "On 2024-09-14" and "since May 2024" surely meet; "in September 2023" and
    "on 2023-09-12" only may, and a rule says so rather than call it an error
    (Wikidata's lesson on precision, shared/research/prior-art.md §c).
    """
    if a.span is None or b.span is None or not may_overlap(a, b):
        return False

    def exact(v: ValidAt) -> bool:
        return v.throughout or v.span is not None and v.span.start == v.span.end

    if exact(a) and exact(b):
        return True
    return (b.throughout and b.span.contains(a.span)) or (a.throughout and a.span.contains(b.span))


@dataclass
class FactIndex:
    """Facts grouped once for every rule: by predicate, and by predicate and subject."""

    facts: list[Fact]
    published: dict[str, str | None]  # article id → publication date (ISO, cut to precision)
    paths: dict[str, str] = field(default_factory=dict)  # article id → its file, as the user typed it
    # whether rules record the pairs they compare and clear (--show-cleared): one per pair of
    # claims is quadratic in a large corpus, so only when asked
    want_cleared: bool = False
    by_predicate: dict[str, list[Fact]] = field(init=False)
    by_subject: dict[tuple[str, str], list[Fact]] = field(init=False)
    # (fact, value as written) → its EvidenceItem: one object for a fact quoted by many findings
    quoted: dict[tuple[int, str], Any] = field(init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        predicate: dict[str, list[Fact]] = defaultdict(list)
        subject: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for fact in self.facts:
            predicate[fact.predicate].append(fact)
            subject[(fact.predicate, fact.subject.id)].append(fact)
        self.by_predicate, self.by_subject = dict(predicate), dict(subject)

    def restricted(self, facts: list[Fact]) -> FactIndex:
        """An index of some of these facts (a partition), with the same articles."""
        return FactIndex(facts, self.published, self.paths, self.want_cleared)

    def of(self, predicate: str) -> list[Fact]:
        """All facts with this predicate, in corpus order."""
        return self.by_predicate.get(predicate, [])

    def subjects(self, predicate: str) -> dict[str, list[Fact]]:
        """Facts with this predicate, grouped by subject id."""
        return {s: facts for (p, s), facts in self.by_subject.items() if p == predicate}
