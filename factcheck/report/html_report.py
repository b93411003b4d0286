"""The editor's report: one HTML file to open in a browser, print or mail, needing no network.

Quotes are Arabic, so the page is `lang="ar" dir="rtl"`; every Latin run a reader must read
in order (ids, rule names, dates, paths, addresses) stands in a `<bdi dir="ltr">`, or the
bidi algorithm would turn "2024-05/2024-09-14" or "a.md:12:88" around the punctuation.
Every piece of article text is escaped: quotes come from articles, and an article may hold
anything, a `<script>` included. Links are made only for http(s) addresses.

The filters are form controls that a little inline script wires up (a query such as
`?severity=error&subject=person:…` preselects them); without the script the form stays
hidden and every finding shows. Timelines are inline SVG laid out here, time
running left to right whatever the page's direction.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from factcheck.errors import SourceError
from factcheck.findings import SEVERITIES, STATUSES, Cleared, EvidenceItem, Finding, Report
from factcheck.report.places import error_place, matched_span
from factcheck.report.text_report import QUOTED_PER_CLAIM, plural

BASIS = {"explicit": "explicit", "relative": "relative to the publication",
         "published": "the publication date", "unknown": "unknown"}
_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?،؛"
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DATES = re.compile(r"\b\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?\b")

_CSS = """
:root { --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --paper: #fff; --soft: #f5f5f2;
  --error: #b3261e; --warning: #8a5a00; --info: #1f5f9e; --ok: #2e6b30; --focus: #1a5fb4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; color: var(--ink);
  background: var(--paper); line-height: 1.7;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
h1, h2, h3, h4 { line-height: 1.3; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: 1rem; top: -4rem; background: var(--paper);
  padding: .5rem 1rem; border: 2px solid var(--focus); z-index: 2; }
.skip:focus { top: 1rem; }
bdi[dir=ltr], [dir=ltr] { unicode-bidi: isolate; }
code, .place { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem .7rem; }
.counts b { font-size: 1.2em; }
.sev { display: inline-block; border-radius: .3rem; padding: 0 .5rem; color: #fff; font-weight: bold;
  font-size: .85em; }
.sev-error { background: var(--error); } .sev-warning { background: var(--warning); }
.sev-info { background: var(--info); }
.status { font-weight: bold; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: end; padding: .75rem;
  border: 1px solid var(--line); border-radius: .4rem; background: var(--soft); }
#filters label { display: flex; flex-direction: column; font-size: .9em; }
#filters select, #filters button { font: inherit; padding: .2rem .4rem; min-width: 10rem; }
.finding { border: 1px solid var(--line); border-inline-start: .4rem solid var(--info);
  border-radius: .4rem; padding: .5rem 1rem 1rem; margin: 1rem 0; }
.finding[data-severity=error] { border-inline-start-color: var(--error); }
.finding[data-severity=warning] { border-inline-start-color: var(--warning); }
.finding h3 { margin: .4rem 0; }
.meta { color: var(--muted); font-size: .9em; margin: .2rem 0; }
.claims { display: grid; grid-template-columns: 1fr; gap: 1rem; }
@media (min-width: 60rem) { .claims { grid-template-columns: 1fr 1fr; } }
.claim { border-top: 2px solid var(--line); }
.claim h4 { margin: .5rem 0; }
.quote { margin: .6rem 0; padding: .5rem .75rem; background: var(--soft); border-radius: .3rem; }
.quote blockquote { margin: 0 0 .4rem; font-size: 1.1em; }
.quote dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: 0;
  font-size: .85em; color: var(--muted); }
