"""What a corpus update changes: articles, the facts read from them, and the findings.

`factcheck diff OLD NEW` is for reviewing a corpus pull request. Each side is a folder (or
file), or a git revision of a corpus folder (`HEAD~1:corpus`, `main`), written to a
temporary folder and removed afterwards; neither corpus is ever written to.

Facts are matched by a key that survives edits elsewhere in the article: its article,
predicate, subject and the part of its value that names what it is about (the office of a
title, the event of a date, the measure of a count) — never offsets or the fact id, which
change when a sentence above is reworded. Same key, other details (the date, the
number, the time it holds at, a qualifier) is a changed fact, old → new. Findings are
matched by fingerprint (Finding.id): new, fixed or unchanged.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from deepdiff import DeepDiff

from factcheck import __version__
from factcheck.corpus import DEFAULT_EXCLUDE, Article, load_corpus
from factcheck.engine import RuleSet, evaluate, extract_all, index_of
from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.extract import ArticleFacts
from factcheck.facts import Fact
from factcheck.findings import Finding
from factcheck.report.markdown_report import escape
from factcheck.report.text_report import PDI, RLI, isolated

DIFF_VERSION = 1
DEFAULT_CORPUS = "corpus"

# The value fields that say what a fact is about; the rest of the value are details whose
# change makes the fact "changed" rather than one removed and another added.
IDENTITY: dict[str, tuple[str, ...]] = {
    "holds_title": ("office", "role", "country"),
    "mentions": ("kind",),
    "event_date": ("event", "series", "ordinal"),
    "anniversary": ("event", "member"),
    "elapsed": ("event", "person", "term"),
    "event_count": ("series",),
    "quantity": ("measure", "unit"),
    "quantity_total": (),
    "weekday": ("date",),
    "no_such_day": ("date",),
    "arrival": ("place",),
}
# the value field a reader recognises a fact by
LABEL = {"holds_title": "label", "mentions": "surface", "event_date": "date", "quantity": "text",
         "weekday": "text", "no_such_day": "text", "arrival": "place_label", "event_count": "count", "anniversary": "ordinal",
         "elapsed": "said", "quantity_total": "total"}
SIGNS = {"added": "+", "removed": "−", "changed": "~"}
METADATA = ("path", "published", "published_note", "source", "url", "language")

Cleanup = Callable[[], None]
_SIDE_HINT = "give a folder, or a git revision of one: REV:PATH (HEAD~1:corpus) or REV (PATH is corpus)"


# -- the two sides ---------------------------------------------------------------------------------
def resolve_side(spec: str, repo: Path) -> tuple[list[Path], Cleanup, dict[str, str]]:
    """The files of one side, what removes them afterwards, and how their paths are shown.

    An existing file or folder is read where it is (nothing to clean). Otherwise `spec` is
    `REV:PATH` or `REV` (PATH then `corpus`): `git archive` of that tree, unpacked into a
    temporary folder; the third item maps that folder to `REV:PATH`, so findings and errors
    name the revision rather than a folder that is gone when the command ends.
    """
    if Path(spec).exists():
        return [Path(spec)], lambda: None, {}
    revision, _, path = spec.partition(":")
    path = path.strip("/") or DEFAULT_CORPUS
    if not revision or revision.startswith("-"):  # git would read `--output=FILE` as an option and write
        raise SourceErrors([SourceError(spec, 0, 0, "no such file or folder, nor a git revision of one",
                                        _SIDE_HINT)])
    archive = _git(repo, spec, "archive", "--format=tar", revision, "--", path)
    folder = Path(tempfile.mkdtemp(prefix="factcheck-diff-"))
    try:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
    except (tarfile.TarError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise SourceErrors([SourceError(spec, 0, 0, f"cannot unpack the revision: {exc}")]) from None
    return ([folder / path], lambda: shutil.rmtree(folder, ignore_errors=True),
            {display_path(folder / path): f"{revision}:{path}"})  # as load_corpus shows the paths below it


def _git(repo: Path, spec: str, *args: str) -> bytes:
    """The output of a read-only git command; its complaint as a SourceError naming `spec`."""
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise SourceErrors([SourceError(spec, 0, 0, f"no such file or folder, and git cannot run: {exc}",
                                        _SIDE_HINT)]) from None
    if done.returncode != 0:
        complaint = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SourceErrors([SourceError(spec, 0, 0, "no such file or folder, nor a git revision of one: "
                                        + (complaint[0] if complaint else f"git exited {done.returncode}"),
                                        _SIDE_HINT)])
    return done.stdout


# -- the diff --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FactChange:
    """One fact added (old is None), removed (new is None) or changed (both, and the fields that differ)."""

    old: Fact | None
    new: Fact | None
    fields: tuple[tuple[str, Any, Any], ...] = ()  # (dotted field, old value, new value)

    @property
    def fact(self) -> Fact:
        """The fact as it now stands, or as it stood when removed."""
        fact = self.new or self.old
        assert fact is not None
        return fact

    @property
    def status(self) -> str:
        """added, removed or changed."""
        return "added" if self.old is None else "removed" if self.new is None else "changed"


@dataclass(frozen=True)
class ArticleDiff:
    """An article added, removed or changed, with its metadata and fact changes."""

    id: str
    status: str  # added | removed | changed
    old_path: str | None
    new_path: str | None
    metadata: tuple[tuple[str, Any, Any], ...]  # (field, old, new) of the front matter and path
    text_changed: bool
    facts: tuple[FactChange, ...]

    def of(self, status: str) -> list[FactChange]:
        """The fact changes with this status."""
        return [c for c in self.facts if c.status == status]


@dataclass(frozen=True)
class CorpusDiff:
    """Everything `factcheck diff` reports; the renderers are pure functions of it."""

    old_articles: int
    new_articles: int
    rules: int
    articles: tuple[ArticleDiff, ...]
    new_findings: tuple[Finding, ...]
    fixed_findings: tuple[Finding, ...]
    unchanged_findings: tuple[Finding, ...]
    errors: tuple[tuple[str, SourceError], ...] = ()  # (old | new, error)

    def count(self, status: str) -> int:
        """Articles added, removed or changed."""
        return sum(1 for a in self.articles if a.status == status)

    def fact_count(self, status: str) -> int:
        """Facts added, removed or changed over all articles."""
        return sum(len(a.of(status)) for a in self.articles)


@dataclass(frozen=True)
class _Side:
    extracted: list[ArticleFacts]
    relative: dict[str, str]  # article id → its path below the folder given, what a move changes
    findings: list[Finding]
    errors: list[SourceError]


def _read(paths: list[Path], ruleset: RuleSet, exclude: Iterable[str], shown: Mapping[str, str]) -> _Side:
    corpus = load_corpus(paths, exclude)
    roots = [_shown(display_path(p), shown) for p in paths if p.is_dir()]
    articles = [replace(a, path=_shown(a.path, shown)) for a in corpus.articles]
    extracted = extract_all(articles, ruleset.kb)
    errors = corpus.errors + [error for e in extracted for error in e.errors]
    errors = [replace(e, path=_shown(e.path, shown)) for e in errors]
    return _Side(extracted, {a.id: _below(a.path, roots) for a in articles},
                 evaluate(ruleset.rules, index_of(extracted), ruleset.kb), errors)


def _shown(path: str, shown: Mapping[str, str]) -> str:
    """A path under a temporary folder named by the revision it holds."""
    for folder, name in shown.items():
        if path == folder or path.startswith(folder + "/"):
            return name + path[len(folder):]
    return path


def _below(path: str, roots: list[str]) -> str:
    """A path relative to the folder given on the command line that holds it."""
    for root in roots:
        if path.startswith(root.rstrip("/") + "/"):
            return path[len(root.rstrip("/")) + 1:]
    return Path(path).name


def diff_corpora(old: list[Path], new: list[Path], ruleset: RuleSet, exclude: Iterable[str] = DEFAULT_EXCLUDE,
                 shown: Mapping[str, str] | None = None) -> CorpusDiff:
    """Both corpora read with one rules tree; articles matched by id, facts by key, findings by fingerprint.

    `shown` maps a temporary folder (from resolve_side) to the name its paths are shown by.
    """
    exclude = tuple(exclude)
    before, after = _read(old, ruleset, exclude, shown or {}), _read(new, ruleset, exclude, shown or {})
    old_by_id = {e.article.id: e for e in before.extracted}
    new_by_id = {e.article.id: e for e in after.extracted}
    changes = _fact_changes([f for e in before.extracted for f in e.facts],
                            [f for e in after.extracted for f in e.facts])
    articles = [_article_diff(old_by_id.get(i), new_by_id.get(i), changes.get(i, []),
                              (before.relative.get(i), after.relative.get(i)))
                for i in sorted(old_by_id.keys() | new_by_id.keys())]
    old_ids, new_ids = {f.id for f in before.findings}, {f.id for f in after.findings}
    return CorpusDiff(
        len(before.extracted), len(after.extracted), len(ruleset.rules),
        tuple(a for a in articles if a is not None),
        tuple(f for f in after.findings if f.id not in old_ids),
        tuple(f for f in before.findings if f.id not in new_ids),
        tuple(f for f in after.findings if f.id in old_ids),
        tuple([("old", e) for e in before.errors] + [("new", e) for e in after.errors]))


def _metadata(article: Article, relative: str | None) -> dict[str, Any]:
    return {"path": relative, "published": article.published.iso() if article.published else None,
            "published_note": article.published_note, "source": article.source, "url": article.url,
            "language": article.language}


def _article_diff(old: ArticleFacts | None, new: ArticleFacts | None,
                  facts: list[FactChange], relative: tuple[str | None, str | None]) -> ArticleDiff | None:
    """The article's diff, or None when nothing about it changed."""
    if old is None or new is None:
        present = new or old
        assert present is not None
        return ArticleDiff(present.article.id, "added" if old is None else "removed",
                           old.article.path if old else None, new.article.path if new else None,
                           (), True, tuple(facts))
    before, after = _metadata(old.article, relative[0]), _metadata(new.article, relative[1])
    metadata = tuple((k, before[k], after[k]) for k in METADATA if before[k] != after[k])
    text_changed = old.article.body != new.article.body
    if not (metadata or text_changed or facts):
        return None
    return ArticleDiff(old.article.id, "changed", old.article.path, new.article.path, metadata, text_changed,
                       tuple(facts))


