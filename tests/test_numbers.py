"""The number and quantity readers on real phrasings, each with the interval it must give.

Phrasings come from the corpus (marked «corpus») and from the forms Arabic news uses
for counts, as listed in issue 4. An interval is (low, high) with None for ∞; the
tolerance for "about" and round numbers is 10% here, as in the default lexicon.
"""

from __future__ import annotations

import pytest

from factcheck.engine import load_ruleset
from factcheck.text.normalize import fold
from factcheck.text.quantities import QuantityReader

KB = load_ruleset(None).kb
READER = QuantityReader(KB.numbers, KB.quantity_words)

QUANTITIES = [
    # «corpus»
    ("بإرسال أكثر من 10 آلاف جندي لمساعدة روسيا", "above", "soldier", 10000, None),
    ("لتوظيف ما بين 20 ألفا و50 ألف عامل كوري شمالي", "range", "worker", 20000, 50000),
    ("الحرب المستمرة منذ أكثر من 30 شهرا في اوكرانيا", "above", "month", 30, None),
    ("حوالي 30 حدثًا تدريبيًا ميدانيًا", "about", "event", 27, 33),
    ("التي استمرت لمدة 11 يومًا", "exact", "day", 11, 11),
    ("لم يزر كوريا الشمالية إلا مرة واحدة", "exact", "time", 1, 1),
    # digits, separators, Eastern digits
    ("أرسلت 10,000 جندي", "estimate", "soldier", 9000, 11000),
    ("أرسلت 10.000 جندي", "estimate", "soldier", 9000, 11000),
    ("أرسلت ١٠٬٠٠٠ جندي", "estimate", "soldier", 9000, 11000),
    ("نشر ١٢ ألف جندي", "estimate", "soldier", 10800, 13200),
    ("قتل 37 جنديا", "exact", "killed", 37, 37),  # soldiers said to be killed count the dead
    ("أطلقت 3 صواريخ", "exact", "missile", 3, 3),
    ("أطلقت ٣ صواريخ باليستية", "exact", "missile", 3, 3),
    ("سقط 1,250 قتيلا", "exact", "killed", 1250, 1250),
    ("مساعدات بقيمة 2.5 مليون دولار", "estimate", "dollar", 2250000, 2750000),
    # scale words in all their forms
    ("نحو 11 ألف جندي", "about", "soldier", 9900, 12100),
    ("نحو ألف جندي", "about", "soldier", 900, 1100),
    ("أكثر من ثلاثة آلاف جندي", "above", "soldier", 3000, None),
    ("قرابة عشرين ألفا من الجنود", "about", "soldier", 18000, 22000),
    ("نحو ألفي جندي", "about", "soldier", 1800, 2200),
    ("نحو ألفين من الجنود", "about", "soldier", 1800, 2200),
    ("مليون دولار", "estimate", "dollar", 900000, 1100000),
    ("أكثر من مليار دولار", "above", "dollar", 1e9, None),
    ("ثلاثة ملايين دولار", "estimate", "dollar", 2700000, 3300000),
    ("عشرة آلاف جندي", "estimate", "soldier", 9000, 11000),
    ("خمسين ألف عامل", "estimate", "worker", 45000, 55000),
    ("مئتي جندي", "estimate", "soldier", 180, 220),
    # written numbers
    ("ثلاثين شهرا", "estimate", "month", 27, 33),
    ("ثلاثة أيام", "exact", "day", 3, 3),
    ("خمسة عشر يوما", "exact", "day", 15, 15),
    ("أحد عشر يوما", "exact", "day", 11, 11),
    ("خمسة وعشرين صاروخا", "exact", "missile", 25, 25),
    ("مئة وخمسين قتيلا", "estimate", "killed", 135, 165),
    ("سبعة صواريخ", "exact", "missile", 7, 7),
    # duals
    ("لمدة يومين", "exact", "day", 2, 2),
    ("منذ شهرين", "exact", "month", 2, 2),
    ("أطلقت صاروخين", "exact", "missile", 2, 2),
    ("زار مرتين", "exact", "time", 2, 2),
    ("منذ عامين", "exact", "year", 2, 2),
    # vague amounts
    ("بضعة آلاف من الجنود", "vague", "soldier", 3000, 9000),
    ("عشرات الجنود", "vague", "soldier", 20, 99),
    ("عشرات الآلاف من الجنود", "vague", "soldier", 20000, 99000),
    ("مئات العمال", "vague", "worker", 200, 999),
    ("آلاف الجنود", "vague", "soldier", 2000, 9999),
    ("بضعة أيام", "vague", "day", 3, 9),
    # qualifiers
    ("ما يزيد على 10 آلاف جندي", "above", "soldier", 10000, None),
    ("أقل من 100 جندي", "below", "soldier", 0, 100),
    ("دون 50 قتيلا", "below", "killed", 0, 50),
    ("زهاء 40 صاروخا", "about", "missile", 36, 44),
    ("قرابة 30 يوما", "about", "day", 27, 33),
    ("ما لا يقل عن 100 قتيل", "at_least", "killed", 100, None),
    ("حتى 12 ألف جندي", "up_to", "soldier", 0, 12000),
    ("ما يصل إلى 12 ألف جندي", "up_to", "soldier", 0, 12000),
    ("من 20 إلى 30 صاروخا", "range", "missile", 20, 30),
    ("بين 10 و12 ألف جندي", "range", "soldier", 10000, 12000),
    ("ما بين 3 و5 أيام", "range", "day", 3, 5),
    # fractions and percentages
    ("نصف مليون دولار", "estimate", "dollar", 450000, 550000),
    ("ربع مليون جندي", "estimate", "soldier", 225000, 275000),
    ("40 في المئة", "estimate", "percent", 36, 44),
    ("نحو 40% من العمال", "about", "percent", 36, 44),
    ("75 بالمئة", "exact", "percent", 75, 75),
    # a figure after a preposition, a compound across و, an entry of two words, one after its noun
    ("دفعت بـ3 آلاف جندي إضافي", "estimate", "soldier", 2700, 3300),
    ("دفعت ب٣ آلاف جندي", "estimate", "soldier", 2700, 3300),
    ("لـ500 عامل", "estimate", "worker", 450, 550),
    ("زودتها بعشرات الصواريخ", "vague", "missile", 20, 99),
    ("إبقاء 28 ألفا و500 جندي", "exact", "soldier", 28500, 28500),
    ("نحو مليون و50 ألف جندي", "about", "soldier", 945000, 1155000),
    ("3 ملايين و200 ألف دولار", "estimate", "dollar", 2880000, 3520000),
    ("ما بين 10 آلاف و12 ألف جندي", "range", "soldier", 10000, 12000),  # two figures after بين: no compound
    ("ما بين عشرة و12 ألف جندي", "range", "soldier", 10000, 12000),
    ("تستمر اثني عشر يوما", "exact", "day", 12, 12),
    ("اثنتا عشرة سنة", "exact", "year", 12, 12),
    ("تتسع لأكثر من 3 ملايين قذيفة مدفعية", "above", "shell", 3000000, None),
    ("مدد لعام واحد", "exact", "year", 1, 1),
    # killed or wounded by the verb before or after its noun
    ("قصف أصاب 43 مدنيا", "exact", "wounded", 43, 43),
    ("هجوم أودى بحياة 25 شخصا", "exact", "killed", 25, 25),
    ("أن 913 مدنيا، بينهم 41 طفلا، قتلوا في القصف", "exact", "killed", 913, 913),
    ("قتلت القوات أو أصابت المئات منهم", None, None, None, None),  # no noun: the casualties, read in context
    # not quantities: dates, ordinals, numbers without a unit
    ("السبت 30 نوفمبر 2024", None, None, None, None),
    ("يومي 19 و20 يونيو/حزيران", None, None, None, None),
    ("الذكرى الخامسة والسبعين لتأسيس العلاقات", None, None, None, None),
    ("في عام 2019", None, None, None, None),
    # a thousands scale again after و opens another number: a range, not 4,000
    ("ما بين ألف وثلاثة آلاف جندي", "range", "soldier", 1000, 3000),
    ("ثلاثة آلاف وخمسمئة جندي", "estimate", "soldier", 3150, 3850),
    ("مئتين وخمسين ألف قذيفة مدفعية", "estimate", "shell", 225000, 275000),
    ("مئات الآلاف من قذائف المدفعية", "vague", "shell", 200000, 999000),
    # a scale alone before its noun is its dual, ن dropped in the construct (after a number, the scale)
    ("وأعيد ألفا جريح إلى بلادهم", "estimate", "wounded", 1800, 2200),
    ("وأرسلت 15 ألفا من الجنود", "estimate", "soldier", 13500, 16500),
    # the strength between the verb and إلى: at most
    ("لواءين يصل قوام كل منهما إلى 6 آلاف جندي", "up_to", "soldier", 0, 6000),
]


@pytest.mark.parametrize(("phrase", "qualifier", "unit", "low", "high"), QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantity(phrase: str, qualifier: str | None, unit: str | None, low: float | None, high: float | None) -> None:
    found = READER.read(fold(phrase))
    if qualifier is None:
        assert found == []
        return
    [quantity] = found
    interval = quantity.interval(0.1)
    shown = "estimate" if quantity.qualifier == "exact" and interval.low != interval.high else quantity.qualifier
    assert (shown, quantity.unit) == (qualifier, unit)
    assert interval.low == pytest.approx(low) and (interval.high == pytest.approx(high) if high else interval.high is None)


def test_at_least_sixty_phrasings() -> None:
    assert len(QUANTITIES) >= 60


@pytest.mark.parametrize(("words", "value"), [("الخامسة والسبعين", 75), ("السبعين", 70), ("المئة", 100),
                                             ("الحادية والعشرين", 21), ("العاشرة", 10), ("الـ70", 70)])
def test_ordinals(words: str, value: int) -> None:
    [number] = KB.numbers.read(fold(words))
    assert number.value == value and (number.ordinal or number.article)
