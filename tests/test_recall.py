"""Unchanged files recalled from the store, not read: the same report, and a file that changed is never trusted."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

import factcheck.engine as engine
import factcheck.recall as recall
from factcheck.engine import check_corpus, load_ruleset
from factcheck.extract import Extractor
from factcheck.store import FactStore

ROOT = Path(__file__).resolve().parent.parent
RULESET = load_ruleset(None)
SECRETARY = ("تعهد الزعيم الكوري الشمالي كيم جونغ أون تعميق العلاقات مع روسيا خلال محادثات أجراها مع "
             "الأمين العام لمجلس الأمن الروسي سيرغي شويغو، وفق ما ذكرته وسائل إعلام رسمية في بيونغ يانغ السبت.")
HEAD = "ويرأس شويغو مجلس الأمن الروسي منذ تنحيه عن منصب وزير الدفاع في مايو (أيار)."
DAY_AGO = time.time() - 86_400


def _aged(folder: Path) -> Path:
    """Every file's times a day back: older than any write the file system's clock could hide."""
    for path in folder.rglob("*"):
        os.utime(path, (DAY_AGO, DAY_AGO))
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/ and a JSON Lines archive with a bad line, aged."""
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    rows = [json.dumps({"id": "a", "published": "2024-09-14", "text": SECRETARY + "\n" + HEAD}, ensure_ascii=False),
            "{not json", json.dumps({"id": "b", "published": "2024-09-15", "text": HEAD}, ensure_ascii=False)]
    (folder / "archive.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return _aged(folder)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files loaded (not recalled), and of the articles read (`read: id`)."""
    names: list[str] = []
    load_file, extract = recall.load_file, Extractor.extract

    def counted_load(path: Path, max_size: int):  # type: ignore[no-untyped-def]
        names.append(path.name)
        return load_file(path, max_size)

    def counted_extract(self: Extractor, article):  # type: ignore[no-untyped-def]
        names.append(f"read: {article.id}")
        return extract(self, article)

    monkeypatch.setattr(recall, "load_file", counted_load)
    monkeypatch.setattr(Extractor, "extract", counted_extract)
    return names


def _run(corpus: Path, store_dir: Path, rules: Path | None = None) -> dict:
    store = FactStore(store_dir)
    try:
        report = check_corpus([corpus], load_ruleset(rules) if rules else RULESET, store=store)
        assert store.problems == []
        return report.as_json()
    finally:
        store.close()


def test_a_warm_run_opens_no_unchanged_file_and_reports_the_same(corpus: Path, tmp_path: Path,
                                                                   opened: list[str]) -> None:
    fresh = check_corpus([corpus], RULESET).as_json()
    assert _run(corpus, tmp_path / "store") == fresh
    assert len([name for name in opened if not name.startswith("read: ")]) == 7
    opened.clear()
    warm = _run(corpus, tmp_path / "store")
    assert opened == [] and warm == fresh
    assert [e["line"] for e in warm["errors"]] == [2]  # the archive's bad line, recalled with it


def test_an_edited_file_is_read_and_a_touched_one_loaded_but_not_read(corpus: Path, tmp_path: Path,
                                                                     opened: list[str]) -> None:
    _run(corpus, tmp_path / "store")
    edited, touched = sorted(corpus.glob("*.md"))[:2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nفقرة أضيفت.\n", encoding="utf-8")
    os.utime(touched)  # (and the edited file's times are too recent for it to be recorded again)
    fresh = check_corpus([corpus], RULESET).as_json()
    opened.clear()
    assert _run(corpus, tmp_path / "store") == fresh
    assert sorted(opened) == sorted([edited.name, touched.name, f"read: {edited.stem}"])


def test_a_file_written_just_now_is_not_recorded(corpus: Path, tmp_path: Path) -> None:
    """Its times could stay the same through a second write within the same tick of the file system's clock."""
    new = corpus / "new.md"
    new.write_text("---\nid: new\npublished: 2024-09-14\n---\n" + SECRETARY + "\n", encoding="utf-8")
    _run(corpus, tmp_path / "store")
    db = sqlite3.connect(tmp_path / "store" / "facts.sqlite")
    recorded = {Path(path).name for (path,) in db.execute("SELECT path FROM files")}
    db.close()
    assert "new.md" not in recorded and "archive.jsonl" in recorded


def test_a_file_whose_times_hid_a_change_is_caught_when_its_body_is_read(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon changed: every body is read again, and one no longer what was recalled restarts the run.

    The file system is made to keep every file's times through a write (a clock too coarse
    to see it); the run, started again and failing the same way, falls back to reading all.
    """
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    monkeypatch.setattr(recall, "_signature", lambda path, max_size, cwd: ("the same", 0))
    _run(corpus, tmp_path / "store", rules)
    changed = corpus / "archive.jsonl"
    changed.write_text(changed.read_text(encoding="utf-8").replace("2024-09-15", "2024-09-16"), encoding="utf-8")
    lexicon = rules / "lexicon" / "events.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a change of the file\n", encoding="utf-8")
    caught: list[str] = []
    real = engine.with_bodies

    def watched(*args):  # type: ignore[no-untyped-def]
        try:
            return real(*args)
        except recall.FileChanged as exc:
            caught.append(str(exc))
            raise

    monkeypatch.setattr(engine, "with_bodies", watched)
    store = FactStore(tmp_path / "store")
    report = check_corpus([corpus], load_ruleset(rules), store=store)
    store.close()
    assert len(caught) == 2 and caught[0].endswith("archive.jsonl")
    assert report.as_json() == check_corpus([corpus], load_ruleset(rules)).as_json()
    assert {a["id"]: a["published"] for a in report.articles_info}["b"] == "2024-09-16"


def test_a_run_from_another_folder_shows_the_paths_it_gives(corpus: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A path is shown relative to the working folder, and is part of the content key: not recalled from another."""
    monkeypatch.chdir(tmp_path)
    _run(Path("corpus"), tmp_path / "store")
    monkeypatch.chdir(tmp_path.parent)
    given = Path(tmp_path.name) / "corpus"
    report = _run(given, tmp_path / "store")
    assert report == check_corpus([given], RULESET).as_json()
    shown = {e["path"] for finding in report["findings"] for e in finding["evidence"]}
    assert shown and all(path.startswith(f"{tmp_path.name}/corpus/") for path in shown)
