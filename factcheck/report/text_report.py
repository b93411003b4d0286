"""The report an editor reads in a terminal.

Arabic quotes stand on lines of their own, whole, so a terminal's left-to-right
metadata never interleaves with right-to-left text; article ids, publication dates
and the time each claim holds at sit on the line above each quote.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape

from factcheck.findings import SEVERITIES, EvidenceItem, Finding, Report

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def _evidence(console: Console, item: EvidenceItem) -> None:
    published = item.published or "undated"
    console.print(f"  [dim]▸[/] [bold]{escape(item.article)}[/] · published {published} · "
                  f"holds {escape(item.valid_at)} ({item.basis})")
    console.print(f"    [green]{escape(item.value)}[/]")
    console.print(f"    «{escape(item.quote)}»", soft_wrap=True)


def _finding(console: Console, finding: Finding) -> None:
    style = _STYLE[finding.severity]
    console.print(f"[{style}]{finding.severity}[/] [bold]{escape(finding.rule)}[/] "
                  f"[dim]{finding.kind} · {finding.id}[/]")
    console.print(f"  {escape(finding.message)}", soft_wrap=True)
    for item in finding.evidence:
        _evidence(console, item)
    console.print(f"  [dim]why:[/] {escape(finding.explanation)}", soft_wrap=True)
    console.print()


def render(report: Report, color: bool = False) -> str:
    """Findings most severe first, then one summary line (input errors go to stderr, as file:line:col)."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=color, no_color=not color, width=100,
                      highlight=False, emoji=False)
    for finding in report.findings:
        _finding(console, finding)
    if report.undated:
        console.print(f"[yellow]undated[/] relative dates not resolved in: {', '.join(report.undated)}",
                      soft_wrap=True)
    counts = ", ".join(f"{report.count(s)} {s}" for s in SEVERITIES)
    console.print(f"[bold]{counts}[/] in {report.articles} articles "
                  f"({report.facts} facts, {report.rules} rules"
                  + (f", {len(report.errors)} input errors" if report.errors else "") + ")")
    return out.getvalue()
