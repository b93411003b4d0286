"""Wikidata query results → rules/kb/wikidata.yaml, with hand-edited knowledge winning.

Newsrooms already keep Wikidata; `factcheck kb import result.json` reads what its query
service returns for rules/kb/wikidata.rq (positions held, with start and end, Arabic
names, births and deaths) and writes the terms and people that the hand-edited files
lack into one file of its own. The hand-edited files are never rewritten, so nothing in
them is lost; a Wikidata term that disagrees with one of theirs is left out and named
(prior-art.md §c: Wikidata's dates are often a day off, or a term is missing its end).
Each imported term cites its Wikidata item.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.knowledge import Entity, Knowledge, Office, load_knowledge, spelling_key
from factcheck.text.dates import TimeSpan

IMPORTED = "wikidata.yaml"
_PRECISION = {9: 4, 10: 7, 11: 10}  # Wikidata time precision → characters of an ISO date


@dataclass(frozen=True)
class Row:
    """One binding of the query: one person's term in one position."""

    position: str
    person: str
    name_ar: str | None
    name_en: str | None
    aliases_ar: tuple[str, ...]
    start: str | None
    end: str | None
    born: str | None
    died: str | None


@dataclass
class Plan:
    """What an import writes, and what it leaves out and why."""

    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    terms: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)


def _qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _date(binding: dict[str, Any], name: str) -> str | None:
    """A Wikidata time cut to its precision: "+1972-01-01T00:00:00Z" at precision 9 is "1972"."""
    if name not in binding:
        return None
    value = binding[name]["value"].lstrip("+")
    precision = int(binding.get(f"{name}Precision", {}).get("value", 11))
    if precision < 9:
        return None  # a decade or coarser says nothing a term can use
    return value[:_PRECISION[min(precision, 11)]]


def read_rows(path: Path) -> list[Row]:
    """The bindings of a query-service JSON result; SourceErrors when it is not one."""
    shown = display_path(path)
    try:
        bindings = json.loads(path.read_text("utf-8"))["results"]["bindings"]
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceErrors([SourceError(shown, 0, 0, f"cannot read: {exc}")]) from exc
    except json.JSONDecodeError as exc:
        raise SourceErrors([SourceError(shown, exc.lineno, exc.colno, f"not JSON: {exc.msg}")]) from exc
    except (KeyError, TypeError) as exc:
        raise SourceErrors([SourceError(shown, 1, 1, "not a query-service result: no results.bindings",
                                        "download the result of rules/kb/wikidata.rq as JSON")]) from exc
    rows = []
    for b in bindings:
        if "position" not in b or "person" not in b:
            raise SourceErrors([SourceError(shown, 0, 0, "a binding lacks ?position or ?person",
                                            "run the query of rules/kb/wikidata.rq unchanged")])
        aliases = b.get("aliasesAr", {}).get("value", "")
        rows.append(Row(_qid(b["position"]["value"]), _qid(b["person"]["value"]),
                        b.get("nameAr", {}).get("value"), b.get("nameEn", {}).get("value"),
                        tuple(a for a in aliases.split("|") if a),
                        _date(b, "start"), _date(b, "end"), _date(b, "born"), _date(b, "died")))
    return rows


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def _span(start: str, end: str | None) -> TimeSpan:
    first = TimeSpan.parse(start)
    return TimeSpan(first.start, TimeSpan.parse(end).end if end else TimeSpan.parse("9999").end, "day")


