"""The pipeline: corpus + rules tree → facts → findings → Report.

Pure given its inputs: the fact store (when given) only saves reading time, and processes
or a Dask cluster (when asked) give the result one process would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.corpus import DEFAULT_EXCLUDE, MAX_ARTICLE_SIZE, Article, Corpus, load_corpus
from factcheck.errors import SourceError, SourceErrors
from factcheck.executors import extract_on, rules_by_partition
from factcheck.extract import ArticleFacts, Extractor, unreadable_article
from factcheck.facts import FactIndex
from factcheck.findings import Cleared, Finding, Outcomes, Report
from factcheck.kinds import KINDS
from factcheck.knowledge import OPEN_END, Knowledge, load_knowledge
from factcheck.recall import FileChanged, load_through, with_bodies
from factcheck.resources import rules_dir
from factcheck.rule import Rule
from factcheck.ruleset import load_rules
from factcheck.sources import TIMELINES, IndexParts, Parts, StoredParts, StoreLost, groups_of
from factcheck.spool import Collector, FindingSpool
from factcheck.store import (
    FactStore,
    Groups,
    OutcomeCache,
    bulk,
    knowledge_digest,
    knowledge_fingerprint,
)


@dataclass(frozen=True)
class RuleSet:
    """A loaded rules tree: the checks and the knowledge they run with."""

    rules: list[Rule]
    kb: Knowledge
    knowledge_digest: str = ""  # of the knowledge and lexicon files read: what the fact store is keyed by


def rules_tree(root: Path | None) -> tuple[Path, Path]:
    """(folder of the knowledge, folder of the checks) for `--rules`.

    A folder with checks/, kb/ or lexicon/ is a rules tree; parts it lacks come from
    the shipped rules. Any other folder is taken as a folder of checks alone.
    """
    shipped = rules_dir()
    if root is None:
        return shipped, shipped / "checks"
    if any((root / part).is_dir() for part in ("checks", "kb", "lexicon")):
        checks = root / "checks"
        return root, checks if checks.is_dir() else shipped / "checks"
    return shipped, root


def load_ruleset(root: Path | None) -> RuleSet:
    """Knowledge and rules; SourceErrors when either is invalid (the run cannot go on)."""
    knowledge_root, checks = rules_tree(root)
    kb = load_knowledge(knowledge_root, fallback=rules_dir())
    rules, errors = load_rules(checks, kb)
    if errors:
        raise SourceErrors(errors)
    return RuleSet(rules, kb, knowledge_digest(knowledge_root, rules_dir()))


PARALLEL_FROM = 64  # articles per process below which starting processes costs more than it saves
DASK_BATCH = 5_000  # articles sent to a cluster at once: their facts come back to be stored before the next
Progress = Callable[[int, int], None]  # (articles done, articles in all)


def extract_all(articles: Iterable[Article], kb: Knowledge, jobs: int = 1,
                progress: Progress | None = None, client: Any | None = None) -> list[ArticleFacts]:
    """Facts of every article, in corpus order; an article a reader fails on costs that article, never the run.

    With `jobs` > 1 the articles are read by that many processes (each compiles the
    readers once); the result is the same, in the same order, as with one.
    """
    return list(extract_stream(list(articles), kb, jobs, progress, client))


def extract_stream(articles: list[Article], kb: Knowledge, jobs: int = 1, progress: Progress | None = None,
                   client: Any | None = None) -> Iterator[ArticleFacts]:
    """extract_all's facts one article at a time, as they are read: the caller keeps what it needs of each."""
    if not articles:
        return  # compiling the readers costs a second: not for nothing (a warm store)
    if client is not None:
        for start in range(0, len(articles), DASK_BATCH):
            yield from extract_on(client, articles[start:start + DASK_BATCH], kb)
            if progress:
                progress(min(start + DASK_BATCH, len(articles)), len(articles))
        return
    if jobs > 1 and len(articles) >= PARALLEL_FROM * 2:
        chunk = max(1, min(64, len(articles) // (jobs * 8)))
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(kb,)) as pool:
            with bulk():  # the workers' results, unpickled here by the thousand
                for done, item in enumerate(pool.map(_extract_in_worker, articles, chunksize=chunk), 1):
                    yield item
                    if progress:
                        progress(done, len(articles))
            return
    extractor = Extractor(kb)
    for done, article in enumerate(articles, 1):
        yield _extract_one(extractor, article)
        if progress:
            progress(done, len(articles))


def _extract_one(extractor: Extractor, article: Article) -> ArticleFacts:
    try:
        return extractor.extract(article)
    except Exception as exc:
        return unreadable_article(article, exc)


_worker: dict[str, Extractor] = {}


def _start_worker(kb: Knowledge) -> None:
    _worker["extractor"] = Extractor(kb)


def _extract_in_worker(article: Article) -> ArticleFacts:
    return _extract_one(_worker["extractor"], article)


def index_of(extracted: list[ArticleFacts], want_cleared: bool = False) -> FactIndex:
    """The facts of a corpus, grouped once for all rules."""
    published = {e.article.id: e.article.published.iso() if e.article.published else None for e in extracted}
    return FactIndex([f for e in extracted for f in e.facts], published,
                     {e.article.id: e.article.path for e in extracted}, want_cleared)


def evaluate(rules: Iterable[Rule], index: FactIndex, kb: Knowledge) -> list[Finding]:
    """Every rule over the whole corpus, one finding per conflicting claim, most severe first."""
    return list(evaluate_all(rules, index, kb)[0])


def evaluate_all(rules: Iterable[Rule], index: FactIndex, kb: Knowledge, errors: list[SourceError] | None = None,
                 client: Any | None = None, cache: OutcomeCache | None = None) -> tuple[FindingSpool, list[Cleared]]:
    """Findings as evaluate() gives them, and the pairs the rules compared and cleared: evaluate_parts over an index."""
    return evaluate_parts(rules, IndexParts(index), kb, errors, client, cache)


def evaluate_parts(rules: Iterable[Rule], source: Parts, kb: Knowledge, errors: list[SourceError] | None = None,
                   client: Any | None = None, cache: OutcomeCache | None = None) -> tuple[FindingSpool, list[Cleared]]:
    """Findings, most severe first, and the pairs the rules compared and cleared.

    Each rule runs over its kind's partitions (kinds/_partitions.py), each partition's
    facts read once for all the rules of its kind; with a `cache`, only over those whose
    facts changed since the store last saw them. The findings go to disk as they come
    (spool.py). A pair is listed once per reason: "الرئيس السابق" cleared against every
    holder named is one entry, with one of them; the entries come by rule, subject and
    reason. A rule that fails is an internal error in `errors`, and costs all its
    findings. With a Dask `client`, the rules run as tasks on the cluster.
    """
    errors = [] if errors is None else errors
    rules = list(rules)
    parts_of: dict[str, dict[str, list[str]]] = {}  # kind → its partitions and their articles: one for all its rules
    for rule in rules:
        if rule.kind not in parts_of:
            parts_of[rule.kind] = source.parts(rule.kind)
    places = {kind: {part: j for j, part in enumerate(parts)} for kind, parts in parts_of.items()}
    found = Collector({article: i for i, article in enumerate(source.context.published)})
    cleared: dict[tuple[str, ...], tuple[tuple[int, int, int], Cleared]] = {}  # the first met of each, in rule order

    def take(i: int, part: str, outcomes: Outcomes, data: bytes | None) -> None:
        j = places[rules[i].kind][part]
        found.add(i, j, outcomes, data)
        for seq, o in enumerate(o for o in outcomes if isinstance(o, Cleared)):
            key = (o.rule, o.subject.id, o.reason)
            if key not in cleared or (i, j, seq) < cleared[key][0]:
                cleared[key] = (i, j, seq), o

    wanted = []
    for i, rule in enumerate(rules):
        known = set()
        for part in cache.recall(rule, parts_of[rule.kind]) if cache else []:
            stored = cache.recalled(rule, part) if cache else None
            if stored is not None:
                take(i, part, *stored)
                known.add(part)
        wanted.append((rule, [part for part in parts_of[rule.kind] if part not in known]))
    for i, result in rules_by_partition(wanted, source, kb, client):
        if isinstance(result, SourceError):  # one rule costs itself: the others still run
            errors.append(result)
            found.drop(i)
            cleared = {key: entry for key, entry in cleared.items() if entry[0][0] != i}
            continue
        pickles = cache.keep(rules[i], result) if cache else {}
        for part, outcomes in result.items():
            take(i, part, outcomes, pickles.get(part))
    if cache:
        cache.save()
    ranks = {rule.id: i for i, rule in enumerate(rules)}
    return found.spool(), [cleared[key][1] for key in sorted(cleared, key=lambda k: (ranks.get(k[0], -1), *k[1:]))]


def select_rules(rules: list[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules `select` names (by id or kind; all when empty), less those `ignore` names.

    A name that is no rule id and no kind is an error: a typo must not silently run nothing.
    """
    select, ignore = list(select), list(ignore)
    known = {r.id for r in rules} | {r.kind for r in rules} | set(KINDS)
    unknown = [name for name in (*select, *ignore) if name not in known]
    if unknown:
        raise SourceErrors([SourceError("--select/--ignore", 0, 0, f"no rule or kind named {name!r}",
                                        "factcheck rules validate lists the rules") for name in unknown])
    chosen = [r for r in rules if not select or r.id in select or r.kind in select]
    return [r for r in chosen if r.id not in ignore and r.kind not in ignore]


def article_info(article: Article) -> dict[str, Any]:
    """What a report says of an article: where it is, its title line, source and date, and how that is known."""
    return {"id": article.id, "path": article.path, "title": article.title, "source": article.source,
            "url": article.url, "published": article.published.iso() if article.published else None,
            "published_note": article.published_note}


def timelines(source: Parts, kb: Knowledge, findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Per person with title claims: the reference terms of the offices named, and each claim on its date.

    The picture an editor draws by hand: bars for the terms, a point per article's claim,
    the points a finding quotes marked as conflicting.
    """
    quoted: dict[tuple[str, int], list[str]] = defaultdict(list)
    for finding in findings:
        for e in finding.evidence:
            quoted[(e.article, e.text_start)].append(finding.id)
    paths = source.context.paths
    out = []
    for subject_id in sorted(source.parts(TIMELINES)):
        if subject_id not in kb.entities:
            continue
        facts = source.facts(TIMELINES, subject_id)
        offices = sorted({f.value["office"] for f in facts if f.value["office"]} | {h.office for h in kb.holdings_of(subject_id)})
        terms = [{"office": h.office, "label": kb.offices[h.office].label, "start": h.span.start.isoformat(),
                  "end": None if h.span.end >= OPEN_END else h.span.end.isoformat(), "source": h.source}
                 for office in offices if office in kb.offices for h in kb.holdings_of(subject_id, office)]
        claims = [{"article": f.article, "valid_at": str(f.valid_at),
                   "start": f.valid.start.isoformat() if f.valid else None,
                   "end": f.valid.end.isoformat() if f.valid else None,
                   "value": f.value["label"], "office": f.value["office"], "qualifiers": list(f.qualifiers),
                   "conflict": bool(quoted.get((f.article, f.evidence.text_start))),
                   "finding_ids": sorted(set(quoted.get((f.article, f.evidence.text_start), []))),
                   "place": f"{paths.get(f.article, f.article)}:{f.evidence.text_line}:{f.evidence.text_column}"}
                  for f in facts]
        out.append({"subject": {"id": subject_id, "name": kb.entities[subject_id].name}, "terms": terms,
                    "claims": claims})
    return out


@dataclass(frozen=True)
class Checked:
    """One run over a corpus, before any report: what explain and the report are made from."""

    corpus: Corpus
    extracted: list[ArticleFacts]
    index: FactIndex
    findings: FindingSpool
    cleared: list[Cleared]
    rule_errors: list[SourceError]


def run_checks(paths: list[Path], ruleset: RuleSet, exclude: Iterable[str] = DEFAULT_EXCLUDE,
               follow_links: bool = False, max_size: int = MAX_ARTICLE_SIZE, jobs: int = 1,
               progress: Progress | None = None, client: Any | None = None, want_cleared: bool = False) -> Checked:
    """Load, extract, evaluate, every fact in memory (what explain and the corpus diff look into); on Dask with `client`."""
    return _checked(load_corpus(paths, exclude, follow_links, max_size), ruleset, jobs, progress, client, want_cleared)


def _checked(corpus: Corpus, ruleset: RuleSet, jobs: int, progress: Progress | None, client: Any | None,
             want_cleared: bool) -> Checked:
    extracted = extract_all(corpus.articles, ruleset.kb, jobs, progress, client)
    rule_errors: list[SourceError] = []
    with bulk():  # findings made: by the million in a large corpus
        index = index_of(extracted, want_cleared)
        findings, cleared = evaluate_all(ruleset.rules, index, ruleset.kb, rule_errors, client)
    return Checked(corpus, extracted, index, findings, cleared, rule_errors)


def report_of(checked: Checked, ruleset: RuleSet, show_cleared: bool = False, with_timelines: bool = True) -> Report:
    """The report of a run, with the input errors met on the way.

    `with_timelines` false leaves the per-person timelines out (the HTML page and
    `timeline` draw them; other reports do not): at 100,000 articles they are a million
    claims.
    """
    index = checked.index
    return _report(checked.corpus, len(index.facts), [error for e in checked.extracted for error in e.errors],
                   checked.findings, checked.cleared, checked.rule_errors, ruleset, show_cleared,
                   timelines(IndexParts(index), ruleset.kb, checked.findings) if with_timelines else [])


def _report(corpus: Corpus, facts: int, reading_errors: list[SourceError], findings: FindingSpool,
            cleared: list[Cleared], rule_errors: list[SourceError], ruleset: RuleSet, show_cleared: bool,
            drawn: list[dict[str, Any]]) -> Report:
    return Report(__version__, len(corpus.articles), facts, len(ruleset.rules), findings,
                  tuple(corpus.errors + reading_errors + rule_errors),
                  tuple(a.id for a in corpus.articles if a.published is None),
                  rule_info=tuple(rule.info() for rule in ruleset.rules),
                  articles_info=tuple(article_info(a) for a in corpus.articles),
                  cleared=tuple(cleared) if show_cleared else None, timelines=tuple(drawn))


STORE_BATCH = 500  # articles read, then kept in the store in one transaction, before the next are read


def check_corpus(paths: list[Path], ruleset: RuleSet, exclude: Iterable[str] = DEFAULT_EXCLUDE,
                 show_cleared: bool = False, follow_links: bool = False,
                 max_size: int = MAX_ARTICLE_SIZE, jobs: int = 1, progress: Progress | None = None,
                 store: FactStore | None = None, client: Any | None = None, with_timelines: bool = True) -> Report:
    """Load, extract, evaluate: the report.

    With a fact store, through it: what it holds is not read again, what is read is kept
    there as it is read, and the rules read each partition's facts from it when its turn
    comes; the corpus's facts are never in memory at once. A store that fails on the way
    costs the run its time, never its result: it starts again with every fact in memory.
    """
    for _ in range(2):  # a store rebuilt on the way (it was damaged) is empty, and sound: the run starts again with it
        if store is None or store.db is None:
            break
        try:
            # the corpus held by _check_stored alone: it lets go of the bodies once their facts are read
            return _check_stored(*load_through(store, paths, exclude, follow_links, max_size), max_size, ruleset,
                                 store, show_cleared, jobs, progress, client, with_timelines)
        except (StoreLost, FileChanged):  # a file changed under the run: read again, it is recorded anew
            continue
    checked = run_checks(paths, ruleset, exclude, follow_links, max_size, jobs, progress, client, show_cleared)
    if store is not None:
        checked.rule_errors[:0] = store.problems
    return report_of(checked, ruleset, show_cleared, with_timelines)


def _check_stored(corpus: Corpus, keys: dict[str, str], max_size: int, ruleset: RuleSet, store: FactStore,
                  show_cleared: bool, jobs: int, progress: Progress | None, client: Any | None,
                  with_timelines: bool) -> Report:
    kb, articles = ruleset.kb, corpus.articles
    knowledge = knowledge_fingerprint(ruleset.knowledge_digest)
    with bulk():
        stored = store.known(knowledge, keys.values())

    def keep(batch: list[ArticleFacts]) -> dict[str, Groups]:
        """Keep what the articles yielded (the store's rows recorded in `stored`); their groups, by content key."""
        grouped = {keys[item.article.id]: groups_of(item.facts) for item in batch}
        stored.update(store.add(knowledge, [(keys[item.article.id], item, grouped[keys[item.article.id]])
                                            for item in batch]))
        if store.db is None:
            raise StoreLost
        return grouped

    batch: list[ArticleFacts] = []
    unread = with_bodies([a for a in articles if keys[a.id] not in stored], keys, max_size)
    for item in extract_stream(unread, kb, jobs, progress, client):
        batch.append(item)
        if len(batch) == STORE_BATCH:
            keep(batch)
            batch = []
    keep(batch)
    del unread, batch
    articles = [a.without_body() for a in articles]  # the facts are kept: what remains is what the report shows
    corpus = Corpus(articles, corpus.errors)
    entries = [stored[keys[a.id]] for a in articles]
    published = {a.id: a.published.iso() if a.published else None for a in articles}
    context = FactIndex([], published, {a.id: a.path for a in articles}, show_cleared)

    def reread(positions: list[int]) -> dict[int, tuple[int, Groups]]:
        grouped = keep(extract_all(with_bodies([articles[i] for i in positions], keys, max_size), kb))
        return {i: (stored[keys[articles[i].id]].row, grouped[keys[articles[i].id]]) for i in positions}

    source = StoredParts(store, [a.id for a in articles], entries, context, reread)
    cache = OutcomeCache(store, ruleset.knowledge_digest, keys, show_cleared)
    rule_errors: list[SourceError] = []
    with bulk():  # stored facts and outcomes unpickled, findings made: by the million in a large corpus
        findings, cleared = evaluate_parts(ruleset.rules, source, kb, rule_errors, client, cache)
        drawn = timelines(source, kb, findings) if with_timelines else []
    return _report(corpus, sum(e.facts for e in entries), [error for e in entries for error in e.errors],
                   findings, cleared, store.problems + rule_errors, ruleset, show_cleared, drawn)
