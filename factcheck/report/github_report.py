"""GitHub Actions workflow commands: an annotation on each quote of each new finding.

A finding known in the baseline or accepted is not annotated: a pull request shows what it
adds. Escaping is the Actions toolkit's (`escapeData`, `escapeProperty` in
@actions/core's command.ts): a newline in a message would end the command, a `,` or `:` in
a property would start another.
"""

from __future__ import annotations

from factcheck.errors import SourceError
from factcheck.findings import EvidenceItem, Finding, Report
from factcheck.report.places import end_of

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A command's message, after `::`."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (`file=`, `title=`...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    """One workflow command line, escaped."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def _place(item: EvidenceItem) -> dict[str, str | int]:
    place: dict[str, str | int] = {"file": item.path or item.article}
    if item.text_line < 1:
        return place
    end_line, end_column = end_of(item.text_line, item.text_column, item.text)
    place["line"] = item.text_line
    if end_line != item.text_line:
        place["endLine"] = end_line  # GitHub takes columns on a one-line annotation only
    elif item.text_column >= 1:
        place |= {"col": item.text_column, "endColumn": end_column}
    return place


def _annotations(finding: Finding) -> list[str]:
    lines = []
    for item in finding.evidence:
        message = f"{finding.message}\n«{item.quote}»\n{finding.explanation}"
        lines.append(command(COMMANDS[finding.severity], _place(item) | {"title": finding.rule}, message))
    return lines


def _error(error: SourceError) -> str:
    place: dict[str, str | int] = {"file": error.path}
    if error.line >= 1:
        place["line"] = error.line
        if error.col >= 1:
            place["col"] = error.col
    message = f"{error.message} ({error.hint})" if error.hint else error.message
    return command("error", place | {"title": "factcheck input error"}, message)


def render(report: Report, color: bool = False) -> str:
    """Input errors first, then one line per quote of each new finding."""
    lines = [_error(e) for e in report.errors]
    lines += [line for f in report.findings if f.status == "new" for line in _annotations(f)]
    return "".join(line + "\n" for line in lines)