# -- facts matched by key --------------------------------------------------------------------------
Key = tuple[str, str, str, str, int]  # article, predicate, subject id, identity (JSON), occurrence


def _base_key(fact: Fact) -> tuple[str, str, str, str]:
    fields = IDENTITY.get(fact.predicate, ())
    identity = {k: fact.value.get(k) for k in fields}
    return fact.article, fact.predicate, fact.subject.id, json.dumps(identity, ensure_ascii=False, sort_keys=True)


def comparable(fact: Fact) -> dict[str, Any]:
    """What a changed fact differs in: the value's details, when it holds, qualifiers, attribution."""
    fields = IDENTITY.get(fact.predicate, ())
    return {"value": {k: v for k, v in fact.value.items() if k not in fields},
            "valid_at": fact.valid_at.as_json(), "qualifiers": list(fact.qualifiers),
            "attribution": fact.attribution}


def _keyed(old: list[Fact], new: list[Fact]) -> tuple[dict[Key, Fact], dict[Key, Fact]]:
    """Each fact under its key; the same claim made twice in an article is told apart by occurrence.

    Identical claims share an occurrence number first, so a mention added above three
    others is one fact added, not three changed and one added.
    """
    groups: dict[tuple[str, str, str, str], tuple[list[Fact], list[Fact]]] = defaultdict(lambda: ([], []))
    for fact in old:
        groups[_base_key(fact)][0].append(fact)
    for fact in new:
        groups[_base_key(fact)][1].append(fact)
    old_keyed: dict[Key, Fact] = {}
    new_keyed: dict[Key, Fact] = {}
    for base, (olds, news) in groups.items():
        pairs = _twins(olds, news)
        paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
        old_order = [olds[i] for i, _ in pairs] + [f for i, f in enumerate(olds) if i not in paired_old]
        new_order = [news[j] for _, j in pairs] + [f for j, f in enumerate(news) if j not in paired_new]
        old_keyed.update({(*base, n): f for n, f in enumerate(old_order)})
        new_keyed.update({(*base, n): f for n, f in enumerate(new_order)})
    return old_keyed, new_keyed


