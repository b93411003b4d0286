"""Dates in Arabic news: found, resolved against the publication day, kept at their precision.

What is recognised comes from `rules/lexicon/calendar.yaml` (both month series, weekdays,
Hijri months, relative words); this module holds the grammar. A date is a `TimeSpan`,
an inclusive range of days with the precision the text gave: "يونيو 2024" is all of
June, never the 14th. Comparing two spans at their common precision is then plain
interval overlap. An expression that needs a publication day the article lacks is kept
unresolved, with the reason; nothing is guessed.
"""

from __future__ import annotations

import calendar as _calendar
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

import regex
from hijridate import Gregorian, Hijri

from factcheck.text import TIMEOUT
from factcheck.text.lexicon import alternation, key
from factcheck.text.normalize import NormalizedText
from factcheck.text.numbers import NumberReader

Precision = Literal["day", "month", "year"]
Basis = Literal["explicit", "relative", "published", "unknown"]
_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True)
class TimeSpan:
    """An inclusive range of days, at the precision its endpoints were given."""

    start: date
    end: date
    precision: Precision

    @classmethod
    def of_year(cls, year: int) -> TimeSpan:
        """All of one year."""
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def of_month(cls, year: int, month: int) -> TimeSpan:
        """All of one month."""
        last = _calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def of_day(cls, day: date) -> TimeSpan:
        """One day."""
        return cls(day, day, "day")

    @classmethod
    def parse(cls, text: str) -> TimeSpan:
        """What iso() writes: `YYYY[-MM[-DD]]`, a range `a/b`, an open start `../b`.

        ValueError for an impossible date.
        """
        if "/" in text:
            first, last = text.split("/", 1)
            end = cls.parse(last)
            if first == "..":
                return cls(date.min, end.end, end.precision)
            return cls.parse(first).until(end)
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return cls.of_year(parts[0])
        if len(parts) == 2:
            if not 1 <= parts[1] <= 12:
                raise ValueError(f"month {parts[1]} is not 1-12")
            return cls.of_month(parts[0], parts[1])
        return cls.of_day(date(parts[0], parts[1], parts[2]))

    @property
    def single(self) -> bool:
        """One day, month or year at its precision — not a range like 1950/1953."""
        return "/" not in self.iso()

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two share a day: comparison at their common precision."""
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: TimeSpan) -> bool:
        """Whether `other` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def until(self, other: TimeSpan) -> TimeSpan:
        """From this span's start to the other's end ("since May" up to publication)."""
        coarser = min(self.precision, other.precision, key=_RANK.__getitem__)
        return TimeSpan(self.start, max(self.end, other.end), coarser)

    def opening(self) -> TimeSpan:
        """The span's first day, month or year at its precision: the point "منذ آب 2011" counts from."""
        if self.precision == "year":
            return TimeSpan.of_year(self.start.year)
        if self.precision == "month":
            return TimeSpan.of_month(self.start.year, self.start.month)
        return TimeSpan.of_day(self.start)

    def iso(self) -> str:
        """ISO 8601 cut to the precision; a range is `start/end`, an open start `../end`."""
        first, last = _iso(self.start, self.precision), _iso(self.end, self.precision)
        if self.start == date.min:
            return f"../{last}"
        if self.precision == "month" and self.end != _month_end(self.end) or (
                self.precision == "year" and (self.end.month, self.end.day) != (12, 31)):
            last = _iso(self.end, "day")  # "منذ 2018" up to publication: to its day
        return first if first == last else f"{first}/{last}"

    def __str__(self) -> str:
        return self.iso()


def _iso(day: date, precision: Precision) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _month_end(day: date) -> date:
    return date(day.year, day.month, _calendar.monthrange(day.year, day.month)[1])


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class DateMention:
    """A date expression in an article: where, what it says, and what it resolves to."""

    start: int
    end: int
    text: str
    span: TimeSpan | None
    basis: Basis
    unresolved: str | None = None  # why `span` is None
    since: bool = False  # preceded by منذ: the claim runs from here to publication
    form: str = ""  # which form of the grammar read it: iso, full, weekday, elapsed...
    norm_start: int = 0  # the same span in the normalized text the reader was given,
    norm_end: int = 0  # where the fact readers look for it
    weekday: int | None = None  # the weekday printed beside a full date (1 Monday … 7 Sunday), as said

    @property
    def no_such_day(self) -> str | None:
        """The day as printed ("2024-04-31") when its month has no such day, else None."""
        if self.unresolved is None or not self.unresolved.startswith(NO_SUCH_DAY):
            return None
        return self.unresolved[len(NO_SUCH_DAY):].strip()


@dataclass(frozen=True)
class Calendar:
    """The calendar lexicon compiled into one pattern; see rules/lexicon/calendar.yaml."""

    months: Mapping[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_names: Mapping[int, str]  # 1 … 7 → the first name the lexicon gives it
    ambiguous_weekdays: frozenset[str]
    words: Mapping[str, frozenset[str]]
    decades: Mapping[str, int]
    centuries: Mapping[str, int]
    day_offsets: Mapping[str, int]
    vague_spans: Mapping[str, tuple[int, int]]
    pattern: Any  # regex.Pattern[str]
    opening: Any  # regex.Pattern[str]: where a form of `pattern` may begin (it is tried only there)
    prefilter: Prefilter  # a digit or a calendar word: without one, a sentence holds no date
    future: Any  # regex.Pattern[str]: a future marker or a future verb
    future_exceptions: frozenset[str]
    past_of_plan: Any  # regex.Pattern[str]: a past copula ending the text before a future marker
    not_dates: Any  # regex.Pattern[str]: phrases holding a date word that are no date (روسيا اليوم)
    halves: Mapping[str, int]  # النصف الأول → 1
    seasons: Mapping[str, tuple[int, int]]  # صيف → (6, 8)
    qualifiers: Mapping[str, str]  # word → above | below | about
    durations: Mapping[str, tuple[float, bool]]  # unit word → (days, is a dual)
    the_day: Mapping[str, int]  # اليوم التالي → 1: days from the day named before

    def future_governs(self, text: str, position: int, floor: int = 0) -> bool:
        """Whether a future verb or marker governs what stands at `position`.

        One within its sentence (and after `floor`) and FUTURE_REACH characters before it,
        with no relative pronoun or بعد/قبل/منذ between: "ستصدر الجمعة حكمها ... بعد أشهر على
        بدء المحاكمة التي انطلقت في 14 ديسمبر" puts the verdict, not the trial, in the future.
        """
        clause_start = max(text.rfind(".", 0, position), text.rfind(";", 0, position),
                           position - FUTURE_REACH, floor - 1) + 1
        governing = None
        for found in self.future.finditer(text, clause_start, position, timeout=TIMEOUT):
            verb = found.group("verb")
            if self.past_of_plan.search(text, max(0, found.start() - 8), found.start(), timeout=TIMEOUT):
                return False  # "كان من المقرر أن يصل": what follows in the clause is the past's plan
            if verb is None or verb.lstrip("وف") not in self.future_exceptions:
                governing = found
        return governing is not None and not _PAST_BETWEEN.search(text, governing.end(), position, timeout=TIMEOUT)

    @classmethod
    def from_lexicon(cls, lexicon: Mapping[str, Any], enclitics: Iterable[str],
                     numbers: Mapping[str, Any]) -> Calendar:
        """Build from the loaded calendar.yaml.

        `enclitics` are the attached pronouns of function_words.yaml; `numbers` is
        numbers.yaml, whose words write a year out ("عام ألفين وأربعة عشر").
        """

        def table(entries: list[dict[str, Any]], field: str) -> dict[str, int]:
            return {key(n): e[field] for e in entries for n in e["names"]}

        def ambiguous(entries: list[dict[str, Any]]) -> frozenset[str]:
            return frozenset(key(n) for e in entries for n in e.get("ambiguous_names", []))

        words = {k: frozenset(key(w) for w in lexicon.get(k, ()))
                 for k in ("past", "before_last", "next", "current", "this", "year_words", "hijri_markers", "since",
                           "clause_links", "clause_links_near", "plan_words", "this_day", "aside_words", "period_parts", "past_of_plans")}
        words.update({f"unit:{u}": frozenset(key(w) for w in ws)
                      for u, ws in lexicon["units"].items()})
        parts = dict(
            months=table(lexicon["months"], "number"),
            ambiguous_months=ambiguous(lexicon["months"]),
            hijri_months=table(lexicon["hijri_months"], "number"),
            weekdays=table(lexicon["weekdays"], "number"),
            weekday_names={e["number"]: e["names"][0] for e in lexicon["weekdays"]},
            ambiguous_weekdays=ambiguous(lexicon["weekdays"]),
            words=words,
            decades=table(lexicon["decades"], "decade"),
            centuries=table(lexicon["centuries"], "century"),
            day_offsets=table(lexicon["day_offsets"], "days"),
            vague_spans={key(n): (e["from"], e["to"])
                         for e in lexicon["vague_spans"] for n in e["names"]},
        )
        # "والمقررة", "تستضيفها": a marker with its conjunction, a scheduled verb with its object
        future = regex.compile(rf"(?<!\p{{L}})(?:[وف]?(?:{alternation(lexicon['future_markers'])}|"
                               rf"(?:{alternation(lexicon['future_verbs'])})(?:{alternation(enclitics)})?)|"
                               r"(?P<verb>[وف]?س[يتن]\p{L}{3,}))(?!\p{L})")  # not سا: ساعتين is no verb
        durations = {key(n): (d["days"], False) for d in lexicon["durations"] for n in d["names"]}
        durations |= {key(n): (d["days"], True) for d in lexicon["durations"] for n in d["duals"]}
        pattern, opening = _compile(lexicon, numbers)
        return cls(pattern=pattern, opening=opening, prefilter=_prefilter(lexicon), future=future,
                   future_exceptions=frozenset(key(w) for w in lexicon["future_verb_exceptions"]),
                   past_of_plan=regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(lexicon['past_of_plans'])})\s+$"),
                   not_dates=regex.compile(rf"(?<!\p{{L}})(?:{alternation(lexicon['not_dates'])})(?!\p{{L}})"),
                   halves=table(lexicon["halves"], "half"),
                   seasons={key(n): (e["months"][0], e["months"][1]) for e in lexicon["seasons"] for n in e["names"]},
                   qualifiers={key(w): q for q, ws in lexicon["qualifiers"].items() for w in ws},
                   durations=durations, the_day={key(w): n for w, n in lexicon["the_day"]["after"].items()},
                   **parts)  # type: ignore[arg-type]


