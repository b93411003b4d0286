"""The findings on disk: merged and ordered as the in-memory sort did, whatever order they come in."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest

from factcheck.corpus import load_corpus
from factcheck.engine import evaluate_all, extract_all, index_of, load_ruleset
from factcheck.facts import Subject
from factcheck.findings import EvidenceItem, Finding, merge_claims, severity_rank
from factcheck.spool import Collector, FindingSpool

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = ["a", "ab", "b", "c"]  # "a" is the start of "ab": the place text must sort it first


def _evidence(article: str, start: int, value: str) -> EvidenceItem:
    return EvidenceItem(article, "2024-01-01", "نص", start, start + 2, "نص", start, start + 2, value, "2024", "published")


def _raw(seed: int) -> list[tuple[int, int, int, Finding]]:
    """Findings as rules give them, (rule, partition, place in it, finding), with copies of claims across partitions."""
    rng = random.Random(seed)
    out = []
    for rule in range(3):
        for part in range(4):
            for seq in range(rng.randint(0, 6)):
                values = rng.sample(["x", "y", "z"], 2)  # few claims: copies of one meet in other partitions
                finding = Finding(f"rule-{rule % 2}", "k", rng.choice(["error", "warning", "info"]), "m",
                                  Subject(f"s{rng.randint(0, 1)}", "S"),
                                  tuple(_evidence(rng.choice(ARTICLES), rng.choice([0, 5, 12]), v) for v in values), "e")
                out.append((rule, part, seq, finding))
    return out


def _in_memory(raw: list[tuple[int, int, int, Finding]], position: dict[str, int]) -> list[Finding]:
    """What the rule stage did before the spool: sort by first quote (stable, in rule order), merge, sort."""
    found = [f for *_, f in sorted(raw, key=lambda r: r[:3])]
    found.sort(key=lambda f: (position.get(f.evidence[0].article, -1), f.evidence[0].text_start))
    return sorted(merge_claims(found), key=lambda f: (severity_rank(f.severity), f.rule, f.subject.id,
                                                      [(e.article, e.start) for e in f.evidence]))


@pytest.mark.parametrize("seed", range(8))
def test_the_spool_merges_and_orders_as_the_in_memory_sort_whatever_the_arrival(seed: int) -> None:
    raw = _raw(seed)
    position = {article: i for i, article in enumerate(reversed(ARTICLES))}
    collector = Collector(position)
    partitions: dict[tuple[int, int], list[Finding]] = {}
    for rule, part, _, finding in raw:
        partitions.setdefault((rule, part), []).append(finding)
    arrival = list(partitions.items())
    random.Random(seed).shuffle(arrival)  # partitions come from the store and from the cluster in any order
    for (rule, part), found in arrival:
        collector.add(rule, part, found)
    spool = collector.spool()
    expected = _in_memory(raw, position)
    assert len({f.id for *_, f in raw}) > len(expected) / 2  # the seeds do make copies to merge
    assert list(spool) == expected and len(spool) == len(expected)


def test_a_spool_reads_back_as_a_sequence() -> None:
    findings = [f for *_, f in _raw(1)][:7]
    spool = FindingSpool.of(findings)
    assert list(spool) == findings == list(spool)  # read again, the same
    assert spool[0] == findings[0] and spool[-1] == findings[-1] and spool[2:5] == findings[2:5]
    assert spool.tally["error"] == sum(f.severity == "error" for f in findings)
    assert spool.tally["new"] == len(findings)
    assert list(FindingSpool.of([])) == [] and len(FindingSpool.of([])) == 0


def test_a_rule_failing_in_its_last_partition_loses_what_it_found_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.kinds import KINDS

    ruleset = load_ruleset(None)
    index = index_of(extract_all(load_corpus([CORPUS]).articles, ruleset.kb))
    whole, _ = evaluate_all(ruleset.rules, index, ruleset.kb)
    failing = max(ruleset.rules, key=lambda rule: sum(f.rule == rule.id for f in whole))
    real = KINDS[failing.kind].check
    calls: list[str] = []

    def counted(rule: Any, part: Any, kb: Any) -> Any:
        calls.append(rule.id)
        if rule.id == failing.id and calls.count(rule.id) == last:
            raise KeyError("a kind's bug in one partition")
        return real(rule, part, kb)

    last = 0
    monkeypatch.setitem(KINDS, failing.kind, dataclasses.replace(KINDS[failing.kind], check=counted))
    evaluate_all(ruleset.rules, index, ruleset.kb)
    last = calls.count(failing.id)
    calls.clear()
    errors: list[Any] = []
    failed, _ = evaluate_all(ruleset.rules, index, ruleset.kb, errors)
    assert last > 1 and [e.internal for e in errors] == [True]
    assert list(failed) == [f for f in whole if f.rule != failing.id]
