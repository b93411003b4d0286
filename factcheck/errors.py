"""Errors as values with a place; reporters format them, cli.py maps them to exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceError:
    """Something wrong in an input file, at a line and column (1-based; 0 = unknown)."""

    path: str
    line: int
    col: int
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        place = self.path
        if self.line:
            place += f":{self.line}"
            if self.col:
                place += f":{self.col}"
        text = f"{place}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_json(self) -> dict[str, object]:
        """The shape listed under `errors` in the JSON report."""
        return {"path": self.path, "line": self.line, "col": self.col,
                "message": self.message, "hint": self.hint}


class SourceErrors(Exception):
    """Raised when inputs the run cannot do without (rules, knowledge) are invalid."""

    def __init__(self, errors: list[SourceError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
