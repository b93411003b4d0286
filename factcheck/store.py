"""The fact store: what each article yielded, kept in SQLite so a warm run reads only what changed.

Keyed by the article's content (its id, path, metadata and text, hashed) and by a
fingerprint of what reading depends on: the readers' code and the knowledge and lexicons
they read. A changed rule re-evaluates from the stored facts; a changed lexicon, or a
new factcheck, re-reads every article.

Beside the facts, each rule's outcomes per partition (kinds/_partitions.py), keyed by the
rule, the partition and the content keys of the articles whose facts fill it
(OutcomeCache): a warm run re-evaluates only the partitions a changed article touches.

Each row carries a checksum: a corrupt or half-written store is reported and rebuilt,
never trusted. SQLite's transactions keep writes atomic, and its locking lets two runs
share one store (a lock is never taken for damage).
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import sqlite3
import time
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.corpus import Article
from factcheck.errors import SourceError, display_path
from factcheck.extract import ArticleFacts
from factcheck.facts import Fact, packed, unpacked
from factcheck.findings import Outcomes
from factcheck.rule import Rule

STORE_DIR = ".factcheck"
SCHEMA = 4  # 2: the outcomes table; 3: facts by the groups rules compare within; 4: the files table
# what reading runs, and what groups its facts (each kind's partitioning, in its module): a change to it re-reads
_READERS = ("extract", "text", "facts.py", "corpus.py", "kinds", "sources.py")


@contextmanager
def bulk() -> Iterator[None]:
    """The cyclic garbage collector held off while millions of objects are made at once.

    Each of its passes walks every object alive; made by the million (unpickled facts and
    outcomes, the results of worker processes) they trigger pass after pass: with it on,
    reading the stored facts of 100,000 articles took 56 s instead of 18. They hold no
    cycles for it to find, and it runs again after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _package_sources() -> dict[str, bytes]:
    package = Path(__file__).resolve().parent
    return {path.relative_to(package).as_posix(): path.read_bytes() for path in sorted(package.rglob("*.py"))}


# The package's source as it is when factcheck starts: a fingerprint asked for later in a run
# (the readers' is first asked once the corpus is loaded) must be of the code that runs, not of
# files edited meanwhile, or the store keys facts by code that did not read them.
_SOURCES = _package_sources()


@cache
def source_fingerprint(parts: tuple[str, ...] = ()) -> str:
    """The factcheck version and the source of these parts of the package (all of it for none), hashed."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts or ("",):
        for name, source in _SOURCES.items():
            if not part or name == part or name.startswith(f"{part}/"):
                digest.update(f"{name}\0".encode())
                digest.update(source)
    return digest.hexdigest()


_OPEN_ATTEMPTS = 3  # a lock SQLite's own 30 s wait did not outlast, tried again after 0.1 s and 0.2 s
_BATCH = 500  # content keys per query (SQLite allows 32,766 parameters)
WRITE_BYTES = 16_000_000  # of pickled outcomes held before they are written in one transaction
KNOWLEDGE_PARTS = ("kb", "lexicon", "events", "measures")  # what the readers read; checks/ is not


def knowledge_digest(*roots: Path) -> str:
    """The knowledge and lexicon files under the rules trees, hashed by name and content.

    Files, not the loaded object: a loaded knowledge base holds sets, whose order (and so
    whose pickle) changes from run to run.
    """
    digest = hashlib.sha256()
    for root in roots:
        for part in KNOWLEDGE_PARTS:
            for path in sorted((root / part).rglob("*.yaml")) if (root / part).is_dir() else []:
                digest.update(f"{path.relative_to(root)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def knowledge_fingerprint(knowledge: str) -> str:
    """What reading depends on: the readers' code and the knowledge digest."""
    return hashlib.sha256(f"{source_fingerprint(_READERS)}|{knowledge}".encode()).hexdigest()


Groups = dict[tuple[str, str], tuple[int, list[Fact]]]  # (grouping, part) → (first predicate's rank, facts)


@dataclass(frozen=True)
class StoredArticle:
    """An article the store holds: its row, how many facts it yielded, what could not be read, and its groups."""

    row: int
    facts: int
    errors: list[SourceError]
    # (grouping, partition, rank of the first predicate it has facts of there) after one another, in one flat
    # tuple of shared strings: a corpus of 100,000 articles holds two million of them
    groups: tuple[str | int, ...]


