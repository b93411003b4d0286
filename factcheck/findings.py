"""Findings: a contradiction, the quotes that clash, and why. Reporters see only these."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from factcheck.errors import SourceError
from factcheck.facts import Fact, FactIndex, Subject

SEVERITIES = ("error", "warning", "info")
STATUSES = ("new", "unchanged", "accepted")
REPORT_VERSION = 2  # 2: evidence places, findings per claim, baseline status


def severity_rank(severity: str) -> int:
    """0 for error, 1 for warning, 2 for info."""
    return SEVERITIES.index(severity)


def lowered(severity: str) -> str:
    """One step milder: a possible conflict is reported below a certain one."""
    return SEVERITIES[min(severity_rank(severity) + 1, len(SEVERITIES) - 1)]


@dataclass(frozen=True)
class EvidenceItem:
    """One side of a finding: the sentence, the words, the value and when it holds."""

    article: str
    published: str | None
    quote: str
    start: int
    end: int
    text: str
    text_start: int
    text_end: int
    value: str
    valid_at: str
    basis: str
    path: str = ""
    line: int = 0  # file line and column (1-based) of the quote, and of the matched words
    column: int = 0
    text_line: int = 0
    text_column: int = 0

    @classmethod
    def of(cls, fact: Fact, index: FactIndex, value: str) -> EvidenceItem:
        """Evidence for a fact, with its value written for a reader.

        One object per fact and value within an index (a partition): event_agreement quotes
        each article of an event once for every other date the event is given, and at
        100,000 articles those copies were millions.
        """
        key = (id(fact), value)  # the index holds the fact: its id is not reused while the entry lives
        found: EvidenceItem | None = index.quoted.get(key)
        if found is None:
            e = fact.evidence
            found = index.quoted[key] = cls(
                fact.article, index.published.get(fact.article), e.quote, e.start, e.end,
                e.text, e.text_start, e.text_end, value, str(fact.valid_at), fact.valid_at.basis,
                index.paths.get(fact.article, ""), e.line, e.column, e.text_line, e.text_column)
        return found

    @property
    def claim(self) -> tuple[str, str]:
        """What this side claims, whoever says it: its value and the time it holds at."""
        return self.value, self.valid_at

    @property
    def place(self) -> str:
        """`path:line:col` of the matched words, as editors and CI annotations want it."""
        return f"{self.path or self.article}:{self.text_line}:{self.text_column}"

    def as_json(self) -> dict[str, Any]:
        """One entry of a finding's `evidence` in the JSON report."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class Finding:
    """A contradiction found by one rule."""

    rule: str
    kind: str
    severity: str
    message: str
    subject: Subject
    evidence: tuple[EvidenceItem, ...]
    explanation: str
    fingerprint_rule: str = ""  # the rule's first alias if renamed, so baselines survive
    id: str = field(default="", compare=False)
    status: str = "new"  # new | unchanged (in the baseline) | accepted (factcheck-accept.yaml)
    accepted: dict[str, Any] | None = None  # the accept entry: reason, by, until, where it is

    def __post_init__(self) -> None:
        if not self.id:
            # The claims that clash, never who makes them or where: stable across file names,
            # order, offsets, line numbers and edits elsewhere, and one more article making
            # the same claim joins this finding instead of making another.
            claims = sorted({f"{e.value}|{e.valid_at}" for e in self.evidence})
            key = "\n".join([self.fingerprint_rule or self.rule, self.subject.id, *claims])
            object.__setattr__(self, "id", hashlib.sha1(key.encode()).hexdigest()[:16])

    @property
    def articles(self) -> list[str]:
        """Every article that makes one of the claims, in evidence order."""
        return list(dict.fromkeys(e.article for e in self.evidence))

    @property
    def fails(self) -> bool:
        """Whether the finding counts against the gate: not known in the baseline, not accepted."""
        return self.status == "new"

    def as_json(self) -> dict[str, Any]:
        """One entry of `findings` in the JSON report."""
        out = {"id": self.id, "rule": self.rule, "kind": self.kind, "severity": self.severity,
               "message": self.message, "subject": {"id": self.subject.id, "name": self.subject.name},
               "articles": self.articles, "evidence": [e.as_json() for e in self.evidence],
               "explanation": self.explanation, "status": self.status}
        if self.accepted is not None:
            out["accepted"] = self.accepted
        return out


