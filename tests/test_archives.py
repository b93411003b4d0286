"""Archives as they come (JSON Lines), and many processes giving the output of one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.corpus import load_corpus
from factcheck.engine import PARALLEL_FROM

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
runner = CliRunner()
SECRETARY = ("تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع "
             "الأمين العام لمجلس الأمن الروسي سيرغي شويغو، وفق ما ذكرته وسائل إعلام رسمية في بيونغ يانغ السبت.")
HEAD = "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."


def test_json_lines_archive_is_read_and_a_bad_line_is_placed(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    rows = [json.dumps({"id": "a", "published": "2024-09-14", "text": SECRETARY + "\n" + HEAD}, ensure_ascii=False),
            "{not json",
            json.dumps({"published": 2024, "text": "نص قصير."}),
            "",
            json.dumps({"id": "b", "text": "x", "colour": "red"})]
    archive.write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a", "archive-3"]
    assert [(e.line, e.message.split(":")[0]) for e in corpus.errors] == [(2, "not JSON"), (5, "unknown keys 'colour'")]
    result = runner.invoke(app, ["check", str(archive), "-f", "json"])
    report = json.loads(result.stdout)
    [finding] = [f for f in report["findings"] if f["rule"] == "security-council-secretary-vs-chair"]
    assert {(e["path"].endswith("archive.jsonl"), e["line"]) for e in finding["evidence"]} == {(True, 1)}
    assert result.exit_code == 1


def test_output_is_the_same_for_any_number_of_processes(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    copies = PARALLEL_FROM * 2 // 6 + 1
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for i in range(copies):
            (folder / f"{path.stem}-{i}.md").write_text(text.replace(f"id: {path.stem}", f"id: {path.stem}-{i}"),
                                                        encoding="utf-8")
    one = runner.invoke(app, ["check", str(folder), "-f", "json", "--jobs", "1"])
    two = runner.invoke(app, ["check", str(folder), "-f", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["corpus"]["articles"] == 6 * copies >= PARALLEL_FROM * 2


def test_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    shutil.copy(CORPUS / "asharq-2024-10-06-china-dprk.md", tmp_path)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert "reading articles" not in result.stderr


def test_a_progress_bar_only_on_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from factcheck.cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    with _progress(True) as update:
        assert update is not None
        update(3, 6)
    with _progress(False) as update:  # under --format json
        assert update is None
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with _progress(True) as update:
        assert update is None
