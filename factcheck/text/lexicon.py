"""Lexicon words as patterns: every reader matches word lists from rules/lexicon the same way.

A word or phrase is matched after normalization (factcheck/text/normalize.py), with any
run of spaces between its words, longest first so "تشرين الثاني" wins over a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from factcheck.text import TIMEOUT
from factcheck.text.normalize import fold

# What may stand before a word in Arabic news: the conjunctions و ف, then a preposition ب ل ك.
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_LETTERS = regex.compile(r"\p{L}+")


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


def word_forms(text: str) -> frozenset[str]:
    """The words of a normalized text, each also without the proclitics word_pattern allows.

    A cheap first test before running patterns: a phrase can only match where its first
    word is one of these.
    """
    forms = set()
    for word in _LETTERS.findall(text, timeout=TIMEOUT):
        forms.add(word)
        forms.update(word[len(p):] for p in PROCLITICS if word.startswith(p))
        for p in ("لل", "ولل", "فلل"):  # "للعلاقات" is "العلاقات" after ل
            if word.startswith(p):
                forms.add("ال" + word[len(p):])
    return frozenset(forms)
