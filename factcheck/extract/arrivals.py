"""A person's arrival at a place, dated by the clause: the `arrival` fact.

Two reports of one trip must put the arrival on one day (event_agreement); what is read
here is who arrived, where, and the date the clause gives it:

- who: a person named right after the arrival words ("وصل وزير الخارجية الروسي سيرغي
  لافروف ... إلى", "حطت طائرة الرئيس الروسي فلاديمير بوتين في"); else, for an attached
  pronoun ("لدى وصوله", "حطت طائرته") or a relative clause ("شويغو، الذي وصل"), the person
  named last before the words; else, for a verb after a subordinating conjunction ("...،
  بعد أن وصل إلى"), the main clause's subject, named first in the sentence; else the
  person before them in the same clause ("إن الوزير أندريه بيلوسوف وصل").
- where: the first إلى after the words (a landing may be "في مطار ..."), then, past what
  kind of place it is and the country's adjective, a place the knowledge base knows or a
  country by name; with no name, a capital described by its country ("إلى العاصمة الكورية
  الشمالية", "إلى عاصمة كوريا الشمالية") is the place the knowledge base marks its capital.
  "قادما من بيونغ يانغ" is where the person came from, and no destination. Place and date
  may be said past a relative clause set off by commas after the person ("وصل ... لافروف،
  الذي يتولى منصبه منذ ...، مساء اليوم الجمعة إلى وونسان").
- when: a date after the words in their clause, before the place or right after it: at
  most two words after it ("إلى بكين بعد ظهر الثلاثاء") or after words of the time of day
  ("في وقت متأخر من مساء الثلاثاء"); a date further on may be the visit's end.

What has not happened is no arrival: the imperfect يصل is not an arrival word, and a
date after the publication day or a plan or future verb before the words drops it
("من المقرر وصوله الخميس"). Without a publication date nothing tells a plan from an
arrival, and an article without one yields none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from factcheck.extract.sentence import SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention
from factcheck.text.lexicon import alternation, cue_roots, holds_any, key, word_pattern

_WORD = regex.compile(r"\s*(\p{L}+)")
NIGHT_REACH = 25  # characters before a date where a night word puts it at night ("فجر اليوم")


@dataclass(frozen=True)
class _Said:
    """Arrival words in a sentence: where, and whether they carry a pronoun."""

    start: int
    end: int
    pronoun: bool


@dataclass(frozen=True)
class _Place:
    """Where the person arrived: a place id or country:<id>, as named, and where its name ends."""

    id: str
    label: str
    end: int


class ArrivalReader:
    """Reads `arrival` facts from sentences, given the names and dates already read."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        words, enclitics = kb.arrival_words, kb.enclitics
        self.bare = frozenset(key(w) for w in (*words.verbs, *words.nouns, *words.visit_start_verbs))
        self.arrived = word_pattern((*words.verbs, *words.nouns), enclitics)
        self.began = word_pattern(words.visit_start_verbs)
        # a sentence holding none of these roots has no arrival words: most sentences
        self.cues = cue_roots((*words.verbs, *words.nouns, *words.visit_start_verbs))
        self.visit = word_pattern(words.visit_nouns, enclitics)
        self.to = word_pattern(words.to)
        self.at = word_pattern(words.at)
        self.night = word_pattern(words.night)
        self.country_of = {key(n): c.id for c in kb.countries.values() for n in c.names}
        self.countries = word_pattern(self.country_of)
        self.country_of_adjective = {key(a): c.id for c in kb.countries.values() for a in c.adjectives}
        self.adjectives = word_pattern(self.country_of_adjective)
        self.skip = frozenset(key(w) for w in words.place_nouns)
        self.capital_nouns = frozenset(key(w) for w in words.capital_nouns)
        self.capital_of = {e.country: e.id for e in kb.entities.values() if e.capital and e.country}
        # between the place and its date: two words at most, or words of the time of day
        times = alternation(words.times_of_day)
        self.after_place = regex.compile(rf"\s*(?:(?:\p{{L}}+\s+){{0,2}}|(?:(?:{times})\s+)+)$")
        # a conjunction right before the words: their hidden subject is the main clause's
        self.subordinated = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(words.subordinators)})\s+$")
        relative = rf"[وف]?(?:{alternation(kb.event_words.relative_pronouns)})"
        self.relative_start = regex.compile(rf"\s*{relative}(?!\p{{L}})")
        self.relative_any = regex.compile(rf"(?<!\p{{L}}){relative}(?!\p{{L}})")
        # a relative clause right after a name, up to the arrival words: "شويغو، الذي (كان قد) وصل"
        self.relative_after_name = regex.compile(rf"[\s,]*{relative}(?:\s+\p{{L}}+){{0,2}}\s+$")
        self.planned = word_pattern(kb.calendar.words["plan_words"])

    def read(self, ctx: SentenceContext) -> list[Fact]:
        """Every arrival the sentence dates, one per person, place and date."""
        if ctx.article.published is None or not holds_any(ctx.text.text, self.cues):
            return []
        found: dict[tuple[str, str, str], Fact] = {}
        for said in self._said(ctx):
            for fact in self._arrivals(ctx, said):
                found.setdefault((fact.subject.id, fact.value["place"], fact.value["date"]), fact)
        return list(found.values())

    def _said(self, ctx: SentenceContext) -> Iterator[_Said]:
        """Arrival words: verbs and nouns, and a visit begun ("بدأ ... زيارة" before the place)."""
        text = ctx.text.text
        for hit in self.arrived.finditer(text, timeout=TIMEOUT):
            yield _Said(hit.start(), hit.end(), key(hit.group("word")) not in self.bare)
        for hit in self.began.finditer(text, timeout=TIMEOUT):
            to = self.to.search(text, hit.end(), ctx.clause_span(ctx.clause_of(hit.start()))[1], timeout=TIMEOUT)
            if to and self.visit.search(text, hit.end(), to.start(), timeout=TIMEOUT):
                yield _Said(hit.start(), hit.end(), False)

    def _arrivals(self, ctx: SentenceContext, said: _Said) -> Iterator[Fact]:
        text = ctx.text.text
        clause = ctx.clause_span(ctx.clause_of(said.start))
        stretch = _stretch(ctx, said, self.relative_start)
        preposition = next(((hit, end) for start, end in stretch
                            if (hit := self.to.search(text, start, end, timeout=TIMEOUT)
                                or self.at.search(text, start, end, timeout=TIMEOUT))), None)
        if preposition is None or self._planned(ctx, clause[0], said.start):
            return
        place = self._place(ctx, preposition[0].end(), preposition[1])
        date = self._date(ctx, said, place, stretch) if place else None
        if place is None or date is None or date.span is None:
            return
        published = ctx.article.published
        if published is None or date.span.start > published.end:
            return  # dated after publication: a plan, not an arrival
        night = bool(self.night.search(text, max(said.end, date.norm_start - NIGHT_REACH), date.norm_end,
                                       timeout=TIMEOUT))
        for person in self._people(ctx, said, preposition[0].start(), clause[0], stretch):
            entity = self.kb.entities[person]
            value = {"place": place.id, "place_label": place.label, "date": date.span.iso(),
                     "precision": date.span.precision, "date_text": date.text, "night": night}
            yield Fact(ctx.article.id, "arrival", Subject(entity.id, entity.name), value,
                       ValidAt(date.span, date.basis), ctx.evidence(said.start, max(place.end, date.norm_end)))

    def _planned(self, ctx: SentenceContext, start: int, end: int) -> bool:
        """A plan word or a future verb before the words in their clause: "سيلتقيه لدى وصوله"."""
        text, calendar = ctx.text.text, self.kb.calendar
        if self.planned.search(text, start, end, timeout=TIMEOUT):
            return True
        return any(hit.group("verb") is None or hit.group("verb").lstrip("وف") not in calendar.future_exceptions
                   for hit in calendar.future.finditer(text, start, end, timeout=TIMEOUT))

    def _place(self, ctx: SentenceContext, start: int, end: int) -> _Place | None:
        """The place named right after the preposition, past place nouns and adjectives.

        With no name, a capital noun and its country name the capital: "إلى العاصمة الكورية
        الشمالية الاثنين", "إلى عاصمة كوريا الشمالية".
        """
        text = ctx.text.text
        position, capital, described = start, False, None  # described: the country an adjective names
        for _ in range(3):
            word = _WORD.match(text, position, end, timeout=TIMEOUT)
            if word is None:
                break
            begin, stop = word.start(1), word.end(1)
            name = next((n for n in ctx.names if begin <= n.start < stop), None)  # "وونسان" is read past a و
            if name is not None and self.kb.entities[name.entity].kind == "place":
                return _Place(name.entity, self.kb.entities[name.entity].name, name.end)
            named = self.countries.match(text, begin, end, timeout=TIMEOUT)
            if named is not None:
                country = self.country_of[key(named.group("word"))]
                return self._capital(country, named.end()) if capital else _Place(
                    f"country:{country}", named.group(), named.end())
            adjective = self.adjectives.match(text, begin, end, timeout=TIMEOUT)
            if adjective is not None:
                described = (self.country_of_adjective[key(adjective.group("word"))], adjective.end())
                position = adjective.end()
                continue
            if key(word.group(1)) in self.capital_nouns:
                capital = True
            elif key(word.group(1)) not in self.skip:
                break
            position = word.end()
        return self._capital(*described) if capital and described is not None else None

    def _capital(self, country: str, end: int) -> _Place | None:
        """The capital of a country the knowledge base knows, named by a description ending at `end`."""
        place = self.capital_of.get(country)
        return _Place(place, self.kb.entities[place].name, end) if place else None

    def _date(self, ctx: SentenceContext, said: _Said, place: _Place, stretch: list[tuple[int, int]]
              ) -> DateMention | None:
        """The stretch's date after the words: before the place, or at most two words after it."""
        text = ctx.text.text
        for date in ctx.dates:
            if date.span is None or date.form == "elapsed" or date.since or not _within(stretch, date.norm_start):
                continue
            if said.end <= date.norm_start < place.end or (
                    date.norm_start >= place.end and self.after_place.match(text, place.end, date.norm_start,
                                                                            timeout=TIMEOUT)):
                return date
        return None

    def _people(self, ctx: SentenceContext, said: _Said, until: int, clause_start: int,
                stretch: list[tuple[int, int]]) -> list[str]:
        """Who arrived: named after the words, else the person a pronoun or relative points back to.

        A verb subordinated by a conjunction ("بعد أن وصل") with nobody named after it has the
        main clause's subject, the person the sentence names first, not the last one named
        (the minister's counterpart, in "أجرى الوزير ... محادثات مع نظيره ...، بعد أن وصل").
        A relative clause is about the noun right before it: in "التقى كيم جونغ أون وزير الدفاع
        الروسي، الذي وصل ..." the one who arrived is the minister, not Kim, so nobody is read.
        """
        people = [n for n in ctx.names if self.kb.entities[n.entity].kind == "person"]
        after = [n.entity for n in people if said.end <= n.start < until and _within(stretch, n.start)]
        if after and not said.pronoun:
            return list(dict.fromkeys(after))
        before = [n for n in people if n.end <= said.start]
        if not before:
            return []
        named, text = before[-1], ctx.text.text
        if said.pronoun or self.relative_after_name.match(text, named.end, said.start, timeout=TIMEOUT):
            return [named.entity]
        if self.relative_any.search(text, named.end, said.start, timeout=TIMEOUT):
            return []
        if self.subordinated.search(text, named.end, said.start, timeout=TIMEOUT):
            return [before[0].entity]  # "أجرى شويغو محادثات مع نظيره كانغ سون نام، بعد أن وصل"
        return [named.entity] if named.start >= clause_start else []  # "إن الوزير أندريه بيلوسوف وصل"


def _stretch(ctx: SentenceContext, said: _Said, relative_start: regex.Pattern[str]) -> list[tuple[int, int]]:
    """Where the words' place and date are said: their clause from them on, and past it.

    A relative clause set off by commas after the person says something else about them,
    and the sentence goes on past it: "وصل ... سيرغي لافروف، الذي يتولى منصبه منذ ...، مساء
    اليوم الجمعة إلى وونسان".
    """
    index = ctx.clause_of(said.start)
    spans = [(said.end, ctx.clause_span(index)[1])]
    while index + 2 <= len(ctx.marks) and relative_start.match(ctx.text.text, *ctx.clause_span(index + 1),
                                                                  timeout=TIMEOUT):
        index += 2
        spans.append(ctx.clause_span(index))
    return spans


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a position is in the stretch: not in a relative clause it passes over."""
    return any(start <= position < end for start, end in spans)
