"""The partitions a kind compares within: the rule stage runs (and caches) one partition at a time.

A kind's `partition` (a Partitioning) names the predicates it reads and, for each such
fact, the group it belongs to (None: a fact the kind never compares). The contract: the kind's outcomes over a corpus are the outcomes over each
partition's facts alone, so a warm run re-evaluates only the partitions a changed article
touches (tests/test_partitions.py checks it against the whole corpus for every rule).

A kind that compares claims of one subject partitions by subject; a kind that compares a
fact only with its own article's partitions by article, in buckets, so that a corpus of
100,000 articles is not 100,000 partitions of one fact each.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factcheck.facts import Fact, FactIndex

ARTICLE_BUCKETS = 256  # articles per bucket grow with the corpus; a changed article costs its bucket


@dataclass(frozen=True)
class Partitioning:
    """The predicates a kind reads, and the partition each such fact falls in (None: none, it is not compared)."""

    predicates: tuple[str, ...]
    key: Callable[[Fact], str | None]

    def of(self, index: FactIndex) -> dict[str, list[Fact]]:
        """The partitions of a corpus's facts, each in corpus order, in the order their first facts come."""
        parts: dict[str, list[Fact]] = defaultdict(list)
        for predicate in self.predicates:
            for fact in index.of(predicate):
                key = self.key(fact)
                if key is not None:
                    parts[key].append(fact)
        return dict(parts)

    def split(self, facts: list[Fact]) -> dict[str, tuple[int, list[Fact]]]:
        """One article's facts by partition, each with the rank (in `predicates`) of the first predicate it has there.

        What the fact store keeps per article, so that a partition's facts can be read
        without the corpus's: `assembled` puts them back in the order `of` gives.
        """
        rank = {predicate: i for i, predicate in enumerate(self.predicates)}
        groups: dict[str, tuple[int, list[Fact]]] = {}
        for fact in facts:
            if fact.predicate in rank and (key := self.key(fact)) is not None:
                first, members = groups.setdefault(key, (rank[fact.predicate], []))
                members.append(fact)
                if rank[fact.predicate] < first:
                    groups[key] = (rank[fact.predicate], members)
        return groups

    def assembled(self, pieces: list[list[Fact]]) -> list[Fact]:
        """A partition's facts from its articles' pieces (in corpus order), ordered as `of` orders them."""
        if len(self.predicates) == 1:
            return [fact for piece in pieces for fact in piece]
        return [fact for predicate in self.predicates for piece in pieces for fact in piece
                if fact.predicate == predicate]


@cache  # one object for one partitioning: the fact store keeps facts once per partitioning, not per kind
def by_subject(*predicates: str) -> Partitioning:
    """Facts of these predicates, one partition per subject."""
    return Partitioning(predicates, lambda fact: fact.subject.id)


def article_bucket(fact: Fact) -> str:
    """The bucket of articles a fact's article falls in: every fact of one article falls in the same."""
    return f"articles:{zlib.crc32(fact.article.encode()) % ARTICLE_BUCKETS}"


@cache
def by_article(*predicates: str) -> Partitioning:
    """Facts of these predicates, with every other such fact of their article."""
    return Partitioning(predicates, article_bucket)
