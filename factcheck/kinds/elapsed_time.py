"""elapsed_time: "since N months" that the event's start date does not fit.

The date reader turns "منذ أكثر من 30 شهرا" into the span the thing must have begun in,
counted back from publication; the event's declared start must lie in it.

Fires: asharq-2024-09-14's "...في إطار الحرب المستمرة منذ أكثر من 30 شهرا في اوكرانيا."
in an article of 2024-06-01: more than 30 months before then is before 2021-12-01,
and the invasion began on 2022-02-24.

Does not fire: the same sentence on 2024-09-14 — before 2024-03-14, and 2022-02-24 is.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "elapsed_time"
FIELDS = ("event", "claimed", "actual")


class Params(BaseModel):
    """No parameters: "about" already allows 10% either way (rules/lexicon/calendar.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per elapsed-time claim whose event began outside the span it implies."""
    for fact in index.of("elapsed"):
        event = kb.events[fact.value["event"]]
        began = fact.value["began"]
        implied = TimeSpan.parse(began)
        if implied.overlaps(TimeSpan.of_day(event.span.start)):
            continue
        months = (fact.valid.start - event.span.start).days / 30.4375 if fact.valid else 0.0
        actual = f"{months:.1f} months"
        why = (f"{event.label} began {event.span.start.isoformat()} ({event.source}); "
               f"{fact.value['said']!r} on {fact.valid_at} places its start {began}. "
               f"From the start to publication is {actual}.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=event.label, claimed=fact.value["said"], actual=actual),
                      Subject(fact.subject.id, fact.subject.name),
                      (EvidenceItem.of(fact, index, f"began {began}"),), why, rule.fingerprint_id)