_NAMES: dict[str | int, str | int] = {}


def _shared_name(name: str | int) -> str | int:
    """One object for each name of a grouping or partition, however many articles have facts in it."""
    return _NAMES.setdefault(name, name)


def _unpickled(data: bytes, checksum: str) -> Any:
    """A stored value, or None when its checksum or its pickle is damaged."""
    if hashlib.sha256(data).hexdigest() != checksum:
        return None
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, IndexError):
        return None


def content_key(article: Article) -> str:
    """The article as read: metadata and text (a renamed file is a new path, so a new key)."""
    fields = (article.id, article.path, article.body, str(article.published), article.published_note,
              article.source, article.url, article.language, article.body_line, article.record)
    return hashlib.sha256(repr(fields).encode()).hexdigest()


class FactStore:
    """One SQLite file of extracted articles; every failure of the store costs only the cache."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / "facts.sqlite"
        self.problems: list[SourceError] = []
        self.rebuilds = 0  # what a run read from the store before a rebuild is gone from it
        self.db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error) as exc:
            self._lost(f"the fact store cannot be used ({exc}); reading every article")

    def _open(self) -> sqlite3.Connection:
        """The store; a file that is not a store is rebuilt.

        Damage inside a sound file is found where it is read (SQLite's page checks, a
        checksum per row), not by a scan of the whole file at every start: that would cost
        a warm run seconds per gigabyte.
        """
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                return self._connect()
            except sqlite3.OperationalError as exc:  # locked or busy: another run holds it, which is no damage
                if attempt == _OPEN_ATTEMPTS - 1 or not any(w in str(exc) for w in ("locked", "busy")):
                    raise  # the run goes on without the store, and says so; never rebuilt under another run
                time.sleep(0.1 * (attempt + 1))
            except sqlite3.DatabaseError:
                self._rebuild("the fact store was corrupt")
                return self._connect()
        raise AssertionError("unreachable")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() != (str(SCHEMA),):
                db.execute("BEGIN IMMEDIATE")  # two runs opening an old store at once: one drops its tables
                for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'"
                                           ).fetchall():
                    db.execute(f"DROP TABLE {table}")  # another layout: nothing in it can be read
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
                db.execute("COMMIT")
            db.execute("CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, knowledge TEXT, content TEXT, "
                       "checksum TEXT, data BLOB, UNIQUE (knowledge, content))")
            db.execute("CREATE TABLE IF NOT EXISTS parts (grouping TEXT, part TEXT, article INTEGER, checksum TEXT, "
                       "data BLOB, PRIMARY KEY (grouping, part, article))")
            db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, signature TEXT, checksum TEXT, "
                       "data BLOB)")
            db.execute("CREATE TABLE IF NOT EXISTS outcomes (basis TEXT, rule TEXT, part TEXT, digest TEXT, "
                       "checksum TEXT, data BLOB, PRIMARY KEY (basis, rule, part))")
            return db
        except sqlite3.DatabaseError:
            db.close()
            raise

    def _failed(self, exc: Exception, what: str) -> None:
        """A read failed: a damaged file is rebuilt (empty) and the run goes on; any other failure loses the store."""
        if type(exc) is sqlite3.DatabaseError and self.db is not None:  # "database disk image is malformed"
            self.db.close()
            self._rebuild("the fact store was corrupt")
            try:
                self.db = self._connect()
                return
            except sqlite3.Error as again:
                exc = again
        self._lost(f"the fact store could not be read ({type(exc).__name__}); {what}")

    def _rebuild(self, why: str) -> None:
        self.rebuilds += 1
        self.problems.append(SourceError(display_path(self.path), 0, 0, f"{why}; it was rebuilt",
                                         "nothing is lost: the store only saves reading time"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _lost(self, why: str) -> None:
        self.problems.append(SourceError(display_path(self.path), 0, 0, why))
        self.db = None

    def known(self, knowledge: str, contents: Iterable[str]) -> dict[str, StoredArticle]:
        """What the store holds of these articles (by content key) for this knowledge: no facts, only where they are.

        A damaged entry is dropped, with its facts, and said: its article is read again.
        """
        if self.db is None:
            return {}
        found: dict[str, StoredArticle] = {}
        try:
            wanted = list(contents)
            for start in range(0, len(wanted), _BATCH):  # one query per batch, not per article
                batch = wanted[start:start + _BATCH]
                rows = self.db.execute(f"SELECT id, content, checksum, data FROM articles WHERE knowledge = ? AND "
                                       f"content IN ({', '.join('?' * len(batch))})", (knowledge, *batch)).fetchall()
                for row, content, checksum, data in rows:
                    entry = _unpickled(data, checksum)
                    if not (isinstance(entry, tuple) and len(entry) == 3):  # damaged, or not what add() wrote
                        self._drop([row], "a stored entry of an article was corrupt; it was read again")
                        continue
                    count, errors, groups = entry
                    found[content] = StoredArticle(row, count, errors, tuple(map(_shared_name, groups)))
        except sqlite3.Error as exc:
            self._failed(exc, "reading every article")
            return {}
        return found

    def add(self, knowledge: str, entries: Iterable[tuple[str, ArticleFacts, Groups]]) -> dict[str, StoredArticle]:
        """Keep (content key, what the article yielded, its facts by group) in one transaction: what was kept.

        Entries of another knowledge are dropped. An article another run has just kept is
        kept once: its content key, and so its facts, are the same.
        """
        if self.db is None:
            return {}  # a lost store: nothing to pickle for
        rows = []
        for content, item, groups in entries:
            members = tuple(_shared_name(x) for (grouping, part), (rank, _) in groups.items() for x in (grouping, part, rank))
            data = pickle.dumps((len(item.facts), item.errors, members), protocol=5)
            blobs = [(grouping, part, pickle.dumps(packed(facts), protocol=5))
                     for (grouping, part), (_, facts) in groups.items()]
            rows.append((content, item, hashlib.sha256(data).hexdigest(), data, blobs, members))
        kept: dict[str, StoredArticle] = {}
        try:
            self.db.execute("BEGIN IMMEDIATE")
            if self.db.execute("SELECT 1 FROM articles WHERE knowledge != ? LIMIT 1", (knowledge,)).fetchone():
                self.db.execute("DELETE FROM parts WHERE article IN (SELECT id FROM articles WHERE knowledge != ?)",
                                (knowledge,))
                self.db.execute("DELETE FROM articles WHERE knowledge != ?", (knowledge,))
            self.db.executemany("INSERT OR IGNORE INTO articles (knowledge, content, checksum, data) VALUES (?, ?, ?, ?)",
                                [(knowledge, content, checksum, data) for content, _, checksum, data, _, _ in rows])
            ids: dict[str, int] = {}
            contents = [row[0] for row in rows]
            for start in range(0, len(contents), _BATCH):
                batch = contents[start:start + _BATCH]
                ids.update(self.db.execute(f"SELECT content, id FROM articles WHERE knowledge = ? AND content IN "
                                           f"({', '.join('?' * len(batch))})", (knowledge, *batch)).fetchall())
            self.db.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?, ?, ?, ?)",
                                [(grouping, part, ids[content], hashlib.sha256(blob).hexdigest(), blob)
                                 for content, _, _, _, blobs, _ in rows for grouping, part, blob in blobs])
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rolled_back(exc)
            return {}
        for content, item, _, _, _, members in rows:
            kept[content] = StoredArticle(ids[content], len(item.facts), item.errors, members)
        return kept

    def group(self, grouping: str, part: str, rows: Container[int]) -> dict[int, list[Fact]]:
        """The stored facts of one group in these article rows; a damaged row is dropped and left out (to be read again).

        The rows of other articles (another corpus, an article as it was) are not unpickled.
        """
        if self.db is None:
            return {}
        found: dict[int, list[Fact]] = {}
        damaged: list[int] = []
        try:
            for row, checksum, data in self.db.execute(
                    "SELECT article, checksum, data FROM parts WHERE grouping = ? AND part = ?", (grouping, part)):
                if row not in rows:
                    continue
                stored = _unpickled(data, checksum)
                try:
                    found[row] = unpacked(stored)
                except (TypeError, ValueError):  # None (damaged), or not what packed() wrote
                    damaged.append(row)
        except sqlite3.Error as exc:
            self._failed(exc, "reading every article")
            return {}
        if damaged:
            self._drop(damaged, "a stored entry of an article was corrupt; it was read again")
        return found

    def files(self, paths: Sequence[str]) -> dict[str, tuple[str, Any]]:
        """What the store recorded of these files (by absolute path): (signature, what was recorded); damage left out."""
        if self.db is None:
            return {}
        found: dict[str, tuple[str, Any]] = {}
        try:
            for start in range(0, len(paths), _BATCH):
                batch = paths[start:start + _BATCH]
                for path, signature, checksum, data in self.db.execute(
                        f"SELECT path, signature, checksum, data FROM files WHERE path IN ({', '.join('?' * len(batch))})",
                        batch):
                    recorded = _unpickled(data, checksum)
                    if recorded is not None:  # damaged: the file is read, and recorded anew
                        found[path] = signature, recorded
        except sqlite3.Error as exc:
            self._failed(exc, "reading every file")
            return {}
        return found

    def put_files(self, rows: Iterable[tuple[str, str, Any]]) -> None:
        """Record (absolute path, signature, what it loaded to) rows in one transaction."""
        if self.db is None:
            return
        pickled = [(path, signature, pickle.dumps(recorded, protocol=5)) for path, signature, recorded in rows]
        self._write([("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                      [(path, signature, hashlib.sha256(data).hexdigest(), data) for path, signature, data in pickled])])

    def _drop(self, rows: list[int], why: str) -> None:
        self.problems.append(SourceError(display_path(self.path), 0, 0, why))
        self._write([("DELETE FROM parts WHERE article = ?", [(row,) for row in rows]),
                     ("DELETE FROM articles WHERE id = ?", [(row,) for row in rows])])

    def outcome_digests(self, basis: str, rule: str) -> dict[str, str]:
        """The digest of each partition a rule's outcomes are stored for (their facts' articles)."""
        if self.db is None:
            return {}
        try:
            return dict(self.db.execute("SELECT part, digest FROM outcomes WHERE basis = ? AND rule = ?",
                                        (basis, rule)).fetchall())
        except sqlite3.Error as exc:
            self._failed(exc, "evaluating every rule")
            return {}

    def outcome(self, basis: str, rule: str, part: str) -> bytes | None:
        """A rule's pickled outcomes in one partition; None when it is not there or damaged (reported)."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT checksum, data FROM outcomes WHERE basis = ? AND rule = ? AND part = ?",
                                  (basis, rule, part)).fetchone()
        except sqlite3.Error as exc:
            self._failed(exc, "evaluating every rule")
            return None
        if row is None:
            return None
        checksum, data = row
        if hashlib.sha256(data).hexdigest() != checksum:
            self.problems.append(SourceError(display_path(self.path), 0, 0, "a stored outcome of a rule was "
                                             "corrupt; its partition was evaluated again"))
            return None
        return bytes(data)

    def put_outcomes(self, basis: str, rows: Iterable[tuple[str, str, str, bytes]],
                     gone: Iterable[tuple[str, str]], other_bases: bool = True) -> None:
        """Keep (rule, partition, digest, pickled outcomes) rows, drop the `gone` (rule, partition) ones.

        One transaction. Rows of another basis (code or knowledge) can never be used again:
        with `other_bases`, they go too.
        """
        self._write([("DELETE FROM outcomes WHERE basis != ?", [(basis,)] if other_bases else []),
                     ("DELETE FROM outcomes WHERE basis = ? AND rule = ? AND part = ?",
                      [(basis, rule, part) for rule, part in gone]),
                     ("INSERT OR REPLACE INTO outcomes VALUES (?, ?, ?, ?, ?, ?)",
                      [(basis, rule, part, digest, hashlib.sha256(data).hexdigest(), data)
                       for rule, part, digest, data in rows])])

    def _write(self, statements: list[tuple[str, Sequence[tuple[str | bytes | int, ...]]]]) -> None:
        """Run the statements, each over its rows, as one transaction: all or nothing is kept."""
        if self.db is None:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            for statement, rows in statements:
                self.db.executemany(statement, rows)
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rolled_back(exc)

    def _rolled_back(self, exc: sqlite3.Error) -> None:
        if self.db is not None:
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        self._lost(f"the fact store could not be written ({exc}); nothing was kept")

    def close(self) -> None:
        """Close the database; the store is written already."""
        if self.db is not None:
            self.db.close()
            self.db = None


