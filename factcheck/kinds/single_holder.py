"""single_holder: two people hold an office that has one holder, at the same time.

Fires: an article of 2024-11-30 calling Shoigu "وزير الدفاع الروسي" against
umma-2024-11-30 "قالت وسائل إعلام رسمية ... إن وزير الدفاع الروسي أندريه بيلوسوف التقى
الزعيم الكوري الشمالي" — two defence ministers on one day.

Does not fire: "وزير الدفاع الروسي سيرغي شويغو" dated July 2023 (arabi21) against
Belousov in the same office on 2024-11-30: one holder at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, certainly_overlap, may_overlap
from factcheck.findings import EvidenceItem, Finding, lowered
from factcheck.kinds._titles import holders_during, holding, office_label, title_value
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule

NAME = "single_holder"
FIELDS = ("office", "subject_a", "subject_b")


class Params(BaseModel):
    """Which offices have one holder; by default every office the knowledge base says so of."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    offices: list[str] | None = Field(default=None, description="office ids; omit for all with max_holders: 1")
    known_only: bool = Field(default=True, description="compare only people the knowledge base knows")


def _offices(params: Params, kb: Knowledge) -> set[str]:
    if params.offices is not None:
        return set(params.offices)
    return {o.id for o in kb.offices.values() if o.max_holders == 1}


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per office, pair of people and pair of articles."""
    params: Params = rule.params  # type: ignore[assignment]
    offices = _offices(params, kb)
    by_office: dict[str, list[Fact]] = defaultdict(list)
    for fact in index.of("holds_title"):
        if fact.value["office"] in offices and holding(fact) and (fact.subject.known or not params.known_only):
            by_office[fact.value["office"]].append(fact)
    for office, facts in sorted(by_office.items()):
        seen: set[tuple[str, ...]] = set()
        for a, b in combinations(facts, 2):
            if a.subject.id == b.subject.id or not may_overlap(a.valid_at, b.valid_at):
                continue
            a, b = sorted((a, b), key=lambda f: f.subject.id)
            key = (a.subject.id, b.subject.id, a.article, b.article)
            if key not in seen:
                seen.add(key)
                yield _finding(rule, index, kb, office, a, b)


def _finding(rule: Rule, index: FactIndex, kb: Knowledge, office: str, a: Fact, b: Fact) -> Finding:
    sure = certainly_overlap(a.valid_at, b.valid_at)
    label = office_label(kb, office)
    why = [f"{label} has one holder at a time, but {a.subject.name} is named in it for {a.valid_at} "
           f"and {b.subject.name} for {b.valid_at}."]
    known = kb.offices.get(office)
    if known and a.valid:
        terms = holders_during(kb, known, a.valid)
        if terms:
            why.append(f"Reference: {', '.join(terms)}.")
    if not sure:
        why.append("The dates are known only to their precision, so this is a possible conflict.")
    return Finding(rule.id, NAME, rule.severity if sure else lowered(rule.severity),
                   rule.render(office=label, subject_a=a.subject.name, subject_b=b.subject.name),
                   Subject(f"office:{office}", label),
                   (EvidenceItem.of(a, index, title_value(a)), EvidenceItem.of(b, index, title_value(b))),
                   " ".join(why), rule.fingerprint_id)
