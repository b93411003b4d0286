"""How factcheck scales with the size of a corpus: figures per stage, not assertions.

    PYTHONPATH=$PWD python3 benchmarks/scale.py [--sizes 1000,10000] [--seed 0]
        [--out FILE.json] [--keep DIR] [--profile]

For each size N it writes a corpus of N articles (.md files with front matter) and
measures, in a fresh Python process (so that peak memory does not carry over from one
size to the next), the real path of `factcheck check`: load_corpus, extract_all,
index_of and evaluate_all, each as wall time and CPU time, with the process's peak
resident set after each stage.

The articles are our own dev-set sentences (benchmarks/accuracy/*.yaml) recombined —
never the seed corpus copied — so that a larger corpus is more text of the same kind,
not the same article again (a cache keyed on text would make copies look fast):

- an article's first sentence is drawn from the whole pool, and the article is dated
  with the publication date of the case that sentence comes from;
- its 2-11 other sentences are drawn from cases published within ±30 days of that date,
  so that "الاثنين" or "الشهر الماضي" still lands near where its writer meant it; when
  the window holds too few sentences the article is shorter (never under 3 sentences,
  for which the window widens 30 days at a time);
- sentences go 1-3 to a paragraph, a heading of the dev set (no closing punctuation) on a
  line of its own. One seeded generator draws the articles in order, so a
  corpus of 1000 is the first 1000 articles of the corpus of 10000 with the same seed.

The floor is one pass of Python's `re` over the same bodies: an alternation of twenty
trigger words the rules key on (the Gregorian months of rules/lexicon/calendar.yaml and
words of rules/lexicon and rules/events), with `finditer`. No reader can be faster than
finding its trigger words; extract/floor (of CPU time, as the growth) says how far above
that the readers are.

The stages run in one process on one core (as `factcheck check --jobs 1`), so articles/s
is also articles/s per core; articles per CPU-second is given beside it. `--jobs N`
divides the extract stage's wall time by up to N; the check stage is one process. The growth exponent
between two sizes is log(t2/t1)/log(n2/n1), of CPU time (wall time is inflated by whatever
else the machine runs): 1 is linear, 2 quadratic.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import json
import math
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.corpus import load_corpus
from factcheck.engine import RuleSet, evaluate_all, extract_all, index_of, load_ruleset
from factcheck.text.sentences import split_sentences
from factcheck.yamlsource import load_yaml

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "accuracy"
DEFAULT_SIZES = (1000, 10000)
WINDOW_DAYS = 30
SENTENCES = (3, 12)  # sentences per article, both ends included
CALIBRATION_SIZE = 200  # articles measured first when no smaller size is asked, for the estimate
SLOW_SIZE = 2000  # from this size on a run is long enough to deserve an estimate first
# Twenty words the readers are triggered by: the months as rules/lexicon/calendar.yaml lists them,
# and words of rules/lexicon (titles, events, quantities, calendar) and rules/events.
TRIGGERS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر", "وزير", "زيارة", "الذكرى", "منذ", "جندي", "قمة", "معاهدة", "صاروخ")
STAGES = ("load", "extract", "index", "check")
_TERMINAL = ".!?؟…"  # what ends a sentence inside a line (factcheck/text/sentences.py)


@dataclass(frozen=True)
class PooledSentence:
    """A dev-set sentence and the publication date of the case article it was written for."""

    text: str
    published: date
    case: str


@dataclass(frozen=True)
class BuiltArticle:
    """One recombined article, as it is written to its file."""

    id: str
    published: date
    body: str

    def file_text(self) -> str:
        """The .md file: front matter with id and published, then the body."""
        return f"---\nid: {self.id}\npublished: \"{self.published.isoformat()}\"\n---\n{self.body}\n"


def sentence_pool(paths: Iterable[Path]) -> list[PooledSentence]:
    """Every sentence of the dev-set articles that carry a full publication date, oldest first.

    An undated case article is left out: its relative dates mean nothing, and the
    article built on it could not be dated.
    """
    pool: list[PooledSentence] = []
    for path in paths:
        for case in load_yaml(path.read_text("utf-8")).value["cases"]:
            for article in case["articles"]:
                published = str(article.get("published") or "")
                if len(published) != len("2024-06-17"):
                    continue
                day = date.fromisoformat(published)
                pool.extend(PooledSentence(s.text, day, case["id"]) for s in split_sentences(article["text"]))
    return sorted(pool, key=lambda s: (s.published, s.case))


class ArticleBuilder:
    """Articles recombined from a sentence pool, drawn in order from one seeded generator."""

    def __init__(self, pool: list[PooledSentence], seed: int = 0):
        if len(pool) < SENTENCES[0]:
            raise ValueError(f"a pool of {len(pool)} sentences cannot make articles of {SENTENCES[0]}")
        self.pool = pool
        self.days = [s.published.toordinal() for s in pool]
        self.random = random.Random(seed)

    def companions(self, first: int, wanted: int) -> list[PooledSentence]:
        """Up to `wanted` other sentences from cases published near the first one's (at least 2)."""
        day, window = self.days[first], WINDOW_DAYS
        while True:
            low = bisect.bisect_left(self.days, day - window)
            high = bisect.bisect_right(self.days, day + window)
            others = [i for i in range(low, high) if i != first]
            if len(others) >= SENTENCES[0] - 1:
                break
            window += WINDOW_DAYS
        chosen = self.random.sample(others, min(wanted, len(others)))
        return [self.pool[i] for i in chosen]

    def article(self, number: int) -> BuiltArticle:
        """The next article: a first sentence, its dated companions, in paragraphs of 1-3."""
        first = self.random.randrange(len(self.pool))
        length = self.random.randint(*SENTENCES)
        sentences = [self.pool[first], *self.companions(first, length - 1)]
        paragraphs: list[list[str]] = [[]]
        size = self.random.randint(1, 3)
        for sentence in sentences:
            paragraphs[-1].append(sentence.text)
            # a heading (no closing punctuation) would run into the next sentence: it ends its line
            if len(paragraphs[-1]) == size or sentence.text[-1] not in _TERMINAL:
                paragraphs.append([])
                size = self.random.randint(1, 3)
        return BuiltArticle(f"scale-{number:06d}", self.pool[first].published,
                            "\n\n".join(" ".join(p) for p in paragraphs if p))

    def articles(self, count: int) -> list[BuiltArticle]:
        """The next `count` articles."""
        return [self.article(number) for number in range(count)]


