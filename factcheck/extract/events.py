"""Claims about declared events (rules/events/): when, which anniversary, how long since, how often.

- event_date: a clause that names an event (a word of every trigger group) and its
  participants, with a date in the clause or fronted before it ("وفي يونيو/حزيران، وقع
  ... معاهدة"). "للمرة الأولى" picks a member of a series (the first Kim–Putin meeting).
- anniversary: "الذكرى السبعين للهدنة" — the ordinal, the event it follows (and which end
  of it: "لانتهاء" / "لاندلاع"), and the date the anniversary is placed at (a date of the
  sentence that is not the event's own); or the year the sentence gives ("عام 1961").
- elapsed: "الحرب المستمرة منذ أكثر من 30 شهرا في اوكرانيا" — the date reader resolves
  when the war must have begun (before 2024-03-14 for an article of 2024-09-14); what has
  stopped since counts from its end, "يتولى منصبه منذ" from the start of a person's term.
- event_count: "لم يزر بوتين كوريا الشمالية سوى مرة واحدة" — how many members of a
  series had happened by publication.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from factcheck.extract.participants import Participants
from factcheck.extract.sentence import SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.knowledge import Event, Knowledge, Series
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention
from factcheck.text.lexicon import alternation, key, word_forms, word_pattern
from factcheck.text.numbers import NumberMention

_DATE_ONLY_CLAUSE = regex.compile(r"^[\s\"'(]*(?:و|ف)?(?:في)?\s*$")
ANNIVERSARY_REACH = 40  # characters after an anniversary word where the event it marks is named
ANNIVERSARY_WINDOW = 60  # characters after an anniversary's ordinal where its event is looked for
BASE_YEAR_REACH = 90  # characters after the ordinal where the year of its event may stand
_COUNTED = ("elapsed", "ago")  # date forms counted back from publication: "منذ 15 عاما", "قبل سبعة أشهر"


@dataclass(frozen=True)
class _Target:
    """An event or a series, with its trigger patterns compiled."""

    id: str
    label: str
    groups: tuple[regex.Pattern[str], ...]
    ongoing: regex.Pattern[str] | None
    context: regex.Pattern[str] | None
    participants: frozenset[str]
    where: str  # clause | sentence | article: where the participants must be named
    series: Series | None
    event: Event | None
    cues: tuple[frozenset[str], ...]  # per trigger group, the first words of its phrases

    def cued(self, words: frozenset[str]) -> bool:
        """Whether every trigger group may be in a sentence with these words (a cheap first test)."""
        return all(cue & words for cue in self.cues)

    def named_in(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span covering one word of every trigger group in text[start:end], if all are there."""
        hits = [group.search(text, start, end, timeout=TIMEOUT) for group in self.groups]
        if not all(hits):
            return None
        return min(h.start() for h in hits if h), max(h.end() for h in hits if h)

    def present(self, ctx: SentenceContext, in_article: set[str]) -> bool:
        """Participants named in the sentence (or article), and the event's context words."""
        seen = in_article if self.where == "article" else ctx.participants
        if not self.participants <= seen:
            return False
        return self.context is None or bool(self.context.search(ctx.text.text, timeout=TIMEOUT))


@dataclass(frozen=True)
class _Marked:
    """The event an anniversary phrase marks: where it is named, and which end of it counts."""

    named: tuple[int, int]
    target: _Target
    event: Event  # the event itself, or the member of the series the phrase picks
    end: str  # start | end


