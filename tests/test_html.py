"""The HTML report: hand-built reports read back with html.parser, and the seed corpus in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.engine import check_corpus, load_ruleset
from factcheck.errors import SourceError
from factcheck.facts import Subject
from factcheck.findings import Cleared, EvidenceItem, Finding, Report
from factcheck.report import REPORTERS
from factcheck.report.html_report import Scale, claim_span, linked, year_fraction

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"

# Seed sentences, whole (corpus/asharq-2024-09-14-shoigu-pyongyang.md, lines 12 and 32).
SECRETARY = ("تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع "
             "الأمين العام لمجلس الأمن الروسي سيرغي شويغو، وفق ما ذكرته وسائل إعلام رسمية في بيونغ يانغ السبت.")
HEAD = "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."
# HEAD EDITED to carry markup that must stay text: a script, quotes and an ampersand.
HEAD_SCRIPT = 'ويرأس شويغو <script>alert("x")</script> مجلس الأمن & "الروسي" منذ تنحيه عن منصب وزير الدفاع.'
SECRETARY_WORDS = "الأمين العام لمجلس الأمن الروسي"
HEAD_WORDS = "ويرأس شويغو"

SHOIGU = Subject("person:sergei-shoigu", "سيرغي شويغو")
KIM = Subject("person:kim-jong-un", "كيم جونغ أون")
RULE_INFO = (
    {"id": "secretary-vs-chair", "kind": "exclusive_titles", "severity": "error",
     "description": "Two offices no one holds at once.", "path": "r.yaml"},
    {"id": "mixed-spellings", "kind": "spelling_consistency", "severity": "info",
     "description": "One article writes one name in several ways.", "path": "r.yaml"},
)
WIKI = "https://en.wikipedia.org/wiki/Security_Council_of_Russia"


def item(article: str, quote: str, words: str, valid_at: str, basis: str = "published",
         offset: int = 100) -> EvidenceItem:
    at = quote.index(words)
    return EvidenceItem(article, "2024-09-14", quote, offset, offset + len(quote), words, offset + at,
                        offset + at + len(words), words, valid_at, basis, f"corpus/{article}.md", 12, 1,
                        12, at + 1)


def hand_findings() -> tuple[Finding, ...]:
    clash = Finding("secretary-vs-chair", "exclusive_titles", "error",
                    "سيرغي شويغو is called both secretary and chair at the same time", SHOIGU,
                    (item("a1", SECRETARY, SECRETARY_WORDS, "2024-09-14"),
                     *(item(f"b{k}", HEAD, HEAD_WORDS, "2024-05/2024-09-14", "relative") for k in range(1, 6))),
                    f"the times meet. Reference: held by another (since 2012-05-07; {WIKI}).")
    escaped = Finding("mixed-spellings", "spelling_consistency", "info", 'شويغو "twice" <b>', SHOIGU,
                      (item('a"2', HEAD_SCRIPT, "مجلس الأمن & \"الروسي\"", "2024-09-14"),), "house style")
    accepted = Finding("secretary-vs-chair", "exclusive_titles", "error", "accepted clash", KIM,
                       (item("a3", HEAD, HEAD_WORDS, "2024", "explicit"),), "why", status="accepted",
                       accepted={"reason": "the wire's own correction", "by": "desk", "until": "2027-01-01",
                                 "where": "factcheck-accept.yaml:3"})
    return clash, escaped, accepted


ARTICLES = (
    {"id": "a1", "path": "corpus/a1.md", "title": "كوريا الشمالية تتعهد تعميق الروابط مع روسيا",
     "source": "Asharq Al-Awsat", "url": "https://example.org/a1", "published": "2024-09-14",
     "published_note": "inferred (state media reported the talks on Saturday)"},
    {"id": "b1", "path": "corpus/b1.md", "title": "t", "source": "s", "url": "javascript:alert(1)",
     "published": "2024-09-15", "published_note": None},
)
TIMELINE = {
    "subject": {"id": SHOIGU.id, "name": SHOIGU.name},
    "terms": [{"office": "ru.defence.minister", "label": "وزير الدفاع", "start": "2012-11-06",
               "end": "2024-05-12", "source": "https://example.org/defence"},
              {"office": "ru.security_council.secretary", "label": "أمين مجلس الأمن", "start": "2024-05-12",
               "end": None, "source": "a book"}],
    "claims": [{"article": "a1", "valid_at": "2024-09-14", "start": "2024-09-14", "end": "2024-09-14",
                "value": SECRETARY_WORDS, "office": "ru.security_council.secretary", "conflict": False,
                "finding_ids": [], "place": "corpus/a1.md:12:88"},
               {"article": "b1", "valid_at": "2024-05/2024-09-14", "start": "2024-05", "end": "2024-09-14",
                "value": HEAD_WORDS, "office": "ru.security_council.chair", "conflict": True,
                "finding_ids": [hand_findings()[0].id], "place": "corpus/b1.md:32:1"},
               {"article": "b2", "valid_at": "2020", "start": None, "end": None, "value": "وزير الدفاع",
                "office": "ru.defence.minister", "conflict": False, "finding_ids": [], "place": "corpus/b2.md:3:1"}],
}
ERROR = SourceError("corpus/broken, one.md", 3, 5, "front matter: 'published' is not a date", "write YYYY-MM-DD")


def hand_report(**changes: object) -> Report:
    fields: dict = {"version": "0.1.0", "articles": 8, "facts": 40, "rules": 2, "findings": hand_findings(),
                    "errors": (ERROR,), "baseline": "factcheck-baseline.json", "fixed": ({"id": "00112233aabbccdd"},),
                    "rule_info": RULE_INFO, "articles_info": ARTICLES, "timelines": (TIMELINE,)}
    return Report(**(fields | changes))


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None
    chunks: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def inside(self, tag: str, cls: str | None = None) -> Element | None:
        up = self.parent
        while up is not None and not (up.tag == tag and (cls is None or cls in up.classes)):
            up = up.parent
        return up


class Page(HTMLParser):
    """Every element with its attributes, text and parent; an end tag that closes another is a problem."""

    VOID = {"meta", "link", "img", "br", "hr", "input", "source", "wbr", "area", "base", "col"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.problems: list[str] = []
        self.feed(html)
        self.close()
        self.problems += [f"<{e.tag}> never closed" for e in self.stack]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1] if self.stack else None)
        self.elements.append(element)
        if tag not in self.VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1] if self.stack else None))

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.problems.append(f"</{tag}> closes <{self.stack[-1].tag if self.stack else None}>")

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.chunks.append(data)

    def all(self, tag: str, cls: str | None = None, **attrs: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and (cls is None or cls in e.classes)
                and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, element_id: str) -> Element:
        [element] = [e for e in self.elements if e.attrs.get("id") == element_id]
        return element


def page(report: Report | None = None) -> Page:
    return Page(REPORTERS["html"](report or hand_report(), False))


# -- the page as a file --------------------------------------------------------------------------------


def test_parses_balanced_and_needs_no_network() -> None:
    p = page()
    assert p.problems == []
    [html] = p.all("html")
    assert (html.attrs["lang"], html.attrs["dir"]) == ("ar", "rtl")
    assert p.all("meta", charset="utf-8")
    assert p.all("link") == [] and p.all("img") == [] and p.all("iframe") == []
    assert [s.attrs.get("src") for s in p.all("script")] == [None]  # one inline script
    for element in p.elements:
        if element.tag in ("script", "link", "img"):
            assert "http" not in element.attrs.get("src", "") + element.attrs.get("href", "")
    [style] = p.all("style")
    assert "url(" not in style.text and "@import" not in style.text and "@font-face" not in style.text
    assert "Noto Naskh Arabic" in style.text


def test_article_text_is_escaped_everywhere() -> None:
    p = page()
    assert len(p.all("script")) == 1  # the quote's <script> is text, not an element
    finding = hand_findings()[1]
    quotes = [q for q in p.all("blockquote") if q.inside("article").attrs["id"] == finding.id]  # type: ignore[union-attr]
    assert [q.text for q in quotes] == [HEAD_SCRIPT]
    article = p.by_id(finding.id)
    assert json.loads(article.attrs["data-articles"]) == ['a"2']
    [heading] = [h for h in p.all("h3") if h.inside("article") is article]
    assert 'شويغو "twice" <b>' in heading.text  # the message's <b> is text too
    assert not any(b.inside("h3") is heading for b in p.all("b"))


def test_latin_runs_are_isolated_left_to_right() -> None:
    p = page()
    ltr = [e.text for e in p.all("bdi", dir="ltr")]
    for text in ("secretary-vs-chair", "2024-05/2024-09-14", "corpus/b1.md:12:1", "corpus/broken, one.md:3:5"):
        assert text in ltr or any(text in e.text for e in p.elements if e.attrs.get("dir") == "ltr")
    assert '<bdi dir="ltr">2012-05-07</bdi>' in linked("held (since 2012-05-07; x)")


# -- summary -------------------------------------------------------------------------------------------


def test_summary_counts_severities_statuses_and_lists_input_errors() -> None:
    p = page()
    summary = p.by_id("summary-h").parent
    assert summary is not None
    counts = [re.sub(r"\s+", " ", li.text).strip() for li in p.all("li") if li.inside("ul", "counts")]
    assert counts == ["error 2", "warning 0", "info 1", "new 2", "unchanged 0", "accepted 1", "fixed 1"]
    assert "8 articles, 40 facts, 2 rules run" in summary.text
    assert "corpus/broken, one.md:3:5: front matter: 'published' is not a date (write YYYY-MM-DD)" in summary.text
    assert "00112233aabbccdd" in summary.text
    without = page(hand_report(baseline=None, findings=hand_findings()[:2], fixed=()))
    assert [li.text.split()[0] for li in without.all("li") if li.inside("ul", "counts")] == [
        "error", "warning", "info"]


# -- findings ------------------------------------------------------------------------------------------


def test_each_finding_is_an_article_with_filter_attributes() -> None:
    p = page()
    for finding in hand_findings():
        article = p.by_id(finding.id)
        assert article.tag == "article"
        assert article.attrs["data-severity"] == finding.severity
        assert article.attrs["data-rule"] == finding.rule
        assert article.attrs["data-subject"] == finding.subject.id
        assert json.loads(article.attrs["data-articles"]) == finding.articles
        assert "hidden" not in article.attrs  # without the script, everything shows


def test_mark_holds_the_matched_words_of_every_quote() -> None:
    p = page()
    marks = [m.text for m in p.all("mark")]
    assert marks == [e.text for f in hand_findings() for e in f.evidence]
    for mark in p.all("mark"):
        assert mark.parent is not None and mark.parent.tag == "blockquote"


def test_quotes_grouped_per_claim_past_three_articles_folded() -> None:
    p = page()
    clash = hand_findings()[0]
    claims = [c for c in p.all("section", "claim") if c.inside("article") is p.by_id(clash.id)]
    assert len(claims) == 2
    figures = [f for f in p.all("figure", "quote") if f.inside("section", "claim") is claims[1]]
    folded = [f.attrs["data-article"] for f in figures if f.inside("details")]
    shown = [f.attrs["data-article"] for f in figures if not f.inside("details")]
    assert (shown, folded) == (["b1", "b2", "b3"], ["b4", "b5"])
    [details] = [d for d in p.all("details") if d.inside("section", "claim") is claims[1]]
    assert "open" not in details.attrs and "2 more articles" in details.text
    # the two claims side by side in a grid that stacks when narrow and in print
    style = p.all("style")[0].text
    assert re.search(r"@media \(min-width: [^)]+\) \{ \.claims \{ grid-template-columns: 1fr 1fr", style)
    assert ".claims { display: grid; grid-template-columns: 1fr;" in style


def test_evidence_says_where_when_and_how_known() -> None:
    p = page()
    clash = p.by_id(hand_findings()[0].id)
    text = re.sub(r"\s+", " ", clash.text)
    assert "rule: Two offices no one holds at once." in text
    assert "كوريا الشمالية تتعهد تعميق الروابط مع روسيا · Asharq Al-Awsat · https://example.org/a1" in text
    assert "2024-09-14 (inferred (state media reported the talks on Saturday))" in text
    assert "2024-09-15 (printed)" in text  # b1 is described, with no note
    [b2] = [f for f in p.all("figure", "quote") if f.attrs["data-article"] == "b2"]
    assert "2024-09-14" in b2.text and "printed" not in b2.text  # b2 is not described: how is not known
    assert "2024-09-14 (the publication date)" in text
    assert "2024-05/2024-09-14 (relative to the publication)" in text
    assert "corpus/a1.md:12:" in text
    hrefs = [a.attrs["href"] for a in p.all("a") if a.inside("article") is clash]
    assert "https://example.org/a1" in hrefs and WIKI in hrefs  # the explanation's address, without ")."
    assert not any(h.startswith("javascript") for h in (a.attrs.get("href", "") for a in p.all("a")))
    accepted = p.by_id(hand_findings()[2].id)
    assert "2024 (explicit)" in accepted.text


def test_status_new_and_accepted_with_reason_by_until() -> None:
    p = page()
    new, _, accepted = (p.by_id(f.id) for f in hand_findings())
    assert "status: new" in new.text
    [box] = [e for e in p.all("p", "accepted") if e.inside("article") is accepted]
    assert re.sub(r"\s+", " ", box.text) == ("accepted: the wire's own correction · by desk · until 2027-01-01 · "
                                             "where factcheck-accept.yaml:3")


def test_filters_list_every_rule_subject_article_and_start_hidden() -> None:
    p = page()
    form = p.by_id("filters")
    assert "hidden" in form.attrs
    options = {s.attrs["name"]: [o.attrs["value"] for o in p.all("option") if o.parent is s]
               for s in p.all("select")}
    findings = hand_findings()
    assert options["severity"] == ["", "error", "warning", "info"]
    assert sorted(options["rule"][1:]) == sorted({f.rule for f in findings})
    assert sorted(options["subject"][1:]) == sorted({f.subject.id for f in findings})
    assert sorted(options["article"][1:]) == sorted({a for f in findings for a in f.articles})
    assert options["status"] == ["", "new", "accepted"]
    for select in p.all("select"):  # each control has its label
        assert select.parent is not None and select.parent.tag == "label"
        assert select.parent.attrs["for"] == select.attrs["id"]
    skip = p.all("a", "skip")[0]
    assert skip.attrs["href"] == "#findings" and p.by_id("findings").tag == "section"


def test_headings_go_down_one_level_at_a_time() -> None:
    levels = [int(e.tag[1]) for e in page().elements if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_print_styles() -> None:
    style = page().all("style")[0].text
    printed = style[style.index("@media print"):]
    assert "#filters, .skip { display: none" in printed
    assert "page-break-inside: avoid" in printed
    assert "details::details-content { content-visibility: visible" in printed
    assert ".claims { grid-template-columns: 1fr; }" in printed


# -- timelines -----------------------------------------------------------------------------------------


def test_timeline_bars_per_term_points_per_claim_conflict_marked() -> None:
    p = page()
    [svg] = p.all("svg")
    assert "direction: ltr" in svg.attrs["style"]
    bars = [r for r in p.all("rect", "term")]
    assert len(bars) == 2
    assert [t.text for t in p.all("text", "lane-label")] == [
        "وزير الدفاع", "أمين مجلس الأمن", "ru.security_council.chair (no reference term)"]
    points = p.all("g", "claim")
    assert len(points) == 3
    [conflict] = [g for g in points if "conflict" in g.classes]
    assert "conflicting claim" in conflict.attrs["aria-label"] and "corpus/b1.md:32:1" in conflict.attrs["aria-label"]
    assert [e.tag for e in p.elements if e.parent is conflict] == ["title", "line", "path"]  # a diamond, not a dot
    assert conflict.parent is not None and conflict.parent.attrs["href"] == "#" + hand_findings()[0].id
    assert all([e.tag for e in p.elements if e.parent is g][-1] == "circle" for g in points if g is not conflict)
    # the defence term is a link to its source; the secretary term's source is no address, so a title only
    assert bars[0].parent is not None and bars[0].parent.attrs.get("href") == "https://example.org/defence"
    assert bars[1].parent is not None and bars[1].parent.tag == "svg"
    assert "still in office" in p.all("title")[[t.parent for t in p.all("title")].index(bars[1])].text
    ticks = [t.text for t in p.all("text", "tick-label")]
    assert ticks == ["2012", "2014", "2016", "2018", "2020", "2022", "2024"]


def test_timeline_positions_follow_the_dates() -> None:
    p = page()
    scale = Scale(2012, 2025)
    bars = p.all("rect", "term")
    assert float(bars[0].attrs["x"]) == pytest.approx(scale.x(year_fraction("2012-11-06") or 0), abs=0.1)
    assert float(bars[1].attrs["x"]) + float(bars[1].attrs["width"]) == pytest.approx(scale.x(2025), abs=0.1)
    [dot2020] = [c for c in p.all("circle") if c.inside("g", "claim") and "2020" in c.parent.attrs["aria-label"]]  # type: ignore[union-attr]
    assert float(dot2020.attrs["cx"]) == pytest.approx(scale.x(2020.5), abs=0.5)


@pytest.mark.parametrize(("text", "end", "year"), [
    ("2024", False, 2024.0), ("2024", True, 2025.0), ("2024-07", False, 2024 + 182 / 366),
    ("2024-12", True, 2025.0), ("2023-01-02", False, 2023 + 1 / 365), ("2024-13", False, None),
    ("soon", False, None), (None, False, None)])
def test_year_fraction(text: str | None, end: bool, year: float | None) -> None:
    assert year_fraction(text, end) == (pytest.approx(year) if year is not None else None)


def test_claim_span_from_start_end_or_valid_at() -> None:
    assert claim_span({"valid_at": "2024-05/2024-09-14"}) == pytest.approx((2024 + 121 / 366, 2024 + 258 / 366))
    assert claim_span({"valid_at": "x", "start": "2020", "end": "2020"}) == (2020.0, 2021.0)
    assert claim_span({"valid_at": "unknown"}) is None


def test_no_timelines_no_section() -> None:
    p = page(hand_report(timelines=()))
    assert p.all("svg") == [] and not any(e.attrs.get("id") == "timelines-h" for e in p.elements)


# -- what was ruled out --------------------------------------------------------------------------------


def test_cleared_pairs_folded_with_quotes_and_reason() -> None:
    assert not any(e.attrs.get("id") == "cleared-h" for e in page().elements)  # not asked for
    pair = Cleared("secretary-vs-chair", "exclusive_titles", SHOIGU, "different times: 2019 and 2024",
                   (item("a1", SECRETARY, SECRETARY_WORDS, "2024-09-14"), item("c1", HEAD, HEAD_WORDS, "2019")))
    p = page(hand_report(cleared=(pair,)))
    heading = p.by_id("cleared-h")
    assert heading.text == "What was ruled out (1)"
    [details] = [d for d in p.all("details") if d.parent is heading.parent]
    assert "open" not in details.attrs
    [section] = p.all("section", "pair")
    assert section.inside("details") is details
    assert [q.text for q in p.all("blockquote") if q.inside("section", "pair")] == [SECRETARY, HEAD]
    assert "Let stand because: different times: 2019 and 2024" in re.sub(r"\s+", " ", section.text)
    empty = page(hand_report(cleared=()))
    assert "No pair was compared and let stand." in empty.by_id("cleared-h").parent.text  # type: ignore[union-attr]


# -- headless Chromium on the seed corpus ---------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium package)")
    return found


def run_chromium(page_file: Path, profile: Path, *flags: str, query: str = "") -> subprocess.CompletedProcess[str]:
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
               "--no-first-run", f"--user-data-dir={profile}", *flags, page_file.as_uri() + query]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line]


def varied_rows(png: bytes) -> tuple[int, int, int]:
    """Width, height and how many rows differ from a page of one colour.

    Filtered PNG rows of a one-colour image are all zero past their first pixel, whatever the
    filter (None aside), so a nonzero byte there is a row with something drawn on it.
    """
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", b""
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        header, idat = (body, idat) if kind == b"IHDR" else (header, idat + body if kind == b"IDAT" else idat)
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    pixel = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * pixel + 1
    return width, height, sum(1 for r in range(1, height) if raw[r * stride + 1 + pixel:(r + 1) * stride].strip(b"\0"))


def test_chromium_logs_page_console_messages_as_console_lines(tmp_path: Path) -> None:
    # the seed test's "no CONSOLE line" means something only if a page's console.error shows up so
    probe = tmp_path / "probe.html"
    probe.write_text('<!DOCTYPE html><p>x</p><script>console.error("probe")</script>', "utf-8")
    result = run_chromium(probe, tmp_path / "profile", "--dump-dom")
    assert any('"probe"' in line for line in console_lines(result.stderr))


def test_seed_report_in_headless_chromium(tmp_path: Path) -> None:
    report = check_corpus([ROOT / "corpus"], load_ruleset(None))
    assert len(report.findings) == 6
    page_file = tmp_path / "report.html"
    page_file.write_text(REPORTERS["html"](report, False), "utf-8")
    shot = tmp_path / "report.png"
    shown = run_chromium(page_file, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    dumped = run_chromium(page_file, tmp_path / "profile", "--dump-dom")
    filtered = run_chromium(page_file, tmp_path / "profile", "--dump-dom", query="?severity=info")
    assert console_lines(shown.stderr + dumped.stderr + filtered.stderr) == []
    dom = Page(dumped.stdout)
    assert {e.attrs["id"] for e in dom.all("article", "finding")} == {f.id for f in report.findings}
    [html] = dom.all("html")
    assert html.attrs.get("data-dir") == "rtl"  # the computed direction, set by the page's script
    assert "hidden" not in dom.by_id("filters").attrs  # the script ran and showed the filters
    assert dom.by_id("shown").text == "6 of 6 findings shown"
    hidden = {e.attrs["id"] for e in Page(filtered.stdout).all("article", "finding") if "hidden" in e.attrs}
    assert hidden == {f.id for f in report.findings if f.severity != "info"}  # the script filters
    assert Page(filtered.stdout).by_id("shown").text == f"{report.count('info')} of 6 findings shown"
    png = shot.read_bytes()
    width, height, varied = varied_rows(png)
    assert (width, height) == (1280, 2000)
    assert varied > 500, f"only {varied} rows with anything drawn: a blank page?"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "html-report.png").write_bytes(png)
