"""single_holder: two people hold an office that has one holder, at the same time.

Fires: an article of 2024-11-30 calling Shoigu "وزير الدفاع الروسي" against
umma-2024-11-30 "قالت وسائل إعلام رسمية ... إن وزير الدفاع الروسي أندريه بيلوسوف التقى
الزعيم الكوري الشمالي" — two defence ministers on one day.

Does not fire: "وزير الدفاع الروسي سيرغي شويغو" dated July 2023 (arabi21) against
Belousov in the same office on 2024-11-30: one holder at a time. Nor when rules/kb
records both at once (an acting president beside a suspended one). Claims a few days apart
are compared when the reference has one holder all through the days between them: a
minister "أمس" in one article and another on the day of publication in the next.

People the knowledge base lacks are compared too, by the key of their name as written;
a known holder against an unlisted name is one severity lower: the name may be a
spelling rules/kb lacks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, certainly_overlap
from factcheck.findings import Cleared, EvidenceItem, Finding, lowered
from factcheck.kinds._partitions import Partitioning
from factcheck.kinds._titles import (
    cleared_titles,
    gap_between,
    holders_during,
    office_label,
    one_holder_throughout,
    reference_has_both,
    same_claims,
    stands,
    sweep,
    title_value,
    who,
)
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

NAME = "single_holder"
FIELDS = ("office", "subject_a", "subject_b")
BOTH_IN_REFERENCE = "the reference has both in office then (a shared or changing office)"


class Params(BaseModel):
    """Which offices have one holder; by default every office the knowledge base says so of."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    offices: list[str] | None = Field(default=None, description=(
        "office ids; omit for every office with one holder (max_holders: 1 in rules/kb, or a one_holder role)"))
    known_only: bool = Field(default=False, description="compare only people the knowledge base knows")
    near_days: int = Field(default=3, ge=0, description=(
        "claims this many days apart are compared too when rules/kb, complete then, has one holder "
        "all through the days between them: 'أمس' in one article against the day of publication in another"))


def _compared(params: Params, kb: Knowledge, fact: Fact) -> bool:
    office = fact.value["office"]
    if params.offices is not None:
        return office in params.offices
    return office is not None and kb.one_holder(office, fact.value["role"])


partition = Partitioning(("holds_title",), lambda fact: fact.value["office"] or None)  # an office's claims, whoever they name


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding | Cleared]:
    """One finding per office and pair of claims (who, in what words, when); the pairs let stand, cleared.

    The claims of an office are swept by time (_titles.sweep): only claims whose times meet,
    or lie `near_days` apart with no handover between them, are paired, so the rule grows
    with the corpus, not with its square.
    """
    params: Params = rule.params  # type: ignore[assignment]
    by_office: dict[str, list[Fact]] = defaultdict(list)
    for fact in index.of("holds_title"):
        if _compared(params, kb, fact) and (fact.subject.known or not params.known_only):
            by_office[fact.value["office"]].append(fact)
    told: set[tuple[str, str]] = set()  # (office, reason) cleared already: one entry each
    for office, facts in sorted(by_office.items()):
        subject = Subject(f"office:{office}", office_label(kb, office))
        claims, saying = same_claims(facts, lambda f: f.subject.id)
        pairs = sweep(claims, lambda f: f.subject.id, index.want_cleared, params.near_days)
        for i, j in pairs.meeting:
            (a, more_a), (b, more_b) = sorted(((claims[i], saying[i]), (claims[j], saying[j])),
                                              key=lambda c: c[0].subject.id)
            gap = gap_between(a, b)
            if gap is not None and not one_holder_throughout(kb, office, gap):
                continue  # days apart, and a handover may lie between them
            if reference_has_both(kb, a, b):
                if index.want_cleared and (office, BOTH_IN_REFERENCE) not in told:
                    told.add((office, BOTH_IN_REFERENCE))
                    yield cleared_titles(rule, NAME, subject, index, a, b, BOTH_IN_REFERENCE)
                continue
            yield _finding(rule, index, kb, office, more_a, more_b, gap)
        for i, j in pairs.let_stand:
            a, b = sorted((claims[i], claims[j]), key=lambda f: f.subject.id)
            let_stand = stands(a, b, describe=True)
            if let_stand is not None and (office, let_stand) not in told:
                told.add((office, let_stand))
                yield cleared_titles(rule, NAME, subject, index, a, b, let_stand)


def _finding(rule: Rule, index: FactIndex, kb: Knowledge, office: str, saying_a: list[Fact],
             saying_b: list[Fact], gap: TimeSpan | None) -> Finding:
    """The finding of two claims, each with every fact that makes it; the first of each explains it."""
    a, b = saying_a[0], saying_b[0]
    sure = certainly_overlap(a.valid_at, b.valid_at)
    label = office_label(kb, office)
    why = [f"{label} has one holder at a time, but {who(a.subject)} is named in it for {a.valid_at} "
           f"and {who(b.subject)} for {b.valid_at}."]
    spelling = a.subject.known != b.subject.known
    if spelling:
        why.append("One name is not in the knowledge base: it may be a spelling rules/kb lacks, "
                   "so this is reported one severity lower.")
    known = kb.offices.get(office)
    if known and a.valid:
        terms = holders_during(kb, known, a.valid)
        if terms:
            why.append(f"Reference: {', '.join(terms)}.")
    if gap is not None:
        why.append(f"The times do not meet, but lie {(gap.end - gap.start).days} days apart, and the reference "
                   "has one holder all through the days between them, so this is a possible conflict.")
    elif not sure:
        why.append("The dates are known only to their precision, so this is a possible conflict.")
    severity = rule.severity if sure and not spelling else lowered(rule.severity)
    return Finding(rule.id, NAME, severity,
                   rule.render(office=label, subject_a=a.subject.name, subject_b=b.subject.name),
                   Subject(f"office:{office}", label),
                   tuple(EvidenceItem.of(f, index, title_value(f)) for f in (a, b, *saying_a[1:], *saying_b[1:])),
                   " ".join(why), rule.fingerprint_id)
