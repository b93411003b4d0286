"""factcheck as a CI gate: exit codes over every input, baselines, accepted findings, places.

Each test runs the command line the way a newsroom's CI would, in a project folder of its
own (the seed corpus copied, a .git marking the repository root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import _debug_first, app
from factcheck.schemas import validate_json

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
runner = CliRunner()

# the stale title of issue 2 (a sentence of 001 with Shoigu's name where Belousov's stands)
STALE = """---
id: stale-2024-11-30
published: 2024-11-30
---
قالت وسائل إعلام رسمية في كوريا الشمالية، السبت 30 نوفمبر 2024، إن وزير الدفاع الروسي سيرغي شويغو التقى الزعيم الكوري الشمالي كيم جونج أون واتفقا على تعزيز التعاون العسكري بين البلدين المعزولين.
"""
# EDITED: the 70th anniversary of the armistice of 27 July 1953 fell in 2023, not 2024
# (https://en.wikipedia.org/wiki/Korean_Armistice_Agreement): one contradiction, one rule
WRONG_ANNIVERSARY = """---
id: wrong-anniversary
published: 2024-07-27
---
بيونغ يانغ (أ ف ب) - أحيت كوريا الشمالية السبت الذكرى السبعين لتوقيع هدنة الحرب الكورية باستعراض عسكري في ساحة كيم إيل سونغ.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus repository: the seed corpus in corpus/, the working folder at its root."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def report(*args: str) -> tuple[int, dict]:
    code, out, _ = run("check", *args, "--format", "json")
    return code, json.loads(out)


# -- exit codes -------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["missing-folder"],      # a path that does not exist
    ["corpus/*.txt"],        # a quoted pattern that matches nothing
    ["empty"],               # a folder with no article
])
def test_nothing_to_check_exits_2(project: Path, args: list[str]) -> None:
    (project / "empty").mkdir()
    (project / "empty" / "README.md").write_text("# notes\n", encoding="utf-8")
    code, out, err = run("check", *args)
    assert code == 2 and out == ""
    assert "nothing to check" in err


def test_no_corpus_folder_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check")
    assert code == 2 and "corpus: no such file or folder" in err and "nothing to check" in err


def test_allow_empty_makes_nothing_to_check_exit_0(project: Path) -> None:
    (project / "empty").mkdir()
    code, _, _ = run("check", "empty", "--allow-empty")
    assert code == 0


def test_a_quoted_pattern_is_expanded(project: Path) -> None:
    code, result = report("corpus/asharq-*.md")
    assert code == 1 and result["corpus"]["articles"] == 2


def test_dash_reads_one_article_from_stdin(project: Path) -> None:
    code, out, _ = run("check", "-", "--format", "json", stdin=STALE)
    result = json.loads(out)
    assert code == 1 and result["corpus"]["articles"] == 1
    [finding] = [f for f in result["findings"] if f["rule"] == "title-against-reference"]
    assert finding["evidence"][0]["path"] == "<stdin>" and finding["evidence"][0]["line"] == 5


def test_readme_dot_folders_and_node_modules_are_no_articles(project: Path) -> None:
    for place in ("corpus/README.md", "corpus/.drafts/x.md", "corpus/node_modules/pkg/readme.md"):
        (project / place).parent.mkdir(parents=True, exist_ok=True)
        (project / place).write_text(STALE.replace("stale-2024-11-30", place.replace("/", "-").lower()), encoding="utf-8")
    _, result = report()
    assert result["corpus"]["articles"] == 6
    _, result = report("--exclude", "asharq-*")  # replacing the defaults: all three are read again
    assert result["corpus"]["articles"] == 4 + 3


def test_extend_exclude_adds_to_the_defaults(project: Path) -> None:
    (project / "corpus" / "README.md").write_text(STALE, encoding="utf-8")
    _, result = report("--extend-exclude", "umma-*")
    assert result["corpus"]["articles"] == 5


def test_unreadable_article_under_strict_exits_2(project: Path) -> None:
    (project / "corpus" / "broken.md").write_bytes(b"---\nid: broken\n---\n\xff\xfe")
    assert run("check", "--fail-on", "never")[0] == 0
    code, _, err = run("check", "--fail-on", "never", "--strict")
    assert code == 2 and "corpus/broken.md:4:1: not UTF-8" in err


