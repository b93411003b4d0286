"""quantity_agreement: two claims about one declared measure whose intervals cannot both hold.

Claims conflict when their times overlap and their intervals are disjoint; for a
measure declared monotonic (troops deployed), a later claim may be larger but not
smaller. Who states a figure travels into the explanation, and disagreements between two
attributed claims ("according to X" against "according to Y") may take a lower severity
than the outlet contradicting itself — unless one article gives both to one source for
one time, which is the article contradicting itself.

Claims are compared within their measure, sorted by time: a sweep pairs only claims
whose times overlap, and a later claim is held against the largest claim made wholly
before it, not against every earlier one.

Fires: an article of 2024-11-30 saying North Korea sent "نحو ألفي جندي" to Russia,
against umma-2024-11-30 "اتهمت الولايات المتحدة وكوريا الجنوبية كوريا الشمالية المسلحة
نوويا بإرسال أكثر من 10 آلاف جندي لمساعدة روسيا..." — about 2,000 is not more than 10,000.

Does not fire: "أكثر من 11 ألف جندي" in December 2024 after "أكثر من 10 آلاف" in
November: troops deployed only grow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import Cleared, EvidenceItem, Finding
from factcheck.kinds._partitions import Partitioning
from factcheck.knowledge import Knowledge, Measure
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan
from factcheck.text.normalize import fold
from factcheck.text.quantities import Interval

NAME = "quantity_agreement"
FIELDS = ("measure", "a", "b")


class Params(BaseModel):
    """Which measures to compare, and the severity for claims that both cite a source."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    measures: list[str] | None = Field(default=None, description="measure ids; omit for every declared measure")
    attributed_severity: Literal["error", "warning", "info"] | None = Field(
        default=None, description="severity when both claims are attributed to a source")


def _one_sentence(a: Fact, b: Fact) -> bool:
    """One sentence's two figures are its own business (a range, a breakdown, a before and after)."""
    return a.article == b.article and a.evidence.start == b.evidence.start


def _source(fact: Fact) -> str | None:
    """Who states a figure, as one key: "وقالت الهيئة" and "قالت الهيئة" are one source."""
    if fact.attribution is None:
        return None
    words = fold(fact.attribution).split()
    return " ".join([words[0].removeprefix("و"), *words[1:]]) if words else None


def _same_source(a: Fact, b: Fact) -> bool:
    """One article gives both figures to one source: the article contradicts itself, whoever it quotes."""
    return a.article == b.article and _source(a) is not None and _source(a) == _source(b)


Claim = tuple[TimeSpan, Fact]  # a fact with its known valid time


@dataclass
class _Said:
    """One claim however many articles make it: a value for a time, and the facts saying it.

    Findings are one per pair of claims (findings.merge_claims), so pairing the claims
    instead of the facts gives the same findings at a cost that grows with the distinct
    claims of a measure, not with the square of the articles repeating them.
    """

    span: TimeSpan
    interval: Interval
    facts: list[Fact]

    def first_apart(self, other: _Said) -> tuple[Fact, Fact] | None:
        """The first pair of facts, one of each, not from one sentence (whose figures are its own business)."""
        for early in self.facts:
            for late in other.facts:
                if not _one_sentence(early, late):
                    return early, late
        return None


def _said(claims: list[Claim]) -> list[_Said]:
    """The claims of a measure grouped by value and time, in the order of their spans."""
    grouped: dict[tuple[object, ...], _Said] = {}
    for span, fact in claims:
        interval = Interval.of(fact.value)
        key = (span.start, span.end, span.precision, interval, fact.value["unit"])
        grouped.setdefault(key, _Said(span, interval, [])).facts.append(fact)
    return list(grouped.values())


# the pair shown first, why, and the facts of each claim (the first's, the second's)
Conflict = tuple[Fact, Fact, str, tuple[Fact, ...], tuple[Fact, ...]]
QUOTED_PER_SIDE = 3  # facts quoted of the claim a finding is held against; the others are counted


def _same_time(claims: list[Claim], cleared: list[tuple[Fact, Fact, str]],
               want_cleared: bool = False) -> Iterator[Conflict]:
    """Pairs of claims whose times overlap and whose intervals do not: a sweep over claims sorted by start.

    The pairs at one time whose intervals meet go to `cleared`: they agree within the
    measure's tolerance (a rounded "about" widens a figure by it).
    """
    active: list[_Said] = []
    for late in _said(claims):
        active = [a for a in active if a.span.end >= late.span.start]
        for early in active:
            pair = early.first_apart(late)
            if pair is None:
                continue
            a, b = pair
            if early.interval.disjoint(late.interval):
                why = "the same source gives both for the same time" if _same_source(a, b) else "at the same time"
                yield a, b, why, tuple(early.facts), tuple(late.facts)
            elif want_cleared:
                cleared.append((a, b, f"within the tolerance of the measure: {early.interval} and "
                                      f"{late.interval} meet"))
        active.append(late)


