"""The fact store: what each article yielded, kept in SQLite so a warm run reads only what changed.

Keyed by the article's content (its id, path, metadata and text, hashed) and by a
fingerprint of what reading depends on: the readers' code and the knowledge and lexicons
they read. A changed rule re-evaluates from the stored facts; a changed lexicon, or a
new factcheck, re-reads every article. Each row carries a checksum: a corrupt or
half-written store is reported and rebuilt, never trusted. SQLite's transactions keep
writes atomic, and its locking lets two runs share one store.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from factcheck import __version__
from factcheck.corpus import Article
from factcheck.errors import SourceError, display_path
from factcheck.extract import ArticleFacts

STORE_DIR = ".factcheck"
SCHEMA = 1
_CODE = ("extract", "text", "facts.py", "corpus.py")  # what reading runs: a change to it re-reads


@cache
def reader_fingerprint() -> str:
    """The factcheck version and the source of its readers, hashed."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for part in _CODE:
        root = package / part
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(path.read_bytes())
    return digest.hexdigest()


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
    return hashlib.sha256(f"{reader_fingerprint()}|{knowledge}".encode()).hexdigest()


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
        """The store, checked; a file that is not a sound store is rebuilt."""
        try:
            return self._connect(check=True)
        except sqlite3.DatabaseError:
            self._rebuild("the fact store was corrupt")
            return self._connect(check=False)

    def _connect(self, check: bool) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            if check and db.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("quick_check failed")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS facts (knowledge TEXT, content TEXT, checksum TEXT, data BLOB, "
                       "PRIMARY KEY (knowledge, content))")
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() != (str(SCHEMA),):
                db.execute("DELETE FROM facts")  # another layout: nothing in it can be read
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            return db
        except sqlite3.DatabaseError:
            db.close()
            raise

    def _rebuild(self, why: str) -> None:
        self.problems.append(SourceError(display_path(self.path), 0, 0, f"{why}; it was rebuilt",
                                         "nothing is lost: the store only saves reading time"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _lost(self, why: str) -> None:
        self.problems.append(SourceError(display_path(self.path), 0, 0, why))
        self.db = None

    def get(self, knowledge: str, articles: Iterable[Article]) -> dict[str, ArticleFacts]:
        """The stored facts of the articles the store has for this knowledge, by article id."""
        if self.db is None:
            return {}
        found: dict[str, ArticleFacts] = {}
        try:
            for article in articles:
                key = content_key(article)
                row = self.db.execute("SELECT checksum, data FROM facts WHERE knowledge = ? AND content = ?",
                                      (knowledge, key)).fetchone()
                if row is None:
                    continue
                checksum, data = row
                if hashlib.sha256(data).hexdigest() != checksum:
                    self.db.execute("DELETE FROM facts WHERE knowledge = ? AND content = ?", (knowledge, key))
                    self.problems.append(SourceError(display_path(self.path), 0, 0,
                                                     f"a stored entry of {article.id} was corrupt; it was read again"))
                    continue
                dates, facts, errors = pickle.loads(data)
                found[article.id] = ArticleFacts(article, dates, facts, errors)
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
            self._lost(f"the fact store could not be read ({type(exc).__name__}); reading every article")
            return {}
        return found

    def put(self, knowledge: str, extracted: Iterable[ArticleFacts]) -> None:
        """Keep what these articles yielded, in one transaction; old entries of another knowledge are dropped."""
        if self.db is None:
            return
        rows = []
        for item in extracted:
            data = pickle.dumps((item.dates, item.facts, item.errors), protocol=5)
            rows.append((knowledge, content_key(item.article), hashlib.sha256(data).hexdigest(), data))
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM facts WHERE knowledge != ?", (knowledge,))
            self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?)", rows)
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
