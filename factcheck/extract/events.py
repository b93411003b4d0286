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

_DATE_ONLY_CLAUSE = regex.compile(r"^[\s\"'(]*(?:و|ف)?(?:في)?[\s.\"')]*$")
_FIRST_WORD = regex.compile(r"\s*(\p{L}+)")
_ADJACENT = regex.compile(r"^\s*(?:\p{L}+\s+)?$")  # nothing, or one word (an ordinal), between
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
    keys: tuple[frozenset[str], ...]  # per trigger group, its phrases as lexicon keys

    def pointing(self, text: str, start: int, end: int, pronouns: tuple[str, ...]) -> bool:
        """Whether a trigger word in text[start:end] carries a pronoun that points back (أقرها، وقعاها)."""
        return any(word not in keys and word.endswith(pronouns) for group, keys in zip(self.groups, self.keys)
                   for h in group.finditer(text, start, end, timeout=TIMEOUT) if (word := key(h.group("word"))))

    def cued(self, words: frozenset[str]) -> bool:
        """Whether every trigger group may be in a sentence with these words (a cheap first test)."""
        return all(cue & words for cue in self.cues)

    def named_in(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span covering one word of every trigger group in text[start:end], if all are there."""
        words = self.found(text, start, end)
        return (min(w[0] for w in words), max(w[1] for w in words)) if words else None

    def hits(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Every trigger word of every group in text[start:end], without its proclitics."""
        return [h.span("word") for group in self.groups for h in group.finditer(text, start, end, timeout=TIMEOUT)]

    def found(self, text: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """One word of every trigger group in text[start:end] (the first of each), if all are there."""
        hits = [group.search(text, start, end, timeout=TIMEOUT) for group in self.groups]
        return [h.span() for h in hits if h] if all(hits) else None

    def found_from(self, text: str, reach: int, start: int, end: int,
                   lacking: int | None = None) -> list[tuple[int, int]] | None:
        """Like found() in text[start:end], taking words it lacks from text[reach:start].

        None unless one word is in text[start:end]: a clause that describes the one before
        names the event only with a word of its own; with `lacking`, None if it lacks more.
        """
        own = [group.search(text, start, end, timeout=TIMEOUT) for group in self.groups]
        if not any(own) or (lacking is not None and own.count(None) > lacking):
            return None
        hits = [h or group.search(text, reach, start, timeout=TIMEOUT) for h, group in zip(own, self.groups)]
        return [h.span() for h in hits if h] if all(hits) else None

    def present(self, ctx: SentenceContext, in_article: set[str]) -> bool:
        """Participants named in the sentence (or article), and the event's context words."""
        seen = in_article if self.where == "article" else ctx.participants
        if not self.participants <= seen:
            return False
        return self.context is None or bool(self.context.search(ctx.text.text, timeout=TIMEOUT))


@dataclass(frozen=True)
class _Reading:
    """A target named in a stretch of a clause: the words found, and where the stretch is."""

    target: _Target
    index: int  # the clause
    start: int  # the stretch: a clause, or the part of it a sequence word opens
    end: int
    words: list[tuple[int, int]]  # one hit per trigger group

    @property
    def span(self) -> tuple[int, int]:
        """From the first word found to the last."""
        return min(w[0] for w in self.words), max(w[1] for w in self.words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _yields(reading: _Reading, other: _Reading) -> bool:
    """Whether every word of `reading` is a word of `other`, another event named by more groups.

    Two declared events are two things; a series member may be one of them (the Singapore
    summit is the first Trump–Kim summit), so a series yields to nothing.
    """
    return (other.index == reading.index and other.target.id != reading.target.id
            and reading.target.series is None and other.target.series is None
            and len(other.target.groups) > len(reading.target.groups)
            and all(any(_overlaps(w, o) for o in other.words) for w in reading.words))


def _governs(reading: _Reading, other: _Reading) -> bool:
    """Whether `other` is named inside `reading`'s words and shares one: what its verb acts on.

    "وقع بوتين السبت قانونا يصادق على معاهدة الشراكة": the signing is of the law that
    ratifies the treaty, not of the treaty.
    """
    (a, b), (c, d) = reading.span, other.span
    return (other.index == reading.index and other.target.id != reading.target.id and a < c and d <= b
            and any(_overlaps(w, o) for w in reading.words for o in other.words))


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
        self.so_far = regex.compile(rf"\s+(?:{alternation(words.count_so_far)})(?!\p{{L}})")
        self.sequence = word_pattern(words.sequence_words)
        # "قبل أن يعقد ... قمتهما الأولى عام 2019": the imperfect after أن tells of what happened
        self.subjunctive = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.sequence_words)})\s+[أا]ن\s+$")
        self.relative = regex.compile(rf"\s*(?:\p{{L}}+\s+)?[وف]?(?:{alternation(words.relative_pronouns)})(?!\p{{L}})")
        self.relative_word = word_pattern(words.relative_pronouns)
        self.relative_first = regex.compile(rf"\s*[وف]?(?:{alternation(words.relative_pronouns)})(?!\p{{L}})")
        self.adverbial = regex.compile(rf"\s*(?:{alternation(words.adverbial_openers)})(?!\p{{L}})")
        self.during = word_pattern(words.during)
        # "ثالث قمة", "قمتهما الثالثة", "للمرة الثالثة", "هي الأولى له" — not a word of a compound
        # ordinal ("الحادي عشر", "الحادي والعشرين")
        numbers = kb.numbers
        more = alternation([*numbers.teen_words, *(f"و{w}" for w in (*numbers.cardinals, *numbers.ordinals))])
        ordinal = rf"(?P<ordinal>{alternation(numbers.ordinals)})(?!\p{{L}})(?!\s+(?:ال)?(?:{more})(?!\p{{L}}))"
        self.adverbial_phrase = regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(words.adverbial_openers)})\s+{ordinal}\s+$")
        self.ordinal_before = regex.compile(rf"(?<!\p{{L}}){ordinal}\s+$")
        self.ordinal_after = regex.compile(rf"\s+{ordinal}")
        self.ordinal_times = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.ordinal_times)})\s+{ordinal}")
        self.ordinal_pronoun = regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(words.ordinal_pronouns)})\s+{ordinal}")

    def _target(self, id_: str, label: str, triggers: tuple[tuple[str, ...], ...], ongoing: Iterable[str],
                context: Iterable[str], participants: Iterable[str], where: str,
                series: Series | None, event: Event | None) -> _Target:
        ongoing, context = tuple(ongoing), tuple(context)
        enclitics = self.kb.enclitics
        return _Target(id_, label, tuple(word_pattern(g, enclitics) for g in triggers),
                       word_pattern(ongoing, enclitics) if ongoing else None,
                       word_pattern(context, enclitics) if context else None,
                       frozenset(participants), where, series, event,
                       tuple(frozenset(key(w).split()[0] for w in g) for g in triggers),
                       tuple(frozenset(key(w) for w in g) for g in triggers))

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
        """Dated claims, and the count an ordinal states ("ثالث قمة": two came before it)."""
        text = ctx.text.text
        # "الذكرى الثانية لتوقيع الاتفاق", "عيد ميلاده الرابع والستين": the event's words belong to
        # the anniversary, and the date near them is the anniversary's, not the event's — unless
        # it is of an earlier year ("الذكرى الثلاثين لإقامة العلاقات ... عام 1992")
        spent = [(m.start(), m.end() + ANNIVERSARY_REACH) for m in self.anniversary.finditer(text, timeout=TIMEOUT)]
        dated: dict[tuple[str, str], Fact] = {}  # one event named twice in a sentence is one claim
        for reading in self._readings(ctx, [t for t in present if t.event is None or not t.event.lasted]):
            target, named = reading.target, reading.span
            in_anniversary = any(a < named[1] and named[0] < b for a, b in spent)
            planned = self._planned(text, reading.start, named[1])
            listed = [] if planned else self._listed(ctx, reading)
            date = None if planned or listed else self._clause_date(ctx, reading, in_anniversary)
            ordinal = self._ordinal(ctx, reading) if target.series else None
            if ordinal is not None and (planned or date is not None) and not in_anniversary:
                yield self._ordinal_count(ctx, reading, ordinal, date)
            if target.series is not None and ordinal is None and not target.series.complete:
                continue
            for when in listed or ([date] if date else []):
                fact = self._event_fact(ctx, target, named, when, ordinal)
                same = (target.id, fact.value["date"])
                if same not in dated or dated[same].value["ordinal"] is None:
                    dated[same] = fact
        yield from dated.values()
        yield from self._ranges(ctx, present)

    def _readings(self, ctx: SentenceContext, targets: list[_Target]) -> list[_Reading]:
        """Where each target is named, clause by clause.

        Of two events named by the same words, the one named by more trigger groups is meant:
        "معاهدة الصداقة ... التي وقعها الاتحاد السوفيتي" is the Soviet treaty of 1961, not the
        Russian one of 2000 that shares its name.
        """
        readings = [r for index in range(len(ctx.clauses)) for target in targets
                    for r in self._stretches(ctx, target, index)]
        return [r for r in readings if not any(_yields(r, o) or _governs(r, o) for o in readings)]

    def _stretches(self, ctx: SentenceContext, target: _Target, index: int) -> list[_Reading]:
        """The target in one clause, once per stretch a sequence word opens.

        "ثاني لقاء بينهما بعد قمة بيونغ يانغ العام الماضي" names two meetings; the date after
        بعد is the earlier one's. A clause that describes the one before is read with it (see
        _reach), but only a word in it makes it name the event — or the event ending the clause
        before as the antecedent of its relative pronoun ("للقمة الأولى بين الكوريتين، التي
        جمعت ... في يونيو 2000"). A trigger with an attached pronoun takes the word it lacks from
        earlier in the sentence, and its participants too: "وافق ... على المعاهدة ...، بعدما
        أقرها مجلس الدوما في 24 أكتوبر", "علما أنه لم يزرها سوى مرة واحدة".
        """
        text = ctx.text.text
        start, end = ctx.clause_span(index)
        reach = self._reach(ctx, index, target)
        pointing = target.pointing(text, start, end, self.kb.event_words.pointing_pronouns)
        if not self._in_clause(ctx, target, 0 if pointing else reach, end):
            return []
        cuts = [start]
        for hit in self.sequence.finditer(text, start, end, timeout=TIMEOUT):
            if target.found(text, cuts[-1], hit.start()) and target.found(text, hit.start(), end):
                cuts.append(hit.start())
        out = []
        for i, (a, b) in enumerate(zip(cuts, [*cuts[1:], end])):
            words = target.found_from(text, reach if i == 0 else a, a, b)
            if words is None and i == 0:
                words = (self._antecedent(ctx, target, index)
                         or (target.found_from(text, 0, a, b, lacking=1) if pointing else None))
            if words is not None:
                out.append(_Reading(target, index, a, b, words))
        return out

    def _antecedent(self, ctx: SentenceContext, target: _Target, index: int) -> list[tuple[int, int]] | None:
        """The event's words ending the clause before a clause its relative pronoun opens."""
        start, _ = ctx.clause_span(index)
        if index == 0 or not self.relative_first.match(ctx.text.text, start, timeout=TIMEOUT):
            return None
        before = ctx.clause_span(index - 1)
        words = target.found(ctx.text.text, *before)
        if words is None or ctx.text.text[max(w[1] for w in words):before[1]].strip():
            return None
        return words

    def _reach(self, ctx: SentenceContext, index: int, target: _Target) -> int:
        """Where the words of clause `index` may begin: the clause before, if this one describes it.

        Such a clause opens with a relative pronoun ("كيم إيل سونغ، الذي توفي ...") or with a
        participle of the event's ("معاهدة الصداقة ... بين البلدين، المبرمة عام 1961").
        """
        text = ctx.text.text
        start, end = ctx.clause_span(index)
        if index == 0:
            return start
        opener = _FIRST_WORD.match(text, start, end, timeout=TIMEOUT)
        participle = opener is not None and opener.group(1).startswith("ال") and any(
            a == opener.start(1) for a, _ in target.hits(text, start, end))
        if participle or self.relative.match(text, start, timeout=TIMEOUT):
            return ctx.clause_span(index - 1)[0]
        if index >= 2 and self._continued(ctx, index - 2) == index:
            return ctx.clause_span(index - 2)[0]
        return start

    def _continued(self, ctx: SentenceContext, index: int) -> int | None:
        """The clause that goes on with clause `index` past an apposition set off by commas.

        "وافق مجلس الاتحاد، الغرفة العليا في البرلمان الروسي، الأربعاء على المعاهدة": the
        apposition opens with a definite noun and holds no date; the clause after it opens
        with one.
        """
        if index + 2 >= len(ctx.clauses):
            return None
        text = ctx.text.text
        (a, b), (after, _) = ctx.clause_span(index + 1), ctx.clause_span(index + 2)
        head = _FIRST_WORD.match(text, a, b, timeout=TIMEOUT)
        if (head is None or not head.group(1).startswith("ال") or self.relative.match(text, a, timeout=TIMEOUT)
                or any(a <= d.norm_start < b for d in ctx.dates)):
            return None
        opens = any(ctx.clause_of(d.norm_start) == index + 2 and not text[after:d.norm_start].strip()
                    for d in ctx.dates)
        return index + 2 if opens else None

    def _ordinal_count(self, ctx: SentenceContext, reading: _Reading, ordinal: int,
                       date: DateMention | None) -> Fact:
        """"ثالث قمة ... أمس": the members up to the one dated (or, for a plan, to publication)."""
        target = reading.target
        assert target.series is not None
        valid = ValidAt(date.span, date.basis) if date is not None and date.span is not None else ctx.published()
        value = {"series": target.series.id, "count": ordinal, "ordinal": True}
        return Fact(ctx.article.id, "event_count", Subject(f"event:{target.id}", target.label), value, valid,
                    ctx.evidence(*reading.span))

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
        if target.where == "clause":
            return target.participants <= self.participants.in_span(ctx, start, end)
        if target.where == "sentence":
            return self._met_here(ctx, target, start, end)
        return True

    def _met_here(self, ctx: SentenceContext, target: _Target, start: int, end: int) -> bool:
        """A person of a `where: sentence` event left out of a clause naming the other is the sentence's first.

        "حتى التقى بوتين" leaves out Kim, the subject named first; but in "وصل ... شويغو ...
        بتكليف من الرئيس فلاديمير بوتين، بعد زيارة أجرى خلالها ... محادثات مع الزعيم كيم" the
        talks are Shoigu's, and Putin, named later, took no part.
        """
        people = {p for p in target.participants if p.startswith("person:")}
        missing = people - self.participants.in_span(ctx, start, end)
        if missing == people:
            return True  # the clause names none of them: "القمة الأولى بين الرجلين"
        first = min((n for n in ctx.names if n.entity.startswith("person:")), key=lambda n: n.start, default=None)
        return first is not None and missing <= {first.entity}

    def _clause_date(self, ctx: SentenceContext, reading: _Reading, earlier_only: bool) -> DateMention | None:
        """The date of the stretch nearest the event's words, or of the clause it depends on.

        Not every date of the clause can be the event's. "منذ 24 عاما" says when something
        began; a date right after a reporting verb is the report's ("أعلنت الثلاثاء وفاة ...");
        a date after منذ belongs to what follows منذ, not to an event named before it
        ("ثالث قمة ... منذ انتهاء الحرب الكورية عام 1953"), and one after a relative pronoun to
        the relative clause ("استعادة ... كورسك التي توغلت فيها القوات الأوكرانية في 6 أغسطس").
        Of the rest, one after the event's
        words is preferred: "قصف يونبيونغ أمس بعد أشهر من إغراق الطراد ... في مايو". With
        `earlier_only` (the event named in an anniversary) only a date of an earlier year counts.
        """
        named = reading.span
        dated = self._eligible(ctx, reading)
        if earlier_only:
            published = ctx.article.published
            dated = [d for d in dated if published is not None and d.span is not None and d.span.single
                     and d.span.end.year < published.start.year]
        same = [d for d in dated if reading.start <= d.norm_start < reading.end]
        if same:
            after = [d for d in same if d.norm_start >= named[0]]
            return min(after or same, key=lambda d: abs(d.norm_start - named[0]))
        if earlier_only or reading.start != ctx.clause_span(reading.index)[0]:
            return None
        return (self._set_off(ctx, reading.index - 1, dated) or self._set_off(ctx, reading.index + 1, dated)
                or self._governing(ctx, reading, dated) or self._resumed(ctx, reading.index, dated))

    def _resumed(self, ctx: SentenceContext, index: int, dated: list[DateMention]) -> DateMention | None:
        """The date that opens the clause going on past an apposition (see _continued).

        "أعلنت ... الثلاثاء وفاة كيم يونغ نام، الرئيس السابق ...، أمس الاثنين عن 97 عاما".
        """
        resumed = self._continued(ctx, index)
        if resumed is None:
            return None
        start = ctx.clause_span(resumed)[0]
        return next((d for d in dated if ctx.clause_of(d.norm_start) == resumed
                     and not ctx.text.text[start:d.norm_start].strip()), None)

    def _eligible(self, ctx: SentenceContext, reading: _Reading) -> list[DateMention]:
        """The dates of the sentence that may be the event's (see _clause_date)."""
        text, named = ctx.text.text, reading.span
        return [d for d in ctx.dates if d.span is not None and d.form != "elapsed"
                and not self.reported_at.search(text, max(0, d.norm_start - 60), d.norm_start, timeout=TIMEOUT)
                and not (d.since and self._since_before(text, d.norm_start) > named[0])
                and not self._of_relative(text, reading, d.norm_start)]

    def _listed(self, ctx: SentenceContext, reading: _Reading) -> list[DateMention]:
        """The dates of the members a count of times lists after it, each a claim.

        "والتقى كيم وبوتين مرتين حتى الآن، في فلاديفوستوك عام 2019 ثم في ... سبتمبر الماضي":
        the dates after the count, in its stretch and in the adverbial clauses after it.
        """
        text = ctx.text.text
        times = self.times.search(text, reading.span[1], reading.end, timeout=TIMEOUT)
        if times is None or (self._times(times) or 0) < 2:
            return []
        index, end = reading.index, reading.end
        while index + 1 < len(ctx.clauses) and self.adverbial.match(text, ctx.clause_span(index + 1)[0],
                                                                     timeout=TIMEOUT):
            index += 1
            end = ctx.clause_span(index)[1]
        return [d for d in self._eligible(ctx, reading) if times.end() <= d.norm_start < end]

    def _of_relative(self, text: str, reading: _Reading, position: int) -> bool:
        """Whether a relative pronoun after the event's words, and not about the event, governs a date.

        "استعادة ... منطقة كورسك التي توغلت فيها القوات الأوكرانية في 6 أغسطس" dates the incursion.
        A pronoun right after a word of the first trigger group (the event itself, maybe with its
        ordinal) is about the event: "الاتفاق الإطاري الذي أبرمته ... في أكتوبر 1994".
        """
        pronoun = self.relative_word.search(text, reading.span[1], position, timeout=TIMEOUT)
        if pronoun is None or not text[reading.start:pronoun.start()].strip():
            return False  # none, or it opens the clause that describes the event (_antecedent)
        head = reading.words[0][1]
        return not _ADJACENT.match(text[head:pronoun.start()], timeout=TIMEOUT)

    def _set_off(self, ctx: SentenceContext, index: int, dated: list[DateMention]) -> DateMention | None:
        """A date alone in the clause before or after: "وفي يونيو/حزيران، وقع ... معاهدة".

        After: "لم يزر ... سوى مرة واحدة، عام 2001، حين ...".
        """
        beside = [d for d in dated if ctx.clause_of(d.norm_start) == index]
        if index < 0 or len(beside) != 1:
            return None
        start, end = ctx.clause_span(index)
        date, text = beside[0], ctx.text.text
        rest = text[start:date.norm_start] + text[date.norm_end:end]
        return date if _DATE_ONLY_CLAUSE.match(rest, timeout=TIMEOUT) else None

    def _governing(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """For an event told in an adverbial, the one date of the clause its clause hangs on.

        The adverbial opens the clause ("، في أول لقاء ...") or is the event's own phrase in it,
        with its ordinal ("، وأجرى محادثات مع كيم في رابع لقاء يجمعهما"; not "في دوره في إعلان"). The clause hung on is the nearest
        before that is not a relative clause: in "استقبل ... السبت كيم جونغ إل، الذي وصل ...
        مساء الجمعة ...، وذلك في ثاني لقاء بينهما" the meeting is Saturday's reception.
        """
        text, index = ctx.text.text, reading.index
        if index == 0 or not (self.adverbial.match(text, ctx.clause_span(index)[0], timeout=TIMEOUT) or any(
                self.adverbial_phrase.search(text, max(0, a - 20), a, timeout=TIMEOUT)
                for a, _ in reading.target.hits(text, reading.start, reading.end))):
            return None
        for back in range(index - 1, -1, -1):
            if back > 0 and self.relative.match(text, ctx.clause_span(back)[0], timeout=TIMEOUT):
                continue
            own = [d for d in dated if ctx.clause_of(d.norm_start) == back]
            return own[0] if len(own) == 1 else None
        return None

    def _planned(self, text: str, start: int, end: int) -> bool:
        """A plan or the future tense in text[start:end]: what it names has not happened.

        Only after the last خلال: "وهي دعوة وجهها ... خلال لقائهما أمس" names a meeting that was;
        and not the imperfect after "قبل أن" / "بعد أن", which tells of the past.
        """
        for during in self.during.finditer(text, start, end, timeout=TIMEOUT):
            start = during.end()
        if self.planned.search(text, start, end, timeout=TIMEOUT):
            return True
        calendar = self.kb.calendar
        return any((hit.group("verb") is None or hit.group("verb").lstrip("وف") not in calendar.future_exceptions)
                   and not self.subjunctive.search(text, max(0, hit.start() - 12), hit.start(), timeout=TIMEOUT)
                   for hit in calendar.future.finditer(text, start, end, timeout=TIMEOUT))

    def _since_before(self, text: str, position: int) -> int:
        """Where the منذ that governs a date stands (the last one before it)."""
        found = -1
        for hit in self.since.finditer(text, 0, position, timeout=TIMEOUT):
            found = hit.start()
        return found

    def _ordinal(self, ctx: SentenceContext, reading: _Reading) -> int | None:
        """Which member the stretch names, if it says.

        "للمرة الأولى", "للمرة الثالثة", "ثالث قمة", "قمتهما الثالثة", "زيارة ... هي الأولى له" —
        but not "أول زيارة ... منذ 24 عاما" (the first in years).
        """
        text, start, end = ctx.text.text, min(reading.start, reading.span[0]), reading.end
        marker = self.ordinals.search(text, start, end, timeout=TIMEOUT)
        if marker is not None:
            value, at = self.kb.event_words.ordinal_markers[key(marker.group("word"))], marker.end()
        else:
            found = self._ordinal_word(text, reading)
            if found is None:
                return None
            value, at = self.kb.numbers.ordinals[key(found.group("ordinal"))], found.end()
        if self.since.search(text, at, end, timeout=TIMEOUT):
            return None
        return value

    def _ordinal_word(self, text: str, reading: _Reading) -> regex.Match[str] | None:
        """An ordinal number word after للمرة, or beside a trigger word, or after هي later on."""
        start, end = min(reading.start, reading.span[0]), reading.end
        words = sorted(reading.target.hits(text, start, end))
        found = self.ordinal_times.search(text, start, end, timeout=TIMEOUT)
        found = found or next((m for a, b in words if (m := self._beside(text, start, end, a, b))), None)
        return found or next((m for _, b in words
                              if (m := self.ordinal_pronoun.search(text, b, end, timeout=TIMEOUT))), None)

    def _beside(self, text: str, start: int, end: int, a: int, b: int) -> regex.Match[str] | None:
        """An ordinal right before the trigger word text[a:b], right after it, or ending it.

        "ثالث قمة", "قمتهما الثالثة", "القمة الأولى" (a trigger phrase that holds its ordinal).
        """
        inside = self.ordinal_after.search(text, a, b, timeout=TIMEOUT)
        return (self.ordinal_before.search(text, max(start, a - 12), a, timeout=TIMEOUT)
                or self.ordinal_after.match(text, b, end, timeout=TIMEOUT)
                or (inside if inside is not None and inside.end() == b else None))

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
        """"لم يزر ... سوى مرة واحدة", "التقى ... مرتين فقط": how many had happened by publication."""
        text = ctx.text.text
        for times, named_from in self._stated_times(ctx):
            count = self._times(times)
            if count is None:
                continue
            for target in present:
                if target.series is None or target.named_in(text, named_from, times.start()) is None:
                    continue
                value = {"series": target.series.id, "count": count, "ordinal": False}
                yield Fact(ctx.article.id, "event_count", Subject(f"event:{target.id}", target.label), value,
                           ctx.published(), ctx.evidence(named_from, times.end()))

    def _stated_times(self, ctx: SentenceContext) -> Iterator[tuple[regex.Match[str], int]]:
        """Each count of times, with where the words of what it counts may begin.

        After a negation and a limit ("لم ... سوى مرتين"), the event is between the two; before
        a word of "so far" ("مرتين فقط", "مرتين حتى الآن"), it is earlier in the clause.
        """
        text = ctx.text.text
        limited = set()
        for limit in self.limit.finditer(text, timeout=TIMEOUT):
            times = self.times.match(text, limit.end(), timeout=TIMEOUT)
            negation = None
            for found in self.negation.finditer(text, 0, limit.start(), timeout=TIMEOUT):
                negation = found
            if times is not None and negation is not None:
                limited.add(times.start())
                yield times, negation.start()
        for times in self.times.finditer(text, timeout=TIMEOUT):
            if times.start() not in limited and self.so_far.match(text, times.end(), timeout=TIMEOUT):
                yield times, ctx.clause_span(ctx.clause_of(times.start()))[0]

    def _times(self, match: regex.Match[str]) -> int | None:
        if match.group("fixed"):
            return self.kb.event_words.times[key(match.group("fixed"))]
        numbers = self.kb.numbers.read(match.group("n"))
        return int(numbers[0].value) if numbers and not numbers[0].ordinal else None
