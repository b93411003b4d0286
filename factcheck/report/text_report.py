"""The report an editor reads in a terminal, and the lines a CI log shows.

Each finding opens with `path:line:col severity rule message`, as ruff and compilers
print, so editors and CI logs link to the words. Arabic quotes stand on lines of their
own, whole, and every Arabic run is wrapped in a Unicode isolate (RLI … PDI): a
terminal's bidi algorithm then keeps the Latin dates and ids beside it in order
("2024-05/2024-09-14" stays so). A sentence is printed once; past a few articles making
one claim the rest are counted, not quoted.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

import regex
from rich.console import Console
from rich.markup import escape

from factcheck.findings import SEVERITIES, EvidenceItem, Finding, Report

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_STATUS = {"unchanged": "[dim](in the baseline)[/]", "accepted": "[green](accepted)[/]"}
QUOTED_PER_CLAIM = 3  # articles quoted in full for one claim; the rest are named
RLI, PDI = "\u2067", "\u2069"
_RTL_RUN = regex.compile(r"[\p{Arabic}\p{Hebrew}](?:[\p{Arabic}\p{Hebrew}\p{M}\u0640\p{Zs}\p{Nd}\p{P}]*[\p{Arabic}\p{Hebrew}\p{M}\u0640])?")


_UNSAFE = regex.compile(r"[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str) -> str:
    """Text that cannot drive the terminal: control, bidi-control and lone surrogate characters as escapes.

    An article may hold ESC sequences (a title, a cleared screen) or a right-to-left
    override that would reorder the report's own lines; JSON keeps them as JSON escapes.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xFF
                       else f"\\x{ord(m.group()):02x}", text, timeout=1.0)


def isolated(text: str) -> str:
    """Visible text with each right-to-left run wrapped in RLI … PDI."""
    return _RTL_RUN.sub(lambda m: f"{RLI}{m.group()}{PDI}", visible(text), timeout=1.0)


def plural(count: int, word: str, many: str | None = None) -> str:
    """"1 article", "2 articles"; `many` for a plural not made with s."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def _say(console: Console, text: str) -> None:
    console.print(text, soft_wrap=True)


def _claims(evidence: Iterable[EvidenceItem]) -> dict[tuple[str, str], list[EvidenceItem]]:
    grouped: dict[tuple[str, str], list[EvidenceItem]] = {}
    for item in evidence:
        grouped.setdefault(item.claim, []).append(item)
    return grouped


class _Writer:
    """Renders findings, remembering the sentences already quoted."""

    def __init__(self, console: Console):
        self.console = console
        self.quoted: set[tuple[str, int]] = set()

    def finding(self, finding: Finding) -> None:
        first = finding.evidence[0]
        status = f" {_STATUS[finding.status]}" if finding.status in _STATUS else ""
        _say(self.console, f"[bold]{escape(visible(first.place))}[/]: [{_STYLE[finding.severity]}]{finding.severity}[/] "
                           f"[bold]{escape(finding.rule)}[/] {escape(isolated(finding.message))}{status}")
        _say(self.console, f"  [dim]{finding.kind} · {finding.id} · {plural(len(finding.articles), 'article')}[/]")
        for items in _claims(finding.evidence).values():
            for item in items[:QUOTED_PER_CLAIM]:
                self.evidence(item)
            rest = items[QUOTED_PER_CLAIM:]
            if rest:
                more = list(dict.fromkeys(i.article for i in rest))
                _say(self.console, f"  [dim]▸ and {plural(len(more), 'more article')} saying "
                                   f"{escape(isolated(items[0].value))}:[/] {escape(', '.join(more))}")
        if finding.accepted:
            accepted = finding.accepted
            until = f" until {accepted['until']}" if accepted["until"] else ""
            _say(self.console, f"  [green]accepted[/] by {escape(isolated(accepted['by']))}{until}: "
                               f"{escape(isolated(accepted['reason']))} [dim]({escape(accepted['where'])})[/]")
        _say(self.console, f"  [dim]why:[/] {escape(isolated(finding.explanation))}")
        self.console.print()

    def evidence(self, item: EvidenceItem) -> None:
        published = item.published or "undated"
        _say(self.console, f"  [dim]▸[/] [bold]{escape(visible(item.place))}[/] · {escape(visible(item.article))} · "
                           f"published {published} · holds {escape(item.valid_at)} ({item.basis})")
        _say(self.console, f"    [green]{escape(isolated(item.value))}[/]")
        sentence = (item.article, item.start)
        if sentence in self.quoted:
            _say(self.console, f"    [dim](the sentence at {escape(item.path or item.article)}:{item.line}, "
                               f"quoted above)[/]")
            return
        self.quoted.add(sentence)
        _say(self.console, f"    {RLI}«{escape(visible(item.quote))}»{PDI}")


def _summary(report: Report) -> str:
    counts = ", ".join(plural(report.count(s), s, "info" if s == "info" else None) for s in SEVERITIES)
    line = (f"[bold]{counts}[/] in {plural(report.articles, 'article')} "
            f"({plural(report.facts, 'fact')}, {plural(report.rules, 'rule')}"
            + (f", {plural(len(report.errors), 'input error')}" if report.errors else "") + ")")
    if report.baseline is not None or report.status_count("accepted"):
        line += (f"\nagainst {escape(report.baseline or 'no baseline')}: [bold]{report.status_count('new')} new[/], "
                 f"{report.status_count('unchanged')} unchanged, {len(report.fixed)} fixed, "
                 f"{report.status_count('accepted')} accepted")
    return line


def render(report: Report, color: bool = False, quiet: bool = False) -> str:
    """Findings most severe first, then the summary (input errors go to stderr, as file:line:col).

    `quiet`: the one line per finding alone, for logs and editors' problem matchers.
    """
    out = io.StringIO()
    console = Console(file=out, force_terminal=color, no_color=not color, width=100,
                      highlight=False, emoji=False)
    if quiet:
        for finding in report.findings:
            first = finding.evidence[0]
            _say(console, f"{escape(visible(first.place))}: {finding.severity} {escape(finding.rule)} "
                          f"{escape(isolated(finding.message))}")
        return out.getvalue()
    writer = _Writer(console)
    for finding in report.findings:
        writer.finding(finding)
    for fixed in report.fixed:
        _say(console, f"[green]fixed[/] {escape(str(fixed.get('rule', '')))} {fixed['id']}: "
                      f"{escape(isolated(str(fixed.get('message', ''))))}")
    if report.cleared is not None:
        _say(console, f"[bold]ruled out[/]: {plural(len(report.cleared), 'pair')} compared and let stand")
        for cleared in report.cleared:
            _say(console, f"  [green]cleared[/] {escape(cleared.rule)} {escape(isolated(cleared.subject.name))}: "
                          f"{escape(isolated(cleared.reason))}")
            for item in cleared.evidence:
                _say(console, f"    [dim]▸[/] {escape(item.place)} · {escape(item.article)} · "
                              f"{escape(isolated(item.value))} · holds {escape(item.valid_at)} ({item.basis})")
        console.print()
    if report.undated:
        _say(console, f"[yellow]undated[/] relative dates not resolved in: {', '.join(report.undated)}")
    _say(console, _summary(report))
    return out.getvalue()
