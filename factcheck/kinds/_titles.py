"""What the title kinds share: which title claims say the person holds the office then."""

from __future__ import annotations

from factcheck.facts import Fact, FactIndex, Subject, may_overlap
from factcheck.findings import Cleared, EvidenceItem
from factcheck.knowledge import Knowledge, Office
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

# A claim with one of these does not say the office is held at valid_at; "new" (الجديد) is
# also said between the choice and the start of the term, while the one before still holds it.
NOT_HOLDING = frozenset({"former", "ended", "elect", "new"})


_QUALIFIER_WORDS = {"former": "السابق", "ended": "السابق", "elect": "المنتخب", "new": "الجديد", "then": "آنذاك"}


def why_not_holding(fact: Fact) -> str | None:
    """Why a title claim says nothing of the office held at its time, or None if it does."""
    if fact.valid is None:
        return f"«{fact.evidence.text}» has no time the checker could read"
    qualifiers = [q for q in fact.qualifiers if q in NOT_HOLDING] or (
        ["then"] if "then" in fact.qualifiers and fact.valid_at.basis == "published" else [])
    if not qualifiers:
        return None
    words = ", ".join(f"{_QUALIFIER_WORDS[q]} ({q})" for q in qualifiers)
    return f"«{fact.evidence.text}» is qualified {words}: not a claim that the office is held on {fact.valid_at}"


def apart(a: Fact, b: Fact) -> str:
    """The reason two title claims whose times do not meet stand together."""
    return (f"different times: {a.valid_at} ({a.valid_at.basis}) and {b.valid_at} ({b.valid_at.basis}) "
            "do not meet")


def stands(a: Fact, b: Fact, describe: bool) -> str | None:
    """Why two title claims cannot clash (a qualifier, times that do not meet), or None if they may.

    The reason is written out only when `describe`: formatting it for every pair of a
    large corpus costs more than the comparison.
    """
    reason = why_not_holding(a) or why_not_holding(b)
    if reason is None and not may_overlap(a.valid_at, b.valid_at):
        return apart(a, b) if describe else "different times"
    return reason


def cleared_titles(rule: Rule, kind: str, subject: Subject, index: FactIndex, a: Fact, b: Fact,
                   reason: str) -> Cleared:
    """Two title claims a rule compared and let stand."""
    return Cleared(rule.id, kind, subject, reason,
                   (EvidenceItem.of(a, index, title_value(a)), EvidenceItem.of(b, index, title_value(b))))


def holding(fact: Fact) -> bool:
    """A title claim that says the office is held at its valid time, a time that is known."""
    if fact.valid is None or NOT_HOLDING & set(fact.qualifiers):
        return False
    return not ("then" in fact.qualifiers and fact.valid_at.basis == "published")


def office_label(kb: Knowledge, office: str) -> str:
    """The house label of an office, or its id when the knowledge base lacks it."""
    known = kb.offices.get(office)
    return known.label if known else office


def holders_during(kb: Knowledge, office: Office, span: TimeSpan, excluding: str | None = None) -> list[str]:
    """Who held the office during `span`, each as "name (term; source)", for an explanation."""
    return [f"{kb.entities[h.person].name} ({h.describe()}; {h.source})"
            for h in office.holders_during(span) if h.person != excluding]


def title_value(fact: Fact) -> str:
    """A title claim as a reader wants it: the words, and the qualifier if any."""
    qualifiers = [q for q in fact.qualifiers if q != "then"]
    return fact.value["label"] + (f" ({', '.join(qualifiers)})" if qualifiers else "")


def who(subject: Subject) -> str:
    """A subject's name, saying when the knowledge base does not know the person."""
    return subject.name if subject.known else f"{subject.name} (not in the knowledge base)"
