"""anniversary_arithmetic: the Nth anniversary of an event placed in a year other than its year + N.

The year is the declared event's (rules/events), of its end when the phrase names the end
("الذكرى السبعين لانتهاء الحرب الكورية" is of 1953, "لاندلاع" of 1950), or the year the
sentence itself gives ("الذكرى الخمسين لرحلة غاغارين عام 1961").

Fires: an article placing "الذكرى السبعين للهدنة" (the armistice of 1953) in 2021.

Does not fire: asharq-2024-09-14 "وكان قد التقى كيم في يوليو (تموز) 2023 خلال احتفالات
في بيونغ يانغ في الذكرى السبعين للهدنة في الحرب الكورية العام 1953." (1953 + 70 = 2023);
asharq-2024-10-06's 75th anniversary of China–DPRK relations (1949) on 2024-10-06.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._events import elsewhere, first_of_two_articles
from factcheck.kinds._partitions import by_subject
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "anniversary_arithmetic"
FIELDS = ("event", "ordinal", "expected", "claimed")
partition = by_subject("anniversary")  # a claim, and the claims elsewhere placed right


class Params(BaseModel):
    """No parameters: every numbered anniversary of a declared or dated event is checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _expected(fact: Fact) -> TimeSpan:
    return TimeSpan.of_year(fact.value["event_year"] + fact.value["ordinal"])


def _wrong(fact: Fact) -> bool:
    return fact.value["ordinal"] is not None and fact.valid is not None and not fact.valid.overlaps(_expected(fact))


def _reference(fact: Fact, kb: Knowledge) -> tuple[str, str]:
    """(what the event is called, when it was and where that is from)."""
    value = fact.value
    event = kb.events.get(value["member"] or value["event"] or "")
    if event is None:
        return fact.subject.name, f"the text dates it {value['event_year']}"
    if value["counted_from"] == "end" and event.lasted:
        return event.label, f"it ended on {event.day('end').isoformat()} ({event.source})"
    return event.label, f"it was on {event.span.iso()} ({event.source})"


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per anniversary placed in the wrong year."""
    claims = index.of("anniversary")
    right: dict[str, list[Fact]] = defaultdict(list)  # per subject, the claims placed in the right year
    for fact in claims:
        if fact.value["ordinal"] is not None and fact.valid is not None and not _wrong(fact):
            right[fact.subject.id].append(fact)
    witnesses = {subject: first_of_two_articles(facts) for subject, facts in right.items()}
    for fact in claims:
        if not _wrong(fact):
            continue
        label, when = _reference(fact, kb)
        expected = _expected(fact).iso()
        witness = elsewhere(witnesses.get(fact.subject.id, ()), fact.article)
        others = [witness] if witness else []
        why = (f"{label}: {when}; its {fact.value['ordinal']}th anniversary falls in {expected}, "
               f"but the text places it {fact.valid_at} ({fact.valid_at.basis}).")
        if others:
            why += f" Article {others[0].article} places its {others[0].value['ordinal']}th anniversary right."
        evidence = [EvidenceItem.of(fact, index, f"{fact.value['ordinal']}th, {fact.valid_at}")]
        evidence += [EvidenceItem.of(o, index, f"{o.value['ordinal']}th, {o.valid_at}") for o in others[:1]]
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(event=label, ordinal=fact.value["ordinal"], expected=expected,
                                  claimed=str(fact.valid_at)),
                      Subject(fact.subject.id, fact.subject.name), tuple(evidence), why, rule.fingerprint_id)
