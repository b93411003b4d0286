"""rules/kb, rules/events, rules/measures and rules/lexicon → one `Knowledge`.

Everything here is data an editor can change without touching Python: who is who
(with the spellings the house accepts), which offices exist and who held them when
(each term with a source), and the words titles, countries and dates are made of.
Every file is validated against its schema, then the whole is checked for its own
consistency (consistency.py) before any news is checked against it. Each entry
remembers where it is written (`Origins`), so every error names its file, line and
column, whichever check finds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.knowledge.consistency import check_knowledge
from factcheck.knowledge.model import (
    OPEN_END,
    ArrivalWords,
    Country,
    Entity,
    Event,
    EventWords,
    Holding,
    Knowledge,
    Measure,
    Office,
    Role,
    Series,
    Vacancy,
)
from factcheck.knowledge.origins import Origins, Where
from factcheck.schemas import validate
from factcheck.text.dates import Calendar, TimeSpan
from factcheck.text.normalize import fold, strip_marks
from factcheck.text.numbers import NumberReader
from factcheck.yamlsource import YamlDocument, YamlError, load_yaml

LEXICON_FILES = ("calendar", "countries", "titles", "function_words", "numbers", "events", "quantities",
                 "arrivals")


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


MAX_WORDS = 5_000  # per word list: the shipped lists hold at most a few hundred; each is one pattern


def _word_lists(doc: YamlDocument, shown: str) -> list[SourceError]:
    """Word lists too long to be one pattern, and words written twice in one list.

    A lexicon is read into alternations compiled once; a list of 100,000 words makes
    every sentence slow, and a word twice is a mistake (a spelling with and without
    hamza is two words, so they are compared as written).
    """
    errors: list[SourceError] = []

    def walk(node: Any, at: tuple[str | int, ...]) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, (*at, k))
        elif isinstance(node, list) and node and all(isinstance(w, str) for w in node):
            if len(node) > MAX_WORDS:
                line, col = doc.position(at)
                errors.append(SourceError(shown, line, col, f"{len(node)} words in one list, above the limit of "
                                          f"{MAX_WORDS}", "a lexicon list is one pattern: split it, or trim it"))
            seen: set[str] = set()
            for i, word in enumerate(node):
                if word in seen:
                    line, col = doc.position((*at, i))
                    errors.append(SourceError(shown, line, col, f"{word!r} is listed twice", "remove one"))
                seen.add(word)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*at, i))

    walk(doc.value, ())
    return errors


def load_knowledge(root: Path, fallback: Path | None = None, without: tuple[str, ...] = ()) -> Knowledge:
    """Load rules/kb, events, measures and lexicon under `root`; folders it lacks come from `fallback`.

    `without` names kb files to leave out (the import reads the hand-edited files alone).
    """
    errors: list[SourceError] = []
    origins = Origins()

    def folder(name: str) -> Path:
        here = root / name
        return here if here.is_dir() or fallback is None else fallback / name

    kb_docs = [(display_path(path), doc) for path in sorted(folder("kb").glob("*.yaml"))
               if path.name not in without and (doc := _read(path, "kb", errors)) is not None]
    lexicon: dict[str, Any] = {}
    for name in LEXICON_FILES:
        path = folder("lexicon") / f"{name}.yaml"
        if not path.is_file():
            errors.append(SourceError(display_path(path), 0, 0, "lexicon file is missing"))
            continue
        doc = _read(path, f"lexicon-{name}", errors)
        if doc is not None:
            errors.extend(_word_lists(doc, display_path(path)))
        if doc is not None:
            lexicon[name] = doc.value
    entities = _entities(kb_docs, origins)
    offices = _offices(kb_docs, origins)
    events, series = _events(folder("events"), origins, errors)
    if "events" in lexicon:
        events.update(_life_events(entities, lexicon["events"]))
    measures = _measures(folder("measures"), entities, lexicon, errors)
    errors += origins.errors
    if errors:  # the checks below need every file read and every date parsed
        raise SourceErrors(errors)
    kb = _assemble(entities, offices, events, series, measures, lexicon, _reviewed(kb_docs))
    errors = check_knowledge(kb, origins)
    if errors:
        raise SourceErrors(errors)
    return kb


def _reviewed(docs: list[tuple[str, YamlDocument]]) -> date | None:
    """The earliest `reviewed:` of the kb files: open terms are known to be open until then."""
    days = [TimeSpan.parse(str(doc.value["reviewed"])).end for _, doc in docs if "reviewed" in doc.value]
    return min(days, default=None)


def _entities(docs: list[tuple[str, YamlDocument]], origins: Origins) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for shown, doc in docs:
        for section, kind in (("people", "person"), ("places", "place")):
            for i, item in enumerate(doc.value.get(section, [])):
                if not origins.add(item["id"], shown, doc, (section, i)):
                    continue
                life = {k: origins.span(item["id"], (k,), item[k]) for k in ("born", "died") if k in item}
                entities[item["id"]] = Entity(
                    id=item["id"], kind=kind, name=item["name"], en=item.get("en", ""),
                    variants=tuple(item.get("variants", [])), aliases=tuple(item.get("aliases", [])),
                    source=item["source"], born=life.get("born"), died=life.get("died"),
                    country=item.get("country"), capital=item.get("capital", False),
                    wikidata=item.get("wikidata"))
    return entities


def _offices(docs: list[tuple[str, YamlDocument]], origins: Origins) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    for shown, doc in docs:
        in_file = doc.value.get("reviewed")
        for i, item in enumerate(doc.value.get("offices", [])):
            entry = f"office:{item['id']}"
            if origins.add(entry, shown, doc, ("offices", i)):
                reviewed = item.get("reviewed", in_file)
                span = origins.span(entry, ("reviewed",), reviewed) if reviewed is not None else None
                office = replace(_office(entry, item, origins), reviewed=span.end if span else None)
                for j in range(len(office.holders)):
                    origins.place_term(office.id, j, shown, doc, ("offices", i, "holders", j))
                offices[office.id] = office
    for shown, doc in docs:
        for k, item in enumerate(doc.value.get("terms", [])):
            _add_term(offices, item, origins, shown, doc, ("terms", k))
    return offices


def _add_term(offices: dict[str, Office], item: Mapping[str, Any], origins: Origins,
              shown: str, doc: YamlDocument, where: Where) -> None:
    """A term written apart from its office (rules/kb/wikidata.yaml): appended to the office's holders."""
    office = offices.get(item["office"])
    if office is None:
        line, col = doc.position(where + ("office",))
        origins.errors.append(SourceError(shown, line, col, f"unknown office {item['office']!r}",
                                          "terms: add holders to offices defined in rules/kb"))
        return
    entry = origins.place_term(office.id, len(office.holders), shown, doc, where)
    holding = _holding(entry, (), office.id, item, origins)
    if holding is not None:
        offices[office.id] = replace(office, holders=(*office.holders, holding))


