"""What the title kinds share: which title claims say the person holds the office then."""

from __future__ import annotations

from factcheck.facts import Fact, Subject
from factcheck.knowledge import Knowledge, Office
from factcheck.text.dates import TimeSpan

# A claim with one of these does not say the office is held at valid_at; "new" (الجديد) is
# also said between the choice and the start of the term, while the one before still holds it.
NOT_HOLDING = frozenset({"former", "ended", "elect", "new"})


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
