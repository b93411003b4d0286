"""The command line: parse flags, call the pipeline, pick a reporter, return the exit code.

Exit codes are decided here and only here: 0 nothing at or above --fail-on, 1 there is,
2 the run could not be done (bad rules, bad arguments, unreadable corpus under --strict,
an internal error).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from factcheck import __version__
from factcheck.corpus import load_corpus
from factcheck.engine import check_corpus, extract_all, load_ruleset, rules_tree
from factcheck.errors import SourceError, SourceErrors
from factcheck.extract import extraction_json
from factcheck.findings import Report, severity_rank
from factcheck.kbimport import import_results
from factcheck.knowledge.coverage import coverage_json, coverage_text
from factcheck.report import REPORTERS
from factcheck.resources import rules_dir
from factcheck.testing import run_case_files

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Check a news corpus for contradictions: titles over time, counts, dates.")
rules_app = typer.Typer(no_args_is_help=True, help="Validate and test rule sets.")
app.add_typer(rules_app, name="rules")
kb_app = typer.Typer(no_args_is_help=True, help="Reference knowledge: what it covers, and importing from Wikidata.")
app.add_typer(kb_app, name="kb")


class Format(str, Enum):
    """Output formats."""

    text = "text"
    json = "json"


class FailOn(str, Enum):
    """The least severe finding that fails the run."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


_state = {"debug": False}
F = TypeVar("F", bound=Callable[..., Any])


def _guarded(command: F) -> F:
    """An unexpected exception is exit 2 with a hint, never the findings code."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except SourceErrors as exc:
            _print_errors(exc.errors)
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as exc:
            if _state["debug"]:
                raise
            typer.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} "
                       "(rerun with --debug for the traceback)", err=True)
            raise typer.Exit(EXIT_ERROR) from None

    return run  # type: ignore[return-value]


def _print_errors(errors: list[SourceError]) -> None:
    for error in errors:
        typer.echo(str(error), err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """factcheck: claim-consistency checking for news corpora, Arabic first."""
    _state["debug"] = debug


PathsArg = Annotated[list[Path] | None, typer.Argument(help="Article files or folders [default: corpus/].")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="A rules tree (checks/, kb/, lexicon/) or a "
                                               "folder of checks; missing parts come from the shipped rules.")]


def exit_code(report: Report, fail_on: FailOn, strict: bool) -> int:
    """0, 1 or 2 from the findings, the threshold and the input errors."""
    if strict and report.errors:
        return EXIT_ERROR
    if fail_on is FailOn.never:
        return EXIT_CLEAN
    threshold = severity_rank(fail_on.value)
    return EXIT_FINDINGS if any(severity_rank(f.severity) <= threshold for f in report.findings) else EXIT_CLEAN


@app.command()
@_guarded
def check(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    output: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.text,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Least severe finding that exits 1.")] = FailOn.error,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 2 when any corpus file cannot be read.")] = False,
) -> None:
    """Check the corpus against the rules and report each contradiction with its quotes."""
    ruleset = load_ruleset(rules)
    report = check_corpus(paths or [Path("corpus")], ruleset)
    if output is Format.text:
        _print_errors(list(report.errors))
    sys.stdout.write(REPORTERS[output.value](report, output is Format.text and sys.stdout.isatty()))
    raise typer.Exit(exit_code(report, fail_on, strict))


@app.command()
@_guarded
def extract(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    output: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
) -> None:
    """Print the facts and dates read from each article, with where each was read."""
    kb = load_ruleset(rules).kb
    corpus = load_corpus(paths or [Path("corpus")])
    extracted = extract_all(corpus.articles, kb)
    errors = corpus.errors + [error for item in extracted for error in item.errors]
    if output is Format.json:
        sys.stdout.write(json.dumps(extraction_json(extracted, errors, __version__),
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        _print_errors(errors)
        for item in extracted:
            typer.echo(f"# {item.article.id} (published {item.article.published or 'unknown'})")
            for date in item.dates:
                value = date.span.iso() if date.span else f"unresolved: {date.unresolved}"
                typer.echo(f"  date        {value:24} {date.basis:9} {date.text}")
            for fact in item.facts:
                typer.echo(f"  {fact.predicate:11} {fact.subject.id:30} {fact.valid_at!s:22} "
                           f"{fact.evidence.text}")
    raise typer.Exit(EXIT_ERROR if corpus.errors and not corpus.articles else EXIT_CLEAN)


@rules_app.command("validate")
@_guarded
def rules_validate(
    folder: Annotated[Path | None, typer.Argument(help="A rules tree or a folder of checks [default: shipped].")] = None,
) -> None:
    """Validate rule files, knowledge and lexicons: errors as file:line:col, exit 2."""
    ruleset = load_ruleset(folder)
    _, checks = rules_tree(folder)
    kb = ruleset.kb
    typer.echo(f"{checks}: {len(ruleset.rules)} rules valid; knowledge: {len(kb.entities)} entities, "
               f"{len(kb.offices)} offices, {sum(len(o.holders) for o in kb.offices.values())} terms, "
               f"{len(kb.events)} events (factcheck kb stats for what they cover)")


@rules_app.command("test")
@_guarded
def rules_test(
    folder: Annotated[Path | None, typer.Argument(help="A rules tree or a folder of checks [default: shipped].")] = None,
) -> None:
    """Run the rule cases (*.test.yaml) beside the rules; exit 1 when one fails."""
    ruleset = load_ruleset(folder)
    _, checks = rules_tree(folder)
    results = run_case_files(sorted(checks.glob("*.test.yaml")), ruleset)
    failed = [r for r in results if not r.passed]
    for result in results:
        typer.echo(f"{'ok  ' if result.passed else 'FAIL'} {result.name}")
        for problem in result.problems:
            typer.echo(f"     {problem}")
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@kb_app.command("stats")
@_guarded
def kb_stats(
    rules: RulesOpt = None,
    output: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
) -> None:
    """Per office the period its holders cover, per person the spellings read: what can be judged."""
    kb = load_ruleset(rules).kb
    if output is Format.json:
        sys.stdout.write(json.dumps(coverage_json(kb), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(coverage_text(kb))


@kb_app.command("import")
@_guarded
def kb_import(
    results: Annotated[Path, typer.Argument(help="The JSON result of rules/kb/wikidata.rq from query.wikidata.org.")],
    rules: Annotated[Path, typer.Option("--rules", help="The rules tree to write into (its kb/wikidata.yaml).")] = Path("rules"),
) -> None:
    """Write the terms and people Wikidata has and the hand-edited rules/kb lacks; hand edits win."""
    if not (rules / "kb").is_dir():
        raise SourceErrors([SourceError(str(rules), 0, 0, "no kb/ folder here", "pass --rules <rules tree>")])
    plan, target = import_results(results, rules, rules_dir())
    typer.echo(f"{target}: {len(plan.people)} people and {len(plan.terms)} terms from {results.name}")
    for line in plan.conflicts:
        typer.echo(f"conflict: {line}")
    for line in plan.skipped:
        typer.echo(f"skipped: {line}")
    for line in plan.spellings:
        typer.echo(f"spelling: {line}")


def main() -> None:
    """Console-script entry point."""
    app()