def write_corpus(articles: Iterable[BuiltArticle], folder: Path) -> int:
    """Write one .md file per article into `folder` (which must be empty or new); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty: give --keep a new or empty folder")
    written = 0
    for article in articles:
        (folder / f"{article.id}.md").write_text(article.file_text(), "utf-8")
        written += 1
    return written


def trigger_pattern(words: Iterable[str] = TRIGGERS) -> re.Pattern[str]:
    """The floor's pattern: one alternation of the trigger words, longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _peak_rss_mb() -> float:
    """The process's peak resident set so far, in MB (Linux gives ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def _timed(figures: dict[str, Any], stage: str) -> Iterator[None]:
    """Record a stage's wall time, CPU time and the peak resident set when it ends."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    figures[stage] = {"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu,
                      "peak_rss_mb": _peak_rss_mb()}


def floor_pass(bodies: list[str], pattern: re.Pattern[str]) -> tuple[float, float, int]:
    """(wall, CPU, matches) of one finditer pass over every body: the best of three passes."""
    best: tuple[float, float, int] | None = None
    for _ in range(3):  # the pass is short: the best of three keeps one scheduler hiccup out of it
        wall, cpu = time.perf_counter(), time.process_time()
        matches = sum(1 for body in bodies for _ in pattern.finditer(body))
        run = (time.perf_counter() - wall, time.process_time() - cpu, matches)
        best = run if best is None or run[0] < best[0] else best
    assert best is not None
    return best


