"""What the event kinds share: the declared event a claim is about, and agreement with it."""

from __future__ import annotations

from factcheck.facts import Fact, FactIndex
from factcheck.knowledge import Event, Knowledge
from factcheck.text.dates import TimeSpan


def candidates(kb: Knowledge, fact: Fact) -> list[Event] | None:
    """Events an event_date claim may be about; None when it cannot be checked.

    A one-time event is itself; "للمرة الأولى" picks a member of its series; a series
    named without an ordinal may be any member, if the series is complete.
    """
    value = fact.value
    if value["series"] is None:
        event = kb.events.get(value["event"])
        return [event] if event else None
    series = kb.series[value["series"]]
    if value["ordinal"] is not None:
        index = value["ordinal"] - 1
        return [series.members[index]] if index < len(series.members) else []
    return list(series.members) if series.complete else None


def agrees(claim: TimeSpan, event: Event) -> bool:
    """At their common precision: a date meets the event; a span of years meets its start and end.

    "1950-1953" states how long the Korean War lasted, so both ends must agree
    (1950-06-25, 1953-07-27); "June 2024" agrees with 2024-06-19; a window of days
    ("خلال الأسابيع المقبلة") is uncertainty, and only has to contain the event.
    """
    if claim.single or claim.precision != "year" or not event.lasted:
        return claim.overlaps(event.span)
    start, end = TimeSpan.of_day(event.span.start), TimeSpan.of_day(event.span.end)
    return TimeSpan.of_year(claim.start.year).overlaps(start) and TimeSpan.of_year(claim.end.year).overlaps(end)


def describe(event: Event) -> str:
    """"2024-06-19 (source)"."""
    return f"{event.span.iso()} ({event.source})"


def agreeing_claim(index: FactIndex, kb: Knowledge, fact: Fact) -> Fact | None:
    """The first claim elsewhere in the corpus about the same event that agrees with the reference."""
    for other in index.by_subject.get(("event_date", fact.subject.id), []):
        if other.article == fact.article or other.value["ordinal"] != fact.value["ordinal"] or other.valid is None:
            continue
        events = candidates(kb, other)
        if events and any(agrees(other.valid, e) for e in events):
            return other
    return None
