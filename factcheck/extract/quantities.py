"""Quantity facts: every counted amount, on its declared measure where one fits, with who says it.

A quantity belongs to a measure (rules/measures/) when its unit is the measure's, the
measure's participants are named in the sentence and one of its context words stands in
the same clause: "اتهمت الولايات المتحدة وكوريا الجنوبية كوريا الشمالية ... بإرسال أكثر من
10 آلاف جندي لمساعدة روسيا" is North Korean troops in Russia. Who states the figure
("اتهمت الولايات المتحدة وكوريا الجنوبية") travels with the fact.

A stated total ("أي ما مجموعه 4700 جندي", "21,793 مدنيا بين قتيل وجريح، بينهم ...") is a
`quantity_total` fact besides: the total and its parts as the quantity facts read them
(linked by id), and the interval the parts sum to; quantity_total compares the two.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from factcheck.extract.participants import Participants
from factcheck.extract.sentence import SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.knowledge import Knowledge, Measure
from factcheck.text import TIMEOUT
from factcheck.text.lexicon import alternation, key, word_forms
from factcheck.text.normalize import normalize
from factcheck.text.quantities import (
    Interval,
    QuantityMention,
    QuantityReader,
    StatedTotal,
    is_round,
)

_WORD = regex.compile(r"\p{L}+")
ATTRIBUTION_WORDS = 4  # words after a reporting verb that can name the source
PRECEDING = 300  # characters before a sentence where a figure opening it with منهم finds its noun
# Dates written on the calendar ("بين 18 و28 أغسطس", "يومي 14 و15 ديسمبر"): their numbers are no
# counts. A span of time ("منذ 30 شهرا", "قبل سبعة أشهر") is one, and stays.
CALENDAR_FORMS = frozenset({"iso", "dmy", "dateline", "hijri", "hnum", "mrange", "mspan", "full", "ordday", "relday", "half", "season",
                            "yrange", "year", "decade"})


def _side(fact: Fact, interval: Interval) -> dict[str, Any]:
    """A total or a part in a `quantity_total` fact: its quantity fact's id, bounds, unit and words."""
    v = fact.value
    return {"fact": fact.id, **interval.bounds(), "unit": v["unit"], "qualifier": v["qualifier"], "text": v["text"]}


def _as_summed(fact: Fact) -> Interval:
    """A figure as a sum in one sentence reads it: a bare round one is rounded to its last digit, no estimate.

    Across articles "4100" may be anyone's estimate, within the measure's tolerance; in "قتل
    نحو 600 وأصيب 4100، أي ما مجموعه 5700" the writer adds the figures as printed, and 4,700
    is no reading of 5,700. A round figure may still be a rounded sum ("4700" of 612 and 4,080):
    half its last digit's unit, never more than the tolerance.
    """
    v = fact.value
    low, high = v["stated"]
    if v["qualifier"] != "exact" or low != high or not is_round(low):
        return Interval.of(v)
    digits = str(int(low))
    half = min(10 ** (len(digits) - len(digits.rstrip("0"))) / 2, (v["high"] - v["low"]) / 2)
    return Interval(low - half, low + half)


def _counted_exactly(fact: Fact) -> bool:
    """A bare figure that is not round (224, 16): counted, not estimated."""
    low, high = fact.value["stated"]
    return fact.value["qualifier"] == "exact" and low == high and not is_round(low)