def test_closed_stdout_ends_quietly() -> None:
    """`factcheck extract … | head -1`: no traceback, no "internal error", the SIGPIPE code."""
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "extract", str(CORPUS)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    code = process.wait(timeout=120)
    assert (code, process.stderr.read()) == (141, b"")


def test_impossible_date_in_the_knowledge_is_placed(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    kb = tmp_path / "rules" / "kb" / "ru.yaml"
    text = kb.read_text(encoding="utf-8")
    assert "start: 2012-05-07" in text
    kb.write_text(text.replace("start: 2012-05-07", "start: 2012-02-30", 1), encoding="utf-8")
    code, _, err = run("rules", "validate", str(tmp_path / "rules"))
    line = next(i for i, row in enumerate(kb.read_text(encoding="utf-8").splitlines(), 1) if "2012-02-30" in row)
    assert code == 2 and "internal error" not in err
    assert f"ru.yaml:{line}:" in err and "2012-02-30" in err


# -- places -----------------------------------------------------------------------------------------
def test_evidence_points_into_the_file(project: Path) -> None:
    _, result = report()
    lines = {p.name: p.read_text(encoding="utf-8").split("\n") for p in (project / "corpus").glob("*.md")}
    for finding in result["findings"]:
        for e in finding["evidence"]:
            row = lines[Path(e["path"]).name][e["text_line"] - 1]
            assert row[e["text_column"] - 1:].startswith(e["text"])
            assert lines[Path(e["path"]).name][e["line"] - 1][e["column"] - 1:].startswith(e["quote"][:20])


def test_text_report_opens_each_finding_with_path_line_col(project: Path) -> None:
    code, out, _ = run("check", "--quiet")
    rows = out.splitlines()
    assert code == 1 and len(rows) == 6
    assert rows[0].startswith("corpus/asharq-2024-09-14-shoigu-pyongyang.md:12:88: error "
                              "security-council-secretary-vs-chair ")


def test_text_report_quotes_a_sentence_once(project: Path) -> None:
    _, out, _ = run("check")
    umma = "يستقبل وزير الدفاع الروسي أندريه بيلوسوف"
    assert out.count(umma) == 1  # four evidence items of two spelling findings share it
    assert "quoted above" in out


def test_latin_beside_arabic_is_isolated(project: Path) -> None:
    _, out, _ = run("check")
    assert "\u2067سيرغي شويغو\u2069 is called" in out
    assert "holds 2024-05/2024-09-14 (relative)" in out


@pytest.mark.parametrize(("env", "flag", "coloured"), [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({}, ["--color", "always"], True),
    ({"FORCE_COLOR": "1"}, ["--color", "never"], False),
    ({}, [], False),  # not a terminal
])
def test_colour_follows_flag_and_environment(project: Path, monkeypatch: pytest.MonkeyPatch,
                                             env: dict[str, str], flag: list[str], coloured: bool) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    _, out, _ = run("check", *flag)
    assert ("\x1b[" in out) is coloured


# -- findings per claim, fingerprints ---------------------------------------------------------------
def _copies(project: Path, n: int) -> None:
    """n more copies of every seed article, under new ids and file names, same dates."""
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for i in range(n):
            copy = text.replace(f"id: {path.stem}", f"id: {path.stem}-copy{i}", 1)
            assert copy != text
            (project / "corpus" / f"{path.stem}-copy{i}.md").write_text(copy, encoding="utf-8")


def test_copies_of_a_claim_join_its_finding(project: Path) -> None:
    _, before = report()
    _copies(project, 3)
    _, after = report()
    assert [f["id"] for f in after["findings"]] == [f["id"] for f in before["findings"]]
    for old, new in zip(before["findings"], after["findings"], strict=True):
        assert len(new["articles"]) == 4 * len(old["articles"])
    _, out, _ = run("check")
    assert "and 1 more article saying" in out  # 4 articles make each claim: 3 quoted, 1 named


def test_fingerprints_ignore_names_order_offsets_and_unrelated_edits(project: Path) -> None:
    _, before = report()
    corpus = project / "corpus"
    # rename every file, and insert an unrelated paragraph at the top of every body
    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        head, body = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
        if "id:" not in head:
            head = f"id: {path.stem}\n" + head
        path.unlink()
        (corpus / f"zz-{path.name}").write_text(f"---\n{head}---\nسطر لا صلة له بشيء.\n\n{body}", encoding="utf-8")
    _, after = report()
    assert sorted(f["id"] for f in after["findings"]) == sorted(f["id"] for f in before["findings"])
    moved = {e["text_line"] for f in after["findings"] for e in f["evidence"]}
    assert moved != {e["text_line"] for f in before["findings"] for e in f["evidence"]}


# -- baseline ---------------------------------------------------------------------------------------
def test_baseline_gates_only_new_findings(project: Path) -> None:
    code, _, err = run("baseline")
    assert code == 0 and "factcheck-baseline.json: 6 findings recorded from 6 articles" in err
    baseline = project / "factcheck-baseline.json"
    assert validate_json(json.loads(baseline.read_text(encoding="utf-8")), "baseline") == []
    code, result = report("--baseline", str(baseline))
    assert code == 0 and (result["summary"]["new"], result["summary"]["unchanged"], result["summary"]["fixed"]) == (0, 6, 0)
    assert validate_json(result, "report") == []
    _, out, _ = run("check", "--baseline", str(baseline))
    assert "0 new, 6 unchanged, 0 fixed, 0 accepted" in out
    (project / "corpus" / "wrong-anniversary.md").write_text(WRONG_ANNIVERSARY, encoding="utf-8")
    code, result = report("--baseline", str(baseline))
    new = [f for f in result["findings"] if f["status"] == "new"]
    assert code == 1 and len(new) == 1 and new[0]["articles"][0] == "wrong-anniversary"


def test_fixed_findings_are_counted(project: Path) -> None:
    run("baseline", "--output", "known.json")
    (project / "corpus" / "unknown-2023-09-12-kim-visits-russia.md").unlink()
    code, result = report("--baseline", "known.json")
    assert code == 0 and result["summary"]["fixed"] == 1
    assert result["fixed"][0]["rule"] == "unlisted-spelling"


def test_baseline_is_never_written_into_the_corpus(project: Path) -> None:
    before = sorted(p.read_bytes() for p in (project / "corpus").rglob("*"))
    code, _, err = run("baseline", "--output", "corpus/known.json")
    assert code == 2 and "would write into the corpus" in err
    assert sorted(p.read_bytes() for p in (project / "corpus").rglob("*")) == before
    code, _, err = run("check", "--format", "json", "--output", "corpus/report.json")
    assert code == 2 and not (project / "corpus" / "report.json").exists()


def test_a_broken_baseline_is_placed(project: Path) -> None:
    (project / "known.json").write_text('{"schema_version": 1,\n "findings": [}', encoding="utf-8")
    code, _, err = run("check", "--baseline", "known.json")
    assert code == 2 and "known.json:2:" in err and "not JSON" in err


# -- accepted findings ------------------------------------------------------------------------------
def _accept(project: Path, entries: str) -> None:
    (project / "factcheck-accept.yaml").write_text(f"accept:\n{entries}", encoding="utf-8")


def test_accepted_findings_pass_the_gate_and_stay_in_the_report(project: Path) -> None:
    _, result = report()
    errors = [f for f in result["findings"] if f["severity"] == "error"]
    _accept(project, "".join(f"  - fingerprint: {f['id']}\n    reason: the quote is the newspaper's own mistake\n"
                             f"    by: desk editor\n    until: 2099-01-01\n" for f in errors))
    code, result = report()
    accepted = [f for f in result["findings"] if f["status"] == "accepted"]
    assert code == 0 and len(accepted) == 2 and len(result["findings"]) == 6
    assert accepted[0]["accepted"]["reason"] == "the quote is the newspaper's own mistake"
    _, out, _ = run("check")
    assert "accepted by desk editor until 2099-01-01" in out


def test_an_expired_acceptance_fails_the_gate(project: Path) -> None:
    _accept(project, "  - match: {rule: title-against-reference, subject: person:sergei-shoigu}\n"
                     "    reason: under review\n    by: desk editor\n    until: 2025-01-01\n")
    code, _, err = run("check", "--today", "2024-12-31")
    assert code == 1 and err == ""  # the security-council error is not accepted; this one is
    code, _, err = run("check", "--select", "title-against-reference", "--today", "2025-01-02")
    assert code == 1 and "factcheck-accept.yaml:2:1: accepted until 2025-01-01, which has passed" in err


def test_an_acceptance_matching_nothing_fails_under_strict(project: Path) -> None:
    _accept(project, "  - match: {article: no-such-article}\n    reason: old\n    by: me\n")
    assert run("check", "--fail-on", "never")[0] == 0
    code, _, err = run("check", "--fail-on", "never", "--strict")
    assert code == 2 and "matches no finding" in err


def test_an_acceptance_needs_a_reason(project: Path) -> None:
    _accept(project, "  - fingerprint: 0123456789abcdef\n    by: me\n")
    code, _, err = run("check")
    assert code == 2 and "factcheck-accept.yaml:2:" in err and "reason" in err


# -- config, selection, outputs ---------------------------------------------------------------------
def test_config_file_sets_the_gate(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nfail_on = "never"\nignore = ["spelling_consistency"]\n',
                                            encoding="utf-8")
    code, result = report()
    assert code == 0 and {f["kind"] for f in result["findings"]} == {"exclusive_titles", "reference_timeline"}
    assert report("--fail-on", "error")[0] == 1  # the flag wins


def test_unknown_config_key_is_placed(project: Path) -> None:
    (project / "factcheck.toml").write_text('fail_on = "error"\nfail_no = "x"\n', encoding="utf-8")
    code, _, err = run("check")
    assert code == 2 and "factcheck.toml:2:1" in err and "fail_on" in err


def test_select_by_rule_or_kind_and_unknown_names(project: Path) -> None:
    _, result = report("--select", "spelling_consistency,title-against-reference")
    assert {f["rule"] for f in result["findings"]} == {"mixed-spellings-in-article", "unlisted-spelling",
                                                       "title-against-reference"}
    code, _, err = run("check", "--select", "no-such-rule")
    assert code == 2 and "no rule or kind named 'no-such-rule'" in err


def test_several_formats_each_with_its_output(project: Path) -> None:
    code, out, _ = run("check", "--format", "json", "--output", "report.json", "--format", "text")
    assert code == 1 and "security-council-secretary-vs-chair" in out
    assert json.loads((project / "report.json").read_text(encoding="utf-8"))["schema_version"] == 2
    code, _, _ = run("check", "--format", "json", "--format", "text")
    assert code == 2  # two formats for one standard output


# -- help and flags ---------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["check"], ["baseline"], ["extract"], ["rules", "validate"]])
def test_help_renders_cleanly_with_defaults(command: list[str]) -> None:
    out = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).stdout
    assert "<bool>" not in out and "<list[" not in out
    if command != ["rules", "validate"]:
        assert "default: the config's paths, or corpus/" in out


