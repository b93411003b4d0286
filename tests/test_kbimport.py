"""`factcheck kb import`: a Wikidata query result into rules/kb, hand-edited entries winning.

The fixture (tests/fixtures/wikidata/) is in the exact format of the query service; it
holds a Secretary-General before the hand-edited list begins (imported), the same term
as rules/kb (nothing to write), two terms that disagree with rules/kb (left out, named),
a year-precise start that agrees, a position rules/kb lacks, a term without a start and
a person without an Arabic name (skipped, named).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.kbimport import IMPORTED, read_rows
from factcheck.knowledge import load_knowledge
from factcheck.resources import rules_dir

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "wikidata" / "query-result.json"
runner = CliRunner()


def _tree(tmp_path: Path) -> Path:
    shutil.copytree(rules_dir(), tmp_path / "rules")
    return tmp_path / "rules"


def _hand_files(tree: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (tree / "kb").glob("*.yaml") if p.name != IMPORTED}


def _import(tree: Path) -> list[str]:
    result = runner.invoke(app, ["kb", "import", str(FIXTURE), "--rules", str(tree)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_import_adds_what_the_hand_edited_files_lack(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    before = _hand_files(tree)
    output = _import(tree)
    assert output[0].endswith(f"{IMPORTED}: 1 people and 1 terms from query-result.json")
    assert _hand_files(tree) == before  # hand edits are never rewritten
    kb = load_knowledge(tree)
    waldheim = kb.entities["person:kurt-waldheim"]
    assert (waldheim.name, waldheim.aliases, waldheim.wikidata) == ("كورت فالدهايم", ("فالدهايم",), "Q990000001")
    assert (waldheim.born.iso(), waldheim.died.iso()) == ("1918-12-21", "2007-06-14")
    [term] = kb.holdings_of("person:kurt-waldheim", "un.secretary_general")
    assert (term.describe(), term.source) == ("1972-01-01 to 1981-12-31", "https://www.wikidata.org/wiki/Q990000001")
    assert kb.offices["un.secretary_general"].known_from.isoformat() == "1972-01-01"


def test_conflicts_are_printed_and_the_hand_edited_term_wins(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    output = _import(tree)
    conflicts = [line for line in output if line.startswith("conflict:")]
    assert len(conflicts) == 2
    assert re.search(r"person:ban-ki-moon 2006-10-13 to 2016-12-31 \(Q990000003\), over the term of person:kofi-annan", conflicts[0])
    assert "person:antonio-guterres: Wikidata has 2017-01-01 to 2021-12-31 (Q990000004), rules/kb has since 2017-01-01" in conflicts[1]
    kb = load_knowledge(tree)
    assert [h.describe() for h in kb.holdings_of("person:ban-ki-moon", "un.secretary_general")] == [
        "2007-01-01 to 2016-12-31"]
    assert [h.describe() for h in kb.holdings_of("person:antonio-guterres", "un.secretary_general")] == [
        "since 2017-01-01"]
    # "1989" holds Quayle's hand-edited 1989-01-20: no conflict, nothing written
    assert not any("dan-quayle" in line for line in conflicts)


def test_skipped_rows_and_new_spellings_are_named(tmp_path: Path) -> None:
    output = _import(_tree(tmp_path))
    skipped = [line for line in output if line.startswith("skipped:")]
    assert skipped == ["skipped: Q999999998: no office of rules/kb has this wikidata item (Q990000006, Somebody)",
                       "skipped: Q990000007 (U Thant) in un.secretary_general: no start date",
                       "skipped: Q990000008 (Trygve Lie): no Arabic name on Wikidata; add the person by hand"]
    assert "spelling: person:javier-perez-de-cuellar: Wikidata also writes 'بيريز دي كويلار'" in output


def test_the_import_round_trips(tmp_path: Path) -> None:
    """Every row ends up in the knowledge base, agrees with it, or is named; a second import changes nothing."""
    tree = _tree(tmp_path)
    output = _import(tree)
    written = (tree / "kb" / IMPORTED).read_text("utf-8")
    kb = load_knowledge(tree)
    for row in read_rows(FIXTURE):
        named = any(row.person in line or (row.name_en or "?") in line for line in output[1:])
        office = next((o for o in kb.offices.values() if o.wikidata == row.position), None)
        held = office is not None and row.start is not None and any(
            kb.entities[h.person].en == row.name_en and h.span.start.isoformat().startswith(row.start)
            for h in office.holders)
        assert held or named, row
    assert _import(tree)[1:] == output[1:]
    assert (tree / "kb" / IMPORTED).read_text("utf-8") == written


def test_an_import_that_would_break_the_knowledge_base_leaves_it_as_it_was(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    people = tree / "kb" / "others.yaml"
    # a hand-edited person already spelled like Waldheim: the imported one would collide
    people.write_text(people.read_text("utf-8").replace(
        "people:\n", "people:\n  - {id: person:someone, name: كورت فالدهايم, source: s}\n", 1), "utf-8")
    result = runner.invoke(app, ["kb", "import", str(FIXTURE), "--rules", str(tree)])
    assert result.exit_code == 2
    assert "names both person:kurt-waldheim and person:someone" in result.output
    assert not (tree / "kb" / IMPORTED).exists()


def test_the_shipped_query_asks_for_exactly_the_offices_with_a_wikidata_item() -> None:
    query = (rules_dir() / "kb" / "wikidata.rq").read_text("utf-8")
    [values] = re.findall(r"VALUES \?position \{([^}]*)\}", query)
    kb = load_knowledge(rules_dir())
    assert sorted(values.split()) == sorted(f"wd:{o.wikidata}" for o in kb.offices.values() if o.wikidata)


def test_stats_say_what_each_office_covers(tmp_path: Path) -> None:
    result = runner.invoke(app, ["kb", "stats"])
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("ru.defense_minister "))
    assert line.split()[1:3] == ["1992-03-16", "…"]
    kb = load_knowledge(rules_dir())
    assert f"{len(kb.offices)} offices" in result.stdout.splitlines()[0]
    shoigu = next(line for line in result.stdout.splitlines() if line.startswith("person:sergei-shoigu "))
    assert int(shoigu.split()[1]) == len(kb.entities["person:sergei-shoigu"].spellings)
    data = runner.invoke(app, ["kb", "stats", "--format", "json"]).stdout
    assert '"totals"' in data and '"people"' in data
