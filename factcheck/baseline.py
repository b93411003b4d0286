"""Known findings: the baseline a gate compares against, and findings accepted with a reason.

A baseline (`factcheck baseline --output FILE`, JSON) records the fingerprints of today's
findings; `check --baseline FILE` classes each finding new, unchanged or fixed, so a gate
fails only on what a corpus update brought. An accept file (`factcheck-accept.yaml`,
schemas/accept.schema.json) says why a finding stands: by fingerprint or by rule, subject
and article, with a required reason, who accepted it and an optional `until`. Accepted
findings stay in the report, marked; an entry past its `until`, or one that matches
nothing, is an error placed at its line.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from deepdiff import DeepDiff

from factcheck.errors import SourceError, SourceErrors, display_path
from factcheck.findings import Finding
from factcheck.schemas import validate, validate_json
from factcheck.yamlsource import YamlError, load_yaml

BASELINE_FILE = "factcheck-baseline.json"
ACCEPT_FILE = "factcheck-accept.yaml"
BASELINE_VERSION = 1


# -- baseline --------------------------------------------------------------------------------------
def baseline_json(findings: Iterable[Finding], version: str) -> dict[str, Any]:
    """The baseline file's content: per fingerprint what a reviewer needs to recognise it."""
    return {"schema_version": BASELINE_VERSION, "tool": {"name": "factcheck", "version": version},
            "findings": {f.id: {"rule": f.rule, "kind": f.kind, "severity": f.severity,
                                "subject": f.subject.id, "message": f.message, "articles": f.articles}
                         for f in sorted(findings, key=lambda f: f.id)}}


def write_pieces(out: TextIO, text: str | Iterable[str]) -> None:
    """Write a text, or a reporter's pieces one by one (writelines would take a str a character at a time)."""
    for piece in [text] if isinstance(text, str) else text:
        out.write(piece)


