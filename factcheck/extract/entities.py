"""Names in a sentence, resolved to the reference knowledge.

An n-gram of words (proclitics و ف ب ل ك stripped from its first word) is looked up
by its transliteration key (factcheck/text/names.py); when no key matches, a key one
edit away is accepted if it names exactly one entity and has as many words
(بوينغ يانغ is exact on the key; لي هايدوند → Li Haidong is one edit). rapidfuzz only
measures the distance: identity is decided by the knowledge base, because a
different person can score as close as a variant (كيم جونغ إل against كيم جونغ أون,
shared/research/arabic-libraries.md). A typo must also be one letter off a listed
spelling as written: with hundreds of names, one consonant off some skeleton is too
easy to reach ("جندي كوري" is not جون كيري). Function words belong to a name only
as the name is listed (هو جينتاو).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex
from rapidfuzz.distance import Levenshtein

from factcheck.facts import Fact, Subject
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.lexicon import PROCLITICS
from factcheck.text.names import name_key, word_skeleton, words
from factcheck.text.normalize import NormalizedText, fold

if TYPE_CHECKING:  # the sentence context holds name mentions; only its type is needed here
    from factcheck.extract.sentence import SentenceContext

_OPENING_QUOTES = frozenset('«"“')  # a quotation's first mark, and its last
_CLOSING_QUOTES = frozenset('»"”')
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_DOUBLED_SEAT = regex.compile(r"([يو])\1")  # ئ and ؤ fold to ي and و: سيئول is سييول
FUZZY_MIN = 5  # key letters before a one-edit typo is considered at all
FUZZY_MIN_ONE_WORD = 6  # a single word needs more: short words are near too many others


@dataclass(frozen=True)
class NameMention:
    """A name in the normalized sentence, with the entity it names."""

    start: int
    end: int
    entity: str
    match: str  # exact | fuzzy


class _Token(NamedTuple):  # a tuple: a sentence has dozens of words, each made one
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Window:
    """Words that may be a name: how many, joined, the proclitic cut off the first, no function word."""

    words: int
    joined: str
    cut: int
    plain: bool


def mention_fact(kb: Knowledge, ctx: SentenceContext, name: NameMention) -> Fact:
    """A `mentions` fact: which entity, written how (house style, variant, alias, unlisted)."""
    entity = kb.entities[name.entity]
    evidence = ctx.evidence(name.start, name.end)
    value = {"surface": evidence.text, "spelling": entity.spelling(evidence.text),
             "match": name.match, "kind": entity.kind}
    return Fact(ctx.article.id, "mentions", Subject(entity.id, entity.name), value, ctx.published(), evidence)


def unlisted_mention_fact(ctx: SentenceContext, subject: Subject, start: int, end: int) -> Fact:
    """A `mentions` fact for a name the knowledge base lacks, read beside a title.

    Its spelling can still vary within an article (spelling_consistency, `mixed`).
    """
    evidence = ctx.evidence(start, end)
    value = {"surface": evidence.text, "spelling": "unknown_entity", "match": "unmatched", "kind": "person"}
    return Fact(ctx.article.id, "mentions", subject, value, ctx.published(), evidence)


class NameMatcher:
    """Finds the knowledge base's entities in normalized text."""

    def __init__(self, kb: Knowledge):
        self.index = kb.name_index
        self.stop = kb.function_words
        # a window with a function word in it must be a listed spelling word for word
        self.spelled: dict[str, set[str]] = defaultdict(set)
        # a typo is one letter off a listed spelling, not only one consonant off its skeleton
        self.spellings_of: dict[str, list[str]] = defaultdict(list)
        for entity in kb.entities.values():
            for form in entity.spellings:
                written = " ".join(words(fold(form)))
                self.spelled[written].add(entity.id)
                self.spellings_of[name_key(written)].append(written)
        forms = [words(fold(f)) for e in kb.entities.values() for f in (e.name, *e.variants, *e.aliases)]
        self.max_words = max(len(f) for f in forms)
        # the words of each entity's name as the house writes it: fewer make a short form (كيم، كيم جونج)
        self.name_words = {e.id: len(words(fold(e.name))) for e in kb.entities.values()}
        # a person named in full is later called by the first or last word of the name (كيم, بوتين)
        self.person_ids = {e.id for e in kb.entities.values() if e.kind == "person"}
        self.surnames_of = {e.id: {w[0], w[-1]} - self.stop for e in kb.entities.values()
                            if e.kind == "person" and len(w := words(fold(e.name))) > 1}
        # A window is tried only if its first word could open some name.
        self.openers = {word_skeleton(f[0]) for f in forms} | {f[0] for f in forms}
        self.surnames = {f[0] for f in forms if len(f) > 1} - self.stop
        # words only ever inside a longer name (يونغ of كيم يونغ نام; not بوتين, a name alone too)
        self.inner_words = {w for f in forms if len(f) > 1 for w in f[1:]} - {f[0] for f in forms if len(f) == 1} - self.stop
        # a word recurs in sentence after sentence: how it may open a name is worked out once
        self.openings = lru_cache(maxsize=65_536)(self._openings)
        self.by_length: dict[tuple[int, str], list[str]] = defaultdict(list)
        for f in forms:
            key = name_key(" ".join(f))
            if not key.startswith("=") and key not in self.by_length[(len(f), key[0])]:
                self.by_length[(len(f), key[0])].append(key)

    def find(self, text: NormalizedText) -> list[NameMention]:
        """Non-overlapping mentions, longest first at each word."""
        plain = text.text
        tokens = [_Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(plain, timeout=TIMEOUT)]
        # joined[k]: whether tokens k and k + 1 stand close enough to be words of one name
        joined = [_joins(plain[a.end:b.start]) for a, b in zip(tokens, tokens[1:])]
        mentions: list[NameMention] = []
        i = 0
        while i < len(tokens):
            starts = self.openings(tokens[i].text)
            windows = self._windows(tokens, joined, i, starts) if starts else []
            found = (self._exact(plain, tokens, i, windows) or (None if self._continues(tokens, joined, i)
                                                         else self._fuzzy(plain, tokens, i, windows))) if windows else None
            if found is None:
                i += 1
                continue
            mentions.append(found[0])
            i += found[1]
        return mentions

    def refer_back(self, text: NormalizedText, mentions: list[NameMention], named: dict[str, str]) -> list[NameMention]:
        """The mentions with a surname alone taken as the person last named in full by it.

        The wires name a person in full once, then by the surname: in an article of 2011 on
        Kim Jong Il, "كيم" is he, not Kim Jong Un, whom the knowledge base lists as "كيم"
        alone. `named` maps a surname to the person last named in full with it, in this
        article; it is updated as the mentions are read.
        """
        resolved: list[NameMention] = []
        for mention in mentions:
            written = words(text.text[mention.start:mention.end])
            if len(written) > 1:
                for surname in self.surnames_of.get(mention.entity, ()):
                    named[surname] = mention.entity
            elif (earlier := named.get(written[0])) is not None and earlier != mention.entity \
                    and mention.entity in self.person_ids:
                mention = NameMention(mention.start, mention.end, earlier, mention.match)
            resolved.append(mention)
        return resolved

    def _windows(self, tokens: list[_Token], joined: list[bool], i: int,
                 starts: tuple[tuple[str, str], ...]) -> list[_Window]:
        """The word groups starting at token i that could be a name, longest first; `starts` are its openings.

        A function word may stand inside a listed name (هو جينتاو, ناوتو كان, آن غيو باك
        with آن folded to ان): such a window is `plain=False`, tried for an exact listed
        spelling only, never for a one-letter typo.
        """
        reach = 1  # the most words from token i that stand joined, up to the longest name
        while reach < self.max_words and i + reach < len(tokens) and joined[i + reach - 1]:
            reach += 1
        windows: list[_Window] = []
        for n in range(reach, 0, -1):
            rest = [t.text for t in tokens[i + 1:i + n]]
            for prefix, word in starts:
                stops = sum(w in self.stop for w in (word, *rest))
                if stops < n:  # function words alone are never a name
                    windows.append(_Window(n, " ".join((word, *rest)), len(prefix), stops == 0))
        return windows

    def _openings(self, word: str) -> tuple[tuple[str, str], ...]:
        """The ways a word may open a name: (proclitic cut off, the rest), the rest two letters or more."""
        cuts = [(p, word[len(p):]) for p in ("", *PROCLITICS) if word.startswith(p) and len(word) - len(p) >= 2]
        return tuple((p, w) for p, w in cuts if w in self.openers or word_skeleton(w) in self.openers)

    def _exact(self, plain: str, tokens: list[_Token], i: int,
               windows: list[_Window]) -> tuple[NameMention, int] | None:
        for window in windows:
            ids = self._named(window)
            if ids is None:
                continue
            if self._opens_longer(plain, tokens, i, window.words, next(iter(ids))):
                continue
            # "وواشنطن" keys like "واشنطن" (و is a vowel to the skeleton): the name is without the و,
            # unless the word is a spelling as listed (وونسان begins with its own و)
            if window.joined not in self.spelled:
                window = next((w for w in windows if w.words == window.words and w.cut > window.cut
                               and self._named(w) == ids), window)
            end = tokens[i + window.words - 1].end
            return NameMention(tokens[i].start + window.cut, end, next(iter(ids)), "exact"), window.words
        return None

    def _named(self, window: _Window) -> set[str] | None:
        """The one entity a window names exactly, if any.

        A single word must also be written within two letters of a listed spelling: its
        skeleton alone is too short a key ("استثنائيا" has the skeleton of أوستن). And the
        words must be as many as in a listed spelling of the key: a key does not keep where
        words end, and "لي هونغ" (two words of لي هونغ تشونغ) keys as لي هون جاي.
        """
        if not window.plain:
            found = self.spelled.get(window.joined)
            return found if found and len(found) == 1 else None
        key = _key(window.joined)
        ids = self.index.get(key)
        if not ids or len(ids) != 1:
            return None
        if all(len(written.split()) != window.words for written in self.spellings_of[key]):
            return None
        if window.words == 1 and not any(Levenshtein.distance(window.joined, written, score_cutoff=2) <= 2
                                         for written in self.spellings_of[key]):
            return None
        return set(ids)

    def _continues(self, tokens: list[_Token], joined: list[bool], i: int) -> bool:
        """Whether token i follows a word that opens listed names, with only a space between.

        Then a near spelling from here is likely the rest of another name of that family:
        "هان دونغ هون" is not دونغ جون one letter off.
        """
        return i > 0 and tokens[i - 1].text in self.surnames and joined[i - 1]

    def _fuzzy(self, plain: str, tokens: list[_Token], i: int, windows: list[_Window]) -> tuple[NameMention, int] | None:
        """A near spelling of a listed name: not where the words are all a quotation holds.

        "العبارة «سيوول»" names the ferry, "عملية «شبكة العنكبوت»" an operation: a name of
        its own, quoted, not Seoul misspelt.
        """
        for window in windows:
            key, n = _key(window.joined), window.words
            start, end = tokens[i].start + window.cut, tokens[i + n - 1].end
            if plain[start - 1:start] in _OPENING_QUOTES and plain[end:end + 1] in _CLOSING_QUOTES:
                continue
            if window.plain and n == 1 and (seat := self._hamza_seat(window.joined)) is not None:
                return NameMention(tokens[i].start + window.cut, tokens[i].end, seat, "fuzzy"), 1
            if not window.plain or key.startswith("=") or len(key) < (FUZZY_MIN if n > 1 else FUZZY_MIN_ONE_WORD):
                continue
            near = {entity for other in self.by_length.get((n, key[0]), ())
                    if Levenshtein.distance(key, other, score_cutoff=1) <= 1
                    and any(Levenshtein.distance(window.joined, written, score_cutoff=1) <= 1
                            for written in self.spellings_of[other])
                    for entity in self.index[other]}
            if len(near) == 1 and not self._opens_longer(plain, tokens, i, n, entity := near.pop()):
                return NameMention(tokens[i].start + window.cut, tokens[i + n - 1].end, entity, "fuzzy"), n
        return None

    def _hamza_seat(self, word: str) -> str | None:
        """The one entity a short word names with a hamza on a seat its listed spelling lacks.

        A name too short for a one-letter typo ("سيول") is still written with a hamza the house
        leaves out: "سيئول", folded سييول, is Seoul with its ي doubled.
        """
        single = _DOUBLED_SEAT.sub(r"\1", word, timeout=TIMEOUT)
        if single == word:
            return None
        ids = self.spelled.get(single)
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def _opens_longer(self, plain: str, tokens: list[_Token], i: int, n: int, entity: str) -> bool:
        """Whether n words from token i, fewer than the entity's name has, open a longer name the knowledge base lacks.

        "كيم يونغ تشول" is no كيم, "كيم جونغ غيو" no كيم جونج: the word after is one only ever
        inside longer names.
        """
        following = i + n
        return (n < self.name_words[entity] and following < len(tokens) and tokens[following].text in self.inner_words
                and _joins(plain[tokens[following - 1].end:tokens[following].start]))


# a window's words recur (a name, a common phrase): each is keyed once
_key = lru_cache(maxsize=65_536)(name_key)


def _joins(gap: str) -> bool:
    """Whether what stands between two words may join them into one name: one to three spaces, tabs, hyphens."""
    return 0 < len(gap) <= 3 and not gap.strip(" \t-")
