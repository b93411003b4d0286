"""Real sentences from news the readers were not written on.

Each is quoted whole from the public page named beside it (as stored by the workplace's
search tool). They guard against readers that work only on the seed articles.
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


# dlegal.xyz/archives/7962 prints each date in both calendars: the Hijri reading is
# checked against the Gregorian date on the same line, not against the converter.
GAZETTE = [
    "تاريخ الصدور: 18 محرم 1444هـ -الموافق: 16 أغسطس 2022م",
    "تاريخ النشر: 3 صفر 1444هـ -الموافق: 30 أغسطس 2022م",
]


@pytest.mark.parametrize("line", GAZETTE)
def test_hijri_date_agrees_with_the_gregorian_printed_beside_it(line: str) -> None:
    [extracted] = read(line)
    hijri, gregorian = (d.span.iso() for d in extracted.dates)
    assert hijri == gregorian


def test_numeric_hijri_dates_of_a_saudi_decision() -> None:
    # qanoonsa.com/p/category/قرار-وزاري
    text = ("واستنادا إلى نظام المياه الصادر بقرار مجلس الوزراء رقم (٧١٠) بتاريخ ٩ /١١ /١٤٤١هـ، المصادق عليه "
            "بالمرسوم الملكي رقم (م/١٥٩) بتاريخ ١١ /١١ /١٤٤١هـ")
    [extracted] = read(text)
    assert [(d.text, d.span.iso()) for d in extracted.dates] == [
        ("٩ /١١ /١٤٤١هـ", "2020-06-30"), ("١١ /١١ /١٤٤١هـ", "2020-07-02")]


CASUALTIES = [
    # imlebanon.org/2024/08/04/gaza-62
    ("أعلنت وزارة الصحة في قطاع غزة، اليوم الأحد، أن حصيلة الحرب الإسرائيلية على غزة، المستمرة منذ نحو 10 أشهر، بلغت 39.583 قتيلًا على الأقل.",
     [("نحو 10 أشهر", "about", 9, 11, "month"), ("39.583 قتيلًا على الأقل", "at_least", 39583, None, "killed")]),
    # nidaalwatan.com/article/264850
    ("أعلنت وزارة الصحة التابعة لحماس الثلاثاء ارتفاع الحصيلة في قطاع غزة إلى 32414 قتيلاً و74787 جريحاً، منذ بدء الحرب بين إسرائيل والحركة في السابع من تشرين الأول.",
     [("32414 قتيلاً", "exact", 32414, 32414, "killed"), ("74787 جريحاً", "exact", 74787, 74787, "wounded")]),
    # marrakech7.com (ارتفاع حصيلة العدوان الإسرائيلي على قطاع غزة إلى 34971 قتيلا)
    ("ارتفعت حصيلة القتلى بسبب العدوان الإسرائيلي على قطاع غزة منذ السابع من أكتوبر المنصرم إلى نحو 35 ألف قتيل.",
     [("نحو 35 ألف قتيل", "about", 35000 * 0.98, 35000 * 1.02, "killed")]),
    # alnahar.ma/51387.html
    ("أعلنت وزارة الصحة التابعة لحركة حماس في غزة، اليوم السبت، أن 43.799 شخصا على الأقل قتلوا في الحرب الإسرائيلية على القطاع.",
     [("43.799 شخصا على الأقل", "at_least", 43799, None, "person")]),
    # km-pal.net/print.php?id=7601
    ("وأشارت الوزارة إلى أن حصيلة المصابين منذ بدء الأحداث في الثالث من تشرين الأول/ أكتوبر تجاوزت الـ13540 مصاب، من بينهم أكثر من 4810 مواطن أصيبوا بالرصاص الحي، بالإضافة إلى إصابات أخرى في الرصاص المعدني المغلف بالمطاط والكسور نتيجة الضرب المبرح والحروق.",
     [("تجاوزت الـ13540 مصاب", "above", 13540, None, "wounded"), ("أكثر من 4810 مواطن", "above", 4810, None, "person")]),
    # yaqeenonline.net (أكثر من 113 ألف شهيد وجريح في غزة)
    ("وأكدت مصادر حكومية فلسطينية أن عدد الشهداء بلغ 34844 شهيداً وأكثر من 78404 مصابا، في حصيلة غير نهائية، إذ لا يزال الآلاف من الضحايا تحت الركام وفي الطرقات ولا تستطيع طواقم الإسعاف والدفاع المدني الوصول إليهم.",
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
    # dotalkhalij.com/world/amp/29979345
    [explicit] = read("ارتفعت حصيلة الشهداء في قطاع غزة إلى 70365 شهيدًا، أغلبيتهم من الأطفال والنساء، منذ بدء "
                      "عدوان الاحتلال الإسرائيلي في السابع من تشرين الأول 2023، بحسب ما أعلنت وزارة الصحة "
                      "الفلسطينية في غزة، في بيان صحفي الاثنين.")
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
