"""The rule kinds: a closed registry, one module each.

A new kind is one module (docstring with a sentence that fires and one that does not,
`NAME`, `FIELDS`, `Params`, `partition`, `check`), one entry in `_MODULES`, one case file in
tests/kinds/. Its branch of schemas/rules.schema.json is generated from `Params`
(`python -m factcheck.kinds > schemas/rules.schema.json`); a test fails when the
committed schema differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from factcheck.facts import FactIndex
from factcheck.findings import SEVERITIES, Cleared, Finding
from factcheck.kinds import (
    anniversary_arithmetic,
    calendar_arithmetic,
    elapsed_time,
    event_agreement,
    event_count,
    event_date,
    exclusive_titles,
    quantity_agreement,
    quantity_total,
    reference_timeline,
    single_holder,
    spelling_consistency,
)
from factcheck.kinds._partitions import Partitioning
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule


@dataclass(frozen=True)
class Kind:
    """A kind of rule: its parameters, the fields its messages may use, and its check."""

    name: str
    params: type[BaseModel]
    fields: tuple[str, ...]
    check: Callable[[Rule, FactIndex, Knowledge], Iterator[Finding | Cleared]]
    partition: Partitioning  # the groups `check` compares within (kinds/_partitions.py)
    doc: str


_MODULES: tuple[ModuleType, ...] = (exclusive_titles, single_holder, reference_timeline, spelling_consistency,
                                     event_date, anniversary_arithmetic, elapsed_time, event_count,
                                     quantity_agreement, quantity_total, calendar_arithmetic, event_agreement)

KINDS: dict[str, Kind] = {}
for _module in _MODULES:
    if _module.NAME in KINDS:
        raise RuntimeError(f"rule kind {_module.NAME!r} is registered twice")
    KINDS[_module.NAME] = Kind(_module.NAME, _module.Params, _module.FIELDS, _module.check, _module.partition,
                               _module.__doc__ or "")

_COMMON: dict[str, Any] = {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
    "kind": {"enum": sorted(KINDS)},
    "severity": {"enum": list(SEVERITIES)},
    "message": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "aliases": {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}},
}


def _strip_titles(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_titles(v) for k, v in node.items() if k != "title"}
    if isinstance(node, list):
        return [_strip_titles(v) for v in node]
    return node


def rules_schema() -> dict[str, Any]:
    """The schema of rule files: `kind` as a discriminator, one closed branch per kind.

    `if`/`then` on the kind (not `oneOf`) makes jsonschema's best match name the real
    fault instead of the branch it tried last (shared/research/aesthetics-anchors.md §8.2).
    """
    branches = []
    for name, kind in sorted(KINDS.items()):
        params = _strip_titles(kind.params.model_json_schema())
        branches.append({
            "if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
            "then": {"properties": {**_COMMON, **params.get("properties", {})},
                     "required": sorted({"id", "kind", "severity", "message", *params.get("required", [])}),
                     "additionalProperties": False},
        })
    rule = {"type": "object", "properties": _COMMON, "required": ["id", "kind", "severity", "message"],
            "allOf": branches}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://factcheck.local/schemas/rules.schema.json",
            "title": "factcheck rule file (rules/checks/*.yaml)",
            "type": "object", "properties": {"rules": {"type": "array", "items": rule}},
            "required": ["rules"], "additionalProperties": False}


def rules_schema_text() -> str:
    """The committed form of schemas/rules.schema.json."""
    return json.dumps(rules_schema(), ensure_ascii=False, indent=2) + "\n"
