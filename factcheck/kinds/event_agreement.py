"""event_agreement: two articles date one event, or one arrival, on days that cannot both hold.

Claims are compared with each other, not with a reference (that is event_date): each
date was resolved against its own article's publication day, and "اليوم الجمعة" in one
report and "أمس الخميس" in the next day's put one arrival on two days.

- A declared one-time event (rules/events, not one that lasted), or one member of a series
  (the one member dated within `member_days` of the claim: "القمة التي عقدها مع بوتين
  الخميس" printed two days after the Vostochny summit of Wednesday 13 September 2023): two
  claims whose dates do not overlap at their common precision.
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
from collections.abc import Callable, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, may_overlap
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import Partitioning
from factcheck.knowledge import Event, Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "event_agreement"
READINGS_TOLD = 3  # per side, in the explanation
FIELDS = ("subject", "first", "second")


class Params(BaseModel):
    """Which events to compare, whether to compare arrivals, and how far apart one trip's reports may be."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    events: list[str] | None = Field(default=None, description="one-time event ids from rules/events; omit for all")
    arrivals: bool = Field(default=True, description="compare the arrival facts of one person at one place")
    trip_days: int = Field(default=7, ge=1, description="arrivals at most this many days apart are one trip")
    member_days: int = Field(default=7, ge=0, description=(
        "a claim about a series is about the one member dated at most this many days from it; "
        "claims with no such member, or two, are event_date's alone"))


def _partition(fact: Fact) -> str | None:
    """A one-time event's dates, or a series' (its members are told apart in check); a person's arrivals at a place."""
    if fact.predicate == "event_date":
        return f"event:{fact.value['series'] or fact.value['event']}"
    if fact.predicate == "arrival":
        return f"arrival:{fact.subject.id}|{fact.value['place']}"
    return None


partition = Partitioning(("event_date", "arrival"), _partition)


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per date of one event (or one trip) that cannot hold with a date more articles give."""
    params: Params = rule.params  # type: ignore[assignment]
    for facts in _event_claims(index, kb, params).values():
        for anchor, deviant in _against_anchors(facts, lambda a, b: not may_overlap(a.valid_at, b.valid_at)):
            yield _finding(rule, index, anchor[0].subject, anchor[0].subject.name, anchor, deviant)
    if not params.arrivals:
        return
    for facts in _arrivals(index).values():
        for anchor, deviant in _against_anchors(facts, lambda a, b: _one_trip_two_days(a, b, params.trip_days)):
            person = anchor[0].subject
            label = f"the arrival of {person.name} at {anchor[0].value['place_label']}"
            yield _finding(rule, index, Subject(f"visit:{person.id}", person.name), label, anchor, deviant)


def _event_claims(index: FactIndex, kb: Knowledge, params: Params) -> dict[str, list[Fact]]:
    """Dated claims about declared one-time events, by event; about a member of a series, by member."""
    claims: dict[str, list[Fact]] = defaultdict(list)
    for fact in index.of("event_date"):
        if fact.valid is None:
            continue
        if fact.value["series"] is not None:
            event = _member(kb, fact.value["series"], fact.valid, params.member_days)
        else:
            event = kb.events.get(fact.value["event"])
        if event is None or event.lasted:
            continue
        if params.events is None or event.id in params.events or fact.value["series"] in params.events:
            claims[event.id].append(fact)
    return claims


def _member(kb: Knowledge, series: str, valid: TimeSpan, days: int) -> Event | None:
    """The one member of a series dated within `days` of a claim: the summit "الخميس" misdates by a day."""
    known = kb.series.get(series)
    if known is None:
        return None
    near = [m for m in known.members
            if max((valid.start - m.span.end).days, (m.span.start - valid.end).days, 0) <= days]
    return near[0] if len(near) == 1 else None


def _arrivals(index: FactIndex) -> dict[tuple[str, str], list[Fact]]:
    """Arrivals dated to a day, by person and place."""
    found: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in index.of("arrival"):
        if fact.valid is not None and fact.valid.precision == "day" and fact.valid.start == fact.valid.end:
            found[(fact.subject.id, fact.value["place"])].append(fact)
    return found


def _against_anchors(facts: Iterable[Fact], clash: Callable[[Fact, Fact], bool]
                     ) -> Iterator[tuple[list[Fact], list[Fact]]]:
    """(anchor, deviant): each date said for one thing that clashes with one more articles give.

    The dates go from the most articles' down (ties by date); a date that clashes with none
    before it is an anchor, one that does is told against the first it clashes with. Every
    clash is told, once per date that deviates, not once per pair: a date misread in a
    hundred articles against forty other dates is forty findings, not 40 × 41 / 2 — and a day
    of June against another of June still clashes when "June" itself is the anchor.
    """
    by_date: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_date[str(fact.valid_at)].append(fact)
    ranked = sorted(by_date.items(), key=lambda item: (-len({f.article for f in item[1]}), item[0]))
    anchors: list[list[Fact]] = []
    for _, claims in ranked:
        against = next((anchor for anchor in anchors if clash(anchor[0], claims[0])
                        # one article's own dates are its own
                        and any(a.article != b.article for a in anchor for b in claims)), None)
        if against is None:
            anchors.append(claims)
        else:
            yield against, claims


def _one_trip_two_days(a: Fact, b: Fact, trip_days: int) -> bool:
    """Within one trip's reach, on different days (a night arrival may straddle two)."""
    assert a.valid is not None and b.valid is not None
    apart = abs((a.valid.start - b.valid.start).days)
    slack = 1 if a.value["night"] or b.value["night"] else 0
    return slack < apart <= trip_days


def _finding(rule: Rule, index: FactIndex, subject: Subject, label: str, anchor: list[Fact],
             deviant: list[Fact]) -> Finding:
    """The deviant date quoted in every article that gives it; the anchor in its first few, and counted."""
    sides = [_first_per_article(anchor), _first_per_article(deviant)]
    readings = "; ".join(_readings(side, index) for side in sides)
    first, second = anchor[0].valid_at, deviant[0].valid_at
    explanation = f"One event, one day: {label} is put on {first} and on {second}. {readings}."
    quoted = (*sides[0][:READINGS_TOLD], *sides[1])
    evidence = tuple(EvidenceItem.of(f, index, f"«{f.value['date_text']}» → {f.valid_at}") for f in quoted)
    return Finding(rule.id, NAME, rule.severity, rule.render(subject=label, first=str(first), second=str(second)),
                   subject, evidence, explanation, rule.fingerprint_id)


def _first_per_article(facts: list[Fact]) -> list[Fact]:
    """One claim per article: an article repeating its date is one side, quoted once."""
    seen: dict[str, Fact] = {}
    for fact in facts:
        seen.setdefault(fact.article, fact)
    return list(seen.values())


def _readings(side: list[Fact], index: FactIndex) -> str:
    """How the first articles of one side read their date, and how many more read it so.

    The explanation is for reading: a date copied into a thousand articles is told by a few
    of them and the count (and the anchor's evidence quotes those few).
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
