"""The knowledge base loads, agrees with itself, and says where it does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.errors import SourceErrors
from factcheck.knowledge import load_knowledge
from factcheck.resources import rules_dir


def test_shipped_knowledge_covers_the_seeds_people_with_titles() -> None:
    kb = load_knowledge(rules_dir())
    for person in ("kim-jong-un", "kim-jong-il", "sergei-shoigu", "andrei-belousov", "vladimir-putin",
                   "xi-jinping", "joe-biden", "donald-trump", "volodymyr-zelensky", "yoon-suk-yeol",
                   "andrei-rudenko", "dmitry-peskov", "mao-ning", "matthew-miller", "faisal-bin-farhan",
                   "numan-kurtulmus", "andrii-sybiha", "patricia-scotland", "hong-min", "dae-un-hong",
                   "yang-jin", "song-zhongping", "li-haidong", "artyom-lukin", "jeon-ha-kyu"):
        assert f"person:{person}" in kb.entities
    assert all(h.source for o in kb.offices.values() for h in o.holders)
    [shoigu] = kb.holdings_of("person:sergei-shoigu", "ru.defense_minister")
    assert shoigu.describe() == "2012-11-06 to 2024-05-12"


def _tree(tmp_path: Path) -> Path:
    shutil.copytree(rules_dir(), tmp_path / "rules")
    return tmp_path / "rules"


def test_two_holders_of_a_one_holder_office_at_once_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    offices = tree / "kb" / "offices.yaml"
    text = offices.read_text("utf-8").replace("start: 2024-05-14, source: \"https://en.wikipedia.org/wiki/Andrey_Belousov\"",
                                              "start: 2024-03-01, source: \"https://en.wikipedia.org/wiki/Andrey_Belousov\"")
    offices.write_text(text, "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    [error] = caught.value.errors
    assert error.path.endswith("offices.yaml") and error.line > 0
    assert "ru.defense_minister has one holder" in error.message


def test_unknown_person_in_a_term_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    offices = tree / "kb" / "offices.yaml"
    offices.write_text(offices.read_text("utf-8").replace("person:andrei-rudenko", "person:andrei-rudenk0"), "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    [error] = caught.value.errors
    assert "unknown person 'person:andrei-rudenk0' in ru.deputy_foreign_minister" in str(error)
    assert error.line > 0 and error.col > 0


def test_unknown_key_in_the_knowledge_base_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    people = tree / "kb" / "people.yaml"
    people.write_text(people.read_text("utf-8").replace("    en: Hong Min\n", "    en: Hong Min\n    bron: 1970\n"), "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    assert any("people.yaml" in str(e) and "'bron' was unexpected" in str(e) for e in caught.value.errors)
