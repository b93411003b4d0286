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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from factcheck import __version__
from factcheck.corpus import Article
from factcheck.errors import SourceError, display_path
from factcheck.extract import ArticleFacts
from factcheck.facts import Fact
from factcheck.findings import Outcomes
from factcheck.rule import Rule

STORE_DIR = ".factcheck"
SCHEMA = 2  # 2: the outcomes table
_READERS = ("extract", "text", "facts.py", "corpus.py")  # what reading runs: a change to it re-reads


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


@cache
def source_fingerprint(parts: tuple[str, ...] = ()) -> str:
    """The factcheck version and the source of these parts of the package (all of it for none), hashed."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for part in parts or ("",):
        root = package / part
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(f"{path.relative_to(package)}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


_OPEN_ATTEMPTS = 3  # a lock SQLite's own 30 s wait did not outlast, tried again after 0.1 s and 0.2 s
_BATCH = 500  # content keys per query (SQLite allows 32,766 parameters)
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
            db.execute("CREATE TABLE IF NOT EXISTS facts (knowledge TEXT, content TEXT, checksum TEXT, data BLOB, "
                       "PRIMARY KEY (knowledge, content))")
            db.execute("CREATE TABLE IF NOT EXISTS outcomes (basis TEXT, rule TEXT, part TEXT, digest TEXT, "
                       "checksum TEXT, data BLOB, PRIMARY KEY (basis, rule, part))")
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() != (str(SCHEMA),):
                db.execute("DELETE FROM facts")  # another layout: nothing in it can be read
                db.execute("DELETE FROM outcomes")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
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
        self.problems.append(SourceError(display_path(self.path), 0, 0, f"{why}; it was rebuilt",
                                         "nothing is lost: the store only saves reading time"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _lost(self, why: str) -> None:
        self.problems.append(SourceError(display_path(self.path), 0, 0, why))
        self.db = None

    def get(self, knowledge: str, articles: Iterable[Article], keys: dict[str, str]) -> dict[str, ArticleFacts]:
        """The stored facts of the articles the store has for this knowledge, by article id (`keys`: content_key by id)."""
        if self.db is None:
            return {}
        wanted = {keys[article.id]: article for article in articles}
        found: dict[str, ArticleFacts] = {}
        try:
            rows = []
            contents = list(wanted)
            for start in range(0, len(contents), _BATCH):  # one query per batch, not per article
                batch = contents[start:start + _BATCH]
                rows += self.db.execute(f"SELECT content, checksum, data FROM facts WHERE knowledge = ? AND content IN "
                                        f"({', '.join('?' * len(batch))})", (knowledge, *batch)).fetchall()
            for key, checksum, data in rows:
                article = wanted[key]
                if hashlib.sha256(data).hexdigest() != checksum:
                    self.db.execute("DELETE FROM facts WHERE knowledge = ? AND content = ?", (knowledge, key))
                    self.problems.append(SourceError(display_path(self.path), 0, 0,
                                                     f"a stored entry of {article.id} was corrupt; it was read again"))
                    continue
                dates, facts, errors = pickle.loads(data)
                found[article.id] = ArticleFacts(article, dates, facts, errors)
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
            self._lost(f"the fact store could not be read ({type(exc).__name__}); reading every article")
            return {}
        except sqlite3.Error as exc:
            self._failed(exc, "reading every article")
            return {}
        return found

    def put(self, knowledge: str, extracted: Iterable[ArticleFacts], keys: dict[str, str]) -> None:
        """Keep what these articles yielded, in one transaction; old entries of another knowledge are dropped."""
        if self.db is None:
            return  # a lost store: nothing to pickle for
        rows = []
        for item in extracted:
            data = pickle.dumps((item.dates, item.facts, item.errors), protocol=5)
            rows.append((knowledge, keys[item.article.id], hashlib.sha256(data).hexdigest(), data))
        self._write([("DELETE FROM facts WHERE knowledge != ?", [(knowledge,)]),
                     ("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?)", rows)])

    def outcomes(self, basis: str, rule: str) -> dict[str, tuple[str, bytes]]:
        """A rule's stored outcomes per partition: (digest, pickled outcomes); a damaged row is left out."""
        if self.db is None:
            return {}
        try:
            rows = self.db.execute("SELECT part, digest, checksum, data FROM outcomes WHERE basis = ? AND rule = ?",
                                   (basis, rule)).fetchall()
        except sqlite3.Error as exc:
            self._failed(exc, "evaluating every rule")
            return {}
        found = {}
        for part, digest, checksum, data in rows:
            if hashlib.sha256(data).hexdigest() == checksum:
                found[part] = (digest, data)
            else:
                self.problems.append(SourceError(display_path(self.path), 0, 0, "a stored outcome of a rule was "
                                                 "corrupt; its partition was evaluated again"))
        return found

    def put_outcomes(self, basis: str, rows: Iterable[tuple[str, str, str, bytes]],
                     gone: Iterable[tuple[str, str]]) -> None:
        """Keep (rule, partition, digest, pickled outcomes) rows, drop the `gone` (rule, partition) ones.

        One transaction. Rows of another basis (code or knowledge) can never be used again: they go too.
        """
        self._write([("DELETE FROM outcomes WHERE basis != ?", [(basis,)]),
                     ("DELETE FROM outcomes WHERE basis = ? AND rule = ? AND part = ?",
                      [(basis, rule, part) for rule, part in gone]),
                     ("INSERT OR REPLACE INTO outcomes VALUES (?, ?, ?, ?, ?, ?)",
                      [(basis, rule, part, digest, hashlib.sha256(data).hexdigest(), data)
                       for rule, part, digest, data in rows])])

    def _write(self, statements: list[tuple[str, Sequence[tuple[str | bytes, ...]]]]) -> None:
        """Run the statements, each over its rows, as one transaction: all or nothing is kept."""
        if self.db is None:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            for statement, rows in statements:
                self.db.executemany(statement, rows)
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
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
        self.rows: list[tuple[str, str, str, bytes]] = []
        self.gone: list[tuple[str, str]] = []

    def rule_key(self, rule: Rule) -> str:
        """What the rule's outcomes depend on in the rule itself."""
        fields = (rule.id, rule.kind, rule.severity, rule.message, rule.params.model_dump_json(), rule.aliases,
                  self.want_cleared)
        return hashlib.sha256(repr(fields).encode()).hexdigest()

    def _digest(self, rule_key: str, part: str, facts: list[Fact]) -> str:
        digest = hashlib.sha256(f"{rule_key}\0{part}".encode())
        article = None
        for fact in facts:  # an article's facts of one predicate come together: its key once
            if fact.article != article:
                article = fact.article
                digest.update(self.article_keys[article].encode())
        return digest.hexdigest()

    def recall(self, rule: Rule, parts: dict[str, list[Fact]]) -> dict[str, Outcomes]:
        """The stored outcomes of the partitions whose facts are the same as when they were stored."""
        key = self.rule_key(rule)
        stored = self.store.outcomes(self.basis, key)
        self.gone.extend((key, part) for part in stored if part not in parts)
        digests = self.digests[key] = {part: self._digest(key, part, facts) for part, facts in parts.items()}
        found: dict[str, Outcomes] = {}
        for part, digest in digests.items():
            row = stored.get(part)
            if row is not None and row[0] == digest:
                try:
                    found[part] = pickle.loads(row[1])
                except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
                    continue  # evaluated again, and stored anew
        return found

    def keep(self, rule: Rule, fresh: dict[str, Outcomes]) -> None:
        """Remember the outcomes of partitions just evaluated, for save()."""
        if self.store.db is None:
            return  # a lost store: nothing to pickle for
        key = self.rule_key(rule)
        digests = self.digests[key]
        self.rows.extend((key, part, digests[part], pickle.dumps(outcomes, protocol=5))
                         for part, outcomes in fresh.items())

    def save(self) -> None:
        """Write what keep() gathered, and forget the partitions no longer in the corpus, in one transaction."""
        if self.rows or self.gone:
            self.store.put_outcomes(self.basis, self.rows, self.gone)
        self.rows, self.gone = [], []
