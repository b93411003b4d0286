"""factcheck diff: what a corpus update changes, on copies of the seed corpus and on git revisions."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.corpusdiff import IDENTITY, diff_corpora, resolve_side
from factcheck.engine import RuleSet, load_ruleset
from factcheck.errors import SourceErrors
from factcheck.schemas import schema, validate_json

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
UMMA = "umma-2024-11-30-belousov-pyongyang"
BELOUSOV = "وزير الدفاع الروسي أندريه بيلوسوف"  # twice in the article's first paragraph: the caption's is edited
SHOIGU = "وزير الدفاع الروسي سيرغي شويغو"  # EDITED: Belousov held the post on 2024-11-30, not Shoigu
# A sentence we wrote: Putin was in Pyongyang on 19 June 2024
# (https://en.wikipedia.org/wiki/2024_Vladimir_Putin_visit_to_North_Korea).
VISIT = "وكان الزعيم الكوري الشمالي كيم جونغ أون قد استقبل الرئيس الروسي فلاديمير بوتين في بيونغ يانغ في يونيو 2024."
runner = CliRunner()


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset(None)


@pytest.fixture
def sides(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(CORPUS, old)
    shutil.copytree(CORPUS, new)
    return old, new


def edit(folder: Path, article: str, before: str, after: str) -> None:
    """The first `before` in the article replaced."""
    path = folder / f"{article}.md"
    text = path.read_text("utf-8")
    assert before in text
    path.write_text(text.replace(before, after, 1), "utf-8")


def diff_json(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["diff", *args, "--format", "json"])
    assert result.stderr == ""
    return result.exit_code, json.loads(result.stdout)


def changes(report: dict, article: str) -> list[tuple[str, str, str, str]]:
    """(status, predicate, subject, words) of each fact change of an article."""
    [entry] = [a for a in report["articles"] if a["id"] == article]
    rows = []
    for change in entry["facts"]:
        fact = change["new"] or change["old"]
        rows.append((change["status"], fact["predicate"], fact["subject"]["id"], fact["evidence"]["text"]))
    return sorted(rows)


def test_a_title_edited_in_one_article_is_that_articles_facts_and_a_new_finding(sides: tuple[Path, Path]) -> None:
    old, new = sides
    edit(new, UMMA, BELOUSOV, SHOIGU)
    code, report = diff_json(str(old), str(new))
    assert code == 1  # the stale title is an error the update brings
    assert [(a["id"], a["status"], a["text_changed"], a["metadata"]) for a in report["articles"]] == [
        (UMMA, "changed", True, [])]
    assert changes(report, UMMA) == [
        ("added", "holds_title", "person:sergei-shoigu", SHOIGU),
        ("added", "mentions", "person:sergei-shoigu", "سيرغي شويغو"),
        ("removed", "holds_title", "person:andrei-belousov", BELOUSOV),
        ("removed", "mentions", "person:andrei-belousov", "أندريه بيلوسوف"),
    ]
    # the caption's title is the one removed, not the same words later in the sentence
    titles = {c["status"]: c["old"] or c["new"] for c in report["articles"][0]["facts"] if
              (c["old"] or c["new"])["predicate"] == "holds_title"}
    assert titles["removed"]["evidence"]["text_start"] == titles["added"]["evidence"]["text_start"]
    new_rules = {(f["rule"], f["subject"]["id"]) for f in report["findings"]["new"]}
    assert ("title-against-reference", "person:sergei-shoigu") in new_rules
    assert report["findings"]["fixed"] == []
    assert report["summary"]["findings_unchanged"] == 6
    assert validate_json(report, "diff") == []


def test_a_date_edited_is_one_fact_changed_old_to_new(sides: tuple[Path, Path]) -> None:
    old, new = sides
    edit(new, UMMA, "وفي يونيو/حزيران،", "وفي يوليو/تموز،")  # EDITED: the treaty was signed in June
    _, report = diff_json(str(old), str(new))
    [entry] = report["articles"]
    [change] = entry["facts"]
    assert change["status"] == "changed"
    assert change["old"]["subject"]["id"] == change["new"]["subject"]["id"] == "event:russia-dprk-treaty-signed"
    assert {f["field"]: (f["old"], f["new"]) for f in change["fields"]} == {
        "valid_at.value": ("2024-06", "2024-07"), "value.date": ("2024-06", "2024-07"),
        "value.date_text": ("يونيو/حزيران", "يوليو/تموز")}
    assert "one-event-one-day" in {f["rule"] for f in report["findings"]["new"]}
    assert validate_json(report, "diff") == []


def test_a_sentence_added_above_others_adds_its_facts_and_changes_none(sides: tuple[Path, Path],
                                                                         ruleset: RuleSet) -> None:
    """Offsets and lines of every later fact move; the key does not, so nothing else is reported."""
    old, new = sides
    path = new / f"{UMMA}.md"
    text = path.read_text("utf-8")
    fence = text.index("---\n", 4) + 4
    path.write_text(text[:fence] + VISIT + "\n\n" + text[fence:], "utf-8")
    d = diff_corpora([old], [new], ruleset)
    [article] = d.articles
    assert article.of("removed") == [] and article.of("changed") == []
    assert {c.fact.evidence.quote for c in article.of("added")} == {VISIT}
    assert {c.fact.subject.id for c in article.of("added")} >= {"person:kim-jong-un", "person:vladimir-putin"}


def test_front_matter_edited_is_metadata_alone(sides: tuple[Path, Path], ruleset: RuleSet) -> None:
    """The body did not change: no fact does, though every line number moved down one."""
    old, new = sides
    edit(new, UMMA, "language: ar\n", "language: ar\nurl: https://example.org/umma\n")
    [article] = diff_corpora([old], [new], ruleset).articles
    assert (article.status, article.text_changed, article.facts) == ("changed", False, ())
    assert article.metadata == (("url", None, "https://example.org/umma"),)


def test_the_same_corpus_twice_changes_nothing(ruleset: RuleSet) -> None:
    d = diff_corpora([CORPUS], [CORPUS], ruleset)
    assert d.articles == () and d.new_findings == () and d.fixed_findings == ()
    assert len(d.unchanged_findings) == 6


def test_an_article_added_and_one_removed(sides: tuple[Path, Path]) -> None:
    old, new = sides
    (new / f"{UMMA}.md").rename(new / "stale-copy.md")
    edit(new, "stale-copy", f"id: {UMMA}", "id: stale-copy")
    (new / "asharq-2024-10-06-china-dprk.md").unlink()
    code, report = diff_json(str(old), str(new))
    assert code == 0
    assert [(a["id"], a["status"]) for a in report["articles"]] == [
        ("asharq-2024-10-06-china-dprk", "removed"), ("stale-copy", "added"), (UMMA, "removed")]
    added = next(a for a in report["articles"] if a["status"] == "added")
    assert added["facts"] and {c["status"] for c in added["facts"]} == {"added"}
    assert added["old_path"] is None and added["new_path"].endswith("stale-copy.md")
    # the same claims from another article: the same fingerprints, so nothing new or fixed
    assert report["findings"]["new"] == [] and report["findings"]["fixed"] == []
    assert validate_json(report, "diff") == []


def test_a_moved_article_is_a_path_change_alone(sides: tuple[Path, Path]) -> None:
    old, new = sides
    (new / "2024").mkdir()
    (new / f"{UMMA}.md").rename(new / "2024" / f"{UMMA}.md")
    _, report = diff_json(str(old), str(new))
    [entry] = report["articles"]
    assert entry["metadata"] == [{"field": "path", "old": f"{UMMA}.md", "new": f"2024/{UMMA}.md"}]
    assert entry["facts"] == []


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding the seed corpus, then one commit editing a title."""
    root = tmp_path / "repo"
    shutil.copytree(CORPUS, root / "corpus")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "seed")
    edit(root / "corpus", UMMA, BELOUSOV, SHOIGU)
    git(root, "commit", "-qam", "edit")
    monkeypatch.chdir(root)
    return root


