"""Corpus files → Articles, or errors with a place. The corpus is only ever read."""

from __future__ import annotations

import bisect
import fnmatch
import glob
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from factcheck.errors import SourceError, display_path
from factcheck.schemas import validate
from factcheck.text.dates import TimeSpan
from factcheck.yamlsource import FRONT_MATTER_MAX_BYTES, YamlError, load_yaml

SUFFIXES = (".md", ".txt")
_FENCE = "---"


@dataclass(frozen=True)
class Article:
    """One article: its metadata and its body as stored (offsets count from the body's start)."""

    id: str
    path: str
    body: str
    published: TimeSpan | None = None
    published_note: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "ar"
    body_line: int = 1  # the file line the body starts on, for errors that point into it

    def line_of(self, offset: int) -> int:
        """The file line of a body offset."""
        return self.position(offset)[0]

    def position(self, offset: int) -> tuple[int, int]:
        """The file (line, column) of a body offset, both 1-based, the column in code points."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.body_line + index, offset - self._line_starts[index] + 1

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(i + 1 for i, c in enumerate(self.body) if c == "\n")]


@dataclass
class Corpus:
    """The articles that loaded, and an error for each file that did not."""

    articles: list[Article]
    errors: list[SourceError]


DEFAULT_EXCLUDE = ("README*", ".*", "node_modules")  # a corpus repository's own files are no articles
STDIN = Path("-")
_GLOB = frozenset("*?[")


def _excluded(relative: Path, exclude: Iterable[str]) -> bool:
    """Whether a path under a corpus folder matches a pattern: by any of its parts, or whole."""
    whole = relative.as_posix()
    return any(fnmatch.fnmatchcase(part, pattern) or fnmatch.fnmatchcase(whole, pattern)
               for pattern in exclude for part in relative.parts)


def corpus_files(paths: Iterable[Path],
                 exclude: Iterable[str] = DEFAULT_EXCLUDE) -> tuple[list[Path], list[SourceError]]:
    """Article files under the given files, folders and glob patterns, in a stable order.

    A folder is searched for .md and .txt files, skipping what `exclude` matches (by a
    part of the path below the folder, or the whole of it); a file named is read
    whatever its name. A pattern the shell left quoted ("corpus/*.md") is expanded here.
    """
    exclude = tuple(exclude)
    files: list[Path] = []
    errors: list[SourceError] = []
    for path in paths:
        if path == STDIN:
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.suffix in SUFFIXES and p.is_file()
                                and not _excluded(p.relative_to(path), exclude)))
        elif path.is_file():
            files.append(path)
        elif _GLOB & set(str(path)):
            matched = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
            files.extend(p for p in matched if p.is_file())
            if not any(p.is_file() for p in matched):
                errors.append(SourceError(display_path(path), 0, 0, "the pattern matches no file"))
        else:
            errors.append(SourceError(display_path(path), 0, 0, "no such file or folder"))
    return files, errors


def _decode(raw: bytes, shown: str) -> str | SourceError:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return SourceError(shown, line, col, f"not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded",
                           "save the file as UTF-8; nothing in it was read")


def _split_front_matter(text: str, shown: str) -> tuple[str | None, str, int] | SourceError:
    """(front matter, body, line the front matter starts on) — or an error."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return None, text, 0
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip() == _FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    return SourceError(shown, 1, 1, "front matter opened with '---' is never closed",
                       "end it with a line holding only '---'")


def load_article(path: Path) -> Article | SourceError:
    """Read one file (`-`: standard input); an error instead of an article when it cannot be trusted."""
    shown = "<stdin>" if path == STDIN else display_path(path)
    try:
        raw = sys.stdin.buffer.read() if path == STDIN else path.read_bytes()
    except OSError as exc:
        return SourceError(shown, 0, 0, f"cannot read: {exc.strerror}")
    text = _decode(raw, shown)
    if isinstance(text, SourceError):
        return text
    split = _split_front_matter(text, shown)
    if isinstance(split, SourceError):
        return split
    front, body, body_index = split  # body_index: lines before the body (0 without front matter)
    meta: dict[str, object] = {}
    if front is not None:
        try:
            doc = load_yaml(front, line_offset=1, max_bytes=FRONT_MATTER_MAX_BYTES)
        except YamlError as exc:
            return SourceError(shown, exc.line, exc.col, str(exc))
        if doc.value is not None and not isinstance(doc.value, dict):
            return SourceError(shown, 2, 1, "front matter must be a mapping of keys to values")
        problems = validate(doc, "article", shown) if doc.value else []
        if problems:
            return problems[0]
        meta = doc.value or {}
        published = meta.get("published")
        if published is not None:
            try:
                meta["published"] = TimeSpan.parse(str(published))  # `published: 2024` is a YAML int
            except ValueError as exc:
                line, col = doc.position(("published",))
                return SourceError(shown, line, col, f"impossible date {published!r}: {exc}")
    return Article(
        id=str(meta.get("id") or ("stdin" if path == STDIN else path.stem)), path=shown, body=body,
        published=meta.get("published"),  # type: ignore[arg-type]
        published_note=meta.get("published_note"),  # type: ignore[arg-type]
        source=meta.get("source"), url=meta.get("url"),  # type: ignore[arg-type]
        language=str(meta.get("language") or "ar"), body_line=body_index + 1)


def load_corpus(paths: Iterable[Path], exclude: Iterable[str] = DEFAULT_EXCLUDE) -> Corpus:
    """Every article that loads; every file that does not is an error, and loading goes on."""
    files, errors = corpus_files(paths, exclude)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in files:
        loaded = load_article(path)
        if isinstance(loaded, SourceError):
            errors.append(loaded)
            continue
        if loaded.id in seen:
            errors.append(SourceError(loaded.path, 0, 0,
                                      f"article id {loaded.id!r} is already used by {seen[loaded.id]}",
                                      "give each article its own id"))
            continue
        seen[loaded.id] = loaded.path
        articles.append(loaded)
    return Corpus(articles, errors)
