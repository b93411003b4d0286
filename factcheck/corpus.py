"""Corpus files → Articles, or errors with a place. The corpus is only ever read."""

from __future__ import annotations

import bisect
import fnmatch
import glob
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from factcheck.errors import SourceError, display_path
from factcheck.schemas import validate
from factcheck.text.dates import TimeSpan
from factcheck.yamlsource import FRONT_MATTER_MAX_BYTES, YamlError, load_yaml

SUFFIXES = (".md", ".txt", ".jsonl")
MAX_ARTICLE_SIZE = 2_000_000  # bytes: 40 times the longest news article; --max-article-size changes it
_FENCE = "---"
TITLE_READ = 1_000  # characters of a body the title line is looked for in


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
    record: bool = False  # one line of a JSON Lines archive: every offset is on that line
    title_line: str | None = None  # set when the body is left out (`without_body`): what a report shows of it

    @property
    def title(self) -> str:
        """The first line with any words, cut to 200 characters: what a report names the article by."""
        if self.title_line is not None:
            return self.title_line
        return next(iter(self.body.lstrip()[:TITLE_READ].splitlines()), "").strip()[:200]  # a prefix, not the body

    def without_body(self) -> Article:
        """The article as a report needs it once its facts are read: its body is a thirtieth of a corpus's memory."""
        return self if self.title_line is not None else replace(self, body="", title_line=self.title)

    def line_of(self, offset: int) -> int:
        """The file line of a body offset."""
        return self.position(offset)[0]

    def position(self, offset: int) -> tuple[int, int]:
        """The file (line, column) of a body offset, both 1-based, the column in code points.

        In a JSON Lines archive the text is a JSON string on one line: the line is the
        record's, the column its start (escapes make columns inside it meaningless).
        """
        if self.record:
            return self.body_line, 1
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
    return _exclusion(tuple(exclude))(relative.parts, relative.as_posix())


@lru_cache(maxsize=16)
def _exclusion(exclude: tuple[str, ...]) -> Callable[[tuple[str, ...], str], bool]:
    """_excluded's test for these patterns, as one compiled pattern: a walk asks it of every file."""
    if not exclude:
        return lambda parts, whole: False
    pattern = re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in exclude))  # fnmatchcase, all at once
    return lambda parts, whole: any(pattern.match(part) for part in parts) or pattern.match(whole) is not None


MAX_DEPTH = 64  # folders below a corpus folder; a deeper tree is a generated one, or a loop


