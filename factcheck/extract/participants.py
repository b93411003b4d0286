"""Who a stretch of a sentence names: known entities, and countries by name, adjective or place.

Events and measures require participants ("country:kp", "person:vladimir-putin"); a
place stands for its country (بيونغ يانغ names North Korea), and so does a nationality
adjective, definite or not (الروسي، كوري شمالي).
"""

from __future__ import annotations

from factcheck.extract.sentence import SentenceContext
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.lexicon import key, word_pattern


class Participants:
    """Finds the participants named in normalized sentence text."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.country_of = {key(w): c.id for c in kb.countries.values() for w in (*c.names, *c.adjectives)}
        self.countries = word_pattern(self.country_of)
        self.short_of = {key(w): c.id for c in kb.countries.values() for w in c.short_names}
        self.short_names = word_pattern(self.short_of) if self.short_of else None

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
                  and (c := self.kb.entities[n.entity].country)}
        named |= {f"country:{self.country_of[key(m.group('word'))]}"
                  for m in self.countries.finditer(ctx.text.text, start, end, timeout=TIMEOUT)}
        if in_article and self.short_names is not None:
            named |= {country for m in self.short_names.finditer(ctx.text.text, start, end, timeout=TIMEOUT)
                      if (country := f"country:{self.short_of[key(m.group('word'))]}") in in_article}
        return named
