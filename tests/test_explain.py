"""`factcheck explain ID` and `factcheck timeline PERSON` on the seed corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
runner = CliRunner()


def _finding(rule: str) -> dict:
    report = json.loads(runner.invoke(app, ["check", str(CORPUS), "-f", "json"]).stdout)
    return next(f for f in report["findings"] if f["rule"] == rule)


def test_explain_shows_both_facts_and_how_their_dates_were_read() -> None:
    finding = _finding("security-council-secretary-vs-chair")
    result = runner.invoke(app, ["explain", finding["id"][:6], str(CORPUS), "-f", "json"])
    assert result.exit_code == 0
    explained = json.loads(result.stdout)
    assert explained["finding"]["id"] == finding["id"] and explained["finding"]["status"] == "new"
    head = next(s for s in explained["sides"] if s["evidence"]["valid_at"] == "2024-05/2024-09-14")
    assert head["reader"] == "factcheck/extract/titles.py" and head["fact"]["predicate"] == "holds_title"
    assert [(d["text"], d["value"], d["basis"]) for d in head["dates"]] == [("مايو (أيار)", "2024-05", "relative")]
    assert "inferred" in head["published"]["note"]
    text = runner.invoke(app, ["explain", finding["id"], str(CORPUS)]).stdout
    assert "read by    factcheck/extract/titles.py as holds_title" in text and "why:" in text


def test_explain_an_unknown_or_ambiguous_id_exits_2() -> None:
    result = runner.invoke(app, ["explain", "ffffffffffffffff", str(CORPUS)])
    assert result.exit_code == 2 and "no finding with this id" in result.stderr
    result = runner.invoke(app, ["explain", "", str(CORPUS)])
    assert result.exit_code == 2 and "ambiguous id" in result.stderr


def test_timeline_draws_terms_and_claims_with_the_conflicts_marked() -> None:
    result = runner.invoke(app, ["timeline", "سيرغي شويغو", str(CORPUS), "-f", "json"])
    assert result.exit_code == 0
    timeline = json.loads(result.stdout)
    assert {(t["office"], t["start"], t["end"]) for t in timeline["terms"]} >= {
        ("ru.defense_minister", "2012-11-06", "2024-05-12"), ("ru.security_council.secretary", "2024-05-12", None)}
    conflicting = {c["valid_at"] for c in timeline["claims"] if c["conflict"]}
    assert conflicting == {"2024-05/2024-09-14", "2024-09-14"}
    assert any(c["valid_at"] == "2023-07" and not c["conflict"] for c in timeline["claims"])
    text = runner.invoke(app, ["timeline", "person:sergei-shoigu", str(CORPUS)]).stdout
    assert "reference terms:" in text and " !2024-05/2024-09-14" in text


def test_timeline_of_someone_the_corpus_does_not_title_exits_2() -> None:
    result = runner.invoke(app, ["timeline", "person:no-one", str(CORPUS)])
    assert result.exit_code == 2 and "people with title claims" in result.stderr