def merge_claims(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per conflicting claim: a finding of the same claims joins the first.

    A wrong claim copied into many articles is one thing to fix, not one per pair of
    articles; the merged finding lists every article that makes either claim.
    """
    first: dict[str, Finding] = {}
    evidence: dict[str, list[EvidenceItem]] = {}
    seen: dict[str, set[tuple[str, int, tuple[str, str]]]] = {}
    for finding in findings:
        if finding.id not in first:
            first[finding.id], evidence[finding.id], seen[finding.id] = finding, [], set()
        for e in finding.evidence:  # kept per id as it grows: joining thousands of copies stays linear
            key = (e.article, e.text_start, e.claim)
            if key not in seen[finding.id]:
                seen[finding.id].add(key)
                evidence[finding.id].append(e)
    return [replace(f, evidence=_by_claim(tuple(evidence[i]))) for i, f in first.items()]


def _by_claim(evidence: tuple[EvidenceItem, ...]) -> tuple[EvidenceItem, ...]:
    """The articles of each claim together, the claims in the order they first came."""
    order = {claim: i for i, claim in reversed(list(enumerate(e.claim for e in evidence)))}
    return tuple(sorted(evidence, key=lambda e: order[e.claim]))


@dataclass(frozen=True)
class Cleared:
    """Two claims a rule compared and let stand, and why: what an editor needs to trust a clean result."""

    rule: str
    kind: str
    subject: Subject
    reason: str  # different times, a qualifier (السابق، المنتخب، آنذاك), attributed sources, within tolerance
    evidence: tuple[EvidenceItem, ...]

    def as_json(self) -> dict[str, Any]:
        """One entry of `cleared` in the JSON report."""
        return {"rule": self.rule, "kind": self.kind, "subject": {"id": self.subject.id, "name": self.subject.name},
                "reason": self.reason, "evidence": [e.as_json() for e in self.evidence]}


Outcomes = list[Finding | Cleared]  # what a rule yields over a partition


@dataclass(frozen=True)
class Report:
    """Everything a reporter renders: findings, the errors met, and what was read."""

    version: str
    articles: int
    facts: int
    rules: int
    findings: Sequence[Finding]  # a tuple, or a run's FindingSpool (on disk, read one finding at a time)
    errors: tuple[SourceError, ...] = ()
    undated: tuple[str, ...] = ()  # articles with no publication date
    baseline: str | None = None  # the baseline file compared against, if any
    fixed: tuple[dict[str, Any], ...] = ()  # baseline findings the corpus no longer makes
    rule_info: tuple[dict[str, str], ...] = ()  # id, kind, severity, description of each rule run
    articles_info: tuple[dict[str, Any], ...] = ()  # id, path, title, source, url, published, published_note
    cleared: tuple[Cleared, ...] | None = None  # with --show-cleared: the pairs compared and let stand
    timelines: tuple[dict[str, Any], ...] = ()  # per person: reference terms and the articles' claims

    def count(self, severity: str) -> int:
        """How many findings have this severity."""
        return self._tally[severity]

    def status_count(self, status: str) -> int:
        """How many findings are new, unchanged or accepted."""
        return self._tally[status]

    @cached_property
    def _tally(self) -> Counter[str]:
        """Findings per severity and per status; a spool counted them as they were written."""
        tally = getattr(self.findings, "tally", None)
        if isinstance(tally, Counter):
            return tally
        return Counter(x for f in self.findings for x in (f.severity, f.status))

    def as_json(self) -> dict[str, Any]:
        """The report contract (schemas/report.schema.json)."""
        return {key: list(value) if isinstance(value, Iterator) else value for key, value in self.json_fields()}

    def json_fields(self) -> Iterator[tuple[str, Any]]:
        """as_json's fields in order, its long lists (findings, cleared) as iterators.

        A reporter may write one entry at a time instead of holding the whole report as
        objects and as text.
        """
        summary: dict[str, int] = {s: self.count(s) for s in SEVERITIES}
        summary |= {s: self.status_count(s) for s in STATUSES}
        summary["fixed"] = len(self.fixed)
        yield "schema_version", REPORT_VERSION
        yield "tool", {"name": "factcheck", "version": self.version}
        yield "corpus", {"articles": self.articles, "facts": self.facts, "rules": self.rules,
                         "undated": list(self.undated)}
        yield "baseline", self.baseline
        yield "summary", summary
        yield "findings", (f.as_json() for f in self.findings)
        yield "fixed", list(self.fixed)
        yield "errors", [e.as_json() for e in self.errors]
        if self.cleared is not None:
            yield "cleared", (c.as_json() for c in self.cleared)
