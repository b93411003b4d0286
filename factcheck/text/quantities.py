"""Quantities: a qualifier, a number, a unit noun — "أكثر من 10 آلاف جندي" → (10000, ∞) soldiers.

Words come from rules/lexicon/quantities.yaml. The interval a quantity stands for
depends on how precise its measure is declared to be (the tolerance of "about" and of
a round number), so a mention keeps its parts and `interval(tolerance)` gives the range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import regex

from factcheck.text import TIMEOUT
from factcheck.text.lexicon import alternation, key
from factcheck.text.numbers import NumberMention, NumberReader


@dataclass(frozen=True)
class Interval:
    """An interval of values; `high` None is unbounded."""

    low: float
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

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
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


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
        if self.qualifier == "about" or _round(value):
            return Interval(value * (1 - tolerance), value * (1 + tolerance))
        return Interval(value, value)


def _round(value: float) -> bool:
    """A round figure is an estimate: 30, 10,000, 2.5 million, but not 11, 37 or 1,250.

    Round means at least one trailing zero and at most two significant digits.
    """
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2 and digits != str(int(value))


class QuantityReader:
    """Reads quantities in normalized text."""

    def __init__(self, numbers: NumberReader, lexicon: Mapping[str, Any], enclitics: tuple[str, ...] = ()):
        self.numbers = numbers
        self.unit_of = {key(n): u["id"] for u in lexicon["units"] for n in u["names"]}
        self.dual_of = {key(n): u["id"] for u in lexicon["units"] for n in u.get("duals", [])}
        self.qualifier_of = {key(w): q for q, ws in lexicon["qualifiers"].items() for w in ws}
        # "نحو ألفين من عناصرها": the unit may carry an attached pronoun
        suffix = rf"(?:{alternation(enclitics)})?" if enclitics else ""
        self.unit_after = regex.compile(rf"\s+(?:من\s+)?(?:ال)?(?P<unit>{alternation(self.unit_of)}){suffix}(?!\p{{L}})")
        self.qualifier_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?P<q>{alternation(self.qualifier_of)})\s+$")
        self.after_of = {key(w): q for q, ws in lexicon["qualifiers_after"].items() for w in ws}
        self.qualifier_after = regex.compile(rf"\s+(?P<q>{alternation(self.after_of)})(?!\p{{L}})")
        self.between = regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['range_between'])})\s+$")
        self.from_ = regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['range_from'])})\s+$")
        self.and_ = regex.compile(r"\s*و\s*")
        self.to = regex.compile(rf"\s+(?:{alternation(lexicon['range_to'])})\s+|\s*-\s*")
        self.increment_after = regex.compile(rf"\s+(?:{alternation(lexicon['increments'])})(?!\p{{L}})")
        self.duals = regex.compile(rf"(?<!\p{{L}})(?:ال)?(?P<dual>{alternation(self.dual_of)})(?!\p{{L}})")
        # "مرة واحدة": one comes after its noun
        self.one_after = regex.compile(rf"(?<!\p{{L}})(?P<unit>{alternation(self.unit_of)})\s+(?:{alternation(lexicon['one_after'])})"
                                       r"(?!\p{L})")

    def read(self, text: str) -> list[QuantityMention]:
        """Every number with a unit (or a percent sign), and every dual unit noun, in text order."""
        numbers = [n for n in self.numbers.read(text) if not n.ordinal]
        found: list[QuantityMention] = []
        i = 0
        while i < len(numbers):
            first = numbers[i]
            second = numbers[i + 1] if i + 1 < len(numbers) else None
            opening = self._range_opening(text, first, second) if second else None
            last = second if opening and second else first
            unit = None if last.percent else self.unit_after.match(text, last.end, timeout=TIMEOUT)
            if last.percent or unit:
                mention = self._mention(text, first, last, opening, unit)
                if self.increment_after.match(text, mention.end, timeout=TIMEOUT):
                    mention = replace(mention, increment=True)
                found.append(mention)
            i += 2 if opening else 1
        taken = [(q.start, q.end) for q in found]
        for match in self.duals.finditer(text, timeout=TIMEOUT):
            if not any(a <= match.start() < b for a, b in taken):
                found.append(QuantityMention(match.start(), match.end(), 2, 2, "exact",
                                             self.dual_of[match.group("dual")]))
        for match in self.one_after.finditer(text, timeout=TIMEOUT):
            if not any(a <= match.start() < b for a, b in taken):
                found.append(QuantityMention(match.start(), match.end(), 1, 1, "exact",
                                             self.unit_of[key(match.group("unit"))]))
        return sorted(found, key=lambda q: q.start)

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
                 unit: Any) -> QuantityMention:
        """The quantity read from its numbers, the range opening if any, and the unit match (None: percent)."""
        end = unit.end() if unit else last.end
        unit_id = self.unit_of[key(unit.group("unit"))] if unit else "percent"
        if opening:
            # "بين 10 و12 ألف": the scale written once covers both ends
            low = first.low * last.scale if first.scale == 1 and last.scale > 1 else first.low
            return QuantityMention(opening.start(), end, low, last.high, "range", unit_id)
        if first.vague:
            return QuantityMention(first.start, end, first.low, first.high, "vague", unit_id)
        qualifier = self.qualifier_before.search(text[:first.start], timeout=TIMEOUT)
        after = self.qualifier_after.match(text, end, timeout=TIMEOUT)
        if qualifier is None and after is not None:  # "43.799 شخصا على الأقل"
            kind = self.after_of[key(after.group("q"))]
            return QuantityMention(first.start, after.end(), first.low, first.high, kind, unit_id)
        if qualifier is None:
            return QuantityMention(first.start, end, first.low, first.high, "exact", unit_id)
        kind = self.qualifier_of[key(qualifier.group("q"))]
        return QuantityMention(qualifier.start("q"), end, first.low, first.high, kind, unit_id)
