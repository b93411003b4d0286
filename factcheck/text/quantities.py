"""Quantities: a qualifier, a number, a unit noun — "أكثر من 10 آلاف جندي" → (10000, ∞) soldiers.

Words come from rules/lexicon/quantities.yaml. The interval a quantity stands for
depends on how precise its measure is declared to be (the tolerance of "about" and of
a round number), so a mention keeps its parts and `interval(tolerance)` gives the range.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex

from factcheck.text import TIMEOUT
from factcheck.text.lexicon import alternation, cue_roots, holds_any, key
from factcheck.text.numbers import NumberMention, NumberReader


@dataclass(frozen=True)
class Interval:
    """An interval of values; `high` None is unbounded."""

    low: float
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @classmethod
    def of(cls, bounds: Mapping[str, Any]) -> Interval:
        """The interval a fact's value (or a side of a total) gives as low/high and inclusiveness."""
        return cls(bounds["low"], bounds["high"], bounds["low_inclusive"], bounds["high_inclusive"])

    def bounds(self) -> dict[str, Any]:
        """The interval as a fact's value writes it (the inverse of `of`)."""
        return {"low": self.low, "high": self.high, "low_inclusive": self.low_inclusive,
                "high_inclusive": self.high_inclusive}

    def disjoint(self, other: Interval) -> bool:
        """No value lies in both."""
        return self.below(other) or other.below(self)

    def below(self, other: Interval) -> bool:
        """Every value here is smaller than every value of `other`."""
        if self.high is None:
            return False
        if self.high < other.low:
            return True
        return self.high == other.low and not (self.high_inclusive and other.low_inclusive)

    def __str__(self) -> str:
        if self.high == self.low:
            return _plain(self.low)
        low = ("[" if self.low_inclusive else "(") + _plain(self.low)
        high = "∞)" if self.high is None else _plain(self.high) + ("]" if self.high_inclusive else ")")
        return f"{low}, {high}"


