"""Who a stretch of a sentence names: known entities, and countries by name, adjective or place.

Events and measures require participants ("country:kp", "person:vladimir-putin"); a
place stands for its country (بيونغ يانغ names North Korea), and so does a nationality
adjective, definite or not (الروسي، كوري شمالي).
"""

from __future__ import annotations

import regex

from factcheck.extract.sentence import SentenceContext
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.normalize import fold


class Participants:
    """Finds the participants named in normalized sentence text."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.country_of = {" ".join(fold(w).split()): c.id for c in kb.countries.values()
                           for w in (*c.names, *c.adjectives)}
        words = "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                         for w in sorted(self.country_of, key=len, reverse=True))
        self.countries = regex.compile(rf"(?<!\p{{L}})(?:[وف]?[بلك]?|[وف]?لل)(?:{words})(?!\p{{L}})")

    def in_sentence(self, ctx: SentenceContext) -> set[str]:
        """Everyone and every country the sentence names."""
        return self.in_span(ctx, 0, len(ctx.text.text))

    def in_span(self, ctx: SentenceContext, start: int, end: int) -> set[str]:
        """Entities and countries named in normalized [start, end) of a sentence."""
        named = {n.entity for n in ctx.names if start <= n.start < end}
        named |= {f"country:{c}" for n in ctx.names if start <= n.start < end
                  and (c := self.kb.entities[n.entity].country)}
        for match in self.countries.finditer(ctx.text.text, start, end, timeout=TIMEOUT):
            word = " ".join(match.group().split())
            named |= {f"country:{c}" for key, c in self.country_of.items() if word.endswith(key)}
        return named
