"""Arithmetic a date carries by itself: the weekday printed beside it, and whether the day exists.

"الأحد 5 مايو 2025": 5 May 2025 was a Monday. The date is read from its numbers and
the weekday kept as said; a `weekday` fact holds both, and calendar_arithmetic compares
them. Only a single day is checked: a range ("الأحد 18 و19 مايو") has no one weekday.
"الثلاثاء 31 نيسان": April has 30 days; the date reader leaves it unresolved, and a
`no_such_day` fact keeps the day as printed.
"""

from __future__ import annotations

from factcheck.extract.sentence import SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.text.dates import TimeSpan


def weekday_facts(ctx: SentenceContext) -> list[Fact]:
    """A `weekday` fact for every single day of the sentence printed with a weekday."""
    facts = []
    for date in ctx.dates:
        span = date.span
        if date.weekday is None or span is None or span.precision != "day" or span.start != span.end:
            continue
        value = {"date": span.iso(), "said": date.weekday, "actual": span.start.isoweekday(), "text": date.text}
        facts.append(Fact(ctx.article.id, "weekday", Subject(f"date:{span.iso()}", span.iso()), value,
                          ValidAt(span, date.basis), ctx.evidence(date.norm_start, date.norm_end)))
    return facts


def no_such_day_facts(ctx: SentenceContext) -> list[Fact]:
    """A `no_such_day` fact for every date of the sentence on a day its month lacks, dated by the month."""
    facts = []
    for date in ctx.dates:
        day = date.no_such_day
        if day is None:
            continue
        year, month, _ = (int(part) for part in day.split("-"))
        value = {"date": day, "said": date.weekday, "text": date.text}
        facts.append(Fact(ctx.article.id, "no_such_day", Subject(f"date:{day}", day), value,
                          ValidAt(TimeSpan.of_month(year, month), date.basis), ctx.evidence(date.norm_start, date.norm_end)))
    return facts