def _plain(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-6 else f"{value:,.2f}"


@dataclass(frozen=True)
class QuantityMention:
    """A counted amount in normalized text, before its measure's tolerance is applied."""

    start: int
    end: int
    low: float
    high: float
    qualifier: str  # exact | about | above | below | at_least | up_to | range | vague
    unit: str
    increment: bool = False  # "1500 جندي إضافي": more of it, not its total
    total: bool = False  # "أي ما مجموعه 4700", "4700 جندي بين قتيل وجريح": the sum of figures around it

    def interval(self, tolerance: float) -> Interval:
        """The values the words allow, with the measure's tolerance for about and round numbers."""
        value = self.high
        if self.qualifier in ("range", "vague"):
            return Interval(self.low, self.high)
        if self.qualifier == "above":
            return Interval(value, None, low_inclusive=False, high_inclusive=False)
        if self.qualifier == "at_least":
            return Interval(value, None, high_inclusive=False)
        if self.qualifier == "below":
            return Interval(0, value, high_inclusive=False)
        if self.qualifier == "up_to":
            return Interval(0, value)
        if self.qualifier == "about" or is_round(value):
            return Interval(value * (1 - tolerance), value * (1 + tolerance))
        return Interval(value, value)


def is_round(value: float) -> bool:
    """A round figure is an estimate: 30, 10,000, 2.5 million, but not 11, 37 or 1,250.

    Round means at least one trailing zero and at most two significant digits.
    """
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2 and digits != str(int(value))


@dataclass(frozen=True)
class StatedTotal:
    """A figure the sentence gives as the sum of others, and those others.

    `exhaustive`: the parts are all of the total, so they must add up to it; otherwise
    they are a share of it ("بينهم"), and must not add up to more.
    """

    total: QuantityMention
    parts: tuple[QuantityMention, ...]
    exhaustive: bool


def _year(number: NumberMention) -> bool:
    """A year beside a figure's words ("منذ يناير 2021"), no figure of its own."""
    return number.scale == 1 and not number.vague and 1900 <= number.low <= 2100 and number.low == int(number.low)


TIME_UNITS = frozenset({"day", "week", "month", "year", "time"})
NOT_PARTS = TIME_UNITS | {"percent"}  # figures that are never parts of a stated total
# a mark that ends a clause: not the separator of "8,173" or the point of "1.5"
_CLAUSE_MARK = regex.compile(r";|[,.](?!\d)|(?<!\d)[,.]")


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding text[end] begins: after the last clause mark before it."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, end, timeout=TIMEOUT)]
    return marks[-1] if marks else 0
PARTS_REACH = 40  # characters before a total where a word of summing (أي ما مجموعه) may stand


_WORDS = regex.compile(r"\p{L}+")
COORDINATED_WORDS = 3  # words between two figures joined by و, the second without its noun ("شخصا يوم الجمعة")


class QuantityReader:
    """Reads quantities in normalized text."""

    def __init__(self, numbers: NumberReader, lexicon: Mapping[str, Any], enclitics: tuple[str, ...] = ()):
        self.numbers = numbers
        self.unit_of = {key(n): u["id"] for u in lexicon["units"] for n in u["names"]}
        self.dual_of = {key(n): u["id"] for u in lexicon["units"] for n in u.get("duals", [])}
        self.qualifier_of = {key(w): q for q, ws in lexicon["qualifiers"].items() for w in ws}
        units = alternation(self.unit_of)
        # "نحو ألفين من عناصرها": the unit may carry an attached pronoun
        suffix = rf"(?:{alternation(enclitics)})?" if enclitics else ""
        self.unit_after = regex.compile(rf"\s+(?P<of>من\s+)?(?P<definite>ال)?(?P<unit>{units}){suffix}(?!\p{{L}})")
        self.qualifier_before = regex.compile(rf"(?<!\p{{L}})[وف]?[بل]?(?P<q>{alternation(self.qualifier_of)})\s+$")
        self.after_of = {key(w): q for q, ws in lexicon["qualifiers_after"].items() for w in ws}
        # "سبعة صواريخ باليستية قصيرة المدى على الأقل": a few words may stand between
        self.qualifier_after = regex.compile(rf"(?:\s+\p{{L}}+){{0,3}}?\s+(?P<q>{alternation(self.after_of)})(?!\p{{L}})")
        self.between = regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['range_between'])})\s+$")
        self.from_ = regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['range_from'])})\s+$")
        self.and_ = regex.compile(r"\s*و\s*")
        self.to = regex.compile(rf"\s+(?:{alternation(lexicon['range_to'])})\s+|\s*-\s*")
        self.increment_after = regex.compile(rf"\s+(?:{alternation(lexicon['increments'])})(?!\p{{L}})")
        # "دفعة ثانية من نحو 1500 جندي": a batch of it, before the figure and its qualifier
        self.increment_before = regex.compile(
            rf"(?<!\p{{L}})[وفبل]?(?:ال)?(?:{alternation(lexicon['increments_before'])})(?:\s+\p{{L}}+)?\s+"
            rf"(?:من\s+)?(?:(?:{alternation(self.qualifier_of)})\s+)?$")
        self.dual_words = cue_roots(self.dual_of)  # most sentences hold none: no dual to look for
        self.duals = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?P<word>(?:ال)?(?P<dual>{alternation(self.dual_of)}))(?!\p{{L}})")
        # "مرة واحدة", "صاروخا باليستيا واحدا": one comes after its noun (and an adjective)
        self.one_after = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?P<unit>{units})(?:\s+\p{{L}}+)?\s+"
                                       rf"(?:{alternation(lexicon['one_after'])})(?!\p{{L}})")
        # "الصواريخ الأربعة", "أيامها الأحد عشر": a noun made definite by the article or a pronoun,
        # then a definite cardinal
        owned = rf"|(?P<owned>{units})(?:{alternation(enclitics)})" if enclitics else ""
        teen = alternation(numbers.teen_words)
        self.unit_words = cue_roots(self.unit_of)  # a third of sentences hold no unit noun
        self.noun_then_number = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:ال(?P<unit>{units}){owned})\s+"
                                              rf"(?P<num>ال\p{{L}}+(?:\s+(?:{teen}))?)(?!\p{{L}})")
        self.outcomes = [_Outcome.of(entry) for entry in lexicon["outcomes"]]
        self.of_them = regex.compile(rf"^\s+(?:{alternation(lexicon['of_them'])})(?!\p{{L}})")
        self.total_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(lexicon['totals'])})\s+$")
        self.parts_after = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(lexicon['parts_after'])})(?!\p{{L}})")
        # "6 آلاف عنصر إضافي، بينهم ...": a figure and its words, a comma, then its shares
        self.shares_after = regex.compile(rf"(?:\s+\p{{L}}+){{0,3}}\s*,\s*[وف]?(?:{alternation(lexicon['parts_after'])})"
                                          rf"(?!\p{{L}})")
        # "4700 جندي بين قتيل وجريح": a total that names its kinds, every one a unit noun
        kind = rf"(?:ال)?(?:{units})"
        self.kinds_after = regex.compile(rf"(?:\s+\p{{L}}+){{0,2}}?\s+(?:{alternation(lexicon['range_between'])})\s+"
                                         rf"(?P<kinds>{kind}(?:\s+و{kind})+)(?!\p{{L}})(?!\s+و)")
        self.unit_word = regex.compile(rf"(?<!\p{{L}})و?(?:ال)?(?P<unit>{units})(?!\p{{L}})")
        self.clause_end = regex.compile(r"[;:]|[,.](?!\d)")  # not the separator of "8,173"
        self.partitive = regex.compile(r"\s+من(?!\p{L})")
        self.any_unit = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:ال)?(?P<unit>{units}){suffix}(?!\p{{L}})")
        self._references(lexicon, units, suffix)
        self._either_outcome(lexicon)

    def _references(self, lexicon: Mapping[str, Any], units: str, suffix: str) -> None:
        """Patterns of a figure with no noun that points to one elsewhere (see `_unit_referred`)."""
        count = alternation(lexicon["count_nouns"])
        qualifier = rf"(?:(?:{alternation(self.qualifier_of)})\s+)?"
        self.versus = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(lexicon['versus'])})\s+{qualifier}$")
        self.out_of_after = regex.compile(rf"\s+(?:{alternation(lexicon['out_of'])})\s+{qualifier}(?=[\d\p{{L}}])")
        self.whole_after = regex.compile(rf"(?:{alternation(lexicon['out_of'])})\s+(?:\p{{L}}+\s+)?$")  # "ومن أصل نحو"
        self.one_of_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(lexicon['one_of'])})\s+$")
        self.out_of_before = regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['out_of'])})\s+{qualifier}$")
        # "لعدد الجنود الذين لقوا حتفهم ... إلى نحو ألفين": the count noun names the unit
        # "ليرتفع عدد جنودها هناك إلى 3 آلاف": the unit noun with its possessive
        self.count_of = regex.compile(rf"(?<!\p{{L}})(?:[وفبل]|لل)?(?:{count})\s+(?:ال)?(?P<unit>{units})"
                                      rf"{suffix}(?!\p{{L}})")
        # "قدرت عددهم ... بثلاثة آلاف": the count noun points back, like منهم
        self.count_of_them = regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:{count})(?:هم|ها|هن|هما)(?!\p{{L}})")
        # "نحو 4 آلاف بين قتيل وجريح ومفقود": people counted by their kinds, the noun named before
        self.by_kinds = regex.compile(rf"\s+(?:{alternation(lexicon['range_between'])})\s+(?:ال)?(?:{units})(?!\p{{L}})")
        # "لا يتجاوز عدد الجنود ... ثلاثة آلاف", "يقترب عدد الجرحى من 1000": the qualifier's verb
        # before the count noun, its preposition (if any) before the figure
        phrases = [q.split() for q in self.qualifier_of]
        heads = {" ".join(words[:i]) for words in phrases for i in range(1, len(words) + 1)}
        tails = {" ".join(words[i:]) for words in phrases for i in range(1, len(words))}
        self.split_qualifier = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?P<head>{alternation(heads)})\s+(?:{count})(?!\p{{L}})[^,;:.]*?"
            rf"(?:\s+(?P<tail>{alternation(tails)}))?\s+$")

    def _either_outcome(self, lexicon: Mapping[str, Any]) -> None:
        """"قُتل أو أصيب ما لا يقل عن 30 جنديا", "قُتلوا أو أصيبوا": casualties, neither outcome alone."""
        before = alternation(v for o in lexicon["outcomes"] for v in o["verbs_before"])
        after = alternation(v for o in lexicon["outcomes"] for v in o["verbs_after"])
        either = alternation(["أو"])
        # "قتلت القوات الأوكرانية أو أصابت المئات منهم": the first verb's subject may stand between
        self.either_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{before})(?:\s+\p{{L}}+){{0,3}}?\s+(?:{either}\s+|و)"
                                           rf"(?:{before})\s+$")
        self.either_after = regex.compile(rf"(?:\s+\p{{L}}+){{0,3}}?\s+[وف]?(?:{after})\s+(?:{either}\s+|و)(?:{after})(?!\p{{L}})")

    def read(self, text: str, preceding: str | Callable[[], str] = "",
             dated: Sequence[tuple[int, int]] = (), date_starts: frozenset[int] = frozenset()) -> list[QuantityMention]:
        """Every number with a unit (said, or plain from the words around it), in text order.

        `preceding` is the text before the sentence (or what makes it, called only when
        needed), where a figure pointing back ("منهم" opening the sentence) finds its noun;
        numbers inside the spans `dated` are dates; a noun where a date expression starts
        (`date_starts`: "يوم السبت") is no figure's unit.
        """
        numbers = [n for n in self.numbers.read(text) if not n.ordinal
                   and not any(start <= n.start < end for start, end in dated)]
        found: list[QuantityMention] = []
        nouns: list[str] = []  # the unit each found figure's noun names, before killing or wounding says more
        i = 0
        while i < len(numbers):
            first = numbers[i]
            second = numbers[i + 1] if i + 1 < len(numbers) else None
            opening = self._range_opening(text, first, second) if second else None
            last = second if opening and second else first
            previous = (found[-1].unit, nouns[-1]) if found else None
            following = numbers[i + (2 if opening else 1):]
            unit = self._unit(text, first, last)
            if unit is not None and any(last.end + k in date_starts for k in (1, 2)):
                unit = None  # "و307 يوم السبت": the noun opens a date
            if unit is None and found and self._coordinated(text, found[-1], first):
                unit = (found[-1].unit, last.end)  # "390 شخصا يوم الجمعة و307 يوم السبت و303 اليوم"
            unit = unit or self._unit_referred(text, first, last, following, previous, preceding)
            if unit is not None:
                nouns.append(unit[0])
                mention = self._outcome(text, self._mention(text, first, last, opening, *unit))
                if (self.increment_after.match(text, mention.end, timeout=TIMEOUT)
                        or self.increment_before.search(text, max(0, mention.start - PARTS_REACH), mention.start,
                                                        timeout=TIMEOUT)):
                    mention = replace(mention, increment=True)
                if self.total_before.search(text, max(0, mention.start - PARTS_REACH), mention.start,
                                            timeout=TIMEOUT) or self.kinds_after.match(text, mention.end, timeout=TIMEOUT):
                    mention = replace(mention, total=True)
                found.append(mention)
            i += 2 if opening else 1
        for extra in (*self._duals(text), *self._ones(text), *self._nouns_then_numbers(text)):
            if not any(q.start <= extra.start < q.end or extra.start <= q.start < extra.end for q in found):
                found.append(extra)
        return sorted(found, key=lambda q: q.start)

    def totals(self, text: str, mentions: list[QuantityMention]) -> list[StatedTotal]:
        """Each stated total of a sentence with the two or more figures it sums.

        When بينهم (or a word like it) stands between the total and its next part, the parts
        follow it; otherwise, after a word of summing (أي ما مجموعه), they come before it.
        A figure with no word of summing is a total too when its own words, a comma and
        بينهم follow it ("6 آلاف عنصر إضافي، بينهم 3 آلاف ... و5 آلاف"): its shares; not a
        time ("في الأيام الاثني عشر الأولى، منهم ...": the people before it are).
        Times and percentages are no parts, and dollars add up only with dollars.
        """
        found = []
        for i, total in enumerate(mentions):
            if total.total:
                stated = self._parts_after(text, mentions, i) or self._parts_before(text, mentions, i)
            elif total.unit not in NOT_PARTS and self.shares_after.match(text, total.end, timeout=TIMEOUT):
                stated = self._parts_after(text, mentions, i)  # the whole the shares after it are taken from
            else:
                continue
            if stated is not None and len(stated.parts) >= 2:
                found.append(stated)
        return found

    def _parts_after(self, text: str, mentions: list[QuantityMention], i: int) -> StatedTotal | None:
        """"21,793 مدنيا بين قتيل وجريح، بينهم 8,173 قتيلا و13,620 جريحا": the figures of the clause بينهم opens.

        They are all of the total only when the total names its kinds (بين قتيل وجريح) and
        the parts are of those kinds; else a share of it ("ما مجموعه 15 ألف جندي، بينهم ...").
        """
        total = mentions[i]
        following = next(iter(self._parts(total, mentions[i + 1:])), None)  # "في الأيام الاثني عشر" is none
        opener = following and self.parts_after.search(text, total.end, following.start, timeout=TIMEOUT)
        if not opener:
            return None
        clause_end = self.clause_end.search(text, opener.end(), timeout=TIMEOUT)
        stop = clause_end.start() if clause_end else len(text)
        parts = self._parts(total, [m for m in mentions[i + 1:] if m.start < stop and not m.total])
        kinds = self._kinds(text, total)
        return StatedTotal(total, tuple(parts), bool(kinds) and all(p.unit in kinds for p in parts))

    def _parts_before(self, text: str, mentions: list[QuantityMention], i: int) -> StatedTotal | None:
        """"قُتل نحو 600 منهم وأصيب 4100 آخرون، أي ما مجموعه 4700": the figures back to the last total.

        A figure larger than the total is the whole the parts are taken from, not a part,
        where the parts point back to it ("أرسلت 11 ألف جندي، قتل 600 منهم ...") or من أصل opens it; else a
        part the total leaves out ("50 مليون دولار و770 مليون دولار، أي ما مجموعه 620 مليون").
        An increment among them ("1500 جندي إضافي ... ليصل المجموع إلى") makes a running
        total of a count the sentence does not give ("4100 آخرون" beside another is none).
        """
        total = mentions[i]
        if not self.total_before.search(text, max(0, total.start - PARTS_REACH), total.start, timeout=TIMEOUT):
            return None
        before = list(itertools.takewhile(lambda m: not m.total, reversed(mentions[:i])))[::-1]
        if any(m.increment and not self.of_them.match(text[m.end:], timeout=TIMEOUT) for m in before):
            return None
        parts = [p for p in self._parts(total, before)
                 if p.low <= total.high or not (self.parts_after.search(text, p.end, total.start, timeout=TIMEOUT)
                                                or self.whole_after.search(text, 0, p.start, timeout=TIMEOUT))]
        return StatedTotal(total, tuple(parts), True)

    @staticmethod
    def _parts(total: QuantityMention, candidates: list[QuantityMention]) -> list[QuantityMention]:
        return [p for p in candidates
                if p.unit not in NOT_PARTS and (p.unit == "dollar") == (total.unit == "dollar")]

    def _kinds(self, text: str, total: QuantityMention) -> frozenset[str]:
        """The units a total names as its kinds after it ("4700 جندي بين قتيل وجريح"), if any."""
        named = self.kinds_after.match(text, total.end, timeout=TIMEOUT)
        if named is None:
            return frozenset()
        return frozenset(self.unit_of[key(u.group("unit"))]
                         for u in self.unit_word.finditer(named.group("kinds"), timeout=TIMEOUT))

    def _unit(self, text: str, first: NumberMention, last: NumberMention) -> tuple[str, int] | None:
        """(unit id, end of the words read) of a figure: the noun after it, or what the words around say.

        A definite noun right after a plain figure is no unit of it ("مقابل 38 العام الماضي"),
        only after a vague one ("عشرات الجنود") or after من ("ألفين من الجنود").
        """
        if last.percent:
            return "percent", last.end
        unit = self.unit_after.match(text, last.end, timeout=TIMEOUT)
        if unit is not None and (not unit.group("definite") or first.vague or unit.group("of")):
            return self.unit_of[key(unit.group("unit"))], unit.end()
        outcome = self._outcome_of_words(text, first.start)
        if outcome is not None:  # "قُتل نحو 600 منهم", "عدد القتلى ... إلى نحو 600"
            return outcome, last.end
        return None

    def _unit_referred(self, text: str, first: NumberMention, last: NumberMention, following: list[NumberMention],
                       previous: tuple[str, str] | None,
                       preceding: str | Callable[[], str]) -> tuple[str, int] | None:
        """The unit of a figure with no noun, from the figure or the noun it points to.

        "48 تدريبا ... مقابل 38": the figure before (its unit); "نحو 20 من أصل 40 تدريبا":
        the figure after; "نحو ألف جندي قُتلوا ... من أصل نحو 11 ألفا": the noun before (soldiers,
        not the dead); "لعدد الجنود الذين لقوا حتفهم ... إلى نحو ألفين": the count noun of its
        clause, the dead when its clause says they were killed; "المئات منهم", "قدرت عددهم ...
        بثلاثة آلاف", "نحو 4 آلاف بين قتيل وجريح ومفقود": the last noun before it that is no time,
        in the sentence or the text before it; a total ("... أي ما مجموعه 4700") the last noun
        of its sentence that is no kind of casualty.
        """
        head = text[:first.start]
        if previous is not None and self.versus.search(head, timeout=TIMEOUT):
            return previous[0], last.end
        if previous is not None and self.out_of_before.search(head, timeout=TIMEOUT):
            return previous[1], last.end
        whole = self.out_of_after.match(text, last.end, timeout=TIMEOUT)
        if whole is not None and following and following[0].start == whole.end():
            referred = self._unit(text, following[0], following[0])
            if referred is not None:
                return referred[0], last.end
        clause = head[_clause_start(head, len(head)):]
        counted = list(self.count_of.finditer(clause, timeout=TIMEOUT))
        if counted:
            named = clause[counted[-1].end():]
            outcome = next((o.unit for o in self.outcomes if o.verb_in.search(named, timeout=TIMEOUT)), None)
            return outcome or self.unit_of[key(counted[-1].group("unit"))], last.end
        if self.total_before.search(head, timeout=TIMEOUT):  # the noun of its parts, not one of their kinds
            antecedent = self._antecedent(head, TIME_UNITS | {o.unit for o in self.outcomes})
        elif ((by_kinds := self.by_kinds.match(text, last.end, timeout=TIMEOUT))
              or self.of_them.match(text[last.end:], timeout=TIMEOUT) or self.count_of_them.search(clause, timeout=TIMEOUT)):
            before = preceding() if callable(preceding) else preceding
            # "نحو 4 آلاف بين قتيل وجريح": the people its kinds are of, not one of the kinds named before
            skipped = TIME_UNITS | {o.unit for o in self.outcomes} if by_kinds else TIME_UNITS
            antecedent = self._antecedent(f"{before}\n{head}", skipped)
        else:
            return None
        return (antecedent, last.end) if antecedent else None

    def _coordinated(self, text: str, before: QuantityMention, number: NumberMention) -> bool:
        """Whether a figure with no noun is joined by و to the figure before it, and so counts the same.

        A few words (its day) may stand between, no clause mark; "لأوكرانيا و18 من جيرانها" joins
        the figure to the noun before it, and its noun follows من.
        """
        return (number.start > 1 and text[number.start - 1] == "و" and text[number.start - 2].isspace()
                and len(_WORDS.findall(text, before.end, number.start - 1, timeout=TIMEOUT)) <= COORDINATED_WORDS
                and self.clause_end.search(text, before.end, number.start, timeout=TIMEOUT) is None
                and not self.partitive.match(text, number.end, timeout=TIMEOUT)
                and not self.by_kinds.match(text, number.end, timeout=TIMEOUT))  # "و3 آلاف بين جريح ومفقود"

    def _antecedent(self, before: str, skipped: frozenset[str]) -> str | None:
        """The last unit named before that is not skipped: "العام الماضي ... آلافا آخرين" are soldiers, not years."""
        units = [unit for u in self.any_unit.finditer(before, timeout=TIMEOUT)
                 if (unit := self.unit_of[key(u.group("unit"))]) not in skipped]
        return units[-1] if units else None

    def _outcome_of_words(self, text: str, start: int) -> str | None:
        """Killed or wounded, when a verb right before the figure or a count noun in its clause says so."""
        head = text[:start]
        qualifier = self.qualifier_before.search(head, timeout=TIMEOUT)
        if qualifier is not None:
            head = head[:qualifier.start()]
        clause = head[_clause_start(head, len(head)):]
        if self.either_before.search(head, timeout=TIMEOUT):
            return None  # killed or wounded: the casualties, the unit named before
        for outcome in self.outcomes:
            if outcome.verb_before.search(head, timeout=TIMEOUT):
                return outcome.unit
        # "عدد القتلى 500 والجرحى 1200": the count noun nearest the figure
        named = [(m.end(), o.unit) for o in self.outcomes for m in o.noun.finditer(clause, timeout=TIMEOUT)]
        return max(named)[1] if named else None

    def _outcome(self, text: str, mention: QuantityMention) -> QuantityMention:
        """People said to be killed or wounded count the dead or the wounded ("نحو 300 جندي قُتلوا").

        Both said together ("قُتلوا أو أصيبوا") count the casualties: the noun stays.
        """
        if mention.unit not in ("soldier", "person"):
            return mention
        if self.either_before.search(text, 0, mention.start, timeout=TIMEOUT) or self.either_after.match(
                text, mention.end, timeout=TIMEOUT):
            return mention
        for outcome in self.outcomes:
            if outcome.verb_before.search(text[:mention.start], timeout=TIMEOUT) or outcome.verb_after.match(
                    text, mention.end, timeout=TIMEOUT):
                return replace(mention, unit=outcome.unit)
        return mention

    def _duals(self, text: str) -> list[QuantityMention]:
        """"صاروخين", "أكثر من أسبوعين", "صاروخين على الأقل": two, with a qualifier if one stands by."""
        found: list[QuantityMention] = []
        if not holds_any(text, self.dual_words):
            return found
        for match in self.duals.finditer(text, timeout=TIMEOUT):
            mention = self._qualified(text, match.start("word"), match.end(), 2, 2, self.dual_of[match.group("dual")])
            found.append(self._outcome(text, mention))
        return found

    def _ones(self, text: str) -> list[QuantityMention]:
        return [self._qualified(text, m.start("unit"), m.end(), 1, 1, self.unit_of[key(m.group("unit"))])
                for m in self.one_after.finditer(text, timeout=TIMEOUT)]

    def _nouns_then_numbers(self, text: str) -> list[QuantityMention]:
        found: list[QuantityMention] = []
        if not holds_any(text, self.unit_words):
            return found
        for match in self.noun_then_number.finditer(text, timeout=TIMEOUT):
            value = self.numbers.cardinal_with_article(match.group("num"))
            if value is not None and value >= 3:  # "اليوم الأحد", "يوم الاثنين" are days of the week
                noun = match.group("unit") or match.group("owned")
                found.append(QuantityMention(match.start(), match.end(), value, value, "exact", self.unit_of[key(noun)]))
        return found

    def _qualified(self, text: str, start: int, end: int, low: float, high: float, unit: str) -> QuantityMention:
        """A figure with the qualifier before or after it, if any."""
        qualifier = self.qualifier_before.search(text[:start], timeout=TIMEOUT)
        if qualifier is not None:
            return QuantityMention(qualifier.start("q"), end, low, high, self.qualifier_of[key(qualifier.group("q"))], unit)
        after = self.qualifier_after.match(text, end, timeout=TIMEOUT)
        if after is not None:
            return QuantityMention(start, after.end(), low, high, self.after_of[key(after.group("q"))], unit)
        split = self._split_qualifier(text, start)
        if split is not None:
            return QuantityMention(start, end, low, high, split, unit)
        return QuantityMention(start, end, low, high, "exact", unit)

    def _split_qualifier(self, text: str, start: int) -> str | None:
        """A qualifier whose verb stands before the count noun of the figure's clause, no other figure between."""
        clause = _clause_start(text, start)
        split = self.split_qualifier.search(text, clause, start, timeout=TIMEOUT)
        if split is None:
            return None
        words = key(f"{split.group('head')} {split.group('tail') or ''}")
        between = [n for n in self.numbers.read(text, split.end("head"), start) if not (n.ordinal or _year(n))]
        return self.qualifier_of.get(words) if not between else None

    def _range_opening(self, text: str, first: NumberMention, second: NumberMention) -> Any:
        """The "بين" / "من" that makes two numbers one range ("ما بين 20 ألفا و50 ألف"), or None."""
        gap = text[first.end:second.start]
        before = text[:first.start]
        if self.and_.fullmatch(gap, timeout=TIMEOUT):
            return self.between.search(before, timeout=TIMEOUT)
        if self.to.fullmatch(gap, timeout=TIMEOUT):
            return self.from_.search(before, timeout=TIMEOUT)
        return None

    def _mention(self, text: str, first: NumberMention, last: NumberMention, opening: Any,
                 unit: str, end: int) -> QuantityMention:
        """The quantity read from its numbers, the range opening if any, and its unit."""
        if opening:
            # "بين 10 و12 ألف": the scale written once covers both ends, but "بين 4500 و5 آلاف" is
            # already in thousands at its first end
            scaled = first.low * last.scale if first.scale == 1 and last.scale > 1 else first.low
            low = scaled if scaled <= last.high else first.low
            return QuantityMention(opening.start(), end, low, last.high, "range", unit)
        if first.vague:
            return QuantityMention(first.start, end, first.low, first.high, "vague", unit)
        return self._qualified(text, first.start, end, first.low, first.high, unit)


