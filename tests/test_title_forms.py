"""Title and name forms beyond the seeds: (sentence, what is read) tables.

Every sentence here is written by us in the style of the Arabic wires; the holders, dates and
people are in rules/kb with their sources, and the page for each sentence's facts is beside it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import regex

from factcheck.corpus import Article
from factcheck.engine import load_ruleset
from factcheck.extract import Extractor
from factcheck.text.dates import TimeSpan
from factcheck.text.lexicon import with_proclitics
from factcheck.text.names import name_key
from factcheck.text.normalize import fold

KB = load_ruleset(None).kb
EXTRACTOR = Extractor(KB)


def _facts(text: str, published: str, predicate: str) -> list:  # type: ignore[type-arg]
    extracted = EXTRACTOR.extract(Article("t", "t", text, TimeSpan.parse(published)))
    return [f for f in extracted.facts if f.predicate == predicate]


def mentions(text: str, published: str = "2024-01-01") -> list[tuple[str, str]]:
    """(entity, spelling) of every name mention."""
    return [(f.subject.id, f.value["spelling"]) for f in _facts(text, published, "mentions")]


def claims(text: str, published: str = "2024-01-01") -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(subject, office, qualifiers) of every title claim."""
    return [(f.subject.id, f.value["office"], f.qualifiers) for f in _facts(text, published, "holds_title")]


# Two words of a longer name must not key as a listed name of three: the key keeps no word
# ends ("لي هونغ" and لي هون جاي share one). https://en.wikipedia.org/wiki/Li_Hongzhong
PART_OF_A_LONGER_NAME = [
    ("واستقبل كيم الوفد الذي يقوده لي هونغ في قاعة مانسوداي.", "2023-07-26"),
    ("وقال مسؤول إن لي هونغ وصل أمس.", "2023-07-26"),
]


@pytest.mark.parametrize(("text", "published"), PART_OF_A_LONGER_NAME)
def test_fewer_words_than_any_listed_spelling_are_no_mention(text: str, published: str) -> None:
    assert ("person:lee-hun-jai", "unlisted") not in mentions(text, published)


def test_a_listed_spelling_with_its_words_is_still_read() -> None:
    # https://en.wikipedia.org/wiki/Lee_Hun-jai
    assert ("person:lee-hun-jai", "house") in mentions("وقال وزير المالية لي هون جاي إن الإصلاحات ستستمر.", "2000-03-01")


def test_a_one_word_name_opening_a_longer_one_is_not_its_own() -> None:
    """"كيم يونغ بوك", the general sent to oversee the troops in Russia
    (https://rfa.org/english/korea/2024/10/28/north-korea-russia-ukraine-military-aide), is no Kim Jong Un (كيم
    alone): يونغ only ever stands inside longer names; "التقى كيم بوتين" still names both
    (https://en.wikipedia.org/wiki/2019_North_Korea%E2%80%93Russia_summit)."""
    assert "person:kim-jong-un" not in {e for e, _ in mentions(
        "ويشرف نائب رئيس هيئة الأركان العامة كيم يونغ بوك على القوات الكورية الشمالية في روسيا.", "2024-10-28")}
    assert {e for e, _ in mentions("والتقى كيم بوتين أمس في فلاديفوستوك.", "2019-04-26")} >= {
        "person:kim-jong-un", "person:vladimir-putin"}


def test_who_sends_a_message_takes_no_part_in_the_meeting() -> None:
    """Kim Yong Chol handed Trump a letter from Kim Jong Un on 1 June 2018
    (https://www.nknews.org/2018/06/kim-yong-chol-meets-with-u-s-president-donald-trump-at-white-house): no summit."""
    text = ("واستقبل الرئيس الأمريكي دونالد ترمب اليوم الجمعة في البيت الأبيض كيم يونغ تشول، الذي سلمه رسالة "
            "من الزعيم كيم جونغ أون.")
    assert not [f for f in _facts(text, "2018-06-01", "event_date") if f.value["event"] == "us-dprk-summits"]


def key_of(name: str) -> str:
    """The subject id of a person the knowledge base lacks, as the reader keys the name."""
    return "name:" + name_key(fold(name))


