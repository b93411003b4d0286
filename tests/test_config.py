"""The config file: where it is found, what it may say, and where each mistake in it is."""

from pathlib import Path

import pytest

from factcheck.config import DEFAULT_EXCLUDE, Config, find_config, load_config
from factcheck.errors import SourceError, SourceErrors


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root, so that discovery never climbs into the machine's own folders."""
    (tmp_path / ".git").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def errors_of(path: Path) -> list[SourceError]:
    with pytest.raises(SourceErrors) as raised:
        load_config(path)
    return raised.value.errors


def places(errors: list[SourceError]) -> list[tuple[int, int]]:
    return [(error.line, error.col) for error in errors]


# Discovery

def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool.factcheck]\nstrict = true\n")
    own = write(repo / "factcheck.toml", "strict = false\n")
    assert find_config(repo) == own


def test_the_nearest_folder_wins(repo: Path) -> None:
    write(repo / "factcheck.toml", "")
    nearer = write(repo / "desk" / "pyproject.toml", "[tool.factcheck]\n")
    (repo / "desk" / "wires").mkdir()
    assert find_config(repo / "desk" / "wires") == nearer


def test_search_climbs_to_the_repository_root_and_no_further(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "")
    (tmp_path / "newsroom" / ".git").mkdir(parents=True)
    (tmp_path / "newsroom" / "corpus").mkdir()
    assert find_config(tmp_path / "newsroom" / "corpus") is None
    at_root = write(tmp_path / "newsroom" / "factcheck.toml", "")
    assert find_config(tmp_path / "newsroom" / "corpus") == at_root


