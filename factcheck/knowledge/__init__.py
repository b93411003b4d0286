"""Reference knowledge and lexicons: rules/kb, events, measures and lexicon → `Knowledge`.

model.py says what is known, load.py reads it, consistency.py checks that it agrees
with itself, coverage.py says how far it reaches.
"""

from factcheck.knowledge.load import load_knowledge
from factcheck.knowledge.model import (
    OPEN_END,
    ArrivalWords,
    Country,
    Entity,
    Event,
    EventWords,
    Holding,
    Knowledge,
    Measure,
    Office,
    Role,
    Series,
    Vacancy,
    spelling_key,
)

__all__ = ["OPEN_END", "ArrivalWords", "Country", "Entity", "Event", "EventWords", "Holding", "Knowledge", "Measure",
           "Office", "Role", "Series", "Vacancy", "load_knowledge", "spelling_key"]
