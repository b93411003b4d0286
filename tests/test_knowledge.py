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
    offices = tree / "kb" / "ru.yaml"
    text = offices.read_text("utf-8").replace("{person: person:andrei-belousov, start: 2024-05-14,",
                                              "{person: person:andrei-belousov, start: 2024-03-01,")
    offices.write_text(text, "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    [error] = caught.value.errors
    assert error.path.endswith("ru.yaml") and error.line > 0
    assert "ru.defense_minister has one holder" in error.message


def test_an_end_announced_outside_its_term_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    offices = tree / "kb" / "us.yaml"
    offices.write_text(offices.read_text("utf-8").replace("end_announced: 2018-03-13,", "end_announced: 2018-04-13,"),
                       "utf-8")
    [error] = _errors(tree)  # placed: the file, a line and a column
    assert error.startswith("us.yaml:")
    assert "the end of a term in us.foreign_minister is announced outside the term" in error


def test_a_visitor_who_is_no_participant_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    events = tree / "events" / "russia-dprk.yaml"
    events.write_text(events.read_text("utf-8").replace("visitor: person:vladimir-putin", "visitor: person:kim-jong-un"),
                      "utf-8")
    [error] = _errors(tree)
    assert error.startswith("russia-dprk.yaml:")
    assert "visitor 'person:kim-jong-un' is none of its participants" in error


def test_unknown_person_in_a_term_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    offices = tree / "kb" / "ru.yaml"
    offices.write_text(offices.read_text("utf-8").replace("{person: person:andrei-rudenko,", "{person: person:andrei-rudenk0,"),
                       "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    [error] = caught.value.errors
    assert "unknown person 'person:andrei-rudenk0' in ru.deputy_foreign_minister" in str(error)
    assert error.line > 0 and error.col > 0


def test_unknown_key_in_the_knowledge_base_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    people = tree / "kb" / "others.yaml"
    people.write_text(people.read_text("utf-8").replace("    en: Hong Min\n", "    en: Hong Min\n    bron: 1970\n"), "utf-8")
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    assert any("others.yaml" in str(e) and "'bron' was unexpected" in str(e) for e in caught.value.errors)


def _with_kb_file(tmp_path: Path, text: str) -> Path:
    """The shipped tree plus one more knowledge file, written by the test."""
    tree = _tree(tmp_path)
    (tree / "kb" / "zz-test.yaml").write_text(text, "utf-8")
    return tree


def _errors(tree: Path) -> list[str]:
    with pytest.raises(SourceErrors) as caught:
        load_knowledge(tree)
    assert all(e.path.endswith(".yaml") and e.line > 0 and e.col > 0 for e in caught.value.errors)
    return [f"{Path(e.path).name}:{e.line}: {e.message}" for e in caught.value.errors]


PEOPLE = """\
people:
  - {id: person:test-a, name: ألف باء تاء, born: 1950, died: 2020-03-01, source: "https://example.org/a"}
  - {id: person:test-b, name: ثاء جيم حاء, born: 1960-05-05, source: "https://example.org/b"}
"""


def _office(holders: str, extra: str = "") -> str:
    return PEOPLE + f"""\
offices:
  - id: zz.defense_minister
    label: وزير الدفاع
    country: ru
    roles: [defense_minister]
    max_holders: 1
{extra}    holders:
{holders}"""


def test_a_consistent_office_with_an_acting_term_and_a_declared_vacancy_loads(tmp_path: Path) -> None:
    tree = _with_kb_file(tmp_path, _office(
        "      - {person: person:test-a, start: 2000-01-01, end: 2005-01-01, source: s}\n"
        "      - {person: person:test-b, start: 2003-01-01, end: 2003-02-01, acting: true, source: s}\n"
        "      - {person: person:test-b, start: 2006-01-01, source: s}\n",
        "    gaps:\n      - {start: 2005-01-02, end: 2005-12-31, source: s}\n"))
    office = load_knowledge(tree).offices["zz.defense_minister"]
    assert [h.acting for h in office.holders] == [False, True, False]
    assert office.vacancies[0].span.iso() == "2005-01-02/2005-12-31"
    assert office.known_from.isoformat() == "2000-01-01"


def test_full_terms_that_overlap_are_an_error_at_the_later_term(tmp_path: Path) -> None:
    tree = _with_kb_file(tmp_path, _office(
        "      - {person: person:test-a, start: 2000-01-01, end: 2005-01-01, source: s}\n"
        "      - {person: person:test-b, start: 2004-01-01, source: s}\n"))
    [error] = _errors(tree)
    assert error.startswith("zz-test.yaml:12: zz.defense_minister has one holder")


def test_an_undeclared_stretch_without_a_holder_is_an_error(tmp_path: Path) -> None:
    tree = _with_kb_file(tmp_path, _office(
        "      - {person: person:test-a, start: 2000-01-01, end: 2005-01-01, source: s}\n"
        "      - {person: person:test-b, start: 2005-02-01, source: s}\n"))
    assert _errors(tree) == ["zz-test.yaml:12: zz.defense_minister has no holder from 2005-01-01 to 2005-02-01"]


def test_a_term_outside_its_holders_life_is_an_error(tmp_path: Path) -> None:
    tree = _with_kb_file(tmp_path, _office(
        "      - {person: person:test-b, start: 1959-01-01, end: 2000-01-01, source: s}\n"
        "      - {person: person:test-a, start: 2000-01-01, source: s}\n"))
    errors = _errors(tree)
    assert any(":11: " in e and "before being born (1960-05-05)" in e for e in errors)
    assert any(":12: " in e and "after dying (2020-03-01)" in e for e in errors)


def test_an_unknown_role_country_or_date_is_an_error_with_its_place(tmp_path: Path) -> None:
    text = _office("      - {person: person:test-a, start: 2000-02-30, source: s}\n")
    text = text.replace("roles: [defense_minister]", "roles: [defence_minister]").replace("country: ru", "country: xx")
    errors = _errors(_with_kb_file(tmp_path, text))
    assert any(":11: '2000-02-30' is not a date" in e for e in errors), errors
    text = text.replace("2000-02-30", "2000-02-03")
    errors = _errors(_with_kb_file(tmp_path / "2", text))
    assert any(":8: unknown role 'defence_minister'" in e for e in errors), errors
    assert any(":7: unknown country 'xx'" in e for e in errors), errors


def test_one_spelling_for_two_entities_is_an_error(tmp_path: Path) -> None:
    tree = _with_kb_file(tmp_path, PEOPLE.replace("name: ثاء جيم حاء,", "name: ثاء جيم حاء, aliases: [ألف باء تاء],"))
    [error] = _errors(tree)
    assert error.startswith("zz-test.yaml:3: 'ألف باء تاء' names both person:test-a and person:test-b")


def test_an_office_defined_twice_is_an_error(tmp_path: Path) -> None:
    text = _office("      - {person: person:test-a, start: 2000-01-01, source: s}\n")
    tree = _with_kb_file(tmp_path, text)
    (tree / "kb" / "zz-test2.yaml").write_text(text.split("offices:")[0].replace("test-", "other-")
                                              .replace("ألف", "كاف").replace("ثاء", "لام")
                                              + "offices:" + text.split("offices:")[1], "utf-8")
    errors = _errors(tree)
    assert any(e.startswith("zz-test2.yaml:5: duplicate id 'zz.defense_minister'") for e in errors), errors


def test_an_event_naming_an_unknown_participant_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "events" / "zz-test.yaml").write_text(
        "events:\n  - {id: zz-event, label: حدث, date: 2001, triggers: [[حدث]],\n"
        "     participants: [person:nobody, country:zz], source: s}\n", "utf-8")
    assert _errors(tree) == ["zz-test.yaml:3: unknown participant 'person:nobody'",
                             "zz-test.yaml:3: unknown participant 'country:zz'"]


def test_an_event_a_member_of_no_series_or_of_no_member_of_its_dates_is_an_error(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "events" / "zz-test.yaml").write_text(
        "events:\n  - {id: zz-event, label: حدث, date: 2001, triggers: [[حدث]], member_of: zz-none, source: s}\n"
        "  - {id: zz-other, label: حدث آخر, date: 2019-02-26, triggers: [[حدث آخر]], member_of: us-dprk-summits,\n"
        "     source: s}\n", "utf-8")
    assert _errors(tree) == ["zz-test.yaml:2: no series 'zz-none'",
                             "zz-test.yaml:3: no member of us-dprk-summits is dated 2019-02-26"]
