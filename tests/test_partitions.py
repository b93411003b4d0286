"""The rule stage by partitions: the same outcomes as the whole corpus at once, and a warm run
that re-evaluates only what a changed article touches."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import factcheck.executors as executors
from factcheck.corpus import load_corpus
from factcheck.engine import check_corpus, evaluate_all, extract_all, index_of, load_ruleset
from factcheck.extract import ArticleFacts
from factcheck.facts import FactIndex
from factcheck.kinds import KINDS
from factcheck.kinds._partitions import Partitioning
from factcheck.store import FactStore, OutcomeCache, content_key

ROOT = Path(__file__).resolve().parent.parent
RULESET = load_ruleset(None)
_spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale.py")
assert _spec and _spec.loader
scale = importlib.util.module_from_spec(_spec)
sys.modules["scale_bench"] = scale
_spec.loader.exec_module(scale)


@pytest.fixture(scope="module")
def recombined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 articles recombined from the dev set (benchmarks/scale.py): claims that meet across articles."""
    folder = tmp_path_factory.mktemp("recombined")
    pool = scale.sentence_pool(sorted(scale.DEV_SET.glob("*.yaml")))
    scale.write_corpus(scale.ArticleBuilder(pool, seed=3).articles(300), folder)
    day_ago = time.time() - 86_400  # older than a write could hide from the file system's clock: recalled warm
    for path in folder.iterdir():
        os.utime(path, (day_ago, day_ago))
    return folder


@pytest.fixture(scope="module")
def extracted(recombined: Path) -> list[ArticleFacts]:
    """The facts of corpus/ and the recombined articles."""
    corpus = load_corpus([ROOT / "corpus", recombined])
    assert not corpus.errors
    return extract_all(corpus.articles, RULESET.kb)


def _whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kind with one partition of all it reads: the rules over the whole corpus at once."""
    for name, kind in KINDS.items():
        monkeypatch.setitem(KINDS, name, dataclasses.replace(
            kind, partition=Partitioning(kind.partition.predicates, lambda fact: "")))


@pytest.mark.parametrize("want_cleared", [False, True])
def test_every_rule_says_by_partitions_what_it_says_over_the_whole_corpus(
        extracted: list[ArticleFacts], want_cleared: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    index = index_of(extracted, want_cleared)
    errors: list[Any] = []
    by_parts = _listed(evaluate_all(RULESET.rules, index, RULESET.kb, errors))
    split = {name: len(kind.partition.of(index)) for name, kind in KINDS.items()}
    with monkeypatch.context() as patch:
        _whole(patch)
        whole = _listed(evaluate_all(RULESET.rules, index, RULESET.kb, errors))
    assert errors == []
    assert by_parts == whole
    assert len(whole[0]) > 100 and (not want_cleared or len(whole[1]) > 10)  # the corpus exercises the rules
    # and each kind's facts do fall in several partitions, or the comparison above proves nothing
    assert all(count > 1 for name, count in split.items() if name != "calendar_arithmetic"), split


def _listed(evaluated: tuple[Any, list[Any]]) -> tuple[list[Any], list[Any]]:
    """evaluate_all's findings (a spool on disk) as a list, to compare."""
    return list(evaluated[0]), evaluated[1]


def _changed(extracted: list[ArticleFacts]) -> list[ArticleFacts]:
    """The corpus with its first article rewritten (its facts are now those of the second)."""
    first, second = extracted[0], extracted[1]
    article = dataclasses.replace(first.article, body=first.article.body + "\n")
    facts = [dataclasses.replace(f, article=article.id, id="") for f in second.facts]
    return [ArticleFacts(article, second.dates, facts, []), *extracted[1:]]


def _cached(extracted: list[ArticleFacts], store: FactStore, evaluated: list[tuple[str, str]]) -> tuple[Any, ...]:
    keys = {e.article.id: content_key(e.article) for e in extracted}
    cache = OutcomeCache(store, RULESET.knowledge_digest, keys, want_cleared=False)
    evaluated.clear()
    return _listed(evaluate_all(RULESET.rules, index_of(extracted), RULESET.kb, [], cache=cache))


