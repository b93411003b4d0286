"""What the knowledge base holds: entities, offices and their terms, roles, events, measures.

Plain frozen dataclasses: they are read on the hot path of every rule. How they are
loaded and checked is in load.py and consistency.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.text.dates import Calendar, TimeSpan
from factcheck.text.lexicon import key
from factcheck.text.names import name_key
from factcheck.text.normalize import fold
from factcheck.text.numbers import NumberReader

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
    capital: bool = False  # a place that is its country's capital ("العاصمة الروسية")
    wikidata: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every written form the knowledge base accepts: house style, variants, aliases."""
        return (self.name, *self.variants, *self.aliases)

    def spelling(self, surface: str) -> str:
        """How a written form relates to house style: house, variant, alias or unlisted."""
        key = spelling_key(surface)
        if key == spelling_key(self.name):
            return "house"
        if key in {spelling_key(v) for v in self.variants}:
            return "variant"
        if key in {spelling_key(a) for a in self.aliases}:
            return "alias"
        words = self.name.split()
        if " " not in key and key in {spelling_key(words[0]), spelling_key(words[-1])}:
            return "alias"  # the surname alone, as the wires call a person named in full before
        return "unlisted"


def spelling_key(text: str) -> str:
    """How a name is spelled, ignoring what does not change the spelling (marks, hyphen or space)."""
    return key(text.replace("-", " "))


@dataclass(frozen=True)
class Holding:
    """One term of one person in one office; an acting term may overlap a full one."""

    office: str
    person: str
    span: TimeSpan  # end is OPEN_END while in office
    source: str
    note: str | None = None
    acting: bool = False
    elected: date | None = None  # election day of a term begun by inauguration: "elect" until start
    # the day a dismissal or resignation was announced, the term running formally on to its end
    # (Tillerson, dismissed 13 March 2018, in office to 31 March): "أقال ... تيلرسون" fits either day
    end_announced: date | None = None

    @property
    def open(self) -> bool:
        """Still in office when the knowledge base was reviewed."""
        return self.span.end == OPEN_END

    def describe(self) -> str:
        """"2012-11-06 to 2024-05-14", "since 2024-05-14", with "acting" and an announced end when there are."""
        start = self.span.iso().split("/")[0]
        text = f"since {start}" if self.open else f"{start} to {TimeSpan(self.span.end, self.span.end, 'day').iso()}"
        if self.end_announced is not None:
            text += f" (the end announced on {self.end_announced.isoformat()})"
        return f"acting, {text}" if self.acting else text


@dataclass(frozen=True)
class Vacancy:
    """A stretch with no holder of an office, declared with its source."""

    span: TimeSpan
    source: str
    note: str | None = None


@dataclass(frozen=True)
class Office:
    """An office, the roles (title words) that name it, and its holders over time.

    The holder list is complete from `known_from`: before it "who held it" is unknown,
    never "nobody"; after it, a stretch without a holder is a declared vacancy.
    """

    id: str
    label: str
    en: str
    country: str
    roles: tuple[str, ...]
    max_holders: int | None
    holders: tuple[Holding, ...]
    vacancies: tuple[Vacancy, ...] = ()
    created: date | None = None
    wikidata: str | None = None
    reviewed: date | None = None  # the holders are confirmed up to this day (the file's `reviewed`)

    @property
    def known_from(self) -> date:
        """Before this day the holder list is not claimed to be complete."""
        first = min((h.span.start for h in self.holders), default=OPEN_END)
        return min(first, self.created) if self.created else first

    def holders_during(self, span: TimeSpan) -> list[Holding]:
        """Terms that share at least a day with `span`."""
        return [h for h in self.holders if h.span.overlaps(span)]

    def vacant_throughout(self, span: TimeSpan) -> Vacancy | None:
        """A declared vacancy that covers all of `span`, if any."""
        return next((v for v in self.vacancies if v.span.contains(span)), None)

    def complete_over(self, span: TimeSpan) -> bool:
        """Whether the holder list is known to be complete over all of `span`."""
        return (self.max_holders == 1 and self.known_from <= span.start
                and self.reviewed is not None and span.end <= self.reviewed)


@dataclass(frozen=True)
class Role:
    """A title word: its forms (templates), fixed country, heads-of bodies, office or not."""

    id: str
    forms: tuple[str, ...]
    orgs: tuple[str, ...]
    country: str | None
    is_office: bool
    one_holder: bool = False
    duals: tuple[str, ...] = ()  # the dual, said of two names: الرئيسان
    plurals: tuple[str, ...] = ()  # the plural, said of two or more: وزراء الخارجية
    holder_forms: tuple[str, ...] = ()  # forms said only of a holder of the office: الأمين العام
    portfolios: tuple[str, ...] = ()  # the ministry given to one: حقيبة الخارجية


