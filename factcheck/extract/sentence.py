"""A sentence being read: its text, normalized form, dates, names and clauses.

Fact readers work in the normalized text; article offsets are made only for evidence.
A clause is the stretch between two of , ; : (، and ؛ are normalized to , and ;), save
the commas that set off a time ("أعفى الرئيس فلاديمير بوتين، الأحد، وزير الدفاع"): that
stretch is an aside of the clause around it, which goes on past it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from factcheck.corpus import Article
from factcheck.extract.entities import NameMention
from factcheck.facts import Evidence, ValidAt
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention
from factcheck.text.normalize import NormalizedText
from factcheck.text.sentences import Sentence

_CLAUSE_MARK = regex.compile(r"[;:]|,(?!\d)|(?<!\d),")  # not the separator of "8,173"
# how an apposition or a relative clause set off by commas opens: a definite word ("، الرئيس السابق لهيئة
# ...،", "، الذي ...،") or أحد / إحدى ("، أحد أقرب حلفاء الرئيس ...،")
APPOSITION_OPENING = regex.compile(r"\s*(?:ال|(?:احد|احدي)\s)")
# a wire's dateline before the first words: "موسكو (أ ف ب) - ", "سيول - (كونا) - ", "بيونج يانج - (أ ش أ): ",
# "بيونغ يانغ 27 يوليو 2023 (شينخوا)", "موسكو - سبوتنيك. "
_DATELINE = regex.compile(r"\s*(?:[\p{L}\d]+\s+){0,5}[\p{L}\d]+\s*(?:[-–]\s*)?(?:\([^()]{1,30}\)\s*[-–:]?|[-–]\s+\p{L}+\.)\s*")
RECENT_SENTENCES = 3  # the sentences before whose words a definite noun of the sentence may take (SentenceContext.recent)


@dataclass
class SentenceContext:
    """Everything read once from a sentence that every fact reader uses."""

    article: Article
    sentence: Sentence
    text: NormalizedText
    dates: list[DateMention]
    names: list[NameMention] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)  # entity ids and country:<id> named here
    previous: str = ""  # the normalized sentence before: where a pronoun's referent may be named
    # the normalized sentences before, up to RECENT_SENTENCES, nearest last: where the words a definite
    # noun lacks may be told ("وكانت القمة قد انطلقت أمس" two sentences of quotes after "قمة هانوي")
    recent: tuple[str, ...] = ()
    previous_participants: set[str] = field(default_factory=set)  # who the sentence before names
    pair_before: set[str] = field(default_factory=set)  # the two persons the article named last before the sentence
    marks: list[int] = field(init=False)  # normalized positions of the marks that end clauses
    # who a stretch names (Participants.in_span), kept per stretch: events ask it per target and clause
    named_in: dict[tuple[int, int], set[str]] = field(default_factory=dict, repr=False, compare=False)
    # what may stand beside a date set off by commas, the stretch then an aside (DateReader.aside_rest)
    aside_rest: regex.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text.text, timeout=TIMEOUT)]
        self.marks = self._past_time_asides(marks) if self.aside_rest is not None and self.dates else marks

    def _past_time_asides(self, marks: list[int]) -> list[int]:
        """The marks without those that set off a stretch of nothing but dates (and aside_rest's words).

        The aside goes with the clause after it (a sentence's first one counted after a wire's
        dateline), and with the one before unless that is an apposition (not the first clause,
        and opened as APPOSITION_OPENING says): in "أعلنت ... وفاة كيم يونغ نام، الرئيس السابق ...، أمس
        الاثنين، عن 97 عاما" the date is the death's, told past the apposition, not the apposition's.
        """
        text = self.text.text
        bounds = [-1, *marks, len(text)]
        dropped = set()
        for k in range(len(bounds) - 1):
            start, end = bounds[k] + 1, bounds[k + 1]
            if k == 0 and (dateline := _DATELINE.match(text, 0, end, timeout=TIMEOUT)) is not None:
                start = dateline.end()  # "سيول (يونهاب) - في مثل هذا اليوم قبل عامين، أجرت ...": past the dateline
            inside = [d for d in self.dates if start <= d.norm_start and d.norm_end <= end]
            if not inside:
                continue
            rest = text[start:end]
            for date in inside:
                rest = rest[:date.norm_start - start] + " " * (date.norm_end - date.norm_start) + rest[date.norm_end - start:]
            assert self.aside_rest is not None
            if not self.aside_rest.fullmatch(rest, timeout=TIMEOUT):
                continue
            if k + 1 < len(bounds) - 1:
                dropped.add(bounds[k + 1])
            if k > 0 and not (k > 1 and APPOSITION_OPENING.match(text, bounds[k - 1] + 1, timeout=TIMEOUT)):
                dropped.add(bounds[k])
        return [m for m in marks if m not in dropped]

    def clause_of(self, position: int) -> int:
        """The index of the clause holding a normalized position."""
        return bisect.bisect_right(self.marks, position)

    def clause_span(self, index: int) -> tuple[int, int]:
        """The normalized span of clause `index`."""
        start = self.marks[index - 1] + 1 if index > 0 else 0
        end = self.marks[index] if index < len(self.marks) else len(self.text.text)
        return start, end

    def opens_clause(self, position: int) -> bool:
        """Whether nothing but a و or ف (and, in the first clause, the wire's dateline) stands before `position` in its clause."""
        text = self.text.text
        index = self.clause_of(position)
        start = self.clause_span(index)[0]
        if index == 0 and (dateline := _DATELINE.match(text, 0, position, timeout=TIMEOUT)) is not None:
            start = dateline.end()
        return not text[start:position].strip(" \t\n\"«»()-–")

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """Every clause, in order; clause i is clause_span(i)."""
        return [self.clause_span(i) for i in range(len(self.marks) + 1)]

    def published(self) -> ValidAt:
        """The article's publication date as a claim's time."""
        span = self.article.published
        return ValidAt(span, "published") if span else ValidAt(None, "unknown")

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for normalized [start, end) of this sentence."""
        a, b = self.text.original_span(start, end)
        body = self.article.body
        article = self.article
        return Evidence(article.id, self.sentence.start, self.sentence.end, self.sentence.text,
                        a, b, body[a:b], *article.position(self.sentence.start), *article.position(a))
