"""elapsed_time: "since N months" that the event's start and the publication day do not allow.

Fires: an article of 2024-09-14 speaking of "الحرب المستمرة منذ أكثر من 40 شهرا في
اوكرانيا": from 2022-02-24 to then is 30.6 months, not more than 40.

Does not fire: asharq-2024-09-14 "...في إطار الحرب المستمرة منذ أكثر من 30 شهرا في
اوكرانيا." — 30.6 months is more than 30.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule

NAME = "elapsed_time"
FIELDS = ("event", "claimed", "actual")
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


class Params(BaseModel):
    """How far a claim may be off before it is reported, as a fraction of the elapsed time."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    tolerance: float = Field(default=0.0, ge=0, le=1, description="0.1 allows 10% either way")


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per elapsed-time claim outside what the dates allow."""
    params: Params = rule.params  # type: ignore[assignment]
    for fact in index.of("elapsed"):
        if fact.valid is None:
            continue
        event = kb.events[fact.value["event"]]
        unit = _DAYS[fact.value["unit"]]
        least = max(0, (fact.valid.start - event.span.end).days) / unit
        most = max(0, (fact.valid.end - event.span.start).days) / unit
        low = fact.value["low"] * (1 - params.tolerance)
        high = None if fact.value["high"] is None else fact.value["high"] * (1 + params.tolerance)
        above = fact.value["qualifier"] == "above"
        if (most > low if above else most >= low) and (high is None or least <= high):
            continue
        actual = f"{least:.1f}" if abs(most - least) < 0.05 else f"{least:.1f}–{most:.1f}"
        claimed = fact.evidence.text
        why = (f"{event.label} began {event.span.iso()} ({event.source}); to the publication date "
               f"{fact.valid_at} that is {actual} {fact.value['unit']}s, which {claimed!r} does not allow.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=event.label, claimed=claimed, actual=f"{actual} {fact.value['unit']}s"),
                      Subject(fact.subject.id, fact.subject.name),
                      (EvidenceItem.of(fact, index, claimed),), why, rule.fingerprint_id)
