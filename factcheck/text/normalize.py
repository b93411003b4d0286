"""Normalization for matching, with a map back to the original offsets.

Matching runs on the normalized text; everything reported (quotes, spans) is cut from
the original through the map, so a finding always quotes the article as published.
The folds are the ones Arabic news needs to compare words (diacritics, tatweel,
alef/hamza seats, ى/ي, ة/ه, Eastern digits, presentation forms, invisible controls,
Arabic punctuation); the evidence for each is in shared/research/arabic-libraries.md.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

_DELETE = "".join(
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, tanween, shadda, sukun, hamza marks
    + [chr(0x0670)]  # superscript (dagger) alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + [chr(0x0640)]  # tatweel
    + [chr(c) for c in range(0x200B, 0x2010)]  # zero-width space/joiners, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings and overrides
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
    + [chr(0x2060), chr(0xFEFF), chr(0x061C)]  # word joiner, BOM, Arabic letter mark
)

_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ک": "ك", "ة": "ه",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٬": ",", "٫": ".",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}
_REPLACE.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_REPLACE.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits

_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
_TABLE.update({ord(k): v for k, v in _REPLACE.items()})


def _is_presentation_form(char: str) -> bool:
    code = ord(char)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


@cache
def fold_char(char: str) -> str:
    """The normalized form of one character ('' when it is dropped).

    A presentation form is decomposed once (NFKC) and its pieces folded without
    decomposing again: some forms are their own NFKC (the ornate parentheses ﴾ ﴿,
    U+FD3E/U+FD3F), and folding their decomposition again recursed without end.
    """
    if _is_presentation_form(char):
        return "".join(c.translate(_TABLE).lower() for c in unicodedata.normalize("NFKC", char))
    return char.translate(_TABLE).lower()


_MARKS: dict[int, str | None] = {ord(c): None for c in _DELETE}


def strip_marks(text: str) -> str:
    """Drop diacritics, tatweel and invisible controls, and nothing else: آن stays آن, not ان."""
    return text.translate(_MARKS)


def fold(text: str) -> str:
    """Normalize a string for matching when no offsets are needed (lexicon entries, keys)."""
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text with, for each normalized character, the original span it came from.

    `starts[i]`/`ends[i]` bound the original characters behind normalized character i;
    a dropped mark is absorbed into the span of the character before it, so a match that
    ends on a letter also takes that letter's diacritics.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    base: int = 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original (plus `base`) behind normalized [start, end)."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return self.base + at, self.base + at
        return self.base + self.starts[start], self.base + self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        """The original characters behind normalized [start, end)."""
        a, b = self.original_span(start, end)
        return self.original[a - self.base : b - self.base]


def normalize(original: str, base: int = 0) -> NormalizedText:
    """Normalize `original`; `base` is added to every mapped offset (its place in the article)."""
    pieces = list(map(fold_char, original))
    text = "".join(pieces)
    if len(text) == len(original) and "" not in pieces:
        # no character dropped or split (most sentences): the map is the identity
        size = len(original)
        return NormalizedText(original, text, tuple(range(size)), tuple(range(1, size + 1)), base)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(original):
        folded = fold_char(char)
        if not folded:
            if ends:
                ends[-1] = index + 1
            continue
        for piece in folded:
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return NormalizedText(original, "".join(out), tuple(starts), tuple(ends), base)
