"""How far the knowledge base reaches: `factcheck kb stats`.

An editor needs to know what the checker can judge: a title claim is compared with
the reference only between an office's `known_from` and the day its holders were last
reviewed, and a name is read only in the spellings listed for it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from factcheck.knowledge.model import OPEN_END, Knowledge


@dataclass(frozen=True)
class OfficeCoverage:
    """One office: the period its holder list covers, and how many terms fill it."""

    id: str
    label: str
    known_from: str | None
    reviewed: str | None
    one_holder: bool
    holders: int
    terms: int
    acting: int
    vacancies: int
    wikidata: str | None


@dataclass(frozen=True)
class PersonCoverage:
    """One person: how many spellings the matcher reads, and what the record holds."""

    id: str
    name: str
    en: str
    spellings: int
    offices: int
    born: str | None
    died: str | None


def office_coverage(kb: Knowledge) -> list[OfficeCoverage]:
    """Every office, by id."""
    rows = []
    for office in sorted(kb.offices.values(), key=lambda o: o.id):
        known = office.known_from
        rows.append(OfficeCoverage(
            office.id, office.label, known.isoformat() if known != OPEN_END else None,
            office.reviewed.isoformat() if office.reviewed else None, office.max_holders == 1,
            len({h.person for h in office.holders}), len(office.holders),
            sum(h.acting for h in office.holders), len(office.vacancies), office.wikidata))
    return rows


def person_coverage(kb: Knowledge) -> list[PersonCoverage]:
    """Every person, by id."""
    return [PersonCoverage(e.id, e.name, e.en, len(e.spellings), len({h.office for h in kb.holdings_of(e.id)}),
                           e.born.iso() if e.born else None, e.died.iso() if e.died else None)
            for e in sorted(kb.entities.values(), key=lambda e: e.id) if e.kind == "person"]


def coverage_json(kb: Knowledge) -> dict[str, Any]:
    """The `kb stats --format json` object."""
    offices, people = office_coverage(kb), person_coverage(kb)
    return {"totals": _totals(kb), "offices": [asdict(o) for o in offices], "people": [asdict(p) for p in people]}


def _totals(kb: Knowledge) -> dict[str, int]:
    people = [e for e in kb.entities.values() if e.kind == "person"]
    return {"offices": len(kb.offices), "terms": sum(len(o.holders) for o in kb.offices.values()),
            "people": len(people), "spellings": sum(len(e.spellings) for e in people),
            "places": len(kb.entities) - len(people), "events": len(kb.events), "series": len(kb.series)}


def coverage_text(kb: Knowledge) -> str:
    """Two tables an editor reads: offices with the period they cover, people with their spellings."""
    totals = _totals(kb)
    lines = [", ".join(f"{v} {k}" for k, v in totals.items()), "",
             f"{'office':36} {'covered':25} {'holders':>7} {'terms':>5} {'acting':>6} {'vacant':>6}  label"]
    for o in office_coverage(kb):
        period = f"{o.known_from or '—'} … {o.reviewed or 'unreviewed'}"
        note = "" if o.one_holder else " (several at once; not complete)"
        # the Arabic label last, so a terminal's bidi ordering cannot scramble the figures
        lines.append(f"{o.id:36} {period:25} {o.holders:7} {o.terms:5} {o.acting:6} {o.vacancies:6}  "
                     f"\u2068{o.label}\u2069{note}")
    lines += ["", f"{'person':40} {'spellings':>9} {'offices':>7} {'born':10} {'died':10}  name"]
    for p in person_coverage(kb):
        lines.append(f"{p.id:40} {p.spellings:9} {p.offices:7} {p.born or '—':10} {p.died or '—':10}  "
                     f"\u2068{p.name}\u2069")
    return "\n".join(lines) + "\n"
