"""event_count: "only once" / "N times" / "the third" that the events dated before it contradict.

Fires: an article of September 2024 saying "لم يزر بوتين كوريا الشمالية سوى مرة واحدة":
by then he had visited in July 2000 and June 2024 — quoting asharq-2024-09-14's
"قام الرئيس الروسي فلاديمير بوتين بزيارة نادرة لهذا البلد المعزول في يونيو (حزيران)".

Does not fire: araby-2024-06-12 "ولم يزر بوتين كوريا الشمالية سوى مرة واحدة في بداية
ولايته الأولى في يوليو/تموز 2000" — true on its publication day, before the June visit.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import Cleared, EvidenceItem, Finding
from factcheck.kinds._events import agrees, elsewhere, first_of_two_articles
from factcheck.kinds._partitions import by_subject
from factcheck.knowledge import Event, Knowledge, Series
from factcheck.rule import Rule

NAME = "event_count"
FIELDS = ("series", "claimed", "actual")
partition = by_subject("event_count", "event_date")  # a count, and the dates of its series


class Params(BaseModel):
    """No parameters: every count of a complete series is checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _Reporting:
    """Claims that date one of a set of events, the first two articles' found once per subject and set."""

    def __init__(self, index: FactIndex):
        self.index = index
        self.found: dict[tuple[str, tuple[str, ...]], tuple[Fact, ...]] = {}

    def elsewhere(self, fact: Fact, missed: list[Event]) -> list[Fact]:
        """A claim in another article dating one of the events the count leaves out (or none)."""
        key = (fact.subject.id, tuple(m.id for m in missed))
        if key not in self.found:
            self.found[key] = first_of_two_articles(
                o for o in self.index.by_subject.get(("event_date", fact.subject.id), [])
                if o.valid is not None and any(agrees(o.valid, e) for e in missed))
        witness = elsewhere(self.found[key], fact.article)
        return [witness] if witness else []


def _agrees(fact: Fact, members: tuple[Event, ...], before: int) -> bool:
    """A count is of the members before its time; an ordinal names the member after them.

    An ordinal is checked where its date is the day or the month of a member ("ثالث قمة ... أمس"
    when yesterday's was the fourth, "ثالث قمة ... مطلع الشهر" when this month's was) or where
    it is a plan, counted to publication ("يبدأ ... زيارة ... هي الأولى له"). A day no member
    matches is a wrong date, not a wrong count.
    """
    count = fact.value["count"]
    if not fact.value.get("ordinal"):
        return before == count
    assert fact.valid is not None
    if fact.valid_at.basis != "published" and (fact.valid.precision not in ("day", "month") or not any(
            agrees(fact.valid, m) for m in members)):
        return True  # the date is wrong, not the count (event_date says so), or it pins no member
    upto = sum(1 for m in members if m.span.start <= fact.valid.end)
    return before + 1 <= count <= max(before + 1, upto)


def _preceding(fact: Fact, series: Series) -> list[Event]:
    """The members begun before the claim's day; for an ordinal, not the member the day is in.

    "للمرة الثالثة أمس" on the second day of a two-day visit names that visit: it began the
    day before, yet it is the member counted, not one before it.
    """
    assert fact.valid is not None
    before = series.before(fact.valid)
    if not fact.value.get("ordinal") or fact.valid.precision != "day":
        return before
    return [m for m in before if not agrees(fact.valid, m)]


def _later(reporting: _Reporting, fact: Fact, series: Series) -> list[Fact]:
    """Claims elsewhere that date a member begun after the count's time: what makes a true count look wrong."""
    assert fact.valid is not None
    end = fact.valid.end
    return reporting.elsewhere(fact, [m for m in series.members if m.span.start > end])


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding | Cleared]:
    """One finding per count that the series before publication contradicts.

    A true count beside an article dating a later member ("only once", then "a rare visit
    in June") is cleared: the count was made before that member.
    """
    reporting = _Reporting(index)
    for fact in index.of("event_count"):
        series = kb.series[fact.value["series"]]
        if not series.complete or fact.valid is None:
            continue
        before = _preceding(fact, series)
        if _agrees(fact, series.members, len(before)):
            if not index.want_cleared:
                continue
            dates = ", ".join(m.span.iso() for m in before) or "none"
            for later in _later(reporting, fact, series):  # one article dating a later member says it
                reason = (f"different times: the count ({fact.value['count']}) is as of {fact.valid_at}, when the "
                          f"reference has {len(before)} before it ({dates}); {later.article} dates one to "
                          f"{later.valid_at}, a member begun after the count was made")
                yield Cleared(rule.id, NAME, Subject(fact.subject.id, fact.subject.name), reason,
                              (EvidenceItem.of(fact, index, str(fact.value["count"])),
                               EvidenceItem.of(later, index, str(later.valid_at))))
            continue
        dates = ", ".join(m.span.iso() for m in before) or "none"
        said = f"#{fact.value['count']}" if fact.value.get("ordinal") else str(fact.value["count"])
        why = (f"The text says {said} as of {fact.valid_at}; the reference has "
               f"{len(before)} before then: {dates} ({'; '.join(m.source for m in before)}).")
        others = reporting.elsewhere(fact, before[fact.value["count"] - bool(fact.value.get("ordinal")):])
        if others:
            why += f" Article {others[0].article} reports one of them."
        evidence = [EvidenceItem.of(fact, index, str(fact.value["count"]))]
        evidence += [EvidenceItem.of(o, index, str(o.valid_at)) for o in others[:1]]
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(series=series.label, claimed=said, actual=len(before)),
                      Subject(fact.subject.id, fact.subject.name), tuple(evidence), why, rule.fingerprint_id)
