"""The settings a newsroom keeps in its corpus repository: defaults < config file < flags.

The file is `factcheck.toml`, or the `[tool.factcheck]` table of a `pyproject.toml`, found
in the working folder or a parent up to the repository root (ruff and yamllint look the
same way). Paths written in it are relative to its own folder, so the settings mean the
same thing from wherever `factcheck` is run; paths typed as flags are the user's, relative
to where they stand. Every problem in the file is reported with its line and column:
tomllib gives no positions, so keys are found again in the text.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from factcheck.corpus import DEFAULT_EXCLUDE, STDIN
from factcheck.errors import SourceError, SourceErrors, display_path

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"


def _path_text(value: object) -> object:
    """Only text makes a path: pydantic's own message for 3 names the class pathlib.Path."""
    if isinstance(value, str | os.PathLike):
        return value
    raise PydanticCustomError("path_type", "Input should be a path written as a string")


WrittenPath = Annotated[Path, BeforeValidator(_path_text)]
_Positions = dict[tuple[str, ...], tuple[int, int]]


class Config(BaseModel):
    """Settings for a run; paths are stored joined to `root`, the folder of the config file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # source and root come first: the path validators below read root from what is
    # already validated, and pydantic validates fields in the order they are declared.
    source: str | None = None
    root: Path = Field(default_factory=Path.cwd)

    paths: list[WrittenPath] = Field(default=[Path("corpus")], validate_default=True)
    exclude: list[str] = list(DEFAULT_EXCLUDE)
    extend_exclude: list[str] = []
    rules: WrittenPath | None = None
    baseline: WrittenPath | None = None
    accept: WrittenPath | None = None
    fail_on: Literal["error", "warning", "info", "never"] = "error"
    select: list[str] = []
    ignore: list[str] = []
    strict: StrictBool = False
    allow_empty: StrictBool = False

    @field_validator("paths")
    @classmethod
    def _paths_under_root(cls, paths: list[Path], info: ValidationInfo) -> list[Path]:
        root = info.data.get("root", Path.cwd())
        return [path if path == STDIN else root / path for path in paths]  # - is standard input, not a file

    @field_validator("rules", "baseline", "accept")
    @classmethod
    def _path_under_root(cls, path: Path | None, info: ValidationInfo) -> Path | None:
        return None if path is None else info.data.get("root", Path.cwd()) / path

    @property
    def excluded(self) -> list[str]:
        """The patterns a corpus walk skips: `exclude` (or its defaults) plus `extend_exclude`."""
        return [*self.exclude, *self.extend_exclude]

    def merged(self, **flags: Any) -> Config:
        """These settings under command-line flags: a flag given wins, a flag left None keeps ours.

        A list flag replaces the file's list, except `extend_exclude`, which adds to it.
        Paths among the flags are resolved against the working folder, not the file's.
        """
        given = {key: value for key, value in flags.items() if value is not None}
        typed = Config.model_validate({**given, "root": Path.cwd()})
        update = {key: getattr(typed, key) for key in given}
        if "extend_exclude" in update:
            update["extend_exclude"] = [*self.extend_exclude, *typed.extend_exclude]
        return self.model_copy(update=update)


FILE_KEYS = tuple(name for name in Config.model_fields if name not in ("source", "root"))


def find_config(start: Path) -> Path | None:
    """The nearest `factcheck.toml`, or `pyproject.toml` with `[tool.factcheck]`, from `start` up.

    The search stops at the repository root (the first folder holding `.git`): settings
    from outside the repository would change a run nobody in it can see. A pyproject.toml
    that cannot be parsed is an error, not a skip, since it may hold our table.
    """
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_table(_read_toml(pyproject)[1]):
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def load_config(path: Path | None, start: Path | None = None) -> Config:
    """The settings in `path` (the user's --config), or in the file found from `start` (cwd).

    With no file, the defaults, rooted at `start`. Raises SourceErrors listing every problem.
    """
    start = Path.cwd() if start is None else start
    if path is None:
        path = find_config(start)
        if path is None:
            return Config(root=start.resolve())
    shown = display_path(path)
    if not path.is_file():
        raise SourceErrors([SourceError(shown, 0, 0, "config file not found",
                                        "--config names a TOML file that must exist")])
    text, document = _read_toml(path)
    table_at: tuple[str, ...] = ("tool", "factcheck") if path.name == PYPROJECT else ()
    table = _table(document, table_at, text, shown)
    positions = _key_positions(text)
    errors = [_unknown_key(key, table_at, positions, shown) for key in table if key not in FILE_KEYS]
    known = {key: value for key, value in table.items() if key in FILE_KEYS}
    try:
        config = Config.model_validate({**known, "source": shown, "root": path.parent.resolve()})
    except ValidationError as exc:
        errors += [_invalid_value(problem, table_at, positions, shown) for problem in exc.errors()]
    if errors:
        raise SourceErrors(sorted(errors, key=lambda error: (error.line, error.col)))
    return config


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The text of a TOML file and what it holds; a syntax error placed at its line and column."""
    shown = display_path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceErrors([SourceError(shown, 0, 0, f"cannot read: {exc}")]) from exc
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line, col = _syntax_place(str(exc), text)
        raise SourceErrors([SourceError(shown, line, col, f"not TOML: {message}")]) from exc


# tomllib ends each message with "(at line N, column M)" or "(at end of document)"
# (Lib/tomllib/_parser.py, TOMLDecodeError); Python 3.14 adds lineno and colno attributes.
_SYNTAX_PLACE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def _syntax_place(message: str, text: str) -> tuple[str, int, int]:
    """A tomllib message without its place, and the place as line and column."""
    found = _SYNTAX_PLACE.search(message)
    if found is None:
        return message, 0, 0
    if found[1]:
        return message[:found.start()], int(found[1]), int(found[2])
    lines = text.splitlines() or [""]
    return message[:found.start()], len(lines), len(lines[-1]) + 1


def _has_table(document: dict[str, Any]) -> bool:
    tool = document.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def _table(document: dict[str, Any], table_at: tuple[str, ...], text: str,
           shown: str) -> dict[str, Any]:
    """Our table in a parsed file: the whole file, or [tool.factcheck] of a pyproject.toml."""
    if not table_at:
        return document
    if not _has_table(document):
        raise SourceErrors([SourceError(shown, 0, 0, "no [tool.factcheck] table",
                                        "put the settings under [tool.factcheck]")])
    table = document["tool"]["factcheck"]
    if not isinstance(table, dict):
        line, col = _position(_key_positions(text), table_at)
        raise SourceErrors([SourceError(shown, line, col,
                                        f"tool.factcheck should be a table, found {table!r}")])
    return table


def _unknown_key(key: str, table_at: tuple[str, ...], positions: _Positions,
                 shown: str) -> SourceError:
    line, col = _position(positions, (*table_at, key))
    allowed = f"allowed keys: {', '.join(FILE_KEYS)}"
    close = difflib.get_close_matches(key, FILE_KEYS, n=1)
    hint = f"did you mean {close[0]!r}? {allowed}" if close else allowed
    return SourceError(shown, line, col, f"unknown key {key!r}", hint)


def _invalid_value(problem: Any, table_at: tuple[str, ...], positions: _Positions,
                   shown: str) -> SourceError:
    """A pydantic error as "fail_on should be 'error', ..., found 'fatal'" at the key's place."""
    loc = problem["loc"]
    where = str(loc[0]) + "".join(f"[{step}]" if isinstance(step, int) else f".{step}"
                                  for step in loc[1:])
    message = problem["msg"]
    if message.startswith("Input "):
        message = f"{where} {message.removeprefix('Input ')}, found {problem['input']!r}"
    else:
        message = f"{where}: {message}"
    line, col = _position(positions, (*table_at, *(str(step) for step in loc)))
    return SourceError(shown, line, col, message)


_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED_KEY = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER = re.compile(rf"\s*\[\[?\s*({_DOTTED_KEY})\s*\]")
_ASSIGNMENT = re.compile(rf"\s*({_DOTTED_KEY})\s*=")


def _key_positions(text: str) -> _Positions:
    """Where each table header and key of a TOML text is, by its full dotted path.

    A line scan, not a parser: the text has already parsed, so a line that starts with a
    key and `=` is an assignment, unless it lies inside a multi-line string or array.
    """
    positions: _Positions = {}
    table: tuple[str, ...] = ()
    open_string: str | None = None
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        if open_string is None and depth == 0:
            header = _HEADER.match(line)
            if header:
                table = _key_parts(header[1])
                positions.setdefault(table, (number, header.start(1) + 1))
                continue
            assignment = _ASSIGNMENT.match(line)
            if assignment:
                positions.setdefault((*table, *_key_parts(assignment[1])),
                                     (number, assignment.start(1) + 1))
                line = line[assignment.end():]
        open_string, depth = _value_state(line, open_string, depth)
    return positions


def _value_state(line: str, open_string: str | None, depth: int) -> tuple[str | None, int]:
    """The multi-line string and the brackets still open after a line of a TOML value."""
    at = 0
    while at < len(line):
        if open_string is None:
            if line[at] == "#":
                break
            token = line[at:at + 3] if line.startswith(('"""', "'''"), at) else line[at]
            if token[0] in "\"'":
                open_string = token
            depth += (line[at] in "[{") - (line[at] in "]}")
            at += len(token)
        elif line.startswith("\\", at) and open_string[0] == '"':
            at += 2  # an escaped character in a basic string, maybe the quote itself
        elif line.startswith(open_string, at):
            at, open_string = at + len(open_string), None
        else:
            at += 1
    return open_string, depth


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in re.findall(_KEY_PART, dotted))


def _position(positions: _Positions, key: tuple[str, ...]) -> tuple[int, int]:
    """The place of a key, or of the nearest enclosing key or table written in the text."""
    for length in range(len(key), 0, -1):
        if key[:length] in positions:
            return positions[key[:length]]
    return 0, 0
