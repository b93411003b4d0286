"""spelling_consistency: a name written off the house style, or several ways in one article.

Fires (report: unlisted): asharq-2024-09-14 "قصر كومسوسان للضيافة في بوينغ يانغ" — بوينغ
يانغ is no listed spelling of Pyongyang (house: بيونغ يانغ; variants بيونج يانج, بيونغيانغ).

Fires (report: mixed): umma-2024-11-30 writes بيونغ يانغ in one sentence and بيونج يانج
in others (both listed spellings; an unlisted one is left to `report: unlisted`).

Does not fire: "بيونغيانغ" throughout arabi21 (a listed variant, used consistently).

A person the knowledge base lacks, read beside a title, is one person by the key of the
name as written; `mixed` reports the article that writes that name two ways.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import Fact, FactIndex, Subject
from factcheck.findings import EvidenceItem, Finding
from factcheck.kinds._partitions import Partitioning, article_bucket
from factcheck.knowledge import Knowledge, spelling_key
from factcheck.rule import Rule

NAME = "spelling_consistency"
FIELDS = ("subject", "surface", "house", "spellings")
MIXED = ("house", "variant", "unknown_entity")  # the spellings `mixed` compares within an article


def _partition(fact: Fact) -> str | None:
    """An unlisted spelling of an entity across the corpus; the listed ones by article.

    The two reports read disjoint mentions: `unlisted` gathers one spelling's articles,
    `mixed` one article's spellings (an unlisted one by its last word, which a surname
    alone shares with the full name it stands for). By entity, one article naming Pyongyang would
    cost a warm run the 75,000 mentions of Pyongyang in a corpus of 100,000 articles.
    """
    if fact.value["spelling"] == "unlisted":  # by its last word: a surname alone goes with its full name
        return f"{fact.subject.id}|{_surface(fact).split()[-1]}"
    return article_bucket(fact) if fact.value["spelling"] in (*MIXED, "alias") else None


partition = Partitioning(("mentions",), _partition)


class Params(BaseModel):
    """What to report, for which kinds of entity."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    report: Literal["unlisted", "mixed"] = Field(
        description="unlisted: spellings the knowledge base does not list; mixed: one article, several spellings")
    entities: list[Literal["person", "place"]] = Field(default=["person", "place"], min_length=1)


def _surface(fact: Fact) -> str:
    return spelling_key(fact.value["surface"])


def check(rule: Rule, index: FactIndex, kb: Knowledge) -> Iterator[Finding]:
    """Unlisted spellings, one finding per spelling; or mixed ones, one per article and entity."""
    params: Params = rule.params  # type: ignore[assignment]
    mentions = [f for f in index.of("mentions") if f.value["kind"] in params.entities]
    if params.report == "unlisted":
        yield from _unlisted(rule, index, kb, mentions)
    else:
        yield from _mixed(rule, index, kb, mentions)


def _unlisted(rule: Rule, index: FactIndex, kb: Knowledge, mentions: list[Fact]) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in mentions:
        if fact.value["spelling"] == "unlisted":
            groups[(fact.subject.id, _surface(fact))].append(fact)
    # "دميتري مدفيديف ... وكتب مدفيديف": the surname alone is the full name's misspelling, one finding
    full_names = {(subject_id, surface.split()[-1]): (subject_id, surface)
                  for subject_id, surface in sorted(groups, reverse=True) if " " in surface}
    for group in [g for g in groups if " " not in g[1] and g in full_names]:
        groups[full_names[group]].extend(groups.pop(group))
    for (subject_id, _), facts in sorted(groups.items()):
        entity = kb.entities[subject_id]
        surface = facts[0].value["surface"]
        how = "one letter off" if facts[0].value["match"] == "fuzzy" else "a transliteration variant"
        why = (f"{surface!r} is {how} of {entity.name} ({entity.en}) and is not a listed spelling; "
               f"house style is {entity.name!r}"
               + (f", accepted variants: {', '.join(entity.variants)}." if entity.variants else ".")
               + " If it is right, add it to the entity's variants in rules/kb.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(subject=entity.name, surface=surface, house=entity.name, spellings=surface),
                      Subject(entity.id, entity.name),
                      tuple(EvidenceItem.of(f, index, f.value["surface"]) for f in facts), why,
                      rule.fingerprint_id)


def _mixed(rule: Rule, index: FactIndex, kb: Knowledge, mentions: list[Fact]) -> Iterator[Finding]:
    groups: dict[tuple[str, str], dict[str, Fact]] = defaultdict(dict)
    short: dict[tuple[str, str], dict[str, Fact]] = defaultdict(dict)
    for fact in mentions:
        # house and listed variants: an unlisted spelling is the `unlisted` report's to name
        if fact.value["spelling"] in MIXED:
            groups[(fact.article, fact.subject.id)].setdefault(_surface(fact), fact)
        elif fact.value["spelling"] == "alias":
            short[(fact.article, fact.subject.id)].setdefault(_surface(fact), fact)
    for group, aliases in short.items():
        # a surname alone ("بوتين", "كيم") or a longer form ("فلاديمير فلاديميروفيتش بوتين") is the
        # name in words of the full one, not another spelling; but "زيلنسكي" beside "فولوديمير
        # زيلينسكي" spells the surname otherwise
        full = [set(surface.split()) for surface in groups.get(group, {})]
        for surface, fact in aliases.items():
            words = set(surface.split())
            if full and not any(words <= other or other <= words for other in full):
                groups[group].setdefault(surface, fact)
    for (article, subject_id), by_spelling in sorted(groups.items()):
        if len(by_spelling) < 2:
            continue
        facts = list(by_spelling.values())
        spellings = ", ".join(f.value["surface"] for f in facts)
        entity = kb.entities.get(subject_id)
        if entity is None:
            name = facts[0].subject.name
            why = (f"Article {article} writes {name} (not in the knowledge base) {len(facts)} ways: {spellings}. "
                   "Add the person to rules/kb to fix a house style.")
        else:
            name = entity.name
            why = (f"Article {article} writes {entity.name} ({entity.en}) {len(facts)} ways: {spellings}. "
                   f"House style is {entity.name!r}.")
        yield Finding(rule.id, NAME, rule.severity,
                      rule.render(subject=name, surface=facts[0].value["surface"], house=name, spellings=spellings),
                      Subject(subject_id, name),
                      tuple(EvidenceItem.of(f, index, f.value["surface"]) for f in facts), why,
                      rule.fingerprint_id)