def _later_smaller(claims: list[Claim]) -> Iterator[Conflict]:
    """Each claim below the largest claim made wholly before it, for a count that only grows.

    One sweep: claims sorted by start, the earlier ones taken in order of their end, keeping
    the one whose interval reaches highest from below (the strongest witness).
    """
    by_end = sorted(claims, key=lambda claim: claim[0].end)
    witness: Fact | None = None
    taken = 0
    for span, late in claims:
        while taken < len(by_end) and by_end[taken][0].end < span.start:
            done = by_end[taken][1]
            if witness is None or _floor(done) > _floor(witness):
                witness = done
            taken += 1
        if (witness is not None and not _one_sentence(witness, late)
                and Interval.of(late.value).below(Interval.of(witness.value))):
            yield witness, late, "later, yet smaller, for a count that only grows", (witness,), (late,)


def _compared_over(span: TimeSpan, measure: Measure) -> TimeSpan:
    """The time a claim is compared over: its own, or widened by half of `same_within_days` each way.

    Two claims then meet when that many days apart or fewer: "تستمر 11 يوما" on a drill's
    first day and "تستمر تسعة أيام" on its second are of one drill.
    """
    if not measure.same_within_days:
        return span
    half = timedelta(days=measure.same_within_days / 2)
    return TimeSpan(span.start - half, span.end + half, span.precision)


def _floor(fact: Fact) -> tuple[float, bool]:
    """How high an interval's lower end reaches: (10000, ∞) above [10000, ∞)."""
    return fact.value["low"], not fact.value["low_inclusive"]


partition = Partitioning(("quantity",), lambda fact: fact.value["measure"] or None)  # a measure's claims


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding | Cleared]:
    """Per measure, the claims sorted by time: pairs at one time that cannot both hold, and later smaller claims."""
    params: Params = rule.params  # type: ignore[assignment]
    by_measure: dict[str, list[Claim]] = defaultdict(list)
    for fact in index.of("quantity"):
        measure = fact.value["measure"]
        if fact.value["increment"] or fact.valid is None:
            continue  # "1500 جندي إضافي" adds to a total; it is no total to compare
        if measure and (params.measures is None or measure in params.measures):
            by_measure[measure].append((_compared_over(fact.valid, kb.measures[measure]), fact))
    for measure_id, claims in sorted(by_measure.items()):
        measure = kb.measures[measure_id]
        claims.sort(key=lambda claim: (claim[0].start, claim[0].end))
        agreeing: list[tuple[Fact, Fact, str]] = []
        conflicts = list(_same_time(claims, agreeing, index.want_cleared))
        conflicts += list(_later_smaller(claims)) if measure.monotonic else []
        for a, b, why, early, late in conflicts:
            yield _finding(rule, params, index, measure, a, b, why, early, late)
        told: set[str] = set()
        for a, b, why in agreeing:
            if why in told:
                continue
            told.add(why)
            yield Cleared(rule.id, NAME, Subject(f"measure:{measure.id}", measure.label), why,
                          tuple(EvidenceItem.of(f, index, f"{Interval.of(f.value)} {f.value['unit']}") for f in (a, b)))


def _finding(rule: Rule, params: Params, index: FactIndex, measure: Measure, a: Fact, b: Fact, why: str,
             early: tuple[Fact, ...], late: tuple[Fact, ...]) -> Finding:
    """The pair; the second claim quoted in every article that makes it, the first in QUOTED_PER_SIDE and counted.

    A finding is of the claim that clashes with one before it (DESIGN.md: every article that
    makes it in `evidence`); the claim it is held against is the same in every finding that
    meets it, and quoting every copy of it in each made the report of a large archive
    gigabytes of the same sentences.
    """
    severity = rule.severity
    same_source = _same_source(a, b)
    if a.attribution and b.attribution and params.attributed_severity and not same_source:
        severity = params.attributed_severity  # two sources disagree: not the outlet contradicting itself
    sides = [f"{f.evidence.text!r} = {Interval.of(f.value)} {f.value['unit']}s for {f.valid_at}"
             + (f", per «{f.attribution}»" if f.attribution else ", the outlet's own statement")
             for f in (a, b)]
    quoted = [[a, *[f for f in early if f is not a][:QUOTED_PER_SIDE - 1]], [b, *[f for f in late if f is not b]]]
    counted = [_more(len({f.article for f in claim}) - len({f.article for f in side}), side[0])
               for claim, side in zip((early, late), quoted)]
    explanation = (f"{measure.label}: {sides[0]}; {sides[1]} — {why}"
                   + (" (both figures are attributed to sources)" if a.attribution and b.attribution
                      and not same_source else "") + "." + "".join(counted))
    return Finding(rule.id, NAME, severity,
                   rule.render(measure=measure.label, a=a.evidence.text, b=b.evidence.text),
                   Subject(f"measure:{measure.id}", measure.label),
                   tuple(EvidenceItem.of(f, index, f"{Interval.of(f.value)} {f.value['unit']}")
                         for f in (quoted[0][0], quoted[1][0], *quoted[0][1:], *quoted[1][1:])),
                   explanation, rule.fingerprint_id)


def _more(count: int, fact: Fact) -> str:
    """" N more articles give X.": the articles of a claim not quoted."""
    if count <= 0:
        return ""
    return f" {count} more article{'s' if count > 1 else ''} give {Interval.of(fact.value)} {fact.value['unit']}s."

