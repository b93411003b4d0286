"""No article, file name or rules file takes the run down: each costs itself, and says so.

The bad input sits beside a good seed article; the seed's findings must come out intact
and the bad input be named with its file and line.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.schemas import validate_json

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "asharq-2024-09-14-shoigu-pyongyang.md"
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


def _json(*args: str) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["check", *args, "-f", "json"])
    return result.exit_code, json.loads(result.stdout), result.stderr


def _seed_ids() -> set[str]:
    _, report, _ = _json(str(SEED))
    return {f["id"] for f in report["findings"]}


def test_a_reader_that_fails_costs_its_sentence_not_the_run(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.extract.titles import TitleFacts
    real = TitleFacts.read

    def fails_on_one(self: TitleFacts, ctx, *rest):  # type: ignore[no-untyped-def]
        if "مسموم" in ctx.sentence.text:
            raise ZeroDivisionError("a reader's bug")
        return real(self, ctx, *rest)

    monkeypatch.setattr(TitleFacts, "read", fails_on_one)
    (corpus / "bad.md").write_text("---\nid: bad\npublished: 2024-09-14\n---\nسطر أول.\n\nهذا سطر مسموم.\n",
                                   encoding="utf-8")
    code, report, _ = _json(str(corpus))
    assert code == 2  # the result is incomplete
    assert validate_json(report, "report") == []
    assert {f["id"] for f in report["findings"]} >= _seed_ids()
    [error] = [e for e in report["errors"] if e["internal"]]
    assert error["path"].endswith("bad.md") and error["line"] == 7 and "ZeroDivisionError" in error["message"]
    text = runner.invoke(app, ["check", str(corpus)])
    assert text.exit_code == 2 and "security-council-secretary-vs-chair" in text.stdout  # the report is written


def test_a_rule_that_fails_costs_itself(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.kinds import KINDS

    def broken(rule, index, kb):  # type: ignore[no-untyped-def]
        raise KeyError("a kind's bug")

    monkeypatch.setitem(KINDS, "spelling_consistency", dataclasses.replace(KINDS["spelling_consistency"], check=broken))
    code, report, _ = _json(str(corpus))
    assert code == 2 and any(f["rule"] == "security-council-secretary-vs-chair" for f in report["findings"])
    assert any("internal error in rule unlisted-spelling" in e["message"] and e["path"].endswith("spelling.yaml")
               for e in report["errors"])


def _skipped(report: dict) -> list[str]:
    return [f"{e['path']}: {e['message']}" for e in report["errors"] if e["message"].startswith("skipped")]


def test_links_and_odd_names_are_reported_and_strict_fails_on_them(corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("---\nid: outside\n---\nنص.\n", encoding="utf-8")
    (corpus / "dangling.md").symlink_to(corpus / "nothing.md")
    (corpus / "loop.md").symlink_to(corpus / "loop.md")
    (corpus / "out.md").symlink_to(outside)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "back").symlink_to(corpus, target_is_directory=True)
    os.mkdir(os.fsencode(corpus) + b"/bad-\xff-name")
    code, report, _ = _json(str(corpus), "--fail-on", "never")
    assert code == 0 and report["corpus"]["articles"] == 1
    skipped = "\n".join(_skipped(report))
    for why in ("dangling.md: skipped: a link to nothing", "loop.md: skipped: a link that cannot be followed",
                "out.md: skipped: a link out of the corpus folder", "back: skipped: a link to a folder",
                "skipped: the file name is not valid UTF-8"):
        assert why in skipped
    assert runner.invoke(app, ["check", str(corpus), "--fail-on", "never", "--strict"]).exit_code == 2
    _, report, _ = _json(str(corpus), "--fail-on", "never", "--follow-links")
    assert report["corpus"]["articles"] == 2  # the outside article; the folder link back is read once


def test_a_tree_too_deep_is_reported(corpus: Path) -> None:
    deep = corpus
    for _ in range(70):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "x.md").write_text("نص.\n", encoding="utf-8")
    _, report, _ = _json(str(corpus), "--fail-on", "never")
    assert any("folders deep" in s for s in _skipped(report))


def test_an_article_above_the_size_limit_is_refused_before_it_is_read(corpus: Path) -> None:
    (corpus / "huge.md").write_bytes(b"---\nid: huge\n---\n" + "نص طويل. ".encode() * 200_000)
    code, report, _ = _json(str(corpus), "--max-article-size", "1")
    assert code == 1 and report["corpus"]["articles"] == 1
    [error] = [e for e in report["errors"] if e["path"].endswith("huge.md")]
    assert error["line"] == 1 and "size limit (1 MB)" in error["message"]


def test_escape_sequences_in_articles_never_reach_the_terminal(corpus: Path) -> None:
    (corpus / "esc.md").write_text("---\nid: esc\npublished: 2024-09-14\n---\n"
                                   "قال وزير الدفاع الروسي سيرغي شويغو \x1b]0;pwned\x07 \x1b[2J الأحد.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(corpus), "--show-cleared"])
    assert "\x1b" not in result.stdout and "\\x1b[2J" in result.stdout
    report = json.loads(runner.invoke(app, ["check", str(corpus), "-f", "json"]).stdout)
    assert any("\x1b[2J" in e["quote"] for f in report["findings"] for e in f["evidence"])  # JSON keeps them


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_any_stdout_encoding_works(encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)}
    for fmt in ("text", "json"):
        result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(SEED), "-f", fmt],
                                capture_output=True, env=env, cwd=ROOT, timeout=120)
        assert result.returncode == 1 and b"Error" not in result.stderr and result.stdout
    assert b"\\u0634" in result.stdout or b"\\u" in result.stdout


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(corpus: Path) -> None:
    (corpus / "two\nlines.md").write_bytes(b"---\nid: [unclosed\n---\n")
    result = runner.invoke(app, ["check", str(corpus), "--fail-on", "never"])
    [line] = [row for row in result.stderr.splitlines() if "lines.md" in row]
    assert "two\\nlines.md" in line


def test_a_lexicon_with_a_word_twice_or_too_many_words_is_invalid(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    lexicon = tmp_path / "rules" / "lexicon" / "events.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert "\nanniversary: [" in text
    lexicon.write_text(text.replace("\nanniversary: [", "\nanniversary: [الذكرى, ", 1), encoding="utf-8")
    result = runner.invoke(app, ["rules", "validate", str(tmp_path / "rules")])
    assert result.exit_code == 2 and "'الذكرى' is listed twice" in result.stderr and "events.yaml:" in result.stderr
    words = ", ".join(f"كلمة{i}" for i in range(6000))
    lexicon.write_text(text.replace("\nanniversary: [", f"\nanniversary: [{words}, ", 1), encoding="utf-8")
    result = runner.invoke(app, ["rules", "validate", str(tmp_path / "rules")])
    assert result.exit_code == 2 and "above the limit of 5000" in result.stderr


def test_a_50_mb_article_is_refused_at_once_by_the_default_limit(corpus: Path) -> None:
    with (corpus / "fifty.md").open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: the size is what is checked, before any byte is read
    code, report, _ = _json(str(corpus))
    assert code == 1 and report["corpus"]["articles"] == 1
    assert any(e["path"].endswith("fifty.md") and "size limit (2 MB)" in e["message"] for e in report["errors"])
