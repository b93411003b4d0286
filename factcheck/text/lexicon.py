"""Lexicon words as patterns: every reader matches word lists from rules/lexicon the same way.

A word or phrase is matched after normalization (factcheck/text/normalize.py), with any
run of spaces between its words, longest first so "تشرين الثاني" wins over a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from factcheck.text.normalize import fold


def key(text: str) -> str:
    """A lexicon entry, or matched text, as one key: folded, single-spaced."""
    return " ".join(fold(text).split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words' keys, longest first, any spaces between words."""
    unique = sorted({key(w) for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in unique)


def word_pattern(words: Iterable[str]) -> regex.Pattern[str]:
    """Whole words, after the proclitics و ف ب ل ك (and لل for ال); the word is group `word`."""
    return _word_pattern(frozenset(words))


@cache  # every person's birth shares one list of words: one pattern
def _word_pattern(words: frozenset[str]) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?P<word>{alternation(words)})(?!\p{{L}})")
