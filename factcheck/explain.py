"""One finding with everything behind it, and one person's timeline: `explain` and `timeline`.

`explain ID` shows each side's fact as extracted — the words, the reader that read them,
the date expressions of its sentence and how each was resolved — with the reference the
rule used and the baseline status. `timeline PERSON` is the picture an editor draws by
hand: the reference terms, and each article's claim on its date, conflicts marked.
"""

from __future__ import annotations

from typing import Any

from factcheck.engine import Checked
from factcheck.errors import SourceError, SourceErrors
from factcheck.extract import ArticleFacts
from factcheck.facts import Fact
from factcheck.findings import Finding, Report
from factcheck.knowledge import Knowledge
from factcheck.text.lexicon import key

# which reader reads each predicate (factcheck/extract/)
READERS = {"holds_title": "titles", "mentions": "entities", "event_date": "events", "anniversary": "events",
           "elapsed": "events", "event_count": "events", "arrival": "arrivals", "quantity": "quantities",
           "quantity_total": "quantities", "weekday": "calendar", "no_such_day": "calendar"}


def find_finding(findings: list[Finding], wanted: str) -> Finding:
    """The finding whose fingerprint is `wanted`, or the one it is the unique prefix of."""
    matches = [f for f in findings if f.id.startswith(wanted.lower())]
    if len(matches) == 1:
        return matches[0]
    hint = ("factcheck check lists the findings with their ids" if not matches
            else f"it is the start of {len(matches)} ids: give more of it")
    raise SourceErrors([SourceError(wanted, 0, 0, "no finding with this id" if not matches else "ambiguous id", hint)])


def _fact_of(checked: Checked, article: str, text_start: int) -> tuple[Fact, ArticleFacts] | None:
    for item in checked.extracted:
        if item.article.id == article:
            fact = next((f for f in item.facts if f.evidence.text_start == text_start), None)
            return (fact, item) if fact else None
    return None


def explanation(checked: Checked, report: Report, finding: Finding) -> dict[str, Any]:
    """Everything behind a finding, as JSON: each side's fact, how it was read, the reference, the status."""
    report_finding = next((f for f in report.findings if f.id == finding.id), finding)
    sides = []
    for e in finding.evidence:
        found = _fact_of(checked, e.article, e.text_start)
        side: dict[str, Any] = {"evidence": e.as_json()}
        if found:
            fact, item = found
            side["fact"] = fact.as_json()
            side["reader"] = f"factcheck/extract/{READERS.get(fact.predicate, fact.predicate)}.py"
            side["dates"] = [{"text": d.text, "form": d.form, "value": d.span.iso() if d.span else None,
                              "basis": d.basis, "unresolved": d.unresolved}
                             for d in item.dates if fact.evidence.start <= d.start < fact.evidence.end]
            side["published"] = {"value": item.article.published.iso() if item.article.published else None,
                                 "note": item.article.published_note}
        sides.append(side)
    return {"finding": report_finding.as_json(), "sides": sides}


def explain_text(explained: dict[str, Any]) -> str:
    """The explanation for a reader: one block per side, then why, then the status."""
    f = explained["finding"]
    lines = [f"{f['severity']} {f['rule']} ({f['kind']}) · {f['id']} · {f['status']}", f"  {f['message']}", ""]
    for side in explained["sides"]:
        e = side["evidence"]
        lines.append(f"▸ {e['path']}:{e['text_line']}:{e['text_column']} · {e['article']}")
        lines.append(f"  words      «{e['text']}» → {e['value']}")
        lines.append(f"  holds at   {e['valid_at']} ({_basis(e['basis'])})")
        if "published" in side:
            published = side["published"]
            lines.append(f"  published  {published['value'] or 'unknown'}"
                         + (f" ({published['note']})" if published["note"] else " (printed)"))
        if "fact" in side:
            fact = side["fact"]
            qualifiers = f", qualifiers {', '.join(fact['qualifiers'])}" if fact["qualifiers"] else ""
            lines.append(f"  read by    {side['reader']} as {fact['predicate']}{qualifiers}"
                         + (f", per «{fact['attribution']}»" if fact["attribution"] else ""))
            for d in side["dates"]:
                lines.append(f"  date words «{d['text']}» ({d['form']}) → {d['value'] or d['unresolved']} ({d['basis']})")
        lines.append(f"  sentence   «{e['quote']}»")
        lines.append("")
    lines.append(f"why: {f['explanation']}")
    if f.get("accepted"):
        a = f["accepted"]
        lines.append(f"accepted by {a['by']}{' until ' + a['until'] if a['until'] else ''}: {a['reason']} ({a['where']})")
    return "\n".join(lines) + "\n"


def _basis(basis: str) -> str:
    return {"explicit": "a date in the sentence", "relative": "a date relative to the publication",
            "published": "the publication date", "unknown": "unknown"}.get(basis, basis)


def find_person(kb: Knowledge, report: Report, wanted: str) -> dict[str, Any]:
    """A person's timeline by id (person:…) or any listed spelling of the name."""
    folded = key(wanted)
    for timeline in report.timelines:
        subject = timeline["subject"]["id"]
        entity = kb.entities.get(subject)
        names = {subject, subject.removeprefix("person:")}
        if entity is not None:
            names |= {key(entity.name), *(key(s) for s in entity.spellings)}
        if wanted in names or folded in names:
            return timeline
    people = ", ".join(t["subject"]["id"] for t in report.timelines) or "none"
    raise SourceErrors([SourceError(wanted, 0, 0, "no title claim of this person in the corpus",
                                    f"people with title claims: {people}")])


def timeline_text(timeline: dict[str, Any]) -> str:
    """Reference terms per office, then the claims in date order, conflicts marked with !."""
    lines = [f"{timeline['subject']['name']} ({timeline['subject']['id']})", "reference terms:"]
    for term in sorted(timeline["terms"], key=lambda t: t["start"]):
        lines.append(f"  {term['start']} → {term['end'] or 'in office'}  {term['label']}  ({term['source']})")
    lines.append("claims:")
    for claim in sorted(timeline["claims"], key=lambda c: c["start"] or ""):
        mark = "!" if claim["conflict"] else " "
        qualifiers = f" ({', '.join(claim['qualifiers'])})" if claim["qualifiers"] else ""
        lines.append(f" {mark}{claim['valid_at']:22} {claim['value']}{qualifiers}  {claim['place']}"
                     + (f"  findings {', '.join(claim['finding_ids'])}" if claim["finding_ids"] else ""))
    return "\n".join(lines) + "\n"
