"""What the title kinds share: which title claims say the person holds the office then."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from heapq import heappop, heappush

from factcheck.facts import Fact, FactIndex, Subject, may_overlap
from factcheck.findings import Cleared, EvidenceItem
from factcheck.knowledge import Knowledge, Office
from factcheck.rule import Rule
from factcheck.text.dates import TimeSpan

# A claim with one of these does not say the office is held at valid_at; "new" (الجديد) is
# also said between the choice and the start of the term, while the one before still holds it.
NOT_HOLDING = frozenset({"former", "ended", "elect", "next", "new"})


_QUALIFIER_WORDS = {"former": "السابق", "ended": "السابق", "elect": "المنتخب", "next": "المقبل", "new": "الجديد", "then": "آنذاك"}


def why_not_holding(fact: Fact) -> str | None:
    """Why a title claim says nothing of the office held at its time, or None if it does."""
    if fact.valid is None:
        return f"«{fact.evidence.text}» has no time the checker could read"
    qualifiers = [q for q in fact.qualifiers if q in NOT_HOLDING] or (
        ["then"] if "then" in fact.qualifiers and fact.valid_at.basis == "published" else [])
    if not qualifiers:
        return None
    words = ", ".join(f"{_QUALIFIER_WORDS[q]} ({q})" for q in qualifiers)
    return f"«{fact.evidence.text}» is qualified {words}: not a claim that the office is held on {fact.valid_at}"


def apart(a: Fact, b: Fact) -> str:
    """The reason two title claims whose times do not meet stand together."""
    return (f"different times: {a.valid_at} ({a.valid_at.basis}) and {b.valid_at} ({b.valid_at.basis}) "
            "do not meet")


def stands(a: Fact, b: Fact, describe: bool) -> str | None:
    """Why two title claims cannot clash (a qualifier, times that do not meet), or None if they may.

    The reason is written out only when `describe`: formatting it for every pair of a
    large corpus costs more than the comparison.
    """
    reason = why_not_holding(a) or why_not_holding(b)
    if reason is None and not may_overlap(a.valid_at, b.valid_at):
        return apart(a, b) if describe else "different times"
    return reason


def cleared_titles(rule: Rule, kind: str, subject: Subject, index: FactIndex, a: Fact, b: Fact,
                   reason: str) -> Cleared:
    """Two title claims a rule compared and let stand."""
    return Cleared(rule.id, kind, subject, reason,
                   (EvidenceItem.of(a, index, title_value(a)), EvidenceItem.of(b, index, title_value(b))))


def holding(fact: Fact) -> bool:
    """A title claim that says the office is held at its valid time, a time that is known."""
    if fact.valid is None or NOT_HOLDING & set(fact.qualifiers):
        return False
    return not ("then" in fact.qualifiers and fact.valid_at.basis == "published")


def reference_has_both(kb: Knowledge, a: Fact, b: Fact) -> bool:
    """rules/kb records each claim's person in its office during the time the two claims share.

    Two holders of one office (an acting president beside a suspended one) or one person in
    two offices (Shoigu left the ministry and became secretary on 12 May 2024) are then no
    contradiction, however the rule pairs them.
    """
    if a.valid is None or b.valid is None:
        return False
    common = TimeSpan(max(a.valid.start, b.valid.start), min(a.valid.end, b.valid.end), "day")
    if common.start > common.end:
        return False
    return all(fact.value["office"] in kb.offices and any(
        h.span.overlaps(common) for h in kb.holdings_of(fact.subject.id, fact.value["office"])) for fact in (a, b))


def gap_between(a: Fact, b: Fact) -> TimeSpan | None:
    """The days from the end of the earlier claim to the start of the later, when their times do not meet."""
    if a.valid is None or b.valid is None or a.valid.overlaps(b.valid):
        return None
    first, then = sorted((a.valid, b.valid), key=lambda v: v.start)
    return TimeSpan(first.end, then.start, "day")


def one_holder_throughout(kb: Knowledge, office: str, span: TimeSpan) -> bool:
    """rules/kb, complete over `span`, has one person hold the office all through it: no handover then."""
    known = kb.offices.get(office)
    if known is None or not known.complete_over(span):
        return False
    terms = known.holders_during(span)
    return len(terms) == 1 and terms[0].span.contains(span)


def no_move_throughout(kb: Knowledge, person: str, offices: Sequence[str], span: TimeSpan) -> bool:
    """rules/kb, complete over `span`, has the person take or leave none of the offices during it."""
    for office in offices:
        known = kb.offices.get(office)
        if known is None or not known.complete_over(span):
            return False
        terms = [h for h in kb.holdings_of(person, office) if h.span.overlaps(span)]
        if terms and not any(h.span.contains(span) for h in terms):
            return False
    return True


def office_label(kb: Knowledge, office: str) -> str:
    """The house label of an office, or its id when the knowledge base lacks it."""
    known = kb.offices.get(office)
    return known.label if known else office


def holders_during(kb: Knowledge, office: Office, span: TimeSpan, excluding: str | None = None) -> list[str]:
    """Who held the office during `span`, each as "name (term; source)", for an explanation."""
    return [f"{kb.entities[h.person].name} ({h.describe()}; {h.source})"
            for h in office.holders_during(span) if h.person != excluding]


def title_value(fact: Fact) -> str:
    """A title claim as a reader wants it: the words, and the qualifier if any."""
    qualifiers = [q for q in fact.qualifiers if q != "then"]
    return fact.value["label"] + (f" ({', '.join(qualifiers)})" if qualifiers else "")


def who(subject: Subject) -> str:
    """A subject's name, saying when the knowledge base does not know the person."""
    return subject.name if subject.known else f"{subject.name} (not in the knowledge base)"


