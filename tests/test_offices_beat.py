"""Every office of the beat, every holder since 1995: a title in term is no finding, out of term is one.

The sentences are written by us from the terms in rules/kb (each term carries its
source): "وقال <office label> <house spelling of the holder> ..." on a day inside the
term, and the same on a day outside every term of that person in that office. This
also proves that each holder's house spelling reads as that person and no other, and
that each office's Arabic label reads as that office.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.corpus import Article
from factcheck.engine import evaluate, extract_all, index_of, load_ruleset
from factcheck.knowledge import Office
from factcheck.text.dates import TimeSpan

RULESET = load_ruleset(None)
KB = RULESET.kb
REFERENCE = [r for r in RULESET.rules if r.kind == "reference_timeline"]
FROM = date(1995, 1, 1)
MARGIN = timedelta(days=5)  # away from a handover, where a contradiction is only "possible"

# The offices issue 7 names, complete from 1991 (or their creation) to the day rules/kb was reviewed.
COMPLETE = [f"{c}.{o}" for c in ("ru", "kp", "kr", "us", "cn", "jp", "ua")
            for o in ("foreign_minister", "defense_minister")]
COMPLETE += ["ru.president", "ru.prime_minister", "ru.security_council.secretary", "ru.security_council.chair",
             "ru.security_council.deputy_chair", "ru.kremlin_spokesperson", "kp.leader", "kp.presidium_president",
             "kp.prime_minister", "kp.first_vice_foreign_minister", "kr.president", "kr.prime_minister",
             "us.president", "us.vice_president", "cn.president", "cn.vice_president", "cn.prime_minister",
             "jp.emperor", "jp.prime_minister", "ua.president", "ua.prime_minister", "un.secretary_general"]
DEPUTIES = {"ru.deputy_foreign_minister": "ru.foreign_minister", "kp.first_vice_foreign_minister": "kp.foreign_minister",
            "ru.security_council.deputy_chair": "ru.security_council.chair", "us.vice_president": "us.president",
            "cn.vice_president": "cn.president"}


def _sentence(office: Office, person: str) -> str:
    return f"وقال {office.label} {KB.entities[person].name} في تصريح للصحفيين إن المحادثات كانت بناءة."


def _in_term(office: Office) -> list[tuple[str, date]]:
    """(person, a day in their term) for every term that reaches 1995."""
    cases = []
    last = office.reviewed or date.today()
    for term in office.holders:
        start, end = max(term.span.start, FROM), min(term.span.end, last)
        if start <= end:
            cases.append((term.person, start + (end - start) / 2))
    return cases


def _out_of_term(office: Office) -> list[tuple[str, date]]:
    """(person, a day when the list is complete and the person held none of their terms)."""
    cases = []
    first, last = max(office.known_from, FROM), office.reviewed or date.today()
    for person in sorted({t.person for t in office.holders}):
        busy = sorted((t.span.start - MARGIN, min(t.span.end, last) + MARGIN) for t in KB.holdings_of(person, office.id))
        free, cursor = [], first
        for start, end in busy:
            if start > cursor:
                free.append((cursor, min(start, last)))
            cursor = max(cursor, end)
        if cursor < last:
            free.append((cursor, last))
        free = [(a, b) for a, b in free if b > a]
        if free:
            a, b = max(free, key=lambda ab: ab[1] - ab[0])
            cases.append((person, a + (b - a) / 2))
    return cases


def _articles(office: Office, cases: list[tuple[str, date]], tag: str) -> list[Article]:
    return [Article(f"{office.id}-{tag}-{i}", "t", _sentence(office, person), TimeSpan.of_day(day))
            for i, (person, day) in enumerate(cases)]


@pytest.mark.parametrize("office_id", COMPLETE)
def test_the_office_is_listed_from_1991_or_its_creation_to_review(office_id: str) -> None:
    office = KB.offices[office_id]
    assert office.max_holders == 1 and office.reviewed is not None
    assert office.known_from <= date(1991, 12, 31) or office.created == office.known_from
    assert all(h.source.startswith("http") for h in office.holders)
    # the list runs to the day it was reviewed; an office reviewed before 2025 says why in rules/kb
    assert max(h.span.end for h in office.holders) >= office.reviewed
    assert office.reviewed >= date(2025, 1, 1) or office_id == "kp.first_vice_foreign_minister"


@pytest.mark.parametrize("office_id", COMPLETE + sorted(set(DEPUTIES) - set(COMPLETE)))
def test_each_holder_in_term_reads_as_that_holder_in_that_office_and_raises_nothing(office_id: str) -> None:
    office = KB.offices[office_id]
    cases = _in_term(office)
    articles = _articles(office, cases, "in")
    extracted = extract_all(articles, KB)
    for (person, _), article, found in zip(cases, articles, extracted):
        claims = {(f.subject.id, f.value["office"]) for f in found.facts if f.predicate == "holds_title"}
        assert claims == {(person, office.id)}, article.body
    assert evaluate(REFERENCE, index_of(extracted), KB) == []


@pytest.mark.parametrize("office_id", COMPLETE)
def test_each_holder_out_of_term_is_a_finding(office_id: str) -> None:
    office = KB.offices[office_id]
    cases = _out_of_term(office)
    articles = _articles(office, cases, "out")
    findings = evaluate(REFERENCE, index_of(extract_all(articles, KB)), KB)
    flagged = {(f.subject.id, f.evidence[0].article) for f in findings if f.severity == "error"}
    assert flagged == {(person, a.id) for (person, _), a in zip(cases, articles)}


@pytest.mark.parametrize(("deputy", "principal"), sorted(DEPUTIES.items()))
def test_a_deputy_office_is_never_the_office_itself(deputy: str, principal: str) -> None:
    office = KB.offices[deputy]
    extracted = extract_all(_articles(office, _in_term(office), "deputy"), KB)
    offices = {f.value["office"] for e in extracted for f in e.facts if f.predicate == "holds_title"}
    assert offices == {deputy}


@pytest.mark.parametrize("office_id", COMPLETE)
def test_a_deputy_of_any_office_is_not_that_office(office_id: str) -> None:
    office = KB.offices[office_id]
    person, day = _in_term(office)[-1]
    text = f"وقال نائب {office.label} {KB.entities[person].name} إن المحادثات كانت بناءة."
    [extracted] = extract_all([Article("deputy", "t", text, TimeSpan.of_day(day))], KB)
    assert not [f for f in extracted.facts if f.predicate == "holds_title" and f.value["office"] == office.id], text


def test_every_listed_spelling_reads_as_its_own_person() -> None:
    people = [e for e in KB.entities.values() if e.kind == "person"]
    articles = [Article(f"{e.id}-{i}", "t", f"وقال {form} في تصريح إن المحادثات كانت بناءة.", TimeSpan.of_day(date(2024, 1, 1)))
                for e in people for i, form in enumerate((e.name, *e.variants))]
    for article, found in zip(articles, extract_all(articles, KB)):
        person = article.id.rsplit("-", 1)[0]
        assert [f.subject.id for f in found.facts if f.predicate == "mentions"] == [person], article.body
