"""The fact store: a warm run reads only what changed, and a broken store is never trusted."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import check_corpus, load_ruleset
from factcheck.extract import Extractor
from factcheck.store import FactStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
runner = CliRunner()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles read (not taken from the store)."""
    read: list[str] = []
    real = Extractor.extract

    def extract(self: Extractor, article):  # type: ignore[no-untyped-def]
        read.append(article.id)
        return real(self, article)

    monkeypatch.setattr(Extractor, "extract", extract)
    return read


def _report(corpus: Path, store_dir: Path, rules: Path | None = None) -> dict:
    store = FactStore(store_dir)
    try:
        return check_corpus([corpus], load_ruleset(rules), store=store).as_json() | {
            "store_problems": [str(p) for p in store.problems]}
    finally:
        store.close()


def test_a_warm_run_reads_only_changed_articles_and_says_the_same(tmp_path: Path, counted: list[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cold = _report(corpus, tmp_path / "store")
    assert len(counted) == 6
    counted.clear()
    warm = _report(corpus, tmp_path / "store")
    assert counted == [] and warm == cold
    path = corpus / "asharq-2024-10-06-china-dprk.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nوقال بوتين إن العلاقات متينة.\n", encoding="utf-8")
    _report(corpus, tmp_path / "store")
    assert counted == ["asharq-2024-10-06-china-dprk"]


def test_a_changed_rule_reuses_the_facts_and_a_changed_lexicon_reads_again(tmp_path: Path, counted: list[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    _report(CORPUS, tmp_path / "store", rules)
    counted.clear()
    checks = rules / "checks" / "titles.yaml"
    checks.write_text(checks.read_text(encoding="utf-8").replace("severity: error", "severity: warning", 1),
                      encoding="utf-8")
    report = _report(CORPUS, tmp_path / "store", rules)
    assert counted == [] and report["summary"]["warning"] >= 1
    lexicon = rules / "lexicon" / "events.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a comment is a change of the file\n",
                       encoding="utf-8")
    _report(CORPUS, tmp_path / "store", rules)
    assert len(counted) == 6


@pytest.mark.parametrize("damage", [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_corrupt_store_is_reported_and_rebuilt(tmp_path: Path, damage: bytes, counted: list[str]) -> None:
    expected = _report(CORPUS, tmp_path / "fresh")
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "facts.sqlite").write_bytes(damage)
    report = _report(CORPUS, tmp_path / "store")
    assert report["findings"] == expected["findings"]
    assert any("corrupt" in p and "rebuilt" in p for p in report["store_problems"])
    counted.clear()
    assert _report(CORPUS, tmp_path / "store")["store_problems"] == [] and counted == []


@pytest.mark.parametrize("table", ["articles", "parts"])
def test_a_damaged_entry_is_read_again(tmp_path: Path, counted: list[str], table: str) -> None:
    """An article's entry, or one of the groups its facts are kept in: that article alone is read again."""
    expected = _report(CORPUS, tmp_path / "store")
    db = sqlite3.connect(tmp_path / "store" / "facts.sqlite")
    db.execute(f"UPDATE {table} SET data = X'00' WHERE rowid = (SELECT min(rowid) FROM {table})")
    db.execute("DELETE FROM outcomes")  # as a changed rule would: its partitions' facts are read
    db.commit()
    db.close()
    counted.clear()
    report = _report(CORPUS, tmp_path / "store")
    assert len(counted) == 1 and any("corrupt; it was read again" in p for p in report["store_problems"])
    assert report["findings"] == expected["findings"]
    counted.clear()
    assert _report(CORPUS, tmp_path / "store")["store_problems"] == [] and counted == []  # kept anew


def test_the_command_line_keeps_the_store_beside_the_corpus_and_no_cache_keeps_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["check", "-f", "json"])
    assert (tmp_path / ".factcheck" / "facts.sqlite").is_file()
    again = runner.invoke(app, ["check", "-f", "json"])
    assert json.loads(first.stdout) == json.loads(again.stdout)
    shutil.rmtree(tmp_path / ".factcheck")
    runner.invoke(app, ["check", "--no-cache"])
    assert not (tmp_path / ".factcheck").exists()
    runner.invoke(app, ["check", "--cache-dir", "corpus/.cache"])  # never inside the corpus
    assert not (tmp_path / "corpus" / ".cache").exists()


def test_damage_inside_the_file_is_found_where_it_is_read(tmp_path: Path, counted: list[str]) -> None:
    expected = _report(CORPUS, tmp_path / "store")
    path = tmp_path / "store" / "facts.sqlite"
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page
    data[middle:middle + 8 * page] = b"\xff" * (8 * page)  # eight pages of the tables' rows, not the header
    path.write_bytes(bytes(data))
    counted.clear()
    report = _report(CORPUS, tmp_path / "store")
    assert report["findings"] == expected["findings"]
    assert any("corrupt" in p and "rebuilt" in p for p in report["store_problems"]) and counted
    counted.clear()
    assert _report(CORPUS, tmp_path / "store")["store_problems"] == [] and counted == []  # rebuilt and full again


def test_two_runs_at_once_share_the_store_and_leave_it_sound(tmp_path: Path) -> None:
    """Each run writes its facts and outcomes in one transaction; SQLite's lock makes the other wait."""
    import subprocess
    import sys
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    command = [sys.executable, "-m", "factcheck", "check", "-f", "json", "--jobs", "1",
               "--cache-dir", str(tmp_path / "store"), str(corpus)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [err.decode()[-500:] for _, err in outputs]
    reports = [json.loads(out) for out, _ in outputs]
    assert [r["errors"] for r in reports] == [[], []]
    assert reports[0] == reports[1]
    db = sqlite3.connect(tmp_path / "store" / "facts.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (6,)
    db.close()


def test_a_store_another_run_holds_locked_is_never_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock is no damage: deleting the file would pull the store from under the run writing it."""
    _report(CORPUS, tmp_path / "store")
    before = (tmp_path / "store" / "facts.sqlite").stat().st_size

    def locked(self: FactStore) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(FactStore, "_connect", locked)
    store = FactStore(tmp_path / "store")
    assert store.db is None and [str(p) for p in store.problems] == [
        f"{tmp_path / 'store' / 'facts.sqlite'}: the fact store cannot be used (database is locked); reading every article"]
    assert (tmp_path / "store" / "facts.sqlite").stat().st_size == before


def test_stored_facts_come_back_equal_and_share_what_repeats() -> None:
    """Unpickled facts equal the facts read; equal subjects, times, plain values and offsets are one object."""
    import pickle

    from factcheck.corpus import load_corpus
    from factcheck.facts import Evidence, Fact, Subject, ValidAt, packed, unpacked

    ruleset = load_ruleset(None)
    extractor = Extractor(ruleset.kb)
    facts = [f for a in load_corpus([CORPUS]).articles for f in extractor.extract(a).facts]
    back = [f for blob in [pickle.dumps(facts[:len(facts) // 2]), pickle.dumps(facts[len(facts) // 2:])]
            for f in pickle.loads(blob)]
    assert back == facts and [f.id for f in back] == [f.id for f in facts]
    assert [f.as_json() for f in back] == [f.as_json() for f in facts]
    kept = unpacked(pickle.loads(pickle.dumps(packed(facts))))  # as the store keeps them
    assert kept == facts and [f.as_json() for f in kept] == [f.as_json() for f in facts]
    assert {id(f.subject) for f in kept} == {id(f.subject) for f in back}
    by_subject: dict[tuple[str, str], set[int]] = {}
    for fact in back:
        by_subject.setdefault((fact.subject.id, fact.subject.name), set()).add(id(fact.subject))
    assert all(len(objects) == 1 for objects in by_subject.values())  # across both pickles
    mentions = [f for f in back if f.predicate == "mentions"]
    assert len({id(f.value) for f in mentions}) == len({repr(f.value) for f in mentions}) < len(mentions)
    # a value is shared only with one equal in type as well: 1, True and 1.0 print differently in JSON
    span = facts[0].evidence
    made = [Fact("a", "p", Subject("s", "S"), {"n": n}, ValidAt(None, "unknown"), span) for n in (1, True, 1.0, 1)]
    again = pickle.loads(pickle.dumps(made))
    assert [type(f.value["n"]) for f in again] == [int, bool, float, int]
    assert again[0].value is again[3].value and again[0].value is not again[1].value
    offsets = pickle.loads(pickle.dumps([Evidence("a", 1000, 1010, "q", 1000, 1005, "t"),
                                         Evidence("b", 1000, 1010, "q", 1003, 1005, "t")]))
    assert offsets[0].start is offsets[1].start and offsets[0] == Evidence("a", 1000, 1010, "q", 1000, 1005, "t")


def test_outcomes_of_other_code_are_dropped_by_the_first_write(tmp_path: Path) -> None:
    """Outcomes are written rule by rule as they are found; rows another factcheck wrote can never serve again."""
    _report(CORPUS, tmp_path / "store")
    db = sqlite3.connect(tmp_path / "store" / "facts.sqlite")
    written = db.execute("SELECT count(*) FROM outcomes").fetchone()[0]
    db.execute("UPDATE outcomes SET basis = 'another factcheck' WHERE rowid = (SELECT min(rowid) FROM outcomes)")
    db.commit()
    _report(CORPUS, tmp_path / "store")
    assert db.execute("SELECT count(*), count(DISTINCT basis) FROM outcomes").fetchone() == (written, 1)
    db.close()


def test_the_code_fingerprint_is_of_the_code_as_started_not_as_edited_during_the_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader edited on disk while a run loads the corpus must not key the facts the old code reads."""
    import factcheck.store as store

    started = store.source_fingerprint(("kinds",))
    try:
        store.source_fingerprint.cache_clear()
        with monkeypatch.context() as patch:
            patch.setattr(Path, "read_bytes", lambda self: b"edited meanwhile")  # the disk is not read again
            assert store.source_fingerprint(("kinds",)) == started
        store.source_fingerprint.cache_clear()
        with monkeypatch.context() as patch:
            patch.setattr(store, "_SOURCES", {name: source + b"#" if name.startswith("kinds/") else source
                                              for name, source in store._SOURCES.items()})
            assert store.source_fingerprint(("kinds",)) != started  # what it hashes is the source as started
    finally:
        store.source_fingerprint.cache_clear()