.quote dt { font-weight: bold; } .quote dd { margin: 0; }
mark { background: #ffe066; color: inherit; padding: 0 .1em; }
.why { margin-top: .75rem; }
.accepted { border: 1px dashed var(--ok); padding: .3rem .6rem; border-radius: .3rem; }
.timeline svg { direction: ltr; width: 100%; height: auto; max-width: 60rem; display: block;
  font-family: inherit; }
.timeline .term { fill: #7d9cc0; } .timeline .term-text { fill: #fff; font-size: 11px; }
.timeline .term-text.outside { fill: var(--ink); }
.timeline .lane-label { font-size: 13px; font-weight: bold; fill: var(--ink); }
.timeline .axis { stroke: var(--muted); } .timeline .tick-label { font-size: 11px; fill: var(--muted); }
.timeline .claim circle { fill: var(--ok); stroke: #fff; stroke-width: 1.5; }
.timeline .claim.conflict path { fill: var(--error); stroke: #fff; stroke-width: 1.5; }
.timeline .span { stroke: var(--ink); stroke-width: 2; opacity: .5; }
.timeline .conflict .span { stroke: var(--error); }
.timeline a:focus-visible { outline: 3px solid var(--focus); }
.legend { font-size: .9em; color: var(--muted); }
.legend .dot { color: var(--ok); } .legend .diamond { color: var(--error); } .legend .bar { color: #7d9cc0; }
table { border-collapse: collapse; font-size: .9em; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: start; vertical-align: top; }
details > summary { cursor: pointer; }
@media print {
  #filters, .skip { display: none !important; }
  body { max-width: none; padding: 0; background: #fff; color: #000; }
  .finding, .quote, .pair, .timeline { page-break-inside: avoid; break-inside: avoid; }
  .quote, #filters, .sev { background: #fff; }
  .sev { color: #000; border: 1px solid #000; }
  .claims { grid-template-columns: 1fr; }
  mark { background: none; font-weight: bold; text-decoration: underline; }
  a { color: #000; }
}
"""
# a browser without ::details-content would drop a whole rule listing it, so it stands alone
_PRINT_DETAILS = """
@media print { details::details-content { content-visibility: visible; display: block; } }
"""

_SCRIPT = """
(function () {
  var root = document.documentElement;
  root.dataset.dir = getComputedStyle(document.body).direction;
  var form = document.getElementById("filters");
  var shown = document.getElementById("shown");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  function matches(finding, name, value) {
    if (!value) return true;
    if (name === "article") return JSON.parse(finding.dataset.articles).indexOf(value) >= 0;
    return finding.dataset[name] === value;
  }
  function update() {
    var names = ["severity", "rule", "subject", "article", "status"], count = 0;
    findings.forEach(function (finding) {
      var keep = names.every(function (name) {
        var control = form.elements[name];
        return !control || matches(finding, name, control.value);
      });
      finding.hidden = !keep;
      if (keep) count += 1;
    });
    shown.textContent = count + " of " + findings.length + " findings shown";
  }
  if (form) {
    form.hidden = false;
    // ?severity=error&rule=… preselects the filters: a link to one desk's share of the report
    new URLSearchParams(location.search).forEach(function (value, name) {
      if (form.elements[name]) form.elements[name].value = value;
    });
    form.addEventListener("change", update);
    form.addEventListener("reset", function () { setTimeout(update, 0); });
    update();
  }
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); });
})();
"""


def _ltr(text: object) -> str:
    """Latin text kept in reading order inside the right-to-left page."""
    return f'<bdi dir="ltr">{escape(str(text))}</bdi>'


def _en(html: str) -> str:
    """English prose (messages, explanations, labels) as one left-to-right run in the Arabic page.

    Without it a line starting with a number or an Arabic name is laid out right to left
    and "6 of 6 findings shown" reads "of 6 findings shown 6".
    """
    return f'<span dir="ltr" lang="en">{html}</span>'


def _is_web(url: object) -> bool:
    return isinstance(url, str) and url.lower().startswith(("http://", "https://"))


def _link(url: str, shown: str | None = None) -> str:
    """A link to an http(s) address, written left to right; anything else stays text."""
    if not _is_web(url):
        return _ltr(url)
    return f'<a href="{escape(url)}" dir="ltr">{escape(shown or url)}</a>'


def _url_end(url: str) -> int:
    """How much of a matched address is the address: not the sentence's full stop, nor its `)`."""
    end = len(url)
    while end and (url[end - 1] in _URL_TRAILING
                   or (url[end - 1] == ")" and url[:end].count("(") < url[:end].count(")"))):
        end -= 1
    return end


def _dates_isolated(text: str) -> str:
    """Escaped text with its dates isolated: beside an Arabic word "2024-09-14" would read "14-09-2024"."""
    out, at = [], 0
    for match in _DATES.finditer(text):
        out += [escape(text[at:match.start()]), _ltr(match.group())]
        at = match.end()
    return "".join(out) + escape(text[at:])


def linked(text: str) -> str:
    """Escaped text whose http(s) addresses are links and whose dates keep their order."""
    out, at = [], 0
    for match in _URL.finditer(text):
        url = match.group()[: _url_end(match.group())]
        out += [_dates_isolated(text[at:match.start()]), _link(url)]
        at = match.start() + len(url)
    return "".join(out) + _dates_isolated(text[at:])


def _marked(item: EvidenceItem) -> str:
    """The quote, escaped, with the matched words in <mark>."""
    i, j = matched_span(item)
    if i == j:
        return escape(item.quote)
    return f"{escape(item.quote[:i])}<mark>{escape(item.quote[i:j])}</mark>{escape(item.quote[j:])}"


def _published(item: EvidenceItem, article: dict[str, Any]) -> str:
    published = article.get("published") or item.published
    if not published:
        return "undated"
    # an article the report describes and gives no note for printed its date; of one it does
    # not describe, how the date was known is not known
    note = article.get("published_note") or ("printed" if article else None)
    if note is None:
        return _ltr(published)
    return _en(f"{escape(str(published))} ({escape(str(note))})")


def _title_line(item: EvidenceItem, article: dict[str, Any]) -> str:
    parts = [f"<cite>{escape(str(article['title']))}</cite>"] if article.get("title") else []
    if article.get("source"):
        parts.append(escape(str(article["source"])))
    if article.get("url"):
        parts.append(_link(str(article["url"])))
    parts.append(_ltr(item.article))
    return " · ".join(parts)


def _evidence(item: EvidenceItem, articles: dict[str, dict[str, Any]]) -> str:
    """One quote with where it comes from, when it was published and when it is read to hold."""
    article = articles.get(item.article, {})
    basis = BASIS.get(item.basis, item.basis)
    return (f'<figure class="quote" data-article="{escape(item.article)}">'
            f"<blockquote>{_marked(item)}</blockquote><figcaption><dl>"
            f"<dt>article</dt><dd>{_title_line(item, article)}</dd>"
            f"<dt>published</dt><dd>{_published(item, article)}</dd>"
            f"<dt>read at</dt><dd>{_en(f'{escape(item.valid_at)} ({escape(basis)})')}</dd>"
            f'<dt>place</dt><dd class="place">{_ltr(item.place)}</dd>'
            "</dl></figcaption></figure>")


def _claims(evidence: Iterable[EvidenceItem]) -> dict[tuple[str, str], list[EvidenceItem]]:
    grouped: dict[tuple[str, str], list[EvidenceItem]] = {}
    for item in evidence:
        grouped.setdefault(item.claim, []).append(item)
    return grouped


def _claim(items: list[EvidenceItem], articles: dict[str, dict[str, Any]]) -> str:
    """One claim: its value and time, the first articles quoted, the rest folded."""
    first = items[0]
    names = list(dict.fromkeys(i.article for i in items))
    count = plural(len(names), "article")
    when = _en(f'at {escape(first.valid_at)} <span class="meta">({count})</span>')
    head = f"<h4><bdi>{escape(first.value)}</bdi> {when}</h4>"
    quoted = [i for i in items if i.article in names[:QUOTED_PER_CLAIM]]
    rest = [i for i in items if i.article not in names[:QUOTED_PER_CLAIM]]
    html = head + "".join(_evidence(i, articles) for i in quoted)
    if rest:
        more = len(names) - QUOTED_PER_CLAIM
        html += (f"<details><summary>{plural(more, 'more article')} making this claim</summary>"
                 + "".join(_evidence(i, articles) for i in rest) + "</details>")
    return f'<section class="claim">{html}</section>'


def _status(finding: Finding) -> str:
    if finding.status == "accepted" and finding.accepted is not None:
        accepted = finding.accepted
        parts = [f"<b>accepted</b>: {escape(str(accepted.get('reason', '')))}"]
        for key in ("by", "until", "where"):
            if accepted.get(key):
                value = accepted[key]
                parts.append(f"{key} {_ltr(value) if key != 'by' else escape(str(value))}")
        return f'<p class="accepted">{_en(" · ".join(parts))}</p>'
    said = {"new": "new", "unchanged": "unchanged (in the baseline)"}.get(finding.status, finding.status)
    return f'<p class="meta">{_en(f"status: <span class=status>{escape(said)}</span>")}</p>'


def _finding(finding: Finding, rules: dict[str, dict[str, str]], articles: dict[str, dict[str, Any]]) -> str:
    description = rules.get(finding.rule, {}).get("description", "")
    attrs = (f'id="{escape(finding.id)}" class="finding" data-severity="{escape(finding.severity)}" '
             f'data-rule="{escape(finding.rule)}" data-subject="{escape(finding.subject.id)}" '
             f'data-status="{escape(finding.status)}" data-articles="{escape(json.dumps(finding.articles))}"')
    head = (f'<h3><span class="sev sev-{escape(finding.severity)}">{escape(finding.severity)}</span> '
            f"{_ltr(finding.rule)}: {_en(linked(finding.message))}</h3>")
    meta = (f'<p class="meta"><bdi>{escape(finding.subject.name)}</bdi> '
            + _en(f"({escape(finding.subject.id)}) · {escape(finding.kind)} · {escape(finding.id)} · "
                  f"{plural(len(finding.articles), 'article')}") + "</p>")
    rule = f'<p class="meta">{_en(f"rule: {linked(description)}")}</p>' if description else ""
    claims = "".join(_claim(items, articles) for items in _claims(finding.evidence).values())
    why = f'<p class="why">{_en(f"<b>Why:</b> {linked(finding.explanation)}")}</p>'
    return (f"<article {attrs}>{head}{meta}{rule}{_status(finding)}"
            f'<div class="claims">{claims}</div>{why}</article>')


def _error(error: SourceError) -> str:
    hint = f" ({escape(error.hint)})" if error.hint else ""
    return f'<li>{_en(f"<span class=place>{escape(error_place(error))}</span>: {escape(error.message)}{hint}")}</li>'


def _summary(report: Report) -> str:
    counts = [f'<li><span class="sev sev-{s}">{s}</span> <b>{report.count(s)}</b></li>' for s in SEVERITIES]
    if report.baseline is not None or any(f.status != "new" for f in report.findings):
        counts += [f"<li>{s} <b>{report.status_count(s)}</b></li>" for s in STATUSES]
        if report.baseline is not None:
            counts.append(f"<li>fixed <b>{len(report.fixed)}</b></li>")
    corpus = (f"{plural(report.articles, 'article')}, {plural(report.facts, 'fact')}, "
              f"{plural(report.rules, 'rule')} run")
    against = f" · against {_ltr(report.baseline)}" if report.baseline is not None else ""
    html = (f'<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
            f'<ul class="counts">{"".join(counts)}</ul><p>{_en(corpus + against)}</p>')
    if report.errors:
        html += (f"<h3>Input errors ({len(report.errors)})</h3>"
                 f'<ul>{"".join(_error(e) for e in report.errors)}</ul>')
    if report.undated:
        html += f"<p>{_en('Relative dates not resolved in: ' + escape(', '.join(report.undated)))}</p>"
    if report.fixed:
        fixed = escape(", ".join(str(f.get("id", "")) for f in report.fixed))
        html += f"<p>{_en('Fixed since the baseline: ' + fixed)}</p>"
    return html + "</section>"


def _select(name: str, label: str, options: Sequence[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{escape(value)}">{escape(shown)}</option>' for value, shown in options)
    return (f'<label for="filter-{name}">{escape(label)}<select id="filter-{name}" name="{name}">'
            f'<option value="">all</option>{choices}</select></label>')


def _filters(findings: Sequence[Finding]) -> str:
    """The filter form, hidden until the script runs: without it every finding shows."""
    severities = [(s, f"{s} ({sum(f.severity == s for f in findings)})") for s in SEVERITIES]
    rules = sorted({f.rule for f in findings})
    subjects = dict(sorted({f.subject.id: f.subject.name for f in findings}.items(), key=lambda kv: kv[1]))
    names = [n for n in subjects.values()]
    subject_options = [(sid, name if names.count(name) == 1 else f"{name} ({sid})") for sid, name in subjects.items()]
    articles = sorted({a for f in findings for a in f.articles})
    statuses = sorted({f.status for f in findings}, key=STATUSES.index)
    controls = [_select("severity", "Severity", severities), _select("rule", "Rule", [(r, r) for r in rules]),
                _select("subject", "Person or subject", subject_options),
                _select("article", "Article", [(a, a) for a in articles])]
    if len(statuses) > 1:
        controls.append(_select("status", "Status", [(s, s) for s in statuses]))
    return (f'<form id="filters" hidden aria-label="Filter the findings">{"".join(controls)}'
            '<button type="reset">Show all</button></form>')


def _findings(report: Report) -> str:
    rules = {r["id"]: r for r in report.rule_info}
    articles = {str(a["id"]): a for a in report.articles_info}
    total = len(report.findings)
    html = (f'<section id="findings" tabindex="-1" aria-labelledby="findings-h">'
            f'<h2 id="findings-h">Findings ({total})</h2>')
    if not report.findings:
        return html + "<p>No findings.</p></section>"
    html += _filters(report.findings)
    html += f'<p><output id="shown" dir="ltr" lang="en" aria-live="polite">{total} of {total} findings shown</output></p>'
    return html + "".join(_finding(f, rules, articles) for f in report.findings) + "</section>"


# -- timelines -------------------------------------------------------------------------------------

WIDTH = 960
MARGIN = 24
LANE = 56
AXIS = 36


def year_fraction(text: object, end: bool = False) -> float | None:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year; `end`: the end of that period."""
    match = _DATE.fullmatch(str(text).strip()) if text else None
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        if not month:
            moment = date(year + 1, 1, 1) if end else date(year, 1, 1)
        elif not day:
            moment = (date(year + month // 12, month % 12 + 1, 1) if end else date(year, month, 1))
        else:
            moment = date.fromordinal(date(year, month, day).toordinal() + end)
    except ValueError:
        return None
    first = date(moment.year, 1, 1)
    return moment.year + (moment - first).days / (date(moment.year + 1, 1, 1) - first).days


def claim_span(claim: dict[str, Any]) -> tuple[float, float] | None:
    """When a claim holds, from its `start` and `end`, else from its `valid_at` (`a` or `a/b`)."""
    parts = str(claim.get("valid_at") or "").split("/")
    start = year_fraction(claim.get("start") or parts[0])
    end = year_fraction(claim.get("end") or parts[-1], end=True)
    if start is None or end is None:
        return None
    return start, max(start, end)


@dataclass(frozen=True)
class Scale:
    """Years to x: the domain in whole years, over the drawing's width."""

    first: int
    last: int

    def x(self, year: float) -> float:
        """The x of a fractional year."""
        return MARGIN + (year - self.first) / (self.last - self.first) * (WIDTH - 2 * MARGIN)

    def ticks(self) -> list[int]:
        """Years to label: every year, or every 2, 5, 10… so a dozen at most fit."""
        span = self.last - self.first
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 10**9) if span / s <= 12)
        return list(range(self.first + (-self.first) % step, self.last + 1, step))


def _scale(terms: list[dict[str, Any]], spans: list[tuple[float, float]]) -> Scale:
    known = [y for t in terms for y in (year_fraction(t.get("start")), year_fraction(t.get("end"), True))
             if y is not None] + [y for s in spans for y in s]
    if not known:
        return Scale(2000, 2001)
    first, last = math.floor(min(known)), math.floor(max(known)) + 1
    return Scale(first, max(last, first + 1))


def _lanes(terms: list[dict[str, Any]], claims: list[dict[str, Any]]) -> dict[str, str]:
    """Office → lane label: the reference's offices first, then offices only claims name."""
    lanes: dict[str, str] = {}
    for term in terms:
        lanes.setdefault(str(term.get("office") or ""), str(term.get("label") or term.get("office") or ""))
    for claim in claims:
        office = str(claim.get("office") or "")
        lanes.setdefault(office, f"{office or 'office not named'} (no reference term)")
    return lanes


def _term(term: dict[str, Any], scale: Scale, top: float) -> str:
    start = year_fraction(term.get("start"))
    if start is None:
        return ""
    end = year_fraction(term.get("end"), end=True) if term.get("end") else None
    x0, x1 = scale.x(start), scale.x(end if end is not None else scale.last)
    dates = f"{term.get('start')} – {term.get('end') or 'still in office'}"
    tip = f"{term.get('label') or term.get('office')}: {dates}" + (f" ({term['source']})" if term.get("source") else "")
    inside = x1 - x0 > 8 * len(dates)
    tx, anchor = ((x0 + 6, "start") if inside else (x1 + 4, "start") if x1 < WIDTH - 160 else (x0 - 4, "end"))
    rect = (f'<rect class="term" x="{x0:.1f}" y="{top + 20}" width="{max(x1 - x0, 2):.1f}" height="18" rx="3">'
            f"<title>{escape(tip)}</title></rect>"
            f'<text class="term-text{"" if inside else " outside"}" x="{tx:.1f}" y="{top + 33}" '
            f'text-anchor="{anchor}">{escape(dates)}</text>')
    if _is_web(term.get("source")):
        return f'<a href="{escape(str(term["source"]))}">{rect}</a>'
    return rect


def _point(claim: dict[str, Any], span: tuple[float, float], scale: Scale, top: float) -> str:
    x0, x1 = scale.x(span[0]), scale.x(span[1])
    cx, cy = (x0 + x1) / 2, top + 29
    conflict = bool(claim.get("conflict"))
    said = (f"{'conflicting claim' if conflict else 'claim'}: {claim.get('value', '')} at {claim.get('valid_at', '')}"
            f" in {claim.get('article', '')}" + (f" ({claim['place']})" if claim.get("place") else ""))
    whisker = f'<line class="span" x1="{x0:.1f}" y1="{cy}" x2="{x1:.1f}" y2="{cy}"/>' if x1 - x0 > 3 else ""
    mark = (f'<path d="M{cx:.1f} {cy - 8}l8 8-8 8-8-8z"/>' if conflict
            else f'<circle cx="{cx:.1f}" cy="{cy}" r="5.5"/>')
    shape = (f'<g class="claim{" conflict" if conflict else ""}" role="img" aria-label="{escape(said)}">'
             f"<title>{escape(said)}</title>{whisker}{mark}</g>")
    finding_ids = claim.get("finding_ids") or []
    return f'<a href="#{escape(str(finding_ids[0]))}">{shape}</a>' if finding_ids else shape


def timeline_svg(timeline: dict[str, Any]) -> str:
    """One person's lanes (one per office), reference terms as bars, claims as points, a year axis."""
    terms, claims = list(timeline.get("terms") or []), list(timeline.get("claims") or [])
    spans = {i: s for i, c in enumerate(claims) if (s := claim_span(c)) is not None}
    scale = _scale(terms, list(spans.values()))
    lanes = list(_lanes(terms, claims).items())
    tops = {office: 8 + k * LANE for k, (office, _) in enumerate(lanes)}
    height = 8 + len(lanes) * LANE + AXIS
    parts = [f'<text class="lane-label" x="{MARGIN}" y="{tops[o] + 13}">{escape(label)}</text>' for o, label in lanes]
    parts += [_term(t, scale, tops[str(t.get("office") or "")]) for t in terms]
    # conflicts drawn last, so a consistent claim on the same day never hides one
    order = sorted(spans, key=lambda i: bool(claims[i].get("conflict")))
    parts += [_point(claims[i], spans[i], scale, tops[str(claims[i].get("office") or "")]) for i in order]
    axis_y = height - AXIS + 8
    parts.append(f'<line class="axis" x1="{MARGIN}" y1="{axis_y}" x2="{WIDTH - MARGIN}" y2="{axis_y}"/>')
    for year in scale.ticks():
        x = scale.x(year)
        parts.append(f'<line class="axis tick" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 6}"/>'
                     f'<text class="tick-label" x="{x:.1f}" y="{axis_y + 20}" text-anchor="middle">{year}</text>')
    name = str((timeline.get("subject") or {}).get("name", ""))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" style="direction: ltr" role="group" '
            f'aria-label="{escape(f"timeline of {name}")}">{"".join(parts)}</svg>')


def _claims_table(claims: list[dict[str, Any]]) -> str:
    rows = []
    for claim in claims:
        findings = ", ".join(f'<a href="#{escape(str(i))}">{_ltr(i)}</a>' for i in claim.get("finding_ids") or [])
        rows.append(f"<tr><td>{_ltr(claim.get('article', ''))}</td><td>{_ltr(claim.get('valid_at', ''))}</td>"
                    f"<td><bdi>{escape(str(claim.get('value', '')))}</bdi></td><td>{_ltr(claim.get('office', ''))}</td>"
                    f"<td>{'conflict' if claim.get('conflict') else 'agrees'}</td><td>{findings}</td>"
                    f'<td class="place">{_ltr(claim.get("place", ""))}</td></tr>')
    return ("<details><summary>The claims as a table</summary><table><thead><tr><th>article</th>"
            "<th>read at</th><th>claim</th><th>office</th><th>against the reference</th><th>findings</th>"
            f"<th>place</th></tr></thead><tbody>{''.join(rows)}</tbody></table></details>")


def _timelines(timelines: Sequence[dict[str, Any]]) -> str:
    if not timelines:
        return ""
    legend = ('<p class="legend" dir="ltr" lang="en"><span class="bar" aria-hidden="true">▬</span> reference term · '
              '<span class="dot" aria-hidden="true">●</span> claim that agrees · '
              '<span class="diamond" aria-hidden="true">◆</span> conflicting claim (links to its finding)</p>')
    people = []
    for timeline in timelines:
        subject = timeline.get("subject") or {}
        people.append(f'<figure class="timeline" data-subject="{escape(str(subject.get("id", "")))}">'
                      f'<h3><bdi>{escape(str(subject.get("name", "")))}</bdi> {_ltr(subject.get("id", ""))}</h3>'
                      f"{timeline_svg(timeline)}{_claims_table(list(timeline.get('claims') or []))}</figure>")
    return (f'<section aria-labelledby="timelines-h"><h2 id="timelines-h">Timelines</h2>{legend}'
            f"{''.join(people)}</section>")


def _cleared(cleared: tuple[Cleared, ...] | None, articles: dict[str, dict[str, Any]]) -> str:
    if cleared is None:
        return ""
    pairs = "".join(
        f'<section class="pair" data-rule="{escape(c.rule)}" data-subject="{escape(c.subject.id)}">'
        f"<h3>{_ltr(c.rule)}: <bdi>{escape(c.subject.name)}</bdi></h3>"
        f"<p>{_en(f'<b>Let stand because:</b> {linked(c.reason)}')}</p>"
        f'<div class="claims">{"".join(_evidence(e, articles) for e in c.evidence)}</div></section>'
        for c in cleared) or "<p>No pair was compared and let stand.</p>"
    return (f'<section aria-labelledby="cleared-h"><h2 id="cleared-h">What was ruled out ({len(cleared)})</h2>'
            f"<details><summary>The pairs compared and let stand, and why</summary>{pairs}</details></section>")


def render(report: Report, color: bool = False) -> str:
    """The whole page: summary, filters and findings, timelines, what was ruled out."""
    articles = {str(a["id"]): a for a in report.articles_info}
    body = (f'<a class="skip" href="#findings">Skip to the findings</a>'
            f'<header><h1>factcheck report</h1><p class="meta">{_en("factcheck " + escape(report.version))}</p></header>'
            f"<main>{_summary(report)}{_findings(report)}{_timelines(report.timelines)}"
            f"{_cleared(report.cleared, articles)}</main>")
    return ('<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>factcheck report</title><style>{_CSS}{_PRINT_DETAILS}</style></head>"
            f"<body>{body}<script>{_SCRIPT}</script></body></html>\n")
