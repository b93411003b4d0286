"""SARIF, GitHub annotations, JUnit XML and the Markdown comment, on hand-built reports and the seed corpus."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from factcheck.engine import check_corpus, load_ruleset
from factcheck.errors import SourceError
from factcheck.facts import Subject
from factcheck.findings import EvidenceItem, Finding, Report
from factcheck.report import REPORTERS, github_report, junit_report, markdown_report, sarif_report
from factcheck.schemas import schema, validate_json

ROOT = Path(__file__).resolve().parent.parent

# Seed sentences, whole (corpus/asharq-2024-09-14-shoigu-pyongyang.md, lines 12 and 32).
SECRETARY = ("تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع "
             "الأمين العام لمجلس الأمن الروسي سيرغي شويغو، وفق ما ذكرته وسائل إعلام رسمية في بيونغ يانغ السبت.")
HEAD = "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."
# HEAD EDITED to carry Markdown that must not take effect: a table bar, emphasis, a tag.
HEAD_MARKUP = "ويرأس شويغو | مجلس الأمن الروسي *منذ* تنحيه <b>عن</b> منصب وزير الدفاع في مايو (أيار)."
# HEAD EDITED: broken over two lines, as a wrapped paragraph of an article file would be.
HEAD_WRAPPED = "ويرأس شويغو مجلس\nالأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."

SHOIGU = Subject("person:sergei-shoigu", "سيرغي شويغو")
SECRETARY_WORDS = "الأمين العام لمجلس الأمن الروسي سيرغي شويغو"
HEAD_WORDS = "ويرأس شويغو مجلس"


def evidence(article: str, path: str, line: int, quote: str, words: str, valid_at: str,
             offset: int = 0) -> EvidenceItem:
    """An item whose offsets and places agree with a quote starting at column 1 of `line`."""
    at = quote.index(words)
    before = quote[:at]
    text_line = line + before.count("\n")
    text_column = len(before.rsplit("\n", 1)[-1]) + 1
    return EvidenceItem(article, "2024-09-14", quote, offset, offset + len(quote), words, offset + at,
                        offset + at + len(words), words, valid_at, "published", path, line, 1,
                        text_line, text_column)


RULE_INFO = (
    {"id": "secretary-vs-chair", "kind": "exclusive_titles", "severity": "error",
     "description": "Two offices no one holds at once. A person called both is an error.", "path": "r.yaml"},
    {"id": "mixed-spellings", "kind": "spelling_consistency", "severity": "info",
     "description": "One article writes one name in several ways.", "path": "r.yaml"},
    {"id": "weekday-date", "kind": "weekday_date", "severity": "warning",
     "description": "", "path": "r.yaml"},
)
PATH = "corpus/asharq, 2024: شويغو.md"  # a comma, a colon, a space and Arabic: all need escaping somewhere


def findings() -> tuple[Finding, ...]:
    clash = Finding("secretary-vs-chair", "exclusive_titles", "error",
                    "سيرغي شويغو is called both secretary and chair\nat the same time", SHOIGU,
                    (evidence("a1", PATH, 12, SECRETARY, SECRETARY_WORDS, "2024-09-14"),
                     evidence("a1", PATH, 32, HEAD_MARKUP, "ويرأس شويغو", "2024-05/2024-09-14", 500),
                     evidence("a2", "corpus/a2.md", 7, HEAD_WRAPPED, "مجلس\nالأمن", "2024-05/2024-09-14")),
                    "one person cannot hold both, and the times meet")
    spelling = Finding("mixed-spellings", "spelling_consistency", "info", "شويغو is written two ways", SHOIGU,
                       (evidence("a3", "corpus/a3.md", 4, HEAD, HEAD_WORDS, "2024-09-14"),), "house style")
    accepted = Finding("secretary-vs-chair", "exclusive_titles", "error", "accepted clash",
                       Subject("person:x", "x | y"), (evidence("a4", "corpus/a4.md", 2, HEAD, HEAD_WORDS, "2024"),),
                       "why", status="accepted",
                       accepted={"reason": "the wire's own correction", "by": "desk", "until": None,
                                 "where": "factcheck-accept.yaml:3"})
    unchanged = Finding("mixed-spellings", "spelling_consistency", "info", "known spelling",
                        Subject("person:y", "y"), (evidence("a5", "corpus/a5.md", 9, HEAD, HEAD_WORDS, "2023"),),
                        "known", status="unchanged")
    return clash, spelling, accepted, unchanged


ERROR = SourceError("corpus/broken, one.md", 3, 5, "front matter: 'published' is not a date", "write YYYY-MM-DD")


def hand_report(baseline: str | None = "factcheck-baseline.json") -> Report:
    return Report("0.1.0", 5, 40, len(RULE_INFO), findings(), (ERROR,), baseline=baseline,
                  fixed=({"id": "00112233aabbccdd"},), rule_info=RULE_INFO)


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return check_corpus([ROOT / "corpus"], load_ruleset(None))


# -- SARIF -----------------------------------------------------------------------------------------


def test_sarif_validates_against_the_shipped_schema() -> None:
    sarif = json.loads(REPORTERS["sarif"](hand_report(), False))
    assert jsonschema.validators.validator_for(schema("sarif-2.1.0")) is jsonschema.Draft4Validator
    assert validate_json(sarif, "sarif-2.1.0") == []
    sarif["runs"][0]["results"][0]["level"] = "info"  # the schema is not a rubber stamp
    assert validate_json(sarif, "sarif-2.1.0")


def test_sarif_has_a_location_per_quote_at_the_matched_words() -> None:
    report = hand_report()
    results = sarif_report.as_sarif(report)["runs"][0]["results"]
    assert len(results) == len(report.findings)
    for finding, result in zip(report.findings, results, strict=True):
        assert len(result["locations"]) == len(finding.evidence)
        for item, location in zip(finding.evidence, result["locations"], strict=True):
            physical = location["physicalLocation"]
            assert unquote(physical["artifactLocation"]["uri"]) == item.path
            region = physical["region"]
            assert (region["startLine"], region["startColumn"]) == (item.text_line, item.text_column)
            assert region["snippet"]["text"] == item.text
            assert physical["contextRegion"]["snippet"]["text"] == item.quote
            assert physical["contextRegion"]["startLine"] == item.line
    one_line, wrapped = results[0]["locations"][0], results[0]["locations"][2]
    assert one_line["physicalLocation"]["region"]["endColumn"] == 88 + len(SECRETARY_WORDS)
    assert "endLine" not in one_line["physicalLocation"]["region"]
    # "مجلس\nالأمن" starts at line 7 col 13 (after "ويرأس شويغو ") and ends on line 8 after "الأمن"
    assert wrapped["physicalLocation"]["region"] | {"snippet": None} == {
        "startLine": 7, "startColumn": 13, "endLine": 8, "endColumn": 6, "snippet": None}


def test_sarif_rules_levels_states_and_suppressions() -> None:
    run = sarif_report.as_sarif(hand_report())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r["id"] for r in RULE_INFO]
    assert [r["defaultConfiguration"]["level"] for r in rules] == ["error", "note", "warning"]
    assert rules[0]["shortDescription"]["text"] == "Two offices no one holds at once."
    assert rules[0]["properties"] == {"kind": "exclusive_titles"}
    assert rules[2]["fullDescription"]["text"] == "weekday-date"  # no description: the id, never ""
    clash, spelling, accepted, unchanged = run["results"]
    assert clash["message"]["text"] == ("سيرغي شويغو is called both secretary and chair\nat the same time"
                                        " — one person cannot hold both, and the times meet")
    assert (clash["ruleIndex"], spelling["ruleIndex"], spelling["level"]) == (0, 1, "note")
    assert clash["partialFingerprints"] == {"factcheck/v1": findings()[0].id}
    assert [clash.get("baselineState"), unchanged.get("baselineState")] == ["new", "unchanged"]
    assert "baselineState" not in accepted and "suppressions" not in clash
    assert accepted["suppressions"] == [{"kind": "external", "status": "accepted",
                                         "justification": "the wire's own correction",
                                         "properties": {"by": "desk", "where": "factcheck-accept.yaml:3"}}]
    without = sarif_report.as_sarif(hand_report(baseline=None))["runs"][0]["results"]
    assert not any("baselineState" in r for r in without)


def test_sarif_input_errors_are_notifications_with_their_place() -> None:
    [invocation] = sarif_report.as_sarif(hand_report())["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == "front matter: 'published' is not a date (write YYYY-MM-DD)"
    physical = note["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "corpus/broken%2C%20one.md"
    assert physical["region"] == {"startLine": 3, "startColumn": 5}
    clean = Report("0.1.0", 1, 1, 0, ())
    assert sarif_report.as_sarif(clean)["runs"][0]["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize(("path", "uri"), [
    ("corpus/a b.md", "corpus/a%20b.md"),
    ("corpus\\sub\\a.md", "corpus/sub/a.md"),
    ("a:b.md", "a%3Ab.md"),  # unescaped, `a:` would read as a URI scheme
    ("corpus/شويغو.md", "corpus/%D8%B4%D9%88%D9%8A%D8%BA%D9%88.md"),
    ("/srv/news/a#1.md", "file:///srv/news/a%231.md"),
    ("C:\\news\\a.md", "file:///C:/news/a.md"),
])
def test_artifact_uri(path: str, uri: str) -> None:
    assert sarif_report.artifact_uri(path) == uri


# -- GitHub annotations ----------------------------------------------------------------------------

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in props.items()}, unescape(match.group(3))


def test_github_annotates_each_quote_of_new_findings_only() -> None:
    lines = REPORTERS["github"](hand_report(), False).splitlines()
    parsed = [parse(line) for line in lines]
    clash, spelling = findings()[:2]
    assert len(lines) == 1 + len(clash.evidence) + len(spelling.evidence)  # accepted, unchanged: none
    level, props, message = parsed[0]
    assert (level, props) == ("error", {"file": "corpus/broken, one.md", "line": "3", "col": "5",
                                        "title": "factcheck input error"})
    assert message == "front matter: 'published' is not a date (write YYYY-MM-DD)"
    level, props, message = parsed[1]
    assert level == "error"
    assert props == {"file": PATH, "line": "12", "col": "88", "endColumn": str(88 + len(SECRETARY_WORDS)),
                     "title": "secretary-vs-chair"}
    assert message.splitlines() == ["سيرغي شويغو is called both secretary and chair", "at the same time",
                                    f"«{SECRETARY}»", "one person cannot hold both, and the times meet"]
    assert parsed[3][1] == {"file": "corpus/a2.md", "line": "7", "endLine": "8", "title": "secretary-vs-chair"}
    assert parsed[4][0] == "notice"


def test_github_escapes() -> None:
    line = github_report.command("error", {"file": "a,b:c%.md", "title": "r"}, "x\r\ny: 100%")
    assert line == "::error file=a%2Cb%3Ac%25.md,title=r::x%0D%0Ay: 100%25"
    assert "\n" not in REPORTERS["github"](hand_report(), False).rstrip("\n").replace("\n::", "::")


# -- JUnit -----------------------------------------------------------------------------------------


def counts(element: ET.Element) -> dict[str, int]:
    return {k: int(element.get(k, -1)) for k in ("tests", "failures", "errors", "skipped")}


def test_junit_cases_and_counts() -> None:
    root = ET.fromstring(REPORTERS["junit"](hand_report(), False))
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    actual = {"tests": len(cases), "failures": sum(c.find("failure") is not None for c in cases),
              "errors": sum(c.find("error") is not None for c in cases),
              "skipped": sum(c.find("skipped") is not None for c in cases)}
    # 1 input error, 2 new findings, 1 accepted + 1 unchanged, 1 rule that found nothing
    assert actual == {"tests": 6, "failures": 2, "errors": 1, "skipped": 2}
    assert counts(suite) == counts(root) == actual
    clash = findings()[0]
    failing = next(c for c in cases if c.find("failure") is not None)
    assert failing.get("classname") == "secretary-vs-chair"
    assert failing.get("name") == f"{clash.evidence[0].place} {clash.id}"
    failure = failing.find("failure")
    assert failure is not None and failure.text is not None
    assert failure.get("message") == clash.message and failure.get("type") == "error"
    assert SECRETARY in failure.text and "one person cannot hold both" in failure.text
    skipped = {c.find("skipped").get("message") for c in cases if c.find("skipped") is not None}  # type: ignore[union-attr]
    assert skipped == {"accepted: the wire's own correction", "unchanged: in the baseline"}
    passing = [c for c in cases if not list(c)]
    assert [(c.get("classname"), c.get("name")) for c in passing] == [("weekday-date", "no findings")]
    erroring = next(c for c in cases if c.find("error") is not None)
    assert erroring.get("name") == "corpus/broken, one.md:3:5"


def test_junit_writes_no_character_xml_cannot_hold() -> None:
    item = evidence("a1", "corpus/a1.md", 1, HEAD + "\x0b\x01", HEAD_WORDS, "2024")
    finding = Finding("r", "k", "error", "m\x00", SHOIGU, (item,), "e")
    root = ET.fromstring(junit_report.render(Report("0.1.0", 1, 1, 1, (finding,))))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "m\ufffd"


# -- Markdown --------------------------------------------------------------------------------------


def test_markdown_escapes_quotes_and_bolds_the_matched_words() -> None:
    text = REPORTERS["markdown"](hand_report(), False)
    quoted = [line for line in text.splitlines() if line.startswith("> ")]
    markup = next(line for line in quoted if "تنحيه" in line and "&#124;" in line)
    assert markup == ("> **ويرأس شويغو** &#124; مجلس الأمن الروسي &#42;منذ&#42; تنحيه "
                      "&#60;b&#62;عن&#60;/b&#62; منصب وزير الدفاع في مايو (أيار).")
    assert f"> تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع **{SECRETARY_WORDS}**" \
        in text
    # the words matched across a line break: bold on each line, the quote still one blockquote
    assert "> ويرأس شويغو **مجلس**" in quoted and "> **الأمن** الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)." \
        in quoted
    assert text.count('<div dir="rtl">') == text.count("</div>") == 4  # one per quote of the new findings


def test_markdown_summary_table_and_sections() -> None:
    text = REPORTERS["markdown"](hand_report(), False)
    lines = text.splitlines()
    assert lines[2] == ("**factcheck 0.1.0**: 2 error, 0 warning, 2 info · 2 new, 1 unchanged, 1 accepted, "
                        "1 fixed · 5 articles · 1 input errors")
    start = lines.index("| Severity | Rule | Subject | Place |")
    rows = lines[start + 2:lines.index("", start)]
    assert rows == [
        "| error | secretary-vs-chair | <bdi>سيرغي شويغو</bdi> | corpus/asharq, 2024: شويغو.md:12, "
        "corpus/asharq, 2024: شويغو.md:32, corpus/a2.md:7 |",
        "| info | mixed-spellings | <bdi>سيرغي شويغو</bdi> | corpus/a3.md:4 |"]
    assert text.count("<details>") == 3  # two new findings, then the known ones folded
    assert "| error | secretary-vs-chair | <bdi>x &#124; y</bdi> | corpus/a4.md:2 | accepted: the wire's own correction |" \
        in lines
    assert "- corpus/broken, one.md:3:5: front matter: 'published' is not a date (write YYYY-MM-DD)" in lines


@pytest.mark.parametrize(("text", "shown"), [
    ("a | b", "a &#124; b"),
    ("<img src=x>", "&#60;img src=x&#62;"),
    ("`code` *em* [link](u) ~s~ \\", "&#96;code&#96; &#42;em&#42; &#91;link&#93;(u) &#126;s&#126; &#92;"),
    ("_em_ but snake_case and https://x.org/a_b stay", "&#95;em&#95; but snake_case and https://x.org/a_b stay"),
    ("&amp; is not an entity, & is", "&#38;amp; is not an entity, & is"),
    ("line\nbreak", "line break"),
    ("ask @someone", "ask @\u2060someone"),
])
def test_markdown_escape(text: str, shown: str) -> None:
    assert markdown_report.escape(text) == shown


@pytest.mark.parametrize(("quote", "line"), [
    ("- 1. # ويرأس شويغو", "&#45; 1. # **ويرأس** شويغو"),
    ("12. ويرأس شويغو", "12&#46; **ويرأس** شويغو"),
    ("# ويرأس شويغو", "&#35; **ويرأس** شويغو"),
    ("    ويرأس شويغو", "**ويرأس** شويغو"),  # four spaces in a quote would open a code block
])
def test_markdown_quote_line_cannot_start_a_list_heading_or_code(quote: str, line: str) -> None:
    item = evidence("a1", "corpus/a1.md", 1, quote, "ويرأس", "2024")
    assert markdown_report.quote_lines(item) == [line]


# -- the seed corpus -------------------------------------------------------------------------------


def test_every_reporter_renders_the_seed_findings(seed_report: Report) -> None:
    assert len(seed_report.findings) == 6
    evidence_count = sum(len(f.evidence) for f in seed_report.findings)

    sarif = json.loads(REPORTERS["sarif"](seed_report, False))
    assert validate_json(sarif, "sarif-2.1.0") == []
    results = sarif["runs"][0]["results"]
    assert len(results) == 6
    for result in results:  # every region is the matched words, read back from the file
        for location in result["locations"]:
            physical = location["physicalLocation"]
            region = physical["region"]
            line = (ROOT / unquote(physical["artifactLocation"]["uri"])).read_text("utf-8").splitlines()[
                region["startLine"] - 1]
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]

    lines = REPORTERS["github"](seed_report, False).splitlines()
    assert len(lines) == evidence_count
    assert [parse(line)[0] for line in lines].count("error") == sum(
        len(f.evidence) for f in seed_report.findings if f.severity == "error")

    root = ET.fromstring(REPORTERS["junit"](seed_report, False))
    assert counts(root)["failures"] == 6
    assert counts(root)["tests"] == 6 + len({r["id"] for r in seed_report.rule_info}
                                            - {f.rule for f in seed_report.findings})

    markdown = REPORTERS["markdown"](seed_report, False)
    assert markdown.count("<details>") == 6
    table = markdown.split("| Severity | Rule | Subject | Place |\n|---|---|---|---|\n", 1)[1].split("\n\n", 1)[0]
    assert len(table.splitlines()) == 6


def test_markdown_renders_as_written() -> None:
    # markdown-it (CommonMark with GFM tables; installed with rich) reads what a GitHub comment would
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(REPORTERS["markdown"](hand_report(), False))
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    assert [row.count("<td>") for row in rows if "<td>" in row] == [4, 4, 5, 5]
    assert "<td><bdi>x | y</bdi></td>" in html  # a bar in a name is text, not a cell border
    assert ("<p><strong>ويرأس شويغو</strong> | مجلس الأمن الروسي *منذ* تنحيه &lt;b&gt;عن&lt;/b&gt; "
            "منصب وزير الدفاع في مايو (أيار).</p>") in html
    assert html.count('<div dir="rtl">\n<blockquote>') == 4
