"""Extraction: an article → its dates and its facts. One module per fact type beside this one.

The date a fact holds at (`valid_at`) is decided here, once for every fact type:
the date its own clause gives (the nearest one, commas bounding a clause); a date
after منذ makes the claim run from that date to publication ("يرأس ... منذ تنحيه ... في
مايو"); a title that says آنذاك/حينها takes the sentence's date; a change of office
(تنحيه عن منصب) is dated by the date that follows it; otherwise publication.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.corpus import Article
from factcheck.errors import SourceError
from factcheck.extract.entities import NameMatcher, NameMention
from factcheck.extract.events import EventReader
from factcheck.extract.participants import Participants
from factcheck.extract.quantities import QuantityFacts
from factcheck.extract.sentence import SentenceContext
from factcheck.extract.titles import TitleMention, TitleReader
from factcheck.facts import Evidence, Fact, Subject, ValidAt
from factcheck.knowledge import Knowledge
from factcheck.text.dates import DateMention, DateReader, TimeSpan
from factcheck.text.normalize import normalize
from factcheck.text.sentences import split_sentences


@dataclass(frozen=True)
class ArticleFacts:
    """What one article yields: its date expressions and its facts."""

    article: Article
    dates: list[DateMention]
    facts: list[Fact]


class Extractor:
    """Reads articles with one knowledge base; patterns are compiled once, here."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.dates = DateReader(kb.calendar, kb.numbers)
        self.names = NameMatcher(kb)
        self.titles = TitleReader(kb)
        self.participants = Participants(kb)
        self.events = EventReader(kb, self.participants)
        self.quantities = QuantityFacts(kb, self.participants)

    def extract(self, article: Article) -> ArticleFacts:
        """The dates and facts of one article, in text order.

        Names and dates are read in every sentence first: an event's participants may be
        named anywhere in the article ("بين البلدين" points back to both).
        """
        contexts = []
        for sentence in split_sentences(article.body):
            text = normalize(sentence.text, base=sentence.start)
            ctx = SentenceContext(article, sentence, text, self.dates.read(text, article.published))
            ctx.names = self.names.find(text)
            ctx.participants = self.participants.in_sentence(ctx)
            contexts.append(ctx)
        in_article = set().union(*(ctx.participants for ctx in contexts))
        facts: list[Fact] = []
        for ctx in contexts:
            facts.extend(self._mention(ctx, name) for name in ctx.names)
            facts.extend(self._title(ctx, title) for title in self.titles.read(ctx.text.text, ctx.names))
            facts.extend(self.events.read(ctx, in_article))
            facts.extend(self.quantities.read(ctx))
        return ArticleFacts(article, [d for ctx in contexts for d in ctx.dates], facts)

    def _mention(self, ctx: SentenceContext, name: NameMention) -> Fact:
        entity = self.kb.entities[name.entity]
        evidence = ctx.evidence(name.start, name.end)
        value = {"surface": evidence.text, "spelling": entity.spelling(evidence.text),
                 "match": name.match, "kind": entity.kind}
        return Fact(ctx.article.id, "mentions", Subject(entity.id, entity.name), value,
                    ctx.published(), evidence)

    def _title(self, ctx: SentenceContext, title: TitleMention) -> Fact:
        if title.person is not None:
            entity = self.kb.entities[title.person.entity]
            subject = Subject(entity.id, entity.name)
            person_span = (title.person.start, title.person.end)
        else:
            assert title.unknown_name is not None
            a, b = title.unknown_name
            subject = Subject("name:" + " ".join(ctx.text.text[a:b].split()), ctx.text.original_text(a, b))
            person_span = title.unknown_name
        near = (min(title.start, person_span[0]), max(title.end, person_span[1]))
        if title.person is not None and title.person.end <= title.start and "ended" in title.qualifiers:
            near = (title.start, title.end)  # "تنحيه عن منصب ...": the name stands far back
        evidence = ctx.evidence(*near)
        role = self.kb.roles[title.role]
        office = self._office(title, role.is_office, subject)
        label = ctx.text.original_text(title.start, title.end)
        value = {"office": office, "role": title.role, "country": title.country, "label": label}
        return Fact(ctx.article.id, "holds_title", subject, value,
                    self._valid_at(ctx, evidence, title.qualifiers), evidence, title.qualifiers)

    def _office(self, title: TitleMention, is_office: bool, subject: Subject) -> str | None:
        if not is_office:
            return None
        if title.country:
            office = self.kb.office_for(title.role, title.country)
            return office.id if office else f"{title.country}.{title.role}"
        held = self.kb.offices_with_role(subject.id, title.role) if subject.known else []
        return held[0].id if len(held) == 1 else None

    def _valid_at(self, ctx: SentenceContext, evidence: Evidence, qualifiers: tuple[str, ...]) -> ValidAt:
        if {"former", "elect"} & set(qualifiers):
            # السابق / المنتخب speak of the time of writing, whatever the clause dates:
            # "الرئيس الأميركي السابق دونالد ترمب طلب ... في عام 2017" is former in 2024.
            return ctx.published()
        dated = [d for d in ctx.dates if d.span is not None]
        clause = ctx.clause(evidence.text_start)
        if {"ended", "started"} & set(qualifiers):
            following = [d for d in dated if d.start >= evidence.text_end
                         and ctx.clause(d.start) == clause]
            return ValidAt(following[0].span, following[0].basis) if following else ctx.published()
        same_clause = [d for d in dated if ctx.clause(d.start) == clause]
        if not same_clause and "then" in qualifiers:
            same_clause = dated
        if not same_clause:
            return ctx.published()
        nearest = min(same_clause, key=lambda d: _distance(d, evidence))
        span: TimeSpan = nearest.span  # type: ignore[assignment]
        if nearest.since and nearest.start > evidence.text_end and ctx.article.published:
            return ValidAt(span.until(ctx.article.published), nearest.basis, throughout=True)
        return ValidAt(span, nearest.basis)


def _distance(date: DateMention, evidence: Evidence) -> int:
    if date.start >= evidence.text_end:
        return date.start - evidence.text_end
    return max(0, evidence.text_start - date.end)


def date_json(article: Article, date: DateMention) -> dict[str, object]:
    """One entry of `dates` in the extract output."""
    return {"article": article.id, "start": date.start, "end": date.end, "text": date.text,
            "value": date.span.iso() if date.span else None,
            "precision": date.span.precision if date.span else None,
            "basis": date.basis, "form": date.form, "unresolved": date.unresolved, "since": date.since}


def extraction_json(extracted: list[ArticleFacts], errors: list[SourceError], version: str) -> dict[str, object]:
    """The `factcheck extract --format json` contract (schemas/facts.schema.json)."""
    return {
        "tool": {"name": "factcheck", "version": version},
        "articles": [{"id": e.article.id, "path": e.article.path,
                      "published": e.article.published.iso() if e.article.published else None,
                      "published_note": e.article.published_note, "source": e.article.source}
                     for e in extracted],
        "facts": [f.as_json() for e in extracted for f in e.facts],
        "dates": [date_json(e.article, d) for e in extracted for d in e.dates],
        "errors": [error.as_json() for error in errors],
    }
