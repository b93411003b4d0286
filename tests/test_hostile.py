"""Hostile input: each file of tests/hostile/ beside a good article, and the readers' bounds one by one.

A hostile file may be refused (named in the report's errors, with its path and a line)
or read; either way nothing escapes the pipeline and the good article's findings stand.
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from factcheck.corpus import Article, load_article, load_corpus
from factcheck.engine import check_corpus, extract_all, load_ruleset
from factcheck.errors import SourceError
from factcheck.text.dates import OUT_OF_CALENDAR, TimeSpan
from factcheck.text.normalize import fold_char, normalize
from factcheck.text.numbers import MAX_FIGURE
from factcheck.yamlsource import (
    FRONT_MATTER_MAX_BYTES,
    MAX_ALIAS_NODES,
    MAX_ALIASES,
    MAX_DEPTH,
    YamlError,
    load_yaml,
)

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "hostile"
SEED = ROOT / "corpus" / "asharq-2024-09-14-shoigu-pyongyang.md"
RULESET = load_ruleset(None)
KB = RULESET.kb
REFUSED = {  # file → words of the error it must be refused with; every other file must be read
    "recursive-alias.md": "recursive alias",
    "nested-5000.md": "MAX_DEPTH",
    "billion-laughs.md": "MAX_ALIAS_NODES",
    "too-many-aliases.md": "MAX_ALIASES",
}


SEED_FACTS = len(extract_all(load_corpus([SEED]).articles, KB)[0].facts)


@pytest.fixture(scope="module")
def seed_ids(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The finding ids of the good article checked alone."""
    alone = tmp_path_factory.mktemp("seed-alone")
    shutil.copy(SEED, alone)
    return [f.id for f in check_corpus([alone], RULESET).findings]


def _beside_seed(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / name).write_bytes(content)
    return folder


def _check_beside_seed(tmp_path: Path, seed_ids: list[str], name: str, content: bytes,
                       refused: str | None) -> None:
    folder = _beside_seed(tmp_path, name, content)
    report = check_corpus([folder], RULESET)
    ours = [e for e in report.errors if Path(e.path).name == name]
    if refused is None:
        assert not [e for e in ours if e.line == 0], ours
        assert any(Path(a["path"]).name == name for a in report.articles_info), ours
    else:
        assert ours and ours[0].line >= 1 and refused in ours[0].message, ours
    assert seed_ids and set(seed_ids) <= {f.id for f in report.findings}
    extracted = extract_all(load_corpus([folder]).articles, KB)
    seed_facts = [e.facts for e in extracted if e.article.id == SEED.stem]
    assert len(seed_facts) == 1 and len(seed_facts[0]) == SEED_FACTS


HOSTILE_FILES = sorted(p.name for p in HOSTILE.iterdir())


def test_every_refusal_names_a_file_there() -> None:
    assert set(REFUSED) <= set(HOSTILE_FILES)


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_hostile_file_beside_a_good_article(tmp_path: Path, seed_ids: list[str], name: str) -> None:
    _check_beside_seed(tmp_path, seed_ids, name, (HOSTILE / name).read_bytes(), REFUSED.get(name))


def test_a_two_megabyte_line(tmp_path: Path, seed_ids: list[str]) -> None:
    """A line just under the default article size limit (2 MB of UTF-8) is read, not refused."""
    line = ("التقى بوتين كيم في 13 سبتمبر 2024 وأرسل 10 آلاف جندي " * 40_000)[:1_180_000]
    assert 1_900_000 < len(line.encode()) < 2_000_000 - 100
    content = f"---\nid: huge-line\npublished: 2024-09-14\n---\n{line}\n".encode()
    _check_beside_seed(tmp_path, seed_ids, "huge-line.md", content, None)


def test_a_front_matter_over_its_limit(tmp_path: Path, seed_ids: list[str]) -> None:
    content = f"---\nid: big-front\nsource: '{'x' * FRONT_MATTER_MAX_BYTES}'\n---\nنص.\n".encode()
    _check_beside_seed(tmp_path, seed_ids, "big-front.md", content, "over the limit")


# -- dates ------------------------------------------------------------------------------

def _dates(body: str, published: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="a", path="a.md", body=body, published=TimeSpan.parse(published))
    [extracted] = extract_all([article], KB)
    return [(d.text, d.span.iso() if d.span else None, d.unresolved) for d in extracted.dates]


@pytest.mark.parametrize(("body", "published"), [
    ("بنيت المدينة منذ 5000 عام.", "2024-09-14"),
    ("بنيت المدينة منذ أكثر من 3000 سنة.", "2024-09-14"),
    ("بنيت قبل 50000 شهر.", "2024-09-14"),
    ("بنيت قبل 5000000 يوم.", "2024-09-14"),
    ("يصل الوفد بعد غد.", "9999-12-31"),
    ("تعقد القمة العام المقبل.", "9999-12-31"),
    ("تعقد القمة الصيف المقبل.", "9999-12-31"),
    ("عقدت القمة العام الماضي.", "0001-01-01"),
    ("وصل الوفد أمس.", "0001-01-01"),
])
def test_a_date_outside_the_calendar_is_unresolved_with_the_reason(body: str, published: str) -> None:
    [(_, value, reason)] = _dates(body, published)
    assert value is None and reason == OUT_OF_CALENDAR


