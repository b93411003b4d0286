"""The command line: parse flags, call the pipeline, pick reporters, return the exit code.

Exit codes are decided here and only here:

- 0: no new finding at or above --fail-on (known ones sit in the baseline or are accepted);
- 1: there is one;
- 2: the run could not be done: bad rules, knowledge, config, baseline or accept file, bad
  arguments, nothing to check (no article found; --allow-empty makes that 0), an input
  error under --strict (an unreadable article, an accept entry expired or matching
  nothing), an internal error;
- 141: standard output was closed early (`factcheck … | head`): the run ends quietly, as
  a command killed by SIGPIPE does.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import date
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress as ProgressBar

from factcheck import __version__
from factcheck.baseline import (
    ACCEPT_FILE,
    BASELINE_FILE,
    accept,
    baseline_json,
    compare,
    read_accepted,
    read_baseline,
    write_outside_corpus,
    write_pieces,
)
from factcheck.config import Config, load_config
from factcheck.corpus import MAX_ARTICLE_SIZE, STDIN, load_corpus
from factcheck.corpusdiff import diff_corpora, diff_json, diff_markdown, diff_text, resolve_side
from factcheck.engine import (
    Progress,
    RuleSet,
    check_corpus,
    extract_all,
    load_ruleset,
    report_of,
    rules_tree,
    run_checks,
    select_rules,
)
from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.executors import dask_client
from factcheck.explain import explain_text, explanation, find_finding, find_person, timeline_text
from factcheck.extract import extraction_json
from factcheck.findings import Report, severity_rank
from factcheck.kbimport import import_results
from factcheck.knowledge.coverage import coverage_json, coverage_text
from factcheck.report import REPORTERS, json_report
from factcheck.report.text_report import isolated, plural
from factcheck.report.text_report import render as render_text
from factcheck.resources import rules_dir
from factcheck.spool import FindingSpool
from factcheck.store import STORE_DIR, FactStore
from factcheck.testing import run_case_files

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_PIPE = 0, 1, 2, 141

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
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class TextOrJson(str, Enum):
    """Formats of the commands that print one thing: for a reader, or for a tool."""

    text = "text"
    json = "json"


class FailOn(str, Enum):
    """The least severe finding that fails the run."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Executor(str, Enum):
    """Where articles are read and rules run."""

    local = "local"
    dask = "dask"


class Color(str, Enum):
    """When the text report is coloured."""

    auto = "auto"
    always = "always"
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
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(EXIT_PIPE) from None
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


def _quiet_stdout() -> None:
    """Point standard output nowhere: Python flushes it at exit, and the reader is gone."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's runner)
        pass


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
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors (also after the "
                                                        "command).")] = False,
) -> None:
    """factcheck: claim-consistency checking for news corpora, Arabic first."""
    _state["debug"] = debug


# -- options every corpus command shares -----------------------------------------------------------
PathsArg = Annotated[list[Path] | None, typer.Argument(
    metavar="[PATHS]...", show_default=False,
    help="Article files, folders or glob patterns; - reads one article from standard input "
         "\\[default: the config's paths, or corpus/].")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", "-r", metavar="DIR", show_default=False, help=(
    "A rules tree (checks/, kb/, lexicon/) or a folder of checks; missing parts come from the shipped rules."))]
ConfigOpt = Annotated[Path | None, typer.Option("--config", metavar="FILE", show_default=False, help=(
    "A factcheck.toml or pyproject.toml \\[default: the nearest one, up to the repository root]."))]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", metavar="IDS", show_default=False, help=(
    "Run only these rule ids or kinds (repeat, or separate with commas)."))]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", metavar="IDS", show_default=False, help=(
    "Skip these rule ids or kinds (repeat, or separate with commas)."))]
ExcludeOpt = Annotated[list[str] | None, typer.Option("--exclude", metavar="GLOB", show_default=False, help=(
    "Glob patterns of files and folders not to read, replacing the defaults \\[default: README*, .*, "
    "node_modules]."))]
ExtendExcludeOpt = Annotated[list[str] | None, typer.Option("--extend-exclude", metavar="GLOB", show_default=False, help=(
    "Glob patterns to exclude besides the defaults or the config's."))]
FollowLinksOpt = Annotated[bool, typer.Option("--follow-links", help=(
    "Follow links to folders and to files outside the corpus folder \\[default: skip and say so]."))]
MaxSizeOpt = Annotated[float, typer.Option("--max-article-size", metavar="MB", help=(
    "Refuse an article file larger than this, in megabytes."))]
CacheDirOpt = Annotated[Path | None, typer.Option("--cache-dir", metavar="DIR", show_default=False, help=(
    "Where the facts of articles already read are kept \\[default: .factcheck/ at the project root]."))]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Read every article again; keep nothing.")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", min=1, show_default=False, help=(
    "Processes reading articles; output is the same for any N \\[default: all cores]."))]
TextOrJsonOpt = Annotated[TextOrJson, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")]
AllowEmptyOpt = Annotated[bool, typer.Option("--allow-empty", show_default=False, help=(
    "Exit 0 when there is no article to check \\[default: exit 2]."))]


def _listed(values: list[str] | None) -> list[str] | None:
    """Repeated and comma-separated values as one list; None when the flag was not given."""
    return None if values is None else [v.strip() for value in values for v in value.split(",") if v.strip()]


def _settings(config_file: Path | None, **flags: Any) -> Config:
    """The config file's values with the flags given on top."""
    for name in ("select", "ignore", "exclude", "extend_exclude"):
        if name in flags:
            flags[name] = _listed(flags[name])
    return load_config(config_file).merged(**flags)


