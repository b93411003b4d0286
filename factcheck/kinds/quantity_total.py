"""quantity_total: a stated total that its parts, as the sentence gives them, cannot sum to.

Each side is an interval with its qualifier ("نحو 600" is 540–660 at a tolerance of 0.1,
"ما لا يقل عن 600" is 600 or more, a bare "4100" 4,050–4,150: a sum adds figures as
printed, rounded at most to their last digit), so a total fires only when no reading of
the parts reaches it. Parts that are all of the total ("أي ما مجموعه", "بين قتيل وجريح، بينهم ...
قتيلا و... جريحا") must add up to it; a share of it ("ما مجموعه 15 ألف جندي، بينهم ...")
must not add up to more.

Fires (EDITED, written by us): "خسر الجيش 4700 جندي بين قتيل وجريح، بينهم 600 قتيل
و3100 جريح" — 600 and 3,100 make 3,700.

Does not fire: "قُتل نحو 600 منهم وأصيب 4100 آخرون، أي ما مجموعه 4700 جندي بين قتيل وجريح"
— about 600 and 4,100 can make 4,700.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import Fact, FactIndex
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import by_article
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.text.quantities import Interval

NAME = "quantity_total"
FIELDS = ("total", "parts", "sum")
partition = by_article("quantity_total", "quantity")  # a total and its parts, of one sentence


class Params(BaseModel):
    """No parameters: every stated total with two parts or more is checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _conflict(fact: Fact) -> str | None:
    """Why the parts cannot make the total, or None."""
    total, parts = Interval.of(fact.value["total"]), Interval.of(fact.value["sum"])
    if fact.value["exhaustive"]:
        return None if not total.disjoint(parts) else "the parts cannot add up to the total"
    return "the parts of it add up to more than the total" if total.below(parts) else None


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per stated total its parts cannot sum to."""
    quantities: dict[str, Fact] | None = None
    for fact in index.of("quantity_total"):
        why = _conflict(fact)
        if why is None:
            continue
        if quantities is None:  # the parts' own facts, for their evidence: looked up once
            quantities = {f.id: f for f in index.of("quantity")}
        total, parts = fact.value["total"], fact.value["parts"]
        summed = Interval.of(fact.value["sum"])
        words = " + ".join(repr(p["text"]) for p in parts)
        explanation = (f"{words} = {summed} {fact.value['total']['unit']}s, but the sentence gives "
                       f"{total['text']!r} = {Interval.of(total)} as their total — {why} (each figure read as "
                       f"the values its words allow: about within the measure's tolerance, a bare round figure "
                       f"to half its last digit).")
        evidence = tuple(EvidenceItem.of(quantities[side["fact"]], index, f"{Interval.of(side)} {side['unit']}")
                         for side in (total, *parts))
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(total=total["text"], parts=" + ".join(p["text"] for p in parts), sum=str(summed)),
                      fact.subject, evidence, explanation, rule.fingerprint_id)
