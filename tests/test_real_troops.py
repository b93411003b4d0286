"""Reporting of North Korean troops in Russia, October 2024 to November 2025.

tests/fixtures/dprk-troops/ holds paragraphs we wrote in the style of the Arabic wires, in
our own words, from the figures, dates and sources of the public page whose address is in
a comment of each file's front matter; no sentence is copied from it. The figures grow (1,500 more, about 15,000 sent) and shift in meaning
(troops there now, a new contingent since September): together with the seed corpus's
"أكثر من 10 آلاف جندي" they must raise no quantity finding.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "dprk-troops"
runner = CliRunner()


def quantities() -> list[dict]:
    extracted = json.loads(runner.invoke(app, ["extract", str(FIXTURE), "--format", "json"]).stdout)
    return [f for f in extracted["facts"] if f["predicate"] == "quantity"]


def test_no_quantity_finding_with_the_seed_corpus() -> None:
    report = json.loads(runner.invoke(app, ["check", str(FIXTURE), str(ROOT / "corpus"), "--format", "json"]).stdout)
    assert [f for f in report["findings"] if f["kind"] == "quantity_agreement"] == []


def test_additional_troops_are_an_increment_not_a_total() -> None:
    [first, *_] = [f for f in quantities() if f["article"] == "sahafati-2024-10-23"]
    assert (first["value"]["text"], first["value"]["increment"]) == ("1500 جندي", True)


def test_the_source_of_a_figure_is_kept_when_it_opens_the_sentence() -> None:
    figures = [f for f in quantities() if f["article"] == "haberler-2025-04-30"]
    assert [(f["value"]["measure"], f["value"]["low"], f["value"]["high"]) for f in figures] == [
        ("dprk-troops-in-russia", 13500, 16500), ("dprk-troops-killed-in-russia", 540, 660),
        ("dprk-troops-wounded-in-russia", 3690, 4510), ("dprk-troops-in-russia", 13500, 16500)]
    assert figures[0]["attribution"] == "وكالة الاستخبارات الوطنية الكورية الجنوبية قالت"