def measure(folder: Path, ruleset: RuleSet, profile: Callable[..., Any] | None = None) -> dict[str, Any]:
    """The figures of one corpus folder, stage by stage, with the floor over the same bodies.

    `profile`, when given, wraps the extract stage (cProfile's runcall); its time is then
    the profiled time, not a figure to compare.
    """
    figures: dict[str, Any] = {"peak_rss_mb_start": _peak_rss_mb()}
    with _timed(figures, "load"):
        corpus = load_corpus([folder])
    with _timed(figures, "extract"):
        run = profile or (lambda extract, *args: extract(*args))
        extracted = run(extract_all, corpus.articles, ruleset.kb)
    with _timed(figures, "index"):
        index = index_of(extracted)
    rule_errors: list[Any] = []
    with _timed(figures, "check"):
        findings, _cleared = evaluate_all(ruleset.rules, index, ruleset.kb, rule_errors)
    bodies = [a.body for a in corpus.articles]
    floor_wall, floor_cpu, matches = floor_pass(bodies, trigger_pattern())
    count, text_bytes = len(corpus.articles), sum(len(b.encode("utf-8")) for b in bodies)
    total_wall = sum(figures[s]["wall_s"] for s in STAGES)
    total_cpu = sum(figures[s]["cpu_s"] for s in STAGES)
    figures.update({
        "articles": count, "distinct_bodies": len(set(bodies)), "text_mb": text_bytes / 1e6,
        "load_errors": len(corpus.errors),
        "read_errors": sum(len(e.errors) for e in extracted) + len(rule_errors),
        "facts": len(index.facts), "findings": len(findings), "rules": len(ruleset.rules),
        "floor": {"wall_s": floor_wall, "cpu_s": floor_cpu, "matches": matches, "words": len(TRIGGERS)},
        "extract_over_floor": figures["extract"]["cpu_s"] / floor_cpu if floor_cpu else None,
        "extract_over_floor_wall": figures["extract"]["wall_s"] / floor_wall if floor_wall else None,
        "total": {"wall_s": total_wall, "cpu_s": total_cpu},
        "articles_per_s": count / total_wall, "extract_articles_per_s": count / figures["extract"]["wall_s"],
        "articles_per_cpu_s": count / total_cpu, "processes": 1,
        "extract_mb_per_s": text_bytes / 1e6 / figures["extract"]["wall_s"],
    })
    return figures


