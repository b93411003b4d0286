"""Titles of people: "وزير الدفاع الروسي سيرغي شويغو" → Shoigu holds ru.defense_minister.

Forms come from rules/lexicon/titles.yaml (role templates × countries.yaml). A title
takes the person written right after it ("الرئيس الصيني شي جينبينغ", also after a
qualifier or a comma) or, failing that, right before it ("هونغ مين، المحلل البارز").
Verbal forms: "ويرأس شويغو مجلس الأمن الروسي", "بوتين، الذي يرأس مجلس الأمن" and
"مجلس الأمن الروسي، الذي يرأسه الرئيس فلاديمير بوتين" (heads a body), "تنحيه عن منصب وزير الدفاع" (left an office:
the person is the one the pronoun points back to, the nearest name before it), "تعيين
وانغ يي في منصب وزير الخارجية" (took one). A dual is said of the two names after it
("الرئيسان جيانغ زيمين وفلاديمير بوتين"), a plural of each name after its country ("وزراء
خارجية كوريا الجنوبية بارك جين واليابان يوكو كاميكاوا"), counterparts in the dual of the two
titled before ("نظيريهما الكوريين الجنوبيين"); a title shared by و and another adjective is
the same role in that country ("وزير الخارجية الياباني X والكوري الجنوبي Y"). Words
before a title may qualify it ("القائم بأعمال وزير الدفاع": acting), and so may one
inside it ("الأمين العام السابق للأمم المتحدة"); a form without a country may take one
after في ("وزير الدفاع الوطني في كوريا الشمالية").

The time a title holds at (`valid_at`) is the date its own clause gives (the nearest
one, commas bounding a clause, and none that إن/أن after the title reports: "وقال
المتحدث ... إن بوتين سيعود ... في مارس" dates what is said, not the speaker); a date
after منذ makes the claim run from that date to publication ("يرأس ... منذ تنحيه ... في
مايو"); a title that says آنذاك/حينها takes the sentence's date; a change of office
(تنحيه عن منصب) is dated by the date that follows it, else by its clause's; former and
elect (السابق، المنتخب) hold at publication; otherwise publication.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from factcheck.extract.entities import NameMention, unlisted_mention_fact
from factcheck.extract.sentence import APPOSITION_OPENING, SentenceContext
from factcheck.facts import Fact, Subject, ValidAt
from factcheck.knowledge import Knowledge
from factcheck.text import TIMEOUT
from factcheck.text.dates import DateMention, TimeSpan
from factcheck.text.lexicon import alternation, key, with_proclitics
from factcheck.text.names import name_key
from factcheck.text.normalize import NormalizedText, fold, strip_marks

_GAP = regex.compile(r"[\s,]{1,3}")  # between a title and its person: spaces, one comma
_AND = regex.compile(r"\s*,?\s*و")  # between the two names of a dual title
_JOINED = regex.compile(r"\s*و\s*")  # between two titles, the و standing apart
_BLANK = regex.compile(r"\s*,?\s*")  # "بوتين، ورئيس الوزراء": a comma before و joins too
_CLAUSE_END = regex.compile(r"[,.;:]")
_DEFINITE = regex.compile(r"[وف]?(?:ال|لل)")  # الجبير, والمعلق, للرئيس
_WORD = regex.compile(r"\p{L}{2,}")
CURRENT = "current"  # الحالي: the plain claim, said outright; read past, not kept
READ_PAST = frozenset({CURRENT, "honorific"})  # and الدكتور، الرفيق: a form of address
_MANNER = regex.compile(r"بال\p{L}{3,}")  # an adverb of manner: بالتزكية، بالإجماع، بالأغلبية
_SPACE = regex.compile(r"\s{1,2}")
_LETTERS = regex.compile(r"\p{L}+")
_RELATIVE_VERB = regex.compile(r"(?<!\p{L})(?:الذي|التي|الذين|اللذين|اللتين)\s+(?P<verb>\p{L}+)")
_PORTFOLIO_WORDS = 5  # between a portfolio's إلى and the one given it: "وزير الدفاع الياباني السابق"
_APPOINTER_WORDS = 8  # between a verb of coming to an office and its person: "الرئيس الروسي فلاديمير بوتين الأربعاء"
# an indefinite title and its ل ("وزيرا للدفاع", "رئيسة للوزراء", "أمينا عاما للأمم المتحدة"): what one is,
# was or is made, not a name's title
_PREDICATE = regex.compile(r"[وف]?(?!ال)\p{L}+(?:\s+(?!ال)\p{L}+ا)?\s+ل")


@dataclass(frozen=True)
class TitleMention:
    """A title said of a person, in normalized sentence offsets."""

    start: int
    end: int
    role: str
    country: str | None
    person: NameMention | None
    unknown_name: tuple[int, int] | None  # the words of a name the knowledge base lacks
    qualifiers: tuple[str, ...]


@dataclass(frozen=True)
class EarlierTitle:
    """An office title an earlier sentence of the article said: whose a later counterpart (نظيره) may be."""

    role: str
    country: str
    holder: str  # the entity id of the one it was said of
    feminine: bool  # its first word (وزيرة، الرئيسة): whom نظيرها may point back to


@dataclass(frozen=True)
class _Head:
    """A title form found in the text, before its person is looked for."""

    start: int
    end: int
    role: str
    country: str | None
    qualifiers: tuple[str, ...]
    after: int  # where the person would start: after the title and its qualifiers
    lead: int  # where the title's words begin, with the qualifiers before it (القائم بأعمال)
    # after "مدير مكتب" / "باسم" (of_the_office): the name after is the title's only if it ever held the
    # office ("مدير مكتب الرئيس فولوديمير زيلينسكي"), else the body's head ("رئيس مكتب الرئيس ... يرماك")
    principal_only: bool = False
    # after a verb of holding ("شغل منصب", "حين كان"): the person is the subject, named before
    held: bool = False
    # the predicate form ("وزيرا للدفاع"): said of the name before it, even one a title took ("عين رئيس
    # الحكومة السابق دينيس شميغال وزيرا للدفاع": the appointee)
    predicate: bool = False
    # a possessive form ("يقيل فيها يلتسين رئيس حكومته"): not said of the name right before it
    possessive: bool = False


class TitleReader:
    """Title mentions in a normalized sentence, given the names found in it."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.adjectives = {key(a): c.id
                           for c in kb.countries.values() for a in c.adjectives}
        self.names = {key(n): c.id for c in kb.countries.values() for n in c.names}
        # "وزير الدفاع الوطني في كوريا الشمالية", "الزعيم الأعلى لكوريا الشمالية", "رئيسا لكوريا الجنوبية"
        self.names_after_li = {(f"لل{name[2:]}" if name.startswith("ال") else f"ل{name}"): c
                               for name, c in self.names.items()}
        self.qualifier_of = {key(w): q
                             for q, words in kb.qualifiers.items() for w in words}
        adj, country = alternation(self.adjectives), alternation(self.names)
        self.inner = alternation(self.qualifier_of)
        self.title_openers = frozenset(fold(form.split()[0]) for role in kb.roles.values() for form in role.forms)
        forms = sorted(((role.id, form) for role in kb.roles.values() for form in (*role.forms, *role.holder_forms)),
                       key=lambda rf: -len(rf[1].split()))
        branches = [f"(?P<f{i}>{self._template(form, adj, country)})" for i, (_, form) in enumerate(forms)]
        # every form starts with one of a few words: looked for first, the branches are tried only there
        firsts = _firsts(form for _, form in forms)
        self.pattern = regex.compile(rf"(?<!\p{{L}})(?=(?:{firsts})(?!\p{{L}}))(?:{'|'.join(branches)})(?!\p{{L}})")
        self.forms = _WordOpened(self.pattern, firsts)
        self.form_groups = _branch_groups(self.pattern, "f", [role for role, _ in forms])
        # "الأمين العام": a form of the office only for one who held it ("الأمين العام كيم جونغ أون" is the party's)
        holder_forms = {(role.id, form) for role in kb.roles.values() for form in role.holder_forms}
        self.holder_branches = frozenset(self.pattern.groupindex[f"f{i}"] for i, rf in enumerate(forms)
                                         if rf in holder_forms)
        # "رئيس حكومته", "وزير خارجيتها": the possessor is the one named right before, not the holder
        self.possessive_branches = frozenset(self.pattern.groupindex[f"f{i}"] for i, (_, form) in enumerate(forms)
                                             if regex.search(r"\p{L}{2}(?<!ة)(?:ه|ها)$", form))
        self.syllables = frozenset(strip_marks(w) for w in kb.name_syllables)
        # "نائب رئيس الوزراء", "مستشار الرئيس الروسي", "المتحدث باسم الرئيس": another person's title
        self.someone_elses = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.not_the_office)})"
                                           rf"(?:\s+(?:{alternation(self.qualifier_of)}))?\s+$")
        # "مدير مكتب الرئيس", "المتحدث باسم الرئيس": the principal's title, said of a name only as of_the_office says
        self.principals = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.of_the_office)})"
                                        rf"(?:\s+(?:{alternation(self.qualifier_of)}))?\s+$")
        self.qualifier_after = regex.compile(
            rf"[\s,]+(?P<q>{alternation(self.qualifier_of)})(?!\p{{L}})")
        # a word of death names the dead by the office held until then: "لرحيل الزعيم كيم جونغ إل"
        # (`died`: TitleFacts makes it former, if the person is dead)
        self.qualifier_before_of = {key(w): "died" for w in kb.event_words.death}
        self.qualifier_before_of |= {key(w): q for q, words in kb.qualifiers_before.items() for w in words}
        self.qualifier_before = regex.compile(
            rf"(?<!\p{{L}})[وف]?[بلك]?(?P<q>{alternation(self.qualifier_before_of)})\s+$")
        self.in_country = regex.compile(
            rf"\s+(?:في\s+(?P<country>{country})|(?:(?P<inner>{self.inner})\s+)?(?P<li>{alternation(self.names_after_li)}))"
            rf"(?!\p{{L}})")
        # "الأربعاء" or "الروسي" after two words is no family name, "الجبير" is
        self.never_names = (frozenset(kb.calendar.weekdays) | frozenset(self.adjectives) | frozenset(self.names)
                            | frozenset(self.qualifier_of))
        # the words of a weekday and a day offset ("اليوم الثلاثاء", "أمس الأول"): no word between a verb and its object
        self.day_words = frozenset(kb.calendar.weekdays) | {w for o in kb.calendar.day_offsets for w in o.split()} | {"يوم"}
        self.duty_words = frozenset(key(w) for w in kb.verbs.get("duties", ()))
        numbers = kb.numbers  # "مع الزعيم الكوري الشمالي تستمر ثلاثة أيام": a count is in no name
        self.number_words = frozenset({*numbers.cardinals, *numbers.scales, *numbers.ordinals, *numbers.teen_words})
        self.shared = regex.compile(rf"\s+و(?P<adj>{adj})(?!\p{{L}})")
        # a nationality adjective (a nisba: البرتغالي، الكوري الجنوبي), listed in countries.yaml or not
        self.nationality_after = regex.compile(r"(?:\s+ال\p{L}{2,}ي(?!\p{L})){1,2}")
        self.counterpart = regex.compile(
            rf"(?<!\p{{L}})[وفبل]?(?P<word>{alternation(kb.counterparts)})\s+(?P<adj>{adj})(?!\p{{L}})")
        self._compile_verbal(adj, country)
        self._compile_groups(adj, country)
        self._compile_portfolios()

    def _compile_verbal(self, adj: str, country: str) -> None:
        """The verbal forms: heads a body, left or took an office, was appointed to one."""
        kb = self.kb
        orgs = [(role.id, org) for role in kb.roles.values() for org in role.orgs]
        org_forms = "|".join(f"(?P<o{i}>{self._template(org, adj, country)})" for i, (_, org) in enumerate(orgs))
        self.org_pattern = regex.compile(rf"\s+(?:{org_forms})(?!\p{{L}})")
        self.org_groups = _branch_groups(self.org_pattern, "o", [role for role, _ in orgs])
        self.heads_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs['heads'])})\s+$")
        # "الرئيس فلاديمير بوتين، الذي يرأس مجلس الأمن الروسي": the name, then what it heads now,
        # the verb agreeing with the pronoun (الذي ترأس is "who chaired", التي ترأس "who chairs")
        he_heads = alternation(v for v in kb.verbs["heads"] if v.startswith("ي"))
        she_heads = alternation(v for v in kb.verbs["heads"] if v.startswith("ت"))
        self.heads_after = regex.compile(rf"\s*,?\s*(?P<verb>الذي\s+(?:{he_heads})|التي\s+(?:{she_heads}))(?=\s)")
        self.left_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs['left'])})\s+$")
        self.took_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs['took'])})\s+$")
        self.held_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('held', ()))})\s+$")
        self.era_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('era', ())) or '(?!)'})\s+$")
        self.was_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('was', ()))})\s+(?:\p{{L}}+\s+){{0,3}}$")
        self.sworn_before = regex.compile(rf"(?<!\p{{L}})(?:{alternation(kb.verbs.get('sworn', ())) or '(?!)'})\s+$")
        self.became_before = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('became', ()))})\s+$")
        chosen = (*kb.verbs.get("appoints", ()), *kb.verbs.get("became", ()))
        self.appoints_in = regex.compile(rf"(?<!\p{{L}})[وف]?ب?(?:{alternation(chosen)})(?:ه|ها)?(?!\p{{L}})")
        # "تسلّم ... بيلوسوف مهام رئيس الوزراء بالوكالة": the duties of an office are the office
        self.appointed_before = regex.compile(rf"(?<!\p{{L}})(?:(?:في|{key('إلى')})\s+)?(?:منصب|مهام)\s+$")
        # "نيكولاي باتروشيف، الذي يشغل منصب أمين مجلس الأمن": the antecedent holds it now
        self.holds_in_relative = regex.compile(
            rf"(?<!\p{{L}})(?:الذي|التي)\s+(?:{alternation(kb.verbs.get('holds', ()))})\s+$")
        self.dismissed_in = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('dismissed', ()))})(?!\p{{L}})")
        self.from_office_before = regex.compile(r"(?<!\p{L})من\s+منصب\s+$")
        after_leaving = alternation(kb.verbs.get("after_leaving", ())) or "(?!)"
        self.after_leaving_before = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{after_leaving})\s+(?:\p{{L}}+\s+){{0,3}}?[وف]?[بل]?"
            rf"(?:{alternation(kb.verbs.get('leaving_nouns', ())) or '(?!)'})\s+$")
        self.after_word = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{after_leaving})(?!\p{{L}})")
        self.dismissal_noun_before = regex.compile(
            rf"(?<!\p{{L}})[وف]?[بل]?(?:{alternation(kb.verbs.get('dismissal_nouns', ()))})\s+$")
        # "وعينه أمينا لمجلس الأمن", "وأعادته إلى مهامه رئيسا للبلاد بالإنابة", "ووقع بوتين مرسوما بتعيينه
        # وزيرا للدفاع": the appointee is the pronoun's, one named before
        appointing = (*kb.verbs.get("appoints", ()), *kb.verbs.get("again", ()))
        self.appointed_pronoun = regex.compile(
            rf"(?<!\p{{L}})[وف]?[بل]?(?:{alternation(appointing)})(?:ه|ها)(?:\s+{key('إلى')}\s+\p{{L}}+)?\s+$")
        # "قبل أن يعيّنه الرئيس الراحل بوريس يلتسين رئيسا للحكومة": the name after the pronoun is the appointer's
        self.appointer_after_pronoun = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(appointing)})(?:ه|ها)\s+(?:\p{{L}}+\s+){{0,3}}$")
        # the verb right before the title, no appointee between: the passive ("الذي عُيّن أمينا لمجلس الأمن")
        self.appointed_passive = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('appoints', ()))})\s+$")
        # "وأعادت اللجنة الدائمة تعيين": the subject may stand between
        self.again_before = regex.compile(
            rf"(?<!\p{{L}})[وف]?ب?(?:{alternation(kb.verbs.get('again', ()))})\s+(?:\p{{L}}+\s+){{0,3}}$")
        comes_to = (*kb.verbs.get("appoints", ()), *kb.verbs.get("takes", ()))
        # "ليتولى نائب رئيس الوزراء ... منصب الرئيس بالإنابة": the consequence, with its ل
        self.comes_to_in = regex.compile(rf"(?<!\p{{L}})[وف]?ل?(?:{alternation(comes_to)})(?!\p{{L}})")
        self.occupies_in = regex.compile(rf"(?<!\p{{L}})[وف]?(?P<verb>{alternation(kb.verbs.get('occupies', ()))}"
                                         rf"|(?P<past>{alternation(kb.verbs.get('occupied', ()))}))(?!\p{{L}})")
        self.post_before = regex.compile(r"(?<!\p{L})منصب\s+$")
        self.appoint_verb = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.verbs.get('appoints', ()))})\s+$")
        headed = alternation(f"{verb}{pronoun}" for verb in kb.verbs["heads"] for pronoun in ("ه", "ها"))
        # "مجلس الأمن الروسي، الذي يرأسه الرئيس فلاديمير بوتين": the body, then who heads it
        self.headed_by = regex.compile(
            rf"(?<!\p{{L}})(?:{org_forms})\s*,?\s*(?:الذي|التي)\s+(?:{headed})(?!\p{{L}})")

    def _compile_groups(self, adj: str, country: str) -> None:
        """The dual and plural forms of the roles that have them (الرئيسان، وزيرا الخارجية، وزراء خارجية)."""
        groups = [(role.id, form, 2) for role in self.kb.roles.values() for form in role.duals]
        groups += [(role.id, form, 0) for role in self.kb.roles.values() for form in role.plurals]
        branches = "|".join(f"(?P<d{i}>{self._template(form, adj, country)})" for i, (_, form, _) in enumerate(groups))
        pattern = regex.compile(rf"(?<!\p{{L}})(?:{branches})(?!\p{{L}})") if groups else None
        self.group_forms = _WordOpened(pattern, _firsts(form for _, form, _ in groups)) if pattern else None
        self.group_roles = _branch_groups(pattern, "d", [r for r, _, _ in groups]) if pattern else []
        self.group_sizes = {f"d{i}": size for i, (_, _, size) in enumerate(groups)}
        # each of the group's countries, by name or adjective: "خارجية اليابان ... والولايات المتحدة"
        self.group_place = regex.compile(rf"(?:(?P<country>{country})|(?P<adj>{adj}))(?!\p{{L}})")
        # "مع نظيريهما الكوريين الجنوبيين يو ميونغ هوان وكيم تاي يونغ": the adjective in the dual or plural
        plural_adjectives = {}
        for form, country_id in self.adjectives.items():
            words = form.split()
            if all(w.endswith("ي") for w in words):
                for ending in ("ين", "ان"):
                    plural_adjectives[" ".join(w + ending for w in words)] = country_id
        self.plural_adjectives = plural_adjectives
        self.counterpart_group = regex.compile(
            rf"(?<!\p{{L}})[وفبل]?(?P<word>{alternation(self.kb.counterpart_groups)})\s+"
            rf"(?P<adj>{alternation(plural_adjectives)})(?!\p{{L}})")

    def _compile_portfolios(self) -> None:
        """A portfolio given: the verb, (its subject,) the portfolio, إلى or ل, the one it is given to."""
        portfolios = [(role.id, p) for role in self.kb.roles.values() for p in role.portfolios]
        branches = "|".join(f"(?P<p{i}>{with_proclitics(p.split()[0])}\\s+{alternation([' '.join(p.split()[1:])])})"
                            for i, (_, p) in enumerate(portfolios))
        self.portfolio = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?:{alternation(self.kb.verbs.get('gives', ()))})(?:\s+\p{{L}}+){{0,6}}?\s+(?:{branches})"
            rf"(?:\s+(?P<acting>{alternation(self.kb.qualifiers.get('acting', ()))}))?\s+(?:{key('إلى')}\s+|ل(?=\p{{L}}))"
        ) if portfolios else None
        self.portfolio_groups = _branch_groups(self.portfolio, "p", [r for r, _ in portfolios]) if portfolios else []
        kept = (*self.kb.verbs.get("keeps", ()), *self.kb.verbs.get("takes", ()))
        self.portfolio_kept = regex.compile(
            rf"(?<!\p{{L}})[وف]?(?P<verb>{alternation(kept)})(?:\s+\p{{L}}+){{1,6}}?\s+(?:{branches})(?!\p{{L}})"
        ) if portfolios else None
        self.kept_groups = _branch_groups(self.portfolio_kept, "p", [r for r, _ in portfolios]) if portfolios else []
        self.keeps = frozenset(key(v) for v in self.kb.verbs.get("keeps", ()))

    def _template(self, form: str, adj: str, country: str) -> str:
        """A form as a pattern; before a word in ل a qualifier may stand ("الأمين العام السابق للأمم")."""
        parts = []
        for k, word in enumerate(form.split()):
            if word == "{adj}":
                parts.append(f"(?P<adj>{adj})")
            elif word == "{to_country}":  # "رئيسا لكوريا الجنوبية"
                parts.append(f"(?P<to_country>{alternation(self.names_after_li)})")
            elif word == "{country}":
                parts.append(f"(?P<country>{country})")
            elif k > 0 and word.startswith("ل"):
                parts.append(rf"(?:(?P<inner>{self.inner})\s+)?{regex.escape(fold(word))}")
            else:
                parts.append(with_proclitics(word) if k == 0 else regex.escape(fold(word)))
        return r"\s+".join(parts)

    def read(self, text: NormalizedText, names: list[NameMention], marks: Sequence[int],
             earlier: Sequence[EarlierTitle] = ()) -> list[TitleMention]:
        """Titles with their person, from nominal and verbal forms.

        A name right after a title is that title's; the title after it may not take it
        back as the name before it ("استقبل وزير الخارجية الروسي سيرغي لافروف وزيرة
        الخارجية الكورية الشمالية ...": Lavrov is not North Korea's minister). `marks` are
        where the sentence's clauses end (SentenceContext.marks); `earlier`, the office titles the
        article's earlier sentences said, in order, whose a counterpart with no title before it is.
        """
        heads = [h for m in self.forms.finditer(text.text) if (h := self._head(m, text.text, marks))]
        own = [h for h in heads if not h.principal_only]  # an aide's counterpart is an aide: no title shared
        heads = heads + self._shared(text.text, own, names)
        heads = sorted(heads + self._counterparts(text.text, own, names, earlier), key=lambda h: h.start)
        taken = {n for h in heads if (n := _name_after(names, text.text, h.after)) is not None}
        starts = frozenset(h.lead for h in heads)
        said = {h: self._nominal(h, text, names, taken, starts, marks) for h in heads}
        self._then_shared(text.text, heads, said)
        mentions = [m for m in said.values() if m is not None]
        mentions.extend(self._joined_after(text.text, heads, said, names))
        mentions.extend(self._acting_beside(text.text, heads, names))
        mentions.extend(self._heads(text.text, names))
        mentions.extend(self._headed_by(text.text, names))
        mentions.extend(self._groups(text.text, names))
        mentions.extend(self._portfolios(text.text, names))
        mentions.extend(self._counterpart_groups(text.text, own, names))
        return mentions

    def _then_shared(self, text: str, heads: list[_Head], said: dict[_Head, TitleMention | None]) -> None:
        """آنذاك said of the first of two titles joined by و is said of both.

        "رئيس مجلس الدولة الصيني آنذاك تشو إن لاي ورئيس الوزراء الكوري الشمالي كيم إيل سونغ":
        both then, the second's name no less than the first's.
        """
        for first, second in zip(heads, heads[1:]):
            after = said[second]
            if after is None or "then" not in first.qualifiers or "then" in after.qualifiers or second.lead < first.after:
                continue
            # the first one's name (a few words), then و: no clause between
            gap = text[first.after:second.lead]
            first_word = _LETTERS.match(text, second.lead, timeout=TIMEOUT)
            joined = gap.rstrip().endswith("و") or (first_word is not None and first_word.group().startswith("و"))
            if joined and not _CLAUSE_END.search(gap, timeout=TIMEOUT) and len(_LETTERS.findall(gap, timeout=TIMEOUT)) <= 5:
                said[second] = replace(after, qualifiers=(*after.qualifiers, "then"))

    def _country(self, match: regex.Match[str], role: str) -> str | None:
        if match.group("adj"):
            return self.adjectives.get(key(match.group("adj")))
        if match.group("country"):
            return self.names.get(key(match.group("country")))
        if to_country := _group(match, "to_country"):
            return self.names_after_li.get(key(to_country))
        return self.kb.roles[role].country

    def _shared(self, text: str, heads: list[_Head], names: list[NameMention]) -> list[_Head]:
        """A title shared: "وزير الخارجية الياباني X والكوري الجنوبي Y".

        Right after a title's person, و and an adjective give the same title in the
        adjective's country.
        """
        found = []
        for head in heads:
            person = _name_after(names, text, head.after)
            match = self.shared.match(text, person.end, timeout=TIMEOUT) if person is not None else None
            if match is not None and self.kb.roles[head.role].is_office:
                qualifiers, after = self._qualifiers(text, match.end())
                start = match.start("adj")
                found.append(_Head(start, match.end(), head.role, self.adjectives.get(key(match.group("adj"))),
                                   qualifiers, after, start))
        return found

    def _counterparts(self, text: str, heads: list[_Head], names: list[NameMention],
                      earlier: Sequence[EarlierTitle] = ()) -> list[_Head]:
        """"نظيره الروسي سيرغي لافروف": the title of the one before, in the adjective's country.

        One's counterpart is of another country: "التقت وزيرة الخارجية اليابانية ... رئيس مجلس
        الدولة الصيني لي تشيانغ، قبل أن تجري محادثات مع نظيرها الصيني" is the Japanese
        minister's, not the Chinese premier's. The pronoun tells whose: in "عيّن الرئيس ... مون جاي
        إن ... كانغ كيونغ وا وزيرةً للخارجية ... قمة تجمعه بنظيره الأمريكي" his counterpart is the
        president's, not the minister's (a feminine title's first word ends in ة, folded ه).
        One named right before without a title of his own stands between: "الوزير أنتوني بلينكن
        ونظيره الصيني" is no counterpart of a spokesman's title named before them. With no title
        before it in the sentence, a counterpart is that of the title of another country an earlier
        sentence said last (of the pronoun's gender), unless someone else is named before it: "وأجرى
        الضيف الصيني ... محادثات مع نظيره الروسي فلاديمير بوتين" after "وصل الرئيس الصيني شي جينبينغ".
        """
        titled: set[str] | None = None  # who has a title of his own, worked out at the first counterpart
        found = []
        for match in self.counterpart.finditer(text, timeout=TIMEOUT):
            country = self.adjectives.get(key(match.group("adj")))
            word = match.group("word")
            feminine = True if word.endswith("ها") else False if word.endswith("ه") else None
            before = [h for h in heads if h.end <= match.start() and self.kb.roles[h.role].is_office
                      and (country is None or h.country != country)
                      and (feminine is None or self._feminine(text, h) in (None, feminine))]
            between = [n for n in names if before and before[-1].end <= n.start and n.end <= match.start()
                       and n.entity.startswith("person:")]
            if between and titled is None:
                titled = {n.entity for h in heads for n in (_name_after(names, text, h.after),
                                                            _name_before(names, text, h.lead)) if n is not None}
            if before and (not between or titled is not None and between[-1].entity in titled):
                qualifiers, after = self._qualifiers(text, match.end())
                if "then" in before[-1].qualifiers:  # "الرئيس الأمريكي آنذاك ... نظيره الروسي": then too
                    qualifiers = tuple(dict.fromkeys((*qualifiers, "then")))
                found.append(_Head(match.start(), match.end(), before[-1].role, country, qualifiers, after, match.start()))
            elif not before and (told := next((e for e in reversed(earlier) if e.country != country
                                               and feminine in (None, e.feminine)), None)) is not None and all(
                    n.entity == told.holder for n in names if n.end <= match.start() and n.entity.startswith("person:")):
                qualifiers, after = self._qualifiers(text, match.end())
                found.append(_Head(match.start(), match.end(), told.role, country, qualifiers, after, match.start()))
        return found

    def _feminine(self, text: str, head: _Head) -> bool | None:
        """Whether a title's first word is feminine (وزيرة، الرئيسة، القائمة بأعمال: ة folded to ه).

        None for a counterpart's (نظيره): its gender is the pronoun's, not the title's.
        """
        first = _LETTERS.match(text, head.lead, timeout=TIMEOUT)
        if first is None or self.counterpart.match(text, head.lead, timeout=TIMEOUT):
            return None
        return first.group().endswith("ه")

    def _qualifiers(self, text: str, end: int) -> tuple[tuple[str, ...], int]:
        """Qualifiers right after a title (السابق، آنذاك), and where its person would start."""
        qualifiers = []
        while (q := self.qualifier_after.match(text, end, timeout=TIMEOUT)) is not None:
            qualifiers.append(self.qualifier_of[key(q.group("q"))])
            end = q.end()
        return tuple(q for q in qualifiers if q not in READ_PAST), end

    def _head(self, match: regex.Match[str], text: str, marks: Sequence[int]) -> _Head | None:
        """The title form with its qualifiers; None when the words before make it someone else's."""
        start, end = match.span()
        if self.someone_elses.search(text, 0, start, timeout=TIMEOUT):
            return None
        principal_only = self.principals.search(text, 0, start, timeout=TIMEOUT) is not None or any(
            match.regs[group][0] != -1 for group in self.holder_branches)
        role = _branch(match, self.form_groups)
        country = self._country(match, role)
        placed = match.group("adj") or match.group("country") or _group(match, "to_country")
        there = None if placed else self.in_country.match(text, end, timeout=TIMEOUT)
        if there is not None:  # "وزير الدفاع الوطني في كوريا الشمالية", "الرئيس السابق لروسيا"
            named = self.names.get(key(there.group("country"))) if there.group("country") else self.names_after_li.get(
                key(there.group("li")))
            country = self.kb.roles[role].country or named
        inner: tuple[str, ...] = tuple(self.qualifier_of[key(m.group("inner"))] for m in (match, there)
                                       if m is not None and m.group("inner"))
        following, after = self._qualifiers(text, there.end() if there else end)
        preceding, lead = self._qualifiers_before(text, start, marks)
        predicate = _PREDICATE.match(text, start, end, timeout=TIMEOUT) is not None
        aside = _aside_before(text, marks, start) if predicate else None
        clause = _clause_start(marks, aside - 1 if aside is not None else start)
        held = (self.held_before.search(text, 0, start, timeout=TIMEOUT) or self.era_before.search(
            text, 0, start, timeout=TIMEOUT)) is not None or predicate and (
            self.was_before.search(text, clause, start, timeout=TIMEOUT) is not None)
        if held:
            preceding += ("then",)
        elif predicate and (chosen := self._last(self.appoints_in, text, clause, start)) and not self._again(text, chosen):
            # "مرسوما يعين سيرغي شويغو أمينا لمجلس الأمن", "اقترح تعيين ... وزيرا للدفاع": the office one is
            # chosen for, whose term starts then or later, whether the decree is signed or only proposed
            # ("وأعاد تعيين أندري سيبيها وزيرا للخارجية": held before and after)
            preceding += ("next",)
        qualifiers = tuple(q for q in dict.fromkeys(inner + following + preceding) if q not in READ_PAST)
        possessive = any(match.regs[group][0] != -1 for group in self.possessive_branches)
        return _Head(start, end, role, country, qualifiers, after, lead, principal_only, held, predicate, possessive)

    def _qualifiers_before(self, text: str, start: int, marks: Sequence[int]) -> tuple[tuple[str, ...], int]:
        """Qualifiers the words before a title give (القائم بأعمال، لوفاة، تنحيه عن منصب), and where they begin."""
        qualifiers: tuple[str, ...] = ()
        lead = start
        if before := self.qualifier_before.search(text, 0, start, timeout=TIMEOUT):
            qualifiers += (self.qualifier_before_of[key(before.group("q"))],)
            lead = before.start()
        if self.left_before.search(text, 0, start, timeout=TIMEOUT) or (
                self.from_office_before.search(text, 0, start, timeout=TIMEOUT) and self._dismissal(text, start, marks)) \
                or self.after_leaving_before.search(text, max(0, start - 60), start, timeout=TIMEOUT):
            qualifiers += ("ended",)  # "تنحيه عن منصب ..."، "أعفى بوتين شويغو من منصب وزير الدفاع"
        elif self.took_before.search(text, 0, start, timeout=TIMEOUT):
            qualifiers += ("started",)
        return qualifiers, lead

    def _nominal(self, head: _Head, text: NormalizedText, names: list[NameMention],
                 taken: set[NameMention], starts: frozenset[int], marks: Sequence[int]) -> TitleMention | None:
        """The person a title is said of: the name after it, else the name before it."""
        plain = text.text
        if head.principal_only:
            person = self._person_after(head, names, plain)
            held = person is not None and person.entity.startswith("person:") and bool(
                self.kb.holdings_of(person.entity)) and not self._never_held(person, head)
            return TitleMention(head.start, head.end, head.role, head.country, person, None,
                                head.qualifiers) if held else None
        named = head.country is not None or not self.kb.roles[head.role].is_office
        appointed = self._appointed(plain, head, names, marks)
        if appointed is not None:
            verb = self._last(self.comes_to_in, plain, 0, appointed.start)
            started = () if verb is not None and self._again(plain, verb) else ("started",)
            return TitleMention(head.start, head.end, head.role, head.country, appointed, None,
                                tuple(dict.fromkeys((*head.qualifiers, *started))))
        occupant = self._occupant(plain, head, names, marks)
        if occupant is not None:
            person, past = occupant
            return TitleMention(head.start, head.end, head.role, head.country, person, None,
                                tuple(dict.fromkeys((*head.qualifiers, *(("then",) if past else ())))))
        person = self._person_after(head, names, plain)
        if person is not None and "," in plain[head.after:person.start]:
            # "وعيّن إيشيبا، وزير الدفاع الأسبق، تاكيشي إيوايا وزيرا للخارجية": set off by commas
            # after a name, the title is that name's, and the name after the comma another's
            before = _name_before(names, plain, head.lead)
            if before is not None and "," in plain[before.end:head.lead] and not self._never_held(before, head):
                person = before
        unknown = self._unknown_after(text, head.after, names, starts) if person is None and named else None
        if person is None and unknown is None:
            before = _name_before(names, plain, head.lead)
            # a name taken by the title before it is this one's too when set off by a comma: an
            # apposition ("رئيس الوزراء ... هوانغ كيو آن، القائم بأعمال الرئيس،")
            free = before is not None and before.entity.startswith("person:") and (
                before not in taken or head.predicate or "," in plain[before.end:head.lead]) and (
                not head.possessive or "," in plain[before.end:head.lead])
            # "فلاديمير بوتين ورئيس الوزراء الهندي": a title joined by و to a name is another person's
            joined = before is not None and self._joined_by_and(plain, before.end, head)
            person = before if free and not joined and not self._never_held(before, head) else None
            if person is not None and head.predicate and (
                    verb := self.appointer_after_pronoun.search(plain, 0, person.start, timeout=TIMEOUT)):
                person = next((n for n in reversed(names) if n.end <= verb.start() and n.entity.startswith("person:")),
                              None)
        if person is None and unknown is None:
            person = self._joined_in_aside(plain, head, names)
        if person is None and unknown is None and (
                relative := self.holds_in_relative.search(plain, 0, head.lead, timeout=TIMEOUT)):
            person = _name_before(names, plain, relative.start())
            if self._never_held(person, head):
                person = None
        if person is None and unknown is None and (
                post := self.from_office_before.search(plain, 0, head.lead, timeout=TIMEOUT)):
            # "صوتت اللجنة على إعفاء تشين غانغ من منصب وزير الخارجية": the office of the noun's object
            object_ = _name_before(names, plain, post.start())
            if object_ is not None and self.dismissal_noun_before.search(plain, 0, object_.start, timeout=TIMEOUT):
                person = object_
        if person is None and unknown is None and head.predicate:
            # "عيّن ... سيرغي شويغو، الذي يتولى الوزارة منذ عام 2012، أمينا لمجلس الأمن": past the aside
            aside = _aside_before(plain, marks, head.lead)
            person = (_name_before(names, plain, aside) if aside is not None
                      else self._name_before_loosely(names, plain, head.lead))
            if self._never_held(person, head):  # "أحد أقرب حلفاء الرئيس شي جينبينغ، رئيسا لمجلس الدولة"
                person = None
        if person is None and unknown is None and head.predicate and self.sworn_before.search(plain, 0, head.lead,
                                                                                           timeout=TIMEOUT):
            person = self._subject_before(head, names)
            if person is not None:
                return TitleMention(head.start, head.end, head.role, head.country, person, None,
                                    tuple(dict.fromkeys((*head.qualifiers, "started"))))
        pronoun = self.appointed_pronoun.search(plain, 0, head.lead, timeout=TIMEOUT) if head.predicate else None
        if person is None and unknown is None and pronoun is not None and pronoun.group().lstrip("وف").startswith("ب"):
            # بتعيينه after a decree: him, named before its clause, whose subject signs it: "ووقع الرئيس
            # فلاديمير بوتين مرسوما بتعيينه وزيرا للدفاع"، "شويغو، الذي أصدر الرئيس ... مرسوما بتعيينه أمينا"
            clause = _clause_start(marks, pronoun.start())
            person = self._subject_before(head, [n for n in names if n.end <= clause])
        if person is None and unknown is None and ({"ended", "started"} & set(head.qualifiers) or head.held or (
                head.predicate and (pronoun or self.appointed_passive.search(plain, 0, head.lead, timeout=TIMEOUT)))):
            # تنحيه: "his"; "حين كان وزيرا للدفاع": he; عينه، "إعفاء شويغو ... وتعيينه": him; "الذي عين أمينا":
            # the one named before
            person = self._subject_before(head, names)
        became = self.became_before.search(plain, 0, head.lead, timeout=TIMEOUT) if person is None and unknown is None else None
        if became is not None:
            # "فاز شيغيرو إيشيبا ... على ساناي تاكايتشي، ليصبح رئيس الوزراء الياباني المقبل": the office
            # the subject of the sentence's verb comes to, not the one named last
            person = next((n for n in names if n.end <= head.start and n.entity.startswith("person:")), None)
            if person is not None:
                return TitleMention(head.start, head.end, head.role, head.country, person, None,
                                    tuple(dict.fromkeys((*head.qualifiers, "next"))))
        if person is None and unknown is None and named:
            unknown = self._unknown_before(text, head.lead, names)
        if person is None and unknown is None:
            return None
        qualifiers = head.qualifiers
        if self._dismissed(plain, head, names, marks):
            qualifiers = tuple(dict.fromkeys((*qualifiers, "ended")))
        return TitleMention(head.start, head.end, head.role, head.country, person, unknown, qualifiers)

    def _person_after(self, head: _Head, names: list[NameMention], text: str) -> NameMention | None:
        """The name right after a title, past the holder's nationality after an office of one country.

        "الأمين العام للأمم المتحدة البرتغالي أنطونيو غوتيريش": the nationality is the holder's.
        """
        person = _name_after(names, text, head.after)
        if person is None and self.kb.roles[head.role].country and (
                nationality := self.nationality_after.match(text, head.after, timeout=TIMEOUT)):
            person = _name_after(names, text, nationality.end())
        return person

    def _dismissal(self, text: str, position: int, marks: Sequence[int]) -> regex.Match[str] | None:
        """The last verb of dismissal in the clause before `position`."""
        return self._last(self.dismissed_in, text, _clause_start(marks, position), position)

    @staticmethod
    def _last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
        """The last match of `pattern` in text[start:end]."""
        found = None
        for found in pattern.finditer(text, start, end, timeout=TIMEOUT):
            pass
        return found

    def _again(self, text: str, verb: regex.Match[str]) -> bool:
        """Whether an appointing verb is a reappointment ("وأعاد تعيين", "إعادة تعيين"): the office held on."""
        return self.again_before.search(text, 0, verb.start(), timeout=TIMEOUT) is not None

    def _dismissed(self, text: str, head: _Head, names: list[NameMention], marks: Sequence[int]) -> bool:
        """Whether the title is that of a dismissal's object: held until the dismissal, no longer.

        The object follows the verb's subject: "أقال الرئيس الأوكراني فولوديمير زيلينسكي وزير
        الدفاع" has a name between the verb and the title, and besides it no more than a title's
        words, and a day ("اليوم الثلاثاء"). A title right after the verb is the subject's ("أقال وزير الدفاع ...
        قائد الأسطول").
        """
        verb = None if head.predicate else self._dismissal(text, head.lead, marks)  # "وعينه أمينا ...": the new post
        if verb is None:
            return False
        between = [n for n in names if verb.end() <= n.start and n.end <= head.lead]
        if not between:
            return False
        rest = text[verb.end():head.lead]
        for name in reversed(between):
            rest = rest[:name.start - verb.end()] + " " + rest[name.end - verb.end():]
        return len([w for w in _LETTERS.findall(rest, timeout=TIMEOUT) if w not in self.day_words]) <= 3

    def _name_before_loosely(self, names: list[NameMention], text: str, position: int) -> NameMention | None:
        """The person named right before `position`, past a day, an adverb of manner or his duties.

        "تسلّم آن غيو باك، الجمعة، منصب وزير الدفاع", "عيّنت الجمعية العامة ... بان كي مون بالتزكية
        أمينا عاما": the day and بالتزكية / بالإجماع stand between the appointee and the office.
        """
        name = next((n for n in reversed(names) if n.end <= position), None)
        if name is None or not name.entity.startswith("person:"):
            return None
        gap = text[name.end:position]
        words = _LETTERS.findall(gap, timeout=TIMEOUT)
        if len(words) > 3 or _LETTERS.sub("", gap, timeout=TIMEOUT).strip(" ,"):
            return None
        if "," in gap and not any(w in self.day_words for w in words):
            return None  # the name before a comma ends an aside: "أحد حلفاء الرئيس شي جينبينغ، رئيسا"
        return name if all(w in self.day_words or w in self.duty_words or _MANNER.fullmatch(w, timeout=TIMEOUT)
                           for w in words) else None

    def _joined_by_and(self, text: str, end: int, head: _Head) -> bool:
        """Whether the title `head` is joined by و to what ends at `end`: the و apart or on its first word.

        "ورئيس الوزراء" carries it; "وزيرا للدفاع" only begins with the letter.
        """
        gap = text[end:head.lead]
        if _JOINED.fullmatch(gap, timeout=TIMEOUT):
            return True
        first = _LETTERS.match(text, head.lead, timeout=TIMEOUT)
        return (bool(_BLANK.fullmatch(gap, timeout=TIMEOUT)) and first is not None and first.group().startswith("و")
                and first.group()[1:] in self.title_openers)

    def _subject_before(self, head: _Head, names: list[NameMention]) -> NameMention | None:
        """The person a verbal title with no name of its own is said of: the last one named before it.

        Of several, the last that ever held an office of the title, when one did: in "كيم يونغ
        هيون، الذي اقترح على الرئيس السابق يون سوك يول، حين كان وزيرا للدفاع" the president
        never was a minister, and the one who proposed was.
        """
        people = [n for n in reversed(names) if n.end <= head.start and n.entity.startswith("person:")]
        return next((n for n in people if not self._never_held(n, head) and self.kb.holdings_of(n.entity)),
                    people[0] if people else None)

    def _joined_after(self, text: str, heads: list[_Head], said: dict[_Head, TitleMention | None],
                      names: list[NameMention]) -> list[TitleMention]:
        """A title with no name of its own, joined by و to the title before it: the same person's.

        "سيرغي شويغو، أمين مجلس الأمن الروسي ووزير الدفاع،": the apposition names two offices of
        one man. Only after a title whose person stands before it: "الرئيس الروسي ووزير الخارجية"
        with a name after each names two people (_nominal gives each its own).
        """
        found = []
        for first, second in zip(heads, heads[1:]):
            before, own = said[first], said[second]
            if own is not None or before is None or before.person is None or before.person.end > first.start:
                continue
            if _name_after(names, text, second.after) is not None or not self._joined_by_and(text, first.after, second):
                continue
            if self._never_held(before.person, second):
                continue
            found.append(TitleMention(second.start, second.end, second.role, second.country, before.person, None,
                                      second.qualifiers))
        return found

    def _joined_in_aside(self, text: str, head: _Head, names: list[NameMention]) -> NameMention | None:
        """The name before an aside, of a title joined by و inside it.

        "فلاديمير بوتين، مدير جهاز الأمن الفيدرالي وأمين مجلس الأمن،": the aside's first words are no
        title the lexicon has, the second is.
        """
        first = _LETTERS.match(text, head.lead, timeout=TIMEOUT)
        if first is None or not first.group().startswith("و") or first.group()[1:] not in self.title_openers:
            return None
        comma = text.rfind(",", 0, head.lead)
        words = len(_LETTERS.findall(text, comma + 1, head.lead, timeout=TIMEOUT))
        if comma < 0 or _CLAUSE_END.search(text, comma + 1, head.lead, timeout=TIMEOUT) or not 0 < words <= ASIDE_WORDS:
            return None  # "بوتين، ووزير الدفاع": the title right after the comma is another's
        person = _name_before(names, text, comma + 1)
        return None if person is None or self._never_held(person, head) else person

    def _acting_beside(self, text: str, heads: list[_Head], names: list[NameMention]) -> list[TitleMention]:
        """A title with no name of its own, joined by و to the next one's, one of them acting: one person's.

        "الرئيس الكوري الجنوبي بالإنابة ورئيس الوزراء هوانغ كيو آن": an acting office is held
        beside another. Without an acting one, "الرئيس الروسي ووزير الخارجية سيرغي لافروف" names
        two people, the first by title alone.
        """
        found = []
        for first, second in zip(heads, heads[1:]):
            if _name_after(names, text, first.after) is not None or not self._joined_by_and(text, first.after, second):
                continue
            person = _name_after(names, text, second.after)
            if person is not None and "acting" in (*first.qualifiers, *second.qualifiers):
                found.append(TitleMention(first.start, first.end, first.role, first.country, person, None,
                                          first.qualifiers))
        return found

    def _never_held(self, name: NameMention | None, head: _Head) -> bool:
        """Whether a person with terms in rules/kb never held an office of this title.

        A title after a name is mostly its apposition ("سيرغي شويغو، وزير الدفاع"), but after a
        verb's subject it is the object: "وسلّم سيرجي شويجو الزعيم الكوري الشمالي رسالة". A
        person the knowledge base has never in such an office is taken for the second.
        """
        if name is None or not name.entity.startswith("person:") or not self.kb.holdings_of(name.entity):
            return False
        if head.country is not None:
            office = self.kb.office_for(head.role, head.country)
            return office is not None and not self.kb.holdings_of(name.entity, office.id)
        return self.kb.roles[head.role].is_office and not self.kb.offices_with_role(name.entity, head.role)

    def _name_words(self, text: NormalizedText, spans: list[tuple[int, int]], names: list[NameMention]) -> bool:
        """Whether words can be a name the knowledge base lacks.

        Two or three words, none definite but the last, none a listed name's nor a number's, not
        all ending in ة (a feminine noun and adjective); a function word only where it is written
        as a syllable of foreign names (هو جينتاو, آن with its madda), and never all of them, nor
        with a proclitic before its hamza (بأن، لأن).
        """
        if not 2 <= len(spans) <= 3 or any(n.start < spans[-1][1] and spans[0][0] < n.end for n in names):
            return False
        if any(text.text[a:b] in self.number_words for a, b in spans):
            return False
        written = [strip_marks(text.original_text(a, b)) for a, b in spans]
        if all(word.endswith("ة") for word in written):
            return False  # a noun and its adjective: "الزعيم الكوري الشمالي رسالة شخصية من بوتين"
        if any(noun.endswith("ة") and complement[:1] in "لب" and complement.endswith("ة")
               for noun, complement in zip(written, written[1:])):
            return False  # a noun and its complement: "ووجه إلى الرئيس الروسي دعوة لزيارة بلاده"
        if any(noun.endswith("ا") and len(adjective) > 3 and adjective.endswith("يا")
               for noun, adjective in zip(written, written[1:])):
            return False  # an indefinite object and its adjective: "ووقع الرئيس الصيني مرسوما رئاسيا"
        syllables = 0
        for k, (a, b) in enumerate(spans):
            word = text.text[a:b]
            # a family name may be definite (عادل الجبير): only the last word, and no date or adjective
            definite = _DEFINITE.match(strip_marks(text.original_text(a, b)))  # ألكسندر is no article
            if definite and (k == 0 or k < len(spans) - 1 or word in self.never_names):
                return False
            written_word = strip_marks(text.original_text(a, b))
            if written_word[:1] in "وفبلك" and written_word[1:2] in "أإ" and word[1:] in self.kb.function_words:
                return False  # "ورد الرئيس الروسي بأن نشر ...": a particle with its proclitic, its hamza written (not بان)
            if word in self.kb.function_words:
                if written_word not in self.syllables:
                    return False
                syllables += 1
        return syllables < len(spans)

    def _unknown_after(self, text: NormalizedText, position: int, names: list[NameMention],
                       starts: frozenset[int]) -> tuple[int, int] | None:
        """A name the knowledge base lacks, right after a title, whose end is marked.

        Only a name followed by punctuation, the sentence end, a word that ends names
        ("... داي أون هونغ في تقرير"), a particle, a weekday or the next title ("الرئيس
        الفيتنامي لونغ كوونغ رئيس الوزراء الياباني") is taken: headlines run a title into the next words
        ("زعيم كوريا الشمالية ووزير روسي يتفقان"), and those are no name.
        """
        plain = text.text
        spans: list[tuple[int, int]] = []
        for match in _WORD.finditer(plain, position, timeout=TIMEOUT):
            gap = plain[spans[-1][1] if spans else position:match.start()]
            # "وزير الخارجية الأميركي، أنتوني بلينكن،": a comma may stand before the name
            if not (_SPACE if spans else _GAP).fullmatch(gap, timeout=TIMEOUT):
                break
            another_title = match.group()[:1] in "وف" and match.group()[1:] in self.title_openers  # "ووزير روسي"
            if another_title and not spans:
                return None
            if len(spans) >= 2 and (another_title or self._ends_name(text, match, starts)) \
                    and "," not in plain[position:spans[0][0]]:
                # a definite last word only before punctuation: "يبحث الأزمة مع" is a verb and its object
                plain_end = not _DEFINITE.match(strip_marks(text.original_text(*spans[-1])))
                return (spans[0][0], spans[-1][1]) if plain_end and self._name_words(text, spans, names) else None
            spans.append(match.span())
            if len(spans) > 3:
                return None
        if not spans or not self._name_words(text, spans, names):
            return None
        tail = plain[spans[-1][1]:].lstrip()
        if "," in plain[position:spans[0][0]]:  # after a comma, only a name set off by commas
            return (spans[0][0], spans[-1][1]) if tail[:1] == "," else None
        if not tail and _DEFINITE.match(strip_marks(text.original_text(*spans[-1]))):
            return None  # a headline's verb and object: "وزير الخارجية الروسي يبحث الأزمة"
        return (spans[0][0], spans[-1][1]) if not tail or tail[0] in ',.;:("' else None

    def _ends_name(self, text: NormalizedText, match: regex.Match[str], starts: frozenset[int]) -> bool:
        """Whether a word shows that the name before it has ended.

        A particle (not one written as a syllable of names: هو جينتاو), a word that ends
        names, a weekday, the next title.
        """
        written = strip_marks(text.original_text(*match.span()))
        word = match.group()
        if written not in self.syllables and (word in self.kb.function_words or word[:1] in "وف" and word[1:] in self.kb.function_words):
            return True  # "ناريندرا مودي وهم يتبادلون": a particle or pronoun, with و or ف before it too
        return written in self.kb.name_enders or match.group() in self.kb.calendar.weekdays or match.start() in starts

    def _unknown_before(self, text: NormalizedText, position: int,
                        names: list[NameMention]) -> tuple[int, int] | None:
        """"قال X Y، <title>": a reporting verb, two or three words, a comma, the title."""
        head = text.text[:position].rstrip()
        if not head.endswith(","):
            return None
        spans = [m.span() for m in _WORD.finditer(head[:-1], timeout=TIMEOUT)][-4:]
        for size in (3, 2):
            if len(spans) <= size:
                continue
            name, verb = spans[-size:], spans[-size - 1]
            if text.text[verb[0]:verb[1]] in self.kb.speech_verbs and self._name_words(text, name, names):
                return name[0][0], name[-1][1]
        return None

    def _heads(self, text: str, names: list[NameMention]) -> list[TitleMention]:
        found = []
        for name in names:
            if (headed := self._body_headed(text, name)) is None:
                continue
            start, org = headed
            role = _branch(org, self.org_groups)
            found.append(TitleMention(start, org.end(), role, self._country(org, role), name, None, ()))
        return found

    def _body_headed(self, text: str, name: NameMention) -> tuple[int, regex.Match[str]] | None:
        """Where the verb begins and the body a name heads: "يرأس شويغو مجلس الأمن الروسي", "بوتين، الذي يرأس مجلس الأمن"."""
        verb = self.heads_before.search(text, 0, name.start, timeout=TIMEOUT)
        if verb and (org := self.org_pattern.match(text, name.end, timeout=TIMEOUT)):
            return verb.start(), org
        relative = self.heads_after.match(text, name.end, timeout=TIMEOUT)
        if relative and (org := self.org_pattern.match(text, relative.end(), timeout=TIMEOUT)):
            return relative.start("verb"), org
        return None

    def _headed_by(self, text: str, names: list[NameMention]) -> list[TitleMention]:
        """"مجلس الأمن الروسي، الذي يرأسه الرئيس فلاديمير بوتين": the first name after the verb heads it."""
        found = []
        for match in self.headed_by.finditer(text, timeout=TIMEOUT):
            person = next((n for n in names if n.start >= match.end()), None)
            if person is None or _CLAUSE_END.search(text, match.end(), person.start, timeout=TIMEOUT):
                continue
            role = _branch(match, self.org_groups)
            found.append(TitleMention(match.start(), match.end(), role, self._country(match, role), person, None, ()))
        return found

    def _groups(self, text: str, names: list[NameMention]) -> list[TitleMention]:
        """One title in the dual or plural, said of each of the names after it.

        "الرئيسان جيانغ زيمين وفلاديمير بوتين"; each name after its country ("وزيرا الخارجية الروسي
        X والصيني Y"، "وزراء خارجية كوريا الجنوبية بارك جين واليابان يوكو كاميكاوا والصين وانغ يي");
        or the countries first, then as many names, in their order ("وزيرا خارجية روسيا والصين
        سيرغي لافروف ووانغ يي"). A dual is of two names, a plural of two or more.
        """
        found: list[TitleMention] = []
        if self.group_forms is None:
            return found
        for match in self.group_forms.finditer(text):
            role = _branch(match, self.group_roles)
            size = next(self.group_sizes[g] for g in self.group_sizes if match.group(g) is not None)
            items = self._group_items(text, match.end(), names)
            while items and isinstance(items[-1], str):
                items.pop()  # "وزراء خارجية الدول السبع": a place named, no one
            lead = next((k for k, item in enumerate(items) if not isinstance(item, str)), 0)
            people: list[tuple[str | None, NameMention]] = []
            if lead >= 2 and len(items) == 2 * lead:  # the countries first, then the names in their order
                people = [(c, n) for c, n in zip(items[:lead], items[lead:]) if isinstance(c, str)
                          and isinstance(n, NameMention)]
            else:
                for k, item in enumerate(items):
                    if isinstance(item, NameMention):
                        before = items[k - 1] if k else None
                        people.append((before if isinstance(before, str) else None, item))
                    elif k + 1 < len(items) and isinstance(items[k + 1], str):
                        people = []  # two countries, then one name: whose is not said
                        break
            if len(people) == size or size == 0 and len(people) >= 2:
                found.extend(TitleMention(match.start(), match.end(), role, c, n, None, ()) for c, n in people)
        return found

    def _portfolios(self, text: str, names: list[NameMention]) -> list[TitleMention]:
        """"أسند إيشيبا حقيبة الخارجية إلى وزير الدفاع السابق تاكيشي إيوايا": Iwaya takes the office then.

        The one given it is the first named after إلى or ل, past a title of his own; its country is
        the one of his offices of that role (rules/kb), as for a title with no country.
        """
        found: list[TitleMention] = []
        if self.portfolio is None:
            return found
        for match in self.portfolio.finditer(text, timeout=TIMEOUT):
            person = next((n for n in names if n.start >= match.end() and n.entity.startswith("person:")), None)
            if person is None or _CLAUSE_END.search(text, match.end(), person.start, timeout=TIMEOUT) or len(
                    _LETTERS.findall(text, match.end(), person.start, timeout=TIMEOUT)) > _PORTFOLIO_WORDS:
                continue
            qualifiers = ("acting", "started") if match.group("acting") else ("started",)
            found.append(TitleMention(match.start(), match.end(), _branch(match, self.portfolio_groups), None,
                                      person, None, qualifiers))
        for match in self.portfolio_kept.finditer(text, timeout=TIMEOUT) if self.portfolio_kept else ():
            # "احتفظ أندري سيبيها بحقيبة الخارجية": the one named right before the portfolio
            role, start = next((r, match.start(g)) for g, r in self.kept_groups if match.regs[g][0] != -1)
            person = _name_before(names, text, start)
            if person is None or person.start < match.end("verb") or not person.entity.startswith("person:"):
                continue
            kept_only = key(match.group("verb")) in self.keeps
            found.append(TitleMention(match.start(), match.end(), role, None, person, None,
                                      () if kept_only else ("started",)))
        return found

    def _counterpart_groups(self, text: str, heads: list[_Head], names: list[NameMention]) -> list[TitleMention]:
        """Counterparts in the dual or plural, each of one titled before, in their order.

        "زارت وزيرة الخارجية الأمريكية هيلاري كلينتون ووزير الدفاع روبرت غيتس ...، قبل محادثات مع
        نظيريهما الكوريين الجنوبيين يو ميونغ هوان وكيم تاي يونغ": Yu the foreign minister, Kim the
        defence minister. Of one (نظراؤه، نظيريها) every name holds that one's title.
        """
        found: list[TitleMention] = []
        for match in self.counterpart_group.finditer(text, timeout=TIMEOUT):
            country = self.plural_adjectives[key(match.group("adj"))]
            people: list[NameMention] = []
            for item in self._group_items(text, match.end(), names):
                if not isinstance(item, NameMention):
                    break
                people.append(item)
            before = [h for h in heads if h.end <= match.start() and self.kb.roles[h.role].is_office
                      and h.country != country]
            of_many = match.group("word").endswith(("هما", "هم"))
            if len(people) < 2 or len(before) < (len(people) if of_many else 1):
                continue
            roles = [h.role for h in before[-len(people):]] if of_many else [before[-1].role] * len(people)
            found.extend(TitleMention(match.start(), match.end(), role, country, person, None, ())
                         for role, person in zip(roles, people))
        return found

    def _group_items(self, text: str, position: int, names: list[NameMention]) -> list[str | NameMention]:
        """The countries and names after a group title: a name after its country or after و, a country after و."""
        items: list[str | NameMention] = []
        while len(items) < 16:
            joiners = (_GAP,) if not items else (_GAP, _AND) if isinstance(items[-1], str) else (_AND,)
            item: str | NameMention | None = None
            for joiner in joiners:
                gap = joiner.match(text, position, timeout=TIMEOUT)
                if gap is None:
                    continue
                person = next((n for n in names if n.start == gap.end() and n.entity.startswith("person:")), None)
                if person is not None:
                    item, position = person, person.end
                    break
                there = self.group_place.match(text, gap.end(), timeout=TIMEOUT)
                if there is not None and (joiner is _AND or not items):
                    item = (self.names.get(key(there.group("country"))) if there.group("country")
                            else self.adjectives.get(key(there.group("adj"))))
                    position = there.end()
                    break
            if item is None:
                break
            items.append(item)
        return items

    def _appointed(self, text: str, head: _Head, names: list[NameMention], marks: Sequence[int]) -> NameMention | None:
        """The person who comes to an office: the verb, the person, (في) منصب, the title.

        "تعيين وانغ يي في منصب وزير الخارجية", "عين الرئيس بوتين سيرغي إيفانوف في منصب وزير
        الدفاع" (the appointee is the name right before منصب), "وتولى رئيس الأركان ميخائيل
        كوليسنيكوف منصب وزير الدفاع" (the subject of تولى); a few words (the subject, a title, a
        weekday) may stand between the verb and the person, not another clause.
        """
        post = self.appointed_before.search(text, 0, head.start, timeout=TIMEOUT)
        person = self._person_before_post(text, post.start(), names, marks) if post is not None else None
        if person is None:
            return None
        if self.appoint_verb.search(text, 0, person.start, timeout=TIMEOUT):
            return person
        return person if self._verb_before(self.comes_to_in, text, person, marks) is not None else None

    def _person_before_post(self, text: str, position: int, names: list[NameMention],
                            marks: Sequence[int]) -> NameMention | None:
        """The person named right before منصب at `position`, or before the apposition there.

        "ويتولى تشوي سانغ موك، نائب رئيس الوزراء ووزير المالية، منصب الرئيس بالإنابة": past the apposition.
        """
        person = self._name_before_loosely(names, text, position)
        if person is None and (aside := _aside_before(text, marks, position)) is not None:
            person = _name_before(names, text, aside)
        return person if person is not None and person.entity.startswith("person:") else None

    def _verb_before(self, pattern: regex.Pattern[str], text: str, person: NameMention,
                     marks: Sequence[int]) -> regex.Match[str] | None:
        """The last verb of `pattern` before the person in its clause, a few words (the subject, a title) between at most."""
        verb = self._last(pattern, text, _clause_start(marks, person.start), person.start)
        if verb is None or len(_LETTERS.findall(text, verb.end(), person.start, timeout=TIMEOUT)) > _APPOINTER_WORDS:
            return None
        return verb

    def _occupant(self, text: str, head: _Head, names: list[NameMention],
                  marks: Sequence[int]) -> tuple[NameMention, bool] | None:
        """The subject of a verb of holding before منصب and the title, and whether the verb is past.

        "ويشغل ميدفيديف، الذي تولى الرئاسة بين عامي 2008 و2012، منصب نائب رئيس مجلس الأمن":
        the verb, its subject (past an aside), then the post; a few words may stand between the
        verb and the subject, not another clause.
        """
        post = self.post_before.search(text, 0, head.start, timeout=TIMEOUT)
        person = self._person_before_post(text, post.start(), names, marks) if post is not None else None
        verb = self._verb_before(self.occupies_in, text, person, marks) if person is not None else None
        return (person, verb.group("past") is not None) if person is not None and verb is not None else None