class EventReader:
    """Reads event claims from sentences, given the names and dates already read."""

    def __init__(self, kb: Knowledge, participants: Participants):
        self.kb = kb
        self.participants = participants
        words = kb.event_words
        self.targets = [self._target(e.id, e.label, e.triggers, e.ongoing, e.context, e.participants,
                                     e.participants_in, None, e)
                        for e in kb.events.values() if e.series is None]
        self.targets += [self._target(s.id, s.label, s.triggers, (), (), s.participants,
                                      s.participants_in, s, None) for s in kb.series.values()]
        # A target is looked at only where one of its participants is named: with every
        # person's birth and death among the events, most targets are out of most sentences.
        self.order = {t.id: i for i, t in enumerate(self.targets)}
        self.unconditional = [t for t in self.targets if not t.participants]
        self.by_participant: dict[str, list[_Target]] = defaultdict(list)
        for target in self.targets:
            if target.participants:
                self.by_participant[min(target.participants)].append(target)
        self.ordinals = word_pattern(words.ordinal_markers)
        self.since = word_pattern(kb.calendar.words["since"])
        self.anniversary = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:{alternation(words.anniversary)})\s+")
        self.negation = word_pattern(words.count_negations)
        # "أعلنت وسائل الإعلام الرسمية الثلاثاء وفاة ...": the date of the report, a few words after its verb
        self.reported_at = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.quantity_words['attribution'])})(?:\s+\p{{L}}+){{0,5}}\s+$")
        # "دعوة ... لزيارة", "يبدأ ... زيارة", "ستعقد القمة": a plan, not an event that happened
        self.planned = regex.compile(rf"(?<!\p{{L}})(?:{alternation(kb.calendar.words['plan_words'])})(?!\p{{L}})")
        self.limit = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.count_limits)})\s+")
        ends = words.event_ends
        self.ends = regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?:(?P<end>{alternation(ends['end'])})"
                                  rf"|(?P<start>{alternation(ends['start'])}))(?!\p{{L}})")
        self.start_words = regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?:{alternation(ends['start'])})\s+")
        self.since_end = word_pattern(words.since_end, kb.enclitics)
        self.describing = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.describes_before)})(?!\p{{L}})")
        self.in_office = regex.compile(rf"(?<!\p{{L}})[وف]?(?:(?P<took>{alternation(words.took_office)})"
                                       rf"|(?P<office>{alternation(words.in_office)})"
                                       rf"|(?P<power>{alternation(words.in_power)}))(?!\p{{L}})")
        self.times = regex.compile(rf"(?P<fixed>{alternation(words.times)})(?!\p{{L}})|"
                                   rf"(?P<n>\d+|\p{{L}}+)\s+(?:{alternation(words.times_unit)})(?!\p{{L}})")

    def _target(self, id_: str, label: str, triggers: tuple[tuple[str, ...], ...], ongoing: Iterable[str],
                context: Iterable[str], participants: Iterable[str], where: str,
                series: Series | None, event: Event | None) -> _Target:
        ongoing, context = tuple(ongoing), tuple(context)
        enclitics = self.kb.enclitics
        return _Target(id_, label, tuple(word_pattern(g, enclitics) for g in triggers),
                       word_pattern(ongoing, enclitics) if ongoing else None,
                       word_pattern(context, enclitics) if context else None,
                       frozenset(participants), where, series, event,
                       tuple(frozenset(key(w).split()[0] for w in g) for g in triggers))

    # -- claims -----------------------------------------------------------------------------------
    def read(self, ctx: SentenceContext, in_article: set[str]) -> list[Fact]:
        """Every event claim of the sentence."""
        named = ctx.participants | in_article
        candidates = self.unconditional + [t for who in named for t in self.by_participant.get(who, ())]
        present = sorted((t for t in candidates if t.present(ctx, in_article)), key=lambda t: self.order[t.id])
        words = word_forms(ctx.text.text, self.kb.enclitics)
        triggered = [t for t in present if t.cued(words)]
        facts = list(self._dated(ctx, triggered))
        facts.extend(self._anniversaries(ctx, present))  # "لاندلاع الحرب" names no trigger
        facts.extend(self._elapsed(ctx, present))
        facts.extend(self._counts(ctx, triggered))
        return facts

    def _dated(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        text = ctx.text.text
        clauses = ctx.clauses
        # "الذكرى الثانية لتوقيع الاتفاق", "عيد ميلاده الرابع والستين": the event's words belong to
        # the anniversary, and the date near them is the anniversary's, not the event's
        spent = [(m.start(), m.end() + ANNIVERSARY_REACH) for m in self.anniversary.finditer(text, timeout=TIMEOUT)]
        for target in present:
            if target.event is not None and target.event.lasted:
                continue  # a war is dated by its range below, not by a date near its name
            for index, (start, end) in enumerate(clauses):
                named = target.named_in(text, start, end)
                if named is None or not self._in_clause(ctx, target, start, end):
                    continue
                if any(a < named[1] and named[0] < b for a, b in spent):
                    continue
                if self._planned(text, start, named[1]):
                    continue
                date = self._clause_date(ctx, index, named)
                if date is None:
                    continue
                ordinal = self._ordinal(text, start, end) if target.series else None
                if target.series is not None and ordinal is None and not target.series.complete:
                    continue
                yield self._event_fact(ctx, target, named, date, ordinal)
        yield from self._ranges(ctx, present)

    def _ranges(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        """Events that lasted, dated by a range right after their name: "الحرب الكورية 1950-1953"."""
        for target in present:
            if target.event is None or not target.event.lasted:
                continue
            for hit in target.groups[0].finditer(ctx.text.text, timeout=TIMEOUT):
                date = next((d for d in ctx.dates if d.span and not d.span.single
                             and 0 <= d.norm_start - hit.end() <= 3), None)
                if date is not None:
                    yield self._event_fact(ctx, target, hit.span(), date, None)

    def _event_fact(self, ctx: SentenceContext, target: _Target, named: tuple[int, int],
                    date: DateMention, ordinal: int | None) -> Fact:
        assert date.span is not None
        evidence = ctx.evidence(*named)
        series = target.series.id if target.series else None
        value = {"event": target.id, "series": series, "ordinal": ordinal,
                 "date": date.span.iso(), "precision": date.span.precision, "date_text": date.text}
        return Fact(ctx.article.id, "event_date", Subject(f"event:{target.id}", target.label), value,
                    ValidAt(date.span, date.basis), evidence)

    def _in_clause(self, ctx: SentenceContext, target: _Target, start: int, end: int) -> bool:
        """With `where: clause`, every participant is named inside this clause.

        "قام الرئيس الروسي فلاديمير بوتين بزيارة ... مع كيم": in one sentence a visit by
        Putin names Kim too; only the clause keeps visits apart from the people met.
        """
        if target.where != "clause":
            return True
        return target.participants <= self.participants.in_span(ctx, start, end)

    def _clause_date(self, ctx: SentenceContext, index: int, named: tuple[int, int]) -> DateMention | None:
        """The date of the clause nearest the event's words, or a date fronted before the clause.

        Not every date of the clause can be the event's. "منذ 24 عاما" says when something
        began; a date right after a reporting verb is the report's ("أعلنت الثلاثاء وفاة ...");
        a date after منذ belongs to what follows منذ, not to an event named before it
        ("ثالث قمة ... منذ انتهاء الحرب الكورية عام 1953"). Of the rest, one after the event's
        words is preferred: "قصف يونبيونغ أمس بعد أشهر من إغراق الطراد ... في مايو".
        """
        text = ctx.text.text
        dated = [d for d in ctx.dates if d.span is not None and d.form != "elapsed"
                 and not self.reported_at.search(text, max(0, d.norm_start - 60), d.norm_start, timeout=TIMEOUT)
                 and not (d.since and self._since_before(text, d.norm_start) > named[0])]
        same = [d for d in dated if ctx.clause_of(d.norm_start) == index]
        if same:
            after = [d for d in same if d.norm_start >= named[0]]
            return min(after or same, key=lambda d: abs(d.norm_start - named[0]))
        fronted = [d for d in dated if ctx.clause_of(d.norm_start) == index - 1]
        if index == 0 or len(fronted) != 1:
            return None
        start, end = ctx.clause_span(index - 1)
        date, text = fronted[0], ctx.text.text
        rest = text[start:date.norm_start] + text[date.norm_end:end]
        return date if _DATE_ONLY_CLAUSE.match(rest, timeout=TIMEOUT) else None

    def _planned(self, text: str, start: int, end: int) -> bool:
        """A plan or the future tense in text[start:end]: what it names has not happened."""
        if self.planned.search(text, start, end, timeout=TIMEOUT):
            return True
        calendar = self.kb.calendar
        return any(hit.group("verb") is None or hit.group("verb").lstrip("وف") not in calendar.future_exceptions
                   for hit in calendar.future.finditer(text, start, end, timeout=TIMEOUT))

    def _since_before(self, text: str, position: int) -> int:
        """Where the منذ that governs a date stands (the last one before it)."""
        found = -1
        for hit in self.since.finditer(text, 0, position, timeout=TIMEOUT):
            found = hit.start()
        return found

    def _ordinal(self, text: str, start: int, end: int) -> int | None:
        """"للمرة الأولى" picks the first member; "أول زيارة ... منذ 24 عاما" (first in years) does not."""
        hit = self.ordinals.search(text, start, end, timeout=TIMEOUT)
        if hit is None or self.since.search(text, hit.end(), end, timeout=TIMEOUT):
            return None
        return self.kb.event_words.ordinal_markers[key(hit.group("word"))]

    def _anniversaries(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        """"الذكرى السبعين لانتهاء الحرب الكورية": the ordinal, the event and which end of it.

        An anniversary of an event rules/events does not declare is still read when the
        sentence gives its year: "الذكرى الخمسين لرحلة غاغارين عام 1961" (1961 + 50). Without
        an ordinal ("الذكرى السنوية لاندلاع الحرب") the event must follow the word at once.
        """
        text = ctx.text.text
        for hit in self.anniversary.finditer(text, timeout=TIMEOUT):
            number = self._anniversary_ordinal(text, hit.end())
            after = number.end if number else hit.end()
            ordinal = int(number.value) if number else None
            base = self._base_date(ctx, after)
            reach = min(len(text), max(after + ANNIVERSARY_WINDOW, base.norm_end if base else 0))
            marked = self._marked(ctx, present, after, reach, at_once=number is None)
            if marked is not None:
                yield self._anniversary_fact(ctx, hit.start(), marked, ordinal)
            elif base is not None and ordinal is not None:
                stated = self._stated_anniversary(ctx, hit.start(), after, base, ordinal)
                if stated is not None:
                    yield stated

    def _anniversary_ordinal(self, text: str, position: int) -> NumberMention | None:
        """The ordinal right after an anniversary word: "الذكرى السبعين", "الذكرى الـ70"."""
        numbers = self.kb.numbers.read(text, position, min(len(text), position + 40))
        if not numbers or numbers[0].start != position or not (numbers[0].ordinal or numbers[0].article):
            return None
        return numbers[0]

    def _base_date(self, ctx: SentenceContext, after: int) -> DateMention | None:
        """The year an anniversary phrase gives its event: "لتأسيسها عام 1961", "المبرمة عام 1961"."""
        return next((d for d in ctx.dates if d.span is not None and d.basis == "explicit" and not d.since
                     and d.form not in _COUNTED and 0 <= d.norm_start - after <= BASE_YEAR_REACH
                     and d.span.precision in ("year", "month", "day") and d.span.single), None)

    def _marked(self, ctx: SentenceContext, present: list[_Target], start: int, end: int,
                at_once: bool) -> _Marked | None:
        """The declared event (or series member) named nearest after an anniversary's ordinal."""
        text = ctx.text.text
        found = []
        for target in present:
            named = self._named_after(ctx, target, start, end)
            if named is None or (at_once and self._lead(text, start, named[0])):
                continue
            event = target.event or self._member(ctx, target, named)
            if event is not None:
                found.append(_Marked(named, target, event, self._end_named(text, start, named[1])))
        return min(found, key=lambda m: m.named[0]) if found else None

    def _lead(self, text: str, start: int, named: int) -> str:
        """What stands between an anniversary word and the event's words, an end word aside."""
        return self.ends.sub("", text[start:named], timeout=TIMEOUT).strip()

    def _named_after(self, ctx: SentenceContext, target: _Target, start: int, end: int) -> tuple[int, int] | None:
        """Where text[start:end] names the target, by its triggers or by a start word and its `ongoing` noun.

        "لضمها إلى روسيا": a pronoun on the event's word points back to what the sentence
        named before, so the trigger groups it leaves out may stand before `start`.
        "لاندلاع الحرب": the start of the state the event began (the invasion, for Ukraine).
        """
        text = ctx.text.text
        named = target.named_in(text, start, end)
        if named is not None:
            return named
        if target.ongoing is not None:
            for word in self.start_words.finditer(text, start, end, timeout=TIMEOUT):
                noun = target.ongoing.match(text, word.end(), end, timeout=TIMEOUT)
                if noun is not None:
                    return word.start(), noun.end()
        hits = [group.search(text, start, end, timeout=TIMEOUT) for group in target.groups]
        pointing = [h for h in hits if h is not None and self._points_back(h.group("word"), target)]
        if not pointing or not all(h or group.search(text, 0, start, timeout=TIMEOUT)
                                   for h, group in zip(hits, target.groups, strict=True)):
            return None
        return min(h.start() for h in pointing), max(h.end() for h in pointing)

    def _points_back(self, word: str, target: _Target) -> bool:
        """A trigger word written with an attached pronoun: "ضمها" is "ضم" + "ها"."""
        triggers = target.event.triggers if target.event else target.series.triggers if target.series else ()
        keys = {key(w) for group in triggers for w in group}
        return any(word.endswith(p) and len(word) > len(p) + 1 and (word_forms(word, (p,)) - {word}) & keys
                   for p in self.kb.enclitics)

    def _member(self, ctx: SentenceContext, target: _Target, named: tuple[int, int]) -> Event | None:
        """The member of a series an ordinal picks: "للقمة الأولى بين الكوريتين", "أول قمة"."""
        if target.series is None:
            return None
        text = ctx.text.text
        ordinal = self._ordinal(text, named[0], named[1])
        hit = target.groups[0].search(text, named[0], named[1], timeout=TIMEOUT)
        if hit is not None:  # the ordinal adjective right after the series' noun
            numbers = self.kb.numbers.read(text, hit.end(), min(len(text), hit.end() + 20))
            if numbers and numbers[0].ordinal and not text[hit.end():numbers[0].start].strip():
                ordinal = int(numbers[0].value)
        members = target.series.members
        return members[ordinal - 1] if ordinal is not None and 0 < ordinal <= len(members) else None

    def _end_named(self, text: str, start: int, end: int) -> str:
        """Which end of the event a phrase names: "لانتهاء" its end, "لاندلاع" (or nothing) its start."""
        hit = self.ends.search(text, start, end, timeout=TIMEOUT)
        return "end" if hit is not None and hit.group("end") else "start"

    def _anniversary_fact(self, ctx: SentenceContext, start: int, marked: _Marked, ordinal: int | None) -> Fact:
        event = marked.event
        when = [d for d in self._placing(ctx) if d.span and not d.span.overlaps(event.span)]
        date = min(when, key=lambda d: abs(d.norm_start - start)) if when else None
        valid = ValidAt(date.span, date.basis) if date and date.span else ctx.published()
        target, end = marked.target, marked.end if event.lasted else "start"  # a signing has one day
        value = {"event": target.id, "member": event.id if target.series else None, "ordinal": ordinal,
                 "event_year": event.day(end).year, "counted_from": end}
        return Fact(ctx.article.id, "anniversary", Subject(f"event:{target.id}", target.label), value,
                    valid, ctx.evidence(start, marked.named[1]))

    def _stated_anniversary(self, ctx: SentenceContext, start: int, after: int, base: DateMention,
                            ordinal: int) -> Fact | None:
        """An anniversary of what the sentence dates itself; placed where the sentence places it.

        The year must belong to the anniversary's own phrase: in "لرحيل المغني الذي ولد عام
        1950" it is of something the phrase goes on to say, and past a comma of another clause.
        """
        assert base.span is not None
        text = ctx.text.text
        if ctx.clause_of(base.norm_start) != ctx.clause_of(after) or self.describing.search(
                text, after, base.norm_start, timeout=TIMEOUT):
            return None
        when = [d for d in self._placing(ctx) if d is not base]
        date = min(when, key=lambda d: abs(d.norm_start - start)) if when else None
        valid = ValidAt(date.span, date.basis) if date and date.span else ctx.published()
        if valid.span is None or valid.span.start.year <= base.span.end.year:
            return None  # the date is the anniversary's own ("لتأسيسها في 28 مايو 2011"), not its event's
        year = base.span.start.year
        value = {"event": None, "member": None, "ordinal": ordinal, "event_year": year, "counted_from": "stated"}
        what = text[after:base.norm_end].strip()
        return Fact(ctx.article.id, "anniversary", Subject(f"anniversary:{year}", what), value, valid,
                    ctx.evidence(start, base.norm_end))

    def _placing(self, ctx: SentenceContext) -> list[DateMention]:
        """Dates that may place an anniversary: not a count back from publication ("منذ 15 عاما")."""
        return [d for d in ctx.dates if d.span is not None and d.form not in _COUNTED and not d.since]

    def _elapsed(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        """"منذ" or "قبل" a span of time, with what it counts from.

        The date reader resolved when the thing must have begun: "الحرب المستمرة منذ أكثر من 30
        شهرا" (the event's start), "المحادثات ... متوقفة منذ نحو 15 عاما" (its end), "الذي يحكم
        البلاد منذ نحو 15 عاما" (the start of the term the person holds at publication).
        """
        for date in ctx.dates:
            if date.span is None or date.form not in _COUNTED:
                continue
            fact = self._term_elapsed(ctx, date)
            if fact is None and date.form == "elapsed":
                fact = self._event_elapsed(ctx, present, date)
            if fact is not None:
                yield fact

    def _scope(self, ctx: SentenceContext, position: int) -> tuple[int, int]:
        """The clause of a position, from the clause before when this one describes its noun."""
        index = ctx.clause_of(position)
        start, end = ctx.clause_span(index)
        if index > 0 and self._describes(ctx.text.text, start):
            start = ctx.clause_span(index - 1)[0]
        return start, end

    def _describes(self, text: str, clause_start: int) -> bool:
        """Whether a clause opens with a word that describes the noun before its comma."""
        return bool(self.describing.match(text, len(text) - len(text[clause_start:].lstrip()), timeout=TIMEOUT))

    def _event_elapsed(self, ctx: SentenceContext, present: list[_Target], date: DateMention) -> Fact | None:
        text = ctx.text.text
        scope = self._scope(ctx, date.norm_start)
        clause_start = ctx.clause_span(ctx.clause_of(date.norm_start))[0]
        stops = len(self.since_end.findall(text, clause_start, date.norm_start, timeout=TIMEOUT))
        end = "end" if stops % 2 else "start"  # "لم تتوقف منذ": not stopped is going on
        if end == "start":
            named = [(hit.end(), t) for t in present if t.event is not None and t.ongoing is not None
                     and (hit := t.ongoing.search(text, scope[0], scope[1], timeout=TIMEOUT))]
        else:  # what stopped is named before, in this clause or the sentence
            named = [(hit[1], t) for t in present if t.event is not None
                     and (hit := t.named_in(text, 0, date.norm_start)) is not None]
        if not named:
            return None
        event = max(named, key=lambda n: n[0])[1].event
        assert event is not None and date.span is not None
        published = ctx.article.published
        if not (event.lasted and published is not None and event.span.end < published.start):
            end = "start"  # what had not ended by publication cannot be counted from its end
        value = {"event": event.id, "person": None, "term": None, "began": date.span.iso(),
                 "said": date.text, "counted_from": end}
        return Fact(ctx.article.id, "elapsed", Subject(f"event:{event.id}", event.label), value,
                    ctx.published(), ctx.evidence(date.norm_start, date.norm_end))

    def _term_elapsed(self, ctx: SentenceContext, date: DateMention) -> Fact | None:
        """"يتولى منصبه منذ نحو عشر سنوات": the term of the person the verb is about."""
        text, published = ctx.text.text, ctx.article.published
        start = ctx.clause_span(ctx.clause_of(date.norm_start))[0]
        verbs = [v for v in self.in_office.finditer(text, start, date.norm_start, timeout=TIMEOUT)
                 if date.form == "elapsed" or v.group("took")]  # "ترأس الاجتماع قبل أسبوعين" is no term
        person = self._holder(ctx, verbs[-1]) if verbs else None
        if person is None or published is None or date.span is None:
            return None
        term = "power" if verbs[-1].group("power") else "office"
        if self.kb.serving_since(person, published, any_office=term == "power") is None:
            return None  # no term known, or terms begun at different times: which one is meant is unclear
        value = {"event": None, "person": person, "term": term, "began": date.span.iso(),
                 "said": date.text, "counted_from": "start"}
        return Fact(ctx.article.id, "elapsed", Subject(person, self.kb.entities[person].name), value,
                    ctx.published(), ctx.evidence(date.norm_start, date.norm_end))

    def _holder(self, ctx: SentenceContext, verb: regex.Match[str]) -> str | None:
        """The person named right before the verb ("تشوي سون هوي، التي تتولى") or right after it.

        Only a comma or "الذي"/"التي" may stand between: in "التقى بوتين رئيس الوزراء الهندي
        الذي يتولى منصبه" the verb is about the prime minister, whom the sentence does not name.
        """
        text = ctx.text.text
        for name in ctx.names:
            if self.kb.entities[name.entity].kind != "person":
                continue
            between = text[name.end:verb.start()] if name.end <= verb.start() else text[verb.end():name.start]
            if not regex.search(r"\p{L}", self.describing.sub("", between, timeout=TIMEOUT), timeout=TIMEOUT):
                return name.entity
        return None

    def _counts(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        text = ctx.text.text
        for limit in self.limit.finditer(text, timeout=TIMEOUT):
            times = self.times.match(text, limit.end(), timeout=TIMEOUT)
            count = self._times(times) if times else None
            if count is None:
                continue
            negation = None
            for found in self.negation.finditer(text, 0, limit.start(), timeout=TIMEOUT):
                negation = found
            if negation is None:
                continue
            for target in present:
                if target.series is None:
                    continue
                if target.named_in(text, negation.start(), limit.start()) is None:
                    continue
                value = {"series": target.series.id, "count": count}
                yield Fact(ctx.article.id, "event_count", Subject(f"event:{target.id}", target.label), value,
                           ctx.published(), ctx.evidence(negation.start(), times.end()))

    def _times(self, match: regex.Match[str]) -> int | None:
        if match.group("fixed"):
            return self.kb.event_words.times[key(match.group("fixed"))]
        numbers = self.kb.numbers.read(match.group("n"))
        return int(numbers[0].value) if numbers else None