def test_git_revisions_of_the_corpus(repo: Path) -> None:
    before = sorted(p.relative_to(repo) for p in repo.rglob("*") if ".git" not in p.parts)
    code, report = diff_json("HEAD~1:corpus", "HEAD:corpus")
    assert code == 1
    [entry] = report["articles"]
    assert (entry["id"], entry["old_path"], entry["new_path"]) == (
        UMMA, f"HEAD~1:corpus/{UMMA}.md", f"HEAD:corpus/{UMMA}.md")
    assert changes(report, UMMA)[0] == ("added", "holds_title", "person:sergei-shoigu", SHOIGU)
    assert validate_json(report, "diff") == []
    assert sorted(p.relative_to(repo) for p in repo.rglob("*") if ".git" not in p.parts) == before
    # REV alone is the corpus folder at that revision; the working folder is a side too
    [again] = diff_json("HEAD~1", "corpus")[1]["articles"]
    assert again == {**entry, "new_path": f"corpus/{UMMA}.md"}
    # backwards, the edit's findings are fixed and nothing is new
    code, backwards = diff_json("HEAD", "HEAD~1")
    assert code == 0 and backwards["findings"]["new"] == []
    assert {f["id"] for f in backwards["findings"]["fixed"]} == {f["id"] for f in report["findings"]["new"]}