class _WordOpened:
    """A pattern whose every match begins a word with one of a few words, matched only at those.

    The same matches as `pattern.finditer`: a long alternation tried at every position of a
    sentence costs far more than a look at each of its words (a word that opens none of the
    forms cannot start a match, whatever follows it).
    """

    def __init__(self, pattern: regex.Pattern[str], firsts: str):
        self.pattern = pattern
        first = regex.compile(f"(?:{firsts})")
        # a word recurs in sentence after sentence: whether it opens a form is asked once
        self.opens = lru_cache(maxsize=65_536)(lambda word: first.fullmatch(word, timeout=TIMEOUT) is not None)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches in text, left to right, none overlapping (as finditer finds them)."""
        end = 0
        for word in _LETTERS.finditer(text, timeout=TIMEOUT):
            if word.start() >= end and self.opens(word.group()):
                match = self.pattern.match(text, word.start(), timeout=TIMEOUT)
                if match is not None:
                    yield match
                    end = match.end()


def _firsts(forms: Iterable[str]) -> str:
    """An alternation of the first words of forms, as a form's first word is matched (with proclitics)."""
    return "|".join(sorted({with_proclitics(form.split()[0]) for form in forms}, key=lambda p: (-len(p), p)))


def _branch_groups(pattern: regex.Pattern[str], prefix: str, roles: list[str]) -> list[tuple[int, str]]:
    """(group number, role) of each branch named <prefix><i> of an alternation."""
    return [(pattern.groupindex[f"{prefix}{i}"], role) for i, role in enumerate(roles)]


