"""Extraction on the corpus: names, titles with their time, every date expression."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.corpus import Article, load_article
from factcheck.engine import load_ruleset
from factcheck.extract import Extractor
from factcheck.text.dates import TimeSpan
from factcheck.text.names import name_key

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KB = load_ruleset(None).kb
EXTRACTOR = Extractor(KB)


def article(name: str) -> Article:
    loaded = load_article(CORPUS / f"{name}.md")
    assert isinstance(loaded, Article)
    return loaded


ALL = {p.stem: EXTRACTOR.extract(article(p.stem)) for p in CORPUS.glob("*.md")}


def titles(name: str) -> list[tuple[str, str | None, str, tuple[str, ...], str]]:
    return [(f.subject.id, f.value["office"], str(f.valid_at), f.qualifiers, f.evidence.text)
            for f in ALL[name].facts if f.predicate == "holds_title"]


def test_kim_resolves_to_one_person_in_every_article() -> None:
    for name, extracted in ALL.items():
        kims = {f.subject.id for f in extracted.facts if f.predicate == "mentions"
                and f.value["surface"].startswith(("كيم", "جونغ"))}
        expected = {"person:kim-jong-un", "person:kim-jong-il"} if name.startswith("araby") else {"person:kim-jong-un"}
        assert kims == expected, name


# Facts: Kim Jong Il met Medvedev near Ulan-Ude on 24 August 2011
# (http://www.nbcnews.com/id/44252494/ns/world_news-asiapacific/); Kim Dae-jung and Kim Jong Il
# met in Pyongyang in June 2000 (https://en.wikipedia.org/wiki/2000_inter-Korean_summit).
SURNAMES = [
    ("التقى ميدفيديف الزعيم الكوري الشمالي كيم جونغ إل قرب أولان أودي. وقال كيم إن المحادثات كانت مثمرة.",
     "2011-08-24", "person:kim-jong-il"),
    ("وصل الرئيس الكوري الجنوبي كيم داي جونغ إلى بيونغ يانغ، وقال كيم للصحفيين إنه متفائل.",
     "2000-06-13", "person:kim-dae-jung"),
    ("التقى كيم جونغ إل بوتين عام 2001. وبعد وفاته خلفه ابنه كيم جونغ أون، وزار كيم روسيا عام 2019.",
     "2024-06-19", "person:kim-jong-un"),
    ("قال كيم إن بلاده لن تتخلى عن برنامجها النووي.", "2023-09-13", "person:kim-jong-un"),
]


@pytest.mark.parametrize(("text", "published", "person"), SURNAMES)
def test_a_surname_alone_is_the_person_last_named_in_full_by_it(text: str, published: str, person: str) -> None:
    """The last "كيم" of each text; no spelling is reported for a surname standing for the full name."""
    doc = Article("a", "a", text, TimeSpan.parse(published))
    mentions = [f for f in EXTRACTOR.extract(doc).facts if f.predicate == "mentions"]
    last = [f for f in mentions if f.value["surface"].endswith("كيم")][-1]
    assert last.subject.id == person
    assert last.value["spelling"] in {"alias", "house"}

TITLES = {
    "asharq-2024-09-14-shoigu-pyongyang": [
        ("person:kim-jong-un", "kp.leader", "2024-09-14", (), "الزعيم الكوري الشمالي كيم جونغ أون"),
        ("person:sergei-shoigu", "ru.security_council.secretary", "2024-09-14", (), "الأمين العام لمجلس الأمن الروسي سيرغي شويغو"),
        ("person:vladimir-putin", "ru.president", "2024-06", (), "الرئيس الروسي فلاديمير بوتين"),
        ("person:sergei-shoigu", "ru.security_council.secretary", "2024-09-14", (), "الأمين العام لمجلس الأمن الروسي سيرغي شويغو"),
        ("person:kim-jong-un", "kp.leader", "2024-09-14", (), "زعيم كوريا الشمالية كيم جونغ أون"),
        ("person:xi-jinping", "cn.president", "2024-09-14", (), "والرئيس الصيني شي جينبينغ"),
        ("person:sergei-shoigu", "ru.defense_minister", "2024-05", ("ended",), "وزير الدفاع"),
        ("person:sergei-shoigu", "ru.security_council.chair", "2024-05/2024-09-14", (), "ويرأس شويغو مجلس الأمن الروسي"),
        ("person:sergei-shoigu", "ru.security_council.secretary", "2024-09-14", (), "الأمين العام لمجلس الأمن الروسي سيرغي شويغو"),
    ],
    "araby-2024-06-12-kim-letter-putin": [
        ("person:kim-jong-un", "kp.leader", "2024-06-12", (), "الزعيم كيم جونغ أون"),
        ("person:vladimir-putin", "ru.president", "2024-06-12", (), "الرئيس فلاديمير بوتين"),
        ("person:donald-trump", "us.president", "2017-11", ("then",), "الرئيس الأميركي آنذاك دونالد ترامب"),
        ("person:andrei-rudenko", "ru.deputy_foreign_minister", "2024-05-30", (), "نائب وزير الخارجية الروسي أندريه رودينكو"),
        ("person:kim-jong-il", "kp.leader", "2024-06-12", ("former",), "الرئيس السابق كيم جونغ إل"),
    ],
    "arabi21-2023-09-kim-putin-may-meet": [
        ("person:kim-jong-un", "kp.leader", "2023-09", (), "الزعيم الكوري الشمالي كيم جونغ-أون"),
        ("person:artyom-lukin", None, "2023-09", (), "أرتيوم لوكين، الأستاذ في جامعة"),
        ("person:sergei-shoigu", "ru.defense_minister", "2023-07", (), "وزير الدفاع الروسي سيرغي شويغو"),
    ],
    "unknown-2023-09-12-kim-visits-russia": [
        ("person:kim-jong-un", "kp.leader", "2023-09-12", (), "رئيس كوريا الشمالية، كيم جونج"),
        ("person:vladimir-putin", "ru.president", "2023-09-12/2023-09-22", (), "الرئيس الروسي فلاديمير بوتين"),
        ("person:dmitry-peskov", "ru.kremlin_spokesperson", "2023-09-12", (), "المتحدث باسم الكرملين، دميتري بيسكوف"),
        ("person:vladimir-putin", "ru.president", "2023-09-12", (), "الرئيس بوتين"),
        ("person:mao-ning", "cn.mfa_spokesperson", "2023-09-12", (), "ماو نينغ، المتحدث باسم وزارة الخارجية الصينية"),
        ("person:yang-jin", None, "2023-09-12", (), "يانج جين، زميل باحث مشارك"),
        ("person:matthew-miller", "us.state_department_spokesperson", "2023-09-11", (), "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر"),
        ("person:jeon-ha-kyu", "kr.defense_ministry_spokesperson", "2023-09-04/2023-09-10", (), "المتحدث باسم وزارة الدفاع الكورية الجنوبية جيون ها كيو"),
        ("person:song-zhongping", None, "2023-09-12", (), "سونج تشونج بينج، الخبير العسكري الصيني"),
        ("person:li-haidong", None, "2023-09-12", (), "لي هايدوند، الأستاذ في جامعة"),
    ],
    "umma-2024-11-30-belousov-pyongyang": [
        ("person:kim-jong-un", "kp.leader", "2024-11-30", (), "الزعيم الكوري الشمالي كيم جونغ أون"),
        ("person:andrei-belousov", "ru.defense_minister", "2024-11-30", (), "وزير الدفاع الروسي أندريه بيلوسوف"),
        ("person:andrei-belousov", "ru.defense_minister", "2024-11-30", (), "وزير الدفاع الروسي أندريه بيلوسوف"),
        ("person:kim-jong-un", "kp.leader", "2024-11-30", (), "الزعيم الكوري الشمالي كيم جونج أون"),
        ("person:vladimir-putin", "ru.president", "2024-11-30", (), "الرئيس الروسي فلاديمير بوتن"),
        ("person:hong-min", None, "2024-11-30", (), "هونغ مين، المحلل البارز"),
        ("person:donald-trump", "us.president", "2024-11-30", ("elect",), "الرئيس الأمريكي المنتخب دونالد ترامب"),
        ("person:yoon-suk-yeol", "kr.president", "2024-11-01/2024-11-30", (), "الرئيس الكوري الجنوبي يون سوك يول"),
    ],
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_titles_with_their_time(name: str) -> None:
    assert titles(name) == TITLES[name]


def test_unknown_person_is_keyed_by_the_normalized_name() -> None:
    without_hong = replace(KB, entities={k: v for k, v in KB.entities.items() if k != "person:dae-un-hong"})
    # the copy builds its own indexes: the shared knowledge base keeps one term, not two
    assert len(KB.holdings_of("person:sergei-shoigu", "ru.defense_minister")) == 1
    assert len(without_hong.holdings_of("person:sergei-shoigu", "ru.defense_minister")) == 1
    extracted = Extractor(without_hong).extract(article("asharq-2024-10-06-china-dprk"))
    [analyst] = [f for f in extracted.facts if f.value.get("role") == "analyst"]
    # keyed by transliteration, like the names the knowledge base lists
    assert (analyst.subject.id, analyst.subject.name) == ("name:" + name_key("داي اون هونغ"), "داي أون هونغ")
    assert analyst.value["label"] == "المحلل الكوري الجنوبي"


def test_a_headline_running_on_from_a_title_is_no_name() -> None:
    facts = ALL["umma-2024-11-30-belousov-pyongyang"].facts
    assert not [f for f in facts if f.subject.id.startswith("name:")]


# Every date expression of the six articles, read by hand: (text, value). Right after منذ a
# date opens a span up to publication ("منذ عام 2020" on 30 September 2023 is 2020/2023-09-30).
DATES = {
    "arabi21-2023-09-kim-putin-may-meet": [
        ("حزيران/ يونيو الماضي", "2023-06"), ("تموز/ يوليو الماضي", "2023-07"), ("العام الماضي", "2022"),
        ("عام 2020", "2020/2023-09-30"), ("(1950- 1953)", "1950/1953"), ("التسعينيات", "1990/1999"),
        ("عام 2017", "2017"), ("عام 2019", "2019")],
    "araby-2024-06-12-kim-letter-putin": [
        ("اليوم الأربعاء", "2024-06-12"), ("العام الماضي", "2023"), ("يوم الاثنين", "2024-06-10"),
        ("الأسابيع المقبلة", "2024-06-12/2024-07-17"), ("يومي 19 و20 يونيو/حزيران", "2024-06-19/2024-06-20"),
        ("نوفمبر/تشرين الثاني 2017", "2017-11"), ("30 مايو/ أيار الماضي", "2024-05-30"),
        ("يوليو/تموز 2000", "2000-07"), ("شهر سبتمبر/أيلول الماضي", "2023-09"),
        ("الأشهر القليلة الماضية", "2024-02-13/2024-06-12"), ("هذا الأسبوع", "2024-06-10/2024-06-16")],
    "asharq-2024-09-14-shoigu-pyongyang": [
        ("السبت", "2024-09-14"), ("منذ أكثر من 30 شهرا", "../2022-03-14"), ("الفترة الأخيرة", "2024-05-17/2024-09-14"), ("يونيو (حزيران)", "2024-06"),
        ("مايو (أيار)", "2024-05"), ("يوليو (تموز) 2023", "2023-07"), ("العام 1953", "1953"),
        ("هذا الأسبوع", "2024-09-09/2024-09-15"), ("هذا العام", "2024"), ("عام 2022", "2022")],
    "asharq-2024-10-06-china-dprk": [
        ("20 يونيو 2019", "2019-06-20"), ("الأحد", "2024-10-06"), ("الأحد", "2024-10-06"),
        ("1950-1953", "1950/1953"), ("يونيو (حزيران)", "2024-06"), ("العام الحالي", "2024"),
        ("الاثنين", "2024-10-07"), ("يناير (كانون الثاني) الماضي", "2024-01"),
        ("حقبة تسعينات القرن الماضي", "1990/2024-10-06")],
    "umma-2024-11-30-belousov-pyongyang": [
        ("2024-11-30", "2024-11-30"), ("السبت 30 نوفمبر 2024", "2024-11-30"), ("الجمعة", "2024-11-29"),
        ("يونيو/حزيران", "2024-06"), ("يوم السبت", "2024-11-30"), ("فبراير/شباط 2022", "2022-02"),
        ("في وقت سابق من هذا الشهر", "2024-11-01/2024-11-30"), ("يوم الجمعة", "2024-11-29"),
        ("وفي وقت سابق من هذا الشهر", "2024-11-01/2024-11-30"), ("يوم الأربعاء", "2024-11-27"),
        ("في وقت سابق من هذا الشهر", "2024-11-01/2024-11-30")],
    "unknown-2023-09-12-kim-visits-russia": [
        ("يوم الثلاثاء", "2023-09-12"), ("الأيام القليلة المقبلة", "2023-09-12/2023-09-22"),
        ("يوم الثلاثاء", "2023-09-12"), ("يوم الثلاثاء", "2023-09-12"), ("يوم الاثنين", "2023-09-11"),
        ("الأسبوع الماضي", "2023-09-04/2023-09-10"), ("الأسبوع الماضي", "2023-09-04/2023-09-10"),
        ("يوم الثلاثاء", "2023-09-12"), ("الشهر الماضي", "2023-08"), ("هذا العام", "2023")],
}


@pytest.mark.parametrize("name", sorted(DATES))
def test_every_date_expression_is_found_and_resolved(name: str) -> None:
    found = [(d.text, d.span.iso() if d.span else None) for d in ALL[name].dates]
    assert found == DATES[name]


HIJRI_AND_FORMS = [
    ("الأسبوع المقبل", "2024-06-17/2024-06-23"),
    ("منذ عامين", "2021-06-12/2022-06-12"),  # two full years, not yet three
    ("منذ نحو ثلاثين شهرا", "2021-09-12/2022-03-12"),
    ("في 30/11/2024", "2024-11-30"),
    ("في ٣٠ نوفمبر ٢٠٢٤", "2024-11-30"),
    ("في 15 رمضان 1445 هـ", "2024-03-25"),
    ("خلال شهر رمضان 1445", "2024-03-11/2024-04-09"),
]


@pytest.mark.parametrize(("text", "value"), HIJRI_AND_FORMS)
def test_other_forms(text: str, value: str) -> None:
    undated = Article("x", "x", text, TimeSpan.parse("2024-06-12"))
    assert [d.span.iso() for d in EXTRACTOR.extract(undated).dates if d.span] == [value]


def _claims(text: str, published: str = "2024-01-01") -> list[tuple[str, str | None]]:
    extracted = EXTRACTOR.extract(Article("t", "t", text, TimeSpan.parse(published)))
    return [(f.subject.id, f.value["office"]) for f in extracted.facts if f.predicate == "holds_title"]


# Sentences written by us; the holders and dates are in rules/kb with their sources.
NAMES_WITH_FUNCTION_WORDS = [
    ("وافتتح الرئيس الصيني هو جينتاو الدورة في بكين.", "2008-08-08", "person:hu-jintao", "cn.president"),
    ("وقال رئيس الوزراء الياباني ناوتو كان إن الأزمة هي الأصعب.", "2011-03-13", "person:naoto-kan",
     "jp.prime_minister"),
    ("وقال وزير الدفاع الكوري الجنوبي آن غيو باك إن الجيش في حالة تأهب.", "2025-09-02", "person:ahn-gyu-back",
     "kr.defense_minister"),
    ("وقال وزير الخارجية الكوري الشمالي ري يونغ هو إن بلاده لن تتراجع.", "2017-09-23", "person:ri-yong-ho",
     "kp.foreign_minister"),
]


@pytest.mark.parametrize(("text", "published", "person", "office"), NAMES_WITH_FUNCTION_WORDS)
def test_a_listed_name_holding_a_function_word_is_still_read(text: str, published: str, person: str,
                                                               office: str) -> None:
    assert _claims(text, published) == [(person, office)]


def test_an_unlisted_name_may_hold_a_syllable_that_is_a_function_word_but_not_a_particle() -> None:
    # https://en.wikipedia.org/wiki/Ma_Zhaoxu: ما is a syllable of the name here
    assert _claims("واستقبل نائب وزير الخارجية الصيني ما تشاو شيوي، السفير الروسي.") == [
        ("name:" + name_key("ما تشاو شيوي"), "cn.deputy_foreign_minister")]
    # ان written for أن is a particle, never the Korean آن
    assert _claims("وقال وزير الخارجية الكوري الجنوبي ان بلاده، ستواصل الحوار.") == []


def test_the_words_before_a_title_can_make_it_someone_elses() -> None:
    for text in ("وأعلن مساعد الرئيس الروسي يوري أوشاكوف، أن القمة ستعقد قريبا.",
                 "وقال نائب رئيس الوزراء الروسي ألكسندر نوفاك، إن الصادرات ارتفعت.",
                 "وقال النائب الأول السابق لرئيس الوزراء أندريه بيلوسوف إن الاقتصاد ينمو.",
                 "وقال المتحدث باسم الرئيس الأوكراني سيرغي نيكيفوروف، إن الاجتماع ألغي."):
        assert _claims(text) == [], text


# Sentences written by us. Korean War 1950-06-25 to 1953-07-27 (https://en.wikipedia.org/wiki/Korean_War),
# the invasion of Ukraine 2022-02-24 (https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine).
ANNIVERSARIES = [
    ("أقامت كوريا الشمالية الخميس عرضا عسكريا في الذكرى السبعين لانتهاء الحرب الكورية.", "2023-07-27",
     [("korean-war", 70, "end")]),
    ("وأحيت سيول الأحد الذكرى الثالثة والسبعين لاندلاع الحرب الكورية.", "2023-06-25", [("korean-war", 73, "start")]),
    ("وأحيت بيونغ يانغ الذكرى السبعين لتوقيع الهدنة التي أنهت القتال في الحرب الكورية.", "2023-07-27",
     [("korean-war-armistice", 70, "start")]),
    # unnumbered: the event's words right after the anniversary word, or none
    ("وأضاء سكان كييف السبت الشموع في الذكرى السنوية لاندلاع الحرب في أوكرانيا.", "2024-02-24",
     [("russia-invades-ukraine", None, "start")]),
    ("وأضاء سكان كييف السبت الشموع في الذكرى السنوية لمعركة قديمة قبل الحرب في أوكرانيا.", "2024-02-24", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANNIVERSARIES)
def test_an_anniversary_names_its_event_and_which_end(text: str, published: str,
                                                       expected: list[tuple[str, int | None, str]]) -> None:
    extracted = EXTRACTOR.extract(Article("t", "t", text, TimeSpan.parse(published)))
    assert [(f.value["event"], f.value["ordinal"], f.value["counted_from"])
            for f in extracted.facts if f.predicate == "anniversary"] == expected
