"""Reference knowledge and lexicons: rules/kb + rules/lexicon → entities, offices, word lists.

Everything here is data an editor can change without touching Python: who is who
(with the spellings the house accepts), which offices exist and who held them when
(each term with a source), and the words titles, countries and dates are made of.
Every file is validated against its schema; the knowledge base is also checked for
its own consistency (no two holders of a one-holder office at once), as Wikidata's
constraints never do (shared/research/prior-art.md §c).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.schemas import validate
from factcheck.text.dates import Calendar, TimeSpan
from factcheck.text.lexicon import key
from factcheck.text.names import name_key
from factcheck.text.normalize import fold
from factcheck.text.numbers import NumberReader
from factcheck.yamlsource import YamlDocument, YamlError, load_yaml

OPEN_END = date(9999, 12, 31)


@dataclass(frozen=True)
class Entity:
    """A person or place the knowledge base knows, with its accepted spellings."""

    id: str
    kind: str  # person | place
    name: str  # the house spelling
    en: str
    variants: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str
    born: TimeSpan | None = None
    died: TimeSpan | None = None
    country: str | None = None  # a place stands for its country among an event's participants

    def spelling(self, surface: str) -> str:
        """How a written form relates to house style: house, variant, alias or unlisted."""
        key = spelling_key(surface)
        if key == spelling_key(self.name):
            return "house"
        if key in {spelling_key(v) for v in self.variants}:
            return "variant"
        if key in {spelling_key(a) for a in self.aliases}:
            return "alias"
        return "unlisted"


def spelling_key(text: str) -> str:
    """How a name is spelled, ignoring what does not change the spelling (marks, hyphen or space)."""
    return key(text.replace("-", " "))


@dataclass(frozen=True)
class Holding:
    """One term of one person in one office."""

    office: str
    person: str
    span: TimeSpan  # end is OPEN_END while in office
    source: str
    note: str | None = None

    @property
    def open(self) -> bool:
        """Still in office when the knowledge base was reviewed."""
        return self.span.end == OPEN_END

    def describe(self) -> str:
        """"2012-11-06 to 2024-05-14" or "since 2024-05-14"."""
        start = self.span.iso().split("/")[0]
        if self.open:
            return f"since {start}"
        return f"{start} to {TimeSpan(self.span.end, self.span.end, 'day').iso()}"


@dataclass(frozen=True)
class Office:
    """An office, the roles (title words) that name it, and its holders over time."""

    id: str
    label: str
    en: str
    country: str
    roles: tuple[str, ...]
    max_holders: int | None
    holders: tuple[Holding, ...]

    @property
    def known_from(self) -> date:
        """Before this day the holder list is not claimed to be complete."""
        return min((h.span.start for h in self.holders), default=OPEN_END)

    def holders_during(self, span: TimeSpan) -> list[Holding]:
        """Terms that share at least a day with `span`."""
        return [h for h in self.holders if h.span.overlaps(span)]


@dataclass(frozen=True)
class Role:
    """A title word: its forms (templates), fixed country, heads-of bodies, office or not."""

    id: str
    forms: tuple[str, ...]
    orgs: tuple[str, ...]
    country: str | None
    is_office: bool


@dataclass(frozen=True)
class Country:
    """A country as it qualifies titles."""

    id: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class Event:
    """A one-time event with its date (a span for one that lasted), or a member of a series."""

    id: str
    label: str
    span: TimeSpan
    source: str
    triggers: tuple[tuple[str, ...], ...] = ()
    ongoing: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    participants_in: str = "clause"
    series: str | None = None

    @property
    def lasted(self) -> bool:
        """Whether the event spans more than its precision's unit (a war, not a signing)."""
        return self.span.start != self.span.end and self.span.precision == "day"


@dataclass(frozen=True)
class Series:
    """Events of one kind that recur (visits, meetings), in date order."""

    id: str
    label: str
    triggers: tuple[tuple[str, ...], ...]
    participants: tuple[str, ...]
    participants_in: str
    complete: bool
    members: tuple[Event, ...]

    def before(self, day: TimeSpan) -> list[Event]:
        """Members that had begun before `day` began."""
        return [m for m in self.members if m.span.start < day.start]


@dataclass(frozen=True)
class EventWords:
    """The event lexicon (rules/lexicon/events.yaml), folded."""

    ordinal_markers: dict[str, int]
    anniversary: tuple[str, ...]
    count_negations: tuple[str, ...]
    count_limits: tuple[str, ...]
    times: dict[str, int]
    times_unit: tuple[str, ...]


