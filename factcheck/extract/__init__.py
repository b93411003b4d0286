"""Extraction: an article → its dates and its facts. One module per fact type beside this one.

Each sentence is read once for what every fact reader needs (its normalized text, dates,
names, participants), then by each reader: names (entities), titles, events, quantities,
arrivals.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.corpus import Article
from factcheck.errors import SourceError
from factcheck.extract.arrivals import ArrivalReader
from factcheck.extract.calendar import no_such_day_facts, weekday_facts
from factcheck.extract.entities import NameMatcher, NameMention, mention_fact
from factcheck.extract.events import EventReader
from factcheck.extract.participants import Participants
from factcheck.extract.quantities import QuantityFacts
from factcheck.extract.sentence import RECENT_SENTENCES, SentenceContext
from factcheck.extract.titles import EarlierTitle, TitleFacts
from factcheck.facts import Fact
from factcheck.knowledge import Knowledge
from factcheck.text.dates import DateMention, DateReader
from factcheck.text.normalize import normalize
from factcheck.text.sentences import split_sentences


@dataclass(frozen=True)
class ArticleFacts:
    """What one article yields: its date expressions and its facts."""

    article: Article
    dates: list[DateMention]
    facts: list[Fact]
    errors: list[SourceError]  # sentences that could not be read (a pattern timed out)


class Extractor:
    """Reads articles with one knowledge base; patterns are compiled once, here."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.dates = DateReader(kb.calendar, kb.numbers)
        self.names = NameMatcher(kb)
        self.titles = TitleFacts(kb)
        self.participants = Participants(kb)
        self.events = EventReader(kb, self.participants)
        self.quantities = QuantityFacts(kb, self.participants)
        self.arrivals = ArrivalReader(kb)

    def _drop_lone_unlisted(self, contexts: list[SentenceContext]) -> None:
        """Let go of one word written unlike any listed spelling of a person the article names no other way.

        Matched by its sound alone, one word is weak: "لجيشي البلدين" keys like كيشي (Nobuo
        Kishi). Beside a listed spelling of the same person elsewhere in the article it is his
        name misspelt (spelling_consistency); alone it is another word.
        """
        def lone(ctx: SentenceContext, name: NameMention) -> bool:
            written = ctx.text.original_text(name.start, name.end)
            return (name.entity.startswith("person:") and " " not in written.strip()
                    and self.kb.entities[name.entity].spelling(written) == "unlisted")
        judged = [[(n, lone(ctx, n)) for n in ctx.names] for ctx in contexts]  # each name looked at once
        listed = {n.entity for names in judged for n, alone in names if not alone}
        for ctx, names in zip(contexts, judged):
            ctx.names = [n for n, alone in names if not alone or n.entity in listed]

    def extract(self, article: Article) -> ArticleFacts:
        """The dates and facts of one article, in text order.

        Names and dates are read in every sentence first: an event's participants may be
        named anywhere in the article ("بين البلدين" points back to both).
        """
        contexts: list[SentenceContext] = []
        errors: list[SourceError] = []
        named: dict[str, str] = {}  # a surname → the person last named in full by it
        last_two: list[str] = []  # the two persons named last so far, the later first: whom "الزعيمان" points back to
        for sentence in split_sentences(article.body):
            try:
                text = normalize(sentence.text, base=sentence.start)
                ctx = SentenceContext(article, sentence, text, self.dates.read(text, article.published, follows=bool(contexts)),
                                      aside_rest=self.dates.aside_rest)
                ctx.names = self.names.refer_back(text, self.names.find(text), named)
            except Exception as exc:  # one sentence costs itself, never the article or the run
                errors.append(_unreadable(article, sentence.start, exc))
                continue
            contexts.append(ctx)
        self._drop_lone_unlisted(contexts)
        read: list[SentenceContext] = []
        for ctx in contexts:
            try:
                ctx.participants = self.participants.in_sentence(ctx)
                ctx.previous = read[-1].text.text if read else ""
                ctx.recent = tuple(c.text.text for c in read[-RECENT_SENTENCES:])
                ctx.previous_participants = read[-1].participants if read else set()
                ctx.pair_before = set(last_two) if len(last_two) == 2 else set()
            except Exception as exc:
                errors.append(_unreadable(article, ctx.sentence.start, exc))
                continue
            read.append(ctx)
            for person in (n.entity for n in sorted(ctx.names, key=lambda n: n.start) if n.entity.startswith("person:")):
                last_two = [person, *(p for p in last_two if p != person)][:2]
        contexts = read
        in_article = set().union(*(ctx.participants for ctx in contexts))
        facts: list[Fact] = []
        told: list[EarlierTitle] = []  # the office titles said so far: whose "نظيره" may be
        for ctx in contexts:
            try:
                found = [mention_fact(self.kb, ctx, name) for name in ctx.names] + weekday_facts(ctx) + no_such_day_facts(ctx)
                titles = self.titles.read(ctx, told)
                told += self.titles.told(titles)
                found += titles + self.events.read(ctx, in_article) + list(self.quantities.read(ctx, in_article))
                found += self.arrivals.read(ctx)
                errors.extend(SourceError(article.path, article.line_of(ctx.sentence.start), 0,
                                          f"a figure too large to read ({len(figure)} characters, "
                                          f"«{figure[:20]}…»); it is left out", "no count in the news comes near it")
                              for figure in self.kb.numbers.too_large(ctx.text.text))
            except Exception as exc:
                errors.append(_unreadable(article, ctx.sentence.start, exc))
                continue
            facts.extend(found)
        return ArticleFacts(article, [d for ctx in contexts for d in ctx.dates], facts, errors)


def _unreadable(article: Article, offset: int, exc: Exception) -> SourceError:
    """The error for a sentence a reader failed on: its line, and what went wrong."""
    line = article.line_of(offset)
    if isinstance(exc, TimeoutError):
        return SourceError(article.path, line, 0, "a pattern timed out on this sentence; its facts are left out",
                           "a very long sentence without punctuation? the rest of the article was read")
    return SourceError(article.path, line, 0,
                       f"internal error reading this sentence ({type(exc).__name__}: {str(exc)[:200]}); "
                       "its facts are left out", "the rest of the article was read; please report it", internal=True)


def unreadable_article(article: Article, exc: Exception) -> ArticleFacts:
    """What an article yields when reading it failed outside any one sentence: only the error."""
    return ArticleFacts(article, [], [], [SourceError(
        article.path, article.body_line, 0,
        f"internal error reading this article ({type(exc).__name__}: {str(exc)[:200]}); its facts are left out",
        "the rest of the corpus was checked; please report it", internal=True)])

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
