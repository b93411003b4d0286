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
    # a day offset before a weekday before a date: one day when the date is the offset's, else two
    # (https://icrc.einnews.com/article/795433411: Freedom Shield 10-20 March 2025; the election set on
    # 8 April 2025 for 3 June: https://www.shine.cn/news/world/2504084806/; Putin and Tebboune on 15 June 2023:
    # https://fr.sputniknews.africa/20230615/poutine-et-tebboune-sentretiennent-a-moscou--video-1059933193.html)
    "a day offset and a weekday before a date name the date, unless the date is another day": [
        ("اختتمت القوات اليوم الخميس 20 مارس مناوراتها.", "2025-03-20", [("اليوم الخميس 20 مارس", "2025-03-20")]),
        ("وأجرى الرئيسان أمس الخميس 15 جوان محادثات في الكرملين.", "2023-06-16",
         [("أمس الخميس 15 جوان", "2023-06-15")]),
        ("حددت الحكومة اليوم الثلاثاء الثالث من يونيو المقبل موعدا للانتخابات.", "2025-04-08",
         [("اليوم الثلاثاء", "2025-04-08"), ("الثالث من يونيو المقبل", "2025-06-03")]),
        ("أحيت بيونغ يانغ اليوم (الخميس) الذكرى السبعين للهدنة.", "2023-07-27", [("اليوم (الخميس)", "2023-07-27")]),
    ],
    # an ordinal day word takes its year after عام (https://bfirst.news/undefined/7795/korean-war-armistice-signed)
    "an ordinal day with عام and its year": [
        ("وقعت الهدنة في السابع والعشرين من يوليو عام 1953.", "2023-07-27",
         [("السابع والعشرين من يوليو عام 1953", "1953-07-27")]),
    ],
    # بعد N أشهر على X counts from X, not from publication (https://tass.com/world/1651593: Qin Gang removed
    # on 25 July 2023, seven months after taking office)
    "a span after بعد that counts from another thing is no date": [
        ("أعفي تشين غانغ من منصبه بعد سبعة أشهر فقط على توليه إياه.", "2023-07-25", []),
    ],
    # https://news.az/news/russia-ratifies-strategic-partnership-with-n-korea (24 October and 6 November 2024)
    "numeric dates with the year first, and day-month-year with dashes": [
        ("وأقر النواب المعاهدة بتاريخ 2024/10/24 في جلسة علنية.", "2024-11-10", [("2024/10/24", "2024-10-24")]),
        ("ووافق مجلس الاتحاد عليها في 6-11-2024 بالإجماع.", "2024-11-10", [("6-11-2024", "2024-11-06")]),
        ("وصدر القانون في 2024.11.09 بتوقيع الرئيس.", "2024-11-10", [("2024.11.09", "2024-11-09")]),
    ],
    # https://chinapost.nownews.com/20071001-128290 (the summit of Tuesday 2 to Thursday 4 October 2007)
    # https://en.wikipedia.org/wiki/North_Korea_and_weapons_of_mass_destruction (tests of 2006, 2009 and 2013):
    # بعد or منذ with a word that is no figure counts no span, and the year after it is read
    "a year after بعد or منذ and a noun": [
        ("وجاءت التجربة بعد تجربتي عام 2006 وعام 2009.", "2013-02-12", [("عام 2006", "2006"), ("وعام 2009", "2009")]),
        ("وهي الأولى منذ توليه عام 2011 قيادة البلاد.", "2013-02-12", [("عام 2011", "2011")]),
    ],
    "a range of weekdays": [
        ("وعقدت القمة في بيونغ يانغ من الثلاثاء إلى الخميس.", "2007-10-05", [("من الثلاثاء إلى الخميس", "2007-10-02/2007-10-04")]),
        ("وجرت المحادثات بين الاثنين والأربعاء في العاصمة.", "2007-10-05", [("بين الاثنين والأربعاء", "2007-10-01/2007-10-03")]),
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
        # Lavrov landed at Wonsan on the night of Friday 11 July 2025 (https://tass.com/world/1988791)
        ("وكان لافروف قد وصل الليلة قبل الماضية إلى وونسان.", "2025-07-13", [("الليلة قبل الماضية", "2025-07-11")]),
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
        ("وعقدت قمة شنغهاي في تيانجين يومي 31 أغسطس و1 من الشهر الجاري.", "2025-09-05",
         [("يومي 31 أغسطس", "2025-08-31"), ("و1 من الشهر الجاري", "2025-09-01")]),
        ("وتستمر المناورات بين 15 و17 من الشهر الجاري.", "2025-09-20", [("15 و17 من الشهر الجاري", "2025-09-15/2025-09-17")]),
        ("وأطلقت بيونغ يانغ الصاروخ في الرابع من هذا الشهر.", "2017-07-05", [("الرابع من هذا الشهر", "2017-07-04")]),
        ("وأطلقت بيونغ يانغ الصاروخ في الـ4 من يوليو.", "2017-07-05", [("الـ4 من يوليو", "2017-07-04")]),
    ],
    # https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine (North Korean troops sent in late 2024);
    # https://en.wikipedia.org/wiki/2024_Vladimir_Putin_visit_to_North_Korea (the first visit, 19-20 July 2000)
    "a part of a month or a year is cut to it; bare, it is the one named before or publication's": [
        ("وأرسلت كوريا الشمالية آلاف الجنود إلى روسيا أواخر 2024.", "2025-02-24", [("أواخر 2024", "2024")]),
        ("وأرسلت كوريا الشمالية آلاف الجنود إلى روسيا أواخر العام الماضي.", "2025-02-24",
         [("أواخر العام الماضي", "2024")]),
        ("ونشرت بيونغ يانغ جنودها في منطقة كورسك مطلع الشهر الجاري.", "2024-11-20", [("مطلع الشهر الجاري", "2024-11")]),
        ("ويتوقع أن يصل عدد الجنود الكوريين الشماليين في روسيا إلى عشرين ألفا بحلول نهاية العام.", "2024-11-20",
         [("نهاية العام", "2024")]),
        ("وتولى بوتين الرئاسة عام 2000، وزار بيونغ يانغ منتصف العام.", "2024-06-17",
         [("عام 2000", "2000"), ("منتصف العام", "2000")]),
        ("ووصل بوتين إلى بيونغ يانغ في 19 يوليو 2000، وغادرها قبل نهاية الشهر.", "2024-06-17",
         [("19 يوليو 2000", "2000-07-19"), ("نهاية الشهر", "2000-07")]),
        ("وتبدأ الدراسة في بيونغ يانغ مع نهاية العام الدراسي.", "2024-11-20", []),
        # a word of the sentence after a bare part is no adjective of it
        ("ونشرت بيونغ يانغ جنودها في منطقة كورسك مطلع الشهر في عملية سرية.", "2024-11-20", [("مطلع الشهر", "2024-11")]),
    ],
    "an ordinal after a noun it describes is no day": [
        ("وأطلقت بيونغ يانغ الصاروخ في الأسبوع الأول من يوليو.", "2017-07-20", [("يوليو", "2017-07")]),
    ],
    "before last: two weeks, months or years back": [
        ("وكان شويغو قد وصل إلى بيونغ يانغ الثلاثاء قبل الماضي.", "2023-08-03", [("الثلاثاء قبل الماضي", "2023-07-25")]),
        ("وزار شويغو بيونغ يانغ في يوليو من العام قبل الماضي.", "2025-03-01", [("يوليو من العام قبل الماضي", "2023-07")]),
        ("وتعود زيارة شويغو إلى الشهر قبل الماضي.", "2023-09-10", [("الشهر قبل الماضي", "2023-07")]),
    ],
    # https://en.wikipedia.org/wiki/2024_Vladimir_Putin_visit_to_North_Korea (Tuesday and Wednesday, 18-19 June 2024)
    "two weekdays after يومي are one range": [
        ("وزار بوتين بيونغ يانغ يومي الثلاثاء والأربعاء.", "2024-06-20", [("يومي الثلاثاء والأربعاء", "2024-06-18/2024-06-19")]),
        ("ويزور بوتين كوريا الشمالية يومي الثلاثاء والأربعاء.", "2024-06-17",
         [("يومي الثلاثاء والأربعاء", "2024-06-18/2024-06-19")]),
    ],
    "الاثنين is Monday unless it is the two": [
        ("أعلن الكرملين الاثنين أن بوتين سيزور المنطقة.", "2025-06-25", [("الاثنين", "2025-06-23")]),
        ("ووقع الاتفاق بين الاثنين بعد مفاوضات طويلة.", "2025-06-25", []),
        ("وصافح الاثنين معا الحاضرين في القاعة.", "2025-06-25", []),
    ],
    # https://en.wikipedia.org/wiki/Ramadan (1446 AH from 1 March 2025, 1447 AH from 18 February 2026,
    # Umm al-Qura); https://en.wikipedia.org/wiki/Ramzan_Kadyrov
    "a Hijri month without its year, after شهر or before a shift word": [
        ("وتزامن شهر رمضان الماضي مع شهر مارس.", "2025-04-10",
         [("شهر رمضان الماضي", "2025-03-01/2025-03-29"), ("شهر مارس", "2025-03")]),
        ("ويبدأ رمضان المقبل في فبراير.", "2025-04-10", [("رمضان المقبل", "2026-02-18/2026-03-19"), ("فبراير", "2026-02")]),
        ("واستقبل بوتين في الكرملين الرئيس الشيشاني رمضان قديروف.", "2025-04-10", []),
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
        # in a past clause بعد counts from a time of the story ("after eight months in office"), not from now
        ("وأقال الرئيس رئيس وزرائه أمس بعد ثمانية أشهر في المنصب.", "1999-05-13", [("أمس", "1999-05-12")]),
    ],
    # the pages above: Kim in Beijing from 2 September 2025; Kim and Putin at Vostochny on 13 September 2023;
    # https://interfax.com/newsroom/top-stories/108291/ (the treaty signed on 19 June 2024)
    "one unit without a figure, where its phrase ends": [
        ("ووصل كيم جونغ أون إلى بكين قبل أسبوع على متن قطاره.", "2025-09-09", []),  # a noun phrase follows
        ("وكان كيم جونغ أون قد وصل إلى بكين قبل أسبوع.", "2025-09-09", [("قبل أسبوع", "2025-09-02")]),
        ("والتقى كيم جونغ أون بوتين في فوستوشني قبل عام، في أول قمة بينهما منذ 2019.", "2024-09-13",
         [("قبل عام", "2023"), ("2019", "2019/2024-09-13")]),
        ("وتربط البلدين معاهدة للدفاع المشترك منذ عام.", "2025-06-19", [("منذ عام", "2023-06-19/2024-06-19")]),
        ("ووقعت المعاهدة قبل عام 2025 بأشهر.", "2025-06-19", [("عام 2025", "2025")]),
    ],
    # https://en.wikipedia.org/wiki/2023_North_Korea%E2%80%93Russia_summit (the first summit in Vladivostok, 2019);
    # https://en.wikipedia.org/wiki/Hwasong-14 (tested in 2017)
    "a bare year after a preposition, where its phrase ends": [
        ("والتقى كيم بوتين في فوستوشني في أول قمة بينهما منذ 2019، ثم زار مصانع الطائرات.", "2023-09-14",
         [("2019", "2019/2023-09-14")]),
        ("واختبرت كوريا الشمالية أول صاروخ عابر للقارات في 2017.", "2024-01-01", [("2017", "2017")]),
        ("وأطلق الجيش في 2017 صاروخا من طراز هواسونغ-14.", "2024-01-01", []),  # a verb follows: the figure may count
        ("وأجرت بيونغ يانغ تجارب في 1500 موقع.", "2024-01-01", []),
        ("ووصل الوفد قبل يوم الاقتراع.", "2025-06-19", []),
    ],
    "parts of a month and of a year": [
        ("سيزور كيم روسيا في النصف الثاني من أبريل.", "2019-04-18", [("النصف الثاني من أبريل", "2019-04-16/2019-04-30")]),
        ("عبر القطار سيبيريا صيف 2001.", "2024-01-01", [("صيف 2001", "2001-06/2001-08")]),
        # https://en.wikipedia.org/wiki/2024_Vladimir_Putin_visit_to_North_Korea (June 2024), the Vostochny
        # summit of September 2023
        ("وزار بوتين بيونغ يانغ صيف العام الماضي.", "2025-03-01", [("صيف العام الماضي", "2024-06/2024-08")]),
        ("وزار بوتين بيونغ يانغ الصيف الماضي.", "2024-10-01", [("الصيف الماضي", "2024-06/2024-08")]),
        ("والتقى كيم بوتين في فوستوشني الخريف الماضي.", "2024-06-19", [("الخريف الماضي", "2023-09/2023-11")]),
        ("وتحولت الاحتجاجات إلى ما عرف بالربيع العربي.", "2024-06-19", []),
    ],
    "ranges of days and of years": [
        ("في زيارة تمتد من 11 إلى 13 يوليو.", "2025-07-12", [("من 11 إلى 13 يوليو", "2025-07-11/2025-07-13")]),
        ("بعد قمة هانوي (27-28/2/2019) بأشهر.", "2019-06-30", [("27-28/2/2019", "2019-02-27/2019-02-28")]),
        ("شغل المنصب بين عامي 1998 و2019.", "2025-11-04", [("بين عامي 1998 و2019", "1998/2019")]),
        # https://united24media.com/latest-news/putin-joins-xi-in-china-for-wwii-parade-and-regional-summit-11231
        # (Putin in China from 31 August to 3 September 2025, the SCO summit on 31 August and 1 September)
        ("وستستمر زيارة بوتين إلى الصين من 31 أغسطس إلى 3 سبتمبر.", "2025-08-30",
         [("من 31 أغسطس إلى 3 سبتمبر", "2025-08-31/2025-09-03")]),
        ("وعقدت قمة شنغهاي في تيانجين يومي 31 أغسطس/آب و1 سبتمبر/أيلول 2025.", "2025-09-05",
         [("يومي 31 أغسطس/آب و1 سبتمبر/أيلول 2025", "2025-08-31/2025-09-01")]),
        ("ووصل بوتين إلى تيانجين في 31 أغسطس وغادر بكين في 3 سبتمبر.", "2025-09-05",
         [("31 أغسطس", "2025-08-31"), ("3 سبتمبر", "2025-09-03")]),
    ],
    "right after منذ a date opens a span up to publication": [
        ("في ثاني زيارة لها منذ سبتمبر.", "2024-11-04", [("سبتمبر", "2024-09/2024-11-04")]),
    ],
    # the SCO and parade page above (Putin in Tianjin on 31 August 2025, the summit on 1 September, the
    # parade on 3 September); https://en.wikipedia.org/wiki/National_Liberation_Day_of_Korea
    "اليوم as the noun day: counted from the day named before, or no date": [
        ("ووصل بوتين إلى تيانجين في 31 أغسطس، وشارك في القمة في اليوم التالي.", "2025-09-05",
         [("31 أغسطس", "2025-08-31"), ("اليوم التالي", "2025-09-01")]),
        ("ووصل كيم جونغ أون إلى بكين في 2 سبتمبر، وكان قد غادر بيونغ يانغ في اليوم السابق.", "2025-09-05",
         [("2 سبتمبر", "2025-09-02"), ("اليوم السابق", "2025-09-01")]),
        ("وحضر بوتين العرض العسكري أمس، والتقى كيم جونغ أون في اليوم نفسه.", "2025-09-04",
         [("أمس", "2025-09-03"), ("اليوم نفسه", "2025-09-03")]),
        ("وتحتفل كوريا الجنوبية في 15 أغسطس باليوم الوطني لتحريرها.", "2025-08-16", [("15 أغسطس", "2025-08-15")]),
        ("وغادر بوتين الصين في اليوم الأخير من زيارته التي استمرت أربعة أيام.", "2025-09-04", []),
        ("ومنذ ذلك اليوم تحتفل البلاد بذكرى التحرير.", "2025-09-04", []),
    ],
    # Forms read before this table's classes, kept as regressions: the SCO and parade page above (Putin to
    # Tianjin on Sunday 31 August 2025, the parade on 3 September, Kim in Beijing on Tuesday 2 September),
    # the Hwasong-14 page (the morning of 4 July 2017), the treaty's (19 June 2024)
    "relative words the reader already knew": [
        ("ويتوجه بوتين إلى الصين الأسبوع المقبل للمشاركة في قمة شنغهاي.", "2025-08-22",
         [("الأسبوع المقبل", "2025-08-25/2025-08-31")]),
        ("وأطلقت كوريا الشمالية صاروخ هواسونغ-14 صباح أمس.", "2017-07-05", [("أمس", "2017-07-04")]),
        ("ويحضر كيم جونغ أون العرض العسكري في بكين صباح اليوم.", "2025-09-03", [("اليوم", "2025-09-03")]),
        ("وشهد عام 2024 الماضي توقيع معاهدة الشراكة.", "2025-06-19", [("عام 2024", "2024")]),
        ("وكان كيم قد وصل إلى بكين الثلاثاء 2 سبتمبر/أيلول الجاري.", "2025-09-04",
         [("الثلاثاء 2 سبتمبر/أيلول الجاري", "2025-09-02")]),
        ("ووقع الزعيمان المعاهدة منتصف يونيو/حزيران 2024.", "2025-06-19", [("يونيو/حزيران 2024", "2024-06")]),
        ("وحطت طائرة بوتين في تيانجين قبل يومين.", "2025-09-02", [("قبل يومين", "2025-08-31")]),
    ],
    # https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations: both Koreas joined on 17 September 1991
    "this day of an earlier year, and a span since a year up to publication's day": [
        ("وفي مثل هذا اليوم قبل 33 عاما انضمت الكوريتان إلى الأمم المتحدة.", "2024-09-17",
         [("مثل هذا اليوم قبل 33 عاما", "1991-09-17")]),
        ("وفي مثل هذا اليوم من عام 1991 انضمت الكوريتان إلى الأمم المتحدة.", "2024-09-17",
         [("مثل هذا اليوم من عام 1991", "1991-09-17")]),
        ("وانضمت الكوريتان إلى الأمم المتحدة عام 1991.", "2024-09-17", [("عام 1991", "1991")]),
        ("ولم يلتق الرجلان منذ 2019.", "2025-08-09", [("2019", "2019/2025-08-09")]),
    ],
    # https://en.wikipedia.org/wiki/West_Sea_Defense_Day: held on the fourth Friday of March
    "a weekday and a feminine ordinal count the weekdays of a month": [
        ("ويقام يوم الدفاع عن البحر الغربي في الجمعة الرابعة من آذار/مارس من كل عام.", "2025-03-28", []),
        ("ووصل الوفد يوم الجمعة الرابع من تموز/يوليو 2025.", "2025-07-05", [("يوم الجمعة الرابع من تموز/يوليو 2025", "2025-07-04")]),
    ],
    "words that hold a date word and name no date": [
        ("وعرضت قناة «روسيا اليوم» مشاهد من اللقاء بين حلفاء الأمس.", "2023-09-13", []),
        ("وقال الأمين العام السابق للمنظمة إن الحوار ضروري.", "2024-01-01", []),
        # but a weekday after the words makes them a date: Russia, today Tuesday (Kim arrived 12 September 2023)
        ("وحل كيم جونغ أون ضيفا على روسيا اليوم الثلاثاء.", "2023-09-12", [("اليوم الثلاثاء", "2023-09-12")]),
    ],
    "a month name that is also a word is the month after في or منذ": [
        ("مارس المندوب حق النقض في مارس الماضي.", "2024-06-01", [("مارس الماضي", "2024-03")]),
        ("مارس الوزير ضغوطا كبيرة على الوفد.", "2024-06-01", []),
        ("واستخدمت موسكو حق النقض في شهر مارس.", "2024-06-01", [("شهر مارس", "2024-03")]),
        ("وتعود الأزمة إلى ما قبل مارس.", "2024-06-01", []),
    ],
    "a future verb turns a bare date forward only where it governs it": [
        ("ستصدر المحكمة الجمعة حكمها في القضية، بعد أشهر على بدء المحاكمة التي انطلقت في 14 ديسمبر.", "2025-04-01",
         [("الجمعة", "2025-04-04"), ("14 ديسمبر", "2024-12-14")]),
        ("تتجه المعارضة إلى طرح مذكرة العزل على التصويت السبت.", "2024-12-05", [("السبت", "2024-12-07")]),
        # https://www.koreaherald.com/article/10603309 (Trump and Xi expected to meet on Thursday 30 October 2025)
        ("وتتجه الأنظار إلى القمة المرتقبة بين ترمب وشي الخميس.", "2025-10-28", [("الخميس", "2025-10-30")]),
        ("والتقى ترمب رئيسة الوزراء اليابانية الثلاثاء.", "2025-10-29", [("الثلاثاء", "2025-10-28")]),
        # one who takes up an office takes it up on a day to come: Guterres from 1 January 2017
        # (https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres), said on 30 December 2016
        ("ويتسلم غوتيريش مهامه في الأول من كانون الثاني/يناير.", "2016-12-30",
         [("الأول من كانون الثاني/يناير", "2017-01-01")]),
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
        # https://en.wikipedia.org/wiki/2025_China_Victory_Day_Parade (Wednesday 3 September 2025): a verb of holding
        ("وتوجه الرئيس الإندونيسي إلى بكين لحضور العرض الذي تقيمه الصين الأربعاء.", "2025-09-01",
         [("الأربعاء", "2025-09-03")]),
        # https://www.japantimes.co.jp/news/2025/02/01/japan/politics/trump-ishiba-meet-next-week/ (Friday 7 February
        # 2025), the election of 5 November 2024
        ("وسيستقبل ترمب رئيس الوزراء الياباني الجمعة في أول قمة بينهما منذ الانتخابات التي فاز بها في نوفمبر.",
         "2025-02-05", [("الجمعة", "2025-02-07"), ("نوفمبر", "2024-11")]),
    ],
    # Kim Jong Il died on Saturday 17 December 2011: https://en.wikipedia.org/wiki/Kim_Jong_Il
    "a weekday and the date it corresponds to (الموافق) are one day": [
        ("وتوفي الزعيم الكوري الشمالي السبت الموافق 17 كانون الأول/ديسمبر 2011.", "2011-12-20",
         [("السبت الموافق 17 كانون الأول/ديسمبر 2011", "2011-12-17")]),
    ],
    # https://en.wikipedia.org/wiki/Six-party_talks (talks stalled since December 2008)
    "a decade counts back ten years, a quarter century twenty-five": [
        ("وقال دبلوماسي إن المحادثات السداسية متوقفة منذ أكثر من عقد.", "2019-06-01", [("منذ أكثر من عقد", "../2009-06-01")]),
        ("وانطلقت المحادثات السداسية قبل عقدين.", "2023-08-27", [("قبل عقدين", "2003")]),
        # the Russia-DPRK friendship treaty of 9 February 2000 (https://en.wikipedia.org/wiki/Russia%E2%80%93North_Korea_relations)
        ("ووقع البلدان معاهدة الصداقة قبل ربع قرن.", "2025-02-10", [("قبل ربع قرن", "2000")]),
    ],
    # https://en.wikipedia.org/wiki/List_of_nuclear_weapons_tests_of_North_Korea (2006, 2009, 2013)
    "a year joined by و to a year before it is a year too; not in a span after بين, nor before a noun": [
        ("وأجرت كوريا الشمالية تجارب نووية في 2006 و2009 و2013.", "2014-01-01",
         [("2006", "2006"), ("2009", "2009"), ("2013", "2013")]),
        ("وأجرت تجربتيها الأوليين عام 2006 وعام 2009.", "2012-01-01", [("عام 2006", "2006"), ("وعام 2009", "2009")]),
        ("وتضاعف عدد الصواريخ بين 2006 و2016.", "2017-01-01", []),
        ("وأرسلت بيونغ يانغ نحو 1500 و2000 جندي على دفعتين عام 2024.", "2025-01-01", [("عام 2024", "2024")]),
    ],
    # https://en.wikipedia.org/wiki/Korean_War (began 25 June 1950), https://en.wikipedia.org/wiki/Annexation_of_Crimea_by_the_Russian_Federation
    # (the treaty of 18 March 2014), https://en.wikipedia.org/wiki/Russia%E2%80%93North_Korea_relations (2000 treaty)
    "a year written out in words after a year word is that year; without the year word it is no date": [
        ("واندلعت الحرب في الخامس والعشرين من حزيران عام ألف وتسعمئة وخمسين.", "2025-06-25",
         [("الخامس والعشرين من حزيران عام ألف وتسعمئة وخمسين", "1950-06-25")]),
        ("ووقع بوتين معاهدة الضم في 18 آذار سنة ألفين وأربعة عشر.", "2024-03-19",
         [("18 آذار سنة ألفين وأربعة عشر", "2014-03-18")]),
        ("ووقعت معاهدة الصداقة بين البلدين في عام ألفين.", "2025-02-10", [("عام ألفين", "2000")]),
        ("وأرسلت ألفين وخمسمئة جندي.", "2025-02-10", []),
    ],
    # the 2024 treaty, signed 19 June, ratified by the Duma on 24 October (https://news.az/news/russia-ratifies-strategic-partnership-with-n-korea);
    # Daejeon, the provisional capital from 27 June to 16 July 1950 (http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194056)
    "the same year (العام نفسه) is the one named before it, also when that one was named against publication": [
        ("ووقع الزعيمان المعاهدة في مثل هذا اليوم من العام الماضي، وصادق عليها البرلمان في 24 تشرين الأول من العام ذاته.",
         "2025-06-19", [("مثل هذا اليوم من العام الماضي", "2024-06-19"), ("24 تشرين الأول من العام ذاته", "2024-10-24")]),
        ("واندلعت الحرب عام 1950، وصارت دايجون عاصمة مؤقتة بين 27 حزيران و16 تموز من العام نفسه.", "2025-06-25",
         [("عام 1950", "1950"), ("بين 27 حزيران و16 تموز من العام نفسه", "1950-06-27/1950-07-16")]),
    ],
    # the UN's count of civilian casualties in Ukraine from 24 February 2022 to 5 March 2023
    # (https://www.sbs.com.au/language/ukrainian/uk/podcast-episode/7-03-23-ukraine-today-news-from-ukraine-and-about-ukraine/x7456podx)
    "a range whose first day alone has its year: the last is placed as a date is; two dates joined by و stay two": [
        ("وأحصت المفوضية الضحايا من 24 شباط 2022 إلى 5 آذار.", "2023-03-07", [("من 24 شباط 2022 إلى 5 آذار", "2022-02-24/2023-03-05")]),
        ("ووقعت المعاهدة في 19 حزيران 2024 و4 كانون الأول.", "2025-01-10",
         [("19 حزيران 2024", "2024-06-19"), ("و4 كانون الأول", "2024-12-04")]),
    ],
    # the NIS on 30 April 2025: about 2,000 wounded flown home between January and March
    # (https://www.millenniumpost.in/world/more-than-4000-north-korean-soldiers-fought-against-ukraine-forces-608750);
    # the Ukrainian foothold in Kursk from August 2024 to the retaking claimed in April 2025
    # (https://eagleeyereport.com/russia-claims-complete-control-of-kursk-while-ukraine-reports-ongoing-fighting/)
    "the months from one to another after بين or من are one span; the first month precedes the second": [
        ("وأعيد ألفا جريح إلى بلادهم بين كانون الثاني/يناير وآذار/مارس.", "2025-04-30",
         [("بين كانون الثاني/يناير وآذار/مارس", "2025-01/2025-03")]),
        ("وسيطرت القوات الأوكرانية على أجزاء من المنطقة من آب 2024 حتى نيسان 2025.", "2025-05-02",
         [("من آب 2024 حتى نيسان 2025", "2024-08/2025-04")]),
        ("وبقيت القوات في المنطقة من آب وحتى نيسان الماضي.", "2025-05-02", [("من آب وحتى نيسان الماضي", "2024-08/2025-04")]),
        # a word read as an ordinal day that is none (الفترة) does not hide the span after it
        ("واستمر القتال طوال الفترة من آب إلى نيسان.", "2025-05-02", [("من آب إلى نيسان", "2024-08/2025-04")]),
        ("وزار الوفد موسكو في كانون الثاني وآذار.", "2025-04-30", [("كانون الثاني", "2025-01"), ("وآذار", "2025-03")]),
    ],
    # the first troops in October 2024, about 13,000 sent by September 2025
    # (https://www.standardmedia.co.ke/world/article/2001528350/about-2-000-north-korean-troops-killed-in-russia-deployment-seoul-spy-agency);
    # absent from combat since mid-December (https://news.kbs.co.kr/news/pc/view/view.do?ncd=8167311)
    "منذ with its conjunction, or before a part of a month, opens a span up to publication": [
        ("ومنذ تشرين الأول/أكتوبر من العام الماضي، أرسلت كوريا الشمالية نحو 13 ألف عسكري.", "2025-09-02",
         [("تشرين الأول/أكتوبر من العام الماضي", "2024-10/2025-09-02")]),
        ("ولم يظهر الجنود في المعارك منذ منتصف كانون الأول/ديسمبر.", "2025-02-05",
         [("كانون الأول/ديسمبر", "2024-12/2025-02-05")]),
    ],
    # Putin landed in Pyongyang early on Wednesday 19 June 2024, a day later than planned
    # (https://www.tribuneindia.com/news/world/vladimir-putin-to-visit-north-korea-today-may-sign-deal-631890)
    "a plan told in the past (كان من المقرر) places its bare weekday before publication": [
        ("ووصل بوتين فجر اليوم بعدما كان من المقرر أن يصل مساء الثلاثاء.", "2024-06-19",
         [("اليوم", "2024-06-19"), ("الثلاثاء", "2024-06-18")]),
        ("ومن المقرر أن يغادر الثلاثاء.", "2024-06-19", [("الثلاثاء", "2024-06-25")]),
    ],
    # Zelensky on Friday 23 May 2025 expected the exchange to go on on Saturday and Sunday
    # (https://starconnectmedia.com/russia-ukraine-exchange-390-prisoners)
    "an expectation in the first person is a future marker": [
        ("وقال زيلينسكي: «نتوقع استمرار التبادل يومي السبت والأحد».", "2025-05-23",
         [("يومي السبت والأحد", "2025-05-24/2025-05-25")]),
    ],
    # the ICBM of Thursday 3 November 2022 (https://www.inform.kz/en/n-korea-fires-one-icbm-toward-east-sea-s-korean-military_a4003036)
    "a numeric dateline between the place and the agency is day, then month, of the year published": [
        ("سيول - 4 - 11 (كونا) -- أطلقت كوريا الشمالية أمس الخميس صاروخا باليستيا.", "2022-11-04",
         [("4 - 11", "2022-11-04"), ("أمس الخميس", "2022-11-03")]),
        ("الكويت - 31 - 12 (كونا) -- أعلنت الوزارة حصيلة العام.", "2023-01-01", [("31 - 12", "2022-12-31")]),
        ("وانتهت المباراة 4 - 1 (لصالح الضيوف).", "2022-11-04", []),
    ],
}


