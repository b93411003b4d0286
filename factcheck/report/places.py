"""Places in files as reporters write them: where a quoted span ends, where an input error is."""

from __future__ import annotations

from factcheck.errors import SourceError


def end_of(line: int, column: int, text: str) -> tuple[int, int]:
    """The file line and column just past `text`, which starts at `line`:`column` (1-based).

    Columns count code points, as the evidence's do; a span that crosses a line break ends
    on a later line, at one past its last line's length.
    """
    *before, last = text.split("\n")
    if not before:
        return line, column + len(text)
    return line + len(before), len(last) + 1


def error_place(error: SourceError) -> str:
    """`path:line:col` of an input error, as far as it is known."""
    place = error.path
    if error.line:
        place += f":{error.line}" + (f":{error.col}" if error.col else "")
    return place