# (sentence, published, every title claim read). The terms are in rules/kb with their sources.
TITLE_FORMS = [
    # acting, before the title or after it: https://cm.asiae.co.kr/en/article/2024120510143201407
    ("وقال كيم سون هو، القائم بأعمال وزير الدفاع الكوري الجنوبي، إن الجيش لن ينفذ أي أمر جديد.", "2024-12-06",
     [("person:kim-seon-ho", "kr.defense_minister", ("acting",))]),
    ("وتعهد القائم بأعمال وزير الدفاع الكوري الجنوبي كيم سون هو أمام البرلمان بعدم تحريك القوات.", "2024-12-06",
     [("person:kim-seon-ho", "kr.defense_minister", ("acting",))]),
    # https://en.wikipedia.org/wiki/Han_Duck-soo
    ("وقال الرئيس الكوري الجنوبي بالإنابة هان دوك سو إن الحكومة ستعمل على طمأنة الحلفاء.", "2024-12-20",
     [("person:han-duck-soo", "kr.president", ("acting",))]),
    # a predicate title after an aside set off by commas goes on with the clause before it: its
    # appointee and its verb stand there (the meduza page below: Shoigu to the Security Council on
    # 12 May 2024; Choe Son Hui's appointment:
    # https://www.devdiscourse.com/article/law-order/2069088-nkorea-appoints-choe-son-hui-as-new-foreign-minister--kcna)
    ("وعيّن بوتين وزير الدفاع سيرغي شويغو، الذي يتولى الوزارة منذ عام 2012، أمينا لمجلس الأمن الروسي.", "2024-05-12",
     [("person:sergei-shoigu", "ru.defense_minister", ()),
      ("person:sergei-shoigu", "ru.security_council.secretary", ("next",))]),
    ("وعُيّنت تشوي سون هوي، النائبة الأولى لوزير الخارجية الكوري الشمالي، وزيرةً للخارجية.", "2022-06-11",
     [("person:choe-son-hui", "kp.first_vice_foreign_minister", ()), ("person:choe-son-hui", "kp.foreign_minister", ("next",))]),
    # https://en.wikipedia.org/wiki/Pak_Thae-song (premier from December 2024)
    ("وعيّن الاجتماع باك تيه سونغ رئيسا لمجلس الوزراء.", "2024-12-30",
     [("person:pak-thae-song", "kp.prime_minister", ("next",))]),
    # the consequence with its ل takes the office after منصب (https://en.wikipedia.org/wiki/Choi_Sang-mok)
    ("وعزل البرلمان هان دوك سو، ليتولى وزير المالية تشوي سانغ موك منصب الرئيس بالإنابة.", "2024-12-27",
     [("person:choi-sang-mok", "kr.president", ("acting", "started"))]),
    # a holder whose powers are suspended holds the office; a pronoun on a verb of restoring is the
    # one restored (http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191830)
    ("ورفضت المحكمة عزل رئيس الوزراء هان دوك سو، وأعادته إلى مهامه رئيسا للبلاد بالإنابة.", "2025-03-24",
     [("person:han-duck-soo", "kr.prime_minister", ()), ("person:han-duck-soo", "kr.president", ("acting",))]),
    ("ولا يزال الرئيس الموقوف عن العمل يون سوك يول ينتظر حكم المحكمة.", "2025-03-24",
     [("person:yoon-suk-yeol", "kr.president", ("suspended",))]),
    # the oath before a predicate title, its country after ل: the subject takes the office
    # (https://news.kbs.co.kr/news/pc/view/view.do?ncd=8271607)
    ("أدى لي جاي ميونغ، مرشح الحزب الديمقراطي، اليمين الدستورية رئيسا لكوريا الجنوبية.", "2025-06-04",
     [("person:lee-jae-myung", "kr.president", ("started",))]),
    # a day or an adverb of manner between the appointee and the office; an aside opened by أحد
    # (https://d11.thedailystar.net/international/news/unga-endorses-ban-new-secy-general-2728471;
    # https://koreajoongangdaily.joins.com/news/2025-07-21/national/politics/Foreign-minister-takes-office-amid-pressure-over-critical-ambassador-vacancies/2357826;
    # https://www.thehindu.com/news/international/xi-jinping-names-li-qiang-as-chinas-new-premier/article66606343.ece/amp/)
    ("وعيّنت الجمعية العامة وزير الخارجية الكوري الجنوبي بان كي مون بالتزكية أمينا عاما للمنظمة الدولية.", "2006-10-13",
     [("person:ban-ki-moon", "kr.foreign_minister", ()), ("person:ban-ki-moon", "un.secretary_general", ("next",))]),
    ("وتسلّم آن غيو باك، الجمعة، منصب وزير الدفاع الوطني.", "2025-07-25",
     [("person:ahn-gyu-back", "kr.defense_minister", ("started",))]),
    ("وصادق المجلس على تعيين لي تشيانغ، أحد أقرب حلفاء الرئيس شي جينبينغ، رئيسا لمجلس الدولة.", "2023-03-11",
     [("person:xi-jinping", "cn.president", ()), ("person:li-qiang", "cn.prime_minister", ("next",))]),
    # الحالي says the plain claim outright
    ("وقال وزير الخارجية الروسي الحالي سيرغي لافروف إن موسكو مستعدة.", "2023-10-19",
     [("person:sergei-lavrov", "ru.foreign_minister", ())]),
    # آنذاك of the first of two joined titles is said of both; a place before a title holds none
    # (https://wikimili.com/en/Treaty_on_Friendship,_Cooperation_and_Mutual_Assistance_between_China_and_the_DPRK)
    ("ووقع المعاهدة في بكين رئيس مجلس الدولة الصيني آنذاك تشو إن لاي ورئيس الوزراء الكوري الشمالي كيم إيل سونغ.",
     "2021-07-11", [("person:kim-il-sung", "kp.prime_minister", ("then",))]),
    # his counterpart is the one the pronoun's gender names: Moon's, not the minister's
    # (https://worldbulletin.dunyabulteni.net/asia-pacific/south-korea-appoints-first-female-foreign-minister-h190937.html)
    ("وعيّن الرئيس الكوري الجنوبي مون جاي إن كانغ كيونغ وا وزيرةً للخارجية قبل قمة تجمعه بنظيره الأمريكي دونالد ترمب.",
     "2017-06-18",
     [("person:moon-jae-in", "kr.president", ()), ("person:kang-kyung-wha", "kr.foreign_minister", ("next",)),
      ("person:donald-trump", "us.president", ())]),
    # a possessive title: the office of that role the person holds (https://en.yna.co.kr/view/AEN20231019001351315;
    # https://en.wikipedia.org/wiki/Viktor_Chernomyrdin)
    ("أوفد الرئيس الروسي فلاديمير بوتين وزير خارجيته سيرغي لافروف إلى بيونغ يانغ.", "2023-10-19",
     [("person:vladimir-putin", "ru.president", ()), ("person:sergei-lavrov", "ru.foreign_minister", ())]),
    ("وقال يلتسين إن رئيس حكومته فيكتور تشيرنوميردين باق في منصبه.", "1996-08-01",
     [("person:viktor-chernomyrdin", "ru.prime_minister", ())]),
    # a qualifier inside the title, before its words in ل: https://en.wikipedia.org/wiki/Ban_Ki-moon
    ("وأشاد الأمين العام السابق للأمم المتحدة بان كي مون بالقمة بين الكوريتين.", "2018-04-28",
     [("person:ban-ki-moon", "un.secretary_general", ("former",))]),
    # https://meduza.io/en/news/2024/05/12/putin-names-shoigu-secretary-of-security-council
    ("وانتقل الأمين العام السابق لمجلس الأمن الروسي نيكولاي باتروشيف إلى منصب مساعد الرئيس.", "2024-06-01",
     [("person:nikolai-patrushev", "ru.security_council.secretary", ("former",))]),
    # the country after في: https://www.spacewar.com/afp/241009022328.28v93rje.html, https://en.wikipedia.org/wiki/Cho_Tae-yul
    ("ووصف وزير الدفاع الوطني في كوريا الشمالية نو كوانغ تشول المناورات بأنها استفزاز.", "2025-08-19",
     [("person:no-kwang-chol", "kp.defense_minister", ())]),
    ("وقال وزير الخارجية في كوريا الجنوبية تشو تاي يول إن سيول ستنسق مع واشنطن.", "2024-06-20",
     [("person:cho-tae-yul", "kr.foreign_minister", ())]),
    # outgoing is still in office: https://en.wikipedia.org/wiki/2022_South_Korean_presidential_election,
    # https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Japan
    ("وهنأ الرئيس المنتهية ولايته مون جاي إن خلفه المنتخب.", "2022-03-10",
     [("person:moon-jae-in", "kr.president", ("outgoing",))]),
    ("وقال رئيس الوزراء الياباني المنتهية ولايته فوميو كيشيدا إنه سيدعم خلفه.", "2024-09-27",
     [("person:fumio-kishida", "jp.prime_minister", ("outgoing",))]),
    # رحيل is also a departure demanded of one in office, alive in rules/kb: a plain claim.
    # https://en.wikipedia.org/wiki/Impeachment_of_Yoon_Suk_Yeol
    ("وطالب آلاف المتظاهرين أمام البرلمان في سيول برحيل الرئيس يون سوك يول.", "2024-12-07",
     [("person:yoon-suk-yeol", "kr.president", ())]),
    # new (الجديد) is in office: https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Japan,
    # https://en.wikipedia.org/wiki/Andrey_Belousov, https://en.wikipedia.org/wiki/Choe_Son_Hui
    ("وتعهد رئيس الوزراء الياباني الجديد شيغيرو إيشيبا بتعزيز التحالف مع واشنطن.", "2024-10-02",
     [("person:shigeru-ishiba", "jp.prime_minister", ("new",))]),
    ("وزار وزير الدفاع الروسي الجديد أندريه بيلوسوف مقر القيادة العسكرية في روستوف.", "2024-05-20",
     [("person:andrei-belousov", "ru.defense_minister", ("new",))]),
    ("وقالت وزيرة الخارجية الكورية الشمالية الجديدة تشوي سون هوي إن بلادها لن تتخلى عن سلاحها.", "2022-06-20",
     [("person:choe-son-hui", "kp.foreign_minister", ("new",))]),
    # the dead, by the office he held until then: https://en.wikipedia.org/wiki/Death_and_state_funeral_of_Kim_Jong_Il
    ("وأعلن التلفزيون الرسمي وفاة الزعيم كيم جونغ إل إثر أزمة قلبية.", "2011-12-19",
     [("person:kim-jong-il", "kp.leader", ("former",))]),
    ("وجرت في بيونغ يانغ جنازة الزعيم كيم جونغ إل وسط الثلوج.", "2011-12-28",
     [("person:kim-jong-il", "kp.leader", ("former",))]),
    # every word of death (events.yaml `death`), with its proclitics, after الذكرى or a verb:
    # https://en.wikipedia.org/wiki/Kim_Jong_Il, https://en.wikipedia.org/wiki/Kim_Il_Sung
    ("واحتشد الآلاف في ساحة كيم إيل سونغ في الذكرى الخامسة لرحيل الزعيم كيم جونغ إل.", "2016-12-17",
     [("person:kim-jong-il", "kp.leader", ("former",))]),
    ("وتوقفت حركة السير في بيونغ يانغ ثلاث دقائق حدادا بمناسبة ذكرى وفاة الزعيم كيم جونغ إل.", "2019-12-17",
     [("person:kim-jong-il", "kp.leader", ("former",))]),
    ("ونكست الأعلام بعد إعلان رحيل الزعيم كيم إيل سونغ عن 82 عاما.", "1994-07-09",
     [("person:kim-il-sung", "kp.leader", ("former",))]),
    ("وقالت الإذاعة الرسمية إنه توفي الزعيم كيم إيل سونغ إثر نوبة قلبية.", "1994-07-09",
     [("person:kim-il-sung", "kp.leader", ("former",))]),
    # a dual, of the two names after it: https://en.wikipedia.org/wiki/Sino-Russian_Treaty_of_Friendship
    ("ووقع الرئيسان جيانغ زيمين وفلاديمير بوتين معاهدة حسن الجوار في موسكو.", "2001-07-16",
     [("person:jiang-zemin", "cn.president", ()), ("person:vladimir-putin", "ru.president", ())]),
    # https://en.wikipedia.org/wiki/Sergey_Lavrov, https://en.wikipedia.org/wiki/Wang_Yi
    ("وبحث وزيرا الخارجية الروسي سيرغي لافروف والصيني وانغ يي الأزمة الأوكرانية.", "2024-04-09",
     [("person:sergei-lavrov", "ru.foreign_minister", ()), ("person:wang-yi", "cn.foreign_minister", ())]),
    ("وقال الرئيسان إن المحادثات كانت بناءة.", "2024-04-09", []),
    # a title shared by و and another adjective: https://en.wikipedia.org/wiki/Yoshimasa_Hayashi,
    # https://en.wikipedia.org/wiki/Park_Jin_(politician), https://en.wikipedia.org/wiki/Xi_Jinping
    ("وأكد وزير الخارجية الياباني يوشيماسا هاياشي والكوري الجنوبي بارك جين في بيان مشترك دعمهما للحوار.",
     "2023-03-16", [("person:yoshimasa-hayashi", "jp.foreign_minister", ()), ("person:park-jin", "kr.foreign_minister", ())]),
    ("وبحث الرئيس الروسي فلاديمير بوتين والصيني شي جينبينغ في موسكو العلاقات الثنائية.", "2023-03-21",
     [("person:vladimir-putin", "ru.president", ()), ("person:xi-jinping", "cn.president", ())]),
    ("والتقى وزير الدفاع الروسي سيرغي شويغو والوفد الصيني الزعيم كيم جونغ أون.", "2023-07-27",
     [("person:sergei-shoigu", "ru.defense_minister", ()), ("person:kim-jong-un", "kp.leader", ())]),
    # appointed, with the person between the verb and منصب: https://en.wikipedia.org/wiki/Wang_Yi; a
    # reappointment (أعادت ... تعيين) says the office is held, not that a term begins (it may run on)
    ("وأعادت اللجنة الدائمة الثلاثاء تعيين وانغ يي في منصب وزير الخارجية.", "2023-07-26",
     [("person:wang-yi", "cn.foreign_minister", ())]),
    ("وقررت اللجنة الدائمة الثلاثاء تعيين وانغ يي في منصب وزير الخارجية.", "2023-07-26",
     [("person:wang-yi", "cn.foreign_minister", ("started",))]),
    # (https://nv.ua/ukraine/politics/verhovna-rada-zatverdila-shmigalya-ministrom-oboroni-50530572.html)
    ("ثم عين البرلمان دينيس شميغال وزيرا للدفاع، وأعاد تعيين أندري سيبيها وزيرا للخارجية.", "2025-07-17",
     [("person:denys-shmyhal", "ua.defense_minister", ("next",)), ("person:andrii-sybiha", "ua.foreign_minister", ())]),
    # the body, then who heads it: https://en.wikipedia.org/wiki/Security_Council_of_Russia
    ("وعقد مجلس الأمن الروسي، الذي يرأسه الرئيس فلاديمير بوتين، اجتماعا استثنائيا.", "2022-02-21",
     [("person:vladimir-putin", "ru.president", ()), ("person:vladimir-putin", "ru.security_council.chair", ())]),
    ("وناقش مجلس الأمن الروسي الذي يرأسه بوتين الوضع في دونباس.", "2022-02-21",
     [("person:vladimir-putin", "ru.security_council.chair", ())]),
    # the name, then (الذي) what it heads: https://en.wikipedia.org/wiki/Security_Council_of_Russia
    ("وقال الكرملين إن الرئيس فلاديمير بوتين، الذي يرأس مجلس الأمن الروسي، سيعقد اجتماعا مع أعضائه غدا.", "2023-03-10",
     [("person:vladimir-putin", "ru.president", ()), ("person:vladimir-putin", "ru.security_council.chair", ())]),
    ("وحضر الاجتماع بوتين الذي يترأس مجلس الأمن القومي الروسي بحكم الدستور.", "2023-03-10",
     [("person:vladimir-putin", "ru.security_council.chair", ())]),
    ("واستقبل بوتين، الذي يرأس وفد بلاده إلى القمة، الرئيس الصيني شي جينبينغ.", "2023-03-10",
     [("person:xi-jinping", "cn.president", ())]),
    # الذي ترأس is past ("who chaired"): no claim of now. https://en.wikipedia.org/wiki/Dmitry_Medvedev
    ("وقال دميتري ميدفيديف، الذي ترأس مجلس الأمن الروسي خلال رئاسته، إن موسكو سترد.", "2023-03-10", []),
    # one's counterpart is of another country than the title nearest before it
    # (https://en.wikipedia.org/wiki/Takeshi_Iwaya: in Beijing on 25 December 2024, Li Qiang and Wang Yi)
    ("والتقى وزير الخارجية الياباني تاكيشي إيوايا اليوم رئيس مجلس الدولة الصيني لي تشيانغ، ثم أجرى محادثات مع "
     "نظيره الصيني وانغ يي.", "2024-12-25",
     [("person:takeshi-iwaya", "jp.foreign_minister", ()), ("person:li-qiang", "cn.prime_minister", ()),
      ("person:wang-yi", "cn.foreign_minister", ())]),
    # chosen, not yet in office (https://en.wikipedia.org/wiki/Mikhail_Mishustin: appointed 16 January 2020);
    # bare الرئيسة (https://en.wikipedia.org/wiki/Park_Geun-hye)
    ("ويمثل رئيس الوزراء الروسي المكلف ميخائيل ميشوستين غدا أمام مجلس الدوما.", "2020-01-15",
     [("person:mikhail-mishustin", "ru.prime_minister", ("next",))]),
    ("واستقبلت الرئيسة بارك غيون هي الوفد الياباني.", "2015-12-28", [("person:park-geun-hye", "kr.president", ())]),
    # an indefinite object and its adjective after a title are no name the knowledge base lacks
    ("ووقع الرئيس الصيني مرسوما رئاسيا بتعيينه بعد التصويت.", "2023-03-11", []),
    # nor a noun and its complement after ل or ب
    ("وسلم المبعوث الرئيس الصيني رسالة بمناسبة العيد الوطني.", "2023-10-01", []),
    # the council's secretary without a country: the office of the one country his offices are in
    # (https://en.wikipedia.org/wiki/Sergei_Ivanov: secretary from November 1999 to March 2001)
    ("واجتمع بوتين في الكرملين مع أمين مجلس الأمن سيرغي إيفانوف.", "2000-01-06",
     [("person:sergei-ivanov", "ru.security_council.secretary", ())]),
    # the subject of تولى / تسلم comes to the office after منصب
    # (http://oldtmt.vedomosti.ru/sitemap/free/1996/6/article/lebed-takes-top-security-adviser-post/322777.html)
    ("وتولى رئيس هيئة الأركان العامة ميخائيل كوليسنيكوف منصب وزير الدفاع بالوكالة.", "1996-06-19",
     [("person:mikhail-kolesnikov", "ru.defense_minister", ("acting", "started"))]),
    # (http://en.people.cn/english/200103/29/print20010329_66302.html: Rushailo to the council, 28 March 2001)
    ("وتسلم وزير الداخلية فلاديمير روشايلو منصب أمين مجلس الأمن الأربعاء.", "2001-03-29",
     [("person:vladimir-rushailo", "ru.security_council.secretary", ("started",))]),
    # the Duma is Russia's (https://en.wikipedia.org/wiki/Chairman_of_the_State_Duma)
    ("ووصف رئيس مجلس الدوما غينادي سيليزنيوف القرار بأنه خطأ.", "1999-05-12",
     [("person:gennady-seleznyov", "ru.parliament_speaker", ())]),
]


