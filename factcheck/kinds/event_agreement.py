"""event_agreement: two articles date one event, or one arrival, on days that cannot both hold.

Claims are compared with each other, not with a reference (that is event_date): each
date was resolved against its own article's publication day, and "اليوم الجمعة" in one
report and "أمس الخميس" in the next day's put one arrival on two days.

- A declared one-time event (rules/events, not a member of a series, not one that lasted):
  two claims whose dates do not overlap at their common precision.
- A person's arrival at one place (`arrival` facts): two arrivals a few days apart are two
  reports of one trip, so they must fall on one day. `trip_days` bounds "a few": the
  relative words a report dates an arrival with reach back a week at most (أمس, أول أمس,
  a weekday, "الخميس الماضي" printed on a Thursday is seven days back), so two readings
  of one arrival differ by at most seven days; and the closest trips on the beat are
  further apart — Sergei Shoigu landed in Pyongyang on 4 and again on 17 June 2025
  (https://www.koreaherald.com/article/10511541).
  A night arrival ("فجر الأربعاء") may be dated a day earlier west of where it lands.

Fires: "وصل وزير الدفاع الروسي أندريه بيلوسوف اليوم الجمعة إلى بيونغ يانغ" (2024-11-29)
against "... بيلوسوف، الذي وصل إلى بيونغ يانغ الخميس، ..." (2024-11-30): Friday the 29th
against Thursday the 28th.

Does not fire: "وصل وزير الخارجية الروسي سيرغي لافروف اليوم الأربعاء إلى بيونغ يانغ"
(2023-10-18) and "لافروف، الذي وصل إلى مطار بيونغ يانغ الدولي أمس" (2023-10-19): both
the 18th.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, may_overlap
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import Partitioning
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule

NAME = "event_agreement"
READINGS_TOLD = 3  # per side, in the explanation
FIELDS = ("subject", "first", "second")


class Params(BaseModel):
    """Which events to compare, whether to compare arrivals, and how far apart one trip's reports may be."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    events: list[str] | None = Field(default=None, description="one-time event ids from rules/events; omit for all")
    arrivals: bool = Field(default=True, description="compare the arrival facts of one person at one place")
    trip_days: int = Field(default=7, ge=1, description="arrivals at most this many days apart are one trip")


def _partition(fact: Fact) -> str | None:
    """A one-time event's dates (a member of a series is event_date's and event_count's); a person's arrivals at a place."""
    if fact.predicate == "event_date":
        return f"event:{fact.value['event']}" if fact.value["series"] is None else None
    if fact.predicate == "arrival":
        return f"arrival:{fact.subject.id}|{fact.value['place']}"
    return None


partition = Partitioning(("event_date", "arrival"), _partition)


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per pair of dates of one event (or one trip) that cannot both hold."""
    params: Params = rule.params  # type: ignore[assignment]
    for facts in _event_claims(index, kb, params).values():
        for first, second in _pairs(facts):
            if not may_overlap(first[0].valid_at, second[0].valid_at):
                yield _finding(rule, index, first[0].subject, first[0].subject.name, first, second)
    if not params.arrivals:
        return
    for facts in _arrivals(index).values():
        for first, second in _pairs(facts):
            if _one_trip_two_days(first[0], second[0], params.trip_days):
                person = first[0].subject
                label = f"the arrival of {person.name} at {first[0].value['place_label']}"
                yield _finding(rule, index, Subject(f"visit:{person.id}", person.name), label, first, second)


def _event_claims(index: FactIndex, kb: Knowledge, params: Params) -> dict[str, list[Fact]]:
    """Dated claims about declared one-time events, by event."""
    claims: dict[str, list[Fact]] = defaultdict(list)
    for fact in index.of("event_date"):
        event = kb.events.get(fact.value["event"])
        if fact.valid is None or fact.value["series"] is not None or event is None or event.lasted:
            continue
        if params.events is None or event.id in params.events:
            claims[event.id].append(fact)
    return claims


def _arrivals(index: FactIndex) -> dict[tuple[str, str], list[Fact]]:
    """Arrivals dated to a day, by person and place."""
    found: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in index.of("arrival"):
        if fact.valid is not None and fact.valid.precision == "day" and fact.valid.start == fact.valid.end:
            found[(fact.subject.id, fact.value["place"])].append(fact)
    return found


def _pairs(facts: Iterable[Fact]) -> Iterator[tuple[list[Fact], list[Fact]]]:
    """Pairs of dates said for one thing, each with the claims saying it, from different articles."""
    by_date: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_date[str(fact.valid_at)].append(fact)
    for (_, first), (_, second) in combinations(sorted(by_date.items()), 2):
        if any(a.article != b.article for a in first for b in second):  # one article's own dates are its own
            yield first, second


def _one_trip_two_days(a: Fact, b: Fact, trip_days: int) -> bool:
    """Within one trip's reach, on different days (a night arrival may straddle two)."""
    assert a.valid is not None and b.valid is not None
    apart = abs((a.valid.start - b.valid.start).days)
    slack = 1 if a.value["night"] or b.value["night"] else 0
    return slack < apart <= trip_days


def _finding(rule: Rule, index: FactIndex, subject: Subject, label: str, first: list[Fact],
             second: list[Fact]) -> Finding:
    sides = [_first_per_article(first), _first_per_article(second)]
    readings = "; ".join(_readings(side, index) for side in sides)
    explanation = f"One event, one day: {label} is put on {first[0].valid_at} and on {second[0].valid_at}. {readings}."
    evidence = tuple(EvidenceItem.of(f, index, f"«{f.value['date_text']}» → {f.valid_at}") for side in sides for f in side)
    return Finding(rule.id, NAME, rule.severity,
                   rule.render(subject=label, first=str(first[0].valid_at), second=str(second[0].valid_at)),
                   subject, evidence, explanation, rule.fingerprint_id)


def _first_per_article(facts: list[Fact]) -> list[Fact]:
    """One claim per article: an article repeating its date is one side, quoted once."""
    seen: dict[str, Fact] = {}
    for fact in facts:
        seen.setdefault(fact.article, fact)
    return list(seen.values())


def _readings(side: list[Fact], index: FactIndex) -> str:
    """How the first articles of one side read their date, and how many more read it so.

    The evidence lists every article; the explanation is for reading, and a date copied
    into a thousand articles is told by a few of them and the count.
    """
    told = "; ".join(_reading(f, index) for f in side[:READINGS_TOLD])
    more = len(side) - READINGS_TOLD
    return told + (f"; {more} more article{'s' if more > 1 else ''} read it as {side[0].valid_at}" if more > 0 else "")


def _reading(fact: Fact, index: FactIndex) -> str:
    """How one side's date was read: the words, and what they were counted from."""
    words = fact.value["date_text"]
    if fact.valid_at.basis == "relative":
        how = f"counted from its publication day {index.published.get(fact.article)}"
    else:
        how = "as written" if fact.valid_at.basis == "explicit" else f"by its {fact.valid_at.basis} date"
    return f"{fact.article} reads «{words}» as {fact.valid_at}, {how}"
