"""What the event kinds share: the declared event a claim is about, and agreement with it."""

from __future__ import annotations

from collections.abc import Iterable

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


def first_of_two_articles(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """The first claim, and the first from another article than its: enough to name a witness elsewhere.

    Whatever article asks, one of the two is from another article when any claim is, so a
    kind keeps these two per subject instead of scanning every claim for every finding.
    """
    first: Fact | None = None
    for fact in facts:
        if first is None:
            first = fact
        elif fact.article != first.article:
            return first, fact
    return (first,) if first is not None else ()


def elsewhere(witnesses: tuple[Fact, ...], article: str) -> Fact | None:
    """The first witness not from `article`."""
    return next((w for w in witnesses if w.article != article), None)


class AgreeingClaims:
    """For each event and ordinal, the first claims that agree with the reference, found once per check."""

    def __init__(self, index: FactIndex, kb: Knowledge):
        self.index, self.kb = index, kb
        self.found: dict[tuple[str, int | None], tuple[Fact, ...]] = {}

    def elsewhere(self, fact: Fact) -> Fact | None:
        """The first claim in another article about the same event that agrees with the reference."""
        key = (fact.subject.id, fact.value["ordinal"])
        if key not in self.found:
            self.found[key] = first_of_two_articles(
                o for o in self.index.by_subject.get(("event_date", fact.subject.id), [])
                if o.value["ordinal"] == fact.value["ordinal"] and o.valid is not None
                and any(agrees(o.valid, e) for e in candidates(self.kb, o) or ()))
        return elsewhere(self.found[key], fact.article)
