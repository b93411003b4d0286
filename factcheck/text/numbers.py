"""Numbers written in words or digits, cardinal or ordinal: "الخامسة والسبعين" → 75.

Words come from rules/lexicon/numbers.yaml. A compound is a run of number words joined
by و: parts add up, and a scale word multiplies the part before it (عشرة آلاف = 10000,
ثلاثة ملايين = 3000000). Digits take Western or Eastern forms (normalization has folded
them) and thousands separators ("10,000", "10.000").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from factcheck.text import TIMEOUT
from factcheck.text.normalize import fold

_DIGITS = r"\d{1,3}(?:[,.]\d{3})+(?!\d)|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class NumberMention:
    """A number in normalized text."""

    start: int
    end: int
    value: float
    ordinal: bool
    words: bool  # written in words, not digits


def _words(entries: list[dict[str, Any]]) -> dict[str, int]:
    return {" ".join(fold(n).split()): e["value"] for e in entries for n in e["names"]}


def _alternation(words: Mapping[str, int]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class NumberReader:
    """Reads numbers in normalized text with one compiled pattern."""

    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    ordinals: Mapping[str, int]
    teen_words: frozenset[str]
    pattern: Any

    @classmethod
    def from_lexicon(cls, lexicon: Mapping[str, Any]) -> NumberReader:
        """Build from the loaded numbers.yaml."""
        cardinals = _words(lexicon["cardinals"]) | _words(lexicon["scale_duals"])
        scales = _words(lexicon["scales"])
        ordinals = _words(lexicon["ordinals"])
        word = _alternation({**cardinals, **scales, **ordinals})
        # a number word may take the article (السبعين) and، after the first, و
        piece = rf"(?:ال)?(?:{word})"
        pattern = regex.compile(
            rf"(?<![\p{{L}}\d])(?:(?P<digits>(?:ال)?(?:{_DIGITS}))"
            rf"|(?P<words>{piece}(?:\s+(?:و\s*)?{piece})*))(?![\p{{L}}\d])")
        return cls(cardinals, scales, ordinals, frozenset(fold(w) for w in lexicon["teen_words"]), pattern)

    def read(self, text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
        """Every number in text[start:end]."""
        found = []
        for match in self.pattern.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT):
            if match.group("digits"):
                digits = match.group("digits")  # الـ70: the article makes it an ordinal
                found.append(NumberMention(match.start(), match.end(), _digits(digits), digits.startswith("ال"), False))
                continue
            value, ordinal = self.value_of(match.group("words"))
            if value is not None:
                found.append(NumberMention(match.start(), match.end(), value, ordinal, True))
        return found

    def value_of(self, words: str) -> tuple[float | None, bool]:
        """The value of a run of number words, and whether it is an ordinal."""
        total, part, ordinal = 0.0, 0.0, False
        for raw in words.replace("و ", "و").split():
            found = self._word(raw)
            if found is None:
                return None, False
            kind, value, with_article = found
            if kind == "scale":
                total += (part or 1) * value
                part = 0
            else:  # a teen word adds ten to the unit before it, or is ten alone (عشرة آلاف)
                part += value
            ordinal = ordinal or kind == "ordinal" or (with_article and kind == "cardinal")
        return total + part, ordinal

    def _word(self, raw: str) -> tuple[str, float, bool] | None:
        """(kind, value, had the article) of one word, trying it whole before stripping و and ال."""
        for token in dict.fromkeys((raw, raw[1:] if raw.startswith("و") else raw)):
            for bare, article in ((token, False), (token[2:], True) if token.startswith("ال") else (token, False)):
                if bare in self.ordinals:
                    return "ordinal", self.ordinals[bare], article
                if bare in self.scales:
                    return "scale", self.scales[bare], article
                if bare in self.teen_words:
                    return "teen", 10, article
                if bare in self.cardinals:
                    return "cardinal", self.cardinals[bare], article
        return None


def _digits(text: str) -> float:
    text = text.removeprefix("ال")
    if regex.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        return float(regex.sub(r"[,.]", "", text))
    return float(text)