def _ruleset(config: Config) -> RuleSet:
    ruleset = load_ruleset(config.rules)
    return RuleSet(select_rules(ruleset.rules, config.select, config.ignore), ruleset.kb, ruleset.knowledge_digest)


@contextmanager
def _progress(shown: bool) -> Iterator[Progress | None]:
    """A bar on stderr while articles are read, when stderr is a terminal; nothing otherwise."""
    if not shown or not sys.stderr.isatty():
        yield None
        return
    with ProgressBar(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading articles", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _store(config: Config, cache_dir: Path | None, no_cache: bool) -> FactStore | None:
    """The fact store, unless --no-cache, reading standard input, or it would sit inside the corpus."""
    if no_cache or STDIN in config.paths:
        return None
    folder = (cache_dir or config.root / STORE_DIR).resolve()
    if any(folder.is_relative_to(p.resolve()) for p in config.paths if p.is_dir()):
        return None  # the checker never writes into the corpus
    return FactStore(folder)


def _check(config: Config, paths: list[Path], show_cleared: bool = False, follow_links: bool = False,
           max_mb: float = MAX_ARTICLE_SIZE / 1e6, jobs: int | None = None,
           progress: bool = True, store: FactStore | None = None, executor: Executor = Executor.local,
           scheduler: str | None = None, with_timelines: bool = True) -> Report:
    ruleset = _ruleset(config)
    try:
        with ExitStack() as stack:
            client = stack.enter_context(dask_client(scheduler)) if executor is Executor.dask else None
            update = stack.enter_context(_progress(progress and client is None))
            report = check_corpus(paths, ruleset, config.excluded, show_cleared, follow_links, int(max_mb * 1e6),
                                  jobs or os.cpu_count() or 1, update, store, client, with_timelines)
    finally:
        if store is not None:
            store.close()
    if report.articles == 0 and not config.allow_empty:
        _print_errors(list(report.errors))
        where = ", ".join(display_path(p) for p in paths)
        raise SourceErrors([SourceError(where, 0, 0, "nothing to check: no article found",
                                        "give the corpus folder or files, or pass --allow-empty")])
    return report


def _color(choice: Color) -> bool:
    """--color, then NO_COLOR and FORCE_COLOR (https://no-color.org), then whether stdout is a terminal."""
    if choice is not Color.auto:
        return choice is Color.always
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _outputs(formats: list[Format], outputs: list[Path]) -> list[tuple[Format, Path | None]]:
    """Each --format with the --output given in the same position (- or none: standard output)."""
    if len(outputs) > len(formats):
        raise typer.BadParameter(f"{len(outputs)} --output for {plural(len(formats), '--format')}: "
                                 "each --output goes with the --format before it", param_hint="--output")
    paired = [(f, None if i >= len(outputs) or str(outputs[i]) == "-" else outputs[i]) for i, f in enumerate(formats)]
    if sum(1 for _, out in paired if out is None) > 1:
        raise typer.BadParameter("more than one format would go to standard output: give each but one an "
                                 "--output FILE", param_hint="--output")
    return paired


def exit_code(report: Report, fail_on: str, strict: bool) -> int:
    """0, 1 or 2 from the new findings, the threshold and the input errors."""
    if any(e.internal for e in report.errors) or strict and report.errors:
        return EXIT_ERROR
    if fail_on == FailOn.never.value:
        return EXIT_CLEAN
    threshold = severity_rank(fail_on)
    return EXIT_FINDINGS if any(f.fails and severity_rank(f.severity) <= threshold
                                for f in report.findings) else EXIT_CLEAN


def _known(report: Report, config: Config, today: date) -> Report:
    """The report with each finding marked against the baseline and the accept file."""
    findings, fixed, errors = report.findings, [], list(report.errors)
    if config.baseline is not None:
        marked, gone = compare(findings, read_baseline(config.baseline))
        findings, fixed = FindingSpool.of(marked), [f.as_json() for f in gone]
    accept_file = config.accept if config.accept is not None else config.root / ACCEPT_FILE
    if config.accept is not None or accept_file.is_file():
        marked, problems = accept(findings, read_accepted(accept_file), today)
        findings = FindingSpool.of(marked)
        errors += problems
    return replace(report, findings=findings, errors=tuple(errors),
                   baseline=str(config.baseline) if config.baseline is not None else None, fixed=tuple(fixed))


@app.command()
@_guarded
def check(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    formats: Annotated[list[Format] | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="text, json, sarif, github, junit, markdown or html; repeat for several, each with its --output \\[default: text].")] = None,
    outputs: Annotated[list[Path] | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Where the --format in the same position goes (- is standard output) \\[default: standard "
             "output].")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", metavar="LEVEL", show_default=False,
        help="Least severe new finding that exits 1: error, warning, info or never \\[default: error].")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", show_default=False,
        help="Exit 2 on any input error: an unreadable article, an accept entry expired or matching nothing.")] = False,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", "-b", metavar="FILE", show_default=False,
        help="Known findings (from factcheck baseline): only new ones fail.")] = None,
    accept_file: Annotated[Path | None, typer.Option(
        "--accept", metavar="FILE", show_default=False, help=f"Accepted findings, each with its reason \\[default: {ACCEPT_FILE} "
                                             "beside the config, if there].")] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    allow_empty: AllowEmptyOpt = False,
    config_file: ConfigOpt = None,
    color: Annotated[Color, typer.Option("--color", metavar="WHEN",
                                         help="Colour the text report: auto, always or never.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Text: the path:line:col line of each finding "
                                                              "alone.")] = False,
    show_cleared: Annotated[bool, typer.Option("--show-cleared", help=(
        "Also list the pairs of claims the rules compared and let stand, and why."))] = False,
    follow_links: FollowLinksOpt = False,
    max_article_size: MaxSizeOpt = MAX_ARTICLE_SIZE / 1e6,
    jobs: JobsOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    executor: Annotated[Executor, typer.Option("--executor", metavar="WHERE", help=(
        "local (processes on this machine) or dask (a Dask cluster; pip install 'factcheck[dask]')."))] = Executor.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", show_default=False, help=(
        "The Dask scheduler, e.g. tcp://10.0.0.5:8786 \\[default: a local cluster for the run]."))] = None,
    today: Annotated[str | None, typer.Option("--today", hidden=True, help="The day `until` is compared to.")] = None,
) -> None:
    """Check the corpus against the rules and report each contradiction with its quotes."""
    config = _settings(config_file, paths=paths, rules=rules, fail_on=fail_on.value if fail_on else None,
                       strict=strict or None, baseline=baseline, accept=accept_file, select=select, ignore=ignore,
                       exclude=exclude, extend_exclude=extend_exclude, allow_empty=allow_empty or None)
    targets = _outputs(formats or [Format.text], outputs or [])
    quiet_progress = any(f is Format.json and out is None for f, out in targets)
    report = _check(config, config.paths, show_cleared, follow_links, max_article_size, jobs, not quiet_progress,
                       _store(config, cache_dir, no_cache), executor, scheduler,
                       with_timelines=any(f is Format.html for f, _ in targets))
    report = _known(report, config, date.fromisoformat(today) if today else date.today())
    for fmt, out in targets:
        text: str | Iterable[str]
        if fmt is Format.text:
            text = render_text(report, out is None and _color(color), quiet)
        elif fmt is Format.json:
            text = json_report.chunks(report)  # one finding at a time: never the whole text in memory
        else:
            text = REPORTERS[fmt.value](report, False)
        if out is None:
            write_pieces(sys.stdout, text)
            sys.stdout.flush()
        else:
            write_outside_corpus(text, out, config.paths)
    _print_errors(list(report.errors))
    raise typer.Exit(exit_code(report, config.fail_on, config.strict))


