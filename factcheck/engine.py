"""The pipeline: corpus + rules tree → facts → findings → Report. Pure given its inputs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck import __version__
from factcheck.corpus import DEFAULT_EXCLUDE, Article, load_corpus
from factcheck.errors import SourceError, SourceErrors
from factcheck.extract import ArticleFacts, Extractor
from factcheck.facts import FactIndex
from factcheck.findings import Finding, Report, merge_claims, severity_rank
from factcheck.kinds import KINDS
from factcheck.knowledge import Knowledge, load_knowledge
from factcheck.resources import rules_dir
from factcheck.rule import Rule
from factcheck.ruleset import load_rules


@dataclass(frozen=True)
class RuleSet:
    """A loaded rules tree: the checks and the knowledge they run with."""

    rules: list[Rule]
    kb: Knowledge


def rules_tree(root: Path | None) -> tuple[Path, Path]:
    """(folder of the knowledge, folder of the checks) for `--rules`.

    A folder with checks/, kb/ or lexicon/ is a rules tree; parts it lacks come from
    the shipped rules. Any other folder is taken as a folder of checks alone.
    """
    shipped = rules_dir()
    if root is None:
        return shipped, shipped / "checks"
    if any((root / part).is_dir() for part in ("checks", "kb", "lexicon")):
        checks = root / "checks"
        return root, checks if checks.is_dir() else shipped / "checks"
    return shipped, root


def load_ruleset(root: Path | None) -> RuleSet:
    """Knowledge and rules; SourceErrors when either is invalid (the run cannot go on)."""
    knowledge_root, checks = rules_tree(root)
    kb = load_knowledge(knowledge_root, fallback=rules_dir())
    rules, errors = load_rules(checks, kb)
    if errors:
        raise SourceErrors(errors)
    return RuleSet(rules, kb)


def extract_all(articles: Iterable[Article], kb: Knowledge) -> list[ArticleFacts]:
    """Facts of every article."""
    extractor = Extractor(kb)
    return [extractor.extract(article) for article in articles]


def index_of(extracted: list[ArticleFacts]) -> FactIndex:
    """The facts of a corpus, grouped once for all rules."""
    published = {e.article.id: e.article.published.iso() if e.article.published else None for e in extracted}
    return FactIndex([f for e in extracted for f in e.facts], published,
                     {e.article.id: e.article.path for e in extracted})


def evaluate(rules: Iterable[Rule], index: FactIndex, kb: Knowledge) -> list[Finding]:
    """Every rule over the whole corpus, one finding per conflicting claim, most severe first."""
    findings = merge_claims(finding for rule in rules for finding in KINDS[rule.kind].check(rule, index, kb))
    return sorted(findings, key=lambda f: (severity_rank(f.severity), f.rule, f.subject.id,
                                           [(e.article, e.start) for e in f.evidence]))


def select_rules(rules: list[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules `select` names (by id or kind; all when empty), less those `ignore` names.

    A name that is no rule id and no kind is an error: a typo must not silently run nothing.
    """
    select, ignore = list(select), list(ignore)
    known = {r.id for r in rules} | {r.kind for r in rules} | set(KINDS)
    unknown = [name for name in (*select, *ignore) if name not in known]
    if unknown:
        raise SourceErrors([SourceError("--select/--ignore", 0, 0, f"no rule or kind named {name!r}",
                                        "factcheck rules validate lists the rules") for name in unknown])
    chosen = [r for r in rules if not select or r.id in select or r.kind in select]
    return [r for r in chosen if r.id not in ignore and r.kind not in ignore]


def check_corpus(paths: list[Path], ruleset: RuleSet, exclude: Iterable[str] = DEFAULT_EXCLUDE) -> Report:
    """Load, extract, evaluate: the report, with the input errors met on the way."""
    corpus = load_corpus(paths, exclude)
    extracted = extract_all(corpus.articles, ruleset.kb)
    errors = corpus.errors + [error for e in extracted for error in e.errors]
    index = index_of(extracted)
    findings = evaluate(ruleset.rules, index, ruleset.kb)
    report = Report(__version__, len(corpus.articles), len(index.facts), len(ruleset.rules),
                    tuple(findings), tuple(errors),
                    tuple(a.id for a in corpus.articles if a.published is None),
                    rule_info=tuple(rule.info() for rule in ruleset.rules))
    return report