def _branch(match: regex.Match[str], groups: list[tuple[int, str]]) -> str:
    """The role of the branch that matched: the one whose group has a span."""
    regs = match.regs
    return next(role for group, role in groups if regs[group][0] != -1)


def _name_after(names: list[NameMention], text: str, position: int) -> NameMention | None:
    for name in names:
        if name.start >= position:
            gap = text[position:name.start]
            return name if not gap or _GAP.fullmatch(gap, timeout=TIMEOUT) else None
    return None


def _name_before(names: list[NameMention], text: str, position: int) -> NameMention | None:
    for name in reversed(names):
        if name.end <= position:
            gap = text[name.end:position]
            return name if _GAP.fullmatch(gap, timeout=TIMEOUT) else None
    return None


class TitleFacts:
    """Title mentions → `holds_title` facts, each with its office and the time it holds at."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.reader = TitleReader(kb)
        links = (*kb.calendar.words["clause_links"], *kb.calendar.words["clause_links_near"])
        self.linked = regex.compile(rf"\s*[وف]?(?:{alternation(links)})(?!\p{{L}})")
        self.complement = regex.compile(rf"(?<!\p{{L}})(?:{alternation(kb.complementizers)})(?!\p{{L}})")
        self.anniversary = regex.compile(rf"(?<!\p{{L}})[وف]?(?:لل|[بل])?(?:{alternation(kb.event_words.anniversary)})(?!\p{{L}})")
        self.death = regex.compile(rf"(?<!\p{{L}})[وف]?[بل]?(?:{alternation(kb.event_words.death)})(?!\p{{L}})")
        self.until = regex.compile(rf"(?<!\p{{L}})[وف]?(?:{alternation(kb.until_words) or '(?!)'})(?!\p{{L}})")
        self.holding_verbs = frozenset(key(v) for v in (*kb.event_words.in_office, *kb.event_words.in_power,
                                                          *kb.verbs["heads"]))

    def read(self, ctx: SentenceContext, earlier: Sequence[EarlierTitle] = ()) -> list[Fact]:
        """The title facts of a sentence whose names are read, and a mention of each unlisted name.

        `earlier`: the office titles the article's earlier sentences said, in order (told).
        """
        facts, unlisted = [], {}
        for title in self.reader.read(ctx.text, ctx.names, ctx.marks, earlier):
            fact = self.fact(ctx, title)
            facts.append(fact)
            if title.unknown_name is not None:
                unlisted[title.unknown_name] = unlisted_mention_fact(ctx, fact.subject, *title.unknown_name)
        return facts + list(unlisted.values())

    def told(self, facts: Iterable[Fact]) -> list[EarlierTitle]:
        """The office titles among a sentence's facts, in text order, as a later counterpart may point back to them."""
        return [EarlierTitle(f.value["role"], self.kb.offices[f.value["office"]].country, f.subject.id,
                             fold(f.value["label"].split()[0]).endswith("ه"))
                for f in sorted(facts, key=lambda f: f.evidence.text_start)
                if f.predicate == "holds_title" and f.value["office"] in self.kb.offices and f.subject.known]

    def fact(self, ctx: SentenceContext, title: TitleMention) -> Fact:
        """The `holds_title` fact of a title mention."""
        if title.person is not None:
            entity = self.kb.entities[title.person.entity]
            subject = Subject(entity.id, entity.name)
            person_span = (title.person.start, title.person.end)
        else:
            assert title.unknown_name is not None
            a, b = title.unknown_name
            # keyed like the names the knowledge base lists: بوي ثانه سون and بوي تانه سون are one person
            subject = Subject("name:" + name_key(ctx.text.text[a:b]), ctx.text.original_text(a, b))
            person_span = title.unknown_name
        near = (min(title.start, person_span[0]), max(title.end, person_span[1]))
        if title.person is not None and title.person.end <= title.start and {"ended", "started", "then", "next"} & set(
                title.qualifiers):
            near = (title.start, title.end)  # "تنحيه عن منصب ...", "حين كان وزيرا ...", "قبل أن يعينه ... رئيسا": the name stands far back
        role = self.kb.roles[title.role]
        office = self._office(title, role.is_office, subject)
        label = ctx.text.original_text(title.start, title.end)
        value = {"office": office, "role": title.role, "country": title.country, "label": label}
        qualifiers = title.qualifiers
        if title.person is not None and self._death_told(ctx, title.person):
            qualifiers = (*qualifiers, "died")
        qualifiers = self._of_the_dead(qualifiers, subject, ctx.article.published)
        return Fact(ctx.article.id, "holds_title", subject, value,
                    self._valid_at(ctx, near, qualifiers, title.person is not None and title.end <= title.person.start),
                    ctx.evidence(*near), qualifiers)

    def _death_told(self, ctx: SentenceContext, person: NameMention) -> bool:
        """Whether the sentence tells of the person's death after naming him, no other person between.

        "أعلنت إذاعة بيونغ يانغ ... أن الرئيس كيم إيل سونغ وافته المنية أمس": the title is the
        one he held until then, as after a word of death before it ("وفاة الرئيس").
        """
        death = self.death.search(ctx.text.text, person.end, timeout=TIMEOUT)
        return death is not None and not any(
            n.entity != person.entity and person.end <= n.start < death.start() for n in ctx.names)

    def _of_the_dead(self, qualifiers: tuple[str, ...], subject: Subject,
                     published: TimeSpan | None) -> tuple[str, ...]:
        """A word of death before a title makes it former, if rules/kb has the person dead by publication.

        رحيل is also a departure, demanded of one in office ("يطالبون برحيل الرئيس"): for a
        person the knowledge base lists alive, the title is a plain claim. A name it lacks is
        taken as the text says.
        """
        if "died" not in qualifiers:
            return qualifiers
        rest = tuple(q for q in qualifiers if q != "died")
        died = self.kb.entities[subject.id].died if subject.known else None
        dead = not subject.known or (died is not None and (published is None or died.start <= published.end))
        return tuple(dict.fromkeys((*rest, "former"))) if dead else rest

    def _office(self, title: TitleMention, is_office: bool, subject: Subject) -> str | None:
        if not is_office:
            return None
        if title.country:
            office = self.kb.office_for(title.role, title.country)
            return office.id if office else f"{title.country}.{title.role}"
        if not subject.known:
            return None
        held = self.kb.offices_with_role(subject.id, title.role)
        if held:
            return held[0].id if len(held) == 1 else None
        # "حين كان وزيرا للدفاع" of one whose every office is Russian: the Russian office, which he never held;
        # none the country lacks ("نائب الرئيس" of a Korean minister is no Korean office)
        countries = {self.kb.offices[h.office].country for h in self.kb.holdings_of(subject.id)}
        if len(countries) != 1:
            return None
        [country] = countries
        office = self.kb.office_for(title.role, country)
        return office.id if office else None

    def _reported_from(self, ctx: SentenceContext, start: int, end: int) -> int | None:
        """Where what is reported begins after a title: إن or أن as written (آن is a name's syllable)."""
        for match in self.complement.finditer(ctx.text.text, start, end, timeout=TIMEOUT):
            if strip_marks(ctx.text.original_text(*match.span())) in self.kb.complementizers:
                return match.start()
        return None

    def _valid_at(self, ctx: SentenceContext, near: tuple[int, int], qualifiers: tuple[str, ...],
                  before_name: bool = False) -> ValidAt:
        """When a title is said to hold; `before_name`: the title stands before its name ("الرئيس بوتين")."""
        if {"former", "elect"} & set(qualifiers):
            # السابق / المنتخب speak of the time of writing, whatever the clause dates:
            # "الرئيس الأميركي السابق دونالد ترمب طلب ... في عام 2017" is former in 2024.
            return ctx.published()
        # "منذ 24 عاما" tells how long ago something began, not when a title held; a date after an
        # anniversary word is the event's it marks: "كيم ... بمناسبة الذكرى الـ75 لإقامة العلاقات في 1948"
        dated = [d for d in ctx.dates if d.span is not None and d.form != "elapsed"]
        clause = ctx.clause_of(near[0])
        reported = self._reported_from(ctx, near[1], ctx.clause_span(clause)[1])
        if reported is not None:  # "قال المتحدث ... إن بوتين سيعود ... في مارس": what he says is dated
            dated = [d for d in dated if d.norm_start < reported]
        clause_end = ctx.clause_span(clause)[1]
        marked = self.anniversary.search(ctx.text.text, near[1], clause_end, timeout=TIMEOUT)
        handed = marked.start() if marked is not None else clause_end  # dates after it are the anniversary's event's
        # not a date the term is to last until ("تولى ... مهام الرئيس بالوكالة إلى حين إجراء انتخابات ... في 26 مارس")
        until = self.until.search(ctx.text.text, near[1], handed, timeout=TIMEOUT)
        handed = until.start() if until is not None else handed
        same_clause = [d for d in dated if ctx.clause_of(d.norm_start) == clause and d.norm_start <= handed
                       and not (d.since and d.norm_start > near[1] and self._since_of_another(ctx.text.text, near[1], d))]
        if {"ended", "started"} & set(qualifiers):
            # "تنحيه عن منصب وزير الدفاع في مايو"; "أعادت ... الثلاثاء تعيين وانغ يي في منصب ..."
            # a date before an after-word dates what came later: "رشحه يوم الاثنين بعد أسبوع من إقالته ..."
            following = [d for d in same_clause if d.norm_start >= near[1]] or [
                d for d in same_clause[-1:] if not self.reader.after_word.search(ctx.text.text, d.norm_end, near[0], timeout=TIMEOUT)]
            return ValidAt(following[0].span, following[0].basis) if following else ctx.published()
        if not same_clause and clause > 0 and self.linked.match(ctx.text.text, ctx.clause_span(clause)[0],
                                                                timeout=TIMEOUT):
            # "تعود آخر قمة إلى عام 2011، حين ... للقاء الرئيس دميتري ميدفيديف": the time of the clause
            # before; of "منذ آب/أغسطس 2011، حين التقى ... الرئيس دميتري ميدفيديف", the month it counts from
            before = [d for d in dated if ctx.clause_of(d.norm_start) == clause - 1]
            if before:
                last = max(before, key=lambda d: d.norm_start)
                assert last.span is not None
                return ValidAt(last.span.opening() if last.since else last.span, last.basis)
        if not same_clause and "then" in qualifiers and not self.reader.era_before.search(
                ctx.text.text, 0, near[0], timeout=TIMEOUT):
            same_clause = dated  # "حين كان وزيرا": the time the sentence tells; an era, only its own clause's
        if not same_clause:
            return ctx.published()
        nearest = min(same_clause, key=lambda d: _distance(d, near))
        span: TimeSpan = nearest.span  # type: ignore[assignment]
        published = ctx.article.published
        if before_name and published is not None and span.start > published.end:
            # "يمثل رئيس الوزراء الجديد فيكتور زوبكوف غدا أمام مجلس الدوما": a day to come dates the
            # plan; the title before a name is the one held as the article is written (not the
            # predicate of "يتسلم غوتيريش مهامه أمينا عاما اعتبارا من الأحد", a term to come)
            return ctx.published()
        if nearest.since and nearest.norm_start > near[1] and ctx.article.published:
            return ValidAt(span.until(ctx.article.published), nearest.basis, throughout=True)
        return ValidAt(span, nearest.basis)

    def _since_of_another(self, text: str, end: int, date: DateMention) -> bool:
        """Whether منذ after a title counts the time of a relative clause's other act, not of the office.

        "في غياب وزير الدفاع الصيني لي شانغ فو الذي لم يظهر علنا منذ أواخر آب": since August he
        has not been seen, not been minister; "شويغو، الذي يشغل المنصب منذ 2012" holds it since.
        """
        relative = TitleReader._last(_RELATIVE_VERB, text, end, date.norm_start)
        return relative is not None and relative.group("verb") not in self.holding_verbs

