"""The arrival reader on (sentence, publication day, arrivals) tables: who, where, which day.

Every sentence is written by us in the style of the wires, carrying the facts of the page
beside it.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import Article
from factcheck.engine import load_ruleset
from factcheck.extract import Extractor, extraction_json
from factcheck.schemas import validate_json
from factcheck.text.dates import TimeSpan

EXTRACTOR = Extractor(load_ruleset(None).kb)

XI_MOSCOW = "https://www.herald.co.zw/xi-arrives-in-moscow-for-state-visit-to-russia/"
XI_PYONGYANG = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=146022"
PUTIN_PYONGYANG = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186145"
PUTIN_HANOI = "https://www.deccanherald.com/world/russian-president-putin-arrives-in-vietnam-for-state-visit-3073443"
CHOE_VLADIVOSTOK = "https://tass.com/politics/1864565"
KIM_RUSSIA = "https://sputnikglobe.com/20230912/north-korean-leader-kim-jong-un-arrives-in-russia---video-1113311541.html"
# arrived 25 July 2023; met Kim on the 26th (http://www.kcna.kp/en/article/q/aa41568334781eb1afd7508a4a5ed883.kcmsf)
SHOIGU_PYONGYANG = "https://www.koreatimesus.com/defense-chiefs-of-n-korea-russia-hold-talks-in-pyongyang-tass/"
BELOUSOV_PYONGYANG = ("https://www.newindianexpress.com/world/2024/Nov/29/russian-defence-minister-visits-north-korea-"
                      "for-talks-with-military-political-leaders-2")
LAVROV_WONSAN = "http://en.people.cn/n3/2025/0712/c90000-20339432.html"
BIDEN_KYIV = "https://www.khaleejtimes.com/world/europe/us-president-joe-biden-makes-unannounced-visit-to-kyiv-reports"

ARRIVALS = [
    # (source, published, sentence, [(person, place, date)])
    (XI_MOSCOW, "2023-03-20", "وصل الرئيس الصيني شي جينبينغ اليوم الاثنين إلى العاصمة الروسية موسكو في زيارة دولة.",
     [("person:xi-jinping", "place:moscow", "2023-03-20")]),
    (XI_MOSCOW, "2023-03-21", "وقال الكرملين إن الرئيس الصيني شي جينبينغ وصل أمس إلى موسكو.",
     [("person:xi-jinping", "place:moscow", "2023-03-20")]),
    (XI_PYONGYANG, "2019-06-22", "واستقبل كيم جونغ أون الرئيس الصيني شي جينبينغ لدى وصوله إلى بيونغ يانغ الخميس.",
     [("person:xi-jinping", "place:pyongyang", "2019-06-20")]),
    (XI_PYONGYANG, "2019-06-21", "وجاء وصول الرئيس الصيني شي جينبينغ إلى بيونغ يانغ أمس بعد 14 عاما على آخر زيارة لرئيس صيني.",
     [("person:xi-jinping", "place:pyongyang", "2019-06-20")]),
    (PUTIN_PYONGYANG, "2024-06-19", "حطت طائرة الرئيس الروسي فلاديمير بوتين في مطار بيونغ يانغ فجر اليوم.",
     [("person:vladimir-putin", "place:pyongyang", "2024-06-19")]),
    (PUTIN_PYONGYANG, "2024-06-20", "وكان الزعيم كيم جونغ أون في انتظار بوتين حين حطت طائرته في بيونغ يانغ فجر أمس.",
     [("person:vladimir-putin", "place:pyongyang", "2024-06-19")]),
    (CHOE_VLADIVOSTOK, "2024-10-30", "وصلت وزيرة الخارجية الكورية الشمالية تشوي سون هوي إلى فلاديفوستوك مساء أمس.",
     [("person:choe-son-hui", "place:vladivostok", "2024-10-29")]),
    (KIM_RUSSIA, "2023-09-12", "بدأ الزعيم الكوري الشمالي كيم جونغ أون اليوم الثلاثاء زيارة إلى روسيا على متن قطاره.",
     [("person:kim-jong-un", "country:ru", "2023-09-12")]),
    (BIDEN_KYIV, "2023-02-21", "وكان بايدن، الذي وصل إلى كييف أمس، قد غادرها بالقطار إلى بولندا.",
     [("person:joe-biden", "place:kyiv", "2023-02-20")]),
    # the capital named by its country: the adjective, or the country in the genitive
    (XI_MOSCOW, "2023-03-21", "وكان الرئيس الصيني شي جينبينغ قد وصل أمس إلى العاصمة الروسية في أول زيارة منذ إعادة انتخابه.",
     [("person:xi-jinping", "place:moscow", "2023-03-20")]),
    (PUTIN_PYONGYANG, "2024-06-19", "حطت طائرة الرئيس الروسي فلاديمير بوتين في مطار عاصمة كوريا الشمالية فجر اليوم.",
     [("person:vladimir-putin", "place:pyongyang", "2024-06-19")]),
    (XI_PYONGYANG, "2019-06-20", "وصل الرئيس الصيني شي جينبينغ اليوم الخميس إلى العاصمة الكورية الشمالية بيونغ يانغ.",
     [("person:xi-jinping", "place:pyongyang", "2019-06-20")]),
    # a capital the knowledge base does not know, or no country to say whose: no place
    (PUTIN_HANOI, "2024-06-20", "وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الفيتنامية فجر الخميس.", []),
    (PUTIN_HANOI, "2024-06-20", "وصل الرئيس الروسي فلاديمير بوتين إلى العاصمة فجر الخميس.", []),
    # a verb after a conjunction, nobody named after it: the main clause's subject, named first
    (SHOIGU_PYONGYANG, "2023-07-26",
     "عقد وزير الدفاع الروسي سيرغي شويغو اليوم الأربعاء اجتماعا مع الزعيم كيم جونغ أون، بعد أن وصل إلى بيونغ يانغ أمس "
     "على رأس وفد عسكري.", [("person:sergei-shoigu", "place:pyongyang", "2023-07-25")]),
    (BELOUSOV_PYONGYANG, "2024-11-29",
     "أجرى وزير الدفاع الروسي أندريه بيلوسوف محادثات مع نظيره الكوري الشمالي نو كوانغ تشول، بعدما وصل إلى العاصمة "
     "الكورية الشمالية اليوم الجمعة.", [("person:andrei-belousov", "place:pyongyang", "2024-11-29")]),
    # ... but a person named after the verb is who arrived
    (KIM_RUSSIA, "2023-09-13", "واستقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة "
     "فوستوشني الفضائية، بعدما وصل كيم إلى روسيا أمس على متن قطاره.", [("person:kim-jong-un", "country:ru", "2023-09-12")]),
    # a relative clause set off by commas after the person: place and date are said past it,
    # and its own date and people are not the arrival's
    (LAVROV_WONSAN, "2025-07-11", "وصل وزير الخارجية الروسي سيرغي لافروف، الذي كان قد زار بيونغ يانغ في أكتوبر 2023، "
     "مساء اليوم الجمعة إلى مدينة وونسان.", [("person:sergei-lavrov", "place:wonsan", "2025-07-11")]),
    (LAVROV_WONSAN, "2025-07-11", "ووصل لافروف، الذي سبق أن التقى الزعيم كيم جونغ أون في بيونغ يانغ، اليوم الجمعة "
     "إلى وونسان قادما من كوالالمبور.", [("person:sergei-lavrov", "place:wonsan", "2025-07-11")]),
    (BELOUSOV_PYONGYANG, "2024-11-29", "وصل وزير الدفاع الروسي أندريه بيلوسوف، الذي تولى منصبه في مايو الماضي، إلى "
     "بيونغ يانغ اليوم الجمعة.", [("person:andrei-belousov", "place:pyongyang", "2024-11-29")]),
    # a relative clause about a noun the knowledge base cannot name: not the person before it
    ("https://www.newindianexpress.com/world/2024/Nov/29/russian-defence-minister-visits-north-korea-for-talks-with-"
     "military-political-leaders-2", "2024-11-30",
     "واستقبل كيم جونغ أون وزير الدفاع الروسي، الذي وصل إلى بيونغ يانغ أمس، في مقر اللجنة المركزية.", []),
    # no arrival that happened: the imperfect, a plan, a date after publication
    (XI_MOSCOW, "2023-03-19", "يصل الرئيس الصيني شي جينبينغ غدا الاثنين إلى موسكو في زيارة دولة تستمر ثلاثة أيام.", []),
    (XI_MOSCOW, "2023-03-19", "ومن المقرر وصول الرئيس الصيني شي جينبينغ إلى موسكو الاثنين.", []),
    # a plan for the publication day itself: only the plan word tells it from an arrival
    (XI_MOSCOW, "2023-03-20", "ومن المقرر وصول الرئيس الصيني شي جينبينغ إلى موسكو اليوم الاثنين.", []),
    (PUTIN_PYONGYANG, "2024-06-17", "وسيكون كيم جونغ أون في استقبال بوتين لدى وصوله إلى بيونغ يانغ غدا.", []),
    # where the person came from, or a date that is the visit's, is no arrival's
    (PUTIN_HANOI, "2024-06-20", "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي فجر الخميس قادما من بيونغ يانغ.", []),
    (PUTIN_HANOI, "2024-06-20", "وصل بوتين إلى هانوي في ختام جولة آسيوية عائدا بعدها إلى موسكو الخميس.", []),
    (XI_MOSCOW, "2023-03-20", "وصل شي جينبينغ إلى موسكو في زيارة دولة تستمر حتى الأربعاء.", []),
]


@pytest.mark.parametrize(("source", "published", "sentence", "expected"), ARRIVALS)
def test_arrivals(source: str, published: str, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    article = Article("a", source, sentence, TimeSpan.parse(published))
    found = [(f.subject.id, f.value["place"], f.value["date"])
             for f in EXTRACTOR.extract(article).facts if f.predicate == "arrival"]
    assert found == expected


def test_no_publication_day_no_arrival() -> None:
    # the date is explicit, so only the missing publication day can drop it
    article = Article("a", XI_MOSCOW, "وصل الرئيس الصيني شي جينبينغ إلى موسكو في 20 مارس 2023.", None)
    assert [f for f in EXTRACTOR.extract(article).facts if f.predicate == "arrival"] == []


def test_night_arrival_is_marked() -> None:
    article = Article("a", PUTIN_PYONGYANG, "حطت طائرة الرئيس الروسي فلاديمير بوتين في مطار بيونغ يانغ فجر اليوم.",
                      TimeSpan.parse("2024-06-19"))
    assert [f.value["night"] for f in EXTRACTOR.extract(article).facts if f.predicate == "arrival"] == [True]


def test_arrival_facts_follow_the_extract_contract() -> None:
    article = Article("a", XI_MOSCOW, "وصل الرئيس الصيني شي جينبينغ اليوم الاثنين إلى موسكو.", TimeSpan.parse("2023-03-20"))
    extracted = EXTRACTOR.extract(article)
    assert any(f.predicate == "arrival" for f in extracted.facts)
    assert validate_json(extraction_json([extracted], [], "test"), "facts") == []
