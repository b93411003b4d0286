"""SARIF 2.1.0 (schemas/sarif-2.1.0.schema.json), for code-scanning UIs such as GitHub's.

One result per finding, with one location per quote: the region is the matched words, the
context region the sentence they stand in. Columns count code points (`columnKind`), as the
evidence's do; SARIF's default, UTF-16 units, would put a column after an emoji off by one.
The finding's fingerprint is its `partialFingerprints`, so a code-scanning alert follows the
claim across edits the way the baseline does.
"""

from __future__ import annotations

import json
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from factcheck.errors import SourceError
from factcheck.findings import EvidenceItem, Finding, Report
from factcheck.report.places import end_of

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A file path as a URI reference: relative stays relative, with `/` and percent-escapes.

    `:` is escaped in a relative path, or its first segment would read as a URI scheme; an
    absolute path becomes a `file:` URI.
    """
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return "file://" + quote(posix, safe="/:")
    if PureWindowsPath(path).is_absolute():
        return "file:///" + quote(posix, safe="/:")
    return quote(posix, safe="/")


def _region(line: int, column: int, text: str) -> dict[str, Any] | None:
    if line < 1:
        return None  # a hand-made item with no place: the file alone is all a reader gets
    region: dict[str, Any] = {"startLine": line}
    if column >= 1:
        end_line, end_column = end_of(line, column, text)
        region["startColumn"] = column
        if end_line != line:
            region["endLine"] = end_line
        region["endColumn"] = end_column
    region["snippet"] = {"text": text}
    return region


def _location(item: EvidenceItem) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(item.path or item.article)}}
    region = _region(item.text_line, item.text_column, item.text)
    if region is not None:
        physical["region"] = region
        # The SARIF spec: a context region is a proper superset of the region, so none when
        # the matched words are the whole sentence.
        context = _region(item.line, item.column, item.quote)
        if context is not None and (item.start, item.end) != (item.text_start, item.text_end):
            physical["contextRegion"] = context
    return {"physicalLocation": physical}


def _suppression(finding: Finding) -> dict[str, Any]:
    accepted = finding.accepted or {}
    suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
    if accepted.get("reason"):
        suppression["justification"] = accepted["reason"]
    extra = {k: accepted[k] for k in ("by", "until", "where") if accepted.get(k)}
    if extra:
        suppression["properties"] = extra
    return suppression


def _result(finding: Finding, rule_index: dict[str, int], baseline: bool) -> dict[str, Any]:
    text = f"{finding.message} — {finding.explanation}" if finding.explanation else finding.message
    result: dict[str, Any] = {"ruleId": finding.rule, "level": LEVELS[finding.severity],
                              "message": {"text": text},
                              "locations": [_location(item) for item in finding.evidence],
                              "partialFingerprints": {FINGERPRINT_KEY: finding.id},
                              "properties": {"subject": {"id": finding.subject.id,
                                                         "name": finding.subject.name}}}
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if baseline and finding.status in ("new", "unchanged"):
        result["baselineState"] = finding.status
    if finding.status == "accepted":
        result["suppressions"] = [_suppression(finding)]
    return result


def _rule(info: dict[str, str]) -> dict[str, Any]:
    description = (info.get("description") or "").strip() or info["id"]
    first, stop, _ = description.partition(". ")
    return {"id": info["id"],
            "shortDescription": {"text": first + "." if stop else description},
            "fullDescription": {"text": description},
            "defaultConfiguration": {"level": LEVELS[info["severity"]]},
            "properties": {"kind": info["kind"]}}


def _notification(error: SourceError) -> dict[str, Any]:
    text = f"{error.message} ({error.hint})" if error.hint else error.message
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(error.path)}}
    if error.line >= 1:
        physical["region"] = {"startLine": error.line} | ({"startColumn": error.col} if error.col >= 1 else {})
    return {"level": "error", "message": {"text": text}, "locations": [{"physicalLocation": physical}]}


def as_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as a JSON object: one run, its rules, results and input errors."""
    rule_index = {info["id"]: i for i, info in enumerate(report.rule_info)}
    run = {"tool": {"driver": {"name": "factcheck", "version": report.version,
                               "rules": [_rule(info) for info in report.rule_info]}},
           "invocations": [{"executionSuccessful": not report.errors,
                            "toolExecutionNotifications": [_notification(e) for e in report.errors]}],
           "columnKind": "unicodeCodePoints",
           "results": [_result(f, rule_index, report.baseline is not None) for f in report.findings]}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, color: bool = False) -> str:
    """The SARIF log; Arabic kept as text, not escapes."""
    return json.dumps(as_sarif(report), ensure_ascii=False, indent=2) + "\n"