def _holding(entry: str, where: Where, office: str, item: Mapping[str, Any], origins: Origins) -> Holding | None:
    """One term as written (in an office's holders, or under terms:), or None when a date is wrong."""
    span = _range(entry, where, item, origins)
    elected = origins.span(entry, where + ("elected",), item["elected"]) if "elected" in item else None
    announced = origins.span(entry, where + ("end_announced",), item["end_announced"]) if "end_announced" in item else None
    if span is None or ("elected" in item and elected is None) or ("end_announced" in item and announced is None):
        return None
    return Holding(office, item["person"], span, item["source"], item.get("note"), item.get("acting", False),
                   elected.start if elected else None, announced.start if announced else None)


def _range(entry: str, where: Where, item: Mapping[str, Any], origins: Origins) -> TimeSpan | None:
    """`start`–`end` of a term or vacancy as a span of days; no end is open."""
    start = origins.span(entry, where + ("start",), item["start"])
    end = origins.span(entry, where + ("end",), item["end"], end=True) if item.get("end") else None
    if start is None or (item.get("end") and end is None):
        return None
    return TimeSpan(start.start, end.end if end else OPEN_END, "day")


def _office(entry: str, item: Mapping[str, Any], origins: Origins) -> Office:
    holders = [holding for j, h in enumerate(item.get("holders", []))
               if (holding := _holding(entry, ("holders", j), item["id"], h, origins)) is not None]
    vacancies = [Vacancy(span, g["source"], g.get("note")) for j, g in enumerate(item.get("gaps", []))
                 if (span := _range(entry, ("gaps", j), g, origins)) is not None]
    created = origins.span(entry, ("created",), item["created"]) if "created" in item else None
    return Office(item["id"], item["label"], item.get("en", ""), item["country"], tuple(item["roles"]),
                  item.get("max_holders"), tuple(holders), tuple(vacancies),
                  created.start if created else None, item.get("wikidata"))


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
            problems: list[tuple[Where, str]] = []
            if item["unit"] not in units:
                problems.append((("unit",), f"unknown unit {item['unit']!r}"))
            groups = [frozenset([who] if isinstance(who, str) else who) for who in item.get("participants", [])]
            problems += [(("participants", j), f"unknown participant {who!r}")
                         for j, group in enumerate(groups) for who in sorted(group) if who not in known]
            if item["id"] in measures:
                problems.append((("id",), f"duplicate measure id {item['id']!r}"))
            for where, message in problems:
                line, col = doc.position(("measures", i, *where))
                errors.append(SourceError(shown, line, col, message))
            measures[item["id"]] = Measure(
                item["id"], item["label"], item["unit"], tuple(groups),
                item.get("participants_in", "clause"), frozenset(fold(w) for w in item.get("context", [])), item["time"],
                item.get("tolerance", default), item.get("monotonic") == "increasing",
                frozenset(fold(w) for w in item.get("not_context", [])), item.get("same_within_days", 0))
    return measures