def _clause_start(marks: Sequence[int], position: int) -> int:
    """Where the clause holding `position` begins: after the last clause mark before it."""
    k = bisect.bisect_left(marks, position)
    return marks[k - 1] + 1 if k else 0


def _group(match: regex.Match[str], name: str) -> str | None:
    """A group of the match, None where the pattern has no such group (no form of the lexicon uses it)."""
    return match.group(name) if name in match.re.groupindex else None


ASIDE_WORDS = 12  # words of an apposition set off by commas that opens with no definite word


def _aside_before(text: str, marks: Sequence[int], position: int) -> int | None:
    """Where an aside set off by commas begins, when it stands right before a clause opening at `position`.

    "عُيّنت تشوي سون هوي، النائبة الأولى لوزير الخارجية، وزيرةً للخارجية": a predicate title
    opening its clause, after an apposition or a relative clause (APPOSITION_OPENING), goes
    on with the clause before them: its appointee is named there, its verb stands there.
    """
    start = _clause_start(marks, position)
    if start == 0 or text[start:position].strip():
        return None
    aside = _clause_start(marks, start - 1)
    if aside == 0:
        return None
    # or a noun in the construct state, whose next word need not be definite: "بتعيين سيرجي لافروف،
    # مندوب روسيا الدائم لدى الأمم المتحدة منذ عشر سنوات، وزيرا للخارجية" (the caller asks for a name before it)
    opened = APPOSITION_OPENING.match(text, aside, timeout=TIMEOUT) is not None
    return aside if opened or len(_LETTERS.findall(text, aside, start - 1, timeout=TIMEOUT)) <= ASIDE_WORDS else None


def _distance(date: DateMention, near: tuple[int, int]) -> int:
    if date.norm_start >= near[1]:
        return date.norm_start - near[1]
    return max(0, near[0] - date.norm_end)


