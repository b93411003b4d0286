"""A run's findings on disk, not in memory: at 100,000 articles they were 2 GB of objects.

The rule stage writes each outcome here as it comes, with the place it had in the old
in-memory order (the first quote's article and offset, then rule, partition and
position): the findings arrive from the store and from the cluster in any order, and
come out in one. Copies of a claim are merged as each partition's pickle is read (those
of a claim found in several partitions, once all are read) and put in report order by
SQLite's sort, on disk. A report reads them back one at a time. The databases are private
temporary files of SQLite's (`connect("")`), gone when the run ends.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import cast, overload

from factcheck.findings import Finding, Outcomes, merge_claims, severity_rank

CHUNK = 500  # findings read back in one query
CACHE_KIB = 32_768  # of SQLite's page cache: past it, the pages go to the temporary file


def _database(*tables: str) -> sqlite3.Connection:
    """A private temporary database of SQLite's with these tables."""
    db = sqlite3.connect("")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    for table in tables:
        db.execute(f"CREATE TABLE {table}")
    return db


def _places(finding: Finding) -> str:
    """The evidence's (article, offset) list as text that SQLite sorts as Python sorts the list.

    Each article ends with the lowest character, so an id that is the start of another
    sorts first; offsets are zero-padded.
    """
    return "".join(f"{e.article}\0{e.start:012d}\1" for e in finding.evidence)


class FindingSpool(Sequence[Finding]):
    """Findings in report order: most severe first, then by rule, subject and the quotes' places."""

    def __init__(self, db: sqlite3.Connection, order: list[int], tally: Counter[str]):
        self._db, self._order, self.tally = db, order, tally  # tally: findings per severity and per status

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> FindingSpool:
        """Findings, merged and sorted already, kept in the order given."""
        spool = _Sorter()
        for rank, finding in enumerate(findings):
            spool.add(finding, rank)
        return spool.sorted(keep_order=True)

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, i: int) -> Finding: ...
    @overload
    def __getitem__(self, i: slice) -> list[Finding]: ...
    def __getitem__(self, i: int | slice) -> Finding | list[Finding]:
        if isinstance(i, slice):
            return list(self._read(self._order[i]))
        return next(self._read([self._order[i]]))

    def __iter__(self) -> Iterator[Finding]:
        return self._read(self._order)

    def _read(self, rowids: list[int]) -> Iterator[Finding]:
        for at in range(0, len(rowids), CHUNK):
            chunk = rowids[at:at + CHUNK]
            data = dict(self._db.execute(f"SELECT rowid, data FROM findings WHERE rowid IN "
                                         f"({','.join('?' * len(chunk))})", chunk))
            for rowid in chunk:
                yield pickle.loads(data[rowid])

    def __repr__(self) -> str:
        return f"FindingSpool({len(self)} findings)"


class _Sorter:
    """Findings written one by one, then sorted by SQLite into a FindingSpool; `rank` breaks ties, as a stable sort."""

    def __init__(self) -> None:
        self.db = _database("findings (severity INTEGER, rule TEXT, subject TEXT, places TEXT, rank INTEGER, data BLOB)")
        self.rows: list[tuple[int, str, str, str, int, bytes]] = []
        self.tally: Counter[str] = Counter()

    def add(self, finding: Finding, rank: int) -> None:
        self.rows.append((severity_rank(finding.severity), finding.rule, finding.subject.id, _places(finding), rank,
                          pickle.dumps(finding, protocol=5)))
        self.tally[finding.severity] += 1
        self.tally[finding.status] += 1
        if len(self.rows) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?)", self.rows)
        self.rows = []

    def sorted(self, keep_order: bool = False) -> FindingSpool:
        self._flush()
        order = "rank" if keep_order else "severity, rule, subject, places, rank"
        return FindingSpool(self.db, [rowid for rowid, in self.db.execute(f"SELECT rowid FROM findings ORDER BY {order}")],
                            self.tally)


Place = tuple[int, int]  # a finding's partition (its number in the collector) and its place in the outcomes