class QuantityFacts:
    """Reads quantity facts from sentences."""

    def __init__(self, kb: Knowledge, participants: Participants):
        self.kb = kb
        self.participants = participants
        self.reader = QuantityReader(kb.numbers, kb.quantity_words, kb.enclitics)
        self.reporting = frozenset(key(w) for w in kb.quantity_words["attribution"])
        self.reporting_first = frozenset(w.split()[0] for w in self.reporting)  # a verb's first word
        self.default_tolerance = kb.quantity_words["default_tolerance"]
        self.aside = regex.compile(rf"\s*[وف]?(?:{alternation(kb.quantity_words['parts_after'])})(?!\p{{L}})")
        self.result = regex.compile(rf"\s*[وف]?(?:{alternation(kb.quantity_words['result_verbs'])})(?!\p{{L}})")

    def read(self, ctx: SentenceContext, in_article: set[str] | None = None) -> Iterator[Fact]:
        """A fact per quantity with a unit (an unresolved unit is no quantity), then one per stated total.

        `in_article`: who the whole article names, for the short names of its countries.
        """
        text = ctx.text.text
        attribution = self._attribution(ctx)
        body, start = ctx.article.body, ctx.sentence.start
        def preceding() -> str:  # normalized only for a figure that points back ("منهم"): rare
            return normalize(body[max(0, start - PRECEDING):start]).text

        dated = [(d.norm_start, d.norm_end) for d in ctx.dates if d.form in CALENDAR_FORMS]
        mentions = self.reader.read(text, preceding, dated, frozenset(d.norm_start for d in ctx.dates))
        facts = {mention: self._fact(ctx, mention, attribution, in_article) for mention in mentions}
        yield from facts.values()
        for stated in self.reader.totals(text, mentions):
            yield self._total_fact(ctx, stated, facts)

    def _fact(self, ctx: SentenceContext, quantity: QuantityMention, attribution: str | None,
              in_article: set[str] | None) -> Fact:
        # a part ("20 من أصل 40 تدريبا") is no figure of the measure its whole is, nor a group one is
        # picked from ("أحد ثلاثة صواريخ ... أطلقت من منطقة وونسان")
        text = ctx.text.text
        part = (self.reader.out_of_after.match(text, quantity.end, timeout=TIMEOUT) is not None
                or self.reader.one_of_before.search(text, max(0, quantity.start - 12), quantity.start,
                                                    timeout=TIMEOUT) is not None)
        clause = self._clause(ctx, ctx.clause_of(quantity.start))
        measure = None if part else self._measure(ctx, quantity, clause, in_article)
        if measure is not None and measure.monotonic and self.kb.calendar.future_governs(text, quantity.start,
                                                                                          clause[0]):
            measure = None  # "متوقعا أن يبلغ عددهم 10 آلاف بحلول ديسمبر": a forecast of a running count is not it
        tolerance = measure.tolerance if measure else self.default_tolerance
        interval = quantity.interval(tolerance)
        subject = (Subject(f"measure:{measure.id}", measure.label) if measure
                   else Subject(f"unit:{quantity.unit}", quantity.unit))
        evidence = ctx.evidence(quantity.start, quantity.end)
        value = {**interval.bounds(), "unit": quantity.unit,
                 "measure": measure.id if measure else None, "qualifier": quantity.qualifier,
                 "increment": quantity.increment, "stated": [quantity.low, quantity.high],
                 "text": evidence.text}
        return Fact(ctx.article.id, "quantity", subject, value, self._valid_at(ctx, measure, quantity.start),
                    evidence, attribution=attribution)

    @staticmethod
    def _total_fact(ctx: SentenceContext, stated: StatedTotal, facts: dict[QuantityMention, Fact]) -> Fact:
        """A `quantity_total` fact: the total, its parts and their sum, each part linked to its quantity fact."""
        total = facts[stated.total]
        parts = [facts[p] for p in stated.parts]
        summed = [_as_summed(p) for p in parts]
        if total.value["qualifier"] == "exact" and any(_counted_exactly(p) for p in parts):
            # "230 شخصا، بينهم 224 عسكريا و16 مدنيا": counted to the unit, the total is no estimate
            low = total.value["stated"][0]
            total_interval = Interval(low, low)
        else:
            total_interval = _as_summed(total)
        highs = [p.high for p in summed]
        value = {"total": _side(total, total_interval), "parts": [_side(p, i) for p, i in zip(parts, summed, strict=True)],
                 "sum": {"low": sum(p.low for p in summed), "high": None if None in highs else sum(highs),  # type: ignore[arg-type]
                         "low_inclusive": all(p.low_inclusive for p in summed),
                         "high_inclusive": all(p.high_inclusive for p in summed)},
                 "exhaustive": stated.exhaustive}
        mentions = (stated.total, *stated.parts)
        evidence = ctx.evidence(min(m.start for m in mentions), max(m.end for m in mentions))
        return Fact(ctx.article.id, "quantity_total", Subject(f"unit:{stated.total.unit}", stated.total.unit),
                    value, total.valid_at, evidence, attribution=total.attribution)

    def _clause(self, ctx: SentenceContext, index: int) -> tuple[int, int]:
        """A figure's clause, past its asides and back over the clause a verb of the result goes on from.

        "14534 مدنيا، بينهم 745 طفلا، قُتلوا في أوكرانيا": the asides share it out;
        "أرسلت ... إلى روسيا، ليرتفع عدد جنودها إلى 3 آلاف": the result goes on from the one before.
        """
        start, end = ctx.clause_span(index)
        if index > 0 and self.result.match(ctx.text.text, start, timeout=TIMEOUT):
            start = ctx.clause_span(index - 1)[0]  # "...، ليرتفع عدد جنودها إلى 3 آلاف": the result of the one before
        while index + 2 <= len(ctx.marks) and self.aside.match(ctx.text.text, ctx.clause_span(index + 1)[0],
                                                                timeout=TIMEOUT):
            index += 2
            end = ctx.clause_span(index)[1]
        return start, end

    def _measure(self, ctx: SentenceContext, quantity: QuantityMention, clause: tuple[int, int],
                 in_article: set[str] | None) -> Measure | None:
        """The first measure of this unit whose participants and context words stand in its scope.

        The scope is the figure's clause, or the whole sentence for a measure declared
        `participants_in: sentence` ("أن حصيلة الحرب ...، المستمرة منذ ...، بلغت 39.583 قتيلًا").
        Words are compared without their clitics ("مناوراتهما", "أرسلتهم", "المناورات"). A word of
        `not_context` in the figure's clause makes it another count ("حزمة مساعدات جديدة
        بقيمة 460 مليون دولار" is a package, not the total given so far).
        """
        scopes = {"clause": clause, "sentence": (0, len(ctx.text.text))}
        text = ctx.text.text
        in_clause = self._forms(text[clause[0]:clause[1]])
        named_in: dict[str, set[str]] = {}  # per scope, worked out for the first measure that asks
        forms_in: dict[str, frozenset[str]] = {}
        for measure in self.kb.measures.values():
            if measure.unit != quantity.unit or measure.not_context & in_clause:
                continue
            scope = measure.participants_in
            start, end = scopes[scope]
            if scope not in named_in:
                named_in[scope] = self.participants.in_span(ctx, start, end, in_article)
            if not all(group & named_in[scope] for group in measure.participants):
                continue
            if scope not in forms_in and measure.context:
                forms_in[scope] = self._forms(text[start:end])
            if not measure.context or measure.context & forms_in[scope]:
                return measure
        return None

    def _forms(self, text: str) -> frozenset[str]:
        """The words of a stretch with and without their clitics, the article among them (المناورات, مناورات)."""
        forms = word_forms(text, self.kb.enclitics)
        return forms | {form[2:] for form in forms if form.startswith("ال") and len(form) > 4}

    def _valid_at(self, ctx: SentenceContext, measure: Measure | None, at: int) -> ValidAt:
        """`time: sentence`: the date nearest the figure in its clause ("... العام الماضي"), else publication.

        A date after منذ is where the count began, not when it holds: "9500 مدني قتلوا منذ
        اندلاع الحرب في فبراير 2022" is the toll at publication.
        """
        if measure is not None and measure.time == "sentence":
            clause = ctx.clause_of(at)
            dated = [d for d in ctx.dates if d.span is not None and d.form != "elapsed" and not d.since
                     and ctx.clause_of(d.norm_start) == clause]
            if dated:
                nearest = min(dated, key=lambda d: abs(d.norm_start - at))
                return ValidAt(nearest.span, nearest.basis)
        return ctx.published()

    def _attribution(self, ctx: SentenceContext) -> str | None:
        """Who states the figures: a reporting verb and the source beside it.

        The source stands after the verb ("اتهمت الولايات المتحدة وكوريا الجنوبية") or, when
        the sentence opens with it, before ("وكالة الاستخبارات الوطنية الكورية الجنوبية أعلنت").
        """
        text = ctx.text.text
        if not any(first in text for first in self.reporting_first):  # no reporting verb can stand here
            return None
        words = list(_WORD.finditer(text, timeout=TIMEOUT))
        for i, word in enumerate(words):
            if word.group() not in self.reporting_first:  # no reporting verb of one or two words opens here
                continue
            two = f"{word.group()} {words[i + 1].group()}" if i + 1 < len(words) else ""
            size = 2 if two in self.reporting else 1 if word.group() in self.reporting else 0
            if not size:
                continue
            if 0 < i <= ATTRIBUTION_WORDS + 2 and "," not in text[:word.start()]:
                return ctx.text.original_text(0, word.end())  # the source opens the sentence
            end = words[i + size - 1].end()
            for follower in words[i + size:i + size + ATTRIBUTION_WORDS]:
                gap = text[end:follower.start()]
                token = follower.group()
                if "," in gap or token in self.kb.function_words or token.startswith(("ب", "ان")):
                    break
                end = follower.end()
            return ctx.text.original_text(word.start(), end)
        return None