def _prefilter(lex: Mapping[str, Any]) -> Prefilter:
    """Every form of the grammar needs a digit or one of these words (folded, as substrings)."""
    words = [n for key in ("months", "hijri_months", "weekdays", "decades", "day_offsets", "vague_spans")
             for entry in lex[key] for n in entry["names"]]
    words += [w for key in ("year_words", "this", "since") for w in lex[key]]
    words += [w for ws in lex["units"].values() for w in ws]
    words += [n for d in lex["durations"] for n in (*d["names"], *d["duals"])]  # "قبل سبعة أشهر"
    words += [n for key in ("seasons", "halves") for e in lex[key] for n in e["names"]]
    return Prefilter.of(words)


_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True)
class Prefilter:
    """Whether a text holds a digit or a calendar word, as a substring.

    A one-word entry is tested with `in` (a regex alternation of ~90 words tried at every
    position cost 0.08 ms a sentence); only entries of several words, whose spaces may be
    any run of whitespace, take a pattern.
    """

    words: tuple[str, ...]
    phrases: Any  # regex.Pattern[str]

    @classmethod
    def of(cls, entries: Iterable[str]) -> Prefilter:
        """From the lexicon entries, folded as the pattern matches them."""
        keys = {key(e) for e in entries}
        phrases = [k for k in keys if " " in k]
        return cls(tuple(sorted(k for k in keys if " " not in k)),
                   regex.compile(alternation(phrases) if phrases else "(?!)"))

    def admits(self, text: str) -> bool:
        """Whether `text` holds a digit or one of the words."""
        return bool(_DIGIT.search(text, timeout=TIMEOUT) or any(w in text for w in self.words)
                    or self.phrases.search(text, timeout=TIMEOUT))


# The top-level alternatives of the pattern, one handler each (DateReader._<form>).
_FORMS = ("iso", "dmy", "dateline", "hijri", "hmonth", "hnum", "mrange", "mspan", "full", "ordday", "relday", "half", "season", "yrange", "year", "decade", "elapsed",
          "ago", "soon", "part", "rel", "vague", "wdpair", "wd", "theday", "offset")
# The groups that hold a weekday printed beside a date or a relative day ("الخميس 14 ذو الحجة",
# "أمس الثلاثاء"): the date is read from the rest, the weekday kept for calendar_arithmetic.
_SAID_WEEKDAY = ("f_wd", "dmy_wd", "h_wd", "od_wd", "rd_wd", "off_wd", "wd_today_name")
# A weekday printed before its date, and the group where the date after it begins.
_DATE_AFTER = {"f_wd": "f_date", "dmy_wd": "dmy_d", "h_wd": "h_date", "od_wd": "od_w", "rd_wd": "rd_date"}
_WEEKDAY_BEFORE = frozenset(_DATE_AFTER)


def _year_in_words(numbers: Mapping[str, Any]) -> str:
    """A year written out after a year word: a thousand or two, then parts joined by و.

    "عام ألف وتسعمئة وخمسين", "سنة ألفين وأربعة عشر": the teen's عشر stands without و.
    """
    thousands = [*(n for s in numbers["scales"] if s["value"] == 1000 for n in s["names"][:1]),
                 *(n for s in numbers["scale_duals"] if s["value"] == 2000 for n in s["names"])]
    parts = alternation(n for c in numbers["cardinals"] if c["value"] < 1000 for n in c["names"])
    teen = alternation(numbers["teen_words"])
    return rf"(?:{alternation(thousands)})(?:\s+و\s*(?:{parts})(?:\s+(?:{teen}))?)*(?!\p{{L}})"


