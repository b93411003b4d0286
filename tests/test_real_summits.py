"""Coverage of the Kim–Putin summits of 2019, 2023 and 2024: no false alarm from the time rules.

tests/fixtures/kim-putin-summits/ holds paragraphs we wrote in the style of the Arabic
wires, in our own words, from the facts of the public page whose address is in a comment
of each file's front matter (NHK Arabic, Sputnik Arabic, Dar al-Maaref, el-Nashra); no
sentence is copied from them. The publication day is the page's, from its address or its
weekday words. "في أول زيارة يقوم بها للبلاد منذ 24 عاما" is the first visit in 24 years,
not the first visit: read as the first, it would date Putin's first visit to 2024.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "kim-putin-summits"
runner = CliRunner()


def test_no_finding_on_real_summit_coverage() -> None:
    result = runner.invoke(app, ["check", str(FIXTURE), "--format", "json"])
    report = json.loads(result.stdout)
    assert (result.exit_code, report["findings"], report["errors"]) == (0, [], [])


def test_first_in_24_years_is_neither_an_ordinal_nor_a_date_of_the_visit() -> None:
    extracted = json.loads(runner.invoke(app, ["extract", str(FIXTURE), "--format", "json"]).stdout)
    nhk = [f for f in extracted["facts"] if f["article"] == "nhk-2024-06-19"]
    # the visit is dated by no ordinal; "اجتماع عقده الزعيمان العام الماضي" is the Vostochny summit of 2023
    dated = [(f["subject"]["id"], f["value"]["date"]) for f in nhk if f["predicate"] == "event_date"]
    assert dated == [("event:kim-putin-meetings", "2023")]
    [putin] = [f for f in nhk if f["predicate"] == "holds_title" and f["subject"]["id"] == "person:vladimir-putin"]
    assert putin["valid_at"] == {"value": "2024-06-19", "precision": "day", "basis": "published"}
    since = next(d for d in extracted["dates"] if d["article"] == "nhk-2024-06-19" and d["form"] == "elapsed")
    assert (since["text"], since["value"]) == ("منذ 24 عاما", "1999-06-19/2000-06-19")


def test_extract_text_lists_dates_and_facts_per_article() -> None:
    result = runner.invoke(app, ["extract", str(FIXTURE), "--format", "text"])
    assert result.exit_code == 0
    assert "sputnik-2023-09-14.md · sputnik-2023-09-14 (published 2023-09-14)" in result.stdout
    assert "2019-04                  explicit  \u2067أبريل/ نيسان عام\u2069 2019" in result.stdout
    assert "holds_title person:donald-trump" in result.stdout
