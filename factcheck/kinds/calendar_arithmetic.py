"""calendar_arithmetic: a weekday printed beside a date that falls on another weekday.

Fires (EDITED, written by us): "وصل الوفد إلى بيونغ يانغ الأحد 5 مايو 2025" — 5 May 2025
was a Monday.

Does not fire: umma-2024-11-30 "السبت 30 نوفمبر 2024" (a Saturday).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.facts import FactIndex
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import by_article
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule

NAME = "calendar_arithmetic"
FIELDS = ("date", "said", "actual")
partition = by_article("weekday")  # each date alone


class Params(BaseModel):
    """No parameters: every weekday printed beside a single day is checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """One finding per date whose printed weekday is not its weekday."""
    names = kb.calendar.weekday_names
    for fact in index.of("weekday"):
        said, actual = fact.value["said"], fact.value["actual"]
        if said == actual:
            continue
        why = (f"{fact.value['date']} was a {names[actual]} ({actual} of the ISO week), but the text prints "
               f"{names[said]} beside it: the weekday or the date is wrong.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(date=fact.value["date"], said=names[said], actual=names[actual]),
                      fact.subject, (EvidenceItem.of(fact, index, fact.value["text"]),), why, rule.fingerprint_id)
