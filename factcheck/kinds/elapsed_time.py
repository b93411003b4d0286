"""elapsed_time: "since N months" that the known start does not fit.

The date reader turns "منذ أكثر من 30 شهرا" (or "قبل سبعة أشهر") into the span the thing
must have begun in, counted back from publication; the known day must lie in it. That day
is a declared event's start, its end when the sentence says what stopped ("متوقفة منذ",
"لم تنعقد منذ"), or the start of the term a person holds ("يتولى منصبه منذ").

Fires: asharq-2024-09-14's "...في إطار الحرب المستمرة منذ أكثر من 30 شهرا في اوكرانيا."
in an article of 2024-06-01: more than 30 months before then is before 2021-12-01,
and the invasion began on 2022-02-24.

Does not fire: the same sentence on 2024-09-14 — before 2024-03-14, and 2022-02-24 is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import by_article
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "elapsed_time"
FIELDS = ("event", "claimed", "actual")
partition = by_article("elapsed")  # each claim against the reference, alone


class Params(BaseModel):
    """No parameters: "about" already allows 10% either way (rules/lexicon/calendar.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _known_start(fact: Fact, kb: Knowledge) -> tuple[str, date, str] | None:
    """(what began, the day it began, how that is known); None when the knowledge lacks it."""
    value = fact.value
    if value["person"] is not None:
        day = kb.serving_since(value["person"], fact.valid, value["term"] == "power") if fact.valid else None
        if day is None:
            return None
        what = "in office" if value["term"] == "office" else "in power"
        source = next(h.source for h in kb.holdings_of(value["person"]) if h.span.start == day)
        return (f"{fact.subject.name} {what}", day,
                f"{fact.subject.name} has been {what} since {day.isoformat()} ({source})")
    event = kb.events[value["event"]]
    day = event.day(value["counted_from"])
    verb = "ended" if day != event.span.start else "began"
    return event.label, day, f"{event.label} {verb} {day.isoformat()} ({event.source})"


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per elapsed-time claim whose known start lies outside the span it implies."""
    for fact in index.of("elapsed"):
        known = _known_start(fact, kb)
        if known is None:
            continue
        label, day, how = known
        began = fact.value["began"]
        if TimeSpan.parse(began).overlaps(TimeSpan.of_day(day)):
            continue
        months = (fact.valid.start - day).days / 30.4375 if fact.valid else 0.0
        actual = f"{months:.1f} months"
        why = (f"{how}; {fact.value['said']!r} on {fact.valid_at} places its start {began}. "
               f"From then to publication is {actual}.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=label, claimed=fact.value["said"], actual=actual),
                      Subject(fact.subject.id, fact.subject.name),
                      (EvidenceItem.of(fact, index, f"began {began}"),), why, rule.fingerprint_id)