def _compile(lex: Mapping[str, Any], numbers: Mapping[str, Any]) -> tuple[Any, Any]:
    """The pattern of every date form, and the pattern of where one may begin (Calendar.opening)."""
    month = alternation(n for m in lex["months"] for n in m["names"])
    hmonth = alternation(n for m in lex["hijri_months"] for n in m["names"])
    weekday = alternation(n for m in lex["weekdays"] for n in m["names"])
    past = alternation(lex["past"])
    nxt = alternation(lex["next"])
    before_last = alternation(lex["before_last"])
    cur = alternation(lex["current"])
    this = alternation(lex["this"])
    units = alternation(w for ws in lex["units"].values() for w in ws)
    year_word = alternation(lex["year_words"])
    decade = alternation(n for d in lex["decades"] for n in d["names"])
    century = alternation(n for c in lex["centuries"] for n in c["names"])
    offsets = alternation(n for d in lex["day_offsets"] for n in d["names"])
    vague = alternation(n for v in lex["vague_spans"] for n in v["names"])
    hmark = alternation(lex["hijri_markers"])
    since = alternation(lex["since"])
    quals = alternation(w for ws in lex["qualifiers"].values() for w in ws)
    units_of_time = alternation(n for d in lex["durations"] for n in d["names"])
    duals = alternation(n for d in lex["durations"] for n in d["duals"])
    ones = alternation(n for d in lex["durations"] for n in d.get("one", []))
    # one unit without a figure counts only where its phrase ends: "قبل عام،", not "قبل عام الانتخابات"
    alone = r"(?:\s+واحد[اه]?)?(?=\s*(?:[,.;:)\"]|$))"
    shift = rf"(?:{before_last}|{past}|{nxt}|{cur})"
    # a year before 1900 stands where its phrase ends: "أكتوبر/ تشرين الأول 1500 جندي" counts soldiers
    year = r"(?:1[5-8]\d\d(?=\s*(?:م(?!\p{L})|[,.;:)\"]|$))|19\d\d|20\d\d|21\d\d)"
    # after a year word, a year may be written out: the resolvers read it with _year_number
    year_or_words = rf"(?:{year}|(?<=(?<!\p{{L}})[وف]?[بل]?(?:{year_word})\s+){_year_in_words(numbers)})"
    pre = r"(?<![\p{L}\d])(?:[وف]?(?:[بل])?)"  # proclitics: وفي، بيونيو، لشهر
    end = r"(?![\p{L}\d])"
    seasons = alternation(n for e in lex["seasons"] for n in e["names"])
    halves = alternation(n for e in lex["halves"] for n in e["names"])

    # "الخميس 14 ذو الحجة 1445هـ", "يوم الجمعة 21/3/2025", "اليوم الأربعاء 20 مارس", "أمس الأربعاء 15 جوان":
    # the weekday of the date after it, which the date resolves (a day offset before it is the same day's)
    def weekday_before(group: str) -> str:
        # "الثلاثاء الموافق 3 كانون الأول": the weekday, then "corresponding to" the date
        return rf"(?:(?:يوم\s+|(?P<{group}_off>{offsets})\s+)?(?P<{group}>{weekday})\s*,?\s*(?:{key('الموافق')}\s+)?)?"

    def of_year(group: str) -> str:  # "ديسمبر من ذلك العام", "أغسطس من العام الماضي"
        return (rf"(?:\s+من\s+(?P<{group}>(?:ذلك|نفس)\s+العام|العام\s+(?:نفسه|ذاته|{shift})))?")

    period_part = alternation(lex["period_parts"])
    month_or_year = alternation([*lex["units"]["month"], *lex["units"]["year"]])
    paired = rf"(?:\s*/\s*(?:{month})|\s*\(\s*(?:{month})\s*\))?"  # "أغسطس/آب", "أغسطس (آب)"
    day_word = r"ال\p{L}+(?:\s+عشر[ه]?)?(?:\s+وال\p{L}+)?"  # an ordinal day: العاشر، الحادي عشر، الحادي والعشرين
    # "الأسبوع الأول من يوليو" is a week: an ordinal after these nouns is no day
    not_of_noun = rf"(?<!(?<!\p{{L}})(?:{alternation(lex['ordinal_nouns'])})\s+)"
    day_range = rf"(?:\s*(?:و|-|–)\s*|\s+(?:{alternation(['إلى', 'حتى'])})\s+)"
    # Order matters: the longest, most specific forms first.
    parts = [
        # "2024-10-24", "2024/10/24", "2024.10.24": the year first, one separator twice
        rf"(?P<iso>(?<!\d)(?P<iso_y>{year})(?P<iso_sep>[-/.])(?P<iso_m>\d\d?)(?P=iso_sep)(?P<iso_d>\d\d?)(?![\d/]))",
        rf"(?P<dmy>{pre}{weekday_before('dmy_wd')}(?<![\d/])(?P<dmy_d>\d\d?)(?:\s*[-–]\s*(?P<dmy_d2>\d\d?))?"
        rf"(?P<dmy_sep>[/.-])(?P<dmy_m>\d\d?)(?P=dmy_sep)(?P<dmy_y>{year})(?!\d))",  # 6/11/2024, 6-11-2024
        # "الكويت - 4 - 11 (كونا) --": a dateline's day, then month, between the place and the agency
        r"(?P<dateline>(?<=^\s*\p{L}+(?:[\s/]+\p{L}+){0,3}\s*-\s*)(?P<dl_d>\d\d?)\s*-\s*(?P<dl_m>\d\d?)(?=\s*\())",
        rf"(?P<hijri>{pre}{weekday_before('h_wd')}(?P<h_date>)(?:(?P<h_d>\d\d?)\s+)?(?:شهر\s+)?(?P<h_m>{hmonth})\s+(?P<h_y>1[2-5]\d\d)"
        rf"(?:\s*(?:{hmark})(?!\p{{L}}))?)",
        # "شهر رمضان", "رمضان الماضي": a Hijri month without its year needs شهر or a shift word
        # (رمضان قديروف is a name)
        rf"(?P<hmonth>{pre}(?:شهر\s+(?P<hm_m>{hmonth})(?!\s*\d)(?:\s+(?P<hm_shift>{shift}))?"
        rf"|(?P<hm_m2>{hmonth})\s+(?P<hm_shift2>{shift})){end})",
        # "٩ /١١ /١٤٤١هـ": a numeric Hijri date needs its marker
        rf"(?P<hnum>(?<![\d/])(?P<hn_d>\d\d?)\s*/\s*(?P<hn_m>\d\d?)\s*/\s*(?P<hn_y>1[2-5]\d\d)\s*(?:{hmark})(?!\p{{L}}))",
        # "من 29 أغسطس إلى 2 سبتمبر 2025": days of two months, one range
        rf"(?P<mrange>{pre}(?:(?:من|(?P<mr_between>بين)|يومي)\s+)?(?P<mr_d1>\d\d?)\s+(?P<mr_m1>{month}){paired}"
        # the first day's year: "من 24 فبراير 2022 إلى 5 مارس"; "في 19 حزيران 2024 و4 كانون الأول" is two dates
        rf"(?:\s*,?\s*(?P<mr_y1>{year})(?(mr_between)|(?!\s*و)))?{day_range}"
        rf"(?P<mr_d2>\d\d?)\s+(?P<mr_m2>{month}){paired}(?:\s*,?\s*(?:(?:{year_word})\s+)?(?P<mr_y>{year_or_words}))?(?!\d)"
        rf"{of_year('mr_ref')}(?:\s+(?P<mr_shift>{shift}))?{end})",
        # "بين كانون الثاني/يناير وآذار/مارس", "من مارس إلى حزيران 2024": the months from one to the other
        rf"(?P<mspan>{pre}(?:من|بين)\s+(?:شهر\s+)?(?P<ms_m1>{month}){paired}(?:\s*,?\s*(?P<ms_y1>{year}))?"
        rf"(?:\s*و\s*|\s+(?:و\s*)?(?:{alternation(['إلى', 'حتى'])})\s+)(?:شهر\s+)?(?P<ms_m2>{month}){paired}"
        rf"(?:\s*,?\s*(?:(?:{year_word})\s+)?(?P<ms_y>{year_or_words}))?(?!\d){of_year('ms_ref')}"
        rf"(?:\s+(?P<ms_shift>{shift}))?{end})",
        rf"(?P<full>{pre}{weekday_before('f_wd')}(?P<f_date>)"
        rf"(?:(?:يومي\s+|من\s+)?(?:ال\s?)?(?P<f_d>\d\d?)(?:{day_range}(?P<f_d2>\d\d?))?\s+(?:من\s+)?)?"
        rf"(?P<f_shahr>شهر\s+)?(?P<f_m>{month})"
        rf"(?:\s*/\s*(?P<f_m2>{month})|\s*\(\s*(?P<f_m3>{month})\s*\))?"
        rf"(?:\s*,?\s*(?:(?:من\s+)?(?:{year_word})\s+)?(?P<f_y>{year_or_words})(?:\s*م(?!\p{{L}}))?)?"
        rf"{of_year('f_ref')}(?:\s+(?P<f_shift>{shift}){end})?{end})",
        # "في السابع من تشرين الأول 2023": an ordinal day word, من, the month
        rf"(?P<ordday>{not_of_noun}{pre}{weekday_before('od_wd')}(?P<od_w>{day_word})\s+من\s+(?:شهر\s+)?"
        rf"(?P<od_m>{month})(?:\s*/\s*(?P<od_m2>{month})|\s*\(\s*(?P<od_m3>{month})\s*\))?"
        rf"(?:\s*,?\s*(?:(?:من\s+)?(?:{year_word})\s+)?(?P<od_y>{year_or_words})(?:\s*م(?!\p{{L}}))?)?{of_year('od_ref')}"
        rf"(?:\s+(?P<od_shift>{shift}){end})?{end})",
        # "في العاشر من الشهر الجاري", "في 25 من الشهر نفسه": a day of a month named by its place
        rf"(?P<relday>{not_of_noun}{pre}{weekday_before('rd_wd')}(?P<rd_date>)(?:(?:ال\s?)?(?P<rd_n>\d\d?)(?:{day_range}(?P<rd_n2>\d\d?))?|"
        rf"(?P<rd_w>{day_word}))\s+من\s+(?:(?:{this})\s+الشهر|الشهر\s+(?P<rd_shift>{shift}|نفسه|ذاته)){end})",
        # "النصف الثاني من أبريل": half of a month
        rf"(?P<half>{pre}(?P<half_n>{halves})\s+من\s+(?:شهر\s+)?(?P<half_m>{month})"
        rf"(?:\s*,?\s*(?P<half_y>{year}))?{end})",
        # "صيف 2001", "صيف العام الماضي", "الصيف الماضي" (the last one to end before publication)
        rf"(?P<season>{pre}(?:(?P<s_name>{seasons})\s+(?:(?:(?:{year_word})\s+)?(?P<s_y>{year_or_words})(?!\d)"
        rf"|(?:{this})\s+العام{end}|العام\s+(?P<s_year_shift>{shift}){end})"
        rf"|ال(?P<s_the>{seasons})\s+(?P<s_shift>{past}|{nxt}|{cur}){end}))",
        rf"(?P<yrange>\(?(?<![\d])(?P<yr_a>{year})\s*[-–]\s*(?P<yr_b>{year})(?!\d)\)?"
        rf"|{pre}(?:بين\s+)?(?:عامي|العامين|سنتي|السنتين)\s+(?P<yr_c>{year})\s+و\s*(?P<yr_d>{year})(?!\d))",
        # "عام 2019", "أواخر 2023", "مطلع العام 2024": a part of a year is cut to the year
        # "منذ 2019،", "في 2017.": a bare year after a preposition, where its phrase ends (not "في 2000 موقع")
        rf"(?P<year>{pre}(?:(?:{period_part})\s+(?:(?:{year_word})\s+)?|(?:{year_word})\s+)(?P<y_y>{year_or_words})(?!\d)"
        rf"|(?<=(?<!\p{{L}})[وف]?(?:{alternation(lex['year_prepositions'])})\s+)(?P<y_bare>{year})"
        rf"(?=\s*(?:[,.;:)\"]|$|و(?!\p{{L}})|و\d))"
        # "في 2006 و2010 و2013", "عام 2006 وعام 2009": a year joined by و to a year before it
        # (not after بين, which makes a span, nor before a noun: "1500 و2000 جندي")
        rf"|(?<=(?<!بين\s+)(?<!\d)(?:(?<=(?<!\p{{L}})و)|(?<!\p{{L}}))(?:19|20)\d\d\s*,?\s*و\s*(?:(?:{year_word})\s+)?)(?P<y_joined>{year})"
        rf"(?!\d)(?=\s*(?:[,.;:)\"]|$|و)))",
        rf"(?P<decade>{pre}(?:حقبه\s+)?(?:ال)?(?P<dec>{decade})(?:ي)?ات"
        rf"(?:\s+(?:من\s+)?القرن\s+(?:(?P<dec_past>{past})|(?P<dec_c>{century})))?{end})",
        rf"(?P<elapsed>{pre}(?:{since})\s+(?:(?P<e_q>{quals})\s+)?"
        rf"(?:(?P<e_n>\d+(?:[.,]\d+)?|\p{{L}}+(?:\s+و\p{{L}}+)?)\s+(?P<e_u>{units_of_time})|(?P<e_dual>{duals})|(?P<e_one>{ones}){alone}){end})",
        # "قبل سبعة أشهر", "بعد أسبوعين" — from publication; "بعد 111 يوما من تصويت ..." counts from another thing
        rf"(?P<ago>{pre}(?P<ago_dir>قبل|بعد)\s+(?:(?!(?:{ones}){alone})(?P<ago_n>\d+|\p{{L}}+(?:\s+و\p{{L}}+)?)\s+(?P<ago_u>{units_of_time})"
        rf"|(?P<ago_dual>{duals})|(?<=قبل\s+)(?P<ago_one>{ones}){alone}){end}(?!\s+(?:(?:فقط|تقريبا)\s+)?(?:من|علي)(?!\p{{L}})))",
        rf"(?P<soon>{pre}(?:في\s+)?وقت\s+(?P<soon_dir>سابق|لاحق)\s+من\s+"
        rf"(?:(?:{this})\s+(?P<soon_u1>{units})|(?P<soon_u2>{units})\s+(?:{cur})){end})",
        # "الأمين العام السابق" is no year: العام after a general noun is an adjective
        # "نهاية العام", "مطلع الشهر المقبل": a part of a month or year is cut to it; bare, it is the
        # one the sentence named before, or publication's; an adjective after it makes another
        # noun of it ("نهاية العام الدراسي" is no year), a word of the sentence does not ("مطلع الشهر في زيارة")
        rf"(?P<part>{pre}(?P<pt_part>{period_part})\s+(?P<pt_u>{month_or_year})(?:\s+(?P<pt_shift>{shift}){end}"
        rf"|(?!\s*(?:ال|\d))))",
        rf"(?P<rel>(?<!(?:{alternation(lex['general_nouns'])})\s+){pre}(?:(?:{this})\s+(?P<rel_u1>{units})|(?P<rel_u2>{units})\s+"
        rf"(?P<rel_shift>{shift})){end})",
        rf"(?P<vague>{pre}(?P<vg>{vague}){end})",
        # "يومي الثلاثاء والأربعاء", "من الثلاثاء إلى الخميس", "بين الاثنين والأربعاء": days from one to the other
        rf"(?P<wdpair>{pre}(?:يومي\s+|(?:من|بين)\s+(?:يوم\s+)?)(?P<wp_a>{weekday})\s+"
        rf"(?:و\s*|(?:{alternation(['إلى', 'حتى'])})\s+(?:يوم\s+)?)(?P<wp_b>{weekday}){end})",
        rf"(?P<wd>{pre}(?:(?P<wd_today>اليوم)\s+(?P<wd_today_name>{weekday})|(?:(?P<wd_day>يوم)\s+)?(?P<wd_name>{weekday}))"
        rf"(?:\s+(?P<wd_shift>{before_last}|{past}|{nxt}))?{end})",
        # "في اليوم التالي", "نفس اليوم": the day after, or the same as, the one named before
        rf"(?P<theday>{pre}(?:اليوم\s+(?P<td_adj>{alternation(lex['the_day']['after'])})"
        rf"|(?P<td_same>{alternation(lex['the_day']['before'])})\s+اليوم){end})",
        # "اليوم الوطني", "ذلك اليوم": the noun "day", not today
        rf"(?P<offset>(?<!(?<!\p{{L}})(?:{alternation(lex['the_day']['before'])})\s+){pre}(?P<off>{offsets})"
        rf"(?!\s+(?:{alternation([*lex['the_day']['after'], *lex['the_day']['adjectives']])}){end})"
        rf"(?:(?:\s+|\s*(?P<off_par>\()\s*)(?P<off_wd>{weekday})(?(off_par)\s*\)))?{end})",  # "اليوم (الخميس)"
    ]
    # Every form begins where a word does, or at a digit or "(": tested once at each position,
    # this spares the 26 forms their own failing starts inside a word (a third of read's time)
    word_start = r"(?:(?<![\p{L}\d])|(?=[\d(]))"
    pattern = regex.compile(rf"{word_start}(?:{'|'.join(parts)})", regex.V1)
    # What each form can open with after its proclitics, a figure aside (iso, dmy, dateline, hnum,
    # yrange and the bare years open with one): the pattern is tried only where one of these
    # stands, not at every word. A form added above adds its opening here;
    # tests/test_dates_openings.py checks that the two read every dev-set sentence alike.
    by_weekday = rf"يوم|اليوم|{offsets}|{weekday}"  # weekday_before, when it is there; wd, theday
    day_word_then_of = rf"{day_word}\s+من\s"  # ordday, relday
    openings = [
        r"\d",  # after a proclitic: "و5 أيار"
        by_weekday,  # dmy, hijri, full, ordday, relday, wd
        rf"شهر\s|{hmonth}|{month}",  # hijri, hmonth, full, mspan after من
        r"(?:من|بين|يومي)\s+(?:ال\s?)?\d|ال\s?\d",  # mrange, full, relday
        rf"(?:من|بين)\s+(?:شهر\s+)?(?:{month})",  # mspan
        day_word_then_of,
        rf"(?:ال)?(?:{halves}|{seasons})",  # half, season
        r"(?:بين\s+)?(?:عامي|العامين|سنتي|السنتين)\s",  # yrange
        rf"{period_part}|{year_word}",  # year, part
        rf"(?:حقبه\s+)?(?:ال)?(?:{decade})",  # decade
        rf"{since}|قبل|بعد|(?:في\s+)?وقت\s",  # elapsed, ago, soon
        rf"{this}|{units}|{vague}",  # rel, vague
        rf"(?:يومي\s+|(?:من|بين)\s+(?:يوم\s+)?)(?:{weekday})",  # wdpair
        rf"{alternation(lex['the_day']['before'])}",  # theday (اليوم is an offset)
    ]
    # a digit opens a form only where its figure does (every form looks behind for a digit), "(" only
    # before a year: "(2019-2022)"
    opening = regex.compile(rf"(?<!\d)(?=\(?\d)|(?<![\p{{L}}\d])(?=[وف]?[بل]?(?:{'|'.join(openings)}))", regex.V1)
    return pattern, opening