class _Planner:
    """Matches rows to the hand-edited knowledge and decides what to write."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.offices = {o.wikidata: o for o in kb.offices.values() if o.wikidata}
        self.by_item = {e.wikidata: e for e in kb.entities.values() if e.wikidata}
        self.by_name = {e.en.casefold(): e for e in kb.entities.values() if e.kind == "person" and e.en}
        self.plan = Plan()

    def add(self, row: Row) -> None:
        office = self.offices.get(row.position)
        if office is None:
            self.plan.skipped.append(f"{row.position}: no office of rules/kb has this wikidata item "
                                     f"({row.person}, {row.name_en})")
            return
        if row.start is None:
            self.plan.skipped.append(f"{row.person} ({row.name_en}) in {office.id}: no start date")
            return
        known = self.by_item.get(row.person) or self.by_name.get((row.name_en or "").casefold())
        person = known.id if known else self._new_person(row)
        if person is None:
            return
        if known is not None:
            self._spellings(known, row)
        span = _span(row.start, row.end)
        if self._conflicts(office, person, row, span):
            return
        term = {"office": office.id, "person": person, "start": row.start}
        if row.end:
            term["end"] = row.end
        term["source"] = f"https://www.wikidata.org/wiki/{row.person}"
        self.plan.terms.append(term)

    def _new_person(self, row: Row) -> str | None:
        if not row.name_ar:
            self.plan.skipped.append(f"{row.person} ({row.name_en}): no Arabic name on Wikidata; add the person by hand")
            return None
        person = f"person:{_slug(row.name_en or row.person)}"
        if person in self.kb.entities or (person in self.plan.people
                                           and self.plan.people[person]["wikidata"] != row.person):
            person = f"{person}-{row.person.lower()}"
        entry: dict[str, Any] = {"id": person, "name": row.name_ar}
        if row.name_en:
            entry["en"] = row.name_en
        aliases = sorted({a for a in row.aliases_ar if spelling_key(a) != spelling_key(row.name_ar)})
        if aliases:
            entry["aliases"] = aliases
        entry.update({k: v for k, v in (("born", row.born), ("died", row.died)) if v})
        entry["wikidata"] = row.person
        entry["source"] = f"https://www.wikidata.org/wiki/{row.person}"
        self.plan.people[person] = entry
        return person

    def _spellings(self, person: Entity, row: Row) -> None:
        listed = {spelling_key(s) for s in person.spellings}
        for written in (row.name_ar, *row.aliases_ar):
            if written and spelling_key(written) not in listed:
                listed.add(spelling_key(written))
                self.plan.spellings.append(f"{person.id}: Wikidata also writes {written!r}")

    def _conflicts(self, office: Office, person: str, row: Row, span: TimeSpan) -> bool:
        """Whether a hand-edited term says otherwise (named in the plan); it then wins."""
        said = f"{row.start} to {row.end or 'open'} ({row.person})"
        for term in office.holders:
            if not (span.start < term.span.end and term.span.start < span.end):
                continue
            if term.person == person:
                if not _agrees(row, term.span, term.open):
                    self.plan.conflicts.append(
                        f"{office.id}: {person}: Wikidata has {said}, rules/kb has {term.describe()} "
                        f"({term.source}); the hand-edited term wins")
                return True
            if office.max_holders == 1 and not term.acting:
                self.plan.conflicts.append(
                    f"{office.id}: Wikidata has {person} {said}, over the term of {term.person} "
                    f"({term.describe()}, {term.source}); the hand-edited term wins")
                return True
        return False


def _agrees(row: Row, span: TimeSpan, open_: bool) -> bool:
    """Whether a Wikidata term says what a hand-edited one says, at Wikidata's precision ("1989" holds 1989-01-20)."""
    assert row.start is not None
    if not TimeSpan.parse(row.start).contains(TimeSpan.of_day(span.start)):
        return False
    if row.end is None or open_:
        return row.end is None and open_
    return TimeSpan.parse(row.end).contains(TimeSpan.of_day(span.end))


def plan_import(kb: Knowledge, rows: list[Row]) -> Plan:
    """What importing `rows` into the hand-edited knowledge `kb` writes and leaves out."""
    planner = _Planner(kb)
    for row in rows:
        planner.add(row)
    plan = planner.plan
    plan.terms.sort(key=lambda t: (t["office"], t["start"], t["person"]))
    return plan


def _flow(mapping: dict[str, Any]) -> str:
    """One YAML flow mapping; JSON strings are YAML strings."""
    def value(v: Any) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)
    return "{" + ", ".join(f"{k}: {value(v)}" for k, v in mapping.items()) + "}"


def render(plan: Plan, source: str) -> str:
    """The text of rules/kb/wikidata.yaml."""
    lines = [f"# Written by `factcheck kb import` from {source} (the query: rules/kb/wikidata.rq).",
             "# Hand-edited entries in the other files win: a Wikidata term that disagrees with them",
             "# is left out, and named when importing. Do not edit: the next import rewrites this file;",
             "# correct or add a fact in the other files.",
             f"imported: {_flow({'from': source, 'query': 'wikidata.rq'})}",
             "people:" if plan.people else "people: []"]
    lines += [f"  - {_flow(plan.people[p])}" for p in sorted(plan.people)]
    lines.append("terms:" if plan.terms else "terms: []")
    lines += [f"  - {_flow(t)}" for t in plan.terms]
    return "\n".join(lines) + "\n"


def import_results(results: Path, rules: Path, fallback: Path) -> tuple[Plan, Path]:
    """Import a query result into the rules tree `rules`; the plan and the file written.

    The new file replaces the old one only if the whole knowledge base still loads and
    agrees with itself; otherwise the old file stays and the errors are raised.
    """
    rows = read_rows(results)
    kb = load_knowledge(rules, fallback, without=(IMPORTED,))
    plan = plan_import(kb, rows)
    target = rules / "kb" / IMPORTED
    previous = target.read_bytes() if target.exists() else None
    staged = target.with_name(f".{IMPORTED}.new")
    staged.write_text(render(plan, results.name), "utf-8")
    os.replace(staged, target)
    try:
        load_knowledge(rules, fallback)
    except SourceErrors:
        if previous is None:
            target.unlink()
        else:
            staged.write_bytes(previous)
            os.replace(staged, target)
        raise
    return plan, target
