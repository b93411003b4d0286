"""Who a stretch of a sentence names: known entities, and countries by name, adjective or place.

Events and measures require participants ("country:kp", "person:vladimir-putin"); a
place stands for its country (بيونغ يانغ names North Korea), and so does a nationality
adjective, definite or not (الروسي، كوري شمالي), and a person who heads a state at the
article's date ("وقع بوتين وكيم ... معاهدة" names Russia and North Korea). The other way
round, a head of state's title with the state's adjective names the person who holds it
at the article's date: "الرئيسان الروسي والكوري الشمالي" in June 2024 are Putin and Kim.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from factcheck.extract.sentence import SentenceContext
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.dates import TimeSpan
from factcheck.text.lexicon import alternation, key, word_pattern


class Participants:
    """Finds the participants named in normalized sentence text."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.country_of = {key(w): c.id for c in kb.countries.values() for w in (*c.names, *c.adjectives)}
        self.countries = word_pattern(self.country_of)
        self.short_of = {key(w): c.id for c in kb.countries.values() for w in c.short_names}
        self.short_names = word_pattern(self.short_of) if self.short_of else None
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
            rf"(?<!\p{{L}})(?<!(?:{alternation(kb.not_the_office)})\s+)[وف]?(?:[بلك]|لل)?"
            rf"(?:(?P<dual>{alternation(dual)})|(?:{alternation(single)}))\s+(?P<adj>{adjective})"
            rf"(?:\s+و(?P<adj2>{adjective}))?")
        self.unqualified = regex.compile(
            rf"(?!\s+(?:{alternation(w for q in ('former', 'elect', 'then') for w in kb.qualifiers[q])})(?!\p{{L}}))")

    def in_sentence(self, ctx: SentenceContext) -> set[str]:
        """Everyone and every country the sentence names."""
        return self.in_span(ctx, 0, len(ctx.text.text))

    def in_span(self, ctx: SentenceContext, start: int, end: int, in_article: set[str] | None = None) -> set[str]:
        """Entities and countries named in normalized [start, end) of a sentence.

        With `in_article` (who the whole article names), a short name counts for its
        country when the article names that country in full ("أطلقها الشمال").
        """
        named = {n.entity for n in ctx.names if start <= n.start < end}
        named |= {f"country:{c}" for n in ctx.names if start <= n.start < end
                  for c in self._states(n.entity, ctx.article.published)}
        named |= {f"country:{self.country_of[key(m.group('word'))]}"
                  for m in self.countries.finditer(ctx.text.text, start, end, timeout=TIMEOUT)}
        named |= self._heads_named(ctx, start, end)
        if in_article and self.short_names is not None:
            named |= {country for m in self.short_names.finditer(ctx.text.text, start, end, timeout=TIMEOUT)
                      if (country := f"country:{self.short_of[key(m.group('word'))]}") in in_article}
        return named

    def _heads_named(self, ctx: SentenceContext, start: int, end: int) -> set[str]:
        """The heads of state a title with their states' adjectives names in [start, end)."""
        day = ctx.article.published
        if day is None:
            return set()
        named = set()
        for m in self.head_title.finditer(ctx.text.text, start, end, timeout=TIMEOUT):
            if not self.unqualified.match(ctx.text.text, m.end(), timeout=TIMEOUT):
                continue
            adjectives = [m.group("adj"), m.group("adj2")] if m.group("dual") else [m.group("adj")]
            for adjective in filter(None, adjectives):
                holders = {h.person for office in self.heads_of[self.adjective_of[key(adjective)]]
                           for h in self.kb.offices[office].holders_during(day)}
                if len(holders) == 1:  # a day between two terms names neither
                    named |= holders
        return named

    def _states(self, entity: str, day: TimeSpan | None) -> set[str]:
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
        return states