def _twins(olds: list[Fact], news: list[Fact]) -> list[tuple[int, int]]:
    """(old, new) positions of identical claims, each old and new fact in one pair at most.

    The best pairs are taken first: in the same sentence, then at the same place in their
    sentences (a sentence naming a minister twice, one of them edited).
    """
    new_comparable = [comparable(n) for n in news]
    candidates = sorted((o.evidence.quote != n.evidence.quote, abs(_in_quote(o) - _in_quote(n)), i, j)
                        for i, o in enumerate(olds) for j, n in enumerate(news)
                        if comparable(o) == new_comparable[j])
    pairs: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if all(i != a and j != b for a, b in pairs):
            pairs.append((i, j))
    return sorted(pairs)


def _in_quote(fact: Fact) -> int:
    return fact.evidence.text_start - fact.evidence.start


def _fact_changes(old: list[Fact], new: list[Fact]) -> dict[str, list[FactChange]]:
    """Per article id the facts added, removed and changed: DeepDiff of the two keyed maps."""
    old_keyed, new_keyed = _keyed(old, new)
    tree = DeepDiff({k: comparable(f) for k, f in old_keyed.items()},
                    {k: comparable(f) for k, f in new_keyed.items()}, view="tree")
    added, removed, changed = set(), set(), defaultdict(set)
    for report_type, items in tree.items():
        for item in items:
            path = item.path(output_format="list")
            if len(path) > 1:
                changed[path[0]].add(".".join(str(p) for p in path[1:3] if isinstance(p, str)))
            elif report_type == "dictionary_item_added":
                added.add(path[0])
            elif report_type == "dictionary_item_removed":
                removed.add(path[0])
    by_article: dict[str, list[FactChange]] = defaultdict(list)
    for key in sorted(removed):
        by_article[key[0]].append(FactChange(old_keyed[key], None))
    for key in sorted(added):
        by_article[key[0]].append(FactChange(None, new_keyed[key]))
    for key, fields in sorted(changed.items()):
        before, after = comparable(old_keyed[key]), comparable(new_keyed[key])
        by_article[key[0]].append(FactChange(old_keyed[key], new_keyed[key], tuple(
            (name, _field(before, name), _field(after, name)) for name in sorted(fields))))
    for changes in by_article.values():
        changes.sort(key=lambda c: c.fact.evidence.text_start)
    return by_article


