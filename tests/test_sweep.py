"""The title kinds' sweep finds exactly the pairs that trying every pair would, and no others."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import combinations

from factcheck.facts import Evidence, Fact, Subject, ValidAt, may_overlap
from factcheck.kinds._titles import holding, sweep
from factcheck.text.dates import TimeSpan

QUALIFIERS = ((), (), (), ("former",), ("then",))


def claim(n: int, group: str, start: date, days: int, qualifiers: tuple[str, ...], basis: str) -> Fact:
    span = TimeSpan(start, start + timedelta(days=days), "day") if days >= 0 else None
    evidence = Evidence(f"a{n}", 0, 1, "x", 0, 1, "x")
    return Fact(f"a{n}", "holds_title", Subject(group, group), {"office": "o", "n": n},
                ValidAt(span, basis), evidence, qualifiers)  # type: ignore[arg-type]


def claims(seed: int, count: int) -> list[Fact]:
    rng = random.Random(seed)
    day = date(2020, 1, 1)
    return [claim(n, rng.choice("abcd"), day + timedelta(days=rng.randrange(400)), rng.choice((-1, 0, 0, 3, 30, 365)),
                  rng.choice(QUALIFIERS), rng.choice(("published", "explicit")))
            for n in range(count)]


def every_pair(facts: list[Fact]) -> list[tuple[int, int]]:
    return [(i, j) for i, j in combinations(range(len(facts)), 2)
            if facts[i].subject.id != facts[j].subject.id and holding(facts[i]) and holding(facts[j])
            and may_overlap(facts[i].valid_at, facts[j].valid_at)]


def test_the_sweep_meets_exactly_the_pairs_whose_times_meet() -> None:
    for seed in range(40):
        facts = claims(seed, random.Random(seed).randrange(0, 60))
        assert sweep(facts, lambda f: f.subject.id, describe=False).meeting == every_pair(facts), seed


def test_what_is_let_stand_is_only_pairs_that_do_not_meet_and_only_when_asked() -> None:
    facts = claims(7, 50)
    assert sweep(facts, lambda f: f.subject.id, describe=False).let_stand == []
    stand = sweep(facts, lambda f: f.subject.id, describe=True).let_stand
    assert stand and set(stand).isdisjoint(every_pair(facts))
    assert all(i < j and facts[i].subject.id != facts[j].subject.id for i, j in stand)
    # every claim that does not say the office is held is explained once
    unheld = {i for i, f in enumerate(facts) if not holding(f)}
    assert unheld <= {k for pair in stand for k in pair}


def test_one_minister_claimed_ten_thousand_times_costs_no_pairs() -> None:
    day = date(2024, 6, 1)
    facts = [claim(n, "belousov", day, 200, (), "published") for n in range(10_000)]
    facts.append(claim(10_000, "shoigu", day + timedelta(days=100), 0, (), "explicit"))
    assert len(sweep(facts, lambda f: f.subject.id, describe=False).meeting) == 10_000