def test_a_revision_is_unpacked_in_a_folder_removed_afterwards(repo: Path) -> None:
    [folder], cleanup, shown = resolve_side("HEAD~1:corpus", repo)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in CORPUS.iterdir())
    assert BELOUSOV in (folder / f"{UMMA}.md").read_text("utf-8")
    assert shown == {str(folder): "HEAD~1:corpus"}
    cleanup()
    assert not folder.exists() and not folder.parent.exists()


@pytest.mark.parametrize("spec", ["no-such-rev:corpus", "HEAD:no-such-folder", "no-such-folder",
                                  "--output=written.tar:corpus", ":corpus"])
def test_a_bad_revision_or_path_is_exit_2_naming_it(repo: Path, spec: str) -> None:
    result = runner.invoke(app, ["diff", "--", spec, "corpus"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{spec}: no such file or folder, nor a git revision of one")
    with pytest.raises(SourceErrors) as raised:
        resolve_side(spec, repo)
    assert [e.path for e in raised.value.errors] == [spec]
    assert not (repo / "written.tar").exists()


def test_markdown_names_the_article_and_the_changed_words_isolated(sides: tuple[Path, Path]) -> None:
    old, new = sides
    edit(new, UMMA, BELOUSOV, SHOIGU)
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "markdown"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "### factcheck diff"
    assert lines[2].startswith("6 → 6 articles: 1 changed, 0 added, 0 removed · facts: 2 added, 2 removed")
    assert f"#### `{UMMA}` changed" in lines
    assert f"“<bdi>{SHOIGU}</bdi>”" in result.stdout and f"“<bdi>{BELOUSOV}</bdi>”" in result.stdout
    assert any(line.startswith("- **+** `holds_title` <bdi>سيرغي شويغو</bdi>") for line in lines)
    assert any(line.startswith("- **−** `holds_title` <bdi>أندريه بيلوسوف</bdi>") for line in lines)
    assert "#### New findings" in result.stdout and "`title-against-reference`" in result.stdout
    assert "asharq-2024-09-14-shoigu-pyongyang` changed" not in result.stdout


def test_text_and_output_file_never_into_a_corpus(sides: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = sides
    edit(new, UMMA, BELOUSOV, SHOIGU)
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 1
    assert result.stdout.startswith("factcheck diff: 6 → 6 articles: 1 changed")
    assert f"~ {UMMA} " in result.stdout and "new findings:" in result.stdout
    out = tmp_path / "diff.md"
    assert runner.invoke(app, ["diff", str(old), str(new), "-f", "markdown", "-o", str(out)]).exit_code == 1
    assert out.read_text("utf-8").startswith("### factcheck diff")
    inside = runner.invoke(app, ["diff", str(old), str(new), "-o", str(old / "diff.txt")])
    assert inside.exit_code == 2 and "would write into the corpus" in inside.stderr
    assert not (old / "diff.txt").exists()
    assert runner.invoke(app, ["diff", str(old), str(new), "-f", "sarif"]).exit_code == 2


def test_every_predicate_has_an_identity_and_the_schema_embeds_the_contracts() -> None:
    """A new predicate must say what identifies it; the copies of fact and finding must not drift."""
    predicates = schema("facts")["properties"]["facts"]["items"]["properties"]["predicate"]["enum"]
    assert sorted(IDENTITY) == sorted(predicates)
    diff_defs = schema("diff")["$defs"]
    assert diff_defs["fact"] == schema("facts")["properties"]["facts"]["items"]
    assert diff_defs["finding"] == schema("report")["properties"]["findings"]["items"]
