"""Coverage of the May 2024 reshuffle: the checker must not cry wolf around a handover.

tests/fixtures/reshuffle-2024-05/ holds Arabic reports of Shoigu's move to the Security
Council and Belousov's to the defence ministry. We wrote each one in the style of the
Arabic wires, in our own words, from the facts (days, names, titles and their spellings)
of the public page whose address is in a comment of the file's front matter; no sentence
is copied from it. The publication day is the page's, read from the page or its weekday
words. The days around a change of office are where a title checker is most tempted to flag.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reshuffle-2024-05"
runner = CliRunner()


def test_no_title_finding_on_the_days_of_the_reshuffle() -> None:
    result = runner.invoke(app, ["check", str(FIXTURE), "--format", "json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["errors"] == []
    # Serdyukov spelled سرديوكوف is a variant the knowledge base lists (AFP's Arabic spelling)
    assert report["findings"] == []


def test_former_defence_minister_on_the_day_of_the_decree() -> None:
    extracted = json.loads(runner.invoke(app, ["extract", str(FIXTURE), "--format", "json"]).stdout)
    titles = {(f["article"], f["evidence"]["text"], tuple(f["qualifiers"]), f["valid_at"]["value"])
              for f in extracted["facts"] if f["predicate"] == "holds_title" and f["subject"]["id"] == "person:sergei-shoigu"}
    assert ("arabobserver-2024-05-12", "وزير الدفاع السابق سيرغي شويغو", ("former",), "2024-05-12") in titles
    assert ("baznews-2024-05-12", "وزير الدفاع سيرغي شويغو", (), "2024-05-12") in titles
    serdyukov = [f for f in extracted["facts"] if f["predicate"] == "holds_title"
                 and f["subject"]["id"] == "person:anatoly-serdyukov"]
    # "خلفا لوزير الدفاع آنذاك أناتولي سرديوكوف" in a clause dated 2012: then, and right
    assert [(f["qualifiers"], f["valid_at"]["value"]) for f in serdyukov] == [(["then"], "2012")]
