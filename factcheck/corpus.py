"""Corpus files → Articles, or errors with a place. The corpus is only ever read."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from factcheck.errors import SourceError, display_path
from factcheck.schemas import validate
from factcheck.text.dates import TimeSpan
from factcheck.yamlsource import YamlError, load_yaml

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


def corpus_files(paths: Iterable[Path]) -> tuple[list[Path], list[SourceError]]:
    """Article files under the given files and folders, in a stable order."""
    files: list[Path] = []
    errors: list[SourceError] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.suffix in SUFFIXES and p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(SourceError(str(path), 0, 0, "no such file or folder"))
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
    """Read one file; an error instead of an article when it cannot be trusted."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
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
            doc = load_yaml(front, line_offset=1)
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
                meta["published"] = TimeSpan.parse(str(published))
            except ValueError as exc:
                line, col = doc.position(("published",))
                return SourceError(shown, line, col, f"impossible date {published!r}: {exc}")
    return Article(
        id=str(meta.get("id") or path.stem), path=shown, body=body,
        published=meta.get("published"),  # type: ignore[arg-type]
        published_note=meta.get("published_note"),  # type: ignore[arg-type]
        source=meta.get("source"), url=meta.get("url"),  # type: ignore[arg-type]
        language=str(meta.get("language") or "ar"), body_line=body_index + 1)


def load_corpus(paths: Iterable[Path]) -> Corpus:
    """Every article that loads; every file that does not is an error, and loading goes on."""
    files, errors = corpus_files(paths)
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
