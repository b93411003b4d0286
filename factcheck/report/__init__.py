"""Reporters: each a pure function of a Report to text. The exit code is not theirs to decide."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.findings import Report
from factcheck.report import json_report, text_report

REPORTERS: dict[str, Callable[[Report, bool], str]] = {
    "text": text_report.render,
    "json": json_report.render,
}
