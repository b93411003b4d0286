"""Where the shipped rules/ and schemas/ are: beside the package in a checkout, inside it in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # A checkout (or an editable install) has rules/ beside factcheck/; a wheel has them
    # force-included under factcheck/_data/ (see [tool.hatch.build] in pyproject.toml).
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"factcheck's {name}/ folder is missing from the installation")


def rules_dir() -> Path:
    """The default rule set: checks, knowledge, lexicons, events, measures."""
    return _data_dir("rules")


def schemas_dir() -> Path:
    """The JSON Schemas every input and output is validated against."""
    return _data_dir("schemas")
