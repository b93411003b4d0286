"""A pull-request comment in GitHub-flavoured Markdown.

Counts first, then a table of the new findings, then each one folded open with its quotes.

Quotes are right-to-left: each stands in a `<div dir="rtl">`, and an Arabic name in a
left-to-right line in a `<bdi>`, so the bidi algorithm neither reorders the table around it
nor drags punctuation to the wrong end. Article text is never trusted as Markdown: every
character that could end a table cell, open emphasis, code or a link, or inject HTML is
written as a character reference, which GitHub shows as the character itself.
"""

from __future__ import annotations

import re

from factcheck.errors import SourceError
from factcheck.findings import SEVERITIES, EvidenceItem, Finding, Report
from factcheck.report.places import error_place, matched_span

_REFERENCES = {c: f"&#{ord(c)};" for c in "<>|*`[]\\~"}
# a `@name` in a quote would notify that GitHub user; a word joiner keeps the text as it reads
_REFERENCES["@"] = "@\u2060"
# `&` only where it would start a character reference, `_` only where it could be emphasis
# (CommonMark: never inside a word), so a URL in an explanation stays a working link
_AMPERSAND = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_UNDERSCORES = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
# a quote line starting like a heading, a list item or a setext underline would stop being a quote
_BLOCK_START = re.compile(r"^([-+=#]|\d+[.)])")


def escape(text: str) -> str:
    """Text shown as itself in Markdown and in inline HTML, on one line."""
    text = _AMPERSAND.sub("&#38;", text.replace("\r", "").replace("\n", " "))
    text = _UNDERSCORES.sub(lambda m: "&#95;" * len(m.group(0)), text)
    return "".join(_REFERENCES.get(c, c) for c in text)


def _bold(text: str) -> str:
    # `** word**` is not emphasis: spaces stay outside the markers
    core = text.strip()
    if not core:
        return escape(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{escape(lead)}**{escape(core)}**{escape(trail)}"


def quote_lines(item: EvidenceItem) -> list[str]:
    """The quote as blockquote lines, the matched words in bold."""
    i, j = matched_span(item)
    lines = [""]
    for text, bold in ((item.quote[:i], False), (item.quote[i:j], True), (item.quote[j:], False)):
        for k, piece in enumerate(text.replace("\r", "").split("\n")):
            if k:
                lines.append("")
            if piece:
                lines[-1] += _bold(piece) if bold else escape(piece)
    # leading spaces would make an indented code block of the line
    return [_BLOCK_START.sub(lambda m: m.group(0)[:-1] + f"&#{ord(m.group(0)[-1])};", line.lstrip())
            for line in lines]


def _line_place(item: EvidenceItem) -> str:
    return f"{item.path or item.article}:{item.text_line}"


def _summary(report: Report) -> str:
    severities = ", ".join(f"{report.count(s)} {s}" for s in SEVERITIES)
    statuses = ", ".join(f"{report.status_count(s)} {s}" for s in ("new", "unchanged", "accepted"))
    errors = f" · {len(report.errors)} input errors" if report.errors else ""
    return (f"**factcheck {escape(report.version)}**: {severities} · {statuses}, "
            f"{len(report.fixed)} fixed · {report.articles} articles{errors}")


def _table(findings: list[Finding], reason: bool = False) -> list[str]:
    head = "| Severity | Rule | Subject | Place |" + (" Status |" if reason else "")
    rows = [head, "|---" * (5 if reason else 4) + "|"]
    for f in findings:
        places = ", ".join(dict.fromkeys(escape(_line_place(e)) for e in f.evidence))
        row = f"| {f.severity} | {escape(f.rule)} | <bdi>{escape(f.subject.name)}</bdi> | {places} |"
        if reason:
            why = (f.accepted or {}).get("reason", "") if f.status == "accepted" else "in the baseline"
            row += f" {f.status}: {escape(why)} |"
        rows.append(row)
    return rows


def _evidence(item: EvidenceItem) -> list[str]:
    published = item.published or "undated"
    meta = (f"**{escape(item.article)}** · published {escape(published)} · "
            f"<bdi>{escape(item.value)}</bdi> at {escape(item.valid_at)} · {escape(item.place)}")
    return [meta, "", '<div dir="rtl">', "", *(f"> {line}" for line in quote_lines(item)), "", "</div>", ""]


def _details(finding: Finding) -> list[str]:
    summary = (f"<summary><b>{finding.severity}</b> {escape(finding.rule)} · "
               f"<bdi>{escape(finding.subject.name)}</bdi>: {escape(finding.message)}</summary>")
    lines = ["<details>", summary, "", f"Fingerprint `{finding.id}` · {escape(finding.kind)}", ""]
    for item in finding.evidence:
        lines += _evidence(item)
    return lines + [f"**Why:** {escape(finding.explanation)}", "", "</details>", ""]


def _error(error: SourceError) -> str:
    hint = f" ({escape(error.hint)})" if error.hint else ""
    return f"- {escape(error_place(error))}: {escape(error.message)}{hint}"


def render(report: Report, color: bool = False) -> str:
    """The comment: summary, new findings (table, then details), known ones folded, input errors."""
    new = [f for f in report.findings if f.status == "new"]
    known = [f for f in report.findings if f.status != "new"]
    lines = ["### factcheck", "", _summary(report), ""]
    if new:
        lines += [*_table(new), ""]
        for finding in new:
            lines += _details(finding)
    else:
        lines += ["No new findings.", ""]
    if known:
        lines += ["<details>", f"<summary>{len(known)} known: unchanged or accepted</summary>", "",
                  *_table(known, reason=True), "", "</details>", ""]
    if report.errors:
        lines += ["#### Input errors", "", *(_error(e) for e in report.errors), ""]
    if report.undated:
        lines += [f"Relative dates not resolved in: {escape(', '.join(report.undated))}", ""]
    return "\n".join(lines)