def test_debug_is_taken_anywhere() -> None:
    assert _debug_first(["check", "corpus", "--debug"]) == ["--debug", "check", "corpus"]
    assert _debug_first(["check", "--", "--debug"]) == ["check", "--", "--debug"]  # a file named --debug
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(CORPUS), "--debug", "-q"],
                            capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 1 and b"No such option" not in result.stderr


def test_extract_defaults_to_text_like_check(project: Path) -> None:
    code, out, _ = run("extract", "corpus/asharq-2024-10-06-china-dprk.md")
    assert code == 0 and out.startswith("# corpus/asharq-2024-10-06-china-dprk.md")


# -- what was ruled out -----------------------------------------------------------------------------
def test_show_cleared_lists_the_pairs_let_stand_with_their_reasons(project: Path) -> None:
    _, result = report("--show-cleared")
    assert validate_json(result, "report") == []
    cleared = {(c["rule"], c["subject"]["id"]): c for c in result["cleared"]}
    # Shoigu: defence minister in July 2023 (arabi21), Security Council secretary in September 2024 (asharq)
    shoigu = next(c for c in result["cleared"] if c["rule"] == "defence-minister-vs-council-secretary"
                  and c["reason"].startswith("different times"))
    assert [e["valid_at"] for e in shoigu["evidence"]] == ["2023-07", "2024-09-14"]
    # Putin's visits: "only once" on 12 June 2024, before the visit of 18 June; "a rare visit in June" in September
    visits = cleared[("event-count-before-publication", "event:putin-visits-dprk")]
    assert {e["article"] for e in visits["evidence"]} == {"araby-2024-06-12-kim-letter-putin",
                                                         "asharq-2024-09-14-shoigu-pyongyang"}
    assert "before" in visits["reason"] and "2000-07-19" in visits["reason"]
    # a former leader named beside the holders: a qualifier clears it
    assert any("السابق" in c["reason"] for c in result["cleared"])
    assert "cleared" not in report()[1]  # only when asked
    _, out, _ = run("check", "--show-cleared")
    assert "ruled out:" in out and "different times: 2023-07 (relative) and 2024-09-14 (published) do not meet" in out
