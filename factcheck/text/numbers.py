"""Numbers in Arabic news, as intervals: "10 آلاف" → 10000, "بضعة آلاف" → [3000, 9000].

Words come from rules/lexicon/numbers.yaml. A compound is a run of number words joined
by و: parts add up, and a scale word multiplies the part before it (عشرة آلاف = 10000,
ثلاثة ملايين = 3000000). Digits take Western or Eastern forms (normalization has folded
them), thousands separators ("10,000", "10.000") and a scale word after them ("10
آلاف", "20 ألفا"). Vague amounts (بضعة، عشرات، مئات، آلاف) and fractions (نصف مليون)
are intervals too; a number with "في المئة" or "%" is a percentage.

A figure above MAX_FIGURE is skipped, not clamped: no count or sum in news comes near it,
so it is a run of digits (an identifier, a pasted hash, hostile input), and read as a
float it would be `inf` (400 digits) that no date or interval arithmetic survives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from factcheck.text import TIMEOUT
from factcheck.text.lexicon import alternation, key

MAX_FIGURE = 10**15  # the largest value read as a number; beyond it a figure is skipped
_LONG_DIGITS = regex.compile(r"\d{16}")
_DIGITS = r"\d{1,3}(?:[,.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class NumberMention:
    """A number in normalized text: an interval (low = high when exact)."""

    start: int
    end: int
    low: float
    high: float
    ordinal: bool = False  # a word ordinal: الخامسة والسبعين
    vague: bool = False  # بضعة، عشرات: an interval by its meaning
    percent: bool = False
    scale: float = 1  # the scale word written after digits ("12 ألف" → 1000)
    article: bool = False  # digits with the article: an ordinal after الذكرى (الـ70), a count elsewhere (الـ13540)

    @property
    def value(self) -> float:
        """The number when exact; the middle of a vague interval."""
        return self.low if self.low == self.high else (self.low + self.high) / 2


def _values(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {key(n): e["value"] for e in entries for n in e["names"]}


@dataclass(frozen=True)
class NumberReader:
    """Reads numbers in normalized text with one compiled pattern."""

    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    ordinals: Mapping[str, int]
    teen_words: frozenset[str]
    vague: Mapping[str, tuple[float, float, bool]]
    fractions: Mapping[str, float]
    pattern: Any
    after_words: frozenset[str] = frozenset()
    duals_alone: frozenset[str] = frozenset()  # "ألفا جريح": a scale word alone that is its dual

    @classmethod
    def from_lexicon(cls, lexicon: Mapping[str, Any]) -> NumberReader:
        """Build from the loaded numbers.yaml."""
        cardinals = _values(lexicon["cardinals"]) | _values(lexicon["scale_duals"])
        scales = _values(lexicon["scales"])
        ordinals = _values(lexicon["ordinals"])
        fractions = _values(lexicon["fractions"])
        vague = {key(n): (v["low"], v["high"], v["multiplies"])
                 for v in lexicon["vague"] for n in v["names"]}
        word = alternation({**cardinals, **scales, **ordinals})
        piece = rf"(?:ال)?(?:{word})"  # a number word may take the article (السبعين)
        after = alternation(lexicon["after_words"])
        scale = alternation(scales)
        # without و only a scale or a teen joins the word before it (عشرة آلاف، ثلاثة عشر):
        # "اليوم الاثنين تسعة أيام" is Monday and nine, not eleven
        joined = rf"(?:ال)?(?:{scale}|{alternation(lexicon['teen_words'])})"
        percent = alternation(lexicon["percent"])
        pattern = regex.compile(
            # و50، بـ3، ولـ20: a conjunction or preposition on a figure is no part of it
            rf"(?<![\p{{L}}\d])(?:[وف]?[بلك]?ـ?(?=\d))?(?:"
            rf"(?P<digits>(?:ال)?(?:{_DIGITS}))(?:\s*(?P<dscale>{scale}))?"
            rf"|(?P<fraction>{alternation(fractions)})\s+(?P<fscale>{scale})"
            rf"|(?:[وفبلك](?=\p{{L}}))?(?P<vague>{alternation(vague)})(?:\s+(?:من\s+)?(?:ال)?(?P<vscale>{scale}))?"
            rf"|(?P<words>(?:[وفبلك](?=\p{{L}}))?{piece}(?:\s+(?:(?:و\s*|(?:{after})\s+){piece}|{joined}))*))"
            rf"(?P<percent>\s*(?:{percent}))?(?![\p{{L}}\d])")
        return cls(cardinals, scales, ordinals, frozenset(key(w) for w in lexicon["teen_words"]),
                   vague, fractions, pattern, frozenset(key(w) for w in lexicon["after_words"]),
                   frozenset(key(w) for w in lexicon.get("scale_duals_alone", ())))

    def read(self, text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
        """Every number in text[start:end]."""
        found: list[NumberMention] = []
        for match in self.pattern.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT):
            runs = self._runs(text, match) if match.group("words") else None
            for mention in [self._words_mention(text, *run, match) for run in runs] if runs else [self._mention(match)]:
                if mention is None or mention.high > MAX_FIGURE:
                    continue
                if found and (joined := _joined(text, found[-1], mention)) is not None:
                    found[-1] = joined
                else:
                    found.append(mention)
        return found

    def _runs(self, text: str, m: Any) -> list[tuple[int, int]] | None:
        """Where a run of number words is two numbers: "ما بين ألف وثلاثة آلاف" is 1,000 and 3,000.

        A compound's scales fall (ثلاثة آلاف وخمسمئة); a thousands scale or more again after
        و, as large as the one before it, opens another number. None: one number.
        """
        a, b = m.span("words")
        runs, begin, last_scale, part = [], a, 0.0, None
        for token in _TOKEN.finditer(text, a, b, timeout=TIMEOUT):
            found = self._word(token.group())
            if found is not None and found[0] == "scale":
                if part is not None and last_scale >= 1000 and found[1] >= last_scale:
                    runs.append((begin, part[0]))
                    begin = part[1]
                last_scale, part = found[1], None
            elif part is None and token.group().startswith("و"):
                part = (token.start(), token.start() + 1)  # (where the number before ends, where the next begins)
        if not runs:
            return None
        return [(x, y) for x, y in (*runs, (begin, b))]

    def _words_mention(self, text: str, start: int, end: int, m: Any) -> NumberMention | None:
        """A number of the words in text[start:end], one run of a longer match."""
        words = text[start:end].strip()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        read, ordinal = self.value_of(words)
        if read is None:
            return None
        last = self._word(words.split()[-1])
        in_scale = last[1] if last is not None and last[0] == "scale" else 1
        percent = bool(m.group("percent")) and end == m.end("words")
        return NumberMention(start, start + len(words) if end != m.end("words") else m.end(), read, read, ordinal,
                             False, percent, in_scale)

    def too_large(self, text: str) -> list[str]:
        """The figures of a text that read() skips as beyond MAX_FIGURE, as written."""
        if not _LONG_DIGITS.search(text, timeout=TIMEOUT):  # a cheap test: a sentence rarely holds one
            return []
        return [m.group() for m in self.pattern.finditer(text, timeout=TIMEOUT)
                if (mention := self._mention(m)) is not None and mention.high > MAX_FIGURE]

    def _mention(self, m: Any) -> NumberMention | None:
        percent = bool(m.group("percent"))
        if m.group("digits"):
            digits = m.group("digits")
            scale = self.scales[key(m.group("dscale"))] if m.group("dscale") else 1
            value = _digits(digits) * scale
            return NumberMention(m.start("digits"), m.end(), value, value, False, False, percent, scale,
                                 digits.startswith("ال"))
        if m.group("fraction"):
            value = self.fractions[key(m.group("fraction"))] * self.scales[key(m.group("fscale"))]
            return NumberMention(m.start(), m.end(), value, value, False, False, percent)
        if m.group("vague"):
            low, high, multiplies = self.vague[key(m.group("vague"))]
            if m.group("vscale"):
                if not multiplies:
                    return None
                factor = self.scales[key(m.group("vscale"))]
                low, high = low * factor, high * factor
            return NumberMention(m.start("vague"), m.end(), low, high, False, True, percent)
        read, ordinal = self.value_of(m.group("words"))
        if read is None:
            return None
        last = self._word(m.group("words").split()[-1])
        in_scale = last[1] if last is not None and last[0] == "scale" else 1  # ثلاثة آلاف: in thousands, as "3 آلاف"
        return NumberMention(m.start(), m.end(), read, read, ordinal, False, percent, in_scale)

    def value_of(self, words: str) -> tuple[float | None, bool]:
        """The value of a run of number words, and whether it is an ordinal."""
        total, part, ordinal = 0.0, 0.0, False
        tokens = self._tokens(words)
        if len(tokens) == 1 and (alone := tokens[0].lstrip("وفبلك")) in self.duals_alone and alone in self.scales:
            return 2.0 * self.scales[alone], False
        for raw in tokens:
            if raw in self.after_words:
                continue  # العاشرة بعد المئة: the parts add up
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

    def _tokens(self, words: str) -> list[str]:
        """The words of a run, an entry of two words (اثنا عشر، اثنتي عشرة) kept as one."""
        tokens: list[str] = []
        for raw in words.replace("و ", "و").split():
            if tokens and self._word(f"{tokens[-1]} {raw}") is not None:
                tokens[-1] = f"{tokens[-1]} {raw}"
            else:
                tokens.append(raw)
        return tokens

    def cardinal_with_article(self, words: str) -> float | None:
        """The value of "الأربعة" or "الأحد عشر" after a definite noun ("الصواريخ الأربعة"), or None."""
        if not words.startswith("ال"):
            return None
        bare = " ".join(words[2:].split())
        if bare in self.cardinals:
            return float(self.cardinals[bare])
        unit, _, teen = bare.partition(" ")
        if teen in self.teen_words and unit in self.cardinals and self.cardinals[unit] < 10:
            return float(self.cardinals[unit] + 10)  # الثلاثة عشر
        return None

    def _word(self, raw: str) -> tuple[str, float, bool] | None:
        """(kind, value, had the article) of one word, trying it whole before stripping a proclitic and ال."""
        for token in dict.fromkeys((raw, raw[1:] if raw[:1] in ("و", "ف", "ب", "ل", "ك") else raw)):
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


_GROUPED = regex.compile(r"\d{1,3}(?:[,.]\d{3})+")
_TOKEN = regex.compile(r"\S+")
_AND = regex.compile(r"\s*و\s*")


def _joined(text: str, first: NumberMention, second: NumberMention) -> NumberMention | None:
    """One figure of a figure in a scale and a smaller one after و: "28 ألفا و500", "مليون و50 ألف".

    The parts of a compound add up only when the second is below the first's scale: "10
    آلاف و12 ألفا" is two figures (a range after بين), not 22,000.
    """
    plain = not (first.vague or second.vague or first.ordinal or second.ordinal or first.percent or first.article)
    if not plain or first.scale < 1000 or second.high >= first.scale or not _AND.fullmatch(
            text, first.end, second.start, timeout=TIMEOUT):
        return None
    return NumberMention(first.start, second.end, first.low + second.low, first.high + second.high,
                         percent=second.percent, scale=first.scale)


def _digits(text: str) -> float:
    text = text.removeprefix("ال")
    if _GROUPED.fullmatch(text, timeout=TIMEOUT):
        return float(text.replace(",", "").replace(".", ""))
    return float(text.replace(",", "."))
