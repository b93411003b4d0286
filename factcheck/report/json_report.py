"""The JSON report: schemas/report.schema.json, for the tools that read it."""

from __future__ import annotations

import json

from factcheck.findings import Report


def render(report: Report, color: bool = False) -> str:
    """One JSON object; Arabic kept as text, not escapes."""
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"