@pytest.mark.parametrize(("text", "published", "expected"),
                         [row for rows in FORMS.values() for row in rows],
                         ids=[f"{name}:{i}" for name, rows in FORMS.items() for i, _ in enumerate(rows)])
def test_date_forms(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, published) == expected


# the Cheonan sank on 26 March 2010; the international inquiry reported on 20 May of that year
# (http://www.wikisnap.com/articles/rokscheonan/)
def test_the_same_year_points_back_to_an_earlier_sentence_of_the_article() -> None:
    published = TimeSpan.parse("2025-03-26")
    first = READER.read(normalize("وكانت الكورفيت قد انشطرت إلى نصفين ليل 26 آذار 2010."), published)
    second = READER.read(normalize("وخلص تحقيق دولي في 20 أيار من العام نفسه إلى أنها أغرقت بطوربيد."), published,
                         follows=True)
    assert [d.span.iso() for d in first if d.span] == ["2010-03-26"]
    assert [(d.text, d.span.iso() if d.span else None) for d in second] == [("20 أيار من العام نفسه", "2010-05-20")]
    # a sentence of another article names no year before
    fresh = READER.read(normalize("وخلص تحقيق دولي في 20 أيار من العام نفسه إلى أنها أغرقت بطوربيد."), published)
    assert [d.span for d in fresh] == [None]


# Belousov was made acting prime minister on Thursday 30 April 2020
# (https://www.moneycontrol.com/news/coronavirus/russian-pm-mishustin-diagnosed-with-the-new-coronavirus-5209681.html)
@pytest.mark.parametrize("text", ["موسكو - 1 - 5 (كونا) -- تسلم أندريه بيلوسوف مهام رئيس الوزراء بالوكالة.",
                                  "موسكو - 1 أيار (مايو) (سبوتنيك) - تسلم أندريه بيلوسوف مهام رئيس الوزراء بالوكالة."])
def test_a_datelines_day_is_the_day_published(text: str) -> None:
    [dateline] = READER.read(normalize(text), TimeSpan.parse("2020-05-01"))
    assert (dateline.span.iso() if dateline.span else None, dateline.basis) == ("2020-05-01", "published")
