"""Where the rule stage reads a partition's facts: the corpus's facts in memory, or the fact store.

Each kind compares facts within partitions (kinds/_partitions.py). With every fact in
memory (IndexParts) a partition is a slice of the index; with the store (StoredParts) it
is read when its turn comes and let go after, so that a run holds one partition's facts
at a time, not the corpus's: 100,000 articles are some three million facts. Both give
the partitions in the same order and their facts in the same order, so a report is the
same whichever way its facts came.

The groupings the store keeps an article's facts in are every kind's partitioning and
one of the timelines (a person's title claims), whichever rules a run has: a rule added
later finds its facts grouped already.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from factcheck.facts import Fact, FactIndex
from factcheck.kinds import KINDS
from factcheck.kinds._partitions import Partitioning, by_subject
from factcheck.store import FactStore, Groups, StoredArticle

TIMELINES = "timelines"  # the grouping the per-person timelines read: title claims by person
_TIMELINES = by_subject("holds_title")


def grouping(name: str) -> Partitioning:
    """A kind's partitioning, or the timelines'; looked up when used (a test may change a kind's)."""
    return KINDS[name].partition if name in KINDS else _TIMELINES


def _stored_as() -> dict[str, str]:
    """Each grouping's name in the store: the first of those with the same partitioning (kept once)."""
    first: dict[int, str] = {}
    return {name: first.setdefault(id(grouping(name)), name) for name in (*KINDS, TIMELINES)}


def groups_of(facts: list[Fact]) -> Groups:
    """An article's facts in every grouping the store keeps: (grouping, partition) → (rank, facts)."""
    out: Groups = {}
    for name in dict.fromkeys(_stored_as().values()):
        for part, entry in grouping(name).split(facts).items():
            out[(name, part)] = entry
    return out


class StoreLost(Exception):
    """The fact store failed while a run read its facts from it: the run starts again without it."""


class Parts(Protocol):
    """A corpus's facts by partition; `context` is the index (without facts) a partition's index is made from."""

    context: FactIndex

    def parts(self, name: str) -> dict[str, list[str]]:
        """The partitions of a grouping, in the order their first facts come, each with its articles in corpus order."""

    def facts(self, name: str, part: str) -> list[Fact]:
        """One partition's facts, in the order Partitioning.of gives."""


class IndexParts:
    """Partitions of an index holding every fact."""

    def __init__(self, index: FactIndex):
        self.index = index
        self.context = index.restricted([])
        self._of: dict[str, dict[str, list[Fact]]] = {}
        self._position = {article: i for i, article in enumerate(index.published)}

    def _partitions(self, name: str) -> dict[str, list[Fact]]:
        if name not in self._of:
            self._of[name] = grouping(name).of(self.index)
        return self._of[name]

    def parts(self, name: str) -> dict[str, list[str]]:
        """Parts.parts."""
        return {part: sorted({f.article for f in facts}, key=self._position.__getitem__)
                for part, facts in self._partitions(name).items()}

    def facts(self, name: str, part: str) -> list[Fact]:
        """Parts.facts."""
        return self._partitions(name)[part]


Reread = Callable[[list[int]], dict[int, tuple[int, Groups]]]  # corpus positions → (new row, groups), read again


class StoredParts:
    """Partitions read from the fact store when asked for; the store's article entries say which hold what."""

    def __init__(self, store: FactStore, ids: list[str], stored: list[StoredArticle], context: FactIndex,
                 reread: Reread):
        self.store, self.ids, self.context, self.reread = store, ids, context, reread
        self.rebuilds = store.rebuilds
        self.stored_as = _stored_as()
        self.position = {entry.row: i for i, entry in enumerate(stored)}
        # grouping → partition → [rank of its first predicate, corpus positions of its articles]
        self.members: dict[str, dict[str, tuple[list[int], list[int]]]] = {}
        for i, entry in enumerate(stored):
            flat = entry.groups
            names, parts, ranks = cast(tuple[str, ...], flat[::3]), cast(tuple[str, ...], flat[1::3]), flat[2::3]
            for name, part, rank in zip(names, parts, cast(tuple[int, ...], ranks)):
                member = self.members.setdefault(name, {}).get(part)
                if member is None:
                    self.members[name][part] = ([rank, i], [i])
                else:
                    if rank < member[0][0]:
                        member[0][:] = [rank, i]  # the first article with a fact of the first predicate
                    member[1].append(i)

    def parts(self, name: str) -> dict[str, list[str]]:
        """Parts.parts, from the articles' entries: no facts are read."""
        members = self.members.get(self.stored_as[name], {})
        return {part: [self.ids[i] for i in members[part][1]]
                for part in sorted(members, key=lambda part: members[part][0])}

    def facts(self, name: str, part: str) -> list[Fact]:
        """Parts.facts, from the store; an article whose entry is damaged or gone is read again."""
        name = self.stored_as[name]
        by_row = self.store.group(name, part, self.position)  # a damaged entry is left out: read again below
        if self.store.db is None or self.store.rebuilds != self.rebuilds:
            raise StoreLost
        pieces = {self.position[row]: facts for row, facts in by_row.items()}
        missing = [i for i in self.members[name][part][1] if i not in pieces]  # damaged, or dropped by another run
        if missing:
            for i, (row, groups) in self.reread(missing).items():
                pieces[i] = groups.get((name, part), (0, []))[1]
                self.position[row] = i
        return grouping(name).assembled([pieces[i] for i in sorted(pieces)])
