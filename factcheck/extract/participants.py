"""Who a stretch of a sentence names: known entities, and countries by name, adjective or place.

Events and measures require participants ("country:kp", "person:vladimir-putin"); a
place stands for its country (بيونغ يانغ names North Korea), and so does a nationality
adjective, definite or not (الروسي، كوري شمالي), and a person who heads a state at the
article's date ("وقع بوتين وكيم ... معاهدة" names Russia and North Korea).
"""

from __future__ import annotations

from factcheck.extract.sentence import SentenceContext
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.dates import TimeSpan
from factcheck.text.lexicon import key, word_pattern


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
        if in_article and self.short_names is not None:
            named |= {country for m in self.short_names.finditer(ctx.text.text, start, end, timeout=TIMEOUT)
                      if (country := f"country:{self.short_of[key(m.group('word'))]}") in in_article}
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