def _groups(item: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in item["triggers"])


def _event_span(entry: str, item: Mapping[str, Any], origins: Origins) -> TimeSpan | None:
    start = origins.span(entry, ("date",), item["date"])
    if "end" not in item or start is None:
        return start
    end = origins.span(entry, ("end",), item["end"])
    return TimeSpan(start.start, end.end, "day") if end else None


def _events(folder: Path, origins: Origins,
            errors: list[SourceError]) -> tuple[dict[str, Event], dict[str, Series]]:
    """Declared events and series (participants are checked with the rest, in consistency.py)."""
    events: dict[str, Event] = {}
    series: dict[str, Series] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = _read(path, "events", errors)
        if doc is None:
            continue
        shown = display_path(path)
        for i, item in enumerate(doc.value.get("events", [])):
            entry = f"event:{item['id']}"
            if not origins.add(entry, shown, doc, ("events", i)):
                continue
            span = _event_span(entry, item, origins)
            if span is not None:
                events[item["id"]] = Event(
                    item["id"], item["label"], span, item["source"], _groups(item),
                    tuple(item.get("ongoing", [])), tuple(item.get("context", [])),
                    tuple(item.get("participants", [])), item.get("participants_in", "clause"),
                    announced=item.get("announced", False), member_of=item.get("member_of"),
                    also_named=tuple((_groups(alias), tuple(alias["participants"]),
                                      alias.get("participants_in", "clause"))
                                     for alias in item.get("also_named", [])))
        for i, item in enumerate(doc.value.get("series", [])):
            if not origins.add(f"event:{item['id']}", shown, doc, ("series", i)):
                continue
            members = []
            for j, m in enumerate(item["members"]):
                entry = f"event:{m['id']}"
                if origins.add(entry, shown, doc, ("series", i, "members", j)):
                    span = _event_span(entry, m, origins)
                    if span is not None:
                        members.append(Event(m["id"], item["label"], span, m["source"], series=item["id"]))
            members.sort(key=lambda e: e.span.start)
            series[item["id"]] = Series(item["id"], item["label"], _groups(item),
                                        tuple(item.get("participants", [])),
                                        item.get("participants_in", "clause"),
                                        item.get("complete", False), tuple(members), item.get("visitor"),
                                        tuple((_groups(alias), tuple(alias["participants"]),
                                               alias.get("participants_in", "clause"))
                                              for alias in item.get("also_named", [])))
            events.update({m.id: m for m in members})
    return events, series


def _life_events(entities: Mapping[str, Entity], words: Mapping[str, Any]) -> dict[str, Event]:
    """A person's birth and death, as events the anniversary and elapsed-time kinds can use.

    "الذكرى الثلاثين لوفاة كيم إيل سونغ" counts from 1994-07-08 (rules/kb: died), named
    by a word of the lexicon's `birth` or `death` and the person in the same clause.
    """
    events = {}
    for entity in entities.values():
        for what, span, label in (("born", entity.born, "ميلاد"), ("died", entity.died, "وفاة")):
            if entity.kind != "person" or span is None:
                continue
            event_id = f"{what}-{entity.id.split(':', 1)[1]}"
            triggers = words["birth"] if what == "born" else words["death"]
            events[event_id] = Event(event_id, f"{label} {entity.name}", span, entity.source,
                                     (tuple(triggers),), participants=(entity.id,), life=what)
    return events