class Collector:
    """What the rules found, in any order; `spool()` merges copies of a claim and sorts them.

    A partition's outcomes are kept as one pickle (the store's own, when it has them),
    and each finding in them as a row of what orders it: the article of its first quote
    (by `position`, its place in the corpus) and the quote's offset, then the rule, the
    partition and its place among the partition's findings, as the rule stage's loop
    would have met them.
    """

    def __init__(self, position: dict[str, int]):
        self.position = position
        self.db = _database("raw (id TEXT, article INTEGER, start INTEGER, rule INTEGER, part INTEGER, seq INTEGER, "
                            "pickle INTEGER, item INTEGER)", "pickles (rule INTEGER, data BLOB)")
        self.rows: list[tuple[str, int, int, int, int, int, int, int]] = []

    def add(self, rule: int, part: int, outcomes: Outcomes, data: bytes | None = None) -> None:
        """The outcomes of one rule in one partition (the rule's `rule`-th, the kind's `part`-th), `data` their pickle."""
        found = [(n, o) for n, o in enumerate(outcomes) if isinstance(o, Finding)]
        if not found:
            return
        kept = self.db.execute("INSERT INTO pickles VALUES (?, ?)",
                               (rule, data if data is not None else pickle.dumps(outcomes, protocol=5))).lastrowid
        assert kept is not None
        for seq, (n, f) in enumerate(found):
            first = f.evidence[0] if f.evidence else None
            self.rows.append((f.id, self.position.get(first.article, -1) if first else -1,
                              first.text_start if first else 0, rule, part, seq, kept, n))
        if len(self.rows) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
        self.rows = []

    def drop(self, rule: int) -> None:
        """Forget what a rule found: it failed on a later partition, and costs itself all its findings."""
        self._flush()
        self.db.execute("DELETE FROM raw WHERE rule = ?", (rule,))
        self.db.execute("DELETE FROM pickles WHERE rule = ?", (rule,))

    def spool(self) -> FindingSpool:
        """One finding per conflicting claim (merge_claims), copies joining the one first in the corpus, sorted.

        Each partition's pickle is read once. A claim found in one partition is merged
        there; the copies of a claim found in several are written aside as they are met,
        and merged once every partition is read.
        """
        self._flush()
        groups: dict[str, list[Place]] = {}  # a claim → where its copies are, in the order they merge in
        for key, kept, item in self.db.execute("SELECT id, pickle, item FROM raw "
                                               "ORDER BY article, start, rule, part, seq"):
            groups.setdefault(key, []).append((kept, item))
        in_pickle: dict[int, list[tuple[int, int, int]]] = {}  # a pickle → (claim's rank, copy's place, item)
        scattered: set[int] = set()  # the ranks of claims found in several partitions
        for rank, members in enumerate(groups.values()):
            if len({kept for kept, _ in members}) > 1:
                scattered.add(rank)
            for place, (kept, item) in enumerate(members):
                in_pickle.setdefault(kept, []).append((rank, place, item))
        del groups
        self.db.execute("CREATE TABLE aside (rank INTEGER, place INTEGER, data BLOB)")
        out = _Sorter()
        for kept in sorted(in_pickle):
            outcomes = self._outcomes(kept)
            here: dict[int, list[Finding]] = {}
            aside = []
            for rank, place, item in in_pickle.pop(kept):  # by rank and place: each claim's copies in order
                if rank in scattered:
                    aside.append((rank, place, pickle.dumps(outcomes[item], protocol=5)))
                else:
                    here.setdefault(rank, []).append(cast(Finding, outcomes[item]))
            self.db.executemany("INSERT INTO aside VALUES (?, ?, ?)", aside)
            for rank, copies in here.items():
                out.add(merge_claims(copies)[0], rank)
        self.db.execute("CREATE INDEX aside_rank ON aside (rank, place)")
        for rank in sorted(scattered):
            copies = [pickle.loads(data) for data, in
                      self.db.execute("SELECT data FROM aside WHERE rank = ? ORDER BY place", (rank,))]
            out.add(merge_claims(copies)[0], rank)
        self.db.close()
        return out.sorted()

    def _outcomes(self, kept: int) -> Outcomes:
        [(data,)] = self.db.execute("SELECT data FROM pickles WHERE rowid = ?", (kept,))
        outcomes: Outcomes = pickle.loads(data)
        return outcomes
