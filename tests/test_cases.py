"""Every rule case file (tests/kinds/*.yaml, rules/checks/*.test.yaml) through the shared runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine import load_ruleset
from factcheck.testing import Case, load_cases, run_case

ROOT = Path(__file__).resolve().parent.parent
CASE_FILES = sorted((ROOT / "tests" / "kinds").glob("*.yaml")) + sorted((ROOT / "rules" / "checks").glob("*.test.yaml"))
RULESET = load_ruleset(None)


def _cases() -> list[Case]:
    return [case for path in CASE_FILES for case in load_cases(path, RULESET)]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.todo)] if c.todo else [])
    for c in _cases()])
def test_case(case: Case) -> None:
    result = run_case(case, RULESET)
    assert result.passed, "\n".join(result.problems)


def test_case_files_exist() -> None:
    assert len(CASE_FILES) >= 8