def _field(values: Mapping[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(values, Mapping):
            return None
        values = values.get(part)  # type: ignore[assignment]
    return values


# -- renderers -------------------------------------------------------------------------------------
def value_label(fact: Fact) -> str:
    """The value as a reader recognises it: the title's words, the date, the count."""
    label = fact.value.get(LABEL.get(fact.predicate, ""))
    return str(label) if label is not None else json.dumps(fact.value, ensure_ascii=False, sort_keys=True)


def _summary(d: CorpusDiff) -> str:
    return (f"{d.old_articles} → {d.new_articles} articles: {d.count('changed')} changed, {d.count('added')} added, "
            f"{d.count('removed')} removed · facts: {d.fact_count('added')} added, {d.fact_count('removed')} "
            f"removed, {d.fact_count('changed')} changed · findings: {len(d.new_findings)} new, "
            f"{len(d.fixed_findings)} fixed, {len(d.unchanged_findings)} unchanged")


def _article_text(a: ArticleDiff) -> list[str]:
    lines = [f"{SIGNS[a.status]} {a.id} ({a.new_path or a.old_path}) "
             f"{a.status}" + ("" if a.status != "changed" or a.text_changed else ", text unchanged")]
    lines += [f"    {name}: {_json_isolated(old)} → {_json_isolated(new)}" for name, old, new in a.metadata]
    for change in a.facts:
        fact = change.fact
        e = fact.evidence
        head = (f"    {SIGNS[change.status]} {fact.predicate:11} {isolated(fact.subject.name)} ({fact.subject.id}) "
                f"{isolated(value_label(fact))}")
        lines.append(f"{head} · {e.text_line}:{e.text_column} {isolated(e.text)}")
        lines += [f"        {name}: {_json_isolated(old)} → {_json_isolated(new)}" for name, old, new in change.fields]
    return lines


def _json_isolated(value: Any) -> str:
    return isolated(json.dumps(value, ensure_ascii=False))


def _finding_line(f: Finding) -> str:
    return f"  {f.severity:7} {f.rule} {isolated(f.subject.name)}: {isolated(f.message)} ({', '.join(f.articles)})"


def diff_text(d: CorpusDiff) -> str:
    """The diff for a terminal: a summary, each article's changes, then the findings new and fixed."""
    lines = [f"factcheck diff: {_summary(d)}"]
    for article in d.articles:
        lines += _article_text(article)
    for title, findings in (("new findings", d.new_findings), ("fixed findings", d.fixed_findings)):
        if findings:
            lines.append(f"{title}:")
            lines += [_finding_line(f) for f in findings]
    lines += [f"{side}: {error}" for side, error in d.errors]
    return "\n".join(lines) + "\n"


def _change_json(change: FactChange) -> dict[str, Any]:
    out: dict[str, Any] = {"status": change.status,
                           "old": change.old.as_json() if change.old else None,
                           "new": change.new.as_json() if change.new else None}
    if change.status == "changed":
        out["fields"] = [{"field": name, "old": old, "new": new} for name, old, new in change.fields]
    return out


def diff_json(d: CorpusDiff) -> dict[str, Any]:
    """The diff contract (schemas/diff.schema.json)."""
    return {
        "schema_version": DIFF_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": {"old_articles": d.old_articles, "new_articles": d.new_articles, "rules": d.rules,
                    **{f"articles_{s}": d.count(s) for s in ("added", "removed", "changed")},
                    **{f"facts_{s}": d.fact_count(s) for s in ("added", "removed", "changed")},
                    "findings_new": len(d.new_findings), "findings_fixed": len(d.fixed_findings),
                    "findings_unchanged": len(d.unchanged_findings)},
        "articles": [{"id": a.id, "status": a.status, "old_path": a.old_path, "new_path": a.new_path,
                      "text_changed": a.text_changed,
                      "metadata": [{"field": k, "old": old, "new": new} for k, old, new in a.metadata],
                      "facts": [_change_json(c) for c in a.facts]} for a in d.articles],
        "findings": {"new": [f.as_json() for f in d.new_findings],
                     "fixed": [f.as_json() for f in d.fixed_findings],
                     "unchanged": [f.id for f in d.unchanged_findings]},
        "errors": [{"side": side, **error.as_json()} for side, error in d.errors],
    }


def _bdi(text: str) -> str:
    """Article words in a left-to-right Markdown line: isolated, so bidi keeps the line in order."""
    return f"<bdi>{escape(text)}</bdi>"


def _bdi_runs(text: str) -> str:
    """A message of ours naming Arabic words: each right-to-left run in a `<bdi>` of its own."""
    return escape(isolated(text)).replace(RLI, "<bdi>").replace(PDI, "</bdi>")


def _fact_markdown(change: FactChange) -> list[str]:
    fact = change.fact
    head = (f"- **{SIGNS[change.status]}** `{fact.predicate}` {_bdi(fact.subject.name)} (`{fact.subject.id}`): "
            f"{_bdi(value_label(fact))}")
    if change.old is None or change.new is None:
        return [f"{head} — “{_bdi(fact.evidence.text)}” (line {fact.evidence.text_line})"]
    lines = [f"{head} — “{_bdi(change.old.evidence.text)}” → “{_bdi(change.new.evidence.text)}” "
             f"(line {change.new.evidence.text_line})"]
    return lines + [f"  - `{name}`: {_bdi(json.dumps(old, ensure_ascii=False))} → "
                    f"{_bdi(json.dumps(new, ensure_ascii=False))}" for name, old, new in change.fields]


def _article_markdown(a: ArticleDiff) -> list[str]:
    lines = ["", f"#### `{a.id}` {a.status}", "", escape(a.new_path or a.old_path or "")
             + ("" if a.status != "changed" or a.text_changed else " · text unchanged"), ""]
    if a.metadata:
        lines += [f"- `{name}`: {_bdi(str(old))} → {_bdi(str(new))}" for name, old, new in a.metadata] + [""]
    for status, title in (("added", "Facts added"), ("removed", "Facts removed"), ("changed", "Facts changed")):
        changes = a.of(status)
        if changes:
            lines += [f"**{title}** ({len(changes)})", ""]
            lines += [line for change in changes for line in _fact_markdown(change)]
            lines.append("")
    return lines


def _finding_markdown(f: Finding) -> str:
    return (f"- **{f.severity}** `{f.rule}` {_bdi(f.subject.name)}: {_bdi_runs(f.message)} "
            f"({', '.join(f'`{a}`' for a in f.articles)})")


def diff_markdown(d: CorpusDiff) -> str:
    """A pull-request comment: the summary, a section per article, then the findings new and fixed."""
    lines = ["### factcheck diff", "", escape(_summary(d))]
    for article in d.articles:
        lines += _article_markdown(article)
    for title, findings in (("New findings", d.new_findings), ("Fixed findings", d.fixed_findings)):
        if findings:
            lines += ["", f"#### {title} ({len(findings)})", ""] + [_finding_markdown(f) for f in findings]
    if d.errors:
        lines += ["", "#### Input errors", ""] + [f"- {side}: {escape(str(e))}" for side, e in d.errors]
    return "\n".join(lines) + "\n"
