"""Any text in, no crash out: offsets stay true, and a pattern that times out costs one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.corpus import Article
from factcheck.engine import extract_all, load_ruleset
from factcheck.text.dates import TimeSpan
from factcheck.text.normalize import fold, normalize

KB = load_ruleset(None).kb
runner = CliRunner()
# Arabic letters and marks, digits of both kinds, punctuation, spaces, bidi and zero-width controls
PIECES = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789،؛؟.,:!«»()/-% \n") + [
    "\u200f", "\u200e", "\u202b", "\u202c", "\ufefb", "كيم جونغ أون", "وزير الدفاع الروسي", "أكثر من 10 آلاف جندي",
    "منذ", "يوليو", "تموز/ يوليو الماضي", "الذكرى السبعين", "ما بين 20 ألفا و", "للمرة الأولى", "السبت"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_normalized_spans_map_back_to_the_original(text: str) -> None:
    norm = normalize(text, base=7)
    for start in range(0, len(norm.text), 3):
        a, b = norm.original_span(start, min(len(norm.text), start + 4))
        assert 7 <= a <= b <= 7 + len(text)
        # the original span covers what was matched (a ligature such as ﻻ maps back whole)
        assert norm.text[start:min(len(norm.text), start + 4)] in fold(text[a - 7:b - 7])


@settings(max_examples=100, deadline=None)
@given(TEXT, st.sampled_from([None, "2024-09-14", "2023-09", "2024"]))
def test_extraction_never_crashes_and_evidence_is_the_text(text: str, published: str | None) -> None:
    article = Article("a", "a", text, TimeSpan.parse(published) if published else None)
    [extracted] = extract_all([article], KB)
    for fact in extracted.facts:
        e = fact.evidence
        assert text[e.start:e.end] == e.quote and text[e.text_start:e.text_end] == e.text
    for date in extracted.dates:
        assert text[date.start:date.end] == date.text


def test_a_timed_out_pattern_costs_its_sentence_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    (tmp_path / "a.md").write_text((corpus / "asharq-2024-09-14-shoigu-pyongyang.md").read_text("utf-8"), "utf-8")
    monkeypatch.setattr("factcheck.text.dates.TIMEOUT", 1e-9)  # every date pattern now times out
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    report = json.loads(result.stdout)
    assert result.exit_code in (0, 1) and report["errors"]
    first = report["errors"][0]
    assert first["path"].endswith("a.md") and first["line"] == 8  # the body's first line: seven of front matter
    assert "timed out" in first["message"]
    strict = runner.invoke(app, ["check", str(tmp_path), "--strict"])
    assert strict.exit_code == 2
