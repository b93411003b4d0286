"""Claims about declared events (rules/events/): when, which anniversary, how long since, how often.

- event_date: a clause that names an event (a word of every trigger group) and its
  participants, with a date in the clause or fronted before it ("وفي يونيو/حزيران، وقع
  ... معاهدة"). "للمرة الأولى" picks a member of a series (the first Kim–Putin meeting).
- anniversary: "الذكرى السبعين للهدنة" — the ordinal, the event it follows, and the date
  the anniversary is placed at (a date of the sentence that is not the event's own).
- elapsed: "الحرب المستمرة منذ أكثر من 30 شهرا في اوكرانيا" — the date reader resolves
  when the war must have begun (before 2024-03-14 for an article of 2024-09-14).
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

_DATE_ONLY_CLAUSE = regex.compile(r"^[\s\"'(]*(?:و|ف)?(?:في)?\s*$")
ANNIVERSARY_REACH = 40  # characters after an anniversary word where the event it marks is named


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
        facts.extend(self._anniversaries(ctx, triggered))
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
        text = ctx.text.text
        for hit in self.anniversary.finditer(text, timeout=TIMEOUT):
            numbers = self.kb.numbers.read(text, hit.end(), min(len(text), hit.end() + 40))
            if not numbers or numbers[0].start != hit.end() or not (numbers[0].ordinal or numbers[0].article):
                continue
            number = numbers[0]
            window = (number.end, min(len(text), number.end + 60))
            candidates = [(named, t) for t in present if t.event is not None
                          and (named := t.named_in(text, *window)) is not None]
            if candidates:  # the event named nearest after the ordinal: "للهدنة في الحرب الكورية"
                named, target = min(candidates, key=lambda c: c[0][0])
                event = target.event
                assert event is not None
                when = [d for d in ctx.dates if d.span is not None and not d.span.overlaps(event.span)]
                date = min(when, key=lambda d: abs(d.norm_start - hit.start())) if when else None
                valid = ValidAt(date.span, date.basis) if date else ctx.published()
                value = {"event": event.id, "ordinal": int(number.value), "event_year": event.span.start.year}
                yield Fact(ctx.article.id, "anniversary", Subject(f"event:{event.id}", event.label), value,
                           valid, ctx.evidence(hit.start(), named[1]))

    def _elapsed(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[Fact]:
        """"الحرب المستمرة منذ أكثر من 30 شهرا": the date reader resolved when it began."""
        text = ctx.text.text
        for date in ctx.dates:
            if date.form != "elapsed" or date.span is None:
                continue
            clause = ctx.clause_span(ctx.clause_of(date.norm_start))
            target = next((t for t in present if t.event is not None and t.ongoing is not None
                           and t.ongoing.search(text, clause[0], clause[1], timeout=TIMEOUT)), None)
            if target is None or target.event is None:
                continue
            value = {"event": target.event.id, "began": date.span.iso(), "said": date.text}
            yield Fact(ctx.article.id, "elapsed", Subject(f"event:{target.event.id}", target.event.label),
                       value, ctx.published(), ctx.evidence(date.norm_start, date.norm_end))

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
