"""Sentences in the style of the Arabic wires, on news the readers were not written on.

We wrote each one ourselves, in our own words, carrying the facts (dates, figures, names,
the way the figure is qualified) that the public page named beside it establishes; no
sentence is copied from the page. They guard against readers that work only on the seed
articles.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import Article
from factcheck.engine import evaluate, extract_all, index_of, load_ruleset
from factcheck.text.dates import TimeSpan

RULESET = load_ruleset(None)


def read(text: str, published: str | None = None, article_id: str = "a") -> list:
    article = Article(article_id, article_id, text, TimeSpan.parse(published) if published else None)
    return extract_all([article], RULESET.kb)


# Written by us from dlegal.xyz/archives/7962, which gives the decision's dates in both
# calendars: the Hijri reading is checked against the Gregorian date beside it, not
# against the converter.
GAZETTE = [
    "وكان القرار قد صدر في 18 محرم 1444هـ، الموافق 16 أغسطس 2022م.",
    "ونشر القرار في الجريدة الرسمية في 3 صفر 1444هـ، الموافق 30 أغسطس 2022م.",
]


@pytest.mark.parametrize("line", GAZETTE)
def test_hijri_date_agrees_with_the_gregorian_printed_beside_it(line: str) -> None:
    [extracted] = read(line)
    hijri, gregorian = (d.span.iso() for d in extracted.dates)
    assert hijri == gregorian


def test_numeric_hijri_dates_of_a_saudi_decision() -> None:
    # Written by us from qanoonsa.com/p/category/قرار-وزاري (the dates as the page prints them)
    text = ("وكان مجلس الوزراء قد أقر نظام المياه بقراره رقم (٧١٠) بتاريخ ٩ /١١ /١٤٤١هـ، ثم صودق عليه "
            "بالمرسوم الملكي رقم (م/١٥٩) بتاريخ ١١ /١١ /١٤٤١هـ.")
    [extracted] = read(text)
    assert [(d.text, d.span.iso()) for d in extracted.dates] == [
        ("٩ /١١ /١٤٤١هـ", "2020-06-30"), ("١١ /١١ /١٤٤١هـ", "2020-07-02")]


CASUALTIES = [
    # Each sentence written by us from the page named above it: its figures, their
    # qualifiers and dates as the page states them, in our own wording.
    # imlebanon.org/2024/08/04/gaza-62
    ("ذكرت وزارة الصحة في قطاع غزة، اليوم الأحد، أن الحرب الإسرائيلية المتواصلة منذ نحو 10 أشهر خلّفت 39.583 قتيلًا على الأقل.",
     [("نحو 10 أشهر", "about", 9, 11, "month"), ("39.583 قتيلًا على الأقل", "at_least", 39583, None, "killed")]),
    # nidaalwatan.com/article/264850
    ("وأفادت وزارة الصحة التابعة لحماس، الثلاثاء، بأن قطاع غزة أحصى 32414 قتيلاً و74787 جريحاً منذ اندلاع الحرب بين الحركة وإسرائيل في السابع من تشرين الأول.",
     [("32414 قتيلاً", "exact", 32414, 32414, "killed"), ("74787 جريحاً", "exact", 74787, 74787, "wounded")]),
    # marrakech7.com (ارتفاع حصيلة العدوان الإسرائيلي على قطاع غزة إلى 34971 قتيلا)
    ("وبلغ عدد القتلى في قطاع غزة نحو 35 ألف قتيل منذ أن بدأ العدوان الإسرائيلي على القطاع في السابع من أكتوبر المنصرم.",
     [("نحو 35 ألف قتيل", "about", 35000 * 0.98, 35000 * 1.02, "killed")]),
    # alnahar.ma/51387.html
    ("لقي 43.799 شخصا على الأقل حتفهم في الحرب الإسرائيلية على قطاع غزة، وفق ما أعلنته وزارة الصحة التابعة لحركة حماس اليوم السبت.",
     [("43.799 شخصا على الأقل", "at_least", 43799, None, "killed")]),  # people who died count the dead
    # km-pal.net/print.php?id=7601
    ("وأوضحت الوزارة أن أعداد المصابين منذ اندلاع الأحداث في الثالث من تشرين الأول/ أكتوبر تجاوزت الـ13540 مصاب، أصيب أكثر من 4810 مواطن منهم بالرصاص الحي، فيما أصيب آخرون برصاص معدني مغلف بالمطاط، أو بكسور جراء الضرب المبرح، أو بحروق.",
     # citizens said to be wounded (أصيب right before the figure) count the wounded
     [("تجاوزت الـ13540 مصاب", "above", 13540, None, "wounded"), ("أكثر من 4810 مواطن", "above", 4810, None, "wounded")]),
    # yaqeenonline.net (أكثر من 113 ألف شهيد وجريح في غزة)
    ("وفي حصيلة غير نهائية، أحصت مصادر حكومية فلسطينية 34844 شهيداً وأكثر من 78404 مصابا، مشيرة إلى أن آلاف الضحايا ما زالوا تحت الأنقاض وفي الشوارع بعيدا عن متناول طواقم الإسعاف والدفاع المدني.",
     [("34844 شهيداً", "exact", 34844, 34844, "killed"), ("أكثر من 78404 مصابا", "above", 78404, None, "wounded")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASUALTIES, ids=[c[1][0][0] for c in CASUALTIES])
def test_casualty_figures(sentence: str, expected: list) -> None:
    [extracted] = read(sentence, "2024-03-26")
    found = [(f.value["text"], f.value["qualifier"], f.value["low"], f.value["high"], f.value["unit"])
             for f in extracted.facts if f.predicate == "quantity"]
    assert [(t, q, pytest.approx(lo), pytest.approx(hi) if hi else None, u) for t, q, lo, hi, u in expected] == found


def test_ordinal_day_dates_of_the_casualty_reports() -> None:
    [extracted] = read(CASUALTIES[1][0] + " " + CASUALTIES[2][0], "2024-03-26")
    assert [(d.text, d.span.iso()) for d in extracted.dates if d.form == "ordday"] == [
        ("السابع من تشرين الأول", "2023-10-07"), ("السابع من أكتوبر المنصرم", "2023-10-07")]
    # Written by us from dotalkhalij.com/world/amp/29979345; "الاثنين" with no publication
    # date has no span, so only the ordinal day with its year is dated.
    [explicit] = read("قالت وزارة الصحة الفلسطينية في غزة، في بيان صحفي الاثنين، إن 70365 شهيدًا سقطوا في "
                      "القطاع منذ بدء العدوان الإسرائيلي في السابع من تشرين الأول 2023، معظمهم من "
                      "الأطفال والنساء.")
    assert [d.span.iso() for d in explicit.dates if d.span] == ["2023-10-07"]


def test_real_casualty_reports_agree_in_time_and_a_redated_one_does_not() -> None:
    """The Gaza death toll only grows: March's 32,414 and August's 39,583 agree; March's figure
    dated after August's is a later, smaller figure."""
    rule = next(r for r in RULESET.rules if r.kind == "quantity_agreement")

    def findings(march: str) -> list:
        articles = [Article("march", "march", CASUALTIES[1][0], TimeSpan.parse(march)),
                    Article("august", "august", CASUALTIES[0][0], TimeSpan.parse("2024-08-04"))]
        return evaluate([rule], index_of(extract_all(articles, RULESET.kb)), RULESET.kb)

    assert findings("2024-03-26") == []
    [finding] = findings("2024-09-01")
    assert finding.subject.id == "measure:gaza-war-killed" and "later, yet smaller" in finding.explanation
