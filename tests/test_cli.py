"""The command line, end to end on the real corpus: exit codes, both streams, contracts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.schemas import validate_json

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
runner = CliRunner()

SECRETARY = ("تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع "
             "الأمين العام لمجلس الأمن الروسي سيرغي شويغو، وفق ما ذكرته وسائل إعلام رسمية في بيونغ يانغ السبت.")
HEAD = "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."
# 001's lead sentence as published, but with Shoigu's name where Belousov's stands: the
# stale title of issue 2's third condition. No real article of late 2024 says it.
STALE = """---
id: stale-2024-11-30
published: 2024-11-30
---
قالت وسائل إعلام رسمية في كوريا الشمالية، السبت 30 نوفمبر 2024، إن وزير الدفاع الروسي سيرغي شويغو التقى الزعيم الكوري الشمالي كيم جونج أون واتفقا على تعزيز التعاون العسكري بين البلدين المعزولين.
"""


def check_json(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["check", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def digest(folder: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())).hexdigest()


def test_council_secretary_called_its_head_in_one_article() -> None:
    code, report = check_json(str(CORPUS))
    assert code == 1
    [finding] = [f for f in report["findings"] if f["rule"] == "security-council-secretary-vs-chair"]
    assert finding["subject"]["id"] == "person:sergei-shoigu"
    assert [e["quote"] for e in finding["evidence"]] == [SECRETARY, HEAD]
    assert {e["article"] for e in finding["evidence"]} == {"asharq-2024-09-14-shoigu-pyongyang"}
    assert "فلاديمير بوتين" in finding["explanation"]  # who does chair the council


def test_seed_corpus_findings_are_exactly_the_real_ones() -> None:
    """No false alarm: Shoigu 2023/2024, Belousov/Shoigu, former Trump, elect Trump all pass."""
    _, report = check_json(str(CORPUS))
    found = sorted((f["rule"], f["subject"]["id"], tuple(sorted({e["article"] for e in f["evidence"]})))
                   for f in report["findings"])
    assert found == [
        ("mixed-spellings-in-article", "person:kim-jong-un", ("umma-2024-11-30-belousov-pyongyang",)),
        ("mixed-spellings-in-article", "place:pyongyang", ("umma-2024-11-30-belousov-pyongyang",)),
        ("security-council-secretary-vs-chair", "person:sergei-shoigu", ("asharq-2024-09-14-shoigu-pyongyang",)),
        ("title-against-reference", "person:sergei-shoigu", ("asharq-2024-09-14-shoigu-pyongyang",)),
        ("unlisted-spelling", "person:li-haidong", ("unknown-2023-09-12-kim-visits-russia",)),
        ("unlisted-spelling", "place:pyongyang", ("asharq-2024-09-14-shoigu-pyongyang",)),
    ]
    typo = next(f for f in report["findings"] if f["rule"] == "unlisted-spelling" and f["subject"]["id"] == "place:pyongyang")
    assert typo["severity"] == "info" and typo["evidence"][0]["text"] == "بوينغ يانغ"


def test_report_is_valid_json_against_its_schema() -> None:
    _, report = check_json(str(CORPUS))
    assert validate_json(report, "report") == []
    assert report["corpus"] == {"articles": 6, "facts": report["corpus"]["facts"], "rules": 15, "undated": []}
    assert report["summary"]["error"] == 2


def test_every_evidence_span_points_at_its_quote() -> None:
    _, report = check_json(str(CORPUS))
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---\n", 2)[2] for p in CORPUS.glob("*.md")}
    for finding in report["findings"]:
        for e in finding["evidence"]:
            body = bodies[e["article"]]
            assert body[e["start"]:e["end"]] == e["quote"]
            assert body[e["text_start"]:e["text_end"]] == e["text"]


def test_stale_defence_minister_after_may_2024_is_an_error(corpus_copy: Path) -> None:
    (corpus_copy / "stale-2024-11-30.md").write_text(STALE, encoding="utf-8")
    code, report = check_json(str(corpus_copy))
    assert code == 1
    [stale] = [f for f in report["findings"] if f["rule"] == "title-against-reference"
               and f["evidence"][0]["article"] == "stale-2024-11-30"]
    assert stale["severity"] == "error" and stale["subject"]["id"] == "person:sergei-shoigu"
    assert "أندريه بيلوسوف" in stale["explanation"] and "2024-05-14" in stale["explanation"]
    [both] = [f for f in report["findings"] if f["rule"] == "one-holder-at-a-time"]
    assert {e["article"] for e in both["evidence"]} == {"stale-2024-11-30", "umma-2024-11-30-belousov-pyongyang"}


def test_text_report_quotes_whole_sentences_beside_article_and_dates() -> None:
    result = runner.invoke(app, ["check", str(CORPUS)])
    assert result.exit_code == 1
    assert f"«{HEAD}»" in result.stdout
    assert "asharq-2024-09-14-shoigu-pyongyang · published 2024-09-14 · holds 2024-05/2024-09-14" in result.stdout
    assert "2 errors, 0 warnings, 4 info in 6 articles" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert runner.invoke(app, ["check", str(CORPUS), "--fail-on", fail_on]).exit_code == code


def test_clean_corpus_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text((CORPUS / "araby-2024-06-12-kim-letter-putin.md").read_text("utf-8"), "utf-8")
    code, report = check_json(str(tmp_path))
    assert (code, report["findings"]) == (0, [])


RULE_ERRORS = [
    ("typo in a key", "rules:\n  - id: x\n    kind: single_holder\n    severty: error\n    message: m\n",
     "bad.yaml:4:5: Additional properties are not allowed ('severty' was unexpected)"),
    ("wrong type", "rules:\n  - id: x\n    kind: exclusive_titles\n    severity: error\n    message: m\n"
     "    offices: ru.defense_minister\n", "bad.yaml:6:14: offices: 'ru.defense_minister' is not of type 'array'"),
    ("unknown kind", "rules:\n  - id: x\n    kind: interval_overlap\n    severity: error\n    message: m\n",
     "bad.yaml:3:11: kind: 'interval_overlap' is not one of ['anniversary_arithmetic', 'calendar_arithmetic', 'elapsed_time'"),
    ("unknown office", "rules:\n  - id: x\n    kind: exclusive_titles\n    severity: error\n    message: m\n"
     "    offices: [ru.defense_minister, ru.defence_minister]\n", "bad.yaml:6:36: unknown office 'ru.defence_minister'"),
    ("unknown measure", "rules:\n  - id: x\n    kind: quantity_agreement\n    severity: error\n    message: m\n"
     "    measures: [dprk-troops-in-rusia]\n", "bad.yaml:6:16: unknown measure 'dprk-troops-in-rusia'"),
    ("unfilled placeholder", "rules:\n  - id: x\n    kind: single_holder\n    severity: error\n    message: '{who}'\n",
     "bad.yaml:5:14: message uses {who}, which single_holder does not fill"),
    ("broken YAML", "rules:\n  - id: x\n   kind: [\n", "bad.yaml:3:"),
]


@pytest.mark.parametrize(("what", "text", "expected"), RULE_ERRORS, ids=[r[0] for r in RULE_ERRORS])
def test_rules_validate_reports_file_line_col(tmp_path: Path, what: str, text: str, expected: str) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["rules", "validate", str(tmp_path)])
    assert result.exit_code == 2
    assert expected in result.stderr, result.stderr
    check = runner.invoke(app, ["check", str(CORPUS), "--rules", str(tmp_path)])
    assert check.exit_code == 2 and check.stdout == ""


def test_duplicate_rule_ids_are_an_error(tmp_path: Path) -> None:
    rule = "  - id: x\n    kind: single_holder\n    severity: error\n    message: m\n"
    (tmp_path / "a.yaml").write_text("rules:\n" + rule + rule, encoding="utf-8")
    result = runner.invoke(app, ["rules", "validate", str(tmp_path)])
    assert result.exit_code == 2 and "a.yaml:6:9: rule id 'x' is already used" in result.stderr


def test_shipped_rules_validate() -> None:
    result = runner.invoke(app, ["rules", "validate"])
    assert result.exit_code == 0 and "15 rules valid" in result.stdout


def test_shipped_rule_cases_pass() -> None:
    cases = sum(len(yaml.safe_load(path.read_text("utf-8"))["cases"])
                for path in (ROOT / "rules" / "checks").glob("*.test.yaml"))
    result = runner.invoke(app, ["rules", "test"])
    assert result.exit_code == 0 and f"{cases} passed, 0 failed" in result.stdout


BAD_FILES = [
    ("latin1.md", "---\npublished: 2024-01-01\n---\nok\n".encode() + b"caf\xe9\n", "latin1.md:5:4: not UTF-8"),
    ("unclosed.md", "---\npublished: 2024-01-01\nبيونغ يانغ\n".encode(), "unclosed.md:1:1: front matter opened with '---' is never closed"),
    ("feb30.md", "---\nid: feb30\npublished: 2024-02-30\n---\nنص\n".encode(), "feb30.md:3:12: impossible date '2024-02-30'"),
    ("badkey.md", "---\npublished: 2024-01-01\npublisher: x\n---\nنص\n".encode(), "badkey.md:3:1: Additional properties are not allowed ('publisher'"),
    ("broken.md", "---\npublished: [2024\n---\nنص\n".encode(), "broken.md:3:1: invalid YAML"),
]


@pytest.mark.parametrize(("name", "raw", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_corpus_file_is_named_with_its_line_and_the_rest_is_checked(
        corpus_copy: Path, name: str, raw: bytes, expected: str) -> None:
    (corpus_copy / name).write_bytes(raw)
    before = digest(corpus_copy)
    result = runner.invoke(app, ["check", str(corpus_copy)])
    assert expected in result.stderr, result.stderr
    assert result.exit_code == 1 and "security-council-secretary-vs-chair" in result.stdout
    strict = runner.invoke(app, ["check", str(corpus_copy), "--strict", "--format", "json"])
    assert strict.exit_code == 2
    assert any(expected.split(": ", 1)[1] in e["message"] for e in json.loads(strict.stdout)["errors"])
    assert digest(corpus_copy) == before  # the checker never writes into the corpus


def test_relative_dates_without_publication_are_reported_unresolved(tmp_path: Path) -> None:
    body = (CORPUS / "unknown-2023-09-12-kim-visits-russia.md").read_text("utf-8").split("---\n", 2)[2]
    (tmp_path / "undated.md").write_text(body, encoding="utf-8")
    extracted = json.loads(runner.invoke(app, ["extract", str(tmp_path), "--format", "json"]).stdout)
    tuesday = next(d for d in extracted["dates"] if d["text"] == "يوم الثلاثاء")
    assert tuesday["value"] is None and "no publication date" in tuesday["unresolved"]
    code, report = check_json(str(tmp_path))
    assert code == 0 and report["corpus"]["undated"] == ["undated"]


def test_extract_json_is_valid_against_its_schema() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS), "--format", "json"])
    assert result.exit_code == 0
    extracted = json.loads(result.stdout)
    assert validate_json(extracted, "facts") == []
    assert len(extracted["articles"]) == 6
    kim = {f["value"]["surface"] for f in extracted["facts"]
           if f["predicate"] == "mentions" and f["subject"]["id"] == "person:kim-jong-un"}
    assert {"كيم جونغ أون", "كيم جونج أون", "كيم جونغ-أون", "كيم جونج", "كيم"} <= kim


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check", str(CORPUS), "--format", "xml"])
    assert result.exit_code == 2 and "xml" in result.stderr


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("factcheck ")


def test_works_from_another_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["check", str(CORPUS)]).exit_code == 1
    missing = runner.invoke(app, ["check"])  # no corpus/ here
    assert "corpus: no such file or folder" in missing.stderr


# Two real sentences with their year changed, marked EDITED: asharq-2024-09-14 places the
# 70th anniversary of the armistice in 2023, arabi21 the first Kim–Putin meeting in 2019.
EDITED_TIME = """---
id: edited-2024-10-01
published: 2024-10-01
---
وكان قد التقى كيم في يوليو (تموز) 2021 خلال احتفالات في بيونغ يانغ في الذكرى السبعين للهدنة في الحرب الكورية العام 1953.