def growth(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The growth exponent of extract and check between consecutive sizes (1: linear).

    `extract` and `check` are of CPU time, which other processes on the machine do not
    inflate as they do wall time; the exponents of wall time are given beside them.
    """
    out = []
    for small, large in zip(results, results[1:]):
        ratio = math.log(large["articles"] / small["articles"])
        exponents = {f"{stage}{suffix}": math.log(large[stage][clock] / small[stage][clock]) / ratio
                     for stage in ("extract", "check") for suffix, clock in (("", "cpu_s"), ("_wall", "wall_s"))}
        out.append({"from": small["articles"], "to": large["articles"], **exponents})
    return out


def _measure_in_child(folder: Path) -> dict[str, Any]:
    """The figures of a folder measured by a fresh interpreter: its peaks are its own."""
    done = subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True,
                          stdout=subprocess.PIPE, text=True)
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def estimate(size: int, measured: list[dict[str, Any]]) -> str:
    """A line saying how long a size should take and how much memory, from the sizes measured.

    From two sizes each stage is extrapolated with its own growth exponent (check grows
    faster than linearly), and so is the peak resident set; from one, linearly.
    """
    if not measured:
        return f"{size} articles: no estimate (no smaller size measured)"
    last = measured[-1]
    scale = size / last["articles"]
    exponents = dict.fromkeys(("extract", "check", "rss"), 1.0)
    if len(measured) > 1:
        exponents.update({k: v for k, v in growth(measured[-2:])[0].items() if k in exponents})
        before = measured[-2]
        exponents["rss"] = (math.log(last["check"]["peak_rss_mb"] / before["check"]["peak_rss_mb"])
                            / math.log(last["articles"] / before["articles"]))
    seconds = sum(last[stage]["cpu_s"] * scale ** exponents.get(stage, 1.0) for stage in STAGES)
    rss = last["check"]["peak_rss_mb"] * scale ** exponents["rss"]
    how = "by the growth exponents of the last two sizes" if len(measured) > 1 else "linearly"
    return (f"{size} articles: about {seconds / 60:.1f} CPU minutes and {rss / 1024:.1f} GB at peak "
            f"({how}, from {last['articles']} articles)")


def _row(r: dict[str, Any]) -> str:
    """One size's line of the table."""
    stages = " ".join(f"{r[s]['wall_s']:8.2f} {r[s]['cpu_s']:7.2f}" for s in ("load", "extract", "check"))
    return (f"{r['articles']:7} {r['text_mb']:6.2f} {stages} {r['articles_per_s']:7.1f} "
            f"{r['articles_per_cpu_s']:7.1f} {r['extract_mb_per_s']:6.3f} {r['extract']['peak_rss_mb']:7.0f} "
            f"{r['check']['peak_rss_mb']:7.0f} {r['floor']['cpu_s'] * 1000:8.1f} {r['extract_over_floor']:7.0f} "
            f"{r['facts']:7} {r['findings']:6}")


def table(results: list[dict[str, Any]], exponents: list[dict[str, Any]]) -> str:
    """The figures as a plain-text table, with the growth exponents under it."""
    head = (f"{'N':>7} {'MB':>6} {'load s':>8} {'cpu':>7} {'extract':>8} {'cpu':>7} {'check s':>8} {'cpu':>7} "
            f"{'art/s':>7} {'art/cpu':>7} {'MB/s':>6} {'rss@ex':>7} {'rss@ck':>7} {'floor ms':>8} "
            f"{'ex/flr':>7} {'facts':>7} {'finds':>6}")
    lines = [head, *(_row(r) for r in results)]
    lines += [f"growth {g['from']}→{g['to']} (CPU time): extract {g['extract']:.2f}, check {g['check']:.2f}"
              f" (wall time: {g['extract_wall']:.2f}, {g['check_wall']:.2f})" for g in exponents]
    lines.append("one process, one core: art/s is also art/s per core; art/cpu = articles per CPU-second; "
                 "MB/s = article text through extract; rss in MB (peak after the stage); "
                 "floor ms and ex/flr of CPU time")
    return "\n".join(lines)


def _profile_child(folder: Path, top: int) -> None:
    """Measure a folder with the extract stage under cProfile; print its top functions by cumulative time."""
    profiler = cProfile.Profile()
    figures = measure(folder, load_ruleset(None), profiler.runcall)
    print(f"extract of {figures['articles']} articles under cProfile: {figures['extract']['wall_s']:.1f} s")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def _run(sizes: list[int], seed: int, keep: Path | None, profile: bool) -> list[dict[str, Any]]:
    """Build and measure every size, smallest first, each in its own process; an estimate before each."""
    pool = sentence_pool(sorted(DEV_SET.glob("*.yaml")))
    print(f"pool: {len(pool)} dated sentences from benchmarks/accuracy/*.yaml; seed {seed}", flush=True)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as scratch:
        root, calibration = keep or Path(scratch), None
        if sizes[0] >= SLOW_SIZE:
            folder = root / f"calibration-{CALIBRATION_SIZE}"
            write_corpus(ArticleBuilder(pool, seed).articles(CALIBRATION_SIZE), folder)
            calibration = _measure_in_child(folder)
        for size in sizes:
            print(estimate(size, results or ([calibration] if calibration and size >= SLOW_SIZE else [])),
                  flush=True)
            folder = root / str(size)
            write_corpus(ArticleBuilder(pool, seed).articles(size), folder)
            results.append(_measure_in_child(folder))
            print(_row(results[-1]), flush=True)
        if profile:
            subprocess.run([sys.executable, __file__, "--profile-folder", str(root / str(sizes[0]))], check=True)
    return results


def main() -> None:
    """Build and measure each size (or, with the hidden flags, be the child that measures one)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="corpus sizes, comma-separated (100000 takes well over an hour)")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the article generator")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--keep", type=Path, help="write the corpora under this folder (one per size) and keep them")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the extract stage of the smallest size (cProfile, top 15 cumulative)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's side: one folder → JSON
    parser.add_argument("--profile-folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, load_ruleset(None))))
        return
    if args.profile_folder:
        _profile_child(args.profile_folder, 15)
        return
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    results = _run(sizes, args.seed, args.keep, args.profile)
    exponents = growth(results)
    print(table(results, exponents))
    if args.out:
        args.out.write_text(json.dumps({"seed": args.seed, "sizes": sizes, "results": results,
                                        "growth": exponents, "triggers": list(TRIGGERS)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
