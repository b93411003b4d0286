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

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import timedelta

import regex

from factcheck.extract.entities import NameMention
from factcheck.extract.participants import Participants
from factcheck.extract.sentence import SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.knowledge import Event, Knowledge, Series
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention, TimeSpan, since_span
from factcheck.text.lexicon import (
    alternation,
    cue_roots,
    indefinite_forms,
    key,
    word_forms,
    word_pattern,
)
from factcheck.text.numbers import NumberMention

_DATE_ONLY_CLAUSE = regex.compile(r"^[\s\"'(]*(?:و|ف)?(?:في)?[\s.\"')]*$")
_FIRST_WORD = regex.compile(r"\s*(\p{L}+)")
_NAME_GOES_ON = regex.compile(r"\s+ال\p{L}")  # a definite word next: the noun before heads a longer name
_NEXT_TO = regex.compile(r"\s*(?:\p{L}+\s+){0,3}")  # a trigger's first date: after at most its count, an adjective, في
_JOINED = regex.compile(r"[\s,]*(?:و\s*)?")  # between two dates joined by و
_WITH_BEFORE = regex.compile(r"(?<!\p{L})مع\s+(?:\p{L}+\s+){0,3}$")  # "مع الرئيس الأمريكي دونالد ": a companion's name next
_ADJACENT = regex.compile(r"^\s*(?:\p{L}+\s+)?$")  # nothing, or one word (an ordinal), between
# "ضم دونيتسك ولوغانسك وزابوريجيا وخيرسون، التي وقعها بوتين": the event's objects joined by و
_OBJECTS_LISTED = regex.compile(r"^\s*\p{L}+(?:\s*,?\s+و\s?\p{L}+)+\s*,?\s*$")
_LETTERS = regex.compile(r"\p{L}+")
_LAST_WORD = regex.compile(r"\p{L}+(?=[^\p{L}]*$)")


def _feminine(word: str) -> bool:
    """Whether a (folded) noun is feminine in form: it ends in ة, folded to ه."""
    return word.endswith("ه")
PROCLITIC_REACH = 3  # the most letters before a trigger word in its written word: ولل، فلل (word_pattern)
ANNIVERSARY_REACH = 40  # characters after an anniversary word where the event it marks is named
PRONOUN_ANNIVERSARY_REACH = 120  # characters before "ذكراه" where the event it points back to is named
ANNIVERSARY_WINDOW = 60  # characters after an anniversary's ordinal where its event is looked for
BASE_YEAR_REACH = 90  # characters after the ordinal where the year of its event may stand
MAX_ANNIVERSARY = 5000  # the largest anniversary ordinal read: the year it gives (event + ordinal) stays below 9999
_ANOTHER_TIME = regex.compile(r"(?<!\p{L})[وف]?(?:بعد|قبل|منذ)(?!\p{L})")  # "بعد وقت قصير من قمة ...": another time
CAUSE_DATE_REACH = 16  # characters from a cause's event words to its date: " ليل الثلاثاء", " في"
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
    where: str  # clause | sentence | article | subject (of the first trigger word): where the participants are named
    series: Series | None
    event: Event | None
    cues: tuple[frozenset[str], ...]  # per trigger group, the first words of its phrases
    keys: tuple[frozenset[str], ...]  # per trigger group, its phrases as lexicon keys
    roots: frozenset[str] | None  # the roots of its trigger and `ongoing` words (cue_roots); None: one has none
    definites: tuple[regex.Pattern[str] | None, ...]  # per trigger group, the head nouns of its phrases made definite

    @property
    def counts_series(self) -> bool:
        """Whether an ordinal on the target counts the series' members, not one pair's meetings.

        "قمتهما الأولى" or "أول قمة بينهما" of Moon and Kim is the third inter-Korean summit: a
        series named by the words of the pair of leaders who met counts their meetings only.
        """
        return self.series is not None and self.where != "pair" and self.participants == frozenset(self.series.participants)

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
        """One word of every trigger group in text[start:end], if all are there: the closest together.

        Of two visits in one clause, "زيارة الدولة التي يبدأها بوتين ... ردا على الزيارة التي قام
        بها كيم ... إلى روسيا" names Kim's by the second visit noun, the one beside "إلى روسيا".
        Of spans equally tight, the first. A word of a group right before the one chosen heads it
        ("غرق السفينة الحربية تشونان" is named from غرق).
        """
        hits = [group.search(text, start, end, timeout=TIMEOUT) for group in self.groups]
        if not all(hits):
            return None
        spans = [h.span() for h in hits if h]
        if len(spans) == 1 or not any(group.search(text, b, end, timeout=TIMEOUT)
                                      for group, (_, b) in zip(self.groups, spans)):
            return spans
        every = [[h.span() for h in group.finditer(text, start, end, timeout=TIMEOUT)] for group in self.groups]
        tightest = min(itertools.product(*every), key=lambda words: (
            max(b for _, b in words) - min(a for a, _ in words), min(a for a, _ in words)))
        return [_headed(text, hits, word) for hits, word in zip(every, tightest)]

    def found_from(self, text: str, reach: int, start: int, end: int,
                   lacking: int | None = None) -> list[tuple[int, int]] | None:
        """Like found() in text[start:end], taking words it lacks from text[reach:start].

        None unless one word is in text[start:end]: a clause that describes the one before
        names the event only with a word of its own; with `lacking`, None if it lacks more.
        """
        own = [group.search(text, start, end, timeout=TIMEOUT) for group in self.groups]
        if not any(own) or (lacking is not None and own.count(None) > lacking):
            return None
        if all(own):
            return self.found(text, start, end)
        hits = [h or group.search(text, reach, start, timeout=TIMEOUT) for h, group in zip(own, self.groups)]
        return [h.span() for h in hits if h] if all(hits) else None

    def present(self, ctx: SentenceContext, here: set[str], in_article: set[str]) -> bool:
        """Participants named in the sentence (`here`, or the article), and the event's context words."""
        seen = in_article if self.where == "article" else here
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


# "بعد 76 عاما على اندلاع الحرب": the phrase, its unit of time, the amount, the event it counts from
_Since = tuple[regex.Match[str], regex.Match[str], float, _Marked]


@dataclass(frozen=True)
class _Reading:
    """A target named in a stretch of a clause: the words found, and where the stretch is."""

    target: _Target
    index: int  # the clause
    start: int  # the stretch: a clause, or the part of it a sequence word opens
    end: int
    words: list[tuple[int, int]]  # one hit per trigger group
    foreign: frozenset[int] = frozenset()  # relative clauses whose dates are another event's

    @property
    def span(self) -> tuple[int, int]:
        """From the first word found to the last."""
        return min(w[0] for w in self.words), max(w[1] for w in self.words)


PERSON_AFTER_REACH = 30  # characters after a birth or death word where the person's name begins (a title between)
DESCRIBED_GAP = 80  # characters between an event's words and the end of its clause, for a describing clause after
SEQUENCE_REACH = 40  # characters before an event's words where a sequence word (بعد, منذ) governs them
ENDED_REACH = 12  # words between an ended event's name and the date of its end (the talks' subject, the two leaders)
DESTINATION_REACH = 25  # characters after إلى where the country an event is bound for is named
_SPAN_OPENER = regex.compile(r"\s*[وف]?(?:من|بين|يومي)\s")  # "بين 27 آذار و26 أيار" is a span, not two days
_AND = regex.compile(r"\sو")
_DAMMA = "\u064f"
_SPACES = regex.compile(r"\s*")
MET_NAME_REACH = 32  # characters after a meeting's word where the name of one who met begins (titles between)
PARTICIPANT_STEPS = (0, 20, 40, 80, 160, 320, 640)  # how near an event's participants are named, coarsely
MEMBER_PLACE_REACH = 40  # characters before the first listed date where its member's place is named
OCCASION_DAYS = 7  # an event that lasted this many days or fewer is an occasion (a summit), not a war
DURING_REACH = 30  # characters into a clause where خلالها / أثناءه ties it to the clause before
WORDS_KEPT = 262_144  # distinct words whose roots _TriggerIndex keeps (a few tens of MB)


class _TriggerIndex:
    """Which target roots a stretch of text holds: a look-up per distinct word, not a pattern per target.

    A target is read only where a word of a trigger group (or of its `ongoing` noun) matches.
    Such a match starts a run of letters, at most PROCLITIC_REACH letters of proclitics in,
    with its phrase's root (phrase_root). A stretch none of whose runs of letters holds a target's
    root there names no target: the test is necessary, never sufficient, and the patterns
    decide as before.
    """

    def __init__(self, targets: list[_Target]):
        self.every_root = frozenset().union(*(t.roots for t in targets if t.roots is not None))
        self.longest = max(map(len, self.every_root), default=0)
        self.of_word: dict[str, frozenset[str]] = {}  # worked out once per run: words recur

    def in_text(self, text: str) -> set[str]:
        """The roots standing at the start of a run of letters of text (past its proclitics)."""
        found: set[str] = set()
        for word in set(_LETTERS.findall(text, timeout=TIMEOUT)):
            roots = self.of_word.get(word)
            if roots is None:
                if len(self.of_word) >= WORDS_KEPT:  # a corpus's vocabulary has no bound; the memory has
                    self.of_word.clear()
                roots = self.of_word[word] = self._of(word)
            found |= roots
        return found

    @staticmethod
    def may_name(target: _Target, roots: set[str]) -> bool:
        """Whether a stretch holding these roots may name the target."""
        return target.roots is None or not target.roots.isdisjoint(roots)

    def _of(self, word: str) -> frozenset[str]:
        every = self.every_root
        return frozenset(root for skip in range(min(PROCLITIC_REACH, len(word) - 1) + 1)
                         for size in range(1, min(self.longest, len(word) - skip) + 1)
                         if (root := word[skip:skip + size]) in every)


def _first_person(ctx: SentenceContext) -> NameMention | None:
    """The person the sentence names first: mostly its subject."""
    return min((n for n in ctx.names if n.entity.startswith("person:")), key=lambda n: n.start, default=None)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_CLOSING = " \t\n»\"”’')]"  # what may close a name before the comma that ends its clause
_PROCLITICS_AND_ARTICLE = regex.compile(r"^[وف]?(?:[بك]?ال|لل|[بلك])?")


def _bare(word: str) -> str:
    """A trigger word without its proclitics and article: الزيارة and زيارة are one noun."""
    return _PROCLITICS_AND_ARTICLE.sub("", word, count=1, timeout=TIMEOUT)


def _headed(text: str, hits: list[tuple[int, int]], word: tuple[int, int]) -> tuple[int, int]:
    """The first of the group's hits that run into `word` with only spaces between."""
    i = hits.index(word)
    while i > 0 and not text[hits[i - 1][1]:hits[i][0]].strip():
        i -= 1
    return hits[i]


def _yields(reading: _Reading, other: _Reading) -> bool:
    """Whether every word of `reading` is a word of `other`, another event named by more groups.

    Two declared events are two things; a series member may be one of them (the Singapore
    summit is the first Trump–Kim summit), so a series yields to nothing.
    """
    return (other.index == reading.index and other.target.id != reading.target.id
            and reading.target.series is None and other.target.series is None
            and len(other.target.groups) > len(reading.target.groups)
            and all(any(_overlaps(w, o) for o in other.words) for w in reading.words))


def _governs(text: str, reading: _Reading, other: _Reading) -> bool:
    """Whether `other` is named inside `reading`'s words and shares one: what its verb acts on.

    "وقع بوتين السبت قانونا يصادق على معاهدة الشراكة": the signing is of the law that
    ratifies the treaty, not of the treaty. An `other` that yields to the reading is a lesser
    naming of its own event ("مجلس الاتحاد ... لصالح المصادقة على معاهدة الشراكة" is the
    Federation Council's ratification, not Russia's), and governs nothing; nor does one right
    after the reading's first word, its genitive: "البيان المشترك لقمة سنغافورة" is the
    summit's statement, and both were.
    """
    (a, b), (c, d) = reading.span, other.span
    return (other.index == reading.index and other.target.id != reading.target.id and a < c and d <= b
            and any(_overlaps(w, o) for w in reading.words for o in other.words) and not _yields(other, reading)
            and bool(text[reading.words[0][1]:c].strip()))


