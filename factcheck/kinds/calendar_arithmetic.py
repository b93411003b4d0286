"""calendar_arithmetic: a date that its own calendar contradicts.

`check: weekday` — a weekday printed beside a date that falls on another weekday.
Fires (EDITED, written by us): "وصل الوفد إلى بيونغ يانغ الأحد 5 مايو 2025" — 5 May 2025
was a Monday. Does not fire: umma-2024-11-30 "السبت 30 نوفمبر 2024" (a Saturday).

`check: day_exists` — a day its month lacks. Fires (EDITED, written by us): "تنتهي ولاية
الفريق الثلاثاء 31 نيسان/أبريل" — April has 30 days. Does not fire: "29 شباط 2024" (a leap
year).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import FactIndex
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import by_article
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule

NAME = "calendar_arithmetic"
FIELDS = ("date", "said", "actual")
partition = by_article("weekday", "no_such_day")  # each date alone


class Params(BaseModel):
    """Which arithmetic to check: the weekday beside a date, or that the day exists."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    check: Literal["weekday", "day_exists"] = Field(default="weekday", description=(
        "weekday: the weekday printed beside a single day is its own; day_exists: the month has the day"))


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per date whose printed weekday is not its weekday, or whose day its month lacks."""
    params: Params = rule.params  # type: ignore[assignment]
    names = kb.calendar.weekday_names
    if params.check == "day_exists":
        for fact in index.of("no_such_day"):
            said = fact.value["said"]
            why = (f"{fact.value['text']!r} is read as {fact.value['date']}, but that month has no such day: "
                   "the day or the month is wrong" + (f" (and the {names[said]} printed beside it falls on "
                                                      "no day of it)." if said else "."))
            yield Finding(rule.id, NAME, rule.severity,
                          rule.render(date=fact.value["date"], said=names[said] if said else "", actual=""),
                          fact.subject, (EvidenceItem.of(fact, index, fact.value["text"]),), why, rule.fingerprint_id)
        return
    for fact in index.of("weekday"):
        said, actual = fact.value["said"], fact.value["actual"]
        if said == actual:
            continue
        why = (f"{fact.value['date']} was a {names[actual]} ({actual} of the ISO week), but the text prints "
               f"{names[said]} beside it: the weekday or the date is wrong.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(date=fact.value["date"], said=names[said], actual=names[actual]),
                      fact.subject, (EvidenceItem.of(fact, index, fact.value["text"]),), why, rule.fingerprint_id)
