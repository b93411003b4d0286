"""Reporters: each a pure function of a Report to text. The exit code is not theirs to decide."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.findings import Report
from factcheck.report import (
    github_report,
    html_report,
    json_report,
    junit_report,
    markdown_report,
    sarif_report,
    text_report,
)

REPORTERS: dict[str, Callable[[Report, bool], str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "sarif": sarif_report.render,
    "github": github_report.render,
    "junit": junit_report.render,
    "markdown": markdown_report.render,
    "html": html_report.render,
}