def test_a_pyproject_without_our_table_is_passed_over(repo: Path) -> None:
    outer = write(repo / "factcheck.toml", "")
    write(repo / "desk" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config(repo / "desk") == outer


def test_no_file_gives_the_defaults_rooted_at_the_start(repo: Path) -> None:
    config = load_config(None, repo)
    assert config.source is None
    assert config.root == repo.resolve()
    assert config.paths == [repo.resolve() / "corpus"]
    assert config.exclude == list(DEFAULT_EXCLUDE)
    assert config.fail_on == "error"


def test_the_found_file_is_loaded(repo: Path) -> None:
    write(repo / "factcheck.toml", 'fail_on = "warning"\n')
    (repo / "corpus").mkdir()
    assert load_config(None, repo / "corpus").fail_on == "warning"


# What a file says

def test_paths_are_relative_to_the_folder_of_the_file(repo: Path) -> None:
    path = write(repo / "desk" / "pyproject.toml",
                 '[tool.factcheck]\npaths = ["wires", "/srv/archive"]\nrules = "../rules"\n'
                 'baseline = "baseline.json"\naccept = "accept.yaml"\n')
    config = load_config(path)
    desk = (repo / "desk").resolve()
    assert config.root == desk
    assert config.paths == [desk / "wires", Path("/srv/archive")]
    assert config.rules == desk / "../rules"
    assert config.baseline == desk / "baseline.json"
    assert config.accept == desk / "accept.yaml"
    assert config.source is not None and config.source.endswith("pyproject.toml")


def test_the_whole_of_a_named_file_is_our_table(repo: Path) -> None:
    path = write(repo / "settings" / "newsroom.toml",
                 'select = ["single_holder"]\nignore = ["titles.minister"]\nallow_empty = true\n')
    config = load_config(path)
    assert (config.select, config.ignore, config.allow_empty) == (
        ["single_holder"], ["titles.minister"], True)


def test_a_given_exclude_replaces_the_defaults(repo: Path) -> None:
    config = load_config(write(repo / "factcheck.toml", 'exclude = ["drafts"]\n'))
    assert config.excluded == ["drafts"]


def test_extend_exclude_adds_to_the_defaults(repo: Path) -> None:
    config = load_config(write(repo / "factcheck.toml", 'extend_exclude = ["drafts"]\n'))
    assert config.exclude == list(DEFAULT_EXCLUDE)
    assert config.excluded == [*DEFAULT_EXCLUDE, "drafts"]


# Mistakes, each at its place

def test_an_unknown_key_is_placed_and_the_close_key_named(repo: Path) -> None:
    path = write(repo / "pyproject.toml",
                 '[project]\nname = "desk"\n\n[tool.factcheck]\nstrict = true\n  fail-on = "info"\n')
    [error] = errors_of(path)
    assert (error.line, error.col) == (6, 3)
    assert error.path.endswith("pyproject.toml")
    assert "'fail-on'" in error.message
    assert error.hint is not None
    assert error.hint.startswith("did you mean 'fail_on'?")
    assert "allowed keys: paths, exclude, extend_exclude" in error.hint


def test_a_key_of_the_same_name_in_another_table_is_not_blamed(repo: Path) -> None:
    path = write(repo / "pyproject.toml",
                 '[tool.other]\nbaselin = 1\n\n[tool.factcheck]\nbaselin = "b.json"\n')
    assert places(errors_of(path)) == [(5, 1)]


def test_a_value_that_is_not_allowed_is_placed(repo: Path) -> None:
    path = write(repo / "factcheck.toml", '# newsroom settings\nfail_on = "fatal"\n')
    [error] = errors_of(path)
    assert (error.line, error.col) == (2, 1)
    assert error.message == (
        "fail_on should be 'error', 'warning', 'info' or 'never', found 'fatal'")


def test_a_string_where_a_list_belongs_is_placed(repo: Path) -> None:
    path = write(repo / "factcheck.toml", 'strict = true\npaths = "corpus"\n')
    [error] = errors_of(path)
    assert (error.line, error.col) == (2, 1)
    assert error.message == "paths should be a valid list, found 'corpus'"


def test_keys_inside_multiline_values_are_not_taken_for_ours(repo: Path) -> None:
    path = write(repo / "pyproject.toml",
                 '[tool.factcheck]\nrules = """\nstrict = 1\n"""\n'
                 'select = [\n  ["titles"],\n]\nstrict = "yes"\n')
    errors = errors_of(path)
    assert [(error.message.split()[0], error.line, error.col) for error in errors] == [
        ("select[0]", 5, 1), ("strict", 8, 1)]


def test_a_syntax_error_is_placed(repo: Path) -> None:
    path = write(repo / "factcheck.toml", 'strict = true\nfail_on "error"\n')
    [error] = errors_of(path)
    assert (error.line, error.col) == (2, 9)
    assert error.message.startswith("not TOML: ")
    assert "(at line" not in error.message


def test_every_mistake_is_reported(repo: Path) -> None:
    path = write(repo / "factcheck.toml",
                 'pahts = ["corpus"]\nfail_on = "fatal"\nselect = ["a", 3]\nstrict = "yes"\n')
    errors = errors_of(path)
    assert places(errors) == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert [error.message.split()[0] for error in errors] == [
        "unknown", "fail_on", "select[1]", "strict"]


def test_a_path_must_be_written_as_text(repo: Path) -> None:
    [error] = errors_of(write(repo / "factcheck.toml", "rules = 3\n"))
    assert error.message == "rules should be a path written as a string, found 3"


def test_a_missing_config_file_names_its_path(repo: Path) -> None:
    [error] = errors_of(repo / "nowhere.toml")
    assert error.path.endswith("nowhere.toml")
    assert error.message == "config file not found"


def test_a_named_pyproject_must_hold_our_table(repo: Path) -> None:
    [error] = errors_of(write(repo / "pyproject.toml", "[tool.ruff]\n"))
    assert "[tool.factcheck]" in error.message


def test_root_and_source_cannot_be_set_from_the_file(repo: Path) -> None:
    [error] = errors_of(write(repo / "factcheck.toml", 'root = "/"\n'))
    assert error.message == "unknown key 'root'"


# Flags over the file

def test_flags_given_win_and_flags_left_none_keep_the_file(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(write(repo / "desk" / "factcheck.toml",
                               'paths = ["wires"]\nfail_on = "warning"\nstrict = true\n'))
    monkeypatch.chdir(repo)
    merged = config.merged(paths=["archive"], fail_on="never", strict=None, select=None)
    assert merged.paths == [repo.resolve() / "archive"]
    assert merged.fail_on == "never"
    assert merged.strict is True
    assert merged.root == config.root


def test_an_exclude_flag_replaces_and_an_extend_exclude_flag_adds(repo: Path) -> None:
    config = load_config(write(repo / "factcheck.toml", 'extend_exclude = ["drafts"]\n'))
    assert config.merged(extend_exclude=["embargoed"]).excluded == [
        *DEFAULT_EXCLUDE, "drafts", "embargoed"]
    assert config.merged(exclude=["tmp"]).excluded == ["tmp", "drafts"]


def test_an_unknown_flag_is_refused() -> None:
    with pytest.raises(ValueError, match="pahts"):
        Config().merged(pahts=["corpus"])