@dataclass(frozen=True)
class Country:
    """A country as it qualifies titles."""

    id: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    short_names: tuple[str, ...] = ()  # only where the article names the country in full: الشمال


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
    announced: bool = False  # the event is a declaration: the date after its reporting verb is its own
    life: str | None = None  # born | died: a person's birth or death (rules/kb), no act its reporter tells of
    member_of: str | None = None  # the series one of whose members this event is (the Hanoi summit, a Trump–Kim summit)
    # other namings, each (triggers, participants, where they are named): "المعاهدة التي وقعها
    # الرئيسان" is the 2024 treaty, not the 2000 one a foreign minister signed
    also_named: tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...], str], ...] = ()

    @property
    def lasted(self) -> bool:
        """Whether the event spans more than its precision's unit (a war, not a signing)."""
        return self.span.start != self.span.end and self.span.precision == "day"

    def day(self, end: str) -> date:
        """The day an anniversary or "منذ" counts from: the event's start, or its end if it lasted."""
        return self.span.end if end == "end" and self.lasted else self.span.start


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
    visitor: str | None = None  # the one participant who travels: a visit told of another traveller is not this series'
    also_named: tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...], str], ...] = ()  # (triggers, participants, where)

    def before(self, day: TimeSpan) -> list[Event]:
        """Members that had begun before `day` began."""
        return [m for m in self.members if m.span.start < day.start]


@dataclass(frozen=True)
class EventWords:
    """The event lexicon (rules/lexicon/events.yaml), folded."""

    ordinal_markers: dict[str, int]
    anniversary: tuple[str, ...]
    anniversary_pronouns: tuple[str, ...]
    elapsed_after: tuple[str, ...]
    morrow_words: tuple[str, ...]  # "غداة قمته": the event the day before the date of the clause before
    eve_words: tuple[str, ...]  # "عشية القمة": the event the day after it
    elapsed_verbs: tuple[str, ...]
    elapsed_after_now: tuple[str, ...]
    anniversary_passed: tuple[str, ...]  # "مرور": a count of years since the event follows
    anniversary_years: tuple[str, ...]
    milestone_units: tuple[str, ...]  # "مرور ألف يوم على": a milestone's count, not of years
    cause_words: tuple[str, ...]  # "بسبب محاولته فرض الأحكام العرفية": an earlier act, dated only by a date after it
    host_verbs: tuple[str, ...]  # "استقبل": its subject hosts a visit, its object makes it
    visit_doers: tuple[str, ...]  # "زيارة يقوم بها كيم": who makes the visit follows
    count_negations: tuple[str, ...]
    count_limits: tuple[str, ...]
    times: dict[str, int]
    times_unit: tuple[str, ...]
    birth: tuple[str, ...]
    death: tuple[str, ...]
    event_ends: dict[str, tuple[str, ...]]  # start | end → the words that pick that end
    since_end: tuple[str, ...]
    describes_before: tuple[str, ...]
    name_complements: tuple[str, ...]
    setting_prepositions: tuple[str, ...]
    masculine_relative_pronoun: tuple[str, ...]
    apposition_heads: tuple[str, ...]
    in_office: tuple[str, ...]
    took_office: tuple[str, ...]
    in_power: tuple[str, ...]
    ordinal_times: tuple[str, ...]
    ordinal_pronouns: tuple[str, ...]
    count_so_far: tuple[str, ...]
    relative_pronouns: tuple[str, ...]
    resumptive_pronouns: tuple[str, ...]
    adverbial_openers: tuple[str, ...]
    continuing_verbs: tuple[str, ...]
    last_of_them: tuple[str, ...]
    sequence_words: tuple[str, ...]
    replacing: tuple[str, ...]
    during: tuple[str, ...]
    report_complements: tuple[str, ...]
    pointing_pronouns: tuple[str, ...]
    pointing_nouns: tuple[str, ...]
    pointing_countries: tuple[str, ...]  # "البلدان": the countries the sentence before named
    purpose_words: tuple[str, ...]
    invitation_verbs: tuple[str, ...]
    sent_by: tuple[str, ...]
    journey_circumstantials: tuple[str, ...]
    subject_particles: tuple[str, ...]
    dual_endings: tuple[str, ...]
    dual_years: tuple[str, ...]
    earlier_words: tuple[str, ...]
    state_heads: tuple[str, ...]  # roles (rules/lexicon/titles.yaml), not words