@dataclass(frozen=True)
class _Outcome:
    """What a figure of people counts when words of killing or wounding stand by it."""

    unit: str
    verb_before: Any  # regex.Pattern[str]: right before the figure, a qualifier aside ("قُتل منهم 300")
    verb_after: Any  # right after the unit noun: "نحو 300 جندي كوري شمالي قُتلوا"
    noun: Any  # in the figure's clause before it: "عدد القتلى"
    verb_in: Any  # anywhere in a stretch: "عدد الجنود الذين لقوا حتفهم"

    @classmethod
    def of(cls, entry: Mapping[str, Any]) -> _Outcome:
        return cls(entry["unit"],
                   regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(entry['verbs_before'])})(?:\s+(?:منهم|منها))?\s+$"),
                   # past an aside set off by commas: "14534 مدنيا، بينهم 745 طفلا، قُتلوا"
                   regex.compile(rf"(?:\s*[،,][^،,.؛:]{{1,40}}[،,])?(?:\s+\p{{L}}+){{0,3}}?\s+[وف]?"
                                 rf"(?:{alternation(entry['verbs_after'])})(?!\p{{L}})"),
                   regex.compile(rf"(?<!\p{{L}})[وفبل]?(?:{alternation(entry['nouns'])})(?!\p{{L}})"),
                   regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(entry['verbs_after'])})(?!\p{{L}})"))