def test_dates_inside_the_calendar_still_resolve() -> None:
    assert _dates("بنيت المدينة منذ 500 عام.", "2024-09-14")[0][1] is not None


# -- figures ----------------------------------------------------------------------------

@pytest.mark.parametrize("digits", [16, 400, 5000])
def test_a_figure_above_the_bound_is_skipped(digits: int) -> None:
    body = "1" * digits + " جندي قتلوا، وأرسلت روسيا 517 جندي."
    article = Article(id="a", path="a.md", body=body, published=TimeSpan.parse("2024-09-14"))
    [extracted] = extract_all([article], KB)
    values = [f.value for f in extracted.facts if f.predicate == "quantity"]
    assert [v["low"] for v in values] == [517]
    [named] = extracted.errors  # skipped, and said: "too large", with its line
    assert named.line == 1 and "too large" in named.message and f"({digits} characters" in named.message
    assert KB.numbers.read("1" * digits) == []
    assert KB.numbers.read(str(MAX_FIGURE))[0].value == MAX_FIGURE
    assert KB.numbers.read(str(MAX_FIGURE + 1)) == []


def test_an_anniversary_past_the_calendar_is_not_read() -> None:
    body = "احتفلت المدينة بالذكرى الـ9999 لتأسيسها عام 1961."
    article = Article(id="a", path="a.md", body=body, published=TimeSpan.parse("2024-06-19"))
    [extracted] = extract_all([article], KB)
    assert not [f for f in extracted.facts if f.predicate == "anniversary"]


# -- normalization ----------------------------------------------------------------------

def test_a_presentation_form_that_is_its_own_nfkc_folds() -> None:
    assert unicodedata.normalize("NFKC", "\ufd3e") == "\ufd3e"
    assert fold_char("\ufd3e") == "\ufd3e" and fold_char("\ufd3f") == "\ufd3f"
    assert fold_char("\ufdfd") == "\ufdfd"  # ﷽ has no decomposition
    assert fold_char("\ufdfa") == "صلي الله عليه وسلم"  # ﷺ decomposes to four words
    assert normalize("﴿ وَأَوْفُوا ﴾").text == "﴿ واوفوا ﴾"


def test_every_code_point_normalizes_and_maps_back() -> None:
    chunk = 4096
    for low in range(0, 0x110000, chunk):
        text = "".join(chr(c) for c in range(low, min(low + chunk, 0x110000)) if not 0xD800 <= c <= 0xDFFF)
        if not text:
            continue
        norm = normalize(text, base=3)
        assert len(norm.starts) == len(norm.ends) == len(norm.text)
        assert all(a < b for a, b in zip(norm.starts, norm.ends, strict=True))
        assert list(norm.starts) == sorted(norm.starts)
        kept = next(i for i, c in enumerate(text) if fold_char(c))
        assert norm.original_span(0, len(norm.text)) == (3 + kept, 3 + len(text))


# -- YAML -------------------------------------------------------------------------------

def _refusal(text: str) -> YamlError:
    with pytest.raises(YamlError) as caught:
        load_yaml(text, line_offset=1)
    return caught.value


def test_a_recursive_alias_is_refused_where_it_is() -> None:
    error = _refusal("id: &x [*x]\n")
    assert (error.line, error.col) == (2, 9) and "recursive alias" in str(error)


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    assert sys.getrecursionlimit() < 5000
    error = _refusal("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert error.line == 2 and "MAX_DEPTH" in str(error)
    error = _refusal("a: " + "{b: " * 5000 + "1" + "}" * 5000 + "\n")
    assert "MAX_DEPTH" in str(error)
    load_yaml("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")  # the mapping is one level


def test_billion_laughs_is_refused_before_it_expands() -> None:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
    error = _refusal(text)
    assert "MAX_ALIAS_NODES" in str(error) and error.line > 1
    assert str(MAX_ALIAS_NODES) in str(error)


def test_aliases_beyond_the_count_are_refused() -> None:
    uses = ", ".join(["*a"] * MAX_ALIASES)
    assert load_yaml(f"x: &a 1\ny: [{uses}]\n").value["y"] == [1] * MAX_ALIASES
    assert "MAX_ALIASES" in str(_refusal(f"x: &a 1\ny: [{uses}, *a]\n"))


def test_a_document_over_its_size_is_refused() -> None:
    text = "a: '" + "x" * FRONT_MATTER_MAX_BYTES + "'\n"
    assert load_yaml(text).value["a"].startswith("x")
    with pytest.raises(YamlError, match="over the limit of 65536 bytes"):
        load_yaml(text, max_bytes=FRONT_MATTER_MAX_BYTES)


# -- front matter -----------------------------------------------------------------------

def _front(tmp_path: Path, published: str) -> Article | SourceError:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {published}\n---\nنص.\n", encoding="utf-8")
    return load_article(path)


def test_an_unquoted_year_is_a_publication_year(tmp_path: Path) -> None:
    article = _front(tmp_path, "2024")
    assert isinstance(article, Article) and article.published == TimeSpan.of_year(2024)
    article = _front(tmp_path, "2024-06-19")
    assert isinstance(article, Article) and article.published == TimeSpan.parse("2024-06-19")


@pytest.mark.parametrize("published", ["0", "10000", "true", "2024.5"])
def test_an_unquoted_value_that_is_no_year_is_an_error(tmp_path: Path, published: str) -> None:
    error = _front(tmp_path, published)
    assert isinstance(error, SourceError) and error.line == 2