@dataclass(frozen=True)
class Measure:
    """A declared quantity: what is counted, about whom, as of when, how precisely."""

    id: str
    label: str
    unit: str
    participants: frozenset[str]
    participants_in: str  # clause | sentence
    context: tuple[str, ...]
    time: str  # published | sentence
    tolerance: float
    monotonic: bool


@dataclass
class Knowledge:
    """All reference knowledge and lexicons of one rules tree."""

    entities: dict[str, Entity]
    offices: dict[str, Office]
    roles: dict[str, Role]
    countries: dict[str, Country]
    qualifiers: dict[str, tuple[str, ...]]
    verbs: dict[str, tuple[str, ...]]
    calendar: Calendar
    function_words: frozenset[str]
    name_enders: frozenset[str]
    speech_verbs: frozenset[str]
    numbers: NumberReader
    event_words: EventWords
    quantity_words: dict[str, Any]
    measures: dict[str, Measure]
    events: dict[str, Event]
    series: dict[str, Series]
    # derived from the above in __post_init__, never passed in (dataclasses.replace rebuilds them)
    name_index: dict[str, tuple[str, ...]] = field(init=False)
    _by_role: dict[tuple[str, str], Office] = field(init=False)
    _by_person: dict[str, list[Holding]] = field(init=False)

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for form in (entity.name, *entity.variants, *entity.aliases):
                index[name_key(fold(form))].add(entity.id)
        self.name_index = {k: tuple(sorted(v)) for k, v in index.items()}
        self._by_role, self._by_person = {}, {}
        for office in self.offices.values():
            for role in office.roles:
                self._by_role.setdefault((role, office.country), office)
            for holding in office.holders:
                self._by_person.setdefault(holding.person, []).append(holding)

    def office_for(self, role: str, country: str) -> Office | None:
        """The office a role names in a country ("president" of "ru" → ru.president)."""
        return self._by_role.get((role, country))

    def holdings_of(self, person: str, office: str | None = None) -> list[Holding]:
        """A person's terms, in one office or all."""
        return [h for h in self._by_person.get(person, []) if office in (None, h.office)]

    def offices_with_role(self, person: str, role: str) -> list[Office]:
        """Offices of this role the person ever held: resolves a title said without a country."""
        ids = {h.office for h in self.holdings_of(person)}
        return [self.offices[i] for i in sorted(ids) if role in self.offices[i].roles]


# -- loading ------------------------------------------------------------------------------
LEXICON_FILES = ("calendar", "countries", "titles", "function_words", "numbers", "events", "quantities")


def _read(path: Path, schema: str, errors: list[SourceError]) -> YamlDocument | None:
    shown = display_path(path)
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, OSError) as exc:
        errors.append(SourceError(shown, 0, 0, f"cannot read: {exc}"))
        return None
    except YamlError as exc:
        errors.append(SourceError(shown, exc.line, exc.col, str(exc)))
        return None
    found = validate(doc, schema, shown)
    errors.extend(found)
    return None if found else doc


def _span(text: str | int, end: bool = False) -> TimeSpan:
    span = TimeSpan.parse(str(text))
    return TimeSpan(span.end, span.end, "day") if end else span