def _event_words(lexicon: Mapping[str, Any]) -> EventWords:
    lists = ("anniversary", "anniversary_pronouns", "anniversary_passed", "elapsed_after", "morrow_words", "eve_words", "elapsed_verbs", "elapsed_after_now", "anniversary_years", "milestone_units", "cause_words", "host_verbs", "visit_doers", "count_negations", "count_limits", "times_unit", "birth", "death", "since_end",
             "describes_before", "name_complements", "setting_prepositions", "masculine_relative_pronoun", "apposition_heads", "in_office", "took_office", "in_power", "ordinal_times", "ordinal_pronouns",
             "count_so_far", "relative_pronouns", "resumptive_pronouns", "adverbial_openers", "continuing_verbs", "last_of_them", "sequence_words", "replacing", "during",
             "report_complements",
             "pointing_pronouns", "pointing_nouns", "pointing_countries", "purpose_words", "invitation_verbs", "sent_by", "journey_circumstantials", "subject_particles", "dual_endings",
             "dual_years", "earlier_words")
    return EventWords(
        ordinal_markers={fold(n): m["ordinal"] for m in lexicon["ordinal_markers"] for n in m["names"]},
        times={fold(n): t["count"] for t in lexicon["times"] for n in t["names"]},
        event_ends={end: tuple(fold(w) for w in words) for end, words in lexicon["event_ends"].items()},
        state_heads=tuple(lexicon["state_heads"]),
        **{name: tuple(fold(w) for w in lexicon[name]) for name in lists})


def _arrival_words(lexicon: Mapping[str, Any]) -> ArrivalWords:
    return ArrivalWords(**{name: tuple(fold(w) for w in lexicon[name])
                           for name in ("verbs", "nouns", "visit_start_verbs", "visit_nouns", "to", "at",
                                        "place_nouns", "capital_nouns", "times_of_day", "night",
                                        "subordinators")})


def _assemble(entities: dict[str, Entity], offices: dict[str, Office], events: dict[str, Event],
              series: dict[str, Series], measures: dict[str, Measure], lexicon: Mapping[str, Any],
              reviewed: date | None) -> Knowledge:
    titles, countries, words = lexicon["titles"], lexicon["countries"], lexicon["function_words"]
    return Knowledge(
        entities=entities,
        offices=offices,
        roles={r["id"]: Role(r["id"], tuple(r["forms"]), tuple(r.get("orgs", [])),
                             r.get("country"), r.get("office", True), r.get("one_holder", False),
                             tuple(r.get("duals", [])), tuple(r.get("plurals", [])),
                             tuple(r.get("holder_forms", [])), tuple(r.get("portfolios", [])))
               for r in titles["roles"]},
        countries={c["id"]: Country(c["id"], tuple(c["names"]), tuple(c["adjectives"]),
                                    tuple(n for s in countries.get("short_names", []) if s["country"] == c["id"]
                                          for n in s["names"]))
                   for c in countries["countries"]},
        qualifiers={k: tuple(v) for k, v in titles["qualifiers"].items()},
        qualifiers_before={k: tuple(v) for k, v in titles.get("qualifiers_before", {}).items()},
        verbs={k: tuple(v) for k, v in titles["verbs"].items()},
        not_the_office=tuple(titles["not_the_office"]),
        of_the_office=tuple(titles["of_the_office"]),
        counterparts=tuple(titles["counterparts"]),
        counterpart_groups=tuple(titles.get("counterpart_groups", [])),
        until_words=tuple(fold(w) for w in titles.get("until_words", [])),
        calendar=Calendar.from_lexicon(lexicon["calendar"], words["enclitics"], lexicon["numbers"]),
        function_words=frozenset(fold(w) for w in words["function_words"]),
        name_syllables=frozenset(words["name_syllables"]),
        name_enders=frozenset(strip_marks(w) for w in words["name_enders"]),  # as written: على, not علي
        enclitics=tuple(fold(w) for w in words["enclitics"]),
        speech_verbs=frozenset(fold(w) for w in words["speech_verbs"]),
        complementizers=tuple(strip_marks(w) for w in words.get("complementizers", [])),  # as written: not آن
        numbers=NumberReader.from_lexicon(lexicon["numbers"]),
        event_words=_event_words(lexicon["events"]),
        quantity_words=dict(lexicon["quantities"]),
        measures=measures,
        events=events,
        series=series,
        arrival_words=_arrival_words(lexicon["arrivals"]),
        reviewed=reviewed,
    )
