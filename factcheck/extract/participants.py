"""Who a stretch of a sentence names: known entities, and countries by name, adjective or place.

Events and measures require participants ("country:kp", "person:vladimir-putin"); a
place stands for its country (بيونغ يانغ names North Korea), and so does a nationality
adjective, definite or not (الروسي، كوري شمالي), and a person who heads a state at the
article's date ("وقع بوتين وكيم ... معاهدة" names Russia and North Korea). The other way
round, a head of state's title with the state's adjective names the person who holds it
at the article's date: "الرئيسان الروسي والكوري الشمالي" in June 2024 are Putin and Kim.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from factcheck.extract.sentence import SentenceContext
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.dates import TimeSpan
from factcheck.text.lexicon import alternation, key, word_pattern

_LETTERS = regex.compile(r"\p{L}+")
SENDER_REACH = 50  # characters before a name where "رسالة من" and the title between may stand
# what may stand before a country's word or a head of state's title: و ف, then ب ل ك or لل
_PROCLITIC_FORMS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "لل"))
# a matched word recurs in sentence after sentence: it is keyed once
_key = lru_cache(maxsize=65_536)(key)


class _WordPattern:
    """A pattern that matches at the start of a word, tried only at words that may open it.

    `finditer` finds what `pattern.finditer(text, start, end)` finds. The pattern looks
    behind for no letter, then a proclitic and one of its phrases: it can only match where
    a word begins with a proclitic and the first word of a phrase (or that word cut short,
    if a span ends inside it). A sentence's spans are many (each event and each quantity
    asks who its own names), so its words are looked at once and a span only at those.
    """

    def __init__(self, pattern: regex.Pattern[str], phrases: Iterable[str]):
        self.pattern = pattern
        leads = [_LETTERS.match(key(phrase)) for phrase in phrases]
        # a phrase that opens with no letter may match anywhere: then the pattern is run as it is
        self.leads = frozenset(m.group() for m in leads if m) if all(leads) else None
        self.lengths = sorted({len(lead) for lead in self.leads or ()})
        self.may_open = lru_cache(maxsize=65_536)(self._may_open)

    def _may_open(self, word: str) -> bool:
        """Whether a word begins with a proclitic and the first word of a phrase."""
        assert self.leads is not None
        return any(word[len(c):len(c) + n] in self.leads
                   for c in _PROCLITIC_FORMS if word.startswith(c) for n in self.lengths)

    def openings(self, words: list[tuple[int, str]]) -> list[int] | None:
        """Where in a sentence, given its words (start, text), a match may begin; None if anywhere."""
        return None if self.leads is None else [start for start, word in words if self.may_open(word)]

    def finditer(self, text: str, openings: list[int] | None, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The matches in text[start:end], left to right and none overlapping, as finditer finds them."""
        if openings is None:
            yield from self.pattern.finditer(text, start, end, timeout=TIMEOUT)
            return
        reached = start
        for position in openings[bisect_left(openings, start):]:
            if position >= end:
                break
            if position >= reached and (match := self.pattern.match(text, position, end, timeout=TIMEOUT)):
                yield match
                reached = match.end()