@dataclass(frozen=True)
class ArrivalWords:
    """The arrival lexicon (rules/lexicon/arrivals.yaml), folded."""

    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    visit_start_verbs: tuple[str, ...]
    visit_nouns: tuple[str, ...]
    to: tuple[str, ...]
    at: tuple[str, ...]
    place_nouns: tuple[str, ...]
    capital_nouns: tuple[str, ...]
    times_of_day: tuple[str, ...]
    night: tuple[str, ...]
    subordinators: tuple[str, ...]


@dataclass(frozen=True)
class Measure:
    """A declared quantity: what is counted, about whom, as of when, how precisely."""

    id: str
    label: str
    unit: str
    participants: tuple[frozenset[str], ...]  # each named, or one of each group
    participants_in: str  # clause | sentence
    context: frozenset[str]
    time: str  # published | sentence
    tolerance: float
    monotonic: bool
    not_context: frozenset[str] = frozenset()  # words that make the figure another count (a package)
    same_within_days: int = 0  # claims this close are of one instance (one drill's days), whatever their times


@dataclass
class Knowledge:
    """All reference knowledge and lexicons of one rules tree."""

    entities: dict[str, Entity]
    offices: dict[str, Office]
    roles: dict[str, Role]
    countries: dict[str, Country]
    qualifiers: dict[str, tuple[str, ...]]
    qualifiers_before: dict[str, tuple[str, ...]]
    verbs: dict[str, tuple[str, ...]]
    not_the_office: tuple[str, ...]
    of_the_office: tuple[str, ...]
    counterparts: tuple[str, ...]
    counterpart_groups: tuple[str, ...]
    until_words: tuple[str, ...]
    calendar: Calendar
    function_words: frozenset[str]
    name_syllables: frozenset[str]
    name_enders: frozenset[str]
    enclitics: tuple[str, ...]
    speech_verbs: frozenset[str]
    complementizers: tuple[str, ...]
    numbers: NumberReader
    event_words: EventWords
    quantity_words: dict[str, Any]
    measures: dict[str, Measure]
    events: dict[str, Event]
    series: dict[str, Series]
    arrival_words: ArrivalWords
    reviewed: date | None = None
    # derived from the above in __post_init__, never passed in (dataclasses.replace rebuilds them)
    name_index: dict[str, tuple[str, ...]] = field(init=False)
    _by_role: dict[tuple[str, str], Office] = field(init=False)
    _by_person: dict[str, list[Holding]] = field(init=False)

    def __post_init__(self) -> None:
        self.name_index = name_index(self.entities.values())
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

    def serving_since(self, person: str, day: TimeSpan, any_office: bool = False) -> date | None:
        """When the unbroken run of terms a person serves on `day` began; None if unknown or unclear.

        A re-election does not break a run; with `any_office` neither does a move straight
        from one office to the next ("يحكم البلاد منذ" counts Putin from 1999, as prime
        minister). In one office, the offices held on `day` must agree on when their runs began.
        """
        current = [h for h in self.holdings_of(person) if h.span.overlaps(day)]
        starts = {self._run_start(person, None if any_office else h.office, h.span.start) for h in current}
        return starts.pop() if len(starts) == 1 else None

    def _run_start(self, person: str, office: str | None, start: date) -> date:
        """The start of the terms that lead, without a gap, into a term begun on `start`."""
        earlier = sorted(self.holdings_of(person, office), key=lambda h: h.span.start, reverse=True)
        for term in earlier:
            if term.span.start < start and (start - term.span.end).days <= 1:  # no date arithmetic past 9999
                start = term.span.start
        return start

    def one_holder(self, office: str, role: str) -> bool:
        """Whether an office has one holder at a time: as rules/kb says, else as its role says."""
        known = self.offices.get(office)
        if known is not None:
            return known.max_holders == 1
        return role in self.roles and self.roles[role].one_holder

    def offices_with_role(self, person: str, role: str) -> list[Office]:
        """Offices of this role the person ever held: resolves a title said without a country."""
        ids = {h.office for h in self.holdings_of(person)}
        return [self.offices[i] for i in sorted(ids) if role in self.offices[i].roles]


def name_index(entities: Iterable[Entity]) -> dict[str, tuple[str, ...]]:
    """Transliteration key → the ids of the entities with a spelling of that key."""
    index: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for form in entity.spellings:
            index[name_key(fold(form))].add(entity.id)
    return {k: tuple(sorted(v)) for k, v in index.items()}
