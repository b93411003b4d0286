"""reference_timeline: a title claim contradicts who held the office then, per rules/kb.

Fires: an article of 2024-11-30 saying "وزير الدفاع الروسي سيرغي شويغو": Shoigu left
the office on 2024-05-14 and Andrei Belousov holds it since (rules/kb/offices.yaml).

Does not fire: "الرئيس الأميركي السابق دونالد ترمب" in 2024 (former: he held the office
2017–2021 and not in 2024); "الرئيس الأمريكي المنتخب دونالد ترامب" in November 2024
(elect: his term starts 2025-01-20); "تنحيه عن منصب وزير الدفاع في مايو (أيار)" in
September 2024 (ended: his term ended in May 2024).

A name the knowledge base lacks, said to hold an office whose holders rules/kb lists
completely at that time ("وزير الدفاع الروسي X" in 2023), fires one severity lower: the
holder then is known and is someone else, unless the name is a spelling rules/kb lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding, lowered
from factcheck.kinds._partitions import by_article
from factcheck.kinds._titles import holders_during, title_value
from factcheck.knowledge import Holding, Knowledge, Office
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "reference_timeline"
FIELDS = ("subject", "office", "valid_at")
partition = by_article("holds_title")  # each claim against the reference, alone


class Params(BaseModel):
    """Which offices to check against the knowledge base, and how near a handover is unsure."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    offices: list[str] | None = Field(default=None, description="office ids; omit for every office in rules/kb")
    handover_days: int = Field(default=3, ge=0, description=(
        "a contradiction within this many days of one of the person's terms starting or ending is "
        "reported one severity lower: around a reshuffle, outlets date the change a day apart"))


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per person, office, article and reason, with every sentence that says it."""
    params: Params = rule.params  # type: ignore[assignment]
    groups: dict[tuple[str, str, str, str], list[Fact]] = {}
    for fact, office, problem in _contradicted(params, index, kb):
        groups.setdefault((fact.subject.id, office.id, fact.article, problem), []).append(fact)
    for (_, office_id, _, problem), facts in groups.items():
        yield _finding(rule, index, kb, facts, kb.offices[office_id], problem, params.handover_days)


def _contradicted(params: Params, index: FactIndex, kb: Knowledge) -> Iterator[tuple[Fact, Office, str]]:
    for fact in index.of("holds_title"):
        office = kb.offices.get(fact.value["office"] or "")
        if office is None or fact.valid is None:
            continue
        if params.offices is not None and office.id not in params.offices:
            continue
        if "then" in fact.qualifiers and fact.valid_at.basis == "published":
            continue  # "آنذاك" with no date to say when: nothing to compare
        if fact.valid.end < office.known_from:
            continue  # before the holder list starts, "nobody" is unknown, not false
        if fact.subject.known:
            problem = _contradiction(fact, fact.valid, kb.holdings_of(fact.subject.id, office.id), params.handover_days)
        else:
            problem = _unlisted(fact, fact.valid, office)
        if problem:
            yield fact, office, problem


def _contradiction(fact: Fact, valid: TimeSpan, terms: list[Holding], handover_days: int) -> str | None:
    """Why the claim cannot be right, or None when the terms allow it.

    A holder to come may have come in the `handover_days` before the claim's time: "عيّن الاجتماع
    باك تيه سونغ رئيسا لمجلس الوزراء", reported the day after the term began, and "أكدت ... اليوم
    الجمعة تعيين ري سون غوون وزيرا للخارجية", the report dated, the appointment two days before it.
    """
    qualifiers = set(fact.qualifiers)
    if "former" in qualifiers:
        if not any(t.span.start <= valid.end for t in terms):
            return "is called former, but had not held the office by then"
        if any(t.span.start <= valid.start and t.span.end > valid.end for t in terms):
            return "is called former, but held the office then and after"  # on the last day, former is fair
        return None
    if "elect" in qualifiers:
        elected = [t for t in terms if t.elected]
        if elected:  # between the election and the inauguration, and only then
            if any(t.elected <= valid.end and valid.start <= t.span.start for t in elected):  # type: ignore[operator]
                return None
            return "is called elect, but was elected " + "; ".join(
                f"on {t.elected} and took office on {t.span.start}" for t in elected)
        if any(t.span.start >= valid.start for t in terms):
            return None
        return "is called elect, but no term starting after that time is known"
    if "next" in qualifiers:
        if any(t.span.start >= valid.start - timedelta(days=handover_days) for t in terms):
            return None
        return "is called the next holder, but no term starting after that time is known"
    if "ended" in qualifiers:
        if any(not t.open and _changed_then(fact, valid, t.span.end)
               or t.end_announced is not None and _changed_then(fact, valid, t.end_announced) for t in terms):
            return None
        return "is said to have left the office then, but no term of theirs ended then"
    if "started" in qualifiers:
        if any(_changed_then(fact, valid, t.span.start) for t in terms):
            return None
        return "is said to have taken the office then, but no term of theirs started then"
    if any(t.span.overlaps(valid) for t in terms):
        return None
    if "new" in qualifiers and any(t.span.start >= valid.start for t in terms):
        return None  # "رئيس الوزراء الجديد" is said from the choice on, before the term starts
    return "did not hold the office then"


def _changed_then(fact: Fact, valid: TimeSpan, day: date) -> bool:
    """Whether a term's start or end on `day` fits a claim that the office changed hands at `valid`.

    A change the text dates must fall then; one it does not date ("أعفى بوتين شويغو من
    منصبه" in an article of the next day) happened by the day of publication.
    """
    if fact.valid_at.basis == "published":
        return day <= valid.end
    return valid.overlaps(TimeSpan(day, day, "day"))


def _unlisted(fact: Fact, valid: TimeSpan, office: Office) -> str | None:
    """A claim of the office by a name rules/kb lacks, while its list of holders is complete."""
    if set(fact.qualifiers) & {"former", "elect", "next", "ended", "started", "then", "acting", "new"}:
        return None  # a holder before the list began, an acting or a new one, may be unlisted
    if not office.complete_over(valid):
        return None
    if office.vacant_throughout(valid):
        return "is named in an office that was vacant then"
    if office.holders_during(valid):
        return "is not in the knowledge base, which lists every holder of the office then"
    return None


def _near_handover(valid: TimeSpan, terms: list[Holding], days: int) -> bool:
    """Whether the claim's time lies within `days` of one of the person's terms starting or ending."""
    edges = [t.span.start for t in terms] + [t.span.end for t in terms if not t.open]
    return any(abs((edge - valid.start).days) <= days or abs((edge - valid.end).days) <= days for edge in edges)


def _finding(rule: Rule, index: FactIndex, kb: Knowledge, facts: list[Fact], office: Office,
             problem: str, handover_days: int) -> Finding:
    fact = facts[0]
    terms = kb.holdings_of(fact.subject.id, office.id)
    held = "; ".join(f"{t.describe()} ({t.source})" for t in terms)
    assert fact.valid is not None
    others = holders_during(kb, office, fact.valid, excluding=fact.subject.id)
    record = (f"the reference has {fact.subject.name} as {office.label} {held}" if terms
              else f"the reference lists no term of {fact.subject.name} as {office.label}")
    why = f"{fact.subject.name} {problem}: the text dates the claim {fact.valid_at} ({fact.valid_at.basis}); {record}."
    if others:
        why += f" At that time the office was held by {', '.join(others)}."
    severity = rule.severity
    if not fact.subject.known:
        severity = lowered(severity)
        why += " The name may be a spelling rules/kb lacks, so this is reported one severity lower."
    elif _near_handover(fact.valid, terms, handover_days):
        severity = lowered(severity)
        why += f" This is within {handover_days} days of a change of office, so only possible."
    return Finding(rule.id, NAME, severity,
                   rule.render(subject=fact.subject.name, office=office.label, valid_at=str(fact.valid_at)),
                   Subject(fact.subject.id, fact.subject.name),
                   tuple(EvidenceItem.of(f, index, title_value(f)) for f in facts), why, rule.fingerprint_id)
