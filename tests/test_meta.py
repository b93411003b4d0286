"""Guards on the registry, the schemas and the corpus: what a new kind or edit must not forget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.kinds import KINDS, rules_schema_text
from factcheck.ruleset import rule_files
from factcheck.yamlsource import load_yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def test_committed_rules_schema_is_generated_from_the_kinds() -> None:
    committed = (ROOT / "schemas" / "rules.schema.json").read_text("utf-8")
    assert committed == rules_schema_text(), "run: python -m factcheck.kinds > schemas/rules.schema.json"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_documents_a_firing_and_a_clean_sentence(name: str) -> None:
    doc = KINDS[name].doc
    assert doc.startswith(f"{name}:") and "Fires" in doc and "Does not fire" in doc


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_has_cases_that_fire_and_cases_that_do_not(name: str) -> None:
    files = [p for p in (ROOT / "tests" / "kinds").glob("*.yaml")
             if load_yaml(p.read_text("utf-8")).value["rule"]["kind"] == name]
    cases = [c for p in files for c in load_yaml(p.read_text("utf-8")).value["cases"]]
    assert any(c["expect"] for c in cases), f"{name}: no case that fires"
    assert any(not c["expect"] for c in cases), f"{name}: no clean case"


def test_kind_schema_branches_match_params() -> None:
    schema = json.loads(rules_schema_text())
    branches = {b["if"]["properties"]["kind"]["const"]: b["then"] for b in schema["properties"]["rules"]["items"]["allOf"]}
    for name, kind in KINDS.items():
        fields = set(kind.params.model_fields)
        assert fields <= set(branches[name]["properties"]), name


def test_every_shipped_rule_has_a_rule_case() -> None:
    checks = ROOT / "rules" / "checks"
    tested = set()
    for path in checks.glob("*.test.yaml"):
        cases = load_yaml(path.read_text("utf-8")).value
        tested |= {cases["rule"]} | {c["rule"] for c in cases["cases"] if "rule" in c}
    shipped = {r["id"] for p in rule_files(checks) for r in load_yaml(p.read_text("utf-8")).value["rules"]}
    assert shipped <= tested, shipped - tested


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
def test_corpus_is_the_seed_text_with_furniture_removed() -> None:
    seed_text = "\n".join(p.read_text("utf-8") for p in SEEDS.glob("*.txt"))
    seed_lines = {line.rstrip() for line in seed_text.split("\n")}
    for path in (ROOT / "corpus").glob("*.md"):
        body = path.read_text("utf-8").split("---\n", 2)[2]
        for line in body.split("\n"):
            assert not line or line in seed_lines, f"{path.name}: {line[:60]!r} is not in the seeds"
