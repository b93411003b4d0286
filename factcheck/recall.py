"""Corpus files the store has seen and that are unchanged since: recalled from it, not read.

A warm run over an archive spent two fifths of its time reading files and parsing their
front matter only to find them as they were. A file is taken as unchanged while its
size, its modification and change times, its inode and its device are (what git's index
compares), and the code that loads files and the size limit are the same. A file modified
less than two seconds before it was read is not recorded: a write within the same tick of
the file system's clock leaves its times as they were (git's "racy" files).

What is recalled is each article without its body (`Article.without_body`) and its
content key; the few whose facts the store lacks are read again when they are needed.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from factcheck.corpus import STDIN, Article, Corpus, Loaded, assembled, corpus_files, load_file
from factcheck.resources import schemas_dir
from factcheck.store import FactStore, content_key, source_fingerprint

RACY_NS = 2_000_000_000  # a file modified this close to its reading is read again next time
_LOADING = ("corpus.py", "yamlsource.py", "schemas.py", "text/dates.py")  # what turns a file into articles



class FileChanged(Exception):
    """A file changed between the run's look at it and its reading: the run starts again."""


@cache
def _loader() -> str:
    schema = hashlib.sha256((schemas_dir() / "article.schema.json").read_bytes()).hexdigest()
    return hashlib.sha256(f"{source_fingerprint(_LOADING)}|{schema}".encode()).hexdigest()[:32]


def _signature(path: Path, max_size: int, cwd: str) -> tuple[str, int] | None:
    """What says a file is unchanged, and when it was modified; None when that cannot be known (standard input).

    With the path as given and the working folder: the path an article is shown by (and
    its content key) is made of them.
    """
    if path == STDIN:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (f"{cwd}\0{path}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}:{max_size}:"
            f"{_loader()}", st.st_mtime_ns)


def load_through(store: FactStore, paths: Iterable[Path], exclude: Iterable[str], follow_links: bool,
                 max_size: int) -> tuple[Corpus, dict[str, str]]:
    """The corpus load_corpus gives, unchanged files recalled without their bodies; each article's content key by id."""
    files, errors = corpus_files(paths, exclude, follow_links)
    absolute = [os.path.abspath(path) for path in files]
    recorded = store.files(absolute)
    cwd = os.getcwd()
    keys: dict[tuple[str, str], str] = {}  # (path, id): an id used twice is the first file's until assembled
    fresh: list[tuple[str, str, object]] = []
    loaded: list[Loaded] = []
    for path, where in zip(files, absolute):
        seen = _signature(path, max_size, cwd)
        memo = recorded.get(where)
        if seen is not None and memo is not None and memo[0] == seen[0]:
            stubs, problems = memo[1]
            loaded.append(([stub for stub, _ in stubs], problems))
            for stub, key in stubs:
                keys.setdefault((stub.path, stub.id), key)
            continue
        articles, problems = load_file(path, max_size)
        loaded.append((articles, problems))
        kept = [(article, content_key(article)) for article in articles]
        for article, key in kept:
            keys.setdefault((article.path, article.id), key)
        if seen is not None and time.time_ns() - seen[1] > RACY_NS:
            fresh.append((where, seen[0], ([(a.without_body(), key) for a, key in kept], problems)))
    store.put_files(fresh)
    corpus = assembled(loaded, errors)
    return corpus, {a.id: keys[(a.path, a.id)] for a in corpus.articles}


def with_bodies(articles: list[Article], keys: dict[str, str], max_size: int) -> list[Article]:
    """The articles, those recalled without their bodies read again (by file, once each).

    FileChanged when one is no longer what was recalled of it.
    """
    by_file: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        if article.title_line is not None:
            by_file.setdefault(article.path, []).append(i)
    whole = list(articles)
    for shown, positions in by_file.items():
        read, _ = load_file(Path(shown), max_size)
        found = {(a.id, a.body_line): a for a in read}
        for i in positions:
            stub = articles[i]
            again = found.get((stub.id, stub.body_line))
            if again is None or content_key(again) != keys[stub.id]:
                raise FileChanged(shown)
            whole[i] = again
    return whole

