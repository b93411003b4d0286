"""Findings: a contradiction, the quotes that clash, and why. Reporters see only these."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from factcheck.errors import SourceError
from factcheck.facts import Fact, FactIndex, Subject
from factcheck.text.normalize import fold

SEVERITIES = ("error", "warning", "info")


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

    @classmethod
    def of(cls, fact: Fact, index: FactIndex, value: str) -> EvidenceItem:
        """Evidence for a fact, with its value written for a reader."""
        e = fact.evidence
        return cls(fact.article, index.published.get(fact.article), e.quote, e.start, e.end,
                   e.text, e.text_start, e.text_end, value, str(fact.valid_at), fact.valid_at.basis)

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

    def __post_init__(self) -> None:
        if not self.id:
            # Stable across edits elsewhere in an article: rule, subject, and what each
            # side says where, never offsets or the message text.
            sides = sorted(f"{e.article}|{' '.join(fold(e.text).split())}|{e.value}" for e in self.evidence)
            key = "\n".join([self.fingerprint_rule or self.rule, self.subject.id, *sides])
            object.__setattr__(self, "id", hashlib.sha1(key.encode()).hexdigest()[:16])

    def as_json(self) -> dict[str, Any]:
        """One entry of `findings` in the JSON report."""
        return {"id": self.id, "rule": self.rule, "kind": self.kind, "severity": self.severity,
                "message": self.message, "subject": {"id": self.subject.id, "name": self.subject.name},
                "evidence": [e.as_json() for e in self.evidence], "explanation": self.explanation}


@dataclass(frozen=True)
class Report:
    """Everything a reporter renders: findings, the errors met, and what was read."""

    version: str
    articles: int
    facts: int
    rules: int
    findings: tuple[Finding, ...]
    errors: tuple[SourceError, ...] = ()
    undated: tuple[str, ...] = ()  # articles with no publication date

    def count(self, severity: str) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    def as_json(self) -> dict[str, Any]:
        """The report contract (schemas/report.schema.json)."""
        summary: dict[str, int] = {s: self.count(s) for s in SEVERITIES}
        summary["new"] = len(self.findings)
        return {"tool": {"name": "factcheck", "version": self.version},
                "corpus": {"articles": self.articles, "facts": self.facts, "rules": self.rules,
                           "undated": list(self.undated)},
                "summary": summary,
                "findings": [f.as_json() for f in self.findings],
                "errors": [e.as_json() for e in self.errors]}