وعمل كيم جونغ-أون على إصلاح العلاقة مع روسيا بعد التجربة النووية الأخيرة التي أجرتها بلاده عام 2017، حتى التقى بوتين عام 2016 للمرة الأولى في مدينة فلاديفوستوك الروسية.
"""


def test_added_article_with_wrong_anniversary_and_first_meeting(corpus_copy: Path) -> None:
    (corpus_copy / "edited-2024-10-01.md").write_text(EDITED_TIME, encoding="utf-8")
    code, report = check_json(str(corpus_copy))
    assert code == 1
    by_rule = {f["rule"]: f for f in report["findings"] if f["evidence"][0]["article"] == "edited-2024-10-01"}
    anniversary = by_rule["anniversary-year"]
    assert [e["article"] for e in anniversary["evidence"]] == ["edited-2024-10-01", "asharq-2024-09-14-shoigu-pyongyang"]
    assert "falls in 2023" in anniversary["message"] and "1953-07-27" in anniversary["explanation"]
    meeting = by_rule["event-date-against-reference"]
    assert [e["article"] for e in meeting["evidence"]] == ["edited-2024-10-01", "arabi21-2023-09-kim-putin-may-meet"]
    assert "حتى التقى بوتين عام 2019 للمرة الأولى" in meeting["evidence"][1]["quote"]
    assert "2019-04-25" in meeting["explanation"]


def test_only_once_in_june_is_no_finding_against_the_june_visit_reported_in_september() -> None:
    _, report = check_json(str(CORPUS))
    assert not [f for f in report["findings"] if f["kind"] in
                ("event_date", "anniversary_arithmetic", "elapsed_time", "event_count")]


def test_quantities_extracted_on_their_measures() -> None:
    extracted = json.loads(runner.invoke(app, ["extract", str(CORPUS), "--format", "json"]).stdout)
    quantities = {f["value"]["text"]: f["value"] for f in extracted["facts"] if f["predicate"] == "quantity"}
    troops = quantities["أكثر من 10 آلاف جندي"]
    assert (troops["low"], troops["high"], troops["low_inclusive"], troops["unit"], troops["measure"]) == (
        10000, None, False, "soldier", "dprk-troops-in-russia")
    workers = quantities["ما بين 20 ألفا و50 ألف عامل"]
    assert (workers["low"], workers["high"], workers["measure"]) == (20000, 50000, "dprk-workers-for-russia")
    months = quantities["أكثر من 30 شهرا"]
    assert (months["low"], months["high"], months["measure"]) == (30, None, "ukraine-war-months")
    events = quantities["حوالي 30 حدثًا"]
    assert (events["qualifier"], events["low"], events["high"], events["measure"]) == ("about", 27, 33, "us-rok-drill-events")
    days = quantities["11 يومًا"]
    assert (days["low"], days["high"], days["measure"]) == (11, 11, "us-rok-drill-days")
    accused = next(f for f in extracted["facts"] if f["predicate"] == "quantity" and f["value"] is troops)
    assert accused["attribution"] == "اتهمت الولايات المتحدة وكوريا الجنوبية"


# 001's accusation with another figure (EDITED), as issue 4 describes the two added articles.
TROOPS = ("اتهمت الولايات المتحدة وكوريا الجنوبية كوريا الشمالية المسلحة نوويا بإرسال {} لمساعدة روسيا "
          "في القتال ضد أوكرانيا، حيث يقول الخبراء إن كيم حريص على الحصول على التكنولوجيا المتقدمة "
          "والخبرة القتالية لقواته في المقابل.")


@pytest.mark.parametrize(("published", "figure", "conflict"), [
    ("2024-11-30", "نحو ألفي جندي", True),
    ("2024-12", "أكثر من 11 ألف جندي", False),
])
def test_added_troop_figures(corpus_copy: Path, published: str, figure: str, conflict: bool) -> None:
    added = f"---\nid: added\npublished: {published}\n---\n{TROOPS.format(figure)}\n"
    (corpus_copy / "added.md").write_text(added, encoding="utf-8")
    _, report = check_json(str(corpus_copy))
    found = [f for f in report["findings"] if f["kind"] == "quantity_agreement"]
    if not conflict:
        assert found == []
        return
    [finding] = found
    assert {e["article"] for e in finding["evidence"]} == {"added", "umma-2024-11-30-belousov-pyongyang"}
    assert finding["severity"] == "warning"  # both figures are accusations by sources
    assert "(10,000, ∞)" in finding["explanation"] and "[1,800, 2,200]" in finding["explanation"]
    assert "اتهمت الولايات المتحدة وكوريا الجنوبية" in finding["explanation"]


def test_a_rules_tree_with_only_checks_uses_the_shipped_knowledge(tmp_path: Path) -> None:
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "mine.yaml").write_text(
        "rules:\n  - id: council\n    kind: exclusive_titles\n    severity: warning\n    message: '{subject}'\n"
        "    offices: [ru.security_council.secretary, ru.security_council.chair]\n", encoding="utf-8")
    code, report = check_json(str(CORPUS), "--rules", str(tmp_path))
    assert code == 0  # a warning is below the default --fail-on error
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("council", "warning")]
    assert report["corpus"]["rules"] == 1


def test_a_title_no_office_matches_beside_one_that_does_is_no_crash(tmp_path: Path) -> None:
    """Kim Yong-nam, head of the Presidium (2.1998-4.2019): "الرئيس" of a body rules/kb lacks
    reads as a title with no office, beside his known term; the report's timelines sorted both."""
    (tmp_path / "a.md").write_text(
        "---\nid: kyn-obituary\npublished: \"2025-11-04\"\n---\n"
        "نعت وكالة الأنباء المركزية الكورية الشمالية اليوم كيم يونغ نام، الرئيس السابق لهيئة رئاسة "
        "مجلس الشعب الأعلى، عن 97 عاما.\n", "utf-8")
    code, report = check_json(str(tmp_path))
    assert code == 0 and report["errors"] == [] and report["corpus"]["articles"] == 1
