"""The knowledge base must agree with itself before news is checked against it.

Wikidata's constraints only warn (shared/research/prior-art.md §c); here each of
these is an error with its file, line and column, because a wrong reference turns
into wrong findings on every article:

- every person, place and country named anywhere exists;
- every role an office names is a title of rules/lexicon/titles.yaml, and its country
  a country of rules/lexicon/countries.yaml;
- a term ends after it starts and lies within its holder's life;
- the terms of a one-holder office do not overlap (acting terms aside), and leave no
  stretch longer than HANDOVER_DAYS without a holder unless it is a declared vacancy:
  the holder list claims to be complete;
- one spelling names one entity: a variant or alias shared by two would make both
  unreadable (the name matcher accepts only a spelling that names exactly one).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.errors import SourceError
from factcheck.knowledge.model import Knowledge, Office
from factcheck.knowledge.origins import Origins, Where, term_entry
from factcheck.text.names import name_key
from factcheck.text.normalize import fold

HANDOVER_DAYS = 14  # a longer stretch without any holder must be declared under `gaps`


def check_knowledge(kb: Knowledge, origins: Origins) -> list[SourceError]:
    """Every inconsistency of the assembled knowledge, placed in its file."""
    for office in kb.offices.values():
        _office_words(kb, office, origins)
        _terms(kb, office, origins)
        if office.max_holders == 1:
            _one_holder(office, origins)
    _participants(kb, origins)
    _members_of(kb, origins)
    _spellings(kb, origins)
    return sorted(origins.errors, key=lambda e: (e.path, e.line, e.col))


def _office_words(kb: Knowledge, office: Office, origins: Origins) -> None:
    entry = f"office:{office.id}"
    for j, role in enumerate(office.roles):
        if role not in kb.roles:
            origins.error(entry, ("roles", j), f"unknown role {role!r} in {office.id}",
                          "roles are the ids of rules/lexicon/titles.yaml")
    if office.country not in kb.countries:
        origins.error(entry, ("country",), f"unknown country {office.country!r} in {office.id}",
                      "countries are the ids of rules/lexicon/countries.yaml")


def _terms(kb: Knowledge, office: Office, origins: Origins) -> None:
    entry = f"office:{office.id}"
    for j, term in enumerate(office.holders):
        at = term_entry(office.id, j)
        person = kb.entities.get(term.person)
        if person is None:
            origins.error(at, ("person",), f"unknown person {term.person!r} in {office.id}",
                          "add the person to a file of rules/kb/")
            continue
        if term.span.end < term.span.start:
            origins.error(at, ("end",), f"term in {office.id} ends before it starts")
        if term.elected and term.elected > term.span.start:
            origins.error(at, ("elected",), f"term in {office.id} starts before its election")
        if term.end_announced and not term.span.start <= term.end_announced <= term.span.end:
            origins.error(at, ("end_announced",), f"the end of a term in {office.id} is announced outside the term")
        if person.born and term.span.start < person.born.start:
            origins.error(at, ("start",), f"{person.en or person.id} starts a term in {office.id} before being born "
                          f"({person.born.iso()})")
        if person.died and term.span.end > person.died.end:
            origins.error(at, ("end" if not term.open else "start",),
                          f"{person.en or person.id} holds {office.id} after dying ({person.died.iso()})",
                          "end the term on the day of death")
    for j, vacancy in enumerate(office.vacancies):
        if vacancy.span.end < vacancy.span.start:
            origins.error(entry, ("gaps", j, "end"), f"vacancy in {office.id} ends before it starts")


def _one_holder(office: Office, origins: Origins) -> None:
    """No two full terms at once; no hole longer than a handover that is not declared."""
    entry = f"office:{office.id}"
    position = {id(term): j for j, term in enumerate(office.holders)}
    full = sorted((t for t in office.holders if not t.acting), key=lambda t: t.span.start)
    for a, b in zip(full, full[1:]):
        if b.span.start < a.span.end:  # a handover day is shared, not an overlap
            origins.error(term_entry(office.id, position[id(b)]), ("start",),
                          f"{office.id} has one holder, but {a.person} ({a.describe()}) and "
                          f"{b.person} ({b.describe()}) overlap",
                          "mark an acting term `acting: true`")
    for j, vacancy in enumerate(office.vacancies):
        for term in full:
            if term.span.start < vacancy.span.end and vacancy.span.start < term.span.end:
                origins.error(entry, ("gaps", j, "start"),
                              f"vacancy {vacancy.span.iso()} of {office.id} overlaps the term of "
                              f"{term.person} ({term.describe()})")
    covered = sorted([(t.span.start, t.span.end, term_entry(office.id, j), ("start",))
                      for j, t in enumerate(office.holders)]
                     + [(v.span.start, v.span.end, entry, ("gaps", j, "start")) for j, v in enumerate(office.vacancies)])
    reach = None
    for start, end, at, where in covered:
        if reach is not None and (start - reach).days > HANDOVER_DAYS:
            origins.error(at, where,
                          f"{office.id} has no holder from {reach.isoformat()} to {start.isoformat()}",
                          "add the holder (acting: true for an acting one) or declare the vacancy under gaps")
        reach = end if reach is None else max(reach, end)


def _participants(kb: Knowledge, origins: Origins) -> None:
    known = set(kb.entities) | {f"country:{c}" for c in kb.countries}
    declared: list[tuple[str, tuple[str | int, ...], tuple[str, ...]]] = [
        (e.id, (), e.participants) for e in kb.events.values() if e.series is None]
    declared += [(e.id, ("also_named", i), participants) for e in kb.events.values()
                 for i, (_, participants, _) in enumerate(e.also_named)]
    declared += [(s.id, (), s.participants) for s in kb.series.values()]
    declared += [(s.id, ("also_named", i), participants) for s in kb.series.values()
                 for i, (_, participants, _) in enumerate(s.also_named)]
    for event_id, where, participants in declared:
        if f"event:{event_id}" not in origins.places:
            continue  # derived from a person's life: its participant is that person
        for j, who in enumerate(participants):
            if who not in known:
                origins.error(f"event:{event_id}", (*where, "participants", j), f"unknown participant {who!r}",
                              "participants are entity ids from rules/kb or country:<id>")
    for series in kb.series.values():
        if series.visitor is not None and series.visitor not in series.participants:
            origins.error(f"event:{series.id}", ("visitor",), f"visitor {series.visitor!r} is none of its participants",
                          "the visitor is the participant who travels: list it under participants")


def _members_of(kb: Knowledge, origins: Origins) -> None:
    """An event declared a member of a series is one of its members: a series of that id, a member of its dates."""
    for event in kb.events.values():
        if event.member_of is None:
            continue
        series = kb.series.get(event.member_of)
        if series is None:
            origins.error(f"event:{event.id}", ("member_of",), f"no series {event.member_of!r}",
                          "member_of names a series of rules/events")
        elif not any(m.span == event.span for m in series.members):
            origins.error(f"event:{event.id}", ("member_of",),
                          f"no member of {series.id} is dated {event.span.iso()}",
                          "the series lists the event among its members, with the same dates")


def _spellings(kb: Knowledge, origins: Origins) -> None:
    """A spelling whose key names two entities makes both unreadable there: say which."""
    owners: dict[str, list[tuple[str, Where, str]]] = defaultdict(list)
    for entity in kb.entities.values():
        forms: list[tuple[Where, str]] = [(("name",), entity.name)]
        forms += [(("variants", j), v) for j, v in enumerate(entity.variants)]
        forms += [(("aliases", j), a) for j, a in enumerate(entity.aliases)]
        for where, form in forms:
            owners[name_key(fold(form))].append((entity.id, where, form))
    for found in owners.values():
        ids = sorted({who for who, _, _ in found})
        if len(ids) < 2:
            continue
        for who, where, form in found:
            if who == ids[-1]:
                origins.error(who, where, f"{form!r} names both {ids[0]} and {who}: a spelling must "
                              "name one entity", "drop it from one of them, or list the full name instead")