def write_outside_corpus(text: str | Iterable[str], path: Path, corpus: Iterable[Path]) -> None:
    """Write a report or baseline atomically (a temporary file beside it, then a rename).

    Never into the corpus: the checker only reads it, and a file written there would be
    read as an article by the next run.
    """
    target = path.resolve()
    for folder in corpus:
        inside = folder.resolve()
        if target == inside or (folder.is_dir() and target.is_relative_to(inside)):
            raise SourceErrors([SourceError(display_path(path), 0, 0, "this would write into the corpus",
                                            f"write it beside the corpus, e.g. --output {BASELINE_FILE}")])
    if not target.parent.is_dir():
        raise SourceErrors([SourceError(display_path(path), 0, 0, "its folder does not exist")])
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            write_pieces(out, text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # a report for others to read, not mkstemp's 0600
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_baseline(path: Path) -> dict[str, dict[str, Any]]:
    """The fingerprints a baseline file records; a placed error when it cannot be trusted."""
    shown = display_path(path)
    try:
        content = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise SourceErrors([SourceError(shown, 0, 0, f"cannot read the baseline: {exc.strerror}",
                                        "make one with: factcheck baseline --output FILE")]) from None
    except UnicodeDecodeError:
        raise SourceErrors([SourceError(shown, 0, 0, "the baseline is not UTF-8")]) from None
    except json.JSONDecodeError as exc:
        raise SourceErrors([SourceError(shown, exc.lineno, exc.colno, f"not JSON: {exc.msg}",
                                        "remake it with: factcheck baseline --output FILE")]) from None
    problems = validate_json(content, "baseline")
    if problems:
        raise SourceErrors([SourceError(shown, 0, 0, f"not a factcheck baseline: {problems[0]}",
                                        "remake it with: factcheck baseline --output FILE")])
    known: dict[str, dict[str, Any]] = content["findings"]
    return known


@dataclass(frozen=True)
class Fixed:
    """A finding of the baseline that the corpus no longer makes."""

    id: str
    entry: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """One entry of `fixed` in the JSON report."""
        return {"id": self.id, **self.entry}


def compare(findings: Sequence[Finding],
            known: Mapping[str, Mapping[str, Any]]) -> tuple[Iterator[Finding], list[Fixed]]:
    """Each finding marked new or unchanged against the baseline (as it is read), and the baseline's fixed ones.

    DeepDiff of the two fingerprint maps: an added key is new, a removed one fixed; a
    known finding that more articles now make stays unchanged (its articles list grows).
    """
    now = {f.id: {"articles": f.articles} for f in findings}
    before = {key: {"articles": list(entry.get("articles", []))} for key, entry in known.items()}
    diff = DeepDiff(before, now, view="tree")
    added = {item.path(output_format="list")[0] for item in diff.get("dictionary_item_added", [])}
    removed = sorted(item.path(output_format="list")[0] for item in diff.get("dictionary_item_removed", []))
    marked = (f if f.id in added else replace(f, status="unchanged") for f in findings)
    return marked, [Fixed(key, dict(known[key])) for key in removed]


# -- accepted findings -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Acceptance:
    """One entry of an accept file, with where it is written."""

    path: str
    line: int
    reason: str
    by: str
    fingerprint: str | None = None
    rule: str | None = None
    subject: str | None = None
    article: str | None = None
    until: date | None = None

    def matches(self, finding: Finding) -> bool:
        """By fingerprint, or by every one of rule, subject and article the entry gives."""
        if self.fingerprint is not None:
            return finding.id == self.fingerprint
        return ((self.rule is None or self.rule == finding.rule)
                and (self.subject is None or self.subject == finding.subject.id)
                and (self.article is None or self.article in finding.articles))

    def as_json(self) -> dict[str, Any]:
        """The `accepted` object of a finding in the JSON report."""
        return {"reason": self.reason, "by": self.by, "until": self.until.isoformat() if self.until else None,
                "where": f"{self.path}:{self.line}"}


def read_accepted(path: Path) -> list[Acceptance]:
    """The entries of an accept file; placed errors when it is not valid."""
    shown = display_path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise SourceErrors([SourceError(shown, 0, 0, f"cannot read the accept file: {exc.strerror}")]) from None
    except UnicodeDecodeError:
        raise SourceErrors([SourceError(shown, 0, 0, "the accept file is not UTF-8")]) from None
    try:
        doc = load_yaml(text)
    except YamlError as exc:
        raise SourceErrors([SourceError(shown, exc.line, exc.col, str(exc))]) from None
    if doc.value is None:
        return []
    problems = validate(doc, "accept", shown)
    if problems:
        raise SourceErrors(problems)
    entries = []
    for i, item in enumerate(doc.value["accept"]):
        line, _ = doc.position(("accept", i))
        match = item.get("match", {})
        until = item.get("until")
        entries.append(Acceptance(shown, line, item["reason"], item["by"], item.get("fingerprint"),
                                  match.get("rule"), match.get("subject"), match.get("article"),
                                  date.fromisoformat(str(until)) if until is not None else None))
    return entries


def accept(findings: Sequence[Finding], entries: list[Acceptance],
           today: date) -> tuple[Iterator[Finding], list[SourceError]]:
    """Findings an entry in force matches, marked accepted (as they are read); errors for entries expired or matching nothing."""
    problems = []
    in_force = []
    for entry in entries:
        if entry.until is not None and entry.until < today:
            problems.append(SourceError(entry.path, entry.line, 1, f"accepted until {entry.until}, which has passed",
                                        "review the finding: fix it, or extend `until` with a reason"))
        else:
            in_force.append(entry)
    matched: dict[int, Acceptance] = {}  # a finding's place → the entry it matches
    for n, finding in enumerate(findings):
        matching = next((e for e in in_force if e.matches(finding)), None)
        if matching is not None:
            matched[n] = matching
    used = {id(e) for e in matched.values()}
    problems += [SourceError(e.path, e.line, 1, "this accept entry matches no finding",
                             "remove it if the finding was fixed") for e in in_force if id(e) not in used]
    marked = (replace(f, status="accepted", accepted=matched[n].as_json()) if n in matched else f
              for n, f in enumerate(findings))
    return marked, problems