def _mention(text: NormalizedText, first: int, last: int, span: TimeSpan | None, basis: Basis, reason: str | None,
             since: bool, form: str, weekday: int | None) -> DateMention:
    """The mention of normalized text[first:last], with its article offsets and words."""
    start, end = text.original_span(first, last)
    return DateMention(start, end, text.original[start - text.base:end - text.base], span, basis, reason, since,
                       form, first, last, weekday)


class DateReader:
    """Finds the date expressions of a text and resolves them against `published`."""

    def __init__(self, cal: Calendar, numbers: NumberReader):
        self.cal = cal
        self.numbers = numbers
        self._year_before: int | None = None  # the last year the sentence being read named
        self._year_before_basis: Basis = "explicit"  # "العام الماضي" names one against publication
        self._month_before: tuple[int, int] | None = None  # the last single month it named, (year, month)
        self._day_before: date | None = None  # the last single day it named
        # the same, named by an earlier sentence of the article: "في العام نفسه" opening a sentence
        # points back past its start
        self._earlier_year: tuple[int, Basis] | None = None
        self._earlier_month: tuple[int, int] | None = None
        self._earlier_day: date | None = None
        self._named: set[tuple[str, object]] = set()  # ("year" | "month" | "day", value) the sentence named
        # what else a date set off by commas may stand with and still be an aside of its clause
        aside = alternation(cal.words.get("aside_words", ())) or "(?!)"
        self.aside_rest = regex.compile(rf"\s*(?:(?:{aside})\s+)*[.!?]?\s*")
        # "منذ مارس", "ومنذ عام 2019", "منذ منتصف كانون الأول": where a span up to publication begins
        parts = alternation(cal.words.get("period_parts", ())) or "(?!)"
        self.right_after_since = regex.compile(
            rf"(?<!\p{{L}})[وف]?منذ\s+(?:(?:{parts})\s+)?(?:(?:شهر|عام|العام|سنة)\s+)?$")
        this_day = cal.words.get("this_day")
        self.this_day = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:في\s+)?(?P<words>{alternation(this_day)})\s+(?:من\s+)?$") if this_day else None

    def _right_after_since(self, text: str, position: int) -> bool:
        """Whether the date at `position` opens a span up to publication."""
        return bool(self.right_after_since.search(text, max(0, position - 32), position, timeout=TIMEOUT))

    def read(self, text: NormalizedText, published: TimeSpan | None, *, follows: bool = False) -> list[DateMention]:
        """All date mentions, in order, with article offsets.

        `follows`: the sentence follows the one read before in the same article, whose
        year, month and day "the same year / month", "the day after" may point back to.
        """
        if not follows:
            self._earlier_year = self._earlier_month = self._earlier_day = None
        elif self._named:
            # the sentence before points on only where it named one of each: after "أحيت أمس الذكرى
            # ... التي وقعت في 26 آذار 2010" the day after is no one day
            years, months, days = ({n[1] for n in self._named if n[0] == kind} for kind in ("year", "month", "day"))
            self._earlier_year = (self._year_before, self._year_before_basis) if len(years) == 1 and self._year_before else None
            self._earlier_month = self._month_before if len(months) == 1 else None
            self._earlier_day = self._day_before if len(days) == 1 else None
        self._year_before = self._month_before = self._day_before = None
        self._named = set()
        mentions: list[DateMention] = []
        if not self.cal.prefilter.admits(text.text):
            return mentions
        not_dates = [m.span() for m in self.cal.not_dates.finditer(text.text, timeout=TIMEOUT)]
        deadline = time.monotonic() + TIMEOUT  # one budget for the pass, however often it starts again
        matches = self._matches(text.text, 0, deadline)
        while (match := next(matches, None)) is not None:
            if any(a <= match.start() < b and match.end() <= b for a, b in not_dates):
                continue  # «روسيا اليوم», "حلفاء الأمس"; but "ضيفا على روسيا اليوم الثلاثاء" is today, Tuesday
            found = self._resolve(match, published)
            if found is None:
                # "بعد تجربة عام 2006": no figure after بعد, so no span counted, and the year is read;
                # "الفترة من مارس إلى حزيران" is no ordinal day, and the span after الفترة is read
                matches = self._matches(text.text, match.start() + 1, deadline)
                continue
            span, basis, reason = found
            form = next(k for k in _FORMS if match.group(k) is not None)
            if span is not None and span == published and _in_dateline(text.text, match.start(), match.end()):
                basis = "published"  # "سيول - 13 كانون الثاني (يونهاب) -": the day published, dating no claim of its own
            if match.group("od_wd") and _FEMININE.fullmatch(match.group("od_w"), timeout=TIMEOUT):
                continue  # "الجمعة الرابعة من آذار" is the fourth Friday of March, not Friday the 4th
            first = match.start()
            on_this_day = self._on_this_day(text.text, first, span, published)
            if on_this_day is not None:  # "في مثل هذا اليوم قبل 33 عاما": that year's day of publication
                first, span = on_this_day
            if span is not None and (basis == "explicit" or self._names_year(match[0])):
                # "في مثل هذا اليوم من العام الماضي ... في 24 أكتوبر من العام ذاته": a year named
                # against publication is one a later "the same year" points back to
                self._year_before, self._year_before_basis = span.end.year, basis
                self._named.add(("year", span.end.year))
            if span is not None and span.precision != "year" and span.start.replace(day=1) == span.end.replace(day=1):
                self._month_before = span.start.year, span.start.month
                self._named.add(("month", self._month_before))
            if span is not None and span.precision == "day" and span.start == span.end:
                self._day_before = span.start
                self._named.add(("day", span.start))
            if span is not None and published is not None and self._right_after_since(text.text, match.start()):
                span = span.until(published)  # "منذ مارس": from March to publication
            said = next((g for g in _SAID_WEEKDAY if match[g]), None)
            weekday = self.cal.weekdays[key(match[said])] if said else None
            since = _after_since(text.text, match.start())
            if said in _WEEKDAY_BEFORE and "," in text.text[match.end(said):match.start(_DATE_AFTER[said])]:
                # "الثلاثاء، الرابع من يوليو": a weekday set off by a comma is apposed to the
                # date, an expression of its own naming the same day
                mentions.append(_mention(text, first, match.end(said), span, basis, reason, since, "wd", None))
                first = match.start(_DATE_AFTER[said])
            elif said in _WEEKDAY_BEFORE and (today := self._other_day(match, said, span, published)) is not None:
                # "اليوم الثلاثاء الثالث من يونيو المقبل": today is Tuesday, and the date another day's
                mentions.append(_mention(text, first, match.end(said), today, "relative", None, since, "offset", weekday))
                first, weekday = match.start(_DATE_AFTER[said]), None
            mentions.append(_mention(text, first, match.end(), span, basis, reason, since, form, weekday))
        return mentions

    def _matches(self, text: str, start: int, deadline: float) -> Iterator[Any]:
        """The pattern's matches from `start` on, as its finditer gives them, trying it only at an opening.

        Where no form can begin (most words of a sentence) the 26 forms are not tried:
        that was two thirds of read's time.
        """
        done = start
        for opening in self.cal.opening.finditer(text, start, timeout=TIMEOUT):
            if opening.start() < done:
                continue
            found = self.cal.pattern.match(text, opening.start(), timeout=max(deadline - time.monotonic(), 1e-3))
            if found is not None:
                done = found.end()
                yield found

    def _year_number(self, written: str) -> int:
        """A year the grammar matched: its digits, or its words ("ألفين وأربعة عشر")."""
        if written.isdigit():
            return int(written)
        value, _ordinal = self.numbers.value_of(written)
        assert value is not None, written  # the grammar only admits number words after the thousand
        return int(value)

    def _names_year(self, said: str) -> bool:
        """Whether a date expression names its year by a word ("العام الماضي"), not only a day ("أمس")."""
        return any(word in self.cal.words["year_words"] for word in said.split())

    def _other_day(self, match: Any, said: str, span: TimeSpan | None, published: TimeSpan | None) -> TimeSpan | None:
        """The day a day offset before a weekday names ("اليوم الثلاثاء"), when the date after them is another.

        "أمس الأربعاء 15 جوان" is one day, yesterday's, whatever weekday is printed; in
        "حددت اليوم الثلاثاء الثالث من يونيو المقبل موعدا" today and the date set are two.
        """
        offset = match[f"{said}_off"]
        if offset is None or published is None or published.precision != "day":
            return None
        day = TimeSpan.of_day(published.start + timedelta(self.cal.day_offsets[key(offset)]))
        return day if span != day else None

    def _on_this_day(self, text: str, start: int, span: TimeSpan | None,
                     published: TimeSpan | None) -> tuple[int, TimeSpan] | None:
        """Where "مثل هذا اليوم" before a year's mention begins, and the day it makes of that year."""
        if self.this_day is None or span is None or published is None or span.precision != "year" \
                or span.start.year != span.end.year or published.precision != "day":
            return None
        hit = self.this_day.search(text, max(0, start - 30), start, timeout=TIMEOUT)
        if hit is None:
            return None
        try:
            day = published.start.replace(year=span.start.year)
        except ValueError:  # 29 February of a year that has none
            return None
        return hit.start("words"), TimeSpan(day, day, "day")

    def _resolve(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """What a match resolves to; unresolved, with OUT_OF_CALENDAR, when it falls outside years 1–9999.

        "منذ 5000 عام" counts back before year 1, "بعد غد" printed on 9999-12-31 past the
        last day `datetime` has. Such a span is not clamped to the edge: a clamped date
        would be compared with others as if the text had said it.
        """
        kind = next(k for k in _FORMS if m.group(k) is not None)
        handler = getattr(self, f"_{kind}")
        try:
            result: tuple[TimeSpan | None, Basis, str | None] | None = handler(m, pub)
        except (OverflowError, ValueError):  # datetime's range: date(0, 1, 1), date.max + 1 day
            return None, "relative", OUT_OF_CALENDAR
        return result

    # -- explicit forms -----------------------------------------------------------------
    def _iso(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        return _day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))

    def _dmy(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        if m["dmy_d2"]:  # "27-28/2/2019"
            return _month_or_days(int(m["dmy_y"]), int(m["dmy_m"]), int(m["dmy_d"]), int(m["dmy_d2"]), "explicit")
        return _day(int(m["dmy_y"]), int(m["dmy_m"]), int(m["dmy_d"]))

    def _dateline(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"4 - 11" after the place: a day of the year published, or of the year before in early January."""
        if pub is None or pub.precision != "day":
            return None
        day, month = int(m["dl_d"]), int(m["dl_m"])
        year = pub.start.year - ((month, day) > (pub.start.month, pub.start.day + 1))
        found = _day(year, month, day)
        return (found[0], "relative", None) if found and found[0] else None

    def _hnum(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        return _hijri(int(m["hn_y"]), int(m["hn_m"]), int(m["hn_d"]))

    def _hijri(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        year, month = int(m["h_y"]), self.cal.hijri_months[key(m["h_m"])]
        return _hijri(year, month, int(m["h_d"]) if m["h_d"] else None)

    def _hmonth(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"رمضان الماضي": a Hijri month placed in the Hijri year of publication, as a Gregorian one is."""
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day to place the Hijri month"
        month = self.cal.hijri_months[key(m["hm_m"] or m["hm_m2"])]
        now = Gregorian(pub.start.year, pub.start.month, pub.start.day).to_hijri()
        found = _hijri(self._year_of(m, month, m["hm_shift"] or m["hm_shift2"], now.year, now.month), month, None)
        return (found[0], "relative", None) if found and found[0] else found

    def _ordday(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        value, ordinal = self.numbers.value_of(m["od_w"])
        if value is None or not ordinal or not 1 <= value <= 31 or value != int(value):
            return None
        month = self.cal.months[key(m["od_m"])]
        paired = m["od_m2"] or m["od_m3"]
        if paired and self.cal.months[key(paired)] != month:
            return None
        if m["od_y"]:
            return _month_or_days(self._year_number(m["od_y"]), month, int(value), None, "explicit")
        if m["od_ref"]:
            return self._of_year(m["od_ref"], month, int(value), None, pub)
        return self._in_year(m, month, int(value), None, m["od_shift"], pub)

    def _relday(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"العاشر من الشهر الجاري": a day of this, the last or the next month; "من الشهر نفسه" the one named before."""
        value, ordinal = (float(m["rd_n"]), True) if m["rd_n"] else self.numbers.value_of(m["rd_w"])
        if value is None or not ordinal or not 1 <= value <= 31 or value != int(value):
            return None
        shift, last = m["rd_shift"], (int(m["rd_n2"]) if m["rd_n2"] else None)  # "15 و16 من الشهر الجاري"
        if shift and key(shift) in ("نفسه", "ذاته"):
            named = self._month_before or self._earlier_month
            if named is None:
                return None, "relative", "no month named before \"the same month\""
            return _month_or_days(*named, int(value), last, "relative")
        if pub is None or pub.precision == "year":
            return None, "relative", "needs a publication month"
        month = _shift_month(pub.start.year, pub.start.month, _SHIFTS.get(self._shift(shift) or "", 0))
        return _month_or_days(*month, int(value), last, "relative")

    def _mrange(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"من 29 أغسطس إلى 2 سبتمبر": the second day placed as a date is, the first before it."""
        first_month, last_month = self.cal.months[key(m["mr_m1"])], self.cal.months[key(m["mr_m2"])]
        if first_month == last_month and not m["mr_y1"]:
            return None
        if m["mr_y"]:
            last = _month_or_days(self._year_number(m["mr_y"]), last_month, int(m["mr_d2"]), None, "explicit")
        elif m["mr_ref"]:  # "بين 27 حزيران و16 تموز من العام نفسه"
            last = self._of_year(m["mr_ref"], last_month, int(m["mr_d2"]), None, pub)
        else:
            last = self._in_year(m, last_month, int(m["mr_d2"]), None, m["mr_shift"], pub)
        if last is None or last[0] is None:
            return last
        # "من 24 فبراير 2022 إلى 5 مارس": the first day's own year, the last one placed as a date is
        year = int(m["mr_y1"]) if m["mr_y1"] else last[0].start.year - (first_month > last_month)
        first = _month_or_days(year, first_month, int(m["mr_d1"]), None, last[1])
        if first is None or first[0] is None or first[0].start > last[0].end:
            return None
        return TimeSpan(first[0].start, last[0].end, "day"), last[1], None

    def _mspan(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"بين يناير ومارس": the second month placed as a month is, the first the latest before it."""
        first_month, last_month = self.cal.months[key(m["ms_m1"])], self.cal.months[key(m["ms_m2"])]
        if m["ms_y"]:
            last = _month_or_days(self._year_number(m["ms_y"]), last_month, None, None, "explicit")
        elif m["ms_ref"]:
            last = self._of_year(m["ms_ref"], last_month, None, None, pub)
        else:
            last = self._in_year(m, last_month, None, None, m["ms_shift"], pub)
        if last is None or last[0] is None:
            return last
        year = int(m["ms_y1"]) if m["ms_y1"] else last[0].start.year - (first_month >= last_month)
        if (year, first_month) >= (last[0].start.year, last_month):
            return None
        return TimeSpan(date(year, first_month, 1), last[0].end, "month"), last[1], None

    def _full(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        month = self.cal.months[key(m["f_m"])]
        paired = m["f_m2"] or m["f_m3"]
        if paired and self.cal.months[key(paired)] != month:
            return None  # two different months side by side are not one date
        has_context = bool(m["f_d"] or m["f_y"] or paired or m["f_shift"] or m["f_ref"] or m["f_shahr"])
        if key(m["f_m"]) in self.cal.ambiguous_months and not has_context and not _month_expected(m):
            return None
        day, day2 = (int(m["f_d"]) if m["f_d"] else None), (int(m["f_d2"]) if m["f_d2"] else None)
        if m["f_y"]:
            return _month_or_days(self._year_number(m["f_y"]), month, day, day2, "explicit")
        if m["f_ref"]:
            return self._of_year(m["f_ref"], month, day, day2, pub)
        return self._in_year(m, month, day, day2, m["f_shift"], pub)

    def _of_year(self, ref: str, month: int, day: int | None, day2: int | None,
                 pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"ديسمبر من ذلك العام" (the year the sentence named), "أغسطس من العام الماضي"."""
        shift = self._shift(ref.removeprefix("العام").strip())
        if shift is None:  # نفسه، ذاته، ذلك العام
            named = (self._year_before, self._year_before_basis) if self._year_before is not None else self._earlier_year
            if named is None:
                return None, "relative", "no year named before \"that year\""
            return _month_or_days(named[0], month, day, day2, named[1])
        if pub is None:
            return None, "relative", "no publication date for the year"
        year = pub.start.year + _SHIFTS.get(shift, 0)
        return _month_or_days(year, month, day, day2, "relative")

    def _half(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"النصف الثاني من أبريل": the 16th to the month's end."""
        month = self.cal.months[key(m["half_m"])]
        found = (_month_or_days(int(m["half_y"]), month, None, None, "explicit") if m["half_y"]
                 else self._in_year(m, month, None, None, None, pub))
        if found is None or found[0] is None:
            return found
        whole, basis = found[0], found[1]
        first_half = self.cal.halves[key(m["half_n"])] == 1
        cut = whole.start + timedelta(14)
        return (TimeSpan(whole.start, cut, "day") if first_half
                else TimeSpan(cut + timedelta(1), whole.end, "day")), basis, None

    def _season(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"صيف 2001": the months of the season in that year; "صيف العام الماضي" of last year's."""
        first, last = self.cal.seasons[key(m["s_name"] or m["s_the"])]
        if m["s_y"]:
            year = self._year_number(m["s_y"])
        elif pub is None or pub.precision == "year":
            return None, "relative", "needs a publication month for the season"
        else:
            year = self._season_year(first, last, m, pub)
        whole = TimeSpan(date(year, first, 1), TimeSpan.of_month(year, last).end, "month")
        return whole, ("explicit" if m["s_y"] else "relative"), None

    def _season_year(self, first: int, last: int, m: Any, pub: TimeSpan) -> int:
        """The year of a season told by its place: of a year ("صيف العام الماضي") or itself ("الصيف الماضي")."""
        year, month = pub.start.year, pub.start.month
        if not m["s_the"]:
            return year + _SHIFTS.get(self._shift(m["s_year_shift"]) or "", 0)
        shift = self._shift(m["s_shift"])
        if shift == "past":
            return year if last < month else year - 1
        if shift == "next":
            return year if first > month else year + 1
        return year

    def _in_year(self, m: Any, month: int, day: int | None, day2: int | None, shift_word: str | None,
                 pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """A month (and day) without a year: the latest one up to publication, or as shifted.

        In the future tense or a plan it is the next one: "الانتخابات المقررة في مارس" printed
        in September 2011 is March 2012; a month of publication stays in its year.
        """
        if pub is None:
            return None, "relative", "no publication date to place the month in a year"
        if pub.precision == "year":
            return None, "relative", "publication date has only a year"
        year = self._year_of(m, month, shift_word, pub.start.year, pub.start.month)
        return _month_or_days(year, month, day, day2, "relative")

    def _year_of(self, m: Any, month: int, shift_word: str | None, year: int, current: int) -> int:
        """The year of a month without one, in the calendar (Gregorian or Hijri) of `year` and `current` month."""
        shift = self._shift(shift_word)
        if shift in ("past", "before_last"):
            return year - (1 if month >= current else 0) - (shift == "before_last")
        if shift == "next":
            return year + (1 if month <= current else 0)
        if self._future(m):
            return year + (1 if month < current else 0)
        return year - (1 if month > current else 0)

    def _yrange(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        a, b = (int(m["yr_a"]), int(m["yr_b"])) if m["yr_a"] else (int(m["yr_c"]), int(m["yr_d"]))
        if b <= a:
            return None
        return TimeSpan(date(a, 1, 1), date(b, 12, 31), "year"), "explicit", None

    def _year(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        return TimeSpan.of_year(self._year_number(m["y_y"] or m["y_bare"] or m["y_joined"])), "explicit", None

    def _decade(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        decade = self.cal.decades[key(m["dec"])]
        if m["dec_c"]:
            century = self.cal.centuries[key(m["dec_c"])]
            start, basis = (century - 1) * 100 + decade, "explicit"
        else:
            if pub is None:
                return None, "relative", "no publication date to place the decade in a century"
            century_base = pub.start.year // 100 * 100 - (100 if m["dec_past"] else 0)
            start = century_base + decade
            if start > pub.start.year:
                start -= 100
            basis = "relative"
        return TimeSpan(date(start, 1, 1), date(start + 9, 12, 31), "year"), basis, None  # type: ignore[return-value]

    # -- relative forms -----------------------------------------------------------------
    def _elapsed(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"منذ أكثر من 30 شهرا": the span in which the thing began, counted back from publication."""
        if m["e_dual"] or m["e_one"]:  # "منذ عامين", "منذ عام."
            amount, (days, _) = (2.0 if m["e_dual"] else 1.0), self.cal.durations[key(m["e_dual"] or m["e_one"])]
        else:
            read = self.numbers.read(m["e_n"])
            if len(read) != 1 or read[0].end != len(m["e_n"]):
                return None
            amount, (days, _) = read[0].value, self.cal.durations[key(m["e_u"])]
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day to count back from"
        return since_span(pub.start, amount, days, self.cal.qualifiers.get(key(m["e_q"] or ""), "exact")), "relative", None


    def _ago(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"قبل سبعة أشهر", "بعد أسبوعين": that many units from publication, at the unit's precision."""
        if m["ago_dual"] or m["ago_one"]:  # "قبل يومين", "قبل عام."
            amount, (days, _) = (2.0 if m["ago_dual"] else 1.0), self.cal.durations[key(m["ago_dual"] or m["ago_one"])]
        else:
            read = self.numbers.read(m["ago_n"])
            if len(read) != 1 or read[0].end != len(m["ago_n"]) or read[0].ordinal or read[0].vague:
                return None
            amount, (days, _) = read[0].value, self.cal.durations[key(m["ago_u"])]
        sign = -1 if m["ago_dir"] == "قبل" else 1
        if sign > 0 and not self._future(m):
            return None  # "أقال ... بريماكوف بعد ثمانية أشهر في المنصب": after a time of the story, not from now
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day to count from"
        if days < 28:  # days and weeks: a day
            return TimeSpan.of_day(pub.start + timedelta(days=sign * round(amount * days))), "relative", None
        if days < 300:  # months: a month
            months = sign * round(amount * days / 30.4375)
            return TimeSpan.of_month(*_shift_month(pub.start.year, pub.start.month, months)), "relative", None
        return TimeSpan.of_year(pub.start.year + sign * round(amount * days / 365.25)), "relative", None  # years, decades

    def _part(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"أواخر الشهر المقبل": the month; "نهاية العام" bare: the year named before, or publication's."""
        unit = self._unit(m["pt_u"])
        if m["pt_shift"]:
            return _relative_unit(unit, _SHIFTS.get(self._shift(m["pt_shift"]) or "", 0), pub)
        if unit == "year" and self._year_before is not None:
            return TimeSpan.of_year(self._year_before), self._year_before_basis, None
        if unit == "month" and self._month_before is not None:
            return TimeSpan.of_month(*self._month_before), "relative", None
        return _relative_unit(unit, 0, pub)

    def _rel(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        unit = self._unit(m["rel_u1"] or m["rel_u2"])
        shift = _SHIFTS.get(self._shift(m["rel_shift"]) or "", 0)
        return _relative_unit(unit, shift, pub)

    def _soon(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        unit = self._unit(m["soon_u1"] or m["soon_u2"])
        found = _relative_unit(unit, 0, pub)
        if found[0] is None:
            return found
        whole = found[0]
        if pub is None or pub.precision != "day":
            return whole, "relative", None
        day = pub.start
        part = (TimeSpan(whole.start, day, "day") if m["soon_dir"] == "سابق"
                else TimeSpan(day, whole.end, "day"))
        return part, "relative", None

    def _vague(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        low, high = self.cal.vague_spans[key(m["vg"])]
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day"
        day = pub.start
        return TimeSpan(day + timedelta(low), day + timedelta(high), "day"), "relative", None

    def _wd(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        if m["wd_today"]:  # "اليوم الجمعة": the publication day, its weekday kept to be checked
            return self._offset(m, pub)
        name = key(m["wd_name"])
        if name in self.cal.ambiguous_weekdays and not m["wd_day"] and not _set_off(m) and _two_not_a_day(m):
            return None
        if pub is None:
            return None, "relative", "no publication date for the weekday"
        if pub.precision != "day":
            return None, "relative", f"publication date {pub.iso()} has no day for the weekday"
        return TimeSpan.of_day(self._weekday(m, self.cal.weekdays[name], m["wd_shift"], pub.start)), "relative", None

    def _weekday(self, m: Any, weekday: int, shift_word: str | None, published: date) -> date:
        """The last such weekday up to publication, or the next one when shifted or in the future."""
        back = (published.isoweekday() - weekday) % 7
        shift = self._shift(shift_word)
        if shift in ("past", "before_last") and back == 0:
            back = 7
        back += 7 if shift == "before_last" else 0
        if shift == "next" or (shift is None and back and self._future(m)):
            return published + timedelta((weekday - published.isoweekday()) % 7 or 7)
        return published - timedelta(back)

    def _wdpair(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"يومي الثلاثاء والأربعاء": the two days, the second placed as a bare weekday is."""
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day for the weekdays"
        first, second = self.cal.weekdays[key(m["wp_a"])], self.cal.weekdays[key(m["wp_b"])]
        last = self._weekday(m, second, None, pub.start)
        return TimeSpan(last - timedelta((second - first) % 7), last, "day"), "relative", None

    def _theday(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        """"وصل في 3 سبتمبر وغادر في اليوم التالي": counted from the day the sentence named before."""
        named = self._day_before or self._earlier_day
        if named is None:
            return None
        shift = self.cal.the_day[key(m["td_adj"])] if m["td_adj"] else 0
        return TimeSpan.of_day(named + timedelta(shift)), "relative", None

    def _offset(self, m: Any, pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
        if pub is None or pub.precision != "day":
            return None, "relative", "needs a publication day"
        offset = self.cal.day_offsets[key(m["off"] or m["wd_today"])]
        return TimeSpan.of_day(pub.start + timedelta(offset)), "relative", None

    # -- helpers --------------------------------------------------------------------------
    def _future(self, m: Any) -> bool:
        """Whether a future verb or marker governs the expression (Calendar.future_governs)."""
        return self.cal.future_governs(m.string, m.start())

    def _shift(self, word: str | None) -> str | None:
        if not word:
            return None
        word = key(word)
        for name in ("past", "before_last", "next", "current"):
            if word in self.cal.words[name]:
                return name
        return None

    def _unit(self, word: str) -> str:
        word = key(word)
        return next(u for u in ("week", "month", "year") if word in self.cal.words[f"unit:{u}"])


def since_span(day: date, amount: float, unit_days: float, qualifier: str) -> TimeSpan:
    """The span in which what has lasted `amount` units by `day` began: "منذ أكثر من 30 شهرا".

    The qualifiers are intervals: above (N, ∞), below [0, N), about N ± 10%; a bare N is N to N+1 units.
    """
    low, high = {"above": (amount, None), "below": (0.0, amount),
                 "about": (amount * 0.9, amount * 1.1)}.get(qualifier, (amount, amount + 1))
    latest = _back(day, low, unit_days)
    earliest = date.min if high is None else _back(day, high, unit_days)
    return TimeSpan(earliest, latest, "day")


def _back(day: date, amount: float, unit_days: float) -> date:
    """`amount` units before `day`: whole months and years on the calendar, the rest in days."""
    months = {30.4375: 1, 365.25: 12, 3652.5: 120}.get(unit_days)
    if months and amount == int(amount):
        year, month = _shift_month(day.year, day.month, -int(amount) * months)
        return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))
    return day - timedelta(days=round(amount * unit_days))


def _hijri(year: int, month: int, day: int | None) -> tuple[TimeSpan | None, Basis, str | None] | None:
    """A Hijri day or month as Gregorian days (Umm al-Qura, with the maintained hijridate)."""
    if not 1 <= month <= 12:
        return None
    try:
        if day is not None:
            g = Hijri(year, month, day).to_gregorian()
            return TimeSpan.of_day(date(g.year, g.month, g.day)), "explicit", None
        first = Hijri(year, month, 1).to_gregorian()
        last = Hijri(year, month, Hijri(year, month, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return TimeSpan(date(first.year, first.month, first.day), date(last.year, last.month, last.day),
                    "day"), "explicit", None


def _day(year: int, month: int, day: int) -> tuple[TimeSpan | None, Basis, str | None] | None:
    return _month_or_days(year, month, day, None, "explicit")


def _month_or_days(year: int, month: int, day: int | None, day2: int | None,
                   basis: Basis) -> tuple[TimeSpan | None, Basis, str | None] | None:
    try:
        if day is None:
            return TimeSpan.of_month(year, month), basis, None
        first = date(year, month, day)
        last = date(year, month, day2) if day2 and day2 > day else first
    except ValueError:
        return _no_such_day(year, month, day, day2, basis)
    return TimeSpan(first, last, "day"), basis, None


def _no_such_day(year: int, month: int, day: int | None, day2: int | None,
                 basis: Basis) -> tuple[TimeSpan | None, Basis, str | None] | None:
    """A day the month lacks ("31 نيسان", "29 شباط 2023"): a date printed, unresolved, not guessed."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    last = _calendar.monthrange(year, month)[1]
    missing = next((d for d in (day, day2) if d is not None and last < d <= 31), None)
    if missing is None:
        return None
    return None, basis, f"{NO_SUCH_DAY} {year:04d}-{month:02d}-{missing:02d}"


def _relative_unit(unit: str, shift: int,
                   pub: TimeSpan | None) -> tuple[TimeSpan | None, Basis, str | None]:
    if pub is None:
        return None, "relative", f"no publication date for a relative {unit}"
    if unit == "year":
        return TimeSpan.of_year(pub.start.year + shift), "relative", None
    if unit == "month":
        if pub.precision == "year":
            return None, "relative", "publication date has only a year"
        return TimeSpan.of_month(*_shift_month(pub.start.year, pub.start.month, shift)), "relative", None
    if pub.precision != "day":
        return None, "relative", f"publication date {pub.iso()} has no day for a relative week"
    monday = pub.start - timedelta(pub.start.weekday()) + timedelta(7 * shift)
    return TimeSpan(monday, monday + timedelta(6), "day"), "relative", None


_MONTH_BEFORE = regex.compile(r"(?<!\p{L})(?:[وف]?في|شهر|منذ|خلال|حتى|بحلول|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|اواسط)\s+$")


def _month_expected(match: Any) -> bool:
    """A month name that is also a word (مارس "practised") is the month after في, منذ, مطلع."""
    return bool(_MONTH_BEFORE.search(match.string, max(0, match.start() - 12), match.start(), timeout=TIMEOUT))


OUT_OF_CALENDAR = "the date falls outside the years 1 to 9999"
NO_SUCH_DAY = "the month has no such day:"
_SHIFTS = {"past": -1, "before_last": -2, "next": 1}  # units moved by a shift word
FUTURE_REACH = 80  # characters before a date where a future verb or marker still governs it
_PAST_BETWEEN = regex.compile(r"(?<!\p{L})[وف]?(?:الذي|التي|الذين|اللذين|اللتين|بعد|قبل|منذ)(?!\p{L})")
_TWO_BEFORE = regex.compile(r"(?<!\p{L})(?:بين|كلا|كلتا|هذين|هاتين)\s+$")
_TWO_AFTER = regex.compile(r"^\s+(?:معا|منهما|منهم|الاخرين|كليهما)(?!\p{L})")


def _two_not_a_day(match: Any) -> bool:
    """Whether الاثنين is "the two" here: "بين الاثنين", "الاثنين معا"; otherwise it is Monday."""
    text: str = match.string
    return bool(_TWO_BEFORE.search(text, 0, match.start(), timeout=TIMEOUT)
                or _TWO_AFTER.match(text[match.end():], timeout=TIMEOUT))


# a feminine ordinal (its ة read as ه), as after a weekday it counts the weekdays of a month
_FEMININE = regex.compile(r"ال\p{L}+ه")
_DATELINE_BEFORE = regex.compile(r"^\s*\p{L}+(?:[\s/]+\p{L}+){0,3}\s*[-–]\s*$")
_DATELINE_AFTER = regex.compile(r"\s*\(")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a date stands between a wire's place and its agency: "لندن - 23 كانون الثاني/يناير (سكاي نيوز عربية) -"."""
    return start < 40 and bool(_DATELINE_BEFORE.search(text, 0, start, timeout=TIMEOUT)
                               and _DATELINE_AFTER.match(text, end, timeout=TIMEOUT))


def _set_off(match: Any) -> bool:
    """A weekday-or-common-word (الاثنين) counts when commas or the sentence end surround it."""
    text = match.string
    before = text[:match.start()].rstrip()
    after = text[match.end():].lstrip()
    return (not before or before[-1] in ",(-") and (not after or after[0] in ",.)-")


_SINCE = regex.compile(r"(?<!\p{L})[وف]?منذ(?!\p{L})")


def _after_since(text: str, position: int) -> bool:
    """Whether منذ stands earlier in the same clause (no comma between): "منذ تنحيه ... في مايو"."""
    clause_start = max(text.rfind(",", 0, position), text.rfind(".", 0, position)) + 1
    return bool(_SINCE.search(text, clause_start, position, timeout=TIMEOUT))
