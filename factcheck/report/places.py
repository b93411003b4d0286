"""Places as reporters write them: where a quoted span ends, where an input error is, where the words sit in their quote."""

from __future__ import annotations

from factcheck.errors import SourceError
from factcheck.findings import EvidenceItem


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


def matched_span(item: EvidenceItem) -> tuple[int, int]:
    """Where the matched words sit inside the quote, as indices into `item.quote`."""
    i, j = item.text_start - item.start, item.text_end - item.start
    if 0 <= i <= j <= len(item.quote) and item.quote[i:j] == item.text:
        return i, j
    found = item.quote.find(item.text)  # a hand-made item whose offsets do not fit its quote
    return (found, found + len(item.text)) if found >= 0 and item.text else (0, 0)