def _entities(docs: Iterable[tuple[Path, YamlDocument]], errors: list[SourceError]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for path, doc in docs:
        for section, kind in (("people", "person"), ("places", "place")):
            for i, item in enumerate(doc.value.get(section, [])):
                if item["id"] in entities:
                    line, col = doc.position((section, i, "id"))
                    errors.append(SourceError(display_path(path), line, col,
                                              f"duplicate entity id {item['id']!r}"))
                    continue
                entities[item["id"]] = Entity(
                    id=item["id"], kind=kind, name=item["name"], en=item.get("en", ""),
                    variants=tuple(item.get("variants", [])), aliases=tuple(item.get("aliases", [])),
                    source=item["source"],
                    born=_span(item["born"]) if "born" in item else None,
                    died=_span(item["died"]) if "died" in item else None,
                    country=item.get("country"))
    return entities


def _office(item: Mapping[str, Any]) -> Office:
    holders = []
    for h in item.get("holders", []):
        start = _span(h["start"])
        end = _span(h["end"], end=True).end if h.get("end") else OPEN_END
        holders.append(Holding(item["id"], h["person"], TimeSpan(start.start, end, "day"),
                               h["source"], h.get("note")))
    return Office(item["id"], item["label"], item.get("en", ""), item["country"],
                  tuple(item["roles"]), item.get("max_holders"), tuple(holders))


def _check_offices(path: Path, doc: YamlDocument, offices: list[Office],
                   entities: Mapping[str, Entity], errors: list[SourceError]) -> None:
    """The knowledge base must agree with itself before news is checked against it."""
    shown = display_path(path)
    for i, office in enumerate(offices):
        for j, holding in enumerate(office.holders):
            if holding.person not in entities:
                line, col = doc.position(("offices", i, "holders", j, "person"))
                errors.append(SourceError(shown, line, col,
                                          f"unknown person {holding.person!r} in {office.id}",
                                          "add the person to rules/kb/people.yaml"))
            if holding.span.end < holding.span.start:
                line, col = doc.position(("offices", i, "holders", j, "end"))
                errors.append(SourceError(shown, line, col, f"term in {office.id} ends before it starts"))
        if office.max_holders == 1:
            terms = sorted(office.holders, key=lambda h: h.span.start)
            for j, (a, b) in enumerate(zip(terms, terms[1:])):
                if b.span.start < a.span.end:  # a handover day is shared, not an overlap
                    line, col = doc.position(("offices", i, "holders"))
                    errors.append(SourceError(
                        shown, line, col,
                        f"{office.id} has one holder, but {a.person} ({a.describe()}) and "
                        f"{b.person} ({b.describe()}) overlap"))


def load_knowledge(root: Path, fallback: Path | None = None) -> Knowledge:
    """Load rules/kb and rules/lexicon under `root`; folders it lacks come from `fallback`."""
    errors: list[SourceError] = []

    def folder(name: str) -> Path:
        here = root / name
        return here if here.is_dir() or fallback is None else fallback / name

    kb_docs = []
    for path in sorted(folder("kb").glob("*.yaml")):
        doc = _read(path, "kb", errors)
        if doc is not None:
            kb_docs.append((path, doc))
    lexicon: dict[str, Any] = {}
    for name in LEXICON_FILES:
        path = folder("lexicon") / f"{name}.yaml"
        if not path.is_file():
            errors.append(SourceError(display_path(path), 0, 0, "lexicon file is missing"))
            continue
        doc = _read(path, f"lexicon-{name}", errors)
        if doc is not None:
            lexicon[name] = doc.value
    entities = _entities(kb_docs, errors)
    offices: dict[str, Office] = {}
    for path, doc in kb_docs:
        loaded = [_office(item) for item in doc.value.get("offices", [])]
        _check_offices(path, doc, loaded, entities, errors)
        for office in loaded:
            offices[office.id] = office
    events, series = _events(folder("events"), entities, lexicon.get("countries"), errors)
    measures = _measures(folder("measures"), entities, lexicon, errors)
    if errors:
        raise SourceErrors(errors)
    return _assemble(entities, offices, events, series, measures, lexicon)


def _measures(folder: Path, entities: Mapping[str, Entity], lexicon: Mapping[str, Any],
              errors: list[SourceError]) -> dict[str, Measure]:
    """Declared measures; each unit must be a unit of the lexicon, each participant known."""
    units = {u["id"] for u in lexicon.get("quantities", {}).get("units", [])}
    known = set(entities) | {f"country:{c['id']}" for c in lexicon.get("countries", {}).get("countries", [])}
    default = lexicon.get("quantities", {}).get("default_tolerance", 0.1)
    measures: dict[str, Measure] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = _read(path, "measures", errors)
        if doc is None:
            continue
        shown = display_path(path)
        for i, item in enumerate(doc.value["measures"]):
            problems: list[tuple[tuple[str | int, ...], str]] = []
            if item["unit"] not in units:
                problems.append((("unit",), f"unknown unit {item['unit']!r}"))
            problems += [(("participants", j), f"unknown participant {who!r}")
                         for j, who in enumerate(item.get("participants", [])) if who not in known]
            if item["id"] in measures:
                problems.append((("id",), f"duplicate measure id {item['id']!r}"))
            for where, message in problems:
                line, col = doc.position(("measures", i, *where))
                errors.append(SourceError(shown, line, col, message))
            measures[item["id"]] = Measure(
                item["id"], item["label"], item["unit"], frozenset(item.get("participants", [])),
                item.get("participants_in", "clause"), tuple(fold(w) for w in item.get("context", [])), item["time"],
                item.get("tolerance", default), item.get("monotonic") == "increasing")
    return measures


def _event_span(item: Mapping[str, Any]) -> TimeSpan:
    start = _span(item["date"])
    if "end" not in item:
        return start
    return TimeSpan(start.start, _span(item["end"]).end, "day")


def _groups(item: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in item["triggers"])


def _events(folder: Path, entities: Mapping[str, Entity], countries: Mapping[str, Any] | None,
            errors: list[SourceError]) -> tuple[dict[str, Event], dict[str, Series]]:
    """Declared events and series; every participant must be known."""
    known = set(entities) | {f"country:{c['id']}" for c in (countries or {}).get("countries", [])}
    events: dict[str, Event] = {}
    series: dict[str, Series] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = _read(path, "events", errors)
        if doc is None:
            continue
        shown = display_path(path)
        for section in ("events", "series"):
            for i, item in enumerate(doc.value.get(section, [])):
                for j, who in enumerate(item.get("participants", [])):
                    if who not in known:
                        line, col = doc.position((section, i, "participants", j))
                        errors.append(SourceError(shown, line, col, f"unknown participant {who!r}",
                                                  "participants are entity ids from rules/kb or country:<id>"))
                ids = [item["id"]] + [m["id"] for m in item.get("members", [])]
                for name in ids:
                    if name in events or name in series:
                        line, col = doc.position((section, i, "id"))
                        errors.append(SourceError(shown, line, col, f"duplicate event id {name!r}"))
                if section == "events":
                    events[item["id"]] = Event(
                        item["id"], item["label"], _event_span(item), item["source"], _groups(item),
                        tuple(item.get("ongoing", [])), tuple(item.get("context", [])),
                        tuple(item.get("participants", [])), item.get("participants_in", "clause"))
                    continue
                members = tuple(sorted((Event(m["id"], item["label"], _event_span(m), m["source"],
                                              series=item["id"]) for m in item["members"]),
                                       key=lambda e: e.span.start))
                series[item["id"]] = Series(item["id"], item["label"], _groups(item),
                                            tuple(item.get("participants", [])),
                                            item.get("participants_in", "clause"),
                                            item.get("complete", False), members)
                events.update({m.id: m for m in members})
    return events, series


def _event_words(lexicon: Mapping[str, Any]) -> EventWords:
    return EventWords(
        ordinal_markers={fold(n): m["ordinal"] for m in lexicon["ordinal_markers"] for n in m["names"]},
        anniversary=tuple(fold(w) for w in lexicon["anniversary"]),
        count_negations=tuple(fold(w) for w in lexicon["count_negations"]),
        count_limits=tuple(fold(w) for w in lexicon["count_limits"]),
        times={fold(n): t["count"] for t in lexicon["times"] for n in t["names"]},
        times_unit=tuple(fold(w) for w in lexicon["times_unit"]))


def _assemble(entities: dict[str, Entity], offices: dict[str, Office], events: dict[str, Event],
              series: dict[str, Series], measures: dict[str, Measure], lexicon: Mapping[str, Any]) -> Knowledge:
    titles, countries, words = lexicon["titles"], lexicon["countries"], lexicon["function_words"]
    return Knowledge(
        entities=entities,
        offices=offices,
        roles={r["id"]: Role(r["id"], tuple(r["forms"]), tuple(r.get("orgs", [])),
                             r.get("country"), r.get("office", True)) for r in titles["roles"]},
        countries={c["id"]: Country(c["id"], tuple(c["names"]), tuple(c["adjectives"]))
                   for c in countries["countries"]},
        qualifiers={k: tuple(v) for k, v in titles["qualifiers"].items()},
        verbs={k: tuple(v) for k, v in titles["verbs"].items()},
        calendar=Calendar.from_lexicon(lexicon["calendar"]),
        function_words=frozenset(fold(w) for w in words["function_words"]),
        name_enders=frozenset(fold(w) for w in words["name_enders"]),
        speech_verbs=frozenset(fold(w) for w in words["speech_verbs"]),
        numbers=NumberReader.from_lexicon(lexicon["numbers"]),
        event_words=_event_words(lexicon["events"]),
        quantity_words=dict(lexicon["quantities"]),
        measures=measures,
        events=events,
        series=series,
    )