class _Walk:
    """Article files under one folder, and a placed error for every path it skips, and why.

    A link is followed only to a file inside the corpus folder unless `follow_links`;
    a folder link only with it, once per real folder (no loops).
    """

    def __init__(self, root: Path, exclude: tuple[str, ...], follow_links: bool):
        self.root, self.real_root = root, root.resolve()
        self.exclude, self.follow_links = exclude, follow_links
        self.files: list[Path] = []
        self.skipped: list[SourceError] = []
        self.seen: set[Path] = {self.real_root}

    def skip(self, path: Path, why: str, hint: str | None = None) -> None:
        shown = display_path(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        self.skipped.append(SourceError(shown, 0, 0, f"skipped: {why}", hint))

    def folder(self, folder: Path, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.skip(folder, f"more than {MAX_DEPTH} folders deep")
            return
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self.skip(folder, f"cannot read this folder ({exc.strerror})")
            return
        below = folder.relative_to(self.root).parts
        excluded = _exclusion(self.exclude)
        for entry in entries:
            parts = (*below, entry.name)
            if excluded(parts, "/".join(parts)):
                continue
            path = folder / entry.name
            if not printable_name(entry.name):
                self.skip(path, "the file name is not valid UTF-8 or holds control characters",
                          "rename the file")
                continue
            self.entry(path, entry, depth)

    def entry(self, path: Path, entry: os.DirEntry[str], depth: int) -> None:
        link = entry.is_symlink()
        try:
            real = path.resolve(strict=True) if link else path
            # the entry's own type, read with the folder, unless a link (then the stat of what it points to)
            is_dir, is_file = (path.is_dir(), path.is_file()) if link else (entry.is_dir(), entry.is_file())
        except FileNotFoundError:
            self.skip(path, "a link to nothing (dangling)")
            return
        except (OSError, RuntimeError) as exc:  # ELOOP; RuntimeError: a loop pathlib found itself
            self.skip(path, f"a link that cannot be followed ({getattr(exc, 'strerror', None) or 'a loop'})")
            return
        if link and not self.follow_links and (is_dir or not real.is_relative_to(self.real_root)):
            self.skip(path, "a link out of the corpus folder" if is_file else "a link to a folder",
                      "pass --follow-links to read it")
            return
        if is_dir:
            if real.resolve() in self.seen:
                self.skip(path, "a folder already read (a link loop)")
                return
            self.seen.add(real.resolve())
            self.folder(path, depth + 1)
        elif is_file and path.suffix in SUFFIXES:
            self.files.append(path)


def printable_name(name: str) -> bool:
    """A file name that prints as itself: decoded UTF-8 (no surrogate escapes), no control characters."""
    return name.isprintable() and not any("\udc80" <= c <= "\udcff" for c in name)


def corpus_files(paths: Iterable[Path], exclude: Iterable[str] = DEFAULT_EXCLUDE,
                 follow_links: bool = False) -> tuple[list[Path], list[SourceError]]:
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
            walk = _Walk(path, exclude, follow_links)
            walk.folder(path, 0)
            files.extend(sorted(walk.files))
            errors.extend(walk.skipped)
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


def _read_limited(path: Path, max_size: int) -> bytes | None:
    """The file's bytes, or None when it is larger than `max_size` (checked before reading)."""
    if path.stat().st_size > max_size:
        return None
    with path.open("rb") as handle:
        return handle.read(max_size + 1)


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


def load_article(path: Path, max_size: int = MAX_ARTICLE_SIZE) -> Article | SourceError:
    """Read one file (`-`: standard input); an error instead of an article when it cannot be trusted.

    A file above `max_size` bytes is refused before it is read: news articles are tens of
    kilobytes, and reading time grows with size.
    """
    shown = "<stdin>" if path == STDIN else display_path(path)
    try:
        raw = sys.stdin.buffer.read(max_size + 1) if path == STDIN else _read_limited(path, max_size)
    except OSError as exc:
        return SourceError(shown, 0, 0, f"cannot read: {exc.strerror}")
    if raw is None or len(raw) > max_size:
        return SourceError(shown, 1, 0, f"larger than the article size limit ({max_size / 1e6:g} MB); not read",
                           "split it, or raise --max-article-size")
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


_RECORD_KEYS = frozenset({"id", "published", "published_note", "source", "url", "language", "text"})


def load_records(path: Path, max_size: int = MAX_ARTICLE_SIZE) -> tuple[list[Article], list[SourceError]]:
    """A JSON Lines archive: one article per line, the front-matter fields and `text`.

    The form archives and scrapers export. A bad line is an error at its line; the rest
    is read. An article's id defaults to the file's stem and its line number.
    """
    shown = display_path(path)
    articles: list[Article] = []
    errors: list[SourceError] = []
    try:
        handle = path.open("rb")
    except OSError as exc:
        return [], [SourceError(shown, 0, 0, f"cannot read: {exc.strerror}")]
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            loaded = _record(raw, number, path, shown, max_size)
            (errors if isinstance(loaded, SourceError) else articles).append(loaded)  # type: ignore[arg-type]
    return articles, errors


def _record(raw: bytes, number: int, path: Path, shown: str, max_size: int) -> Article | SourceError:
    if len(raw) > max_size:
        return SourceError(shown, number, 0, f"larger than the article size limit ({max_size / 1e6:g} MB); not read")
    text = _decode(raw, shown)
    if isinstance(text, SourceError):
        return SourceError(shown, number, text.col, text.message, text.hint)
    try:
        item = json.loads(text)
    except json.JSONDecodeError as exc:
        return SourceError(shown, number, exc.colno, f"not JSON: {exc.msg}", "one JSON object per line")
    except RecursionError:
        return SourceError(shown, number, 0, "not JSON: nested too deeply")
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return SourceError(shown, number, 1, "a record is a JSON object with a \"text\" string")
    unknown = sorted(set(item) - _RECORD_KEYS)
    if unknown:
        return SourceError(shown, number, 1, f"unknown keys {', '.join(map(repr, unknown))}",
                           f"allowed keys: {', '.join(sorted(_RECORD_KEYS))}")
    meta = {k: v for k, v in item.items() if k != "text"}
    published = meta.get("published")
    try:
        span = TimeSpan.parse(str(published)) if published is not None else None
    except ValueError as exc:
        return SourceError(shown, number, 1, f"impossible date {str(published)[:40]!r}: {exc}")
    return Article(id=str(meta.get("id") or f"{path.stem}-{number}"), path=shown, body=item["text"],
                   published=span, published_note=_text_or_none(meta.get("published_note")),
                   source=_text_or_none(meta.get("source")), url=_text_or_none(meta.get("url")),
                   language=str(meta.get("language") or "ar"), body_line=number, record=True)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


Loaded = tuple[list[Article], list[SourceError]]  # what one file holds: its articles, and the errors met reading it


def load_file(path: Path, max_size: int = MAX_ARTICLE_SIZE) -> Loaded:
    """One corpus file: an article, the records of a JSON Lines archive, or the error that stopped it."""
    if path.suffix == ".jsonl":
        return load_records(path, max_size)
    loaded = load_article(path, max_size)
    return ([], [loaded]) if isinstance(loaded, SourceError) else ([loaded], [])


def load_corpus(paths: Iterable[Path], exclude: Iterable[str] = DEFAULT_EXCLUDE, follow_links: bool = False,
                max_size: int = MAX_ARTICLE_SIZE) -> Corpus:
    """Every article that loads; every file that does not is an error, and loading goes on."""
    files, errors = corpus_files(paths, exclude, follow_links)
    return assembled((load_file(path, max_size) for path in files), errors)


def assembled(files: Iterable[Loaded], errors: list[SourceError]) -> Corpus:
    """The corpus of what each file held, in order: an id used twice is an error at its second use."""
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for records, problems in files:
        errors.extend(problems)
        for article in records:
            if article.id in seen:
                errors.append(SourceError(article.path, article.body_line if article.record else 0, 0,
                                          f"article id {article.id!r} is already used by {seen[article.id]}",
                                          "give each article its own id"))
                continue
            seen[article.id] = article.path
            articles.append(article)
    return Corpus(articles, errors)