# A second title joined by و to one set off after a name is the same person's; a title joined by و to a
# name is another person's; the country after ل (https://en.wikipedia.org/wiki/Dmitry_Medvedev: president
# 2008-2012, deputy chairman of the Security Council from 2020; https://en.wikipedia.org/wiki/Sergei_Shoigu:
# defence minister 2012-2024, Security Council secretary from 12 May 2024;
# https://en.wikipedia.org/wiki/Kang_Kyung-wha: foreign minister 2017-2021)
JOINED_TITLES = [
    ("واستقبل كيم جونغ أون سيرغي شويغو، أمين مجلس الأمن الروسي ووزير الدفاع، في بيونغ يانغ.", "2024-09-13",
     [("person:sergei-shoigu", "ru.security_council.secretary", ()), ("person:sergei-shoigu", "ru.defense_minister", ())]),
    ("وتحدث ميدفيديف، نائب رئيس مجلس الأمن الروسي والرئيس الأسبق لروسيا، عن العقوبات.", "2022-03-01",
     [("person:dmitry-medvedev", "ru.security_council.deputy_chair", ()),
      ("person:dmitry-medvedev", "ru.president", ("former",))]),
    # two people: the second title has a name of its own
    ("وحضر المؤتمر الصحفي سيرغي لافروف، وزير الخارجية الروسي ووزير الدفاع سيرغي شويغو.", "2018-06-01",
     [("person:sergei-lavrov", "ru.foreign_minister", ()), ("person:sergei-shoigu", "ru.defense_minister", ())]),
    # "بوتين ورئيس الوزراء الهندي": not Putin's title; Modi is a name the knowledge base lacks
    ("والتقى الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي وهم يتبادلون الحديث.", "2025-09-01",
     [("person:vladimir-putin", "ru.president", ()), ("name:" + name_key("ناريندرا مودي"), "in.prime_minister", ())]),
    ("ونقل بومبيو رسالة من ترامب إلى الزعيم الأعلى لكوريا الشمالية كيم جونغ أون.", "2018-06-01",
     [("person:kim-jong-un", "kp.leader", ())]),
    ("والتقت وزيرة الخارجية كانغ كيونغ وا في سيول نظيرها الياباني تارو كونو.", "2018-06-01",
     [("person:kang-kyung-wha", "kr.foreign_minister", ()), ("person:taro-kono", "jp.foreign_minister", ())]),
]


