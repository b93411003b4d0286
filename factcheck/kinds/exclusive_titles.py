"""exclusive_titles: one person holds two offices that cannot be held together, at once.

Fires (asharq-2024-09-14): "...مع الأمين العام لمجلس الأمن الروسي سيرغي شويغو..." and,
in the same article, "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في
مايو (أيار)." — secretary and chair of the council, both in September 2024.

Does not fire: "وزير الدفاع الروسي سيرغي شويغو ... في تموز/ يوليو الماضي" (2023) against
"الأمين العام لمجلس الأمن الروسي سيرغي شويغو" (2024) when the rule pairs those offices:
the times do not meet. Nor "وزير الدفاع سيرغي شويغو" against "أمين مجلس الأمن" on 12 May
2024: rules/kb has him leave the one and take the other that day.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject, certainly_overlap
from factcheck.findings import Cleared, EvidenceItem, Finding, lowered
from factcheck.kinds._partitions import by_subject
from factcheck.kinds._titles import (
    cleared_titles,
    gap_between,
    holders_during,
    no_move_throughout,
    office_label,
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

NAME = "exclusive_titles"
FIELDS = ("subject", "office_a", "office_b")
BOTH_IN_REFERENCE = "the reference has the person in both offices then (one left for the other)"
partition = by_subject("holds_title")  # a person's claims


class Params(BaseModel):
    """The offices no one holds two of at the same time."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    offices: list[str] = Field(min_length=2, description="office ids from rules/kb")
    near_days: int = Field(default=3, ge=0, description=(
        "claims this many days apart are compared too when rules/kb, complete then, has the person "
        "take or leave neither office between them"))


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding | Cleared]:
    """One finding per person and pair of claims (which office, in what words, when); the pairs let stand, cleared.

    A person's claims are swept by time (_titles.sweep), never tried pair by pair; claims a
    few days apart are compared when rules/kb has the person take or leave neither office
    between them ("أمس" in one article, the day of publication in the next).
    """
    params: Params = rule.params  # type: ignore[assignment]
    wanted = set(params.offices)
    told: set[tuple[str, str]] = set()  # (subject, reason) cleared already: one entry each
    for subject_id, facts in index.subjects("holds_title").items():
        claims, saying = same_claims([f for f in facts if f.value["office"] in wanted], lambda f: f.value["office"])
        pairs = sweep(claims, lambda f: f.value["office"], index.want_cleared, params.near_days)
        for i, j in pairs.meeting:
            more_a, more_b = sorted((saying[i], saying[j]), key=lambda c: params.offices.index(c[0].value["office"]))
            gap = gap_between(more_a[0], more_b[0])
            if gap is not None and not (more_a[0].subject.known and no_move_throughout(
                    kb, subject_id, (more_a[0].value["office"], more_b[0].value["office"]), gap)):
                continue  # days apart, and the person may have moved between them
            if reference_has_both(kb, more_a[0], more_b[0]):
                if index.want_cleared and (subject_id, BOTH_IN_REFERENCE) not in told:
                    told.add((subject_id, BOTH_IN_REFERENCE))
                    yield cleared_titles(rule, NAME, Subject(more_a[0].subject.id, more_a[0].subject.name), index,
                                         more_a[0], more_b[0], BOTH_IN_REFERENCE)
                continue
            yield _finding(rule, index, kb, more_a, more_b, gap)
        for i, j in pairs.let_stand:
            a, b = sorted((claims[i], claims[j]), key=lambda f: params.offices.index(f.value["office"]))
            reason = stands(a, b, describe=True)
            if reason is not None and (subject_id, reason) not in told:
                told.add((subject_id, reason))
                yield cleared_titles(rule, NAME, Subject(a.subject.id, a.subject.name), index, a, b, reason)


def _finding(rule: Rule, index: FactIndex, kb: Knowledge, saying_a: list[Fact], saying_b: list[Fact],
             gap: TimeSpan | None) -> Finding:
    """The finding of two claims, each with every fact that makes it; the first of each explains it."""
    a, b = saying_a[0], saying_b[0]
    sure = certainly_overlap(a.valid_at, b.valid_at)
    label_a, label_b = office_label(kb, a.value["office"]), office_label(kb, b.value["office"])
    why = [f"{who(a.subject)} is called {label_a} ({a.valid_at}, {a.valid_at.basis}) and "
           f"{label_b} ({b.valid_at}, {b.valid_at.basis}); rule {rule.id} says one person "
           f"cannot hold both, and the times {'meet' if sure else 'may meet'}."]
    for fact in (a, b):
        office = kb.offices.get(fact.value["office"])
        if office and fact.valid:
            holders = holders_during(kb, office, fact.valid, excluding=fact.subject.id)
            if holders:
                why.append(f"Reference: {office.label} was held by {', '.join(holders)}.")
    if gap is not None:
        why.append(f"The times do not meet, but lie {(gap.end - gap.start).days} days apart, and the reference "
                   "has the person take or leave neither office between them, so this is a possible conflict.")
    elif not sure:
        why.append("The dates are known only to their precision, so this is a possible conflict.")
    return Finding(rule.id, NAME, rule.severity if sure else lowered(rule.severity),
                   rule.render(subject=a.subject.name, office_a=label_a, office_b=label_b),
                   Subject(a.subject.id, a.subject.name),
                   tuple(EvidenceItem.of(f, index, title_value(f)) for f in (a, b, *saying_a[1:], *saying_b[1:])),
                   " ".join(why), rule.fingerprint_id)
