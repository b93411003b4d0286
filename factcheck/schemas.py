"""JSON Schema validation of YAML inputs, with errors placed at `file:line:col`."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from factcheck.errors import SourceError
from factcheck.resources import schemas_dir
from factcheck.yamlsource import YamlDocument


@cache
def schema(name: str) -> dict[str, Any]:
    """A shipped schema by file stem (`rules`, `article`, `kb`...)."""
    loaded: dict[str, Any] = json.loads((schemas_dir() / f"{name}.schema.json").read_text("utf-8"))
    return loaded


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """A compiled validator; format checks on so `date` strings are real dates."""
    cls = jsonschema.validators.validator_for(schema(name))
    return cls(schema(name), format_checker=cls.FORMAT_CHECKER)


def _message(error: ValidationError) -> str:
    # line:col already say where; the key's name says what
    where = next((str(p) for p in reversed(error.absolute_path) if isinstance(p, str)), "")
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"{error.message}; allowed keys: {', '.join(allowed)}" if allowed else error.message
    if where:
        return f"{where}: {error.message}"
    return error.message


def validate(doc: YamlDocument, name: str, path: str) -> list[SourceError]:
    """Validate a YAML document; one error per independent fault, best match first."""
    errors: list[SourceError] = []
    for error in validator(name).iter_errors(doc.value):
        chosen = best_match([error]) if error.context else error
        node_path = tuple(chosen.absolute_path)
        line, col = doc.position(node_path)
        if chosen.validator == "additionalProperties":
            # point at the unexpected key itself rather than at its mapping
            known = chosen.schema.get("properties", {})
            extra = [k for k in (chosen.instance or {}) if k not in known]
            if extra:
                line, col = doc.key_position(node_path + (extra[0],))
        errors.append(SourceError(path, line, col, _message(chosen)))
    errors.sort(key=lambda e: (e.line, e.col))
    return errors


def validate_json(instance: Any, name: str) -> list[str]:
    """Validate an output object (facts, report); messages for tests and self-checks."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator(name).iter_errors(instance)]
