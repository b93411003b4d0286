"""Keys that fold the ways Arabic news transliterates one foreign name.

Measured on the seeds (shared/research/arabic-libraries.md): the variants differ in
the letter for g (غ/ج/ك), in hyphens inside the name (جونغ-أون) and in long vowels
(بوتين / بوتن, ترمب / ترامب, and the swapped vowels of the typo بوينغ يانغ). Each
word becomes its consonant skeleton: first letter kept, later long vowels and doubled
letters dropped, g folded. Every word keeps its first letter, so a following particle
(إن، في) can never disappear into a name. Names written as one word or two
(بيونغيانغ / بيونغ يانغ) differ by one letter and meet through a listed variant or
the one-edit match. Short names keep their vowels: with two or three consonants
left, a skeleton collides with common words.
"""

from __future__ import annotations

from functools import cache

_G = str.maketrans({"غ": "g", "ج": "g", "ك": "g", "ث": "ت"})
_VOWELS = frozenset("اويء")
SKELETON_MIN = 4  # consonants a skeleton needs before it is trusted as a key


def words(folded: str) -> list[str]:
    """The words of a normalized name; a hyphen joins nothing, it separates."""
    return folded.replace("-", " ").split()


@cache
def word_skeleton(word: str) -> str:
    """One word's skeleton: first letter, then consonants without repeats; g folded."""
    word = word.translate(_G)
    if not word:
        return ""
    out = [word[0]]
    for previous, char in zip(word, word[1:]):
        # a doubled letter is one (ميللر / ميلر); the same letter after a vowel is another
        # syllable (تشيشان is Qishan, not Zhen)
        if char not in _VOWELS and char != previous:
            out.append(char)
    return "".join(out)


def name_key(folded: str) -> str:
    """The key a normalized name is indexed and looked up by."""
    parts = words(folded)
    bones = "".join(word_skeleton(w) for w in parts)
    return bones if len(bones) >= SKELETON_MIN else "=" + "".join(parts).translate(_G)
