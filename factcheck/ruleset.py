"""rules/checks/*.yaml → Rules: schema-validated, params checked against the knowledge base.

A rule that names an office the knowledge base lacks, or a message placeholder its
kind does not fill, is an error here: a rule that can never fire must not read as
"all good" (soda-core#1208, shared/research/prior-art.md).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from jsonschema.exceptions import best_match
from pydantic import ValidationError

from factcheck.errors import SourceError, display_path
from factcheck.kinds import KINDS
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule, placeholders
from factcheck.schemas import validate, validator
from factcheck.yamlsource import YamlDocument, YamlError, load_yaml

RULE_SUFFIX = ".yaml"
TEST_SUFFIX = ".test.yaml"


def rule_files(folder: Path) -> list[Path]:
    """Rule files in a checks folder; `*.test.yaml` beside them are rule cases, not rules."""
    return sorted(p for p in folder.glob(f"*{RULE_SUFFIX}") if not p.name.endswith(TEST_SUFFIX))


_COMMON_KEYS = frozenset({"id", "kind", "severity", "message", "description", "aliases"})
# Parameters that name declared things: each must exist, or the rule could never fire.
_DECLARED: dict[str, tuple[Callable[[Knowledge], Collection[str]], str]] = {
    "offices": (lambda kb: kb.offices, "rules/kb/*.yaml"),
    "events": (lambda kb: kb.events.keys() | kb.series.keys(), "rules/events/*.yaml"),
    "measures": (lambda kb: kb.measures, "rules/measures/*.yaml"),
}


def build_rule(doc: YamlDocument, at: tuple[str | int, ...], shown: str, kb: Knowledge,
               errors: list[SourceError], schema_checked: bool = False) -> Rule | None:
    """The rule written at node `at` of a YAML document, or None with errors added."""
    item = doc.value
    for step in at:
        item = item[step]
    problems = [] if schema_checked else validator("rules").iter_errors({"rules": [item]})
    for problem in problems:
        best = best_match([problem]) if problem.context else problem
        where = at + tuple(best.absolute_path)[2:]
        line, col = doc.position(where)
        errors.append(SourceError(shown, line, col, best.message))
    if errors:
        return None
    kind = KINDS[item["kind"]]
    params_in = {k: v for k, v in item.items() if k not in _COMMON_KEYS}
    try:
        params = kind.params.model_validate(params_in)
    except ValidationError as exc:
        for problem in exc.errors():
            line, col = doc.position(at + tuple(problem["loc"]))
            errors.append(SourceError(shown, line, col, f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}"))
        return None
    for key, (declared, folder) in _DECLARED.items():
        known = declared(kb)
        for j, name in enumerate(getattr(params, key, None) or []):
            if name not in known:
                line, col = doc.position(at + (key, j))
                errors.append(SourceError(shown, line, col, f"unknown {key[:-1]} {name!r}",
                                          f"{key} are declared in {folder}"))
    unknown = placeholders(item["message"]) - set(kind.fields)
    if unknown:
        line, col = doc.position(at + ("message",))
        errors.append(SourceError(shown, line, col,
                                  f"message uses {{{', '.join(sorted(unknown))}}}, which {kind.name} "
                                  f"does not fill; it fills {', '.join(kind.fields)}"))
    if errors:
        return None
    line, _ = doc.position(at)
    return Rule(item["id"], item["kind"], item["severity"], item["message"], params,
                tuple(item.get("aliases", [])), shown, line, item.get("description", ""))


def load_rules(folder: Path, kb: Knowledge) -> tuple[list[Rule], list[SourceError]]:
    """Every rule in the folder, or the errors that stop them from loading."""
    rules: list[Rule] = []
    errors: list[SourceError] = []
    ids: dict[str, str] = {}
    files = rule_files(folder)
    if not files:
        errors.append(SourceError(display_path(folder), 0, 0, "no rule files (*.yaml) found"))
    for path in files:
        shown = display_path(path)
        try:
            doc = load_yaml(path.read_text(encoding="utf-8"))
        except YamlError as exc:
            errors.append(SourceError(shown, exc.line, exc.col, str(exc)))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(SourceError(shown, 0, 0, f"cannot read: {exc}"))
            continue
        problems = validate(doc, "rules", shown)
        if problems:
            errors.extend(problems)
            continue
        for i, item in enumerate(doc.value["rules"]):
            for name in (item["id"], *item.get("aliases", [])):
                if name in ids:
                    line, col = doc.position(("rules", i, "id"))
                    errors.append(SourceError(shown, line, col, f"rule id {name!r} is already used in {ids[name]}"))
                ids.setdefault(name, shown)
            found: list[SourceError] = []
            rule = build_rule(doc, ("rules", i), shown, kb, found, schema_checked=True)
            errors.extend(found)
            if rule is not None:
                rules.append(rule)
    return rules, errors
