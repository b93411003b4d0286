"""Accuracy on the dev set: precision and recall of what factcheck reads and finds.

    python3 benchmarks/accuracy/run.py [--misses] [FILE ...]

Each file here (`*.yaml`) holds cases written by us in the style of the Arabic wires,
each carrying facts that the page in its `source` establishes. A case lists its
articles and, for what it measures, the gold exactly:

- `titles`: every title claim the articles make — {article, subject, office}; a subject
  is an entity id, or `unlisted:<the name as written>` for a person the knowledge base
  lacks (matched by its transliteration key, as the reader keys it);
- `dates`: every date expression — {article, text, value}: the words as written and the
  ISO date they resolve to, cut to their precision (`2024`, `2024-06`, `2024-06-19`, a
  range `2024-05/2024-09-14`), or null when they cannot be resolved; compared by value,
  the text being there for the reader of a miss;
- `events`: every dated claim about a declared event or series — {article, event, date};
- `anniversaries`: every anniversary of a declared event — {article, event, ordinal};
- `quantities`: every counted amount — {article, unit, qualifier, value}: the unit id of
  rules/lexicon/quantities.yaml, the qualifier (exact, about, above, below, at_least,
  up_to, range, vague) and the figure as written (a number, or [low, high]);
- `findings`: every finding the shipped rules must raise — {kind, subject}.

A case without a key is not measured for it. The figures are a measure, not a test:
the command always exits 0 unless a file is malformed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.corpus import Article
from factcheck.engine import RuleSet, evaluate, extract_all, index_of, load_ruleset
from factcheck.testing import subject_id
from factcheck.text.dates import TimeSpan
from factcheck.yamlsource import load_yaml

HERE = Path(__file__).resolve().parent
CASE_KEYS = {"id", "source", "note", "articles", "titles", "dates", "events", "anniversaries", "quantities",
             "findings"}


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure, with the misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, case: str, gold: Iterable[tuple[str, ...]], found: Iterable[tuple[str, ...]]) -> None:
        """Compare one case's gold with what was found (multisets)."""
        want, got = Counter(gold), Counter(found)
        both = want & got
        self.tp += sum(both.values())
        for item in (got - both).elements():
            self.fp += 1
            self.misses.append(f"{case}: found, not gold: {item}")
        for item in (want - both).elements():
            self.fn += 1
            self.misses.append(f"{case}: gold, not found: {item}")

    def row(self, name: str) -> str:
        """One line of the table."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"{name:28} {self.tp + self.fn:5} {self.tp + self.fp:6} {self.tp:4} {p:10.2f} {r:7.2f}"


def _articles(case: dict[str, Any]) -> list[Article]:
    return [Article(a["id"], f"{case['id']}#{a['id']}", a["text"],
                    TimeSpan.parse(str(a["published"])) if a.get("published") else None)
            for a in case["articles"]]


Items = list[tuple[str, ...]]


def _figure(value: Any) -> tuple[str, str]:
    low, high = (value, value) if not isinstance(value, list) else value
    return f"{float(low):g}", f"{float(high):g}" if high is not None else "∞"


def _canonical(value: Any) -> str:
    """A gold date as the reader writes the same days: "2025-03/2025-04-30" is "2025-03/2025-04"."""
    try:
        return TimeSpan.parse(str(value)).iso()
    except ValueError:
        return str(value)  # None, an impossible day


def _facts(case: dict[str, Any], extracted: list[Any], facts: list[tuple[str, Any]]) -> dict[str, tuple[Items, Items]]:
    """(gold, found) of each fact type the case gives gold for."""
    measured: dict[str, tuple[Items, Items]] = {}
    if "titles" in case:
        measured["titles"] = ([(t["article"], subject_id(t["subject"]), t["office"]) for t in case["titles"]],
                              [(a, f.subject.id, str(f.value["office"])) for a, f in facts
                               if f.predicate == "holds_title" and f.value["office"]])
    if "dates" in case:  # by value: where an expression begins ("في", "بين") is a convention
        measured["dates"] = ([(d["article"], _canonical(d["value"])) for d in case["dates"]],
                             [(e.article.id, str(d.span.iso() if d.span else None))
                              for e in extracted for d in e.dates])
    if "events" in case:
        measured["events"] = ([(g["article"], g["event"], str(g["date"])) for g in case["events"]],
                              [(a, f.value["series"] or f.value["event"], f.value["date"]) for a, f in facts
                               if f.predicate == "event_date"])
    if "anniversaries" in case:
        measured["anniversaries"] = ([(g["article"], g["event"], str(g["ordinal"])) for g in case["anniversaries"]],
                                     [(a, f.value["event"], str(f.value["ordinal"])) for a, f in facts
                                      if f.predicate == "anniversary" and f.value["event"]])
    if "quantities" in case:
        measured["quantities"] = ([(g["article"], g["unit"], g["qualifier"], *_figure(g["value"]))
                                   for g in case["quantities"]],
                                  [(a, f.value["unit"], f.value["qualifier"], *_figure(f.value["stated"]))
                                   for a, f in facts if f.predicate == "quantity"])
    return measured


def measure(paths: list[Path], ruleset: RuleSet) -> dict[str, Tally]:
    """Tallies per measure: `titles`, and `findings: <kind>` per rule kind."""
    tallies: dict[str, Tally] = {}
    for path in paths:
        for case in load_yaml(path.read_text("utf-8")).value["cases"]:
            unknown = set(case) - CASE_KEYS
            if unknown:
                sys.exit(f"{path.name}: case {case.get('id')}: unknown keys {sorted(unknown)}")
            name = f"{path.stem}/{case['id']}"
            extracted = extract_all(_articles(case), ruleset.kb)
            facts = [(e.article.id, f) for e in extracted for f in e.facts]
            for measure, (gold, found) in _facts(case, extracted, facts).items():
                tallies.setdefault(measure, Tally()).add(name, gold, found)
            if "findings" in case:
                findings = evaluate(ruleset.rules, index_of(extracted), ruleset.kb)
                kinds = {f.kind for f in findings} | {g["kind"] for g in case["findings"]}
                for kind in sorted(kinds):
                    tallies.setdefault(f"findings: {kind}", Tally()).add(
                        name, [(subject_id(g["subject"]),) for g in case["findings"] if g["kind"] == kind],
                        [(f.subject.id,) for f in findings if f.kind == kind])
                tallies.setdefault("findings: all kinds", Tally()).add(
                    name, [(g["kind"], subject_id(g["subject"])) for g in case["findings"]],
                    [(f.kind, f.subject.id) for f in findings])
    return tallies


def main() -> None:
    """Print the table (and the misses with --misses)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every case that missed, and how")
    args = parser.parse_args()
    paths = args.files or sorted(HERE.glob("*.yaml"))
    tallies = measure(paths, load_ruleset(None))
    print(f"{'measure':28} {'gold':>5} {'found':>6} {'tp':>4} {'precision':>10} {'recall':>7}")
    for name in sorted(tallies):
        print(tallies[name].row(name))
    if args.misses:
        for name in sorted(tallies):
            for miss in tallies[name].misses:
                print(f"  [{name}] {miss}")


if __name__ == "__main__":
    main()
