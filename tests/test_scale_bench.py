"""The scale benchmark's builder and one measurement, at a size that runs in seconds."""

from __future__ import annotations

import importlib.util
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from factcheck.engine import load_ruleset
from factcheck.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale.py")
assert _spec and _spec.loader
scale = importlib.util.module_from_spec(_spec)
sys.modules["scale_bench"] = scale  # dataclasses look their module up while the class is made
_spec.loader.exec_module(scale)


@pytest.fixture(scope="module")
def pool() -> list:
    return scale.sentence_pool(sorted(scale.DEV_SET.glob("*.yaml")))


def test_one_measurement_has_every_figure(pool: list, tmp_path: Path) -> None:
    articles = scale.ArticleBuilder(pool, seed=0).articles(30)
    assert scale.write_corpus(articles, tmp_path / "30") == 30
    figures = scale.measure(tmp_path / "30", load_ruleset(None))
    for stage in (*scale.STAGES, "total", "floor"):
        assert {"wall_s", "cpu_s"} <= figures[stage].keys()
    for stage in scale.STAGES:
        assert figures[stage]["peak_rss_mb"] >= figures["peak_rss_mb_start"] > 0
    assert figures["articles"] == 30 and figures["load_errors"] == 0 and figures["read_errors"] == 0
    assert figures["distinct_bodies"] >= 0.9 * 30
    assert figures["facts"] > 30 and figures["findings"] > 0  # the recombined text exercises the rules
    assert figures["floor"]["matches"] > 30 and figures["extract_over_floor"] > 1
    assert figures["articles_per_s"] > 0 and figures["extract_mb_per_s"] > 0 and figures["processes"] == 1


def test_articles_are_recombined_and_dated_by_their_first_sentence(pool: list) -> None:
    dates_of: dict[str, set] = {}
    for s in pool:
        dates_of.setdefault(s.text, set()).add(s.published)
    days = sorted(s.published for s in pool)
    window = timedelta(days=scale.WINDOW_DAYS)
    articles = scale.ArticleBuilder(pool, seed=3).articles(200)
    assert len({a.body for a in articles}) >= 0.9 * len(articles)
    checked = 0
    for article in articles:
        sentences = [s.text for s in split_sentences(article.body)]
        assert scale.SENTENCES[0] <= len(sentences) <= scale.SENTENCES[1]
        assert all(text in dates_of for text in sentences)
        assert article.published in dates_of[sentences[0]]
        if sum(article.published - window <= d <= article.published + window for d in days) >= 3:
            checked += 1
            assert all(any(abs(d - article.published) <= window for d in dates_of[t]) for t in sentences)
    assert checked > 0.5 * len(articles)


def test_the_generator_is_seeded_and_a_smaller_corpus_is_a_prefix(pool: list) -> None:
    small = scale.ArticleBuilder(pool, seed=1).articles(20)
    assert small == scale.ArticleBuilder(pool, seed=1).articles(40)[:20]
    assert small != scale.ArticleBuilder(pool, seed=2).articles(20)


def test_written_files_load_with_their_front_matter(pool: list, tmp_path: Path) -> None:
    from factcheck.corpus import load_corpus

    articles = scale.ArticleBuilder(pool, seed=0).articles(5)
    scale.write_corpus(articles, tmp_path / "c")
    loaded = load_corpus([tmp_path / "c"])
    assert not loaded.errors
    assert [(a.id, a.published.iso(), a.body.rstrip("\n")) for a in loaded.articles] == \
        [(a.id, a.published.isoformat(), a.body) for a in articles]
    with pytest.raises(SystemExit, match="not empty"):
        scale.write_corpus(articles, tmp_path / "c")


def test_trigger_words_come_from_the_rules_tree() -> None:
    rules_text = "".join(p.read_text("utf-8") for folder in ("lexicon", "events")
                         for p in sorted((ROOT / "rules" / folder).glob("*.yaml")))
    assert len(scale.TRIGGERS) == 20
    assert [w for w in scale.TRIGGERS if w not in rules_text] == []
    text = "زار وزير الدفاع بيونغ يانغ في سبتمبر، منذ قمة العام الماضي"
    assert [m.group() for m in scale.trigger_pattern().finditer(text)] == ["وزير", "سبتمبر", "منذ", "قمة"]


def test_growth_exponent_is_one_for_linear_time_and_two_for_quadratic() -> None:
    def figures(n: int, extract: float, check: float) -> dict:
        return {"articles": n, "extract": {"cpu_s": extract, "wall_s": 3 * extract},
                "check": {"cpu_s": check, "wall_s": check}}

    exponents = scale.growth([figures(100, 1.0, 1.0), figures(200, 2.0, 4.0), figures(400, 4.0, 16.0)])
    assert [(g["from"], g["to"]) for g in exponents] == [(100, 200), (200, 400)]
    for g in exponents:
        assert (g["extract"], g["check"]) == (pytest.approx(1.0), pytest.approx(2.0))
        assert (g["extract_wall"], g["check_wall"]) == (pytest.approx(1.0), pytest.approx(2.0))


def test_the_estimate_follows_each_stage_growth() -> None:
    def figures(n: int, check: float, rss: float) -> dict:
        stages = {s: {"cpu_s": 0.0, "wall_s": 0.0} for s in scale.STAGES}
        stages["extract"] = {"cpu_s": n * 0.6, "wall_s": n * 0.6}  # 60 s for 100 articles, linear
        stages["check"] = {"cpu_s": check, "wall_s": check, "peak_rss_mb": rss}
        return {"articles": n, **stages}

    quadratic = [figures(100, 60.0, 1024.0), figures(200, 240.0, 4096.0)]
    # at 400: extract 240 s, check 960 s → 20 CPU minutes; 16 GB
    assert scale.estimate(400, quadratic).startswith("400 articles: about 20.0 CPU minutes and 16.0 GB")
    # one size: linear, 240 s of extract and 480 s of check
    assert "about 12.0 CPU minutes and 8.0 GB" in scale.estimate(400, quadratic[1:])
    assert "no estimate" in scale.estimate(400, [])