@app.command("baseline")
@_guarded
def make_baseline(
    paths: PathsArg = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help=f"The baseline file, written atomically, never into the corpus \\[default: {BASELINE_FILE} "
             "at the project root].")] = None,
    rules: RulesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    allow_empty: AllowEmptyOpt = False,
    follow_links: FollowLinksOpt = False,
    max_article_size: MaxSizeOpt = MAX_ARTICLE_SIZE / 1e6,
    jobs: JobsOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Record today's findings as known: check --baseline then fails only on new ones."""
    config = _settings(config_file, paths=paths, rules=rules, select=select, ignore=ignore, exclude=exclude,
                       extend_exclude=extend_exclude, allow_empty=allow_empty or None)
    report = _check(config, config.paths, False, follow_links, max_article_size, jobs, True,
                       _store(config, cache_dir, no_cache), with_timelines=False)
    target = output or config.baseline or config.root / BASELINE_FILE
    content = baseline_json(report.findings, __version__)
    write_outside_corpus(json.dumps(content, ensure_ascii=False, indent=2) + "\n", target, config.paths)
    _print_errors(list(report.errors))
    typer.echo(f"{target}: {plural(len(report.findings), 'finding')} recorded from "
               f"{plural(report.articles, 'article')}", err=True)


@app.command()
@_guarded
def extract(
    paths: PathsArg = None,
    rules: RulesOpt = None,
    output: TextOrJsonOpt = TextOrJson.text,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    allow_empty: AllowEmptyOpt = False,
    follow_links: FollowLinksOpt = False,
    max_article_size: MaxSizeOpt = MAX_ARTICLE_SIZE / 1e6,
    jobs: JobsOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """Print the facts and dates read from each article, with where each was read."""
    config = _settings(config_file, paths=paths, rules=rules, exclude=exclude, extend_exclude=extend_exclude,
                       allow_empty=allow_empty or None)
    kb = load_ruleset(config.rules).kb
    corpus = load_corpus(config.paths, config.excluded, follow_links, int(max_article_size * 1e6))
    if not corpus.articles and not config.allow_empty:
        _print_errors(corpus.errors)
        raise SourceErrors([SourceError(", ".join(map(display_path, config.paths)), 0, 0, "nothing to read: no article found",
                                        "give the corpus folder or files, or pass --allow-empty")])
    with _progress(output is not TextOrJson.json) as update:
        extracted = extract_all(corpus.articles, kb, jobs or os.cpu_count() or 1, update)
    errors = corpus.errors + [error for item in extracted for error in item.errors]
    if output is TextOrJson.json:
        sys.stdout.write(json.dumps(extraction_json(extracted, errors, __version__),
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        _print_errors(errors)
        for item in extracted:
            typer.echo(f"# {item.article.path} · {item.article.id} (published {item.article.published or 'unknown'})")
            for found in item.dates:
                value = found.span.iso() if found.span else f"unresolved: {found.unresolved}"
                typer.echo(f"  date        {value:24} {found.basis:9} {isolated(found.text)}")
            for fact in item.facts:
                e = fact.evidence
                typer.echo(f"  {fact.predicate:11} {fact.subject.id:30} {fact.valid_at!s:22} "
                           f"{e.text_line}:{e.text_column} {isolated(e.text)}")
    raise typer.Exit(EXIT_CLEAN)


@app.command()
@_guarded
def explain(
    finding_id: Annotated[str, typer.Argument(metavar="ID", help="A finding's id (fingerprint), or its start.")],
    paths: PathsArg = None,
    rules: RulesOpt = None,
    output: TextOrJsonOpt = TextOrJson.text,
    baseline: Annotated[Path | None, typer.Option("--baseline", "-b", metavar="FILE", show_default=False,
                                                  help="Say whether the finding is known.")] = None,
    accept_file: Annotated[Path | None, typer.Option("--accept", metavar="FILE", show_default=False,
                                                     help="Say whether the finding is accepted.")] = None,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """One finding with everything behind it: both facts, how each date and value was read, the reference, the status."""
    config = _settings(config_file, paths=paths, rules=rules, baseline=baseline, accept=accept_file,
                       exclude=exclude, extend_exclude=extend_exclude)
    ruleset = _ruleset(config)
    checked = run_checks(config.paths, ruleset, config.excluded)
    report = _known(report_of(checked, ruleset), config, date.today())
    explained = explanation(checked, report, find_finding(list(report.findings), finding_id))
    if output is TextOrJson.json:
        sys.stdout.write(json.dumps(explained, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(isolated(explain_text(explained)))


@app.command()
@_guarded
def timeline(
    person: Annotated[str, typer.Argument(metavar="PERSON", help="A person's id (person:sergei-shoigu) or name.")],
    paths: PathsArg = None,
    rules: RulesOpt = None,
    output: TextOrJsonOpt = TextOrJson.text,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """A person's reference terms and every article's title claim on its date, conflicts marked."""
    config = _settings(config_file, paths=paths, rules=rules, exclude=exclude, extend_exclude=extend_exclude)
    ruleset = _ruleset(config)
    report = report_of(run_checks(config.paths, ruleset, config.excluded), ruleset)
    found = find_person(ruleset.kb, report, person)
    if output is TextOrJson.json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(isolated(timeline_text(found)))


@rules_app.command("validate")
@_guarded
def rules_validate(
    folder: Annotated[Path | None, typer.Argument(
        metavar="[FOLDER]", show_default=False,
        help="A rules tree or a folder of checks \\[default: the shipped rules].")] = None,
) -> None:
    """Validate rule files, knowledge and lexicons: errors as file:line:col, exit 2."""
    ruleset = load_ruleset(folder)
    _, checks = rules_tree(folder)
    kb = ruleset.kb
    typer.echo(f"{checks}: {plural(len(ruleset.rules), 'rule')} valid; knowledge: "
               f"{plural(len(kb.entities), 'entity', 'entities')}, {plural(len(kb.offices), 'office')}, "
               f"{plural(sum(len(o.holders) for o in kb.offices.values()), 'term')}, "
               f"{plural(len(kb.events), 'event')} (factcheck kb stats for what they cover)")


@rules_app.command("test")
@_guarded
def rules_test(
    folder: Annotated[Path | None, typer.Argument(
        metavar="[FOLDER]", show_default=False,
        help="A rules tree or a folder of checks \\[default: the shipped rules].")] = None,
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
    output: TextOrJsonOpt = TextOrJson.text,
) -> None:
    """Per office the period its holders cover, per person the spellings read: what can be judged."""
    kb = load_ruleset(rules).kb
    if output is TextOrJson.json:
        sys.stdout.write(json.dumps(coverage_json(kb), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(coverage_text(kb))


@kb_app.command("import")
@_guarded
def kb_import(
    results: Annotated[Path, typer.Argument(help="The JSON result of rules/kb/wikidata.rq from query.wikidata.org.")],
    rules: Annotated[Path, typer.Option("--rules", "-r", help="The rules tree to write into (its kb/wikidata.yaml)."
                                        )] = Path("rules"),
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


@app.command("diff")
@_guarded
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help=(
        "The corpus before: a folder or file, or a git revision of one: REV:PATH (HEAD~1:corpus) or REV "
        "(PATH is corpus)."))],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The corpus after, given as OLD is.")],
    rules: RulesOpt = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", metavar="FORMAT",
                                                  help="text, json or markdown (a pull-request comment).")
                             ] = Format.text,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Write the diff here, never into either corpus \\[default: standard output].")] = None,
) -> None:
    """What a corpus update changes: articles, the facts read from them, findings new and fixed.

    Exit 0; 1 when the update brings a new finding at error severity; 2 when a side can't be read.
    """
    renderers = {Format.text: diff_text, Format.json: lambda d: json.dumps(
        diff_json(d), ensure_ascii=False, indent=2) + "\n", Format.markdown: diff_markdown}
    if output_format not in renderers:
        raise typer.BadParameter("diff writes text, json or markdown", param_hint="--format")
    ruleset = load_ruleset(rules)
    with ExitStack() as temporary:
        old_paths, old_cleanup, old_shown = resolve_side(old, Path.cwd())
        temporary.callback(old_cleanup)
        new_paths, new_cleanup, new_shown = resolve_side(new, Path.cwd())
        temporary.callback(new_cleanup)
        corpus_diff = diff_corpora(old_paths, new_paths, ruleset, shown=old_shown | new_shown)
        text = renderers[output_format](corpus_diff)
        if output is None or str(output) == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            write_outside_corpus(text, output, old_paths + new_paths)
    raise typer.Exit(EXIT_FINDINGS if any(f.severity == "error" for f in corpus_diff.new_findings) else EXIT_CLEAN)


def _debug_first(args: list[str]) -> list[str]:
    """--debug anywhere on the line, as the app's own option (before the command)."""
    if "--debug" not in args or args[:1] == ["--debug"]:
        return args
    cut = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:cut]:
        return args
    rest = [a for i, a in enumerate(args) if not (a == "--debug" and i < cut)]
    return ["--debug", *rest]


def main() -> None:
    """Console-script entry point: a closed standard output ends the run quietly.

    Output never fails on the terminal's encoding (ASCII, latin-1): what it cannot show is
    written as backslash escapes.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        app(args=_debug_first(sys.argv[1:]), prog_name="factcheck")
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_PIPE)
