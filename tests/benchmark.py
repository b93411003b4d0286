"""Print how long a check takes and how much memory it needs: `python3 tests/benchmark.py`.

Figures, not assertions: a timed test flakes on a shared machine. Measures start-up
(loading and compiling the rules tree), one check of corpus/ after start-up, and a
check of the corpus replicated N times (distinct ids) for throughput; peak memory is
the process's maximum resident set.
"""

from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace
from pathlib import Path

from factcheck.corpus import load_corpus
from factcheck.engine import evaluate, extract_all, index_of, load_ruleset

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=50, help="replications for the throughput run")
    args = parser.parse_args()

    started = time.perf_counter()
    ruleset = load_ruleset(None)
    startup = time.perf_counter() - started
    articles = load_corpus([CORPUS]).articles

    def run(batch: list) -> tuple[float, int, int]:
        began = time.perf_counter()
        extracted = extract_all(batch, ruleset.kb)
        index = index_of(extracted)
        findings = evaluate(ruleset.rules, index, ruleset.kb)
        return time.perf_counter() - began, len(index.facts), len(findings)

    run(articles)  # warm the caches once, as a long-running process would be
    once = min(run(articles)[0] for _ in range(5))
    many = [replace(a, id=f"{a.id}-{i}") for i in range(args.copies) for a in articles]
    elapsed, facts, findings = run(many)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(a.body) for a in many)
    print(f"start-up (rules, knowledge, patterns): {startup * 1000:.0f} ms")
    print(f"check of corpus/ ({len(articles)} articles) after start-up: {once * 1000:.0f} ms (best of 5)")
    print(f"check of {len(many)} articles ({chars / 1e6:.2f} M chars): {elapsed:.2f} s, "
          f"{len(many) / elapsed:.0f} articles/s, {facts} facts, {findings} findings")
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
