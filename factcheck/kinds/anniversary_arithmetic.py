"""anniversary_arithmetic: the Nth anniversary of an event placed in a year other than its year + N.

Fires: an article placing "الذكرى السبعين للهدنة" (the armistice of 1953) in 2021.

Does not fire: asharq-2024-09-14 "وكان قد التقى كيم في يوليو (تموز) 2023 خلال احتفالات
في بيونغ يانغ في الذكرى السبعين للهدنة في الحرب الكورية العام 1953." (1953 + 70 = 2023);
asharq-2024-10-06's 75th anniversary of China–DPRK relations (1949) on 2024-10-06.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "anniversary_arithmetic"
FIELDS = ("event", "ordinal", "expected", "claimed")


class Params(BaseModel):
    """No parameters: every anniversary of a declared event is checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _expected(fact: Fact) -> TimeSpan:
    return TimeSpan.of_year(fact.value["event_year"] + fact.value["ordinal"])


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per anniversary placed in the wrong year."""
    claims = index.of("anniversary")
    for fact in claims:
        if fact.valid is None or fact.valid.overlaps(_expected(fact)):
            continue
        event = kb.events[fact.value["event"]]
        expected = _expected(fact).iso()
        others = [o for o in claims if o.subject.id == fact.subject.id and o.article != fact.article
                  and o.valid is not None and o.valid.overlaps(_expected(o))]
        why = (f"{event.label} was on {event.span.iso()} ({event.source}); its "
               f"{fact.value['ordinal']}th anniversary falls in {expected}, but the text places it "
               f"{fact.valid_at} ({fact.valid_at.basis}).")
        if others:
            why += f" Article {others[0].article} places its {others[0].value['ordinal']}th anniversary right."
        evidence = [EvidenceItem.of(fact, index, f"{fact.value['ordinal']}th, {fact.valid_at}")]
        evidence += [EvidenceItem.of(o, index, f"{o.value['ordinal']}th, {o.valid_at}") for o in others[:1]]
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=event.label, ordinal=fact.value["ordinal"], expected=expected,
                                  claimed=str(fact.valid_at)),
                      Subject(fact.subject.id, fact.subject.name), tuple(evidence), why, rule.fingerprint_id)
