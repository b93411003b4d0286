"""event_date: a claim dates a declared one-time event other than its reference date.

Fires: an article saying Kim and Putin first met in 2016 ("للمرة الأولى"), against the
first of their meetings, 2019-04-25 in Vladivostok — with arabi21's "حتى التقى بوتين عام
2019 للمرة الأولى في مدينة فلاديفوستوك الروسية" quoted as the other side.

Does not fire: asharq-2024-09-14's "في يونيو (حزيران) وقع خلالها معاهدة للدفاع مشترك مع
كيم" — June 2024 agrees with 2024-06-19 at their common precision.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._events import AgreeingClaims, agrees, candidates, describe
from factcheck.kinds._partitions import by_subject
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "event_date"
FIELDS = ("event", "claimed", "reference")
partition = by_subject("event_date")  # a claim, and the claims elsewhere that agree


class Params(BaseModel):
    """Which events to check; every declared one by default."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    events: list[str] | None = Field(default=None, description="event or series ids from rules/events")


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per claim that no candidate event agrees with."""
    params: Params = rule.params  # type: ignore[assignment]
    agreeing = AgreeingClaims(index, kb)
    for fact in index.of("event_date"):
        if params.events is not None and fact.value["event"] not in params.events:
            continue
        events = candidates(kb, fact)
        if events is None or fact.valid is None or _planned(fact, index) or any(agrees(fact.valid, e) for e in events):
            continue
        label = fact.subject.name + (f" (#{fact.value['ordinal']})" if fact.value["ordinal"] else "")
        reference = "; ".join(describe(e) for e in events) or "no such member is known"
        other = agreeing.elsewhere(fact)
        why = (f"The text dates {label} to {fact.valid_at} ({fact.valid_at.basis}, from "
               f"{fact.value['date_text']!r}); the reference dates it {reference}.")
        if other:
            why += f" Article {other.article} agrees with the reference."
        evidence = [EvidenceItem.of(fact, index, str(fact.valid_at))]
        evidence += [EvidenceItem.of(other, index, str(other.valid_at))] if other else []
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=label, claimed=str(fact.valid_at), reference=reference),
                      Subject(fact.subject.id, fact.subject.name), tuple(evidence), why, rule.fingerprint_id)


def _planned(fact: Fact, index: FactIndex) -> bool:
    """A date wholly after the article's publication is a plan, which history may undo, not a claim it got wrong.

    "القمة الأولى بين الكوريتين، التي كانت مقررة ... أواخر الشهر الجاري" (July 1994): the summit
    was never held; the first took place in 2000.
    """
    published = index.published.get(fact.article)
    assert fact.valid is not None
    return published is not None and fact.valid.start > TimeSpan.parse(published).end
