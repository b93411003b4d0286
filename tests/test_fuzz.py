"""Fuzzing the pipeline with hypothesis: front matter, article text and file names.

The budget is fixed (examples per test, derandomized) so a run is the same run in CI,
and the whole module stays under a minute on two cores. What must hold for any input:
nothing escapes extraction, every piece of evidence quotes the body, the report is
valid against its schema, and the input files are left as they were.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus import Article, load_article
from factcheck.engine import check_corpus, load_ruleset
from factcheck.errors import SourceError
from factcheck.extract import Extractor
from factcheck.schemas import validate_json
from factcheck.text.dates import TimeSpan

RULESET = load_ruleset(None)
EXTRACTOR = Extractor(RULESET.kb)  # built once: its patterns take longer to compile than an example to run
BUDGET = settings(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _chars(low: int, high: int) -> st.SearchStrategy[str]:
    return st.characters(min_codepoint=low, max_codepoint=high, exclude_categories=["Cs"])


WORDS = ["منذ", "قبل", "بعد", "الذكرى", "الـ", "جندي", "عام", "عاما", "شهرا", "يوم", "أكثر من", "نحو",
         "يونيو", "حزيران", "سبتمبر", "أيلول", "مارس", "رمضان", "الماضي", "المقبل", "أمس", "غدا", "بعد غد",
         "السبت", "الاثنين", "العام", "الشهر", "ألف", "آلاف", "مليون", "مليار", "عشرة", "السبعين", "الخامسة",
         "في المئة", "%", "بوتين", "كيم جونغ أون", "شويغو", "وزير الدفاع الروسي", "كوريا الشمالية", "روسيا",
         "هـ", "م", "2024", "1961", "١٤٤٥", "10,000", "5000", "1" * 40, "9" * 320]
PIECE = st.one_of(
    _chars(0x0621, 0x064A),  # Arabic letters
    _chars(0x064B, 0x0652),  # diacritics
    _chars(0x0030, 0x0039), _chars(0x0660, 0x0669), _chars(0x06F0, 0x06F9),  # both digit sets, Persian
    _chars(0x0041, 0x007A),  # Latin
    st.sampled_from(["\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]),
    _chars(0xFB50, 0xFDFF), _chars(0xFE70, 0xFEFF),  # presentation forms
    _chars(0x1F300, 0x1FAFF),  # emoji
    st.sampled_from([" ", " ", " ", "\n", "\n\n", ".", "،", ",", "-", "/", "(", ")", "«", "»", "\t", "\x1b[2J", "\x00"]),
    st.sampled_from(WORDS),
)
TEXT = st.lists(PIECE, max_size=150).map("".join)
PUBLISHED = st.sampled_from([None, "2024-09-14", "2024-06", "2024", "0001-01-01", "9999-12-31", "1970-01-01"])

SCALAR = st.one_of(
    st.sampled_from(["2024", "2024-06-19", "'2024-06'", "9999-12-31", "0000", "2024-02-30", "-1", "1e999",
                     "0x7E8", "true", "null", "~", "''", "\"\\u0000\"", "!!binary aGk=", "!!python/object:os.system",
                     "1" * 400, "{", "]", "|", ">", "'", "\"", "?", "- x", ": x", "#", "%YAML 1.1"]),
    st.lists(PIECE, max_size=4).map(lambda ts: "'" + "".join(ts).replace("'", "''") + "'"),
    st.text(alphabet="abz09._-", min_size=1, max_size=8),
)
KEYS = st.one_of(st.sampled_from(["id", "published", "published_note", "source", "url", "language"]),
                 st.text(alphabet="abz_", min_size=1, max_size=6), st.sampled_from(["? [a]", "<<", "'مفتاح'"]))


def _flow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.lists(children, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
                     st.lists(st.tuples(KEYS, children), max_size=2).map(
                         lambda kvs: "{" + ", ".join(f"{k}: {v}" for k, v in kvs) + "}"))


ALIAS = st.sampled_from(["*a", "*b"])  # inside a value too: "x: &a [*a]" is a cycle
ANCHOR = st.sampled_from(["", "", "&a ", "&b ", "*a", "*b"])
INNER = st.one_of(SCALAR, ALIAS, st.tuples(ANCHOR.filter(lambda a: a.startswith("&")), SCALAR).map("".join))
VALUE = st.one_of(SCALAR, _flow(INNER), _flow(_flow(INNER)))  # two levels; deep nesting is drawn apart


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    """Lines of `key: value`, some anchored or aliased, some nested deep."""
    lines = []
    for key, anchor, value in draw(st.lists(st.tuples(KEYS, ANCHOR, VALUE), max_size=7)):
        lines.append(f"{key}: {anchor}" if anchor.startswith("*") else f"{key}: {anchor}{value}")
    if draw(st.booleans()):
        depth = draw(st.integers(1, 3000))  # past MAX_DEPTH and past Python's recursion limit
        lines.append("deep: " + "[" * depth + "]" * depth)
    return "\n".join(lines) + "\n"


FILE_NAMES = st.text(alphabet=st.one_of(_chars(0x0621, 0x064A), st.sampled_from(list("abcXYZ019-_. ()،'")),
                                        _chars(0x1F600, 0x1F64F), _chars(0xFB50, 0xFB60)),
                     min_size=1, max_size=40).filter(lambda n: n not in (".", "..") and not n.startswith("."))


def _evidence_quotes_the_body(body: str, published: str | None) -> None:
    article = Article("a", "a.md", body, TimeSpan.parse(published) if published else None)
    extracted = EXTRACTOR.extract(article)
    for fact in extracted.facts:
        e = fact.evidence
        assert body[e.start:e.end] == e.quote and body[e.text_start:e.text_end] == e.text, fact
    for date in extracted.dates:
        assert body[date.start:date.end] == date.text


@settings(BUDGET, max_examples=1000)
@given(TEXT, PUBLISHED)
def test_any_text_extracts_and_its_evidence_quotes_it(body: str, published: str | None) -> None:
    _evidence_quotes_the_body(body, published)


@settings(BUDGET, max_examples=500)
@given(front_matters())
def test_any_front_matter_is_an_article_or_an_error_with_a_place(front: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_text(f"---\n{front}---\nنص.\n", encoding="utf-8")
        loaded = load_article(path)
    assert isinstance(loaded, Article | SourceError)
    if isinstance(loaded, SourceError):
        assert loaded.line >= 1 and loaded.message


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@settings(BUDGET, max_examples=60)
@given(FILE_NAMES, front_matters(), TEXT, st.sampled_from([".md", ".txt"]))
def test_any_file_gives_a_valid_report_and_is_left_unchanged(name: str, front: str, body: str,
                                                             suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"{name}{suffix}").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
        (folder / "plain.md").write_text(f"---\npublished: 2024-09-14\n---\n{body}", encoding="utf-8")
        before = _digest(folder)
        report = check_corpus([folder], RULESET)
        assert validate_json(report.as_json(), "report") == []
        shown = {Path(a["path"]).name for a in report.articles_info} | {Path(e.path).name for e in report.errors}
        assert f"{name}{suffix}" in shown
        assert _digest(folder) == before
