"""Errors as values with a place; reporters format them, cli.py maps them to exit codes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class SourceError:
    """Something wrong in an input file, at a line and column (1-based; 0 = unknown)."""

    path: str
    line: int
    col: int
    message: str
    hint: str | None = None
    internal: bool = False  # the checker failed here, not the input: the result is incomplete (exit 2)

    def __str__(self) -> str:
        """`path:line:col: message (hint)` on one line: a path or message that could break it is escaped, and cut."""
        place = _one_line(self.path)
        if self.line:
            place += f":{self.line}"
            if self.col:
                place += f":{self.col}"
        text = f"{place}: {_one_line(self.message)}"
        return f"{text} ({_one_line(self.hint)})" if self.hint else text

    def as_json(self) -> dict[str, object]:
        """The shape listed under `errors` in the JSON report."""
        return {"path": self.path, "line": self.line, "col": self.col,
                "message": self.message, "hint": self.hint, "internal": self.internal}


_SHOWN = 300  # characters of a message shown; a 100,000-digit value is named, not echoed


def _one_line(text: str) -> str:
    escaped = "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                      for c in text)
    return escaped if len(escaped) <= _SHOWN else f"{escaped[:_SHOWN]}… ({len(escaped)} characters)"


class SourceErrors(Exception):
    """Raised when inputs the run cannot do without (rules, knowledge) are invalid."""

    def __init__(self, errors: list[SourceError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:  # abspath, not resolve: a link loop or a dangling link is shown, not followed
        return str(Path(os.path.abspath(path)).relative_to(_resolved(os.getcwd())))
    except ValueError:
        return str(path)


@lru_cache(maxsize=16)  # one call per article of a corpus: resolving the folder each time cost 70 µs
def _resolved(folder: str) -> Path:
    return Path(folder).resolve()