def test_a_warm_run_evaluates_only_the_partitions_a_changed_article_touches(
        extracted: list[ArticleFacts], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    evaluated: list[tuple[str, str]] = []
    real = executors.run_rule

    def counting(rule: Any, index: Any, kb: Any, parts: dict[str, Any]) -> Any:
        evaluated.extend((rule.id, part) for part in parts)
        return real(rule, index, kb, parts)

    monkeypatch.setattr(executors, "run_rule", counting)
    store = FactStore(tmp_path / "store")
    cold = _cached(extracted, store, evaluated)
    everything = len(evaluated)
    assert cold == _listed(evaluate_all(RULESET.rules, index_of(extracted), RULESET.kb))
    assert _cached(extracted, store, evaluated) == cold and evaluated == []

    changed = _changed(extracted)
    warm = _cached(changed, store, evaluated)
    evaluated_warm = set(evaluated)
    assert warm == _listed(evaluate_all(RULESET.rules, index_of(changed), RULESET.kb))
    article = changed[0].article.id
    touched = set()  # the partitions holding the article, before or after (one it left, and nothing fills, is gone)
    for rule in RULESET.rules:
        before, after = (KINDS[rule.kind].partition.of(index_of(corpus)) for corpus in (extracted, changed))
        touched |= {(rule.id, part) for part, facts in after.items()
                    if any(f.article == article for f in facts + before.get(part, []))}
    assert evaluated_warm == touched and 0 < len(touched) < everything / 10
    store.close()


def test_a_damaged_outcome_is_reported_and_evaluated_again(extracted: list[ArticleFacts], tmp_path: Path) -> None:
    store = FactStore(tmp_path / "store")
    cold = _cached(extracted, store, [])
    assert store.db is not None
    store.db.execute("UPDATE outcomes SET data = X'00' WHERE rowid = (SELECT min(rowid) FROM outcomes)")
    assert _cached(extracted, store, []) == cold
    assert any("stored outcome" in str(p) and "evaluated again" in str(p) for p in store.problems)
    store.close()
    db = sqlite3.connect(tmp_path / "store" / "facts.sqlite")
    assert db.execute("SELECT count(*) FROM outcomes WHERE data = X'00'").fetchone() == (0,)  # stored anew
    db.close()


def test_partitions_keep_corpus_order(extracted: list[ArticleFacts]) -> None:
    index = index_of(extracted)
    order = {id(f): i for i, f in enumerate(index.facts)}
    for kind in KINDS.values():
        for facts in kind.partition.of(index).values():
            for predicate in kind.partition.predicates:
                positions = [order[id(f)] for f in facts if f.predicate == predicate]
                assert positions == sorted(positions)



def test_a_date_copied_into_many_articles_is_told_and_quoted_by_three_and_counted(
        extracted: list[ArticleFacts]) -> None:
    """The anchor side of a finding (the date most articles give) is told and quoted by its first
    three articles and counted; the deviant side is quoted in every article that gives it."""
    findings = [f for f in evaluate_all(RULESET.rules, index_of(extracted), RULESET.kb)[0] if f.kind == "event_agreement"]
    crowded = [f for f in findings if "more article" in f.explanation]
    assert crowded  # the recombined corpus repeats its dates across many articles
    capped = 0
    for finding in crowded:
        assert finding.explanation.count(" reads «") <= 6
        for more, date in re.findall(r"; (\d+) more articles? read it as ([\d/-]+)", finding.explanation):
            quoted = sum(e.valid_at == date for e in finding.evidence)
            assert quoted in (3, 3 + int(more))  # the anchor's first three, or every deviant article
            capped += quoted == 3
    assert capped


def test_through_the_store_a_run_reports_what_it_reports_with_every_fact_in_memory(
        recombined: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cold and warm, with the timelines and the cleared pairs; and no index of the rule stage holds the corpus."""
    paths = [ROOT / "corpus", recombined]
    report = check_corpus(paths, RULESET, show_cleared=True)
    in_memory = (report.as_json(), report.timelines)
    sizes: list[int] = []
    real = FactIndex.__post_init__

    def counted(self: FactIndex) -> None:
        sizes.append(len(self.facts))
        real(self)

    monkeypatch.setattr(FactIndex, "__post_init__", counted)
    for _ in ("cold", "warm"):
        store = FactStore(tmp_path / "store")
        stored = check_corpus(paths, RULESET, show_cleared=True, store=store)
        assert (stored.as_json(), stored.timelines) == in_memory
        assert store.problems == []
        store.close()
    assert max(sizes) < report.facts / 4 and len(report.timelines) > 10 and report.cleared, (max(sizes), report.facts)
