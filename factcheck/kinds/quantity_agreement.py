"""quantity_agreement: two claims about one declared measure whose intervals cannot both hold.

Claims conflict when their times overlap and their intervals are disjoint; for a
measure declared monotonic (troops deployed), a later claim may be larger but not
smaller. Who states a figure travels into the explanation, and disagreements between two
attributed claims ("according to X" against "according to Y") may take a lower severity
than the outlet contradicting itself.

Fires: an article of 2024-11-30 saying North Korea sent "نحو ألفي جندي" to Russia,
against umma-2024-11-30 "اتهمت الولايات المتحدة وكوريا الجنوبية كوريا الشمالية المسلحة
نوويا بإرسال أكثر من 10 آلاف جندي لمساعدة روسيا..." — about 2,000 is not more than 10,000.

Does not fire: "أكثر من 11 ألف جندي" in December 2024 after "أكثر من 10 آلاف" in
November: troops deployed only grow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, may_overlap
from factcheck.findings import EvidenceItem, Finding
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.quantities import Interval

NAME = "quantity_agreement"
FIELDS = ("measure", "a", "b")


class Params(BaseModel):
    """Which measures to compare, and the severity for claims that both cite a source."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    measures: list[str] | None = Field(default=None, description="measure ids; omit for every declared measure")
    attributed_severity: Literal["error", "warning", "info"] | None = Field(
        default=None, description="severity when both claims are attributed to a source")


def _interval(fact: Fact) -> Interval:
    v = fact.value
    return Interval(v["low"], v["high"], v["low_inclusive"], v["high_inclusive"])


def _conflict(a: Fact, b: Fact, monotonic: bool) -> str | None:
    """Why the two cannot both hold, or None."""
    if a.valid is None or b.valid is None:
        return None
    if may_overlap(a.valid_at, b.valid_at):
        return "at the same time" if _interval(a).disjoint(_interval(b)) else None
    if not monotonic:
        return None
    early, late = (a, b) if a.valid.end < b.valid.start else (b, a)
    return "later, yet smaller, for a count that only grows" if _interval(late).below(_interval(early)) else None


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per measure and pair of claims that cannot both hold."""
    params: Params = rule.params  # type: ignore[assignment]
    by_measure: dict[str, list[Fact]] = defaultdict(list)
    for fact in index.of("quantity"):
        measure = fact.value["measure"]
        if fact.value["increment"]:
            continue  # "1500 جندي إضافي" adds to a total; it is no total to compare
        if measure and (params.measures is None or measure in params.measures):
            by_measure[measure].append(fact)
    for measure_id, facts in sorted(by_measure.items()):
        measure = kb.measures[measure_id]
        for a, b in combinations(facts, 2):
            if a.evidence.start == b.evidence.start and a.article == b.article:
                continue  # one sentence's two figures are its own business (a range, a breakdown)
            why = _conflict(a, b, measure.monotonic)
            if why is None:
                continue
            severity = rule.severity
            if a.attribution and b.attribution and params.attributed_severity:
                severity = params.attributed_severity
            sides = [f"{f.evidence.text!r} = {_interval(f)} {f.value['unit']}s for {f.valid_at}"
                     + (f", per «{f.attribution}»" if f.attribution else ", the outlet's own statement")
                     for f in (a, b)]
            explanation = (f"{measure.label}: {sides[0]}; {sides[1]} — {why}"
                           + (" (both figures are attributed to sources)" if a.attribution and b.attribution
                              else "") + ".")
            yield Finding(rule.id, NAME, severity,
                          rule.render(measure=measure.label, a=a.evidence.text, b=b.evidence.text),
                          Subject(f"measure:{measure.id}", measure.label),
                          (EvidenceItem.of(a, index, f"{_interval(a)} {a.value['unit']}"),
                           EvidenceItem.of(b, index, f"{_interval(b)} {b.value['unit']}")),
                          explanation, rule.fingerprint_id)