class OutcomeCache:
    """The rule stage's side of the store: a partition's outcomes, recalled while its facts are the same.

    A partition's facts are the same when they come from the same articles, unchanged, in
    the same order (an article's facts are fixed by its content key and the knowledge), so
    its digest hashes the rule, the partition and those content keys, never the facts. What
    a rule's outcomes depend on besides (factcheck's code, the knowledge) is the basis.
    """

    def __init__(self, store: FactStore, knowledge: str, article_keys: dict[str, str], want_cleared: bool):
        self.store, self.article_keys, self.want_cleared = store, article_keys, want_cleared
        self.basis = hashlib.sha256(f"{source_fingerprint()}|{knowledge}".encode()).hexdigest()  # all the code
        self.digests: dict[str, dict[str, str]] = {}  # rule key → partition → digest, for keep()
        self.gone: list[tuple[str, str]] = []
        self.other_bases = True  # rows of another basis, dropped with the first write
        self.unwritten: list[tuple[str, str, str, bytes]] = []  # outcomes kept, not yet written
        self.unwritten_bytes = 0

    def rule_key(self, rule: Rule) -> str:
        """What the rule's outcomes depend on in the rule itself."""
        fields = (rule.id, rule.kind, rule.severity, rule.message, rule.params.model_dump_json(), rule.aliases,
                  self.want_cleared)
        return hashlib.sha256(repr(fields).encode()).hexdigest()

    def _digest(self, rule_key: str, part: str, articles: list[str]) -> str:
        digest = hashlib.sha256(f"{rule_key}\0{part}".encode())
        for article in articles:
            digest.update(self.article_keys[article].encode())
        return digest.hexdigest()

    def recall(self, rule: Rule, parts: dict[str, list[str]]) -> list[str]:
        """The partitions (each given by its articles, in corpus order) whose stored outcomes are of the same facts."""
        key = self.rule_key(rule)
        stored = self.store.outcome_digests(self.basis, key)
        self.gone.extend((key, part) for part in stored if part not in parts)
        digests = self.digests[key] = {part: self._digest(key, part, articles) for part, articles in parts.items()}
        return [part for part, digest in digests.items() if stored.get(part) == digest]

    def recalled(self, rule: Rule, part: str) -> tuple[Outcomes, bytes] | None:
        """The stored outcomes of a partition recall() gave, and their pickle; None when they cannot be read."""
        data = self.store.outcome(self.basis, self.rule_key(rule), part)
        if data is None:
            return None
        try:
            outcomes: Outcomes = pickle.loads(data)
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            return None  # evaluated again
        return outcomes, data

    def keep(self, rule: Rule, fresh: dict[str, Outcomes]) -> dict[str, bytes]:
        """Keep the outcomes of partitions just evaluated, and give their pickles; written a few MB at a time.

        (Pickling a string leaves a UTF-8 copy of it cached in the string, so the findings
        kept for the report hold their quotes twice over; outcomes read back instead cost
        as much, their strings no longer shared with the facts.)
        """
        if self.store.db is None:
            return {}  # a lost store: nothing to pickle for
        key = self.rule_key(rule)
        digests = self.digests[key]
        pickles = {part: pickle.dumps(outcomes, protocol=5) for part, outcomes in fresh.items()}
        for part, data in pickles.items():
            self.unwritten.append((key, part, digests[part], data))
            self.unwritten_bytes += len(data)
        if self.unwritten_bytes >= WRITE_BYTES:
            self._write(self.unwritten)
        return pickles

    def save(self) -> None:
        """Write what keep() holds, and forget the partitions no longer in the corpus."""
        self._write(self.unwritten)

    def _write(self, rows: list[tuple[str, str, str, bytes]]) -> None:
        if rows or self.gone or self.other_bases:
            self.store.put_outcomes(self.basis, rows, self.gone, self.other_bases)
        self.gone, self.other_bases = [], False
        self.unwritten, self.unwritten_bytes = [], 0