class EventReader:
    """Reads event claims from sentences, given the names and dates already read."""

    def __init__(self, kb: Knowledge, participants: Participants):
        self.kb = kb
        self.participants = participants
        self.enclitics_longest_first = sorted(kb.enclitics, key=len, reverse=True)
        self.pronouns_longest_first = sorted(kb.event_words.pointing_pronouns, key=len, reverse=True)
        words = kb.event_words
        self.targets = [self._target(e.id, e.label, triggers, e.ongoing, e.context, participants, where, None, e)
                        for e in kb.events.values() if e.series is None
                        for triggers, participants, where in ((e.triggers, e.participants, e.participants_in),
                                                              *e.also_named)]
        self.targets += [self._target(s.id, s.label, triggers, (), (), participants, where, s, None)
                         for s in kb.series.values()
                         for triggers, participants, where in ((s.triggers, s.participants, s.participants_in),
                                                               *s.also_named)]
        self.member_of = {e.id: kb.series[e.member_of] for e in kb.events.values() if e.member_of is not None}
        # the members a series' count lists by their places ("مرتين، في سنغافورة في ... وفي هانوي في ...")
        self.members: dict[str, list[_Target]] = {}
        for t in self.targets:
            if t.event is not None and t.event.member_of is not None and len(t.groups) > 1:
                self.members.setdefault(t.event.member_of, []).append(t)
        # A target is looked at only where one of its participants is named and its words
        # may stand: with every person's birth and death among the events, most targets are
        # out of most sentences.
        order = {t.id: i for i, t in reversed(list(enumerate(self.targets)))}
        ranked = [((order[t.id], bool(t.participants), i), t) for i, t in enumerate(self.targets)]
        self.unconditional = [r for r in ranked if not r[1].participants]
        self.by_participant: dict[str, list[tuple[tuple[int, bool, int], _Target]]] = defaultdict(list)
        for rank, target in ranked:
            if target.participants:
                self.by_participant[min(target.participants)].append((rank, target))
        self.words = _TriggerIndex(self.targets)
        self.ordinals = word_pattern(words.ordinal_markers)
        self.since = word_pattern(kb.calendar.words["since"])
        self.anniversary = regex.compile(rf"(?<!\p{{L}})[وف]?(?:لل|[بل])?(?:{alternation(words.anniversary)})\s+")
        # "مرور 30 عاما على": the count of years is read between the two patterns
        # "تفكك الاتحاد السوفيتي، الذي تحل ذكراه الخامسة والعشرون": the pronoun's event, named before
        self.anniversary_of_pronoun = regex.compile(
            rf"(?<!\p{{L}})[وفبل]?(?:{alternation(words.anniversary_pronouns)})\s+")
        self.passed = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:{alternation(words.anniversary_passed)})\s+")
        # "بعد 76 عاما على اندلاع الحرب الكورية"، "مضى اليوم 35 عاما على انضمام الكوريتين": time since the event
        cal = kb.calendar
        self.elapsed_after = regex.compile(
            rf"(?<!\p{{L}})(?:(?P<opening>[وف]?(?:{alternation(words.elapsed_after)}))|[وف]?(?:{alternation(words.elapsed_verbs)}))"
            rf"\s+(?:(?:{alternation(words.elapsed_after_now)})\s+)?(?:(?P<q>{alternation(cal.qualifiers)})\s+)?")
        self.elapsed_unit = regex.compile(rf"\s*(?P<u>{alternation(cal.durations)})\s+(?:{key('على')}|من)\s+")
        self.passed_years = regex.compile(rf"\s*(?:{alternation(words.anniversary_years)})\s+{key('على')}\s+")
        self.passed_other = regex.compile(rf"\s*(?:{alternation(words.milestone_units) or '(?!)'})\s+{key('على')}\s+")
        self.negation = word_pattern(words.count_negations)
        # "أعلنت وسائل الإعلام الرسمية الثلاثاء وفاة ...": the date of the report, a few words after its verb
        self.reported_at = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.quantity_words['attribution'])})(?:\s+\p{{L}}+){{0,8}}\s+$")
        # "دعوة ... لزيارة", "يبدأ ... زيارة", "ستعقد القمة": a plan, not an event that happened
        self.planned = word_pattern(kb.calendar.words["plan_words"])
        self.during_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.during)})\s+$")
        self.setting = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.setting_prepositions) or '(?!)'})\s+$")
        self.during_near = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.during)})\s+(?:\p{{L}}+\s+)?$")
        self.invited = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.invitation_verbs)})(?:\s+\p{{L}}+){{0,3}}?"
                                     rf"\s+(?P<to>{key('إلى')}\s+)?$")
        self.purpose = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.purpose_words)})\s+(?:[وف]?[بلك]?|[وف]?لل)$")
        self.journey = regex.compile(rf"\s*(?:{alternation(words.journey_circumstantials)})(?!\p{{L}})")
        aside = alternation(kb.calendar.words.get("aside_words", ())) or "(?!)"
        self.aside_only = regex.compile(rf"\s*(?:(?:{aside})\s+)*")  # "، في 6 تشرين الثاني"
        self.host_verbs = word_pattern(words.host_verbs, kb.enclitics)
        self.visit_doers = regex.compile(rf"\s+(?:{alternation(words.visit_doers)})(?!\p{{L}})")
        self.cause = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(words.cause_words) or '(?!)'})\s+(?:[وف]?[بلك]?|[وف]?لل)$")
        # "، غداة قمته": a clause of the day before (or, after عشية, the day after) the clause before it
        self.day_beside = regex.compile(rf"\s*[وف]?(?:(?P<morrow>{alternation(words.morrow_words)})|{alternation(words.eve_words)})"
                                        rf"(?!\p{{L}})")
        # "، حين التقى ...": a clause at the time of the clause before it (calendar clause_links)
        self.linked = regex.compile(rf"\s*[وف]?(?:{alternation(kb.calendar.words['clause_links'])})(?!\p{{L}})")
        self.trip_purpose = regex.compile(r"(?<!\p{L})[وف]?ل\p{L}+\s+$")  # "لعقد", "لحضور", "للقاء"
        self.subject_words = frozenset(words.subject_particles) | frozenset(
            w for role in kb.roles.values() for form in (*role.forms, *role.duals) for w in key(form).split()
            if not w.startswith("{"))
        self.limit = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.count_limits)})\s+")
        ends = words.event_ends
        self.ends = regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?:(?P<end>{alternation(ends['end'])})"
                                  rf"|(?P<start>{alternation(ends['start'])}))(?!\p{{L}})")
        self.start_words = regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?:{alternation(ends['start'])})\s+")
        self.since_end = word_pattern(words.since_end, kb.enclitics)
        self.apposition_heads = frozenset(words.apposition_heads)
        describing = (*words.describes_before, *words.relative_pronouns)
        self.describing = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(describing)})(?!\p{{L}})")
        self.in_office = regex.compile(rf"(?<!\p{{L}})[وف]?(?:(?P<took>{alternation(words.took_office)})"
                                       rf"|(?P<office>{alternation(words.in_office)})"
                                       rf"|(?P<power>{alternation(words.in_power)}))(?!\p{{L}})")
        self.times = regex.compile(rf"(?P<fixed>{alternation(words.times)})(?!\p{{L}})|"
                                   rf"(?P<n>\d+|\p{{L}}+)\s+(?:{alternation(words.times_unit)})(?!\p{{L}})")
        self.so_far = regex.compile(rf"\s+(?:{alternation(words.count_so_far)})(?!\p{{L}})")
        self.sequence = word_pattern(words.sequence_words)
        self.replacing = word_pattern(words.replacing)
        self.sender_before = regex.compile(r"(?<!\p{L})[وف]?من\s+(?:\p{L}+\s+){0,3}$")  # "برقية من الزعيم كيم"
        self.past_of_plan = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.calendar.words['past_of_plans'])})\s+(?:\p{{L}}+\s+)?$")
        # "قبل أن يعقد ... قمتهما الأولى عام 2019": the imperfect after أن tells of what happened
        self.subjunctive = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.sequence_words)})\s+[أا]ن\s+$")
        self.relative = regex.compile(rf"\s*(?:\p{{L}}+\s+)?[وف]?(?:{alternation(words.relative_pronouns)})(?!\p{{L}})")
        self.relative_word = word_pattern(words.relative_pronouns)
        self.since_before = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.sequence_words)})\s+(?:\p{{L}}+\s+)?$")
        # "بعد إعلان بيونغ يانغ وفاة الزعيم": a few words (the report of it, who made it) may stand between
        self.sequence_before = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.sequence_words)})\s+(?:\p{{L}}+\s+){{0,4}}$")
        self.pointing_nouns = word_pattern(words.pointing_nouns)
        self.pointing_countries = word_pattern(words.pointing_countries)
        self.earlier = regex.compile(rf"\s+(?:{alternation(words.earlier_words)})(?!\p{{L}})")
        # "عامي 2000 و2008", "في العامين 2000 و2007" — not "بين عامي 1998 و2019", a span
        self.two_years = regex.compile(rf"(?:(?!بين\s)\p{{L}}+\s+)?(?:{alternation(words.dual_years)})\s")
        self.resumptive = word_pattern(words.resumptive_pronouns)
        self.masculine_relative = regex.compile(
            rf"\s*[وف]?(?:{alternation(words.masculine_relative_pronoun) or '(?!)'})(?!\p{{L}})")
        self.relative_first = regex.compile(rf"\s*[وف]?(?:{alternation(words.relative_pronouns)})(?!\p{{L}})")
        # prepositions and adverbs with a pronoun open no describing clause: "، وبعدها"، "، خلالها"، "، فيها"
        self.not_a_verb = regex.compile(rf"[وف]?(?:{alternation((*words.resumptive_pronouns, *words.sequence_words, *words.during))})"
                                        rf"(?:{alternation(words.pointing_pronouns)})?")
        self.last_of_them = regex.compile(rf"\s*(?:{alternation(words.last_of_them)})(?!\p{{L}})")  # "، كان آخرها"
        self.continuing = regex.compile(rf"\s*و(?:{alternation(words.continuing_verbs)})(?!\p{{L}})")
        self.adverbial = regex.compile(rf"\s*(?:{alternation(words.adverbial_openers)})(?!\p{{L}})")
        self.during = word_pattern(words.during)
        self.bound_for = regex.compile(rf"\s+(?:{alternation(['إلى'])})\s+")
        self.country_named = {key(n): c.id for c in kb.countries.values() for n in c.names}
        self.country_object = regex.compile(rf"\s+(?P<word>{alternation(self.country_named)})(?!\p{{L}})")
        # "الحرب الروسية الجورجية التي دارت من 7 إلى 12 أغسطس": its name, a relative pronoun and one verb
        self.described = regex.compile(rf"\s*[,]?\s*(?:{alternation(words.relative_pronouns)})\s+\p{{L}}+\s+")
        # "الحرب في دونباس التي اندلعت في نيسان/أبريل"، "الحرب ... التي دارت خمسة أيام في آب/أغسطس 2008"
        # past its adjectives or a complement (name_complements: "المحادثات السداسية حول برنامجها النووي،
        # التي انطلقت جولتها الأولى في بكين في آب/أغسطس 2003")
        complement = rf"(?:\s+(?:{alternation(words.name_complements) or '(?!)'})(?:\s+\p{{L}}+){{1,3}}?)?(?:\s+ال\p{{L}}+ي)*"
        self.described_when = regex.compile(
            rf"{complement}\s*[,]?\s*(?:{alternation(words.relative_pronouns)})\s+(?:\p{{L}}+\s+){{1,5}}في\s+")
        # its start or end told by the relative clause's verb, however many words the verb's object
        # takes: "الحرب الشيشانية الأولى، التي بدأت بدخول القوات الفدرالية الروسية إلى الشيشان في
        # كانون الأول/ديسمبر 1994"
        self.described_end = regex.compile(
            rf"{complement}\s*[,]?\s*(?:{alternation(words.relative_pronouns)})\s+"
            rf"(?:{alternation([*ends['start'], *ends['end']])})\s+(?:(?!(?:{alternation(words.relative_pronouns)})\s)\p{{L}}+\s+)"
            rf"{{0,{ENDED_REACH}}}في\s+")
        pronouns = alternation(words.pointing_pronouns)
        self.that_word = word_pattern(words.report_complements)
        said_of = [w for w in words.report_complements if w.endswith(words.pointing_pronouns)]
        self.said_of = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(said_of)})\s+(?:قد\s+)?[وف]?$")
        # "... أمس أنها أجرت [بنجاح] تجربتها": a that-clause, its verb and at most two words, then the event
        self.own_act = regex.compile(rf"\s+(?:{alternation(words.report_complements)})\s+(?:\p{{L}}+\s+){{1,3}}$")
        self.during_it = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.during)})(?:{pronouns})(?!\p{{L}})")
        # "ثالث قمة", "قمتهما الثالثة", "للمرة الثالثة", "هي الأولى له" — not a word of a compound
        # ordinal ("الحادي عشر", "الحادي والعشرين")
        numbers = kb.numbers
        more = alternation([*numbers.teen_words, *(f"و{w}" for w in (*numbers.cardinals, *numbers.ordinals))])
        ordinal = rf"(?P<ordinal>{alternation(numbers.ordinals)})(?!\p{{L}})(?!\s+(?:ال)?(?:{more})(?!\p{{L}}))"
        self.adverbial_phrase = regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(words.adverbial_openers)})\s+{ordinal}\s+$")
        self.ordinal_before = regex.compile(rf"(?<!\p{{L}}){ordinal}\s+$")
        # "ثم الثالثة في ..."، "أول تجربة أجرتها في ...": an ordinal for a series' noun (see _elliptical)
        definite = alternation(w for w in numbers.ordinals if w.startswith("ال"))
        bare = alternation(w for w in numbers.ordinals if not w.startswith("ال"))
        self.elliptical = regex.compile(
            rf"(?:(?<=(?:^|[\s,])(?:ثم\s+|و|,\s*))(?P<ord>{definite})(?!\p{{L}})(?=\s+(?:في\s+)?[\d\p{{L}}])"
            rf"|(?<!\p{{L}})(?P<ord_before>{bare})\s+(?P<noun>\p{{L}}+)"
            rf"|(?<=(?<!\p{{L}})(?P<noun_before>\p{{L}}+)\s+)(?P<ord_after>{definite})(?!\p{{L}}))")
        self.ordinal_after = regex.compile(rf"\s+{ordinal}")
        # "القمة الثالثة هذا العام"، "هي الثالثة بينهما هذا العام": an ordinal, a few words, then its scope
        self.ordinal_then_scope = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(numbers.ordinals)})(?:\s+\p{{L}}+){{0,2}}\s+$")
        self.ordinal_times = regex.compile(rf"(?<!\p{{L}})(?:{alternation(words.ordinal_times)})\s+{ordinal}")
        self.ordinal_pronoun = regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(words.ordinal_pronouns)})\s+{ordinal}")

    def _target(self, id_: str, label: str, triggers: tuple[tuple[str, ...], ...], ongoing: Iterable[str],
                context: Iterable[str], participants: Iterable[str], where: str,
                series: Series | None, event: Event | None) -> _Target:
        ongoing, context = tuple(ongoing), tuple(context)
        enclitics = self.kb.enclitics
        heads = [frozenset(f"ال{h}" for w in g if " " in (k := key(w)) and not (h := k.split()[0]).startswith("ال"))
                 for g in triggers]
        # "شنت ... هجوما مفاجئا": a definite phrase of the definitions is also read indefinite
        triggers = tuple(tuple(dict.fromkeys((*g, *(f for w in g for f in indefinite_forms(w))))) for g in triggers)
        return _Target(id_, label, tuple(word_pattern(g, enclitics) for g in triggers),
                       word_pattern(ongoing, enclitics) if ongoing else None,
                       word_pattern(context, enclitics) if context else None,
                       frozenset(participants), where, series, event,
                       tuple(frozenset(key(w).split()[0] for w in g) for g in triggers),
                       tuple(frozenset(key(w) for w in g) for g in triggers), cue_roots((*(w for g in triggers for w in g), *ongoing)),
                       tuple(word_pattern(h) if h else None for h in heads))

    # -- claims -----------------------------------------------------------------------------------
    def read(self, ctx: SentenceContext, in_article: set[str]) -> list[Fact]:
        """Every event claim of the sentence."""
        here = ctx.participants | self._pointed_to(ctx)
        roots = self.words.in_text(ctx.text.text)
        carried = self._carried(ctx)
        candidates = [*self.unconditional, *(r for who in here | carried | in_article for r in self.by_participant.get(who, ()))]
        # as the targets are declared, those of one id together
        present = [t for _, t in sorted(r for r in candidates if r[1].roots is None or not r[1].roots.isdisjoint(roots))
                   if (t.present(ctx, here, in_article) or carried and t.present(ctx, here | carried, in_article)
                       and self._named_definite(ctx, t)) and not self._after_publication(ctx, t)]
        # with the words of the sentence before, where a pronoun on a trigger may point (_from_previous)
        words = self._words(ctx) if present else frozenset()
        triggered = [t for t in present if t.cued(words)]
        # "في ذكراها الثلاثين"، "بعد 76 عاما على": phrases of an event named before or after them, found once
        of_pronouns = list(self._pronoun_anniversaries(ctx, present)) if present else []
        since = list(self._elapsed_after_phrases(ctx, present)) if present else []
        counted = [(start, number.end) for start, number, _ in of_pronouns]
        counted += [(hit.start(), marked.named[1]) for hit, _, _, marked in since]
        facts = list(self._dated(ctx, triggered, counted)) if triggered else []  # dates and counts are of a target
        facts.extend(self._anniversaries(ctx, present, of_pronouns))  # "لاندلاع الحرب" names no trigger
        facts.extend(self._elapsed(ctx, present, since))
        if triggered:
            facts.extend(self._counts(ctx, triggered))
        return _without_anniversary_days(facts, ctx.article.published)

    @staticmethod
    def _after_publication(ctx: SentenceContext, target: _Target) -> bool:
        """Whether the target's event began after the article was published: no writer could tell of it.

        "وكان بوتين قد طلب من مجلس الدوما في 24 حزيران/يونيو الماضي المصادقة على معاهدة الصداقة
        الجديدة" printed in 2000 is not the Duma's vote of 2024 on another treaty. A day's grace
        allows for time zones: a Washington dateline may be a day behind the Seoul date of the event.
        """
        published = ctx.article.published
        return (target.event is not None and published is not None
                and target.event.span.start > published.end + timedelta(days=1))

    def _words(self, ctx: SentenceContext) -> frozenset[str]:
        """The word forms of the sentence and the few before (see word_forms)."""
        # each sentence's forms are worked out once (word_forms caches them by text), not those of the few joined
        return frozenset().union(*(word_forms(text, self.kb.enclitics) for text in (*ctx.recent, ctx.text.text)))

    def _pointed_to(self, ctx: SentenceContext) -> set[str]:
        """Who a definite dual points back to: those the sentence before names ("بين الرجلين")."""
        text = ctx.text.text
        if self.pointing_nouns.search(text, timeout=TIMEOUT):
            # "وكان الزعيمان قد التقيا ..." after a sentence naming one of them: the two named last
            if sum(p.startswith("person:") for p in ctx.previous_participants) >= 2:
                return ctx.previous_participants
            return ctx.previous_participants | ctx.pair_before
        return self._countries_pointed_to(ctx, 0, len(text))

    @staticmethod
    def _carried(ctx: SentenceContext) -> set[str]:
        """Who an event named definite may take from the sentence before: all it names, or its countries.

        "ويذكر أن بيونغ يانغ أجرت تجربتها النووية الخامسة في ... 2016. وكانت التجربة النووية
        الرابعة قد أجريت في ..." — the fourth test is the same country's (see _named_definite).
        A sentence naming someone takes only the countries: "وكان كيم قد التقى ... ترامب مرتين"
        after a sentence naming Putin is no meeting of Kim and Putin.
        """
        if any(p.startswith(("person:", "country:")) for p in ctx.participants):
            return {p for p in ctx.previous_participants if p.startswith("country:")}
        # "وكانت القمة قد انطلقت أمس" after a sentence of quotes: the two persons the story named last
        return ctx.previous_participants | ctx.pair_before

    @staticmethod
    def _named_definite(ctx: SentenceContext, target: _Target) -> bool:
        """Whether the target's first trigger stands definite, pointing to what the story told.

        By ال ("التجربة النووية") or by a dual pronoun ("قمتهما الثانية في هانوي"); an
        indefinite one may be another's whom the knowledge lacks: "وأجرت باكستان تجربة نووية".
        """
        return any((word := hit.group("word")).startswith("ال") or word.endswith("هما")
                   for hit in target.groups[0].finditer(ctx.text.text, timeout=TIMEOUT))

    def _countries_pointed_to(self, ctx: SentenceContext, start: int, end: int) -> set[str]:
        """The countries a dual of countries in text[start:end] points back to: those the sentence before names."""
        if not ctx.previous_participants or not self.pointing_countries.search(ctx.text.text, start, end, timeout=TIMEOUT):
            return set()
        return {p for p in ctx.previous_participants if p.startswith("country:")}

    def _dated(self, ctx: SentenceContext, present: list[_Target], counted: list[tuple[int, int]]) -> Iterator[Fact]:
        """Dated claims, and the count an ordinal states ("ثالث قمة": two came before it).

        `counted`: the spans of the phrases that count from an event named before or after them
        ("وفاة كيم إيل سونغ في ذكراها الثلاثين"، "مضى اليوم 35 عاما على انضمام الكوريتين"), whose day
        is theirs, not the event's.
        """
        text = ctx.text.text
        # "الذكرى الثانية لتوقيع الاتفاق", "عيد ميلاده الرابع والستين": the event's words belong to
        # the anniversary, and the date near them is the anniversary's, not the event's — unless
        # it is of an earlier year ("الذكرى الثلاثين لإقامة العلاقات ... عام 1992")
        # only a مرور with its count of years ("بعد مرور عقدين على انطلاق المحادثات ... في 27 آب 2003"
        # dates the talks); the anniversary word's own reach, not its ordinal's
        spent = [(start, start + len(word) + ANNIVERSARY_REACH) for start, word in self._anniversary_words(text)]
        spent += counted
        dated: dict[tuple[str, str], Fact] = {}  # one event named twice in a sentence is one claim
        # an occasion of a few days (a two-day summit) is dated as one of a day is, and by a range after it too
        readings = self._readings(ctx, [t for t in present if t.event is None or not t.event.lasted
                                        or (t.event.span.end - t.event.span.start).days <= OCCASION_DAYS],
                                  [t for t in present if t.event is not None and t.event.lasted])
        # a plan told in another event's relative clause is that event's, not this one's
        relatives = [(o.target.id, p) for o in readings if (p := self._relative_after(ctx, o, readings)) is not None]
        for reading in readings:
            target, named = reading.target, reading.span
            in_anniversary = any(a < named[1] and named[0] < b for a, b in spent)
            others = [p for id_, p in relatives if id_ != target.id and reading.start <= p[0] and p[1] <= named[0]]
            planned = (self._planned(text, max([reading.start, *(b for _, b in others)]), named[1])
                       or self._invited(text, reading) or self._aimed(text, reading) or self._hangs_on_plan(ctx, reading))
            listed = [] if planned else self._listed(ctx, reading)
            if planned or listed or self._during_lasting(text, reading):
                date = None
            elif self._caused(text, reading):
                date = self._date_right_after(ctx, reading, readings)
            else:
                date = self._clause_date(ctx, reading, in_anniversary, readings)
            plan_end = named[1]
            if date is not None and self._planned_in_relative(ctx, reading, date):
                planned, plan_end = True, date.norm_start
                date = None
            # "قمتهما الثانية" counts the pair's summits, not the series'
            ordinal = self._ordinal(ctx, reading) if target.counts_series else None
            if ordinal is not None and (planned or date is not None) and not in_anniversary and not (
                    planned and self._planned_then(text, reading.start, plan_end)):
                yield self._ordinal_count(ctx, reading, ordinal, date)
            if target.series is not None and ordinal is None and not target.series.complete:
                continue
            for when in listed or ([date] if date else []):
                fact = self._event_fact(ctx, target, named, when, ordinal)
                same = (target.id, fact.value["date"])
                if same not in dated or dated[same].value["ordinal"] is None:
                    dated[same] = fact
                member = self._member_placed(text, target, when, listed) if listed else None
                if member is not None:
                    dated.setdefault((member.id, fact.value["date"]), self._event_fact(ctx, member, named, when, None))
        for fact in self._elliptical(ctx, readings):
            dated.setdefault((fact.value["event"], fact.value["date"]), fact)
        for fact in self._ranges(ctx, present, spent):
            dated.setdefault((fact.value["event"], fact.value["date"]), fact)
        for fact in list(dated.values()):  # "قمة هانوي" is the second Trump–Kim summit too
            series = self.member_of.get(fact.value["event"])
            if series is not None:
                value = {**fact.value, "event": series.id, "series": series.id, "ordinal": None}
                dated.setdefault((series.id, fact.value["date"]), replace(
                    fact, subject=Subject(f"event:{series.id}", series.label), value=value, id=""))
        yield from dated.values()

    def _elliptical(self, ctx: SentenceContext, readings: list[_Reading]) -> Iterator[Fact]:
        """Members of a series the sentence names, told after it by an ordinal and a date alone.

        "أجرت تجربتيها النوويتين الأوليين عامي 2006 و2009، ثم الثالثة في شباط/فبراير 2013
        والرابعة في ..." — an ordinal after ثم، و or a comma, standing for the series' noun; or an
        ordinal before the noun of its trigger phrase ("أقوى من أول تجربة أجرتها في تشرين
        الأول/أكتوبر 2006"), or after it ("أقوى من تجربتها الأولى في تشرين الأول/أكتوبر 2006").
        The date is the first after the ordinal in its clause, a few words on.
        """
        text = ctx.text.text
        seen: set[str] = set()
        for reading in readings:
            target = reading.target
            if target.series is None or target.id in seen:
                continue
            seen.add(target.id)
            for hit in self.elliptical.finditer(text, reading.span[1], timeout=TIMEOUT):
                noun = hit.group("noun") or hit.group("noun_before")
                if noun and key(noun) not in target.cues[0]:
                    continue  # "أول تجربة" for the tests, not "أول رئيس"
                word = hit.group("ord") or hit.group("ord_before") or hit.group("ord_after")
                date = next((d for d in ctx.dates if d.span is not None and d.form not in _COUNTED
                             and not (d.since and self._since_before(text, d.norm_start) > hit.start())
                             and not self._counted_in(ctx, d)
                             and d.norm_start >= hit.end() and ctx.clause_of(d.norm_start) == ctx.clause_of(hit.start())
                             and _NEXT_TO.fullmatch(text, hit.end(), d.norm_start, timeout=TIMEOUT)), None)
                if date is not None:
                    ordinal = self.kb.numbers.ordinals[key(word)]
                    yield self._event_fact(ctx, target, hit.span(), date, ordinal)

    def _readings(self, ctx: SentenceContext, targets: list[_Target], lasting: list[_Target]) -> list[_Reading]:
        """Where each target is named, clause by clause.

        Of two events named by the same words, the one named by more trigger groups is meant:
        "معاهدة الصداقة ... التي وقعها الاتحاد السوفيتي" is the Soviet treaty of 1961, not the
        Russian one of 2000 that shares its name.
        """
        text = ctx.text.text
        roots = [self.words.in_text(text[a:b]) for a, b in ctx.clauses] if targets else []
        readings = [r for index in range(len(roots)) for target in targets
                    if self._may_read(ctx, target, index, roots[index]) for r in self._stretches(ctx, target, index)]
        readings = [r for r in readings if not self._across_replacement(text, r)]
        kept = [r for r in readings if not any(_yields(r, o) or _governs(text, r, o) for o in readings)
                and not self._bound_elsewhere(ctx, r) and not self._another_travels(ctx, r)]
        kept = [r for r in kept if not any(self._outnamed(ctx, r.target, r.span, o.target, o.span)
                                           for o in kept if o.index == r.index)]
        # what lasted heads a clause of its own too ("الذي تلته الحرب في دونباس التي اندلعت في ..."): _ranges dates it;
        # not as the setting of another's ("الذي أوقف القتال في الحرب الكورية عام 1953")
        lasted = {ctx.clause_of(h.start()) for t in lasting for h in t.groups[0].finditer(text, timeout=TIMEOUT)
                  if not self.setting.search(text, max(0, h.start() - 12), h.start(), timeout=TIMEOUT)}
        return [replace(r, foreign=self._foreign(ctx, r, kept, lasted)) for r in kept]

    def _outnamed(self, ctx: SentenceContext, target: _Target, span: tuple[int, int],
                  other: _Target, other_span: tuple[int, int]) -> bool:
        """Whether the same words name two declared events and the other's participants stand nearer.

        The relations of Moscow with Pyongyang and with Seoul are named alike: "العلاقات الدبلوماسية
        بين كوريا الشمالية والاتحاد السوفيتي" is the first, though a dateline names Seoul too.
        """
        if (other.id == target.id or target.series is not None or other.series is not None
                or other.participants == target.participants or not (other.participants and target.participants)
                or span != other_span):
            return False
        return self._participants_reach(ctx, other, other_span) < self._participants_reach(ctx, target, span)

    def _participants_reach(self, ctx: SentenceContext, target: _Target, span: tuple[int, int]) -> int:
        """How far from `span` (characters, in steps) all the target's participants are named; past the sentence, more.

        Participants a dual of the sentence points back to stand at its edge; those only the
        article names, past it.
        """
        length = len(ctx.text.text)
        for reach in PARTICIPANT_STEPS:
            if target.participants <= self._named(ctx, max(0, span[0] - reach), min(length, span[1] + reach)):
                return reach
            if reach >= length:
                break
        if target.participants <= ctx.participants | self._pointed_to(ctx):
            return length  # "البلدان"، "بينهما": pointed to from the sentence, nearer than the article's
        return length + 1

    def _replaced_after(self, text: str, target: _Target, start: int, end: int) -> int:
        """Where a relative clause naming the target stops naming it: at a word of `replacing` after its words.

        "معاهدة الشراكة ...، التي دخلت حيز التنفيذ الخميس الماضي وحلت محل معاهدة الصداقة ...":
        the clause describes its antecedent, the new treaty, whose noun it takes; the treaty after
        محل is the one replaced.
        """
        if not self.relative_first.match(text, start, timeout=TIMEOUT):
            return end
        first = min((a for a, _ in target.hits(text, start, end)), default=end)
        hit = self.replacing.search(text, first, end, timeout=TIMEOUT)
        return hit.start() if hit is not None else end

    def _across_replacement(self, text: str, reading: _Reading) -> bool:
        """Whether the reading's words stand on both sides of a word of `replacing` (محل، بدلا من).

        "ووقع ... معاهدة صداقة ... جديدة تحل محل معاهدة تعود إلى الحقبة السوفيتية": the words
        before محل name the new treaty, those after it the old one; together they name neither.
        """
        first, last = min(a for a, _ in reading.words), max(b for _, b in reading.words)
        return any(all(a < hit.start() or a >= hit.end() for a, _ in reading.words)
                   and any(b <= hit.start() for _, b in reading.words) and any(a >= hit.end() for a, _ in reading.words)
                   for hit in self.replacing.finditer(text, first, last, timeout=TIMEOUT))

    def _bound_elsewhere(self, ctx: SentenceContext, reading: _Reading) -> bool:
        """Whether the event's first word is bound for a country that is none of its countries.

        "المحادثات التي أجراها مع بوتين خلال زيارته إلى روسيا" (or "زيارته روسيا") is Kim's visit
        to Russia, not Putin's visit to North Korea, though the sentence names both men and Pyongyang.
        """
        countries = {p for p in reading.target.participants if p.startswith("country:")}
        if not countries:
            return False
        text = ctx.text.text
        to = self.bound_for.match(text, reading.words[0][1], timeout=TIMEOUT)
        if to is not None:
            start, end = to.end(), min(len(text), to.end() + DESTINATION_REACH)
            named = {p for p in self.participants.in_span(ctx, start, end) if p.startswith("country:")}
        else:  # "خلال زيارته روسيا": a country's name right after, its object (not "زيارة الرئيس الروسي")
            after = self.country_object.match(text, reading.words[0][1], timeout=TIMEOUT)
            if after is None:
                return False
            named = {f"country:{self.country_named[key(after.group('word'))]}"}
        return bool(named) and not named & countries

    def _another_travels(self, ctx: SentenceContext, reading: _Reading) -> bool:
        """Whether the visit the reading names is told of a traveller who is not its series' visitor.

        The traveller is the subject of a visit verb ("ولم يزر كيم جونغ أون روسيا"), the one named
        right after or before a visit noun ("زيارة لافروف"، "قام بوتين بزيارة") or after its doer
        ("زيارة يقوم بها كيم"). A visit told of no one ("في ختام زيارة تستغرق يومين"، "لدى
        وصوله") is the guest's of a host's verb before it: in "استقبل كيم ...
        لافروف، في ختام زيارة" Lavrov travels, and Kim, the host, does not. Untold, it is the visitor's.
        """
        series = reading.target.series
        if series is None or series.visitor is None:
            return False
        text = ctx.text.text
        start, end = reading.words[0]
        travellers = self._people(ctx, *self._stretch_around(ctx, start, end))
        doer = self.visit_doers.match(text, end) if not travellers else None
        if doer is not None:
            travellers = self._people(ctx, *self._stretch_around(ctx, doer.start(), doer.end()))
        if not travellers:
            hosted = self._hosted(ctx, start)
            if hosted is not None:
                host, guest = hosted
                if host == series.visitor:
                    return True
                travellers = {guest} if guest else set()
        return bool(travellers) and series.visitor not in travellers

    def _hosted(self, ctx: SentenceContext, position: int) -> tuple[str | None, str | None] | None:
        """The host and the guest of the last host's verb before `position` (host_verbs), if any.

        "استقبل الرئيس فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون": the host is the first
        person named right around the verb, the guest the next person named before `position`.
        """
        verbs = list(self.host_verbs.finditer(ctx.text.text, 0, position, timeout=TIMEOUT))
        if not verbs:
            return None
        start, end = self._stretch_around(ctx, *verbs[-1].span())
        people = [n for n in ctx.names if start <= n.start < position and n.entity.startswith("person:")]
        # "استُقبل كيم ... لدى وصوله": the passive, told by its damma (folding drops it), has the guest for subject
        passive = _DAMMA in ctx.text.original_text(*verbs[-1].span())
        host = people[0] if people and people[0].start < end and not passive else None
        guest = next((n.entity for n in people if host is None or n.start >= host.end and n.entity != host.entity), None)
        return (host.entity if host else None), guest

    def _people(self, ctx: SentenceContext, start: int, end: int) -> set[str]:
        """The persons text[start:end] names."""
        return {p for p in self._named(ctx, start, end) if p.startswith("person:")}

    def _foreign(self, ctx: SentenceContext, reading: _Reading, readings: list[_Reading],
                 lasted: set[int]) -> frozenset[int]:
        """The relative clauses read with `reading` that describe something else than its event.

        "استعادة السيطرة على منطقة كورسك، التي شنت القوات الأوكرانية توغلا فيها في آب/أغسطس":
        the clause describes the place — its verb heads another event (the incursion's first
        trigger word stands in it), or a pronoun on a preposition points back to the noun it
        follows, not the event's own word — and its date is not the retaking's.
        """
        own = ctx.clause_of(reading.words[0][0])
        text = ctx.text.text
        # not an event the clause places its own in: "إعلان بانمونجوم، الذي أصدره ... في 27 نيسان/أبريل 2018 خلال أول قمة بينهما"
        heads = {ctx.clause_of(o.words[0][0]) for o in readings if o.target.id != reading.target.id
                 and not self._during_word(text, o.words[0][0])} | lasted
        return frozenset(index for index in range(own + 1, reading.index + 1)
                         if self.relative_first.match(ctx.text.text, ctx.clause_span(index)[0], timeout=TIMEOUT)
                         and (index in heads or self._of_place(ctx, reading, index)))

    def _during_word(self, text: str, position: int) -> bool:
        """Whether a word at `position` follows خلال or أثناء, an ordinal maybe between ("خلال أول قمة")."""
        return bool(self.during_near.search(text, max(0, position - DURING_REACH), position, timeout=TIMEOUT))

    def _of_place(self, ctx: SentenceContext, reading: _Reading, index: int) -> bool:
        """Whether relative clause `index` points back with a resumptive pronoun to a noun not the event's."""
        text = ctx.text.text
        start, end = ctx.clause_span(index)
        before = text[reading.words[0][1]:ctx.clause_span(index - 1)[1]]
        return bool(self.resumptive.search(text, start, end, timeout=TIMEOUT)) and not _ADJACENT.match(
            before, timeout=TIMEOUT)

    def _may_read(self, ctx: SentenceContext, target: _Target, index: int, roots: set[str]) -> bool:
        """Whether clause `index` (holding these roots) may name the target: see _stretches.

        Every stretch is read from a trigger word in the clause, unless a relative pronoun
        opens it and the event ends the clause before (_antecedent).
        """
        return self.words.may_name(target, roots) or index > 0 and bool(
            self.relative_first.match(ctx.text.text, ctx.clause_span(index)[0], timeout=TIMEOUT))

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
        pointing = (target.pointing(text, start, end, self.kb.event_words.pointing_pronouns)
                    or self._earlier_members(text, target, start, end) or self._said_of(text, target, start, end))
        if not self._in_clause(ctx, target, 0 if pointing else reach, end):
            return []
        cuts = [start]
        for hit in self.sequence.finditer(text, start, end, timeout=TIMEOUT):
            # "رابع قمة بين الكوريتين بعد ثلاث قمم سابقة في ...": the earlier members take the words they lack;
            # so does one a pronoun points back to ("في ثاني زيارة له إلى روسيا بعد زيارته فلاديفوستوك عام 2019")
            if target.found(text, cuts[-1], hit.start()) and (target.found(text, hit.start(), end)
                                                               or self._earlier_members(text, target, hit.start(), end)
                                                               or self._member_pointed_to(text, target, hit.start(), end)):
                cuts.append(hit.start())
        out = []
        for i, (a, b) in enumerate(zip(cuts, [*cuts[1:], end])):
            b = self._replaced_after(text, target, a, b) if i == 0 else b
            lent = (reach if i == 0 else 0 if self._earlier_members(text, target, a, b)
                    else cuts[i - 1] if self._member_pointed_to(text, target, a, b) else a)
            words = target.found_from(text, lent, a, b)
            if words is None and i == 0:
                words = (self._antecedent(ctx, target, index) or self._definite_from_previous(ctx, target, lent, a, b)
                         or (target.found_from(text, 0, a, b, lacking=1) if pointing else None)
                         or (self._from_previous(ctx, target, a, b) if pointing else None))
            if words is not None and not any(self._written_noun(ctx, target, w) for w in words) \
                    and not self._another_met(ctx, target, words[0]) and not self._other_antecedents(ctx, target, index):
                out.append(_Reading(target, index, a, b, words))
        return out

    def _other_antecedents(self, ctx: SentenceContext, target: _Target, index: int) -> bool:
        """Whether a pair's meeting is told in a relative clause naming neither, after two others.

        "مهد مون للقاء ترمب وكيم، اللذين عقدا قمتهما في سنغافورة": who held the summit are the
        relative pronoun's antecedents, the two named last before it, not Moon and Kim.
        """
        people = {p for p in target.participants if p.startswith("person:")}
        if target.series is None or len(people) < 2 or index == 0:
            return False
        start, end = ctx.clause_span(index)
        if not self.relative_first.match(ctx.text.text, start, timeout=TIMEOUT) or people & self._named(ctx, start, end):
            return False
        before = self._pair_before(ctx, start)
        return bool(before) and before != people

    @staticmethod
    def _another_met(ctx: SentenceContext, target: _Target, word: tuple[int, int]) -> bool:
        """Whether a meeting's word is followed, its titles between, by a person who is none of the pair.

        "لقاء ترمب وكيم" is no meeting of Moon and Kim, though Moon speaks of it; "محادثات لافروف
        مع كيم" none of Kim and Putin. The name right after a meeting's noun or verb is its
        genitive or its subject: one of those who met.
        """
        people = {p for p in target.participants if p.startswith("person:")}
        if target.series is None or len(people) < 2:
            return False
        after = next((n for n in ctx.names if n.entity.startswith("person:")  # the names are in text order
                      and word[1] <= n.start <= word[1] + MET_NAME_REACH), None)
        return (after is not None and after.entity not in people
                and ctx.clause_of(after.start) == ctx.clause_of(max(word[0], word[1] - 1)))

    def _said_of(self, text: str, target: _Target, start: int, end: int) -> bool:
        """Whether a trigger word follows a that-word whose pronoun is its subject: "وقالت إنه توفي".

        The pronoun points back to whom the sentence named before ("أعلنت ... وفاة ... كيم إيل
        سونغ ...، وقالت إنه توفي فجر الخميس 8 تموز/يوليو 1994").
        """
        return any(self.said_of.search(text, max(start, a - 12), a, timeout=TIMEOUT) for a, _ in target.hits(text, start, end))

    def _earlier_members(self, text: str, target: _Target, start: int, end: int) -> bool:
        """Whether a series' trigger word in text[start:end] names its earlier members: "قمتين سابقتين".

        Like a pronoun, the adjective points back to the series named before in the sentence
        ("القمة الثالثة بين الكوريتين ... بعد قمتين سابقتين عقدتا عامي 2000 و2007"); where
        none is ("وصل شويغو ... بعد زيارة سابقة"), it is the subject's, not the series'.
        """
        if target.series is None or target.found(text, 0, start) is None:
            return False
        return any(self.earlier.match(text, b, timeout=TIMEOUT) for _, b in target.hits(text, start, end))

    def _member_pointed_to(self, text: str, target: _Target, start: int, end: int) -> bool:
        """Whether the first trigger word of a series in text[start:end] carries a pronoun pointing back.

        "بعد زيارته فلاديفوستوك": his visit, another member of the series the words before named.
        """
        if target.series is None:
            return False
        first = target.groups[0].search(text, start, end, timeout=TIMEOUT)
        if first is None:
            return False
        word = key(first.group("word"))
        for pronoun in self.pronouns_longest_first:
            stem = word.removesuffix(pronoun)
            if stem != word and (stem in target.keys[0] or stem.endswith("ت") and f"{stem[:-1]}ه" in target.keys[0]):
                return True  # زيارته: زيارة with his pronoun; not قمة, whose ة reads as ه
        return False

    def _written_noun(self, ctx: SentenceContext, target: _Target, word: tuple[int, int]) -> bool:
        """Whether a trigger word read with the pronoun ه is written with ة: a noun, no pronoun.

        Normalizing ة to ه makes "وزارة" (a ministry) read as و + زار + ه (and he visited him);
        ة is never a pronoun, so only a trigger word that itself ends in ة may end in it.
        """
        a, b = word
        if ctx.text.original_text(b - 1, b) != "ة":
            return False
        written = ctx.text.text[a:b]
        return not any(k.endswith("ه") and written.endswith(k) for keys in target.keys for k in keys) and not any(
            d is not None and d.fullmatch(written, timeout=TIMEOUT) for d in target.definites)  # المعاهدة

    def _from_previous(self, ctx: SentenceContext, target: _Target, start: int,
                       end: int) -> list[tuple[int, int]] | None:
        """The words a pointing trigger lacks, named in the sentence before.

        "دخلت معاهدة الشراكة ... حيز التنفيذ الأربعاء. وكان بوتين وكيم قد وقعاها ...": ها is
        the treaty. The pointing word stands for the groups it takes from there.
        """
        text = ctx.text.text
        own = [group.search(text, start, end, timeout=TIMEOUT) for group in target.groups]
        pointing = next((h for h in own if h is not None and self._points_back(h.group("word"), target)), None)
        if pointing is None or not self._subject_only(ctx, pointing.start()) or not all(
                h or group.search(ctx.previous, timeout=TIMEOUT)
                                       for h, group in zip(own, target.groups, strict=True)):
            return None
        return [h.span() if h else pointing.span() for h in own]

    def _definite_from_previous(self, ctx: SentenceContext, target: _Target, reach: int, start: int,
                                end: int) -> list[tuple[int, int]] | None:
        """The one trigger group a stretch lacks, told by the definite head of its phrases and named before.

        Named in the few sentences before or earlier in this one ("بإرسال قوات ... في منطقة كورسك، بعد
        إعلان ... استعادة السيطرة الكاملة على المنطقة").

        "... لتوقيع معاهدة الصداقة والتعاون والمساعدة المتبادلة. ووقع المعاهدة ...، ودخلت حيز
        التنفيذ في ...": المعاهدة is the treaty the sentence before names in full; "استعادة
        السيطرة على منطقة كورسك ... وكانت القوات الأوكرانية قد بدأت توغلها في المنطقة".
        The event's own word (of its first group) is in the stretch, and the noun stands alone:
        a definite word right after it makes it the head of another name.
        """
        text = ctx.text.text
        if not any(target.definites[1:]) or target.groups[0].search(text, start, end, timeout=TIMEOUT) is None:
            return None
        own = [group.search(text, reach, end, timeout=TIMEOUT) for group in target.groups]
        lacking = [i for i, h in enumerate(own) if h is None]
        if len(lacking) != 1:
            return None
        i = lacking[0]
        definite, group = target.definites[i], target.groups[i]
        told = definite.search(text, reach, end, timeout=TIMEOUT) if definite is not None else None
        if told is None or _NAME_GOES_ON.match(text, told.end()) or (
                not any(group.search(before, timeout=TIMEOUT) for before in ctx.recent)
                and group.search(text, 0, reach, timeout=TIMEOUT) is None):
            return None  # "الجيش الثوري الشعبي الكوري" is another army's name, not "الجيش" alone
        return [h.span() if h else told.span() for h in own]

    def _subject_only(self, ctx: SentenceContext, position: int) -> bool:
        """Whether the sentence before `position` holds only its subject: names, titles, particles.

        Then a pronoun on the verb can point nowhere in the sentence ("وكان الرئيس الروسي
        فلاديمير بوتين والزعيم كيم جونغ أون قد وقعاها"); in "وأشار إلى اتفاقية اقتصادية
        وقعها الرئيسان" it is the agreement just named.
        """
        text = ctx.text.text
        kept = list(text[:position])
        for name in ctx.names:
            if name.start < position:
                kept[name.start:min(name.end, position)] = " " * (min(name.end, position) - name.start)
        rest = self.participants.countries.sub(" ", "".join(kept), timeout=TIMEOUT)
        return all(self._subject_word(w) for w in rest.split())

    def _subject_word(self, word: str) -> bool:
        """A particle or a title word, with or without و / ف."""
        words = self.subject_words
        return word in words or (word[:1] in "وف" and word[1:] in words)

    def _antecedent(self, ctx: SentenceContext, target: _Target, index: int) -> list[tuple[int, int]] | None:
        """The event's words ending the clause before a clause its relative pronoun opens."""
        start, _ = ctx.clause_span(index)
        if index == 0 or not self.relative_first.match(ctx.text.text, start, timeout=TIMEOUT):
            return None
        before = ctx.clause_span(index - 1)
        words = target.found(ctx.text.text, *before)
        # a closing quote or bracket may stand between: "لغرق الكورفيت «تشونان»، الذي أودى بحياة ..."
        if words is None or ctx.text.text[max(w[1] for w in words):before[1]].strip(_CLOSING):
            return None
        return words

    def _reach(self, ctx: SentenceContext, index: int, target: _Target) -> int:
        """Where the words of clause `index` may begin: the clause before, if this one describes it.

        Such a clause opens with a relative pronoun ("كيم إيل سونغ، الذي توفي ...") or with a
        participle of the event's ("معاهدة الصداقة ... بين البلدين، المبرمة عام 1961"); one that
        opens with و and a verb of `continuing_verbs` goes on with the subject before ("، وأقر").
        """
        text = ctx.text.text
        start, end = ctx.clause_span(index)
        if index == 0:
            return start
        opener = _FIRST_WORD.match(text, start, end, timeout=TIMEOUT)
        participle = opener is not None and opener.group(1).startswith("ال") and any(
            a == opener.start(1) for a, _ in target.hits(text, start, end))
        if participle or self.relative.match(text, start, timeout=TIMEOUT) or self.continuing.match(
                text, start, timeout=TIMEOUT) or self._own_verb_after_and(text, target, start):
            return ctx.clause_span(index - 1)[0]
        if index >= 2 and (self._continued(ctx, index - 2) == index or self._resumes(ctx, index)):
            return ctx.clause_span(index - 2)[0]
        return start

    def _resumes(self, ctx: SentenceContext, index: int) -> bool:
        """Whether clause `index` is the predicate a relative clause set off by commas interrupted.

        "أن معاهدة الشراكة ...، التي وقعها ... في يونيو، دخلت حيز التنفيذ أمس": the clause
        after the relative one opens with a verb, no conjunction, and goes on with the subject.
        """
        text = ctx.text.text
        opener = _FIRST_WORD.match(text, ctx.clause_span(index)[0], timeout=TIMEOUT)
        return (bool(self.relative_first.match(text, ctx.clause_span(index - 1)[0], timeout=TIMEOUT))
                and opener is not None and not opener.group(1).startswith(("ال", "و", "ف"))
                and not self.relative_first.match(text, ctx.clause_span(index)[0], timeout=TIMEOUT))

    def _continued(self, ctx: SentenceContext, index: int) -> int | None:
        """The clause that goes on with clause `index` past an apposition set off by commas.

        "وافق مجلس الاتحاد، الغرفة العليا في البرلمان الروسي، الأربعاء على المعاهدة": the
        apposition opens with a noun that is definite, in construct with a definite one, or one
        of `apposition_heads` (صاحب أطول فترة), and holds no date; the clause after it opens
        with one, maybe after words of an aside (في، مساء: `aside_words` of the calendar).
        """
        if index + 2 >= len(ctx.clauses):
            return None
        text = ctx.text.text
        (a, b), (after, _) = ctx.clause_span(index + 1), ctx.clause_span(index + 2)
        head = _FIRST_WORD.match(text, a, b, timeout=TIMEOUT)
        second = _FIRST_WORD.match(text, head.end(), b, timeout=TIMEOUT) if head is not None else None
        if (head is None or not (head.group(1).startswith("ال") or head.group(1) in self.apposition_heads
                                 or second is not None and second.group(1).startswith("ال"))
                or self.relative.match(text, a, timeout=TIMEOUT) or any(a <= d.norm_start < b for d in ctx.dates)):
            return None
        opens = any(ctx.clause_of(d.norm_start) == index + 2 and self.aside_only.fullmatch(text, after, d.norm_start)
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

    def _ranges(self, ctx: SentenceContext, present: list[_Target], spent: list[tuple[int, int]]) -> Iterator[Fact]:
        """Events that lasted, dated by a range after their name, or a date after an end and the name.

        "الحرب الكورية 1950-1953", "الحرب ... التي دارت من 7 إلى 12 أغسطس" (a relative clause's
        verb saying when it ran; with في, a date of any kind: "التي اندلعت في نيسان/أبريل"); "منذ انتهاء الحرب الكورية عام 1953" — but not in an anniversary
        phrase, whose date is the anniversary's. Not a span counted back from publication: "لم تنعقد المحادثات منذ عشر سنوات" says how
        long since, and its range is of when they last met, not of the talks.
        """
        for target in present:
            if target.event is None or not target.event.lasted:
                continue
            for hit in target.groups[0].finditer(ctx.text.text, timeout=TIMEOUT):
                ended = self._end_before(ctx.text.text, hit.start()) and not any(
                    a <= hit.start() < b for a, b in spent)  # "الذكرى السبعين لانتهاء الحرب ... في 27 يوليو 2023"
                date = next((d for d in ctx.dates if d.span and d.form not in _COUNTED
                             and ((0 <= d.norm_start - hit.end() <= 3 or self.described.fullmatch(
                                 ctx.text.text, hit.end(), d.norm_start, timeout=TIMEOUT)) and not d.span.single
                                  or d.norm_start >= hit.end() and any(
                                      p.fullmatch(ctx.text.text, hit.end(), d.norm_start, timeout=TIMEOUT)
                                      for p in (self.described_when, self.described_end))
                                  or d.span.single and self._ends_at(ctx, hit.end(), d) and (
                                      ended or self.ends.search(ctx.text.text, hit.end(), d.norm_start, timeout=TIMEOUT)))),
                            None)
                date = date or self._dated_before(ctx, hit.start())
                if date is not None:
                    yield self._event_fact(ctx, target, hit.span(), date, None)

    def _dated_before(self, ctx: SentenceContext, named: int) -> DateMention | None:
        """The date between an end or start verb and the name of what lasted, in one clause.

        "افتتحت صباح اليوم الأربعاء في بكين الجولة الأولى من المحادثات السداسية": the verb
        opens the clause, its date and place come before its subject. Not past a relative
        pronoun, whose clause has dates of its own.
        """
        verb = next((v for v in self.ends.finditer(ctx.text.text, max(0, named - 200), named, timeout=TIMEOUT)
                     if self._within_reach(ctx, v.end(), named)), None)
        if verb is None:
            return None
        return next((d for d in ctx.dates if d.span is not None and d.span.single and d.form not in _COUNTED
                     and verb.end() <= d.norm_start and d.norm_end <= named), None)

    def _ends_at(self, ctx: SentenceContext, named: int, date: DateMention) -> bool:
        """Whether a date after an ended event's name is of that end: in its clause, a few words on.

        "منذ انتهاء الحرب الكورية عام 1953", or an end verb after the name ("وكانت قمة هانوي ... قد
        انهارت في آذار/مارس"); "بعد مرور عقدين على انطلاق المحادثات السداسية حول
        البرنامج النووي الكوري الشمالي في بكين في 27 آب/أغسطس 2003"; "انتهت قمة هانوي بين ترمب
        وكيم اليوم الخميس". Not past a relative pronoun, whose clause has dates of its own.
        """
        return date.norm_start >= named and self._within_reach(ctx, named, date.norm_start)

    def _within_reach(self, ctx: SentenceContext, start: int, end: int) -> bool:
        """Whether normalized [start, end) lies in one clause, a few words long, past no relative pronoun."""
        between = ctx.text.text[start:end]
        return (ctx.clause_of(start) == ctx.clause_of(end) and len(_LETTERS.findall(between, timeout=TIMEOUT)) <= ENDED_REACH
                and not self.relative_word.search(between, timeout=TIMEOUT))

    def _end_before(self, text: str, position: int) -> bool:
        """Whether an end word stands right before an event's name: "منذ انتهاء الحرب الكورية عام 1953".

        The date after the name is then of that end (or start: "اندلاع الحرب ... عام 1950").
        """
        return any(not text[hit.end():position].strip()
                   for hit in self.ends.finditer(text, max(0, position - 20), position, timeout=TIMEOUT))

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
            named = self._named(ctx, start, end)
            own = ctx.clause_span(ctx.clause_of(max(start, end - 1)))[0] if target.event and target.event.life else start
            if start < own and self.relative_first.match(ctx.text.text, own, timeout=TIMEOUT):
                # "بعث كيم جونغ إل برسالة تعزية إلى عائلة ... كيم داي جونغ، الذي توفي أمس": who was
                # born or died in a relative clause is its antecedent, the last person named before it
                last = max((n for n in ctx.names if n.start < own and n.entity.startswith("person:")),
                           key=lambda n: n.start, default=None)
                named = {p for p in named if not p.startswith("person:")} | ({last.entity} if last else set())
            return (target.participants <= named or self._subject_left_out(ctx, target, named)
                    or target.participants <= named | self._subject_of_governing(ctx, start))
        if target.where == "sentence":
            return self._met_here(ctx, target, start, end)
        if target.where == "subject":
            return any(target.participants <= self._named(ctx, *self._subject_of(ctx, verb))
                       for verb in target.groups[0].finditer(ctx.text.text, start, end, timeout=TIMEOUT))
        if target.where == "pair":
            return any(self._pair_before(ctx, word.start()) == target.participants
                       for word in target.groups[0].finditer(ctx.text.text, start, end, timeout=TIMEOUT))
        return True

    @staticmethod
    def _pair_before(ctx: SentenceContext, position: int) -> frozenset[str]:
        """The two persons named last before `position`: whom a dual pronoun there points back to.

        "جاءت قمة ... ترمب و... كيم جونغ أون ...، بعد أن التقى كيم الرئيس ... مون جاي إن": the
        summit after them is Kim and Moon's, not Trump's.
        """
        last: list[str] = []
        for name in sorted((n for n in ctx.names if n.end <= position and n.entity.startswith("person:")),
                           key=lambda n: n.start, reverse=True):
            if name.entity not in last:
                last.append(name.entity)
            if len(last) == 2:
                break
        return frozenset(last) if len(last) == 2 else frozenset()

    def _subject_of_governing(self, ctx: SentenceContext, start: int) -> set[str]:
        """The subject an adverbial clause naming no one leaves out: the first person of the sentence.

        "وصل الرئيس الروسي فلاديمير بوتين اليوم الأربعاء إلى بيونغ يانغ، في أول زيارة له إلى كوريا
        الشمالية": the visit is the arrival's, and the visitor the one who arrived; after a host's
        verb, the guest (_hosted). When the adverbial names its own doer ("في إطار أول زيارة يقوم بها كيم إلى روسيا"), he is meant.
        """
        index = ctx.clause_of(start)
        clause_start, end = ctx.clause_span(index)
        if index == 0 or start != clause_start or not self.adverbial.match(ctx.text.text, start, timeout=TIMEOUT):
            return set()
        if any(p.startswith("person:") for p in self._named(ctx, start, end)):
            return set()
        hosted = self._hosted(ctx, start)
        if hosted is not None and hosted[1] is not None:
            return {hosted[1]}  # "استقبل كيم ... بوتين ...، في زيارة تستغرق يومين": the guest's
        first = _first_person(ctx)
        return {first.entity} if first is not None and first.start < start else set()

    def _subject_left_out(self, ctx: SentenceContext, target: _Target, named: set[str]) -> bool:
        """A death (or birth) told with no person in its clause, of the one person the sentence names with one.

        "شيع الروس ... بوريس يلتسين ...، بعد أن توفي الأحد": the verb's subject is left out and
        is the man named before; with two such people named, it is not read.
        """
        event = target.event
        if event is None or not event.life or any(p.startswith("person:") for p in named):
            return False
        people = {n.entity for n in ctx.names if n.entity.startswith("person:")
                  and (entity := self.kb.entities.get(n.entity)) is not None
                  and getattr(entity, event.life) is not None}
        return people == set(target.participants)

    def _named(self, ctx: SentenceContext, start: int, end: int) -> set[str]:
        """Who text[start:end] names, worked out once per stretch of a sentence (never changed by a caller).

        A dual of countries ("وكان البلدان قد وقعا") names those the sentence before named.
        """
        named = ctx.named_in.get((start, end))
        if named is None:
            named = ctx.named_in[start, end] = (self.participants.in_span(ctx, start, end)
                                                | self._countries_pointed_to(ctx, start, end))
        return named

    def _subject_of(self, ctx: SentenceContext, verb: regex.Match[str]) -> tuple[int, int]:
        """The stretch of names and titles right before a verb and right after it: who does it.

        "وقعها الرئيسان الروسي والكوري الشمالي أمس", "بوتين وكيم وقعا": the signers; in
        "وقع الرئيس الروسي قانون المصادقة" Kim, named earlier, signed nothing.
        """
        return self._stretch_around(ctx, verb.start(), verb.end())

    def _stretch_around(self, ctx: SentenceContext, start: int, end: int) -> tuple[int, int]:
        """text[start:end] with the names, titles and particles right before and right after it."""
        text = ctx.text.text
        names = [(n.start, n.end) for n in ctx.names]
        adjectives = [m.span() for m in self.participants.countries.finditer(text, timeout=TIMEOUT)]

        def subject(a: int, b: int) -> bool:
            return self._subject_word(text[a:b]) or any(x < b and a < y for x, y in (*names, *adjectives))

        words = [m.span() for m in regex.finditer(r"\p{L}+", text, timeout=TIMEOUT)]
        after = [w for w in words if w[0] >= end]
        before = [w for w in reversed(words) if w[1] <= start]
        last = next((i for i, w in enumerate(after) if not subject(*w)), len(after))
        first = next((i for i, w in enumerate(before) if not subject(*w)), len(before))
        return (before[first - 1][0] if first else start, after[last - 1][1] if last else end)

    def _met_here(self, ctx: SentenceContext, target: _Target, start: int, end: int) -> bool:
        """A person of a `where: sentence` event left out of a clause naming the other: the sentence's first, or the last before.

        "حتى التقى بوتين" leaves out Kim, the subject named first; "في أول زيارة لكيم ...، حين التقى
        الرئيس فلاديمير بوتين" Kim, named last before the clause. Not where the clause names a pair
        of its own ("محادثات أجراها الزعيم الكوري الشمالي الأربعاء مع الرئيس الروسي" after Xi met
        Kim), nor one who sent another: in "وصل ... شويغو ... بتكليف من الرئيس فلاديمير بوتين، بعد
        زيارة أجرى خلالها ... محادثات مع الزعيم كيم" the talks are Shoigu's.
        """
        people = {p for p in target.participants if p.startswith("person:")}
        named = self._named(ctx, start, end)
        missing = people - named
        if missing == people:  # the clause names none of them: "القمة الأولى بين الرجلين" — nor another
            persons = {p for p in named if p.startswith("person:")}
            if not people or not persons:
                # unless another is named before it and one of them only after: in "عقد شي وكيم ... قمة،
                # في لقاء هو السادس بينهما، غداة وقوفهما مع بوتين" the two are Xi and Kim, not Putin
                before = {n.entity for n in ctx.names if n.start < end and n.entity.startswith("person:")}
                return people <= before or not before - people
            # "، في البيان المشترك الذي وقعه مع ترمب": one named after مع took part beside the subject left out
            companions = {n.entity for n in ctx.names if start <= n.start < end and _WITH_BEFORE.search(
                ctx.text.text, max(start, n.start - 40), n.start, timeout=TIMEOUT)}
            if persons - companions:
                return False  # "كيم صادق أمس"
        if missing and len({p for p in named if p.startswith("person:")}) >= 2:
            return False  # the clause names its own pair: "قمة سنغافورة التي جمعت كيم بترمب" beside Putin
        first = _first_person(ctx)
        if first is not None and missing <= {first.entity}:
            return True
        text = ctx.text.text
        last = max((n for n in ctx.names if n.end <= start and n.entity.startswith("person:")
                    and not self.participants.sent(text, n.start)), key=lambda n: n.start, default=None)
        return last is not None and missing <= {last.entity}

    def _clause_date(self, ctx: SentenceContext, reading: _Reading, earlier_only: bool,
                     readings: list[_Reading]) -> DateMention | None:
        """The date of the stretch nearest the event's words, or of the clause it depends on.

        Not every date of the clause can be the event's. "منذ 24 عاما" says when something
        began; a date right after a reporting verb is the report's ("أعلنت الثلاثاء وفاة ...");
        a date after منذ belongs to what follows منذ, not to an event named before it
        ("ثالث قمة ... منذ انتهاء الحرب الكورية عام 1953"), and one after a relative pronoun to
        the relative clause ("استعادة ... كورسك التي توغلت فيها القوات الأوكرانية في 6 أغسطس").
        Of the rest, the first after all the
        event's words is preferred, then the nearest after its first word: "قصف يونبيونغ أمس بعد
        أشهر من إغراق الطراد ... في مايو". With
        `earlier_only` (the event named in an anniversary) only a date of an earlier year counts.
        """
        named = reading.span
        dated = self._eligible(ctx, reading)
        if earlier_only:
            published = ctx.article.published
            # one date, or days of one year ("من 13 إلى 15 حزيران/يونيو 2000"), not a run of years
            dated = [d for d in dated if published is not None and d.span is not None
                     and d.span.start.year == d.span.end.year < published.start.year]
        same = [d for d in dated if reading.start <= d.norm_start < reading.end
                and not self._renamed_before(ctx, reading, readings, d) and not self._verb_between(ctx.text.text, d, named)]
        if same:
            # past all its words first: "أقرها مجلس الدوما بتاريخ 2024/10/24 ووافق عليها مجلس الاتحاد في
            # 6-11-2024" dates the Federation Council's vote by the date after its name
            past = [d for d in same if d.norm_start >= named[1]]
            if past:
                return min(past, key=lambda d: d.norm_start)
            if self._dated_by_relative(ctx, reading, same, readings):
                return None  # "دافعت اليوم الأحد عن انسحاب البلاد من المعاهدة، الذي أعلنته يوم الجمعة"
            described = self._described_after(ctx, reading, dated)
            if described is not None:
                return described
            after = [d for d in same if d.norm_start >= named[0]]
            return min(after or same, key=lambda d: abs(d.norm_start - named[0]))
        if earlier_only or reading.start != ctx.clause_span(reading.index)[0]:
            return None
        if self.since_before.search(ctx.text.text, max(0, named[0] - 24), named[0], timeout=TIMEOUT):
            return None  # "في أول محادثات ... منذ بدء الغزو": what it counts from, no event of the clause's date
        return (self._day_beside(ctx, reading, dated)
                or self._set_off(ctx, reading.index - 1, dated) or self._set_off(ctx, reading.index + 1, dated)
                or self._governing(ctx, reading, dated) or self._resumed(ctx, reading.index, dated)
                or self._journeyed(ctx, reading, dated) or self._during_it(ctx, reading, dated)
                or self._continues(ctx, reading, dated) or self._linked(ctx, reading, dated))

    def _dated_by_relative(self, ctx: SentenceContext, reading: _Reading, before: list[DateMention],
                           readings: list[_Reading]) -> bool:
        """Whether the event's words end their clause and the relative clause after them has an earlier date.

        That clause tells when the event was (it is read with the event as its antecedent, see
        _antecedent); a later date before the words is of the clause they stand in. A later
        date in the relative clause is of a later act ("وقع ... اليوم المعاهدة، التي تدخل حيز
        التنفيذ في كانون الأول").
        """
        index, text = ctx.clause_of(reading.span[1] - 1), ctx.text.text
        if index + 1 >= len(ctx.clauses) or text[reading.span[1]:ctx.clause_span(index)[1]].strip(_CLOSING):
            return False
        start, end = ctx.clause_span(index + 1)
        last = _LAST_WORD.search(text, ctx.clause_span(index)[0], reading.span[1], timeout=TIMEOUT)
        head = text[slice(*reading.words[0])]
        # "منطقة كورسك، التي دخلتها القوات": the pronoun may describe the noun before it, not the event
        if not self.masculine_relative.match(text, start, timeout=TIMEOUT) or last is None \
                or not _feminine(last[0]) or _feminine(head) or self._heads_another(ctx, reading, readings, index + 1):
            return False
        first = min(d.span.start for d in before if d.span is not None)
        return any(d.span is not None and d.span.end < first and not d.since and d.form not in _COUNTED
                   and ctx.clause_of(d.norm_start) == index + 1 for d in ctx.dates)

    def _heads_another(self, ctx: SentenceContext, reading: _Reading, readings: list[_Reading], index: int) -> bool:
        """Whether another event's first word stands in clause `index`, not after خلال (see _foreign)."""
        start, end = ctx.clause_span(index)
        return any(o.target.id != reading.target.id and start <= o.words[0][0] < end
                   and not self._during_word(ctx.text.text, o.words[0][0]) for o in readings)

    def _verb_between(self, text: str, date: DateMention, named: tuple[int, int]) -> bool:
        """Whether a start or end verb joined by و stands between a date and the event's words after it.

        "الحرب الكورية، التي اندلعت في حزيران/يونيو 1950 وانتهت بهدنة": the date is the outbreak's,
        and the armistice the second verb tells of has none.
        """
        return date.norm_end <= named[0] and any(
            text[hit.start()] in "وف" for hit in self.ends.finditer(text, date.norm_end, named[0], timeout=TIMEOUT))

    def _renamed_before(self, ctx: SentenceContext, reading: _Reading, readings: list[_Reading],
                        date: DateMention) -> bool:
        """Whether another event is named by the reading's own first noun between its words and the date.

        "زيارة الدولة التي يبدأها بوتين ... ردا على الزيارة التي قام بها كيم ... في أيلول/سبتمبر":
        the second visit's is the date; "زيارة بوتين والقمة مع كيم في حزيران" shares it.
        """
        text = ctx.text.text
        noun = _bare(text[slice(*reading.words[0])])
        return any(o.target.id != reading.target.id and reading.span[1] <= a < date.norm_start
                   and _bare(text[a:b]) == noun for o in readings for a, b in o.words[:1])

    def _day_beside(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """For a clause opened by غداة or عشية with no date, the day before or after the last day of the clause before.

        "يغادر كيم فلاديفوستوك اليوم الجمعة، غداة قمته الأولى مع الرئيس فلاديمير بوتين": the summit
        was on the Thursday; a day told less precisely (a month) dates nothing so.
        """
        index, text = reading.index, ctx.text.text
        opens = ctx.clause_span(index)[0]
        hit = self.day_beside.match(text, opens, timeout=TIMEOUT) if index > 0 else None
        if hit is None:
            return None
        before = [d for d in dated if ctx.clause_of(d.norm_start) == index - 1]
        last = max(before, key=lambda d: d.norm_start, default=None)
        if last is None or last.span is None or last.span.precision != "day" or not last.span.single or last.since:
            return None
        shift = -1 if hit.group("morrow") else 1
        return replace(last, span=TimeSpan.of_day(last.span.start + timedelta(shift)))

    def _linked(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """The date of the clauses before, for a clause opened by حين / عندما with none of its own.

        "وكانت المرة الوحيدة التي زار فيها بوتين كوريا الشمالية في تموز/يوليو 2000، بعد شهرين من
        توليه الرئاسة، حين التقى الزعيم الراحل كيم جونغ إل": the meeting was then; after "منذ آب
        2011، حين التقى" it was in the month counted from. Not an event named after بعد / قبل / منذ
        in that clause: "حين توجه إلى فلاديفوستوك بعد وقت قصير من قمة ... هانوي" was before the trip.
        """
        index = reading.index
        opens = ctx.clause_span(index)[0]
        if index == 0 or not self.linked.match(ctx.text.text, opens, timeout=TIMEOUT):
            return None
        if _ANOTHER_TIME.search(ctx.text.text, opens, reading.span[0], timeout=TIMEOUT):
            return None
        for back in range(index - 1, -1, -1):
            before = [d for d in dated if ctx.clause_of(d.norm_start) == back]
            if before:
                last = max(before, key=lambda d: d.norm_start)
                assert last.span is not None
                return replace(last, span=last.span.opening(), since=False) if last.since else last
        return None

    def _continues(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """The date of the clause before, when the event's clause goes on with it ("، وأقر").

        "أبلغ غيراسيموف بوتين اليوم السبت باستعادة ... كورسك، وأقر للمرة الأولى بمشاركة ...":
        one occasion, told by two verbs of one subject. So is a clause opened by و and the
        event's own verb ("وصل ... اليوم الأربعاء إلى بيونغ يانغ، واستقبله الزعيم كيم جونغ إل في
        المطار"). The clause before may be an adverbial or relative one with no date of its own
        ("، في أول زيارة ...، ووقع مع نظيره معاهدة"): the date is of the one it hangs on, not its own.
        """
        text, index = ctx.text.text, reading.index
        start = ctx.clause_span(index)[0]
        if index == 0 or not (self.continuing.match(text, start, timeout=TIMEOUT) or self._own_verb_after_and(
                text, reading.target, start)):
            return None
        for back in range(index - 1, -1, -1):
            opens = ctx.clause_span(back)[0]
            if back > 0 and (self.adverbial.match(text, opens, timeout=TIMEOUT)
                             or self.relative.match(text, opens, timeout=TIMEOUT)):
                continue  # "، في ثاني زيارة له ... بعد زيارته الأولى قبل 24 عاما، واستقبله": not the occasion's date
            return next((d for d in reversed(dated) if ctx.clause_of(d.norm_start) == back), None)
        return None

    def _own_verb_after_and(self, text: str, target: _Target, start: int) -> bool:
        """Whether the clause opens with و and a trigger word of the event, not a definite noun (واستقبله)."""
        opener = _FIRST_WORD.match(text, start, timeout=TIMEOUT)
        if opener is None or not opener.group(1).startswith("و") or opener.group(1)[1:].startswith("ال"):
            return False
        # a phrase may run past the first word: "ودخلت حيز التنفيذ"
        return any(m is not None and m.start("word") == opener.start(1) + 1
                   for m in (group.match(text, opener.start(1), timeout=TIMEOUT) for group in target.groups))

    def _described_after(self, ctx: SentenceContext, reading: _Reading,
                         dated: list[DateMention]) -> DateMention | None:
        """The date of a clause right after the event that describes it by a verb with its pronoun.

        "بث التلفزيون اليوم الأربعاء لقطات لأول تجربة لصاروخ ...، أجرتها بيونغ يانغ الاثنين":
        after an indefinite noun the describing clause has no relative pronoun, and its verb's
        pronoun (ها) is the test; its date is the test's, not the broadcast's before it.
        """
        index = reading.index
        if index + 1 >= len(ctx.clauses) or ctx.clause_span(index)[1] > reading.span[1] + DESCRIBED_GAP:
            return None
        text = ctx.text.text
        first = _FIRST_WORD.match(text, ctx.clause_span(index + 1)[0], timeout=TIMEOUT)
        word = first.group(1) if first else ""
        # not a bare ه: normalized, every ة reads so ("، مؤكدة أنها")
        pronouns = tuple(p for p in self.kb.event_words.pointing_pronouns if len(p) > 1)
        if len(word) < 4 or not word.endswith(pronouns) or self.not_a_verb.fullmatch(word, timeout=TIMEOUT):
            return None
        own = [d for d in dated if ctx.clause_of(d.norm_start) == index + 1]
        return own[0] if own else None

    def _journeyed(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """For what a journey is for, the one date of the clause before, if no finer than a month.

        "عبر ... خط الترسيم في أكتوبر 2007، متوجها إلى بيونغ يانغ لعقد القمة الثانية": the
        summit is held on that trip, days after it began at most.
        """
        text, index = ctx.text.text, reading.index
        first = reading.span[0]
        if index == 0 or not self.journey.match(text, ctx.clause_span(index)[0], timeout=TIMEOUT) or not (
                self.trip_purpose.search(text, max(0, first - 16), first, timeout=TIMEOUT)):
            return None
        own = [d for d in dated if ctx.clause_of(d.norm_start) == index - 1]
        return own[0] if len(own) == 1 and own[0].span and own[0].span.precision != "day" else None

    def _during_it(self, ctx: SentenceContext, reading: _Reading, dated: list[DateMention]) -> DateMention | None:
        """For a clause that happens during what the clause before tells, that clause's last date.

        "قام بزيارة ... إلى بكين من 25 إلى 28 آذار/مارس، التقى خلالها الرئيس شي": خلالها
        points back to the visit, whose days the meeting falls in. Not when that clause tells how
        the visit ended: "اختتم ... اليوم الجمعة زيارته إلى روسيا، التي التقى خلالها بوتين" dates
        the departure, and the meeting was on another day of the visit.
        """
        index = reading.index
        start = ctx.clause_span(index)[0]
        if index == 0 or not self.during_it.search(ctx.text.text, start, min(reading.end, start + DURING_REACH),
                                                   timeout=TIMEOUT):
            return None
        if any(hit.group("end") for hit in self.ends.finditer(ctx.text.text, *ctx.clause_span(index - 1), timeout=TIMEOUT)):
            return None
        before = [d for d in dated if ctx.clause_of(d.norm_start) == index - 1]
        return before[-1] if before else None

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
                and ctx.clause_of(d.norm_start) not in reading.foreign
                and not self._of_report(text, reading, d)
                # "اتفقا خلال لقائهما أمس على استئناف المفاوضات المتعثرة منذ قمة هانوي": the summit, named
                # right after منذ, is what the stall counts from, and the day before is another event's
                and not (d.norm_end <= named[0] and (after := self.sequence_before.search(
                    text, max(0, named[0] - SEQUENCE_REACH), named[0], timeout=TIMEOUT)) is not None and d.norm_end <= after.start())
                and not (d.since and self._since_before(text, d.norm_start) > named[0])
                and not self._of_relative(text, reading, d.norm_start) and not self._counted_in(ctx, d)]

    def _of_report(self, text: str, reading: _Reading, date: DateMention) -> bool:
        """Whether a date right after a reporting verb is the report's, not the event's.

        "أعلنت الثلاثاء وفاة ..." dates the report; but when the verb is a word of the event
        ("أعلن يون الأحكام العرفية في 3 ديسمبر"), or the event is a declaration (`announced`:
        "أعلن بوتين التعبئة الجزئية في 21 سبتمبر"), the report is the event; so is the
        reporter's own act in the that-clause right after the date ("أعلنت أمس الأربعاء
        أنها أجرت بنجاح تجربتها النووية"), a person's birth or death excepted. A date after the
        event's words is the event's ("وقالت إنه توفي فجر الخميس").
        """
        event = reading.target.event
        if event is not None and event.announced:
            return False
        position = date.norm_start
        report = self.reported_at.search(text, max(0, position - 60), position, timeout=TIMEOUT)
        verb = (report.start(), report.start() + 2) if report is not None else None  # past a و / ف
        if verb is None or any(_overlaps(w, verb) for w in reading.words):
            return False
        if any(verb[1] <= a and b <= position for a, b in reading.words):  # "وقالت إنه توفي فجر الخميس"
            return False  # the report's date comes before what it reports, not after the event's words
        if self.that_word.search(text, verb[1], position, timeout=TIMEOUT):  # "أعلنت ... أنها أجرت صباح اليوم"
            return False  # a date inside the that-clause is of what it tells
        own_act = (event is None or not event.life) and self.own_act.match(
            text, date.norm_end, reading.span[0], timeout=TIMEOUT) is not None
        return not own_act

    def _listed(self, ctx: SentenceContext, reading: _Reading) -> list[DateMention]:
        """The dates of the members a count of times lists after it, each a claim.

        "والتقى كيم وبوتين مرتين حتى الآن، في فلاديفوستوك عام 2019 ثم في ... سبتمبر الماضي":
        the dates after the count, in its stretch and in the adverbial clauses after it.
        """
        text = ctx.text.text
        times = self.times.search(text, reading.span[1], reading.end, timeout=TIMEOUT)
        # one declared event has no two members: "قمتي سنغافورة في حزيران ... وهانوي في شباط" dates each by its name
        dual = self._dual(text, reading) if reading.target.event is None else None
        several = times is not None and (self._times(times) or 0) >= 2
        if not several and dual is None:
            return self._joined(ctx, reading)
        after = times.end() if times is not None and several else dual
        assert after is not None
        index, end = reading.index, reading.end
        while index + 1 < len(ctx.clauses) and (
                self.adverbial.match(text, ctx.clause_span(index + 1)[0], timeout=TIMEOUT)
                or several and self.last_of_them.match(text, ctx.clause_span(index + 1)[0], timeout=TIMEOUT)):
            index += 1
            end = ctx.clause_span(index)[1]
        listed = [d for d in self._eligible(ctx, reading) if after <= d.norm_start < end]
        listed = [one for d in listed for one in self._each_day(d)]
        if after == dual:
            listed = [year for d in listed for year in self._each_year(text, d)]
        return listed if after != dual or len(listed) == 2 else []

    def _member_placed(self, text: str, series: _Target, when: DateMention, listed: list[DateMention]) -> _Target | None:
        """The member of a series a listed date is told of by the member's own words before it, after the date before.

        "ولم يلتق كيم ترامب سوى مرتين حتى الآن، في سنغافورة في حزيران/يونيو الماضي وفي هانوي في
        شباط/فبراير": June is the Singapore summit's, February the Hanoi summit's.
        """
        earlier = [d.norm_end for d in listed if d.norm_end <= when.norm_start]
        start = max(earlier, default=max(0, when.norm_start - MEMBER_PLACE_REACH))
        found = [t for t in self.members.get(series.id, ())
                 if all(group.search(text, start, when.norm_start, timeout=TIMEOUT) for group in t.groups[1:])]
        return found[0] if len(found) == 1 else None

    def _each_day(self, mention: DateMention) -> list[DateMention]:
        """The two days of "في 27 آذار/مارس و26 أيار/مايو" after a count of times, one a member; else the mention.

        The date reader reads two days of two months joined by و as the span between them, as
        it does after من or بين; after "مرتين" each is a meeting's.
        """
        span = mention.span
        if mention.form != "mrange" or span is None or _SPAN_OPENER.match(mention.text, timeout=TIMEOUT) or _AND.search(mention.text, timeout=TIMEOUT) is None:
            return [mention]
        return [replace(mention, span=TimeSpan.of_day(day)) for day in (span.start, span.end)]

    def _joined(self, ctx: SentenceContext, reading: _Reading) -> list[DateMention]:
        """Dates joined by و right after a series' trigger, one member each: "تجاربها النووية في 2006 و2009 و2013".

        Only a series has members to share them; the first date stands right after the
        trigger words (في, عام between), the next each after a و.
        """
        if reading.target.series is None:
            return []
        text, after = ctx.text.text, reading.span[1]
        dated = sorted((d for d in self._eligible(ctx, reading) if after <= d.norm_start < reading.end),
                       key=lambda d: d.norm_start)
        if not dated or not _NEXT_TO.fullmatch(text, after, dated[0].norm_start, timeout=TIMEOUT):
            return []
        chain = [dated[0]]
        for date in dated[1:]:
            between = text[chain[-1].norm_end:date.norm_start]
            if not _JOINED.fullmatch(between, timeout=TIMEOUT) or "و" not in between + text[date.norm_start]:
                break
            chain.append(date)
        return chain if len(chain) >= 2 else []

    def _each_year(self, text: str, mention: DateMention) -> list[DateMention]:
        """The two years of "عامي 2000 و2008" after a dual noun, one a member; else the mention.

        The date reader reads the dual year word as the span between the years ("بين عامي
        1998 و2019"); after "قمتين" each year dates one of the two.
        """
        span = mention.span
        if mention.form != "yrange" or span is None or not self.two_years.match(text, mention.norm_start,
                                                                                 timeout=TIMEOUT):
            return [mention]
        return [replace(mention, span=TimeSpan.of_year(year)) for year in (span.start.year, span.end.year)]

    def _dual(self, text: str, reading: _Reading) -> int | None:
        """Where a trigger noun in the dual ends: "بعد لقاءيهما في فلاديفوستوك عام 2019 وفي ... عام 2023".

        The dual of a trigger word, with or without a pronoun, names two members; two dates after
        it are one each. A verb's dual (التقيا) is of its two subjects, and ends in none of these.
        """
        keys = reading.target.keys[0] | reading.target.cues[0]  # a phrase's first word too: "تجربتين نوويتين"
        for a, b in reading.target.hits(text, reading.start, reading.end):
            word = text[a:b].split()[0]
            # "قمتي عامي 2000 و2007": the ي of the dual's construct, not the pronoun "my"
            for stem in dict.fromkeys((self._without_pronoun(word), word)):
                for ending in self.kb.event_words.dual_endings:
                    single = stem[:-len(ending)]
                    if stem.endswith(ending) and (single in keys or single.endswith("ت") and single[:-1] + "ه" in keys):
                        return b
        return None

    def _without_pronoun(self, word: str) -> str:
        """A word without the attached pronoun it ends in, if any (لقاءيهما → لقاءي)."""
        pronoun = next((p for p in self.enclitics_longest_first
                        if word.endswith(p) and len(word) > len(p) + 2), "")
        return word[:len(word) - len(pronoun)]

    def _of_relative(self, text: str, reading: _Reading, position: int) -> bool:
        """Whether a relative pronoun after the event's words, and not about the event, governs a date.

        "استعادة ... منطقة كورسك التي توغلت فيها القوات الأوكرانية في 6 أغسطس" dates the incursion.
        A pronoun right after a word of the first trigger group (the event itself, maybe with its
        ordinal or its objects listed) is about the event: "الاتفاق الإطاري الذي أبرمته ... في أكتوبر
        1994", "ضم دونيتسك ولوغانسك وزابوريجيا وخيرسون، التي وقعها بوتين في 30 سبتمبر".
        """
        pronoun = self.relative_word.search(text, reading.span[1], position, timeout=TIMEOUT)
        if pronoun is None or not text[reading.start:pronoun.start()].strip():
            return False  # none, or it opens the clause that describes the event (_antecedent)
        event = reading.target.event
        if (event is None or event.lasted) and self.ends.match(
                text, _SPACES.match(text, pronoun.end(), timeout=TIMEOUT).end(), timeout=TIMEOUT):
            # the start or end of what lasts (a visit, talks): "في ختام زيارته إلى روسيا التي بدأت الأربعاء";
            # not of a thing an act of a day is done to ("نسفت ... مكتب الاتصال المشترك الذي افتتح عام 2018")
            return False
        between = text[reading.words[0][1]:pronoun.start()]
        return not (_ADJACENT.match(between, timeout=TIMEOUT) or _OBJECTS_LISTED.match(between, timeout=TIMEOUT))

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
        start = ctx.clause_span(index)[0]
        if self.during_it.search(text, start, min(reading.end, start + DURING_REACH), timeout=TIMEOUT):
            return None  # "، التي التقى خلالها ... في أول قمة": during the clause before, see _during_it
        for back in range(index - 1, -1, -1):
            if back > 0 and self.relative.match(text, ctx.clause_span(back)[0], timeout=TIMEOUT):
                continue
            own = [d for d in dated if ctx.clause_of(d.norm_start) == back]
            if own or back == 0:  # a clause with no date goes on with the one before it (حيث استقبله ... في المطار)
                # one date, or one day told several ways ("أمس الأربعاء 13 ذي الحجة 1445هـ الموافق 19 يونيو")
                return own[0] if len({d.span for d in own}) == 1 else None
        return None

    def _relative_after(self, ctx: SentenceContext, reading: _Reading,
                        readings: list[_Reading]) -> tuple[int, int] | None:
        """The relative clause right after the event's words: up to another event's word, or its clause's end.

        "تأتي زيارة الدولة التي يبدأها الرئيس فلاديمير بوتين إلى كوريا الشمالية ردا على الزيارة
        التي قام بها الزعيم كيم جونغ أون إلى روسيا في أيلول/سبتمبر الماضي": what يبدأها tells
        is of Putin's visit, not of Kim's named after it.
        """
        text = ctx.text.text
        relative = self.relative.match(text, reading.span[1], timeout=TIMEOUT)
        if relative is None:
            return None
        end = min([a for o in readings if o.target.id != reading.target.id for a, _ in o.words if a >= relative.end()]
                  + [ctx.clause_span(reading.index)[1]])
        return relative.start(), end

    def _planned_in_relative(self, ctx: SentenceContext, reading: _Reading, date: DateMention) -> bool:
        """Whether the date stands in a relative clause after the event, or after it in its clause, that makes it a plan.

        "القمة الأولى بين الكوريتين، التي كانت مقررة في بيونغ يانغ أواخر الشهر الجاري" names a
        summit that was to be, on a date it never had.
        """
        index = ctx.clause_of(date.norm_start)
        if index < ctx.clause_of(reading.span[0]):
            return False
        if index == ctx.clause_of(reading.span[0]):
            # "أول قمة بين الكوريتين كانت مقررة في بيونغ يانغ ... في 25 تموز": a plan between the name and its date
            return reading.span[1] <= date.norm_start and self._planned(ctx.text.text, reading.span[1], date.norm_start)
        start = ctx.clause_span(index)[0]
        return bool(self.relative_first.match(ctx.text.text, start, timeout=TIMEOUT)) and self._planned(
            ctx.text.text, start, date.norm_start)

    def _planned(self, text: str, start: int, end: int) -> bool:
        """A plan or the future tense in text[start:end]: what it names has not happened.

        Only after the last خلال: "وهي دعوة وجهها ... خلال لقائهما أمس" names a meeting that was;
        and not the imperfect after "قبل أن" / "بعد أن", which tells of the past.
        """
        for during in self.during.finditer(text, start, end, timeout=TIMEOUT):
            start = during.end()
        if any(not self._subjunctive(text, hit.start()) for hit in self.planned.finditer(text, start, end, timeout=TIMEOUT)):
            return True  # "قبل أن يبدأ الغزو" tells of the past, as a future verb there does
        calendar = self.kb.calendar
        return any((hit.group("verb") is None or hit.group("verb").lstrip("وف") not in calendar.future_exceptions)
                   and not self._subjunctive(text, hit.start()) for hit in calendar.future.finditer(text, start, end, timeout=TIMEOUT))

    def _subjunctive(self, text: str, position: int) -> bool:
        """Whether a verb at `position` follows "قبل أن" / "بعد أن"."""
        return bool(self.subjunctive.search(text, max(0, position - 12), position, timeout=TIMEOUT))

    def _hangs_on_plan(self, ctx: SentenceContext, reading: _Reading) -> bool:
        """Whether the event is told in an adverbial of a clause that tells a plan (see _governing).

        "أكد الكرملين أن بوتين سيلتقي كيم الخميس في فلاديفوستوك، في أول قمة بين الرجلين": the
        summit is to come; the Thursday is its plan's, not a day it was held. A day on or before
        publication after the plan's word says it is none, whatever looked like a future verb.
        """
        text, index = ctx.text.text, reading.index
        if index == 0 or not self.adverbial.match(text, ctx.clause_span(index)[0], timeout=TIMEOUT):
            return False
        back = next((b for b in range(index - 1, -1, -1)
                     if b == 0 or not self.relative.match(text, ctx.clause_span(b)[0], timeout=TIMEOUT)), 0)
        start, end = ctx.clause_span(back)
        if not self._planned(text, start, end):
            return False
        # a plan's day is to come: "قال ... سيرسكي اليوم الاثنين إن ..." is no plan (سيرسكي is a name)
        first = min(hit.start() for pattern in (self.planned, self.kb.calendar.future)
                    for hit in pattern.finditer(text, start, end, timeout=TIMEOUT))
        published = ctx.article.published
        return published is None or not any(d.span is not None and d.span.start <= published.end for d in ctx.dates
                                            if first < d.norm_start < end and ctx.clause_of(d.norm_start) == back)

    def _planned_then(self, text: str, start: int, end: int) -> bool:
        """Whether the plan in text[start:end] was one of the past ("كان يستعد لعقد أول قمة"), not of today."""
        return any(self.past_of_plan.search(text, max(start, hit.start() - 20), hit.start(), timeout=TIMEOUT)
                   for hit in self.planned.finditer(text, start, end, timeout=TIMEOUT))

    def _aimed(self, text: str, reading: _Reading) -> bool:
        """Whether the event's words follow a purpose complement: "للمشاركة في استعادة كورسك".

        What the clause's act was for is named, not an event of the clause's date; so is what it
        looks into ("قانون للتحقيق في إعلان الأحكام العرفية").
        """
        first = reading.span[0]
        return bool(self.purpose.search(text, max(0, first - 24), first, timeout=TIMEOUT))

    def _during_lasting(self, text: str, reading: _Reading) -> bool:
        """Whether the event is named as lasting, after خلال / أثناء: "خلال الغزو ... العام الماضي".

        A day during it is no day it began: its `ongoing` noun right after the word of during.
        """
        first = reading.span[0]
        during = self.during_before.search(text, max(0, first - 12), first, timeout=TIMEOUT)
        ongoing = reading.target.ongoing
        return during is not None and ongoing is not None and ongoing.match(text, first, timeout=TIMEOUT) is not None

    def _invited(self, text: str, reading: _Reading) -> bool:
        """Whether the event is what someone is invited to: "دعا بوتين إلى زيارة بلاده", "دعاه لزيارة"."""
        first = reading.span[0]
        invited = self.invited.search(text, max(0, first - 60), first, timeout=TIMEOUT)
        return invited is not None and (invited.group("to") is not None or text.startswith("ل", first))

    def _caused(self, text: str, reading: _Reading) -> bool:
        """Whether the event's words follow a cause, a charge or an act done to it (cause_words).

        "بسبب محاولته فرض الأحكام العرفية", "على التعليق الكامل للاتفاق العسكري".
        """
        first = reading.span[0]
        return bool(self.cause.search(text, max(0, first - 24), first, timeout=TIMEOUT))

    def _date_right_after(self, ctx: SentenceContext, reading: _Reading, readings: list[_Reading]) -> DateMention | None:
        """The date right after the event's words, or of the relative clause right after them.

        "إعلانه الأحكام العرفية ليل الثلاثاء 3 كانون الأول"; "بالتعليق الكامل للاتفاق العسكري، الذي
        وقعه وزيرا دفاع البلدين ... في 19 سبتمبر 2018".
        """
        end = reading.span[1]
        clause = ctx.clause_of(end - 1)
        eligible = [d for d in ctx.dates if d.span is not None and d.form not in _COUNTED]
        near = next((d for d in eligible if 0 <= d.norm_start - end <= CAUSE_DATE_REACH
                     and ctx.clause_of(d.norm_start) == clause), None)
        if near is not None or clause + 1 >= len(ctx.clauses) or ctx.clause_span(clause)[1] > end + DESCRIBED_GAP:
            return near
        if not self.relative.match(ctx.text.text, ctx.clause_span(clause + 1)[0], timeout=TIMEOUT) \
                or self._heads_another(ctx, reading, readings, clause + 1):
            return None  # "بتعليق تجاربها النووية، الذي أعلنه الكرملين عقب لقاء ... يوم الثلاثاء": the meeting's
        return next((d for d in eligible if ctx.clause_of(d.norm_start) == clause + 1), None)

    def _since_before(self, text: str, position: int) -> int:
        """Where the منذ that governs a date stands (the last one before it)."""
        found = -1
        for hit in self.since.finditer(text, 0, position, timeout=TIMEOUT):
            found = hit.start()
        return found

    def _ordinal(self, ctx: SentenceContext, reading: _Reading) -> int | None:
        """Which member the stretch names, if it says.

        "للمرة الأولى", "للمرة الثالثة", "ثالث قمة", "قمتهما الثالثة", "زيارة ... هي الأولى له" —
        but not "أول زيارة ... منذ 24 عاما" (the first in years). An ordinal beside the trigger word
        comes first: in "في ثاني قمة تجمع الرجلين بعد قمتهما الأولى" the stretch of قمتهما is the first.
        """
        text, start, end = ctx.text.text, min(reading.start, reading.span[0]), reading.end
        beside = next((m for a, b in sorted(reading.target.hits(text, start, end))
                       if (m := self._beside(text, start, end, a, b))), None)
        marker = None if beside is not None else self.ordinals.search(text, start, end, timeout=TIMEOUT)
        if beside is not None:
            value, at = self.kb.numbers.ordinals[key(beside.group("ordinal"))], beside.end()
        elif marker is not None:
            value, at = self.kb.event_words.ordinal_markers[key(marker.group("word"))], marker.end()
        else:
            found = self._ordinal_word(text, reading)
            if found is None:
                return None
            value, at = self.kb.numbers.ordinals[key(found.group("ordinal"))], found.end()
        if self.since.search(text, at, end, timeout=TIMEOUT) or any(
                at <= d.norm_start < end and self._counted_in(ctx, d) for d in ctx.dates):
            return None  # "الثالثة بينهما هذا العام": the third of this year's, not of the series
        return value

    def _counted_in(self, ctx: SentenceContext, date: DateMention) -> bool:
        """Whether a date is the period an ordinal right before it counts in: the year or month of publication.

        "خلال القمة الثالثة هذا العام بين الرئيس مون جاي إن والزعيم كيم جونغ أون": the third of
        2018, the fifth between the Koreas; no summit's date either.
        """
        published, span = ctx.article.published, date.span
        # the whole year or month ("هذا العام"، "الشهر الجاري"), not a day or a part ("مطلع الشهر الجاري")
        if (published is None or span is None or date.form != "rel" or not span.single or span.start == span.end
                or not span.contains(published)):
            return False
        text = ctx.text.text
        return self.ordinal_then_scope.search(text, max(0, date.norm_start - 40), date.norm_start, timeout=TIMEOUT) is not None

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

    def _anniversaries(self, ctx: SentenceContext, present: list[_Target],
                       of_pronouns: list[tuple[int, NumberMention, _Marked]]) -> Iterator[Fact]:
        """"الذكرى السبعين لانتهاء الحرب الكورية": the ordinal, the event and which end of it.

        An anniversary of an event rules/events does not declare is still read when the
        sentence gives its year: "الذكرى الخمسين لرحلة غاغارين عام 1961" (1961 + 50). Without
        an ordinal ("الذكرى السنوية لاندلاع الحرب") the event must follow the word at once.
        """
        text = ctx.text.text
        for start, number, after in self._anniversary_phrases(text):
            ordinal = int(number.value) if number else None
            base = self._base_date(ctx, after)
            reach = min(len(text), max(after + ANNIVERSARY_WINDOW, base.norm_end if base else 0))
            # the event begins within the window; a long name may end past it in the clause ("على إعلان
            # كوريا الشمالية انسحابها من معاهدة حظر انتشار الأسلحة النووية")
            own_clause = ctx.clause_span(ctx.clause_of(min(after, len(text) - 1)))[1]
            marked = self._marked(ctx, present, after, max(reach, min(reach + ANNIVERSARY_WINDOW, own_clause)),
                                  at_once=number is None, begin_by=reach)
            if marked is not None and number is None:  # "عيد ميلاده السبعين": the ordinal after the event
                later = self._anniversary_ordinal(text, marked.named[1] + 1)  # past the space
                ordinal = int(later.value) if later is not None else None
            if marked is not None:
                yield self._anniversary_fact(ctx, start, marked, ordinal)
            elif base is not None and ordinal is not None:
                stated = self._stated_anniversary(ctx, start, after, base, ordinal)
                if stated is not None:
                    yield stated
        for start, number, marked in of_pronouns:
            yield self._anniversary_fact(ctx, start, marked, int(number.value))

    def _pronoun_anniversaries(self, ctx: SentenceContext,
                               present: list[_Target]) -> Iterator[tuple[int, NumberMention, _Marked]]:
        """(start, ordinal, event) of each "ذكراه الخامسة والعشرون": the event named last before the word.

        "أحيت ... وفاة مؤسسها كيم إيل سونغ في ذكراها الثلاثين"، "تفكك الاتحاد السوفيتي، الذي تحل
        ذكراه الخامسة والعشرون".
        """
        text = ctx.text.text
        for hit in self.anniversary_of_pronoun.finditer(text, timeout=TIMEOUT):
            number = self._anniversary_ordinal(text, hit.end())
            if number is None:
                continue
            marked = self._marked(ctx, present, max(0, hit.start() - PRONOUN_ANNIVERSARY_REACH), hit.start(),
                                  at_once=False, last=True)
            if marked is not None:
                yield marked.named[0], number, marked

    def _anniversary_words(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, word) of each anniversary word, and of each مرور that a count of time follows.

        "مرور ألف يوم على الغزو" is no anniversary, but like one its day is not the event's.
        """
        for hit in self.anniversary.finditer(text, timeout=TIMEOUT):
            yield hit.start(), hit.group()
        for start, number, _ in (*self._passed(text), *self._passed(text, self.passed_other, limit=None)):
            yield start, text[start:number.start]

    def _passed(self, text: str, units: regex.Pattern[str] | None = None,
                limit: int | None = MAX_ANNIVERSARY) -> Iterator[tuple[int, NumberMention, int]]:
        """(start, count, end) of each "مرور 30 عاما على" (or of the other `units`: "مرور ألف يوم على")."""
        for hit in self.passed.finditer(text, timeout=TIMEOUT):
            numbers = self.kb.numbers.read(text, hit.end(), min(len(text), hit.end() + 40))
            if not numbers or numbers[0].start != hit.end() or numbers[0].value <= 0:
                continue
            if limit is not None and numbers[0].value > limit:
                continue
            counted = (units or self.passed_years).match(text, numbers[0].end, timeout=TIMEOUT)
            if counted is not None:
                yield hit.start(), numbers[0], counted.end()

    def _anniversary_phrases(self, text: str) -> Iterator[tuple[int, NumberMention | None, int]]:
        """(start, ordinal, end) of each anniversary phrase: "الذكرى السبعين"، "مرور 30 عاما على"."""
        for hit in self.anniversary.finditer(text, timeout=TIMEOUT):
            number = self._anniversary_ordinal(text, hit.end())
            yield hit.start(), number, number.end if number else hit.end()
        yield from self._passed(text)

    def _anniversary_ordinal(self, text: str, position: int) -> NumberMention | None:
        """The ordinal right after an anniversary word: "الذكرى السبعين", "الذكرى الـ70"."""
        numbers = self.kb.numbers.read(text, position, min(len(text), position + 40))
        if not numbers or numbers[0].start != position or not (numbers[0].ordinal or numbers[0].article):
            return None
        if numbers[0].value > MAX_ANNIVERSARY:  # "الذكرى الـ9999 لتأسيسها عام 1961": year 11960 is past the calendar
            return None
        return numbers[0]

    def _base_date(self, ctx: SentenceContext, after: int) -> DateMention | None:
        """The year an anniversary phrase gives its event: "لتأسيسها عام 1961", "المبرمة عام 1961"."""
        return next((d for d in ctx.dates if d.span is not None and d.basis == "explicit" and not d.since
                     and d.form not in _COUNTED and 0 <= d.norm_start - after <= BASE_YEAR_REACH
                     and d.span.precision in ("year", "month", "day") and d.span.single), None)

    def _marked(self, ctx: SentenceContext, present: list[_Target], start: int, end: int,
                at_once: bool, last: bool = False, begin_by: int | None = None) -> _Marked | None:
        """The declared event (or series member) named nearest after an anniversary's ordinal (`last`: before one).

        With `begin_by`, its name begins before that position, wherever in text[start:end] it ends.
        """
        text = ctx.text.text
        found = []
        roots = self.words.in_text(text[start:end])  # _named_after reads a word of the target's there
        for target in present:
            if not self.words.may_name(target, roots):
                continue
            named = self._named_after(ctx, target, start, end)
            if named is None or (at_once and self._lead(text, start, named[0])) or (
                    begin_by is not None and named[0] >= begin_by):
                continue
            event = target.event or self._member(ctx, target, named)
            if event is not None:
                found.append(_Marked(named, target, event, self._end_named(text, start, named[1])))
        if not found:
            return None
        # of events named from one word, the one named by more of the words after it ("توقيع معاهدة
        # الصداقة وحسن الجوار" is the treaty of 2000, not a bare "توقيع معاهدة"), then by its participants
        # named nearer
        at = (max if last else min)(m.named[0] for m in found)
        tied = [m for m in found if m.named[0] == at]
        longest = max(m.named[1] for m in tied)
        tied = [m for m in tied if m.named[1] == longest]
        nearest = next((m for m in tied if not any(self._outnamed(ctx, m.target, m.named, o.target, o.named)
                                                       for o in tied)), tied[0])
        named_after = self._person_after(ctx, nearest, found)  # "لميلاد جده كيم إيل سونغ": his, by the name after
        if named_after is not None:
            return named_after
        return self._pronoun_of(ctx, nearest, found) if self._whose_unsaid(nearest, found) else nearest

    def _person_after(self, ctx: SentenceContext, nearest: _Marked, found: list[_Marked]) -> _Marked | None:
        """Of the births (or deaths) one word names, the one of the person named right after it.

        "بمناسبة الذكرى المئوية لميلاد جده كيم إيل سونغ" in a sentence naming Kim Jong Un too: the
        name after the word, past a title or a kinship word, says whose it is.
        """
        rivals = [m for m in found if m.named == nearest.named and m.event.life]
        if len(rivals) < 2:
            return None
        after = next((n for n in sorted(ctx.names, key=lambda n: n.start)
                      if nearest.named[1] <= n.start <= nearest.named[1] + PERSON_AFTER_REACH), None)
        return next((m for m in rivals if after is not None and after.entity in m.event.participants), None)

    def _pronoun_of(self, ctx: SentenceContext, nearest: _Marked, found: list[_Marked]) -> _Marked | None:
        """Whose birth (or death) a pronoun word names, of two people: the one named last before it.

        "بعث كيم برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين بمناسبة عيد ميلاده" is Putin's;
        but not one named after من, the sender: "تلقى بوتين برقية تهنئة من كيم بمناسبة عيد
        ميلاده" is Putin's too. With every one named before after من, none is read.
        """
        text = ctx.text.text
        for name in sorted((n for n in ctx.names if n.end <= nearest.named[0] and n.entity.startswith("person:")),
                           key=lambda n: n.start, reverse=True):
            if self.sender_before.search(text, max(0, name.start - 40), name.start, timeout=TIMEOUT):
                continue
            return next((m for m in found if m.named == nearest.named and name.entity in m.event.participants), None)
        return None

    def _whose_unsaid(self, nearest: _Marked, found: list[_Marked]) -> bool:
        """Whether one pronoun word names the birth (or death) of two people the sentence names.

        "تلقى بوتين برقية تهنئة من كيم بمناسبة عيد ميلاده السبعين": whose ميلاده is, the words
        do not say (the reader of greetings knows); no anniversary is read rather than a wrong one.
        """
        def person(marked: _Marked) -> str | None:
            people = [p for p in marked.event.participants if p.startswith("person:")]
            return people[0] if len(people) == 1 and len(marked.event.participants) == 1 else None
        return person(nearest) is not None and any(
            m.named == nearest.named and person(m) not in (None, person(nearest)) for m in found)

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
        keys = frozenset().union(*target.keys)
        return any(word.endswith(p) and len(word) > len(p) + 1 and (word_forms(word, (p,)) - {word}) & keys
                   for p in self.kb.enclitics)

    def _member(self, ctx: SentenceContext, target: _Target, named: tuple[int, int]) -> Event | None:
        """The member of a series an ordinal picks: "للقمة الأولى بين الكوريتين", "أول قمة"."""
        if target.series is None or not target.counts_series:  # "لقمتهما الأولى": the pair's first, not the series'
            return None
        text = ctx.text.text
        ordinal = self._ordinal(ctx, _Reading(target, -1, named[0], named[1], [named]))
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

    def _elapsed(self, ctx: SentenceContext, present: list[_Target],
                 since: list[_Since]) -> Iterator[Fact]:
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
        yield from self._elapsed_after(ctx, since)

    def _elapsed_after(self, ctx: SentenceContext,
                       since: list[_Since]) -> Iterator[Fact]:
        """"بعد 76 عاما على اندلاع الحرب الكورية": that long since the event named right after على or من.

        The date reader reads no date there (the span is counted from the event, not from
        publication); the claim is checked as "منذ 76 عاما" is, from the start or the end the words
        pick ("على انتهاء").
        """
        published = ctx.article.published
        if published is None or published.precision != "day":
            return
        for hit, unit, amount, marked in since:
            event = marked.target.event
            assert event is not None
            end = marked.end if event.lasted and event.span.end < published.start else "start"
            qualifier = self.kb.calendar.qualifiers.get(key(hit.group("q") or ""), "exact")
            began = since_span(published.start, amount, self.kb.calendar.durations[key(unit.group("u"))][0], qualifier)
            said = ctx.text.original_text(hit.start(), unit.end()).strip()
            value = {"event": event.id, "person": None, "term": None, "began": began.iso(), "said": said,
                     "counted_from": end}
            yield Fact(ctx.article.id, "elapsed", Subject(f"event:{event.id}", event.label), value,
                       ctx.published(), ctx.evidence(hit.start(), marked.named[1]))

    def _elapsed_after_phrases(self, ctx: SentenceContext, present: list[_Target]) -> Iterator[_Since]:
        """(the phrase, its unit, the amount, the event) of each "بعد 76 عاما على" before a declared event."""
        text = ctx.text.text
        for hit in self.elapsed_after.finditer(text, timeout=TIMEOUT):
            if hit.group("opening") and not (ctx.clause_of(hit.start()) == 0 and ctx.opens_clause(hit.start())):
                continue  # "وجاء القصف بعد ستة أشهر من إغراق الطراد"، "، بعد شهرين من قمة هانوي": between two events
            numbers = self.kb.numbers.read(text, hit.end(), min(len(text), hit.end() + 40))
            number = numbers[0] if numbers and numbers[0].start == hit.end() and not numbers[0].ordinal else None
            unit = self.elapsed_unit.match(text, number.end if number else hit.end(), timeout=TIMEOUT)
            if unit is None or number is not None and number.value <= 0:
                continue
            dual = self.kb.calendar.durations[key(unit.group("u"))][1]
            amount = float(number.value) if number is not None else 2.0 if dual else 1.0
            marked = self._marked(ctx, present, unit.end(), min(len(text), unit.end() + ANNIVERSARY_WINDOW), at_once=True)
            if marked is not None and marked.target.event is not None:
                yield hit, unit, amount, marked

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


def _without_anniversary_days(facts: list[Fact], published: TimeSpan | None) -> list[Fact]:
    """The facts, less an event's date that is the day of its own anniversary in the sentence.

    "احتفلت روسيا اليوم الاثنين بالذكرى العاشرة لما تسميه «إعادة توحيد» القرم، في حين تعد
    أوكرانيا ضم شبه الجزيرة خطوة غير شرعية": Monday is the anniversary's, not the annexation's.
    The shared day is the anniversary's only when the event, its ordinal's years before, would
    fall after publication's year less the ordinal: "مرور ستين عاما على توقيع معاهدة ... في
    السادس من تموز 1961" keeps 1961 for the treaty.
    """
    if published is None:
        return facts
    celebrated = {(f.subject.id, f.valid_at.span) for f in facts if f.predicate == "anniversary"
                  and f.valid_at.span is not None
                  and f.valid_at.span.start.year > published.start.year - (f.value.get("ordinal") or 1)}
    if not celebrated:
        return facts
    return [f for f in facts if f.predicate != "event_date" or (f.subject.id, f.valid_at.span) not in celebrated]
