"""The rule-case runner, shared by pytest (tests/test_cases.py) and `factcheck rules test`.

A case file holds one rule (inline, or the id of a rule in the rule set; a case may
name another shipped rule with its own `rule:`) and cases:
articles with real text, and the exact findings expected. `expect` is exact: every
finding must be listed and every listed one must appear. Every finding is also checked
for free: each quote is the article text at its offsets, and the report validates
against schemas/report.schema.json. `todo:` marks a known gap (run as a strict xfail).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.corpus import Article
from factcheck.engine import RuleSet, evaluate, extract_all, index_of
from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.findings import Finding, Report
from factcheck.rule import Rule
from factcheck.ruleset import build_rule
from factcheck.schemas import validate, validate_json
from factcheck.text.dates import TimeSpan
from factcheck.text.names import name_key
from factcheck.text.normalize import fold
from factcheck.yamlsource import YamlDocument, YamlError, load_yaml


@dataclass(frozen=True)
class Case:
    """One case of a case file, with the rule it runs."""

    name: str
    rule: Rule
    articles: tuple[Article, ...]
    expect: tuple[dict[str, Any], ...]
    todo: str | None


@dataclass
class CaseResult:
    """What a case did: passed, or the problems found."""

    name: str
    todo: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """No problem found."""
        return not self.problems


def _article(item: dict[str, Any], where: str) -> Article:
    published = item.get("published")
    return Article(id=item["id"], path=where, body=item["text"],
                   published=TimeSpan.parse(str(published)) if published is not None else None)


def load_cases(path: Path, ruleset: RuleSet) -> list[Case]:
    """A validated case file; SourceErrors when malformed (an error, never a skip)."""
    shown = display_path(path)
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as exc:
        raise SourceErrors([SourceError(shown, exc.line, exc.col, str(exc))]) from exc
    errors = validate(doc, "rule-tests", shown)
    if errors:
        raise SourceErrors(errors)
    default = _rule(doc, ("rule",), shown, ruleset)
    return [Case(f"{path.stem}::{item['name']}",
                 _rule(doc, ("cases", i, "rule"), shown, ruleset) if "rule" in item else default,
                 tuple(_article(a, f"{shown}#{item['name']}") for a in item["articles"]),
                 tuple(item["expect"]), item.get("todo"))
            for i, item in enumerate(doc.value["cases"])]


def _rule(doc: YamlDocument, at: tuple[str | int, ...], shown: str, ruleset: RuleSet) -> Rule:
    """The rule a case runs: inline, or the id of a rule in the rule set."""
    spec = doc.value
    for step in at:
        spec = spec[step]
    if isinstance(spec, str):
        rule = next((r for r in ruleset.rules if r.id == spec), None)
        if rule is None:
            line, col = doc.position(at)
            raise SourceErrors([SourceError(shown, line, col, f"no rule {spec!r} in the rule set")])
        return rule
    found: list[SourceError] = []
    built = build_rule(doc, at, shown, ruleset.kb, found)
    if built is None:
        raise SourceErrors(found)
    return built


def subject_id(written: str) -> str:
    """A subject as a case writes it, as the readers key it.

    An id, or `unlisted:<the name as written>` for a person the knowledge base lacks.
    """
    if written.startswith("unlisted:"):
        return "name:" + name_key(fold(written.split(":", 1)[1]))
    return written


def _matches(finding: Finding, expected: dict[str, Any]) -> bool:
    if finding.rule != expected["rule"] or finding.subject.id != subject_id(expected["subject"]):
        return False
    if "severity" in expected and finding.severity != expected["severity"]:
        return False
    if sorted({e.article for e in finding.evidence}) != sorted(set(expected["articles"])):
        return False
    said = [f"{e.quote}\n{e.text}" for e in finding.evidence]
    return all(any(q in s for s in said) for q in expected.get("quotes", []))


def _invariants(case: Case, findings: list[Finding]) -> list[str]:
    problems = []
    bodies = {a.id: a.body for a in case.articles}
    for finding in findings:
        for e in finding.evidence:
            body = bodies[e.article]
            if body[e.start:e.end] != e.quote or body[e.text_start:e.text_end] != e.text:
                problems.append(f"{finding.rule}: evidence offsets do not point at its quote in {e.article}")
    report = Report(__version__, len(case.articles), 0, 1, tuple(findings))
    problems.extend(f"report schema: {p}" for p in validate_json(report.as_json(), "report"))
    return problems


def _describe(finding: Finding) -> str:
    quotes = " | ".join(e.text for e in finding.evidence)
    return (f"{{rule: {finding.rule}, subject: {finding.subject.id}, severity: {finding.severity}, "
            f"articles: {sorted({e.article for e in finding.evidence})}, words: {quotes}}}")


def run_case(case: Case, ruleset: RuleSet) -> CaseResult:
    """Run one case; exact comparison of findings with `expect`."""
    extracted = extract_all(case.articles, ruleset.kb)
    findings = evaluate([case.rule], index_of(extracted), ruleset.kb)
    result = CaseResult(case.name, case.todo, _invariants(case, findings))
    result.problems.extend(f"extraction error: {error}" for e in extracted for error in e.errors)
    unmatched = list(findings)
    for expected in case.expect:
        hit = next((f for f in unmatched if _matches(f, expected)), None)
        if hit is None:
            result.problems.append(f"expected, not found: {expected}")
        else:
            unmatched.remove(hit)
    result.problems.extend(f"found, not expected: {_describe(f)}" for f in unmatched)
    return result


def run_case_files(paths: Sequence[Path], ruleset: RuleSet) -> list[CaseResult]:
    """Every case of every file; a todo case passes when its gap is still there."""
    results = []
    for path in paths:
        for case in load_cases(path, ruleset):
            result = run_case(case, ruleset)
            if case.todo is not None:
                result = CaseResult(case.name, case.todo,
                                    [] if result.problems else [f"todo fixed, remove the marker: {case.todo}"])
            results.append(result)
    return results