class Participants:
    """Finds the participants named in normalized sentence text."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.country_of = {key(w): c.id for c in kb.countries.values() for w in (*c.names, *c.adjectives)}
        self.countries = word_pattern(self.country_of)
        self.country_words = _WordPattern(self.countries, self.country_of)
        self.short_of = {key(w): c.id for c in kb.countries.values() for w in c.short_names}
        self.short_names = _WordPattern(word_pattern(self.short_of), self.short_of) if self.short_of else None
        # the offices whose holder heads a state: president, leader, emperor
        self.heads_state = {o.id for o in kb.offices.values()
                            if o.country and set(kb.event_words.state_heads) & set(o.roles)}
        self.heads_of: dict[str, list[str]] = defaultdict(list)
        for office in sorted(self.heads_state):
            self.heads_of[kb.offices[office].country].append(office)
        self.adjective_of = {key(w): c.id for c in kb.countries.values() for w in c.adjectives}
        heads = [r for r in kb.roles.values() if r.id in kb.event_words.state_heads]
        single = {form.split()[0] for r in heads for form in r.forms if form.endswith("{adj}")}
        dual = {d for r in heads for d in r.duals}
        # "الرئيس الروسي", "الرئيسان الروسي والكوري الشمالي" — not "نائب الرئيس الأمريكي", not "الرئيس
        # الروسي السابق" (who held it then is not read here)
        adjective = rf"(?:{alternation(self.adjective_of)})(?!\p{{L}})"
        self.head_title = regex.compile(
            rf"(?<!\p{{L}})(?<!(?:{alternation((*kb.not_the_office, *kb.of_the_office))})\s+)[وف]?(?:[بلك]|لل)?"
            rf"(?:(?P<dual>{alternation(dual)})|(?:{alternation(single)}))\s+(?P<adj>{adjective})"
            rf"(?:\s+و(?P<adj2>{adjective}))?")
        self.head_titles = _WordPattern(self.head_title, dual | single)
        self.unqualified = regex.compile(
            rf"(?!\s+(?:{alternation(w for q in ('former', 'elect', 'then') for w in kb.qualifiers[q])})(?!\p{{L}}))")
        sent_by = kb.event_words.sent_by
        self.sent_by = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(sent_by)})\s+(?:\p{{L}}+\s+){{0,4}}$") if sent_by else None
        # in_span is asked of many spans of one sentence: its words are read once (the last sentences read)
        self.openings = lru_cache(maxsize=1024)(self._openings)
        self.states = lru_cache(maxsize=65_536)(self._states)

    def _openings(self, text: str) -> tuple[list[int] | None, list[int] | None, list[int] | None]:
        """Where in a sentence a country's word, a short name and a head of state's title may begin."""
        words = [(m.start(), m.group()) for m in _LETTERS.finditer(text, timeout=TIMEOUT)]
        short = self.short_names.openings(words) if self.short_names is not None else None
        return self.country_words.openings(words), short, self.head_titles.openings(words)

    def in_sentence(self, ctx: SentenceContext) -> set[str]:
        """Everyone and every country the sentence names."""
        return self.in_span(ctx, 0, len(ctx.text.text))

    def in_span(self, ctx: SentenceContext, start: int, end: int, in_article: set[str] | None = None) -> set[str]:
        """Entities and countries named in normalized [start, end) of a sentence.

        With `in_article` (who the whole article names), a short name counts for its
        country when the article names that country in full ("أطلقها الشمال").
        """
        text = ctx.text.text
        countries, short, heads = self.openings(text)
        present = [n for n in ctx.names if start <= n.start < end and not self.sent(text, n.start)]
        named = {n.entity for n in present}
        named |= {f"country:{c}" for n in present for c in self.states(n.entity, ctx.article.published)}
        named |= {f"country:{self.country_of[_key(m.group('word'))]}"
                  for m in self.country_words.finditer(text, countries, start, end)}
        named |= self._heads_named(ctx, heads, start, end)
        if in_article and self.short_names is not None:
            named |= {country for m in self.short_names.finditer(text, short, start, end)
                      if (country := f"country:{self.short_of[_key(m.group('word'))]}") in in_article}
        return named

    def sent(self, text: str, position: int) -> bool:
        """Whether the name at `position` sends what the clause tells of: "رسالة من الزعيم كيم جونغ أون"."""
        return self.sent_by is not None and self.sent_by.search(text, max(0, position - SENDER_REACH), position,
                                                                timeout=TIMEOUT) is not None

    def _heads_named(self, ctx: SentenceContext, openings: list[int] | None, start: int, end: int) -> set[str]:
        """The heads of state a title with their states' adjectives names in [start, end).

        A title with its name after it names that person (ctx.names has them), not the
        holder at the article's day: "وفاة الزعيم الكوري الشمالي كيم إيل سونغ", printed after
        his death, is not his successor's.
        """
        day = ctx.article.published
        if day is None:
            return set()
        named = set()
        text = ctx.text.text
        names = sorted(ctx.names, key=lambda n: n.start)
        starts = [n.start for n in names]
        for m in self.head_titles.finditer(text, openings, start, end):
            if not self.unqualified.match(text, m.end(), timeout=TIMEOUT):
                continue
            following = bisect_left(starts, m.end())
            after = names[following] if following < len(names) else None
            if after is not None and after.entity.startswith("person:") and not text[m.end():after.start].strip(" ,"):
                continue
            adjectives = [m.group("adj"), m.group("adj2")] if m.group("dual") else [m.group("adj")]
            for adjective in filter(None, adjectives):
                holders = {h.person for office in self.heads_of[self.adjective_of[_key(adjective)]]
                           for h in self.kb.offices[office].holders_during(day)}
                if len(holders) == 1:  # a day between two terms names neither
                    named |= holders
        return named

    def _states(self, entity: str, day: TimeSpan | None) -> frozenset[str]:
        """The country an entity is of, and the state a person heads on the article's day.

        A head of state acts for the state: a treaty Putin signs is Russia's. Only at the
        article's date, by the terms rules/kb lists: in 2024, Trump named is no participant
        for the United States, and a former leader stands for nothing.
        """
        country = self.kb.entities[entity].country
        states = {country} if country else set()
        if day is not None:
            states |= {self.kb.offices[h.office].country for h in self.kb.holdings_of(entity)
                       if h.office in self.heads_state and h.span.overlaps(day)}
        return frozenset(states)
