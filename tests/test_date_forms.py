"""Date forms of the Arabic wires, one class a test, on sentences we write.

Each row is (sentence, publication day, [(words, value)]): every date expression the
sentence holds, resolved. The facts are those of the dev set's pages
(benchmarks/accuracy/dates.yaml); the sentences here are written apart from it.
"""

from __future__ import annotations

import pytest

from factcheck.engine import load_ruleset
from factcheck.text.dates import DateReader, TimeSpan
from factcheck.text.normalize import normalize

KB = load_ruleset(None).kb
READER = DateReader(KB.calendar, KB.numbers)


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.span.iso() if d.span else None) for d in READER.read(normalize(text), TimeSpan.parse(published))]


FORMS = {
    "a weekday printed before a Hijri, an ordinal-day or a d/m/y date is one expression": [
        ("صدر العدد الخميس 14 ذو الحجة 1445هـ في الرياض.", "2024-06-20", [("الخميس 14 ذو الحجة 1445هـ", "2024-06-20")]),
        ("وقع الحادث الجمعة الرابع من يوليو 2025 قرب الحدود.", "2025-07-06", [("الجمعة الرابع من يوليو 2025", "2025-07-04")]),
        ("اجتمع المجلس يوم الأحد 6/7/2025 في جلسة طارئة.", "2025-07-07", [("يوم الأحد 6/7/2025", "2025-07-06")]),
    ],
    # https://en.wikipedia.org/wiki/Hwasong-14 (launched Tuesday 4 July 2017), the treaty's page (19 June 2024)
    "a weekday set off by a comma before its date is apposed to it: its own expression, the same day": [
        ("أطلقت كوريا الشمالية الثلاثاء، الرابع من يوليو، صاروخا عابرا للقارات.", "2017-07-05",
         [("الثلاثاء", "2017-07-04"), ("الرابع من يوليو", "2017-07-04")]),
        ("ووقع الزعيمان المعاهدة الأربعاء، 19 يونيو 2024، في بيونغ يانغ.", "2024-06-21",
         [("الأربعاء", "2024-06-19"), ("19 يونيو 2024", "2024-06-19")]),
        ("صدر العدد الخميس، 14 ذو الحجة 1445هـ، في الرياض.", "2024-06-20",
         [("الخميس", "2024-06-20"), ("14 ذو الحجة 1445هـ", "2024-06-20")]),
    ],
    "a relative day with its weekday": [
        ("وصل الوفد إلى موسكو أمس الثلاثاء في زيارة رسمية.", "2025-06-25", [("أمس الثلاثاء", "2025-06-24")]),
        ("يلتقي الوزيران غدا الخميس في بكين.", "2025-06-25", [("غدا الخميس", "2025-06-26")]),
        ("وكان قد وصل أول أمس الأحد إلى المدينة.", "2025-06-24", [("أول أمس الأحد", "2025-06-22")]),
    ],
    # http://www.koreatimesus.com/defense-chiefs-of-n-korea-russia-hold-talks-in-pyongyang-tass/ (Shoigu in
    # Pyongyang from Tuesday 25 July 2023), https://koreajoongangdaily.joins.com/news/2025-09-04/national/northKorea/
    # North-Korean-and-Chinese-leaders-hold-first-official-talks-in-6-years/2391846 (Kim in Beijing on Tuesday
    # 2 September, the parade on the 3rd, talks with Xi on the 4th)
    "days before yesterday and after tomorrow, last night, tomorrow after يوم": [
        ("وصل وزير الدفاع الروسي سيرغي شويغو إلى بيونغ يانغ أمس الأول.", "2023-07-27", [("أمس الأول", "2023-07-25")]),
        ("ووصل كيم جونغ أون إلى بكين أول من أمس الثلاثاء على متن قطاره.", "2025-09-04",
         [("أول من أمس الثلاثاء", "2025-09-02")]),
        ("وشوهد قطار الزعيم الكوري الشمالي يعبر الحدود الليلة الماضية.", "2025-09-02", [("الليلة الماضية", "2025-09-01")]),
        ("ويحضر كيم العرض العسكري في ساحة تيان آن مين بعد غد.", "2025-09-01", [("بعد غد", "2025-09-03")]),
        ("ويجري الرئيس الصيني محادثات مع ضيفه الكوري الشمالي يوم غد.", "2025-09-03", [("غد", "2025-09-04")]),
    ],
    # the Korea JoongAng Daily page above (Kim in Beijing from 2 September 2025, the parade on the 3rd);
    # https://en.wikipedia.org/wiki/Hwasong-14 (4 July 2017)
    "a day of a month named by its place: this, last, next, the same month": [
        ("ويحضر كيم جونغ أون العرض العسكري في الثالث من الشهر الجاري.", "2025-09-01",
         [("الثالث من الشهر الجاري", "2025-09-03")]),
        ("وكان كيم قد وصل إلى بكين في الثاني من الشهر الماضي.", "2025-10-05", [("الثاني من الشهر الماضي", "2025-09-02")]),
        ("ووصل كيم إلى بكين في 2 سبتمبر، وأجرى محادثات مع شي في 4 من الشهر نفسه.", "2025-09-10",
         [("2 سبتمبر", "2025-09-02"), ("4 من الشهر نفسه", "2025-09-04")]),
        ("ويقام العرض في الـ3 من الشهر المقبل.", "2025-08-28", [("الـ3 من الشهر المقبل", "2025-09-03")]),
        ("وأطلقت بيونغ يانغ الصاروخ في الرابع من هذا الشهر.", "2017-07-05", [("الرابع من هذا الشهر", "2017-07-04")]),
        ("وأطلقت بيونغ يانغ الصاروخ في الـ4 من يوليو.", "2017-07-05", [("الـ4 من يوليو", "2017-07-04")]),
    ],
    "an ordinal after a noun it describes is no day": [
        ("وأطلقت بيونغ يانغ الصاروخ في الأسبوع الأول من يوليو.", "2017-07-20", [("يوليو", "2017-07")]),
    ],
    "before last: two weeks, months or years back": [
        ("وكان شويغو قد وصل إلى بيونغ يانغ الثلاثاء قبل الماضي.", "2023-08-03", [("الثلاثاء قبل الماضي", "2023-07-25")]),
        ("وزار شويغو بيونغ يانغ في يوليو من العام قبل الماضي.", "2025-03-01", [("يوليو من العام قبل الماضي", "2023-07")]),
        ("وتعود زيارة شويغو إلى الشهر قبل الماضي.", "2023-09-10", [("الشهر قبل الماضي", "2023-07")]),
    ],
    "الاثنين is Monday unless it is the two": [
        ("أعلن الكرملين الاثنين أن بوتين سيزور المنطقة.", "2025-06-25", [("الاثنين", "2025-06-23")]),
        ("ووقع الاتفاق بين الاثنين بعد مفاوضات طويلة.", "2025-06-25", []),
        ("وصافح الاثنين معا الحاضرين في القاعة.", "2025-06-25", []),
    ],
    "a second month name in brackets keeps the year": [
        ("بدأ الهجوم فجر الرابع والعشرين من فبراير (شباط) 2022 على عدة محاور.", "2025-02-24",
         [("الرابع والعشرين من فبراير (شباط) 2022", "2022-02-24")]),
        ("ويقام العرض في الخامس عشر من أغسطس (آب) المقبل.", "2025-06-01", [("الخامس عشر من أغسطس (آب) المقبل", "2025-08-15")]),
    ],
    "a month of the year named before, or of last year": [
        ("صوتت موسكو عام 2017 لصالح القرار، ثم تبنى المجلس قرارا آخر في ديسمبر من ذلك العام.", "2024-06-20",
         [("عام 2017", "2017"), ("ديسمبر من ذلك العام", "2017-12")]),
        ("بدأ التوغل في أغسطس من العام الماضي.", "2025-06-17", [("أغسطس من العام الماضي", "2024-08")]),
    ],
    "so many units before or after publication": [
        ("استخدمت روسيا قبل سبعة أشهر حق النقض.", "2024-10-28", [("قبل سبعة أشهر", "2024-03")]),
        ("أعلنت الحكومة الأحكام العرفية قبل ثلاثة أيام.", "2024-12-06", [("قبل ثلاثة أيام", "2024-12-03")]),
        ("وحطت الطائرة قبل يومين في المطار.", "2024-06-21", [("قبل يومين", "2024-06-19")]),
        ("يصوت الناخبون بعد أسبوعين في انتخابات مبكرة.", "2025-05-20", [("بعد أسبوعين", "2025-06-03")]),
        ("وصدر الحكم بعد 111 يوما من تصويت البرلمان.", "2025-04-04", []),  # counted from the vote, not publication
    ],
    "parts of a month and of a year": [
        ("سيزور كيم روسيا في النصف الثاني من أبريل.", "2019-04-18", [("النصف الثاني من أبريل", "2019-04-16/2019-04-30")]),
        ("عبر القطار سيبيريا صيف 2001.", "2024-01-01", [("صيف 2001", "2001-06/2001-08")]),
    ],
    "ranges of days and of years": [
        ("في زيارة تمتد من 11 إلى 13 يوليو.", "2025-07-12", [("من 11 إلى 13 يوليو", "2025-07-11/2025-07-13")]),
        ("بعد قمة هانوي (27-28/2/2019) بأشهر.", "2019-06-30", [("27-28/2/2019", "2019-02-27/2019-02-28")]),
        ("شغل المنصب بين عامي 1998 و2019.", "2025-11-04", [("بين عامي 1998 و2019", "1998/2019")]),
    ],
    "right after منذ a date opens a span up to publication": [
        ("في ثاني زيارة لها منذ سبتمبر.", "2024-11-04", [("سبتمبر", "2024-09/2024-11-04")]),
    ],
    "words that hold a date word and name no date": [
        ("وعرضت قناة «روسيا اليوم» مشاهد من اللقاء بين حلفاء الأمس.", "2023-09-13", []),
        ("وقال الأمين العام السابق للمنظمة إن الحوار ضروري.", "2024-01-01", []),
    ],
    "a month name that is also a word is the month after في or منذ": [
        ("مارس المندوب حق النقض في مارس الماضي.", "2024-06-01", [("مارس الماضي", "2024-03")]),
        ("مارس الوزير ضغوطا كبيرة على الوفد.", "2024-06-01", []),
        ("وتعود الأزمة إلى ما قبل مارس.", "2024-06-01", []),
    ],
    "a future verb turns a bare date forward only where it governs it": [
        ("ستصدر المحكمة الجمعة حكمها في القضية، بعد أشهر على بدء المحاكمة التي انطلقت في 14 ديسمبر.", "2025-04-01",
         [("الجمعة", "2025-04-04"), ("14 ديسمبر", "2024-12-14")]),
        ("تتجه المعارضة إلى طرح مذكرة العزل على التصويت السبت.", "2024-12-05", [("السبت", "2024-12-07")]),
    ],
    # https://en.wikipedia.org/wiki/2012_Russian_presidential_election (4 March 2012, Putin named on
    # 24 September 2011), https://www.koreaherald.com/article/10563845 (Beijing's parade, 3 September 2025),
    # https://www.koreaherald.com/article/10603309 (APEC in Gyeongju, October 2025)
    "words of a plan or schedule turn a bare month forward, even one before the publication month": [
        ("وأعلن حزب روسيا الموحدة ترشيح بوتين للانتخابات الرئاسية المقررة في مارس.", "2011-09-27", [("مارس", "2012-03")]),
        ("ومن المنتظر أن يتوجه الناخبون الروس إلى صناديق الاقتراع في مارس.", "2011-12-10", [("مارس", "2012-03")]),
        ("والانتخابات المرتقبة في مارس هي الأولى لولاية من ست سنوات.", "2011-10-02", [("مارس", "2012-03")]),
    ],
    "a scheduled verb, with its object, governs a date in its relative clause; a past verb does not": [
        ("ويحضر قادة أجانب العرض العسكري الذي تنظمه الصين في الثالث من سبتمبر.", "2025-08-28",
         [("الثالث من سبتمبر", "2025-09-03")]),
        ("وتعتزم سيول دعوة الرئيس الصيني إلى قمة أبيك التي تستضيفها في أكتوبر.", "2025-08-20", [("أكتوبر", "2025-10")]),
        # https://www.japantimes.co.jp/news/2025/02/01/japan/politics/trump-ishiba-meet-next-week/ (Friday 7 February
        # 2025), the election of 5 November 2024
        ("وسيستقبل ترمب رئيس الوزراء الياباني الجمعة في أول قمة بينهما منذ الانتخابات التي فاز بها في نوفمبر.",
         "2025-02-05", [("الجمعة", "2025-02-07"), ("نوفمبر", "2024-11")]),
    ],
}


@pytest.mark.parametrize(("text", "published", "expected"),
                         [row for rows in FORMS.values() for row in rows],
                         ids=[f"{name}:{i}" for name, rows in FORMS.items() for i, _ in enumerate(rows)])
def test_date_forms(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, published) == expected