# A title held at the time of its clause ("شغل منصب", "حين كان وزيرا للدفاع", "كان ... رئيسا للوزراء"): `then`,
# dated by its own clause, said of the subject named before; the office one is appointed to: `next`
# (https://en.wikipedia.org/wiki/Sergei_Shoigu; https://en.wikipedia.org/wiki/Kim_Yong-hyun: defence minister
# September-December 2024; https://en.wikipedia.org/wiki/Vladimir_Putin: prime minister 2008-2012)
HELD_THEN = [
    # a verb of holding, its subject (past an aside), then منصب: Medvedev deputy chairman of the
    # Security Council since January 2020 (https://www.themoscowtimes.com/2022/12/21/medvedev-discusses-strategic-partnership-ukraine-war-with-chinas-xi-a79760);
    # Shoigu defence minister 2012–2024, Security Council secretary since May 2024
    # (https://www.thezimbabwemail.com/world-news/putin-proposes-reshuffle-in-russian-government-shoigu-to-head-security-council-belousov-as-defense-minister/)
    ("ويشغل ميدفيديف، الذي تولى الرئاسة بين عامي 2008 و2012، منصب نائب رئيس مجلس الأمن الروسي.", "2022-12-21",
     [("person:dmitry-medvedev", "ru.security_council.deputy_chair", (), "2022-12-21")]),
    ("وشغل سيرغي شويغو منصب وزير الدفاع بين عامي 2012 و2024.", "2025-06-17",
     [("person:sergei-shoigu", "ru.defense_minister", ("then",), "2012/2024")]),
    ("ويذكر أن شويغو انتقل إلى منصب أمين مجلس الأمن في أيار/مايو الماضي.", "2024-09-13",
     [("person:sergei-shoigu", "ru.security_council.secretary", ("started",), "2024-05")]),
    # a date the acting term is to last until dates no start
    # (https://macaudailytimes.com.mo/this-day-in-history-1999-putin-takes-over-as-yeltsin-resigns-2.html)
    ("وتولى رئيس الوزراء فلاديمير بوتين مهام الرئيس بالوكالة لحين إجراء الانتخابات في آذار/مارس المقبل.", "1999-12-31",
     [("person:vladimir-putin", "ru.prime_minister", (), "1999-12-31"),
      ("person:vladimir-putin", "ru.president", ("acting", "started"), "1999-12-31")]),
    ("وكان سيرغي شويغو قد شغل منصب وزير الدفاع بين عامي 2012 و2024.", "2025-06-17",
     [("person:sergei-shoigu", "ru.defense_minister", ("then",), "2012/2024")]),
    ("وزار سيرغي شويغو بيونغ يانغ في تموز/يوليو 2023 حين كان وزيرا للدفاع.", "2024-09-13",
     [("person:sergei-shoigu", "ru.defense_minister", ("then",), "2023-07")]),
    # of the two named before, the one who ever was a minister: not the president he advised
    ("واتهم المحققون كيم يونغ هيون، الذي نصح الرئيس يون سوك يول في ديسمبر/كانون الأول 2024 حين كان وزيرا "
     "للدفاع، بالتمرد.", "2025-01-20",
     [("person:yoon-suk-yeol", "kr.president", (), "2024-12"),
      ("person:kim-yong-hyun", "kr.defense_minister", ("then",), "2024-12")]),
    # EDITED (Lavrov has been foreign minister since 2004, never defence minister): said of him, to be checked
    ("وزار سيرغي لافروف بيونغ يانغ في تموز/يوليو 2023 حين كان وزيرا للدفاع.", "2024-09-13",
     [("person:sergei-lavrov", "ru.defense_minister", ("then",), "2023-07")]),
    ("وقال بيسكوف إن فلاديمير بوتين كان رئيسا للوزراء بين عامي 2008 و2012.", "2020-01-16",
     [("person:vladimir-putin", "ru.prime_minister", ("then",), "2008/2012")]),
    ("وأصدر فلاديمير بوتين أمس مرسوما بتعيين سيرغي شويغو أمينا لمجلس الأمن الروسي.", "2024-05-13",
     [("person:sergei-shoigu", "ru.security_council.secretary", ("next",), "2024-05-12")]),
    # "ليصبح" after the sentence's verb: the subject's office to come, not the one named last
    # (https://en.wikipedia.org/wiki/Shigeru_Ishiba: won the LDP run-off against Takaichi on 27 September 2024)
    ("وفاز شيغيرو إيشيبا اليوم الجمعة برئاسة الحزب بعد جولة إعادة تغلب فيها على ساناي تاكايتشي، ليصبح رئيس "
     "الوزراء الياباني المقبل.", "2024-09-27",
     [("person:shigeru-ishiba", "jp.prime_minister", ("next",), "2024-09-27")]),
    # the appointee, whose name a title before it took (https://en.wikipedia.org/wiki/Denys_Shmyhal: prime
    # minister 2020-2025, defence minister from 17 July 2025)
    ("وعين البرلمان الأوكراني اليوم رئيس الحكومة السابق دينيس شميغال وزيرا للدفاع.", "2025-07-17",
     [("person:denys-shmyhal", "ua.prime_minister", ("former",), "2025-07-17"),
      ("person:denys-shmyhal", "ua.defense_minister", ("next",), "2025-07-17")]),
    # منذ in a relative clause of another act counts that act, not the office
    # (https://www.thinkchina.sg/politics/which-chinese-military-leader-will-lead-xiangshan-forum: removed on 24 October 2023)
    ("في غياب وزير الدفاع الصيني لي شانغ فو الذي لم يظهر علنا منذ أواخر آب/أغسطس.", "2023-10-30",
     [("person:li-shangfu", "cn.defense_minister", (), "2023-10-30")]),
    ("وقال وزير الخارجية الروسي سيرغي لافروف الذي يتولى المنصب منذ عام 2004 إن موسكو مستعدة.", "2023-10-30",
     [("person:sergei-lavrov", "ru.foreign_minister", (), "2004/2023-10-30")]),
    # the subject of a pluperfect keeps its title as of now
    ("وكان الرئيس الروسي فلاديمير بوتين قد أعلن ذلك.", "2024-05-13",
     [("person:vladimir-putin", "ru.president", (), "2024-05-13")]),
    # a dismissal's object held the office until the dismissal; its subject keeps his; the pronoun
    # of "وعينه" is the appointee (https://meduza.io/en/news/2024/05/12/putin-names-shoigu-secretary-of-security-council)
    ("أعفى الرئيس الروسي فلاديمير بوتين وزير الدفاع سيرغي شويغو من منصبه، وعينه أمينا لمجلس الأمن الروسي.",
     "2024-05-13",
     [("person:vladimir-putin", "ru.president", (), "2024-05-13"),
      ("person:sergei-shoigu", "ru.defense_minister", ("ended",), "2024-05-13"),
      ("person:sergei-shoigu", "ru.security_council.secretary", ("next",), "2024-05-13")]),
    ("وكان بوتين قد أعفى سيرغي شويغو من منصب وزير الدفاع.", "2024-05-13",
     [("person:sergei-shoigu", "ru.defense_minister", ("ended",), "2024-05-13")]),
    # (https://en.wikipedia.org/wiki/Oleksii_Reznikov: dismissed in September 2023)
    ("وأقال الرئيس الأوكراني فولوديمير زيلينسكي وزير الدفاع أوليكسي ريزنيكوف.", "2023-09-05",
     [("person:volodymyr-zelensky", "ua.president", (), "2023-09-05"),
      ("person:oleksii-reznikov", "ua.defense_minister", ("ended",), "2023-09-05")]),
    # a dismissal demanded or to come is none: the minister holds the office
    ("وطالب الحزب الديمقراطي المعارض بإقالة وزير الدفاع كيم يونغ هيون.", "2024-12-04",
     [("person:kim-yong-hyun", "kr.defense_minister", (), "2024-12-04")]),
    ("وأعلن الرئيس الأوكراني فولوديمير زيلينسكي أنه سيقيل وزير الدفاع أوليكسي ريزنيكوف.", "2023-09-04",
     [("person:volodymyr-zelensky", "ua.president", (), "2023-09-04"),
      ("person:oleksii-reznikov", "ua.defense_minister", (), "2023-09-04")]),
    # the office one became, held at the clause's time (`then`: undated, nothing to compare)
    ("وعين بوتين أندريه بيلوسوف وزيرا للدفاع خلفا لسيرغي شويغو، الذي أصبح أمينا لمجلس الأمن الروسي.", "2024-05-14",
     [("person:andrei-belousov", "ru.defense_minister", ("next",), "2024-05-14"),
      ("person:sergei-shoigu", "ru.security_council.secretary", ("then",), "2024-05-14")]),
    # a weekday set off by commas is an aside of the verb's clause: the dismissal goes on to its object,
    # and the weekday dates it (the meduza page above; https://en.wikipedia.org/wiki/Viktor_Chernomyrdin)
    ("أعفى الرئيس الروسي فلاديمير بوتين، الأحد، وزير الدفاع سيرغي شويغو من منصبه.", "2024-05-13",
     [("person:vladimir-putin", "ru.president", (), "2024-05-12"),
      ("person:sergei-shoigu", "ru.defense_minister", ("ended",), "2024-05-12")]),
    ("أقال الرئيس بوريس يلتسين، يوم الاثنين، رئيس الوزراء فيكتور تشيرنوميردين.", "1998-03-25",
     [("person:boris-yeltsin", "ru.president", (), "1998-03-23"),
      ("person:viktor-chernomyrdin", "ru.prime_minister", ("ended",), "1998-03-23")]),
    # a stretch with another word is a clause of its own: "، وفي 2023،" dates what follows it, not the title
    # (https://en.wikipedia.org/wiki/2019_North_Korea%E2%80%93Russia_summit, and the 2023 one at Vostochny)
    ("التقى الرئيس الروسي فلاديمير بوتين كيم جونغ أون في 2019، وفي 2023، ثم زار بيونغ يانغ.", "2024-06-20",
     [("person:vladimir-putin", "ru.president", (), "2019")]),
    # the title right after the verb is its subject's, who dismisses (https://en.wikipedia.org/wiki/Pavel_Grachev)
    ("وأقال وزير الدفاع الروسي بافيل غراتشيف عددا من كبار الضباط.", "1995-01-10",
     [("person:pavel-grachev", "ru.defense_minister", (), "1995-01-10")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), HELD_THEN, ids=[t[0][:30] for t in HELD_THEN])
def test_a_title_held_at_the_time_of_its_clause(text: str, published: str,
                                                expected: list[tuple[str, str, tuple[str, ...], str]]) -> None:
    got = [(f.subject.id, f.value["office"], f.qualifiers, str(f.valid_at)) for f in _facts(text, published, "holds_title")]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(("text", "published", "expected"), JOINED_TITLES, ids=[t[0][:30] for t in JOINED_TITLES])
def test_joined_titles_and_the_country_after_li(text: str, published: str,
                                                expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert sorted(claims(text, published)) == sorted(expected)


@pytest.mark.parametrize(("text", "published", "expected"), TITLE_FORMS, ids=[t[0][:30] for t in TITLE_FORMS])
def test_title_forms(text: str, published: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert claims(text, published) == expected


# Words before a title that make it another office: the office itself is never claimed; a
# deputy office the news names is its own. https://en.wikipedia.org/wiki/Yuri_Ushakov,
# https://en.wikipedia.org/wiki/Daniel_Kritenbrink, https://en.wikipedia.org/wiki/Kurt_M._Campbell
SOMEONE_ELSES = [
    ("وقال مساعد الرئيس الروسي يوري أوشاكوف إن القمة ستعقد قريبا.", "2024-06-10", []),
    ("وقال مستشار الرئيس الروسي يوري أوشاكوف إن الزيارة ستستمر يومين.", "2024-06-10", []),
    ("وقال يوري أوشاكوف، المستشار في الكرملين، إن الاتفاق سيوقع خلال الزيارة.", "2024-06-10", []),
    ("وقال وكيل وزير الخارجية الأمريكي دانيال كريتنبرينك إن واشنطن تراقب الوضع.", "2023-05-01", []),
    ("وزار مساعد وزير الخارجية الأمريكي دانيال كريتنبرينك سيول.", "2023-05-01", []),
    ("وقال نائب وزير الخارجية الأمريكي كيرت كامبل إن التحالف متين.", "2024-03-01",
     [(None, "us.deputy_foreign_minister", ())]),
]


# A body or a spokesman of an office (مكتب، باسم): the name after the title is the holder's only
# where the knowledge base has that person in the office; else the body's head. Yermak heads
# Zelensky's office from 11 February 2020 (https://www.kyivpost.com/post/7912); a first deputy
# prime minister is none, though Medvedev became prime minister later
# (https://en.wikipedia.org/wiki/Dmitry_Medvedev).
OF_THE_OFFICE = [
    ("وقال أندريه يرماك، رئيس مكتب الرئيس فولوديمير زيلينسكي، إن المفاوضات لن تستأنف.", "2023-04-01",
     [("person:volodymyr-zelensky", "ua.president", ())]),
    ("وقال رئيس مكتب الرئيس الأوكراني أندريه يرماك إن المفاوضات لن تستأنف.", "2023-04-01", []),
    ("وقال النائب الأول لرئيس الوزراء الروسي دميتري ميدفيديف إن المشروع سينجز.", "2007-03-01", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), OF_THE_OFFICE, ids=[t[0][:30] for t in OF_THE_OFFICE])
def test_a_body_of_an_office_names_its_holder_only_as_the_knowledge_has_it(
        text: str, published: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert claims(text, published) == expected


# An acting office is held beside another: two titles joined by و before one name, one of them
# acting, are both the name's; so is a title set off by commas after a name another title took.
# Hwang Kyo-ahn, prime minister, acted as president from 9 December 2016
# (https://www.donga.com/en/article/all/20161212/800472/1); Goh Kun from 12 March to 14 May 2004
# (https://en.wikipedia.org/wiki/President_of_South_Korea).
ACTING_BESIDE = [
    ("وقال رئيس الوزراء والرئيس الكوري الجنوبي بالإنابة هوانغ كيو آن في كلمة بمناسبة العام الجديد إن "
     "الأمن أولوية.", "2017-01-01",
     [("person:hwang-kyo-ahn", "kr.president", ("acting",)), ("person:hwang-kyo-ahn", "kr.prime_minister", ())]),
    ("واستقبل رئيس الوزراء الكوري الجنوبي كوه كون، القائم بأعمال الرئيس، السفير الأمريكي في سيول.",
     "2004-04-01",
     [("person:goh-kun", "kr.prime_minister", ()), ("person:goh-kun", "kr.president", ("acting",))]),
    # no acting title: the first is another person's, named by title alone
    ("والتقى الرئيس الروسي ووزير الخارجية سيرغي لافروف الوفد الصيني.", "2024-05-16",
     [("person:sergei-lavrov", "ru.foreign_minister", ())]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACTING_BESIDE, ids=[t[0][:30] for t in ACTING_BESIDE])
def test_an_acting_title_is_held_beside_another(text: str, published: str,
                                               expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert sorted(claims(text, published)) == sorted(expected)


@pytest.mark.parametrize(("text", "published", "expected"), SOMEONE_ELSES, ids=[t[0][:30] for t in SOMEONE_ELSES])
def test_deputy_assistant_under_and_adviser_forms_are_another_office(
        text: str, published: str, expected: list[tuple[str | None, str, tuple[str, ...]]]) -> None:
    found = claims(text, published)
    assert [(None if s.startswith("name:") else s, o, q) for s, o, q in found] == expected


# A name the knowledge base lacks, after a title, ends where the next title, a weekday or a
# word that ends names begins (a particle: قد، اليوم); its last word may be a definite family
# name when punctuation follows it.
# https://en.wikipedia.org/wiki/L%C6%B0%C6%A1ng_C%C6%B0%E1%BB%9Dng, https://en.wikipedia.org/wiki/Ya%C5%9Far_G%C3%BCler,
# https://en.wikipedia.org/wiki/Adel_al-Jubeir, https://en.wikipedia.org/wiki/Hakan_Fidan,
# https://tass.com/politics/1945057 (Araghchi in Moscow, April 2025)
UNLISTED_NAMES = [
    ("استقبل الرئيس الفيتنامي لونغ كوونغ رئيس الوزراء الياباني شيغيرو إيشيبا في هانوي.", "2025-04-28",
     [(key_of("لونغ كوونغ"), "vn.president"), ("person:shigeru-ishiba", "jp.prime_minister")]),
    ("وقال وزير الدفاع التركي يشار غولر على هامش الاجتماع إن أنقرة تدعم الحل السلمي.", "2024-06-13",
     [(key_of("يشار غولر"), "tr.defense_minister")]),
    ("ووصل إلى موسكو وزير الخارجية السعودي عادل الجبير، في زيارة تستمر يومين.", "2017-10-05",
     [(key_of("عادل الجبير"), "sa.foreign_minister")]),
    # a definite last word only before punctuation: a headline's verb and its object are no name
    ("وزير الخارجية الروسي يبحث الأزمة مع نظيره", "2024-06-12", []),
    ("رئيس الوزراء الياباني يزور الصين.", "2024-06-12", []),
    ("ويرافق الملك وزير الخارجية السعودي عادل الجبير.", "2017-10-05",
     [(key_of("عادل الجبير"), "sa.foreign_minister")]),
    ("والتقى وزير الخارجية التركي هاكان فيدان الأربعاء نظيره الروسي في موسكو.", "2024-06-12",
     [(key_of("هاكان فيدان"), "tr.foreign_minister")]),
    ("زعيم كوريا الشمالية ووزير روسي يتفقان على تعزيز العلاقات", "2024-11-30", []),
    ("وكان وزير الخارجية الإيراني عباس عراقجي قد زار موسكو.", "2025-04-18", [(key_of("عباس عراقجي"), "ir.foreign_minister")]),
    ("وقال الخبير العسكري الصيني والمعلق التلفزيوني، إن العقوبات فشلت.", "2023-09-12", []),
    # a count is in no name: "تستمر ثلاثة أيام" after a title is the verb of the talks
    ("ويعقد الرئيس الكوري الجنوبي محادثات مع الزعيم الكوري الشمالي تستمر ثلاثة أيام.", "2007-10-02", []),
    # a short form (كيم جونج) before a word only ever inside longer names opens a name the knowledge base lacks
    # (http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191645: Rudenko and Vice Foreign Minister Kim Jong Gyu)
    ("وأجرى نائب وزير الخارجية الروسي أندريه رودينكو محادثات مع نظيره الكوري الشمالي كيم جونغ غيو حول المعاهدة.",
     "2025-03-15", [("person:andrei-rudenko", "ru.deputy_foreign_minister"),
                    (key_of("كيم جونغ غيو"), "kp.deputy_foreign_minister")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNLISTED_NAMES, ids=[t[0][:30] for t in UNLISTED_NAMES])
def test_where_a_name_the_knowledge_base_lacks_ends(text: str, published: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


def valid_at(text: str, published: str) -> list[str]:
    return [str(f.valid_at) for f in _facts(text, published, "holds_title")]


# What إن/أن opens is what is said: its dates are not the speaker's. https://en.wikipedia.org/wiki/Dmitry_Peskov,
# https://m-en.yna.co.kr/view/AEN20231019001300315
REPORTED_DATES = [
    ("وقال المتحدث باسم الكرملين دميتري بيسكوف إن بوتين سيزور الصين في مايو.", "2024-04-02", ["2024-04-02"]),
    ("وأكد وزير الخارجية الروسي سيرغي لافروف أن الزيارة ستتم في يونيو المقبل.", "2024-05-20", ["2024-05-20"]),
    ("وقال وزير الخارجية الروسي سيرغي لافروف في 18 أكتوبر 2023 إن بلاده تدعم بيونغ يانغ.", "2023-10-20",
     ["2023-10-18"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), REPORTED_DATES, ids=[t[0][:30] for t in REPORTED_DATES])
def test_a_date_in_what_is_reported_does_not_date_the_speakers_title(text: str, published: str,
                                                                    expected: list[str]) -> None:
    assert valid_at(text, published) == expected


# A date an anniversary word hands to the event it marks does not date the titles of the
# sentence. https://efe.com/en/latest-news/2023-10-12/kim-putin-exchange-messages-on-75th-anniversary-of-bilateral-ties/
def test_a_date_after_an_anniversary_word_does_not_date_a_title() -> None:
    text = "وهنأ الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي فلاديمير بوتين بمناسبة الذكرى الـ75 لإقامة العلاقات في 12 أكتوبر 1948."
    assert valid_at(text, "2023-10-12") == ["2023-10-12", "2023-10-12"]


# After a verb's subject, a title is its object: "سلّم X الزعيم الكوري الشمالي رسالة". A person
# rules/kb has never in an office of the title is not taken for its holder; the names of words
# that end in ة (a noun and its adjective) are no unlisted person. https://en.wikipedia.org/wiki/Sergey_Lavrov
@pytest.mark.parametrize("text", [
    "وسلّم سيرغي لافروف الزعيم الكوري الشمالي رسالة من الرئيس بوتين.",
    "وسلّم الوزير الروسي الزعيم الكوري الشمالي رسالة شخصية من بوتين.",
])
def test_a_title_after_a_subject_is_its_object(text: str) -> None:
    assert [(s, o) for s, o, _ in claims(text, "2023-10-19") if o == "kp.leader"] == []


@pytest.mark.parametrize(("word", "written", "matches"), [
    ("الرئيس", "والرئيس", True), ("الرئيس", "وللرئيس", True), ("الرئيس", "بالرئيس", True),
    ("رئيس", "ورئيس", True), ("رئيس", "لرئيس", True), ("وزير", "فوزير", True),
    ("الرئيس", "سالرئيس", False), ("رئيس", "ورئيسة", False),
])
def test_a_title_word_takes_the_proclitics_of_the_text_layer(word: str, written: str, matches: bool) -> None:
    pattern = regex.compile(rf"(?<!\p{{L}}){with_proclitics(word)}(?!\p{{L}})")
    assert bool(pattern.fullmatch(fold(written))) is matches


def test_a_near_spelling_after_a_word_that_opens_listed_names_is_no_mention() -> None:
    # https://koreawho.com/profile/HanDonghoon: with Han Dong-hoon unlisted, "دونغ هون" after the
    # surname هان (هان دوك سو opens with it) is the rest of his name, not دونغ جون one letter off
    without_han = replace(KB, entities={k: v for k, v in KB.entities.items() if k != "person:han-dong-hoon"})
    text = "وأعلن هان دونغ هون الاثنين استقالته من رئاسة حزب سلطة الشعب الحاكم."
    extracted = Extractor(without_han).extract(Article("t", "t", text, TimeSpan.parse("2024-12-16")))
    assert [f.subject.id for f in extracted.facts if f.predicate == "mentions"] == []
    # EDITED (دونغ جون typed دونغ هون): a near spelling on its own is still read, https://en.wikipedia.org/wiki/Dong_Jun
    assert ("person:dong-jun", "unlisted") in mentions("وقال وزير الدفاع الصيني دونغ هون إن بكين تعارض العقوبات.",
                                                        "2024-12-16")


def test_a_title_in_the_sentence_telling_its_holders_death_is_the_one_he_held_until_then() -> None:
    """Kim Jong Il died on 17 December 2011, announced on the 19th (https://en.wikipedia.org/wiki/Kim_Jong_Il)."""
    [fact] = _facts("بيونغ يانغ - أعلن التلفزيون الرسمي اليوم الاثنين أن الزعيم كيم جونغ إل فارق الحياة السبت.",
                    "2011-12-19", "holds_title")
    assert fact.subject.id == "person:kim-jong-il" and "former" in fact.qualifiers


def test_a_counterpart_is_of_the_one_named_right_before_it() -> None:
    """Ned Price spoke for the State Department from January 2021 to March 2023
    (https://en.wikipedia.org/wiki/Ned_Price): the counterpart is the secretary's, whose title is
    not read, not the spokesman's."""
    facts = _facts("قال المتحدث باسم الخارجية الأمريكية نيد برايس إن الوزير أنتوني بلينكن ونظيره الياباني "
                   "يوشيماسا هاياشي بحثا التجارب الصاروخية الكورية الشمالية.", "2022-11-20", "holds_title")
    assert [f.subject.id for f in facts] == ["person:ned-price"]


# Putin named Sergei Lavrov, Russia's UN envoy, foreign minister on 9 March 2004, and Igor Ivanov
# Security Council secretary in Vladimir Rushailo's place
# (http://www.themoscowtimes.com/news/article/lavrov-leaves-the-un-for-foreign-ministry/232451.html).
@pytest.mark.parametrize("text, expected", [
    # an apposition in the construct state, no definite word opening it, between the appointee and the office
    ("ووقع بوتين مرسوما بتعيين سيرغي لافروف، مندوب روسيا لدى الأمم المتحدة منذ عام 1994، وزيرا للخارجية.",
     ("person:sergei-lavrov", "ru.foreign_minister", ("next",))),
    # the passive in a relative clause: the antecedent is appointed
    ("وحل محله سيرغي لافروف، في حين أن إيغور إيفانوف، الذي عين أمينا لمجلس الأمن، غادر الوزارة.",
     ("person:igor-ivanov", "ru.security_council.secretary", ("next",))),
])
def test_the_appointee_of_a_predicate_title(text: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert expected in claims(text, "2004-03-10")


def test_the_object_of_a_dismissal_noun_held_the_office_named_after_it() -> None:
    """The NPC Standing Committee removed Qin Gang as foreign minister on 25 July 2023 (https://tass.com/world/1651593)."""
    assert ("person:qin-gang", "cn.foreign_minister", ()) in claims(
        "وصوت المشرعون الصينيون الثلاثاء على إعفاء تشين غانغ من منصب وزير الخارجية.", "2023-07-26")


def test_after_an_appointing_verb_with_a_pronoun_the_name_is_the_appointers() -> None:
    """Yeltsin made Primakov prime minister in September 1998 (http://madan.org.il/en/news/yevgeny-primakov)."""
    facts = _facts("وكان يفغيني بريماكوف وزيرا للخارجية، قبل أن يعينه الرئيس بوريس يلتسين رئيسا للحكومة في "
                   "أيلول/سبتمبر 1998.", "2015-06-27", "holds_title")
    prime_ministers = [(f.subject.id, str(f.valid_at)) for f in facts if f.value["office"] == "ru.prime_minister"]
    assert prime_ministers == [("person:yevgeny-primakov", "1998-09")]


def test_a_title_set_off_by_commas_after_a_name_is_that_names() -> None:
    """Ishiba was defence minister in 2007-2008 (rules/kb); his cabinet of 1 October 2024 made Takeshi
    Iwaya foreign minister (https://tass.com/world/1850271)."""
    said = claims("وعيّن شيغيرو إيشيبا، وزير الدفاع الأسبق، تاكيشي إيوايا وزيرا للخارجية في حكومته الأولى.",
                  "2024-10-02")
    assert ("person:shigeru-ishiba", "jp.defense_minister", ("former",)) in said
    assert not any(s == "person:takeshi-iwaya" and o == "jp.defense_minister" for s, o, _ in said)


def test_the_one_who_takes_an_office_named_before_an_apposition() -> None:
    """Choi Sang-mok, finance minister, was acting president from 27 December 2024
    (http://www.koreatimesus.com/acting-president-choi-sang-mok-vows-to-prioritize-stabilizing-state-affairs/)."""
    said = claims("ويتولى تشوي سانغ موك، وزير المالية، منصب الرئيس بالإنابة منذ 27 كانون الأول/ديسمبر.", "2025-01-10")
    assert any(s == "person:choi-sang-mok" and o == "kr.president" and "acting" in q for s, o, q in said)


@pytest.mark.parametrize("text", ["وعقد الزعيمان مؤتمرا صحفيا بسيئول مساء.", "سيئول (أ ف ب) - أعلن الرئيس الكوري الجنوبي."])
def test_a_short_name_with_a_hamza_seat_its_spelling_lacks_is_an_unlisted_spelling(text: str) -> None:
    """سيئول is Seoul (house style سيول), too short for a one-letter typo (https://en.wikipedia.org/wiki/Seoul)."""
    assert ("place:seoul", "unlisted") in mentions(text)


def test_a_doubled_letter_of_a_listed_spelling_is_that_spelling() -> None:
    assert ("place:kyiv", "house") in mentions("ووصل الوفد إلى كييف أمس.")


# A title in the dual or plural is each name's after it: after its own country, or the countries
# first and the names in their order. The Tokyo meeting of 28 July 2024:
# https://www.nippon.com/en/news/yjj2024072800104/japan-u-s-s-korea-reaffirm-unity-over-n-korea.html;
# Lavrov and Wang Yi in Beijing, 9 April 2024: https://en.wikipedia.org/wiki/Sergey_Lavrov
GROUP_TITLES = [
    ("واجتمع وزراء دفاع الولايات المتحدة لويد أوستن واليابان مينورو كيهارا وكوريا الجنوبية شين وون سيك "
     "في طوكيو الأحد.", "2024-07-28",
     [("person:lloyd-austin", "us.defense_minister"), ("person:minoru-kihara", "jp.defense_minister"),
      ("person:shin-won-sik", "kr.defense_minister")]),
    ("وبحث وزيرا خارجية روسيا والصين سيرغي لافروف ووانغ يي في بكين الأزمة الأوكرانية.", "2024-04-09",
     [("person:sergei-lavrov", "ru.foreign_minister"), ("person:wang-yi", "cn.foreign_minister")]),
    # the countries named, one name: whose title it is is not said
    ("وبحث وزيرا خارجية روسيا والصين سيرغي لافروف الأزمة الأوكرانية.", "2024-04-09", []),
    ("ودعا وزراء خارجية الدول السبع إلى وقف إطلاق النار.", "2024-04-09", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), GROUP_TITLES)
def test_a_title_in_the_plural_is_each_names_in_its_country(text: str, published: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


def test_counterparts_in_the_dual_are_of_the_two_titled_before_in_their_order() -> None:
    # the Tokyo 2+2 of 16 March 2021: https://www.infobae.com/america/agencias/2021/03/16/advisory-usa-asiajapan-meeting/
    text = ("وعقد وزير الخارجية الأمريكي أنتوني بلينكن ووزير الدفاع لويد أوستن في طوكيو الثلاثاء محادثات "
            "مع نظيريهما اليابانيين توشيميتسو موتيغي ونوبو كيشي.")
    assert [(s, o) for s, o, _ in claims(text, "2021-03-16")] == [
        ("person:antony-blinken", "us.foreign_minister"), ("person:lloyd-austin", "us.defense_minister"),
        ("person:toshimitsu-motegi", "jp.foreign_minister"), ("person:nobuo-kishi", "jp.defense_minister")]


# The bare "الأمين العام" is the UN's only for one who held that office; NATO's and the party's are
# other offices. Annan's last months: https://en.wikipedia.org/wiki/Kofi_Annan; Kim Jong Un is the
# party's General Secretary since 2021: https://en.wikipedia.org/wiki/Kim_Jong_Un
BARE_SECRETARY_GENERAL = [
    ("وقال الأمين العام الحالي كوفي عنان إن المنظمة تحتاج إلى إصلاح.", "2006-11-20",
     [("person:kofi-annan", "un.secretary_general")]),
    ("وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن الحلف موحد.", "2022-03-01", []),
    ("وترأس الأمين العام كيم جونغ أون اجتماع المكتب السياسي.", "2022-03-01", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), BARE_SECRETARY_GENERAL)
def test_the_bare_secretary_general_is_the_uns_only_for_a_holder(text: str, published: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


def test_the_one_who_takes_up_his_duties_is_named_before_them() -> None:
    # Guterres takes office on 1 January 2017: https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres
    text = "ويتسلم البرتغالي أنطونيو غوتيريش مهامه أمينا عاما للأمم المتحدة في الأول من كانون الثاني/يناير."
    assert [(s, o) for s, o, _ in claims(text, "2016-12-30")] == [("person:antonio-guterres", "un.secretary_general")]


# A portfolio given is the office of the one named after إلى or ل, not of the giver. Kamikawa
# foreign minister in Kishida's reshuffle of 13 September 2023: https://en.wikipedia.org/wiki/Y%C5%8Dko_Kamikawa;
# Kishida acting defence minister from 28 July 2017: https://en.wikipedia.org/wiki/Tomomi_Inada;
# Nakatani back at defence on 1 October 2024: https://en.wikipedia.org/wiki/Gen_Nakatani
PORTFOLIOS = [
    ("وأسند رئيس الوزراء فوميو كيشيدا حقيبة الخارجية إلى يوكو كاميكاوا في التعديل الوزاري.", "2023-09-13",
     [("person:fumio-kishida", "jp.prime_minister", ()), ("person:yoko-kamikawa", "jp.foreign_minister", ("started",))]),
    ("وأعلن آبي تسليم حقيبة الدفاع بالوكالة لوزير الخارجية فوميو كيشيدا.", "2017-07-28",
     [("person:fumio-kishida", "jp.foreign_minister", ()),
      ("person:fumio-kishida", "jp.defense_minister", ("acting", "started"))]),
    ("وعاد جين ناكاتاني إلى منصب وزير الدفاع.", "2024-10-01", [("person:gen-nakatani", "jp.defense_minister", ("started",))]),
    ("وأسند الرئيس حقيبة الدفاع إلى شخصية مدنية.", "2024-10-01", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), PORTFOLIOS)
def test_a_portfolio_given_is_the_office_of_the_one_it_is_given_to(
        text: str, published: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert claims(text, published) == expected


# Primakov dismissed on 12 May 1999: https://en.wikipedia.org/wiki/Yevgeny_Primakov; Lavrov kept the
# ministry in Mishustin's government of 21 January 2020: https://en.wikipedia.org/wiki/Mishustin_Cabinet;
# Shoigu secretary of the council since 12 May 2024: https://en.wikipedia.org/wiki/Sergei_Shoigu;
# Reznikov dismissed on 5 September 2023: https://en.wikipedia.org/wiki/Oleksii_Reznikov
HELD_AND_LEFT = [
    # a possessive title is not the possessor's, named right before it
    ("وأقال يلتسين رئيس حكومته يفغيني بريماكوف.", "1999-05-12", [("person:yevgeny-primakov", "ru.prime_minister")]),
    ("وهي رابع مرة يقيل فيها يلتسين رئيس حكومته.", "1999-08-09", []),
    ("واحتفظ سيرغي لافروف بحقيبة الخارجية في الحكومة الجديدة.", "2020-01-21", [("person:sergei-lavrov", "ru.foreign_minister")]),
    ("وقال سيرغي شويغو، الذي يشغل منصب أمين مجلس الأمن الروسي منذ أيار/مايو 2024، إن الحوار مستمر.", "2025-03-01",
     [("person:sergei-shoigu", "ru.security_council.secretary")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), HELD_AND_LEFT)
def test_who_holds_a_possessive_title_a_kept_portfolio_an_office_in_a_relative_clause(
        text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


def test_a_minister_dismissed_is_a_former_one() -> None:
    assert claims("والتقى وزير الدفاع المقال أوليكسي ريزنيكوف موظفي الوزارة.", "2023-09-06") == [
        ("person:oleksii-reznikov", "ua.defense_minister", ("former",))]


def test_a_title_joined_by_and_inside_an_aside_after_a_name_is_that_names() -> None:
    # Patrushev, FSB director 1999-2008, the council's secretary 2008-2024: https://en.wikipedia.org/wiki/Nikolai_Patrushev
    text = "وقال نيكولاي باتروشيف، المدير الأسبق لجهاز الأمن الفيدرالي وأمين مجلس الأمن الروسي، إن الحوار مستمر."
    assert [(s, o) for s, o, _ in claims(text, "2020-06-01")] == [("person:nikolai-patrushev", "ru.security_council.secretary")]
    # right after the comma, a title is another's: "بوتين، ووزير الدفاع"
    assert claims("وحضر الاجتماع سيرغي شويغو، ووزير الدفاع.", "2020-06-01") == []


def test_the_holders_nationality_after_an_office_of_no_country_is_read_past() -> None:
    # Guterres, Portuguese, secretary-general since 1 January 2017: https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres
    text = "وقال الأمين العام للأمم المتحدة البرتغالي أنطونيو غوتيريش إن الحرب يجب أن تتوقف."
    assert [(s, o) for s, o, _ in claims(text, "2022-03-01")] == [("person:antonio-guterres", "un.secretary_general")]


# A form of address stands between a title and its name; Korea's ministry was of foreign affairs and
# trade from 1998 to 2013. Boutros-Ghali, secretary-general 1992-1996:
# https://en.wikipedia.org/wiki/Boutros_Boutros-Ghali; Ban Ki-moon minister from January 2004:
# https://en.wikipedia.org/wiki/Ban_Ki-moon
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("وزار الأمين العام للأمم المتحدة الدكتور بطرس بطرس غالي سيول.", "1994-01-01",
     [("person:boutros-boutros-ghali", "un.secretary_general")]),
    ("وقال وزير الخارجية والتجارة الكوري الجنوبي بان كي مون إن المحادثات مفيدة.", "2005-03-01",
     [("person:ban-ki-moon", "kr.foreign_minister")]),
])
def test_a_form_of_address_and_a_ministry_of_two_names(text: str, published: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


# Shoigu, the council's secretary from 12 May 2024 (rules/kb/ru.yaml); Medvedev its deputy chair
# from 16 January 2020 (https://en.wikipedia.org/wiki/Dmitry_Medvedev); Belousov acting prime
# minister from 30 April 2020 (https://en.wikipedia.org/wiki/Andrey_Belousov); Cho Hyun foreign
# minister from 21 July 2025 (https://en.wikipedia.org/wiki/Cho_Hyun).
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a qualifier between the secretary and the council
    ("وزار سيرغي شويغو، الأمين الحالي لمجلس الأمن، بيونغ يانغ.", "2024-11-29",
     [("person:sergei-shoigu", "ru.security_council.secretary")]),
    ("وعيّن بوتين دميتري ميدفيديف نائبا لرئيس مجلس الأمن الروسي.", "2020-01-16",
     [("person:dmitry-medvedev", "ru.security_council.deputy_chair")]),
    # the duties of an office are the office
    ("وتسلّم أندريه بيلوسوف مهام رئيس الوزراء الروسي بالوكالة.", "2020-05-01",
     [("person:andrei-belousov", "ru.prime_minister")]),
    # a day, his duties and an adverb between the person and the title
    ("وتسلّم تشو هيون، الاثنين، مهامه رسميا وزيرا للخارجية الكورية الجنوبية.", "2025-07-21",
     [("person:cho-hyun", "kr.foreign_minister")]),
])
def test_titles_past_a_qualifier_the_duties_and_a_day(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, o) for s, o, _ in claims(text, published)] == expected


def test_the_vice_president_without_a_country_is_of_the_country_of_the_holders_offices() -> None:
    # Cheney, US vice-president 2001-2009 (https://en.wikipedia.org/wiki/Dick_Cheney)
    assert [(s, o) for s, o, _ in claims("وأدار نائب الرئيس ديك تشيني القسم.", "2006-12-18")] == [
        ("person:dick-cheney", "us.vice_president")]
    # a country whose offices rules/kb lacks one of: no office is made up (South Korea has no vice-president)
    assert [(s, o) for s, o, _ in claims("وقال نائب الرئيس تشو هيون إن المحادثات مفيدة.", "2025-08-01")] == [
        ("person:cho-hyun", None)]


def _valid(text: str, published: str) -> list[tuple[str, str | None, tuple[str, ...], str, str]]:
    """(subject, office, qualifiers, valid at, basis) of every title claim."""
    return [(f.subject.id, f.value["office"], f.qualifiers, f.valid_at.span.iso(), f.valid_at.basis)
            for f in _facts(text, published, "holds_title")]


# Tomomi Inada resigned as defence minister on 28 July 2017 (https://jmh.usembassy.gov/2017072888345/);
# Putin dismissed Mikhail Kasyanov on 24 February 2004 and named Fradkov on Monday 1 March
# (http://www.nbcnews.com/id/4455531/ns/world_news/)
def test_the_object_of_a_resignation_told_as_done_held_the_office_until_then() -> None:
    [inada] = _valid("وجاءت التجربة بعد يومين من استقالة وزيرة الدفاع اليابانية تومومي إينادا.", "2017-07-30")
    assert inada[0] == "person:tomomi-inada" and "ended" in inada[2] and inada[4] == "published"
    # a day before the after-word is a later act's, not the dismissal's
    [kasyanov] = [c for c in _valid("وأعلن بوتين يوم الاثنين ترشيح فرادكوف بعد أسبوع من إقالته رئيس الوزراء ميخائيل "
                                    "كاسيانوف.", "2004-03-02") if c[0] == "person:mikhail-kasyanov"]
    assert "ended" in kasyanov[2] and kasyanov[4] == "published"
    # an impeachment suspends: "إثر عزل" is no end of the term
    assert all("ended" not in c[2] for c in _valid("وتولى هان دوك سو مهام الرئاسة إثر عزل الرئيس يون سوك يول.", "2024-12-20"))


# Putin addressed the Federal Assembly on 29 February 2024
# (https://en.wikipedia.org/wiki/2024_Presidential_Address_to_the_Federal_Assembly); Guterres took
# office on 1 January 2017 (http://heights.com.pk/news/story/29115)
def test_a_title_before_its_name_holds_as_written_and_a_predicate_from_the_day_to_come() -> None:
    assert _valid("ويلقي الرئيس الروسي فلاديمير بوتين غدا الخميس خطابه السنوي أمام الجمعية الفدرالية.", "2024-02-28") == [
        ("person:vladimir-putin", "ru.president", (), "2024-02-28", "published")]
    [guterres] = _valid("ويبدأ أنطونيو غوتيريش مهامه أمينا عاما للأمم المتحدة في الأول من كانون الثاني/يناير المقبل.",
                        "2016-12-20")
    assert guterres[3] == "2017-01-01"


# Lavrov held talks with Wang Yi, China's foreign minister, in Moscow on 18 September 2023
# (https://sputnikglobe.com/20230918/lavrov-and-chinese-foreign-minister-wang-yi-hold-talks-in-moscow-1113447348.html)
def test_a_counterpart_with_no_title_before_it_is_that_of_the_last_title_of_another_country() -> None:
    facts = _facts("وصل وزير الخارجية الصيني وانغ يي إلى موسكو اليوم. وعقد الضيف الصيني محادثات مع نظيره الروسي "
                   "سيرغي لافروف.", "2023-09-18", "holds_title")
    assert ("person:sergei-lavrov", "ru.foreign_minister") in [(f.subject.id, f.value["office"]) for f in facts]
    # someone else named before it is whose counterpart: no title is borrowed
    facts = _facts("وصل وزير الخارجية الصيني وانغ يي إلى موسكو اليوم. والتقى كيم جونغ أون نظيره الروسي "
                   "فلاديمير بوتين.", "2023-09-18", "holds_title")
    assert "person:vladimir-putin" not in [f.subject.id for f in facts]


# Putin said in Minsk on 6 December 2024 that the Oreshnik could be deployed in Belarus in the second
# half of 2025 (https://www.deccanherald.com/amp/story/world%2Fputin-says-oreshnik-missiles-could-be-deployed-in-belarus-in-late-2025-3307070); Lebed was Security Council secretary under
# Yeltsin in 1996 (https://en.wikipedia.org/wiki/Alexander_Lebed)
def test_a_particle_with_its_proclitic_is_no_name_and_an_era_holds_then() -> None:
    assert [c for c in claims("ورد الرئيس الروسي بأن نشر الصواريخ قد يصبح ممكنا.", "2024-12-06")
            if c[0].startswith("name:")] == []
    assert ("person:boris-yeltsin", "ru.president", ("then",)) in claims(
        "وكان ليبيد قد عمل سكرتيرا لمجلس الأمن في عهد الرئيس بوريس يلتسين.", "2002-04-29")


# The Rada reappointed Andrii Sybiha foreign minister on 17 July 2025
# (https://nv.ua/ukraine/politics/verhovna-rada-zatverdila-shmigalya-ministrom-oboroni-50530572.html); Lee
# Jae-myung named Kim Min-seok prime minister on 4 June 2025, before the hearing
# (https://menafn.com/1109634024/South-Koreas-New-President-Designates-Premier-Cabinet-Members)
def test_a_reappointment_by_many_is_held_and_one_named_comes_to_the_office() -> None:
    assert claims("كما أعاد النواب تعيين أندري سيبيها وزيرا للخارجية، وأعادوا تعيين سيبيها وزيرا للخارجية.",
                  "2025-07-17") == [("person:andrii-sybiha", "ua.foreign_minister", ())] * 2
    assert ("person:kim-min-seok", "kr.prime_minister", ("next",)) in claims(
        "وسمى الرئيس لي جيه ميونغ النائب كيم مين سيوك رئيسا للوزراء.", "2025-06-04")


# The Sewol sank on 16 April 2014 (https://en.wikipedia.org/wiki/Sinking_of_MV_Sewol); Zapad-2025 was
# held by Russia and Belarus from 12 to 16 September 2025
# (https://www.anews.com.tr/europe/2025/09/12/russia-belarus-launch-joint-zapad-2025-military-drills);
# Nobuo Kishi was Japan's defence minister to August 2022 (https://en.wikipedia.org/wiki/Nobuo_Kishi)
def test_a_quoted_name_of_its_own_and_one_word_unlike_any_spelling_are_no_mention() -> None:
    assert mentions("وتحل اليوم الذكرى العاشرة لغرق العبارة «سيوول» قبالة السواحل الجنوبية.", "2024-04-16") == []
    assert mentions("وتمثل المناورات المرحلة الختامية من التدريب المشترك لجيشي البلدين.", "2025-09-12") == []
    # beside the name as listed, one word off it is his name misspelt
    said = mentions("وقال وزير الدفاع الياباني نوبو كيشي إن الحكومة تتابع الوضع. وأضاف جيشي أن طوكيو ستتشاور مع حلفائها.",
                    "2022-03-24")
    assert [e for e, _ in said] == ["person:nobuo-kishi", "person:nobuo-kishi"]


# The Federation Council held consultations on Andrei Belousov's candidacy (https://tass.com/politics/1787137)
# and Putin signed the decree appointing him on 14 May 2024 (https://www.pravda.com.ua/eng/news/2024/05/14/7455817/);
# Shoigu was made Security Council secretary by the decree of Sunday 12 May (rules/kb/ru.yaml)
def test_an_appointing_noun_with_a_pronoun_names_one_before_its_clause_not_the_signer() -> None:
    assert ("person:andrei-belousov", "ru.defense_minister", ("next",)) in claims(
        "وأنهى مجلس الاتحاد مشاوراته بشأن أندريه بيلوسوف، ووقع الرئيس فلاديمير بوتين مساء مرسوما بتعيينه وزيرا للدفاع.",
        "2024-05-14")
    # Putin, once the council's secretary himself (1999), signs the decree: Shoigu is appointed
    said = claims("وخلف بيلوسوف سيرغي شويغو، الذي أصدر الرئيس فلاديمير بوتين الأحد مرسوما بتعيينه أمينا لمجلس الأمن.",
                  "2024-05-14")
    assert [s for s, o, _ in said if o == "ru.security_council.secretary"] == ["person:sergei-shoigu"]