def same_claims(claims: Sequence[Fact], group: Callable[[Fact], str]) -> tuple[list[Fact], list[list[Fact]]]:
    """The claims as said, each once: its first fact, and the first fact of each article saying it.

    Findings are one per pair of claims (findings.merge_claims): a title copied into a
    thousand articles is one claim to compare, not a thousand, and the finding lists each
    article once — a caption repeating the title in the same article adds nothing to fix.
    """
    said: dict[tuple[object, ...], dict[str, Fact]] = {}
    for fact in claims:
        valid = fact.valid_at
        key = (group(fact), fact.subject.id, title_value(fact), valid.span, valid.throughout, valid.basis, holding(fact))
        said.setdefault(key, {}).setdefault(fact.article, fact)
    saying = [list(by_article.values()) for by_article in said.values()]
    return [facts[0] for facts in saying], saying


@dataclass(frozen=True)
class Sweep:
    """The pairs of claims a title kind looks at, by index into its list, each pair (i, j) with i < j.

    `meeting`: two holding claims of different groups whose times meet, the pairs that may
    clash. `let_stand` (only when asked, for --show-cleared): for each claim that does not
    say the office is held, one claim of another group; for each holding claim, the claim
    of another group that ended last before it began — the comparisons that explain why a
    corpus's other pairs stand, one per claim instead of one per pair.
    """

    meeting: list[tuple[int, int]]
    let_stand: list[tuple[int, int]]


def sweep(claims: Sequence[Fact], group: Callable[[Fact], str], describe: bool, near_days: int = 0) -> Sweep:
    """The pairs worth comparing among `claims`, found by sorting on time, never by trying every pair.

    The claims are visited by start; a claim is compared only with the claims of other
    groups still running when it starts (a heap on their ends keeps that set), so the work
    grows with the pairs that meet, not with the square of the claims: ten thousand
    claims of one minister in one office cost ten thousand steps, not fifty million.
    A claim keeps running `near_days` past its end: the pairs that nearly meet are in
    `meeting` too, for the kind to judge (`gap_between`).
    """
    near = timedelta(days=near_days)
    groups = [group(f) for f in claims]
    held = [i for i, f in enumerate(claims) if holding(f)]
    order = sorted(held, key=lambda i: (claims[i].valid.start, i))  # type: ignore[union-attr]
    running: list[tuple[date, int]] = []  # (end, index) of the claims that have begun and not ended
    by_group: dict[str, set[int]] = defaultdict(set)
    ended: list[int] = []  # the claims that ended last, of up to two groups: the nearest across a gap
    meeting: list[tuple[int, int]] = []
    let_stand: list[tuple[int, int]] = []
    for j in order:
        start = claims[j].valid.start  # type: ignore[union-attr]
        while running and running[0][0] < start:
            _, i = heappop(running)
            members = by_group[groups[i]]
            members.discard(i)
            if not members:
                del by_group[groups[i]]
            if describe:
                ended = [i, *(k for k in ended if groups[k] != groups[i])][:2]
        for other, members in by_group.items():
            if other != groups[j]:
                meeting.extend((min(i, j), max(i, j)) for i in members)
        if describe:
            nearest = next((k for k in ended if groups[k] != groups[j]), None)
            if nearest is not None:
                let_stand.append((min(nearest, j), max(nearest, j)))
        by_group[groups[j]].add(j)
        heappush(running, (claims[j].valid.end + near, j))  # type: ignore[union-attr]
    if describe:
        let_stand += _unheld_pairs(groups, set(held))
    return Sweep(sorted(meeting), let_stand)


def _unheld_pairs(groups: list[str], held: set[int]) -> Iterator[tuple[int, int]]:
    """Each claim that does not say the office is held, with the first claim of another group."""
    firsts: dict[str, int] = {}
    for i, g in enumerate(groups):
        if len(firsts) == 2:
            break
        firsts.setdefault(g, i)
    for i, g in enumerate(groups):
        other = next((k for h, k in firsts.items() if h != g), None)
        if i not in held and other is not None:
            yield min(i, other), max(i, other)
