"""Past one machine: reading articles and running rules on a Dask distributed cluster.

The optional extra `factcheck[dask]`. Articles go to the workers in batches with the
knowledge scattered once; each worker compiles the readers once per knowledge and keeps
them. Rules run in tasks over batches of the partitions of the corpus's facts a run
wants (those the fact store holds no outcome of), all the rules of a kind in one task.
Results come back in corpus and rule order, so a report is the same as a local run's.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from factcheck.corpus import Article
from factcheck.errors import SourceError, SourceErrors
from factcheck.extract import ArticleFacts, Extractor, unreadable_article
from factcheck.facts import Fact, FactIndex
from factcheck.findings import Outcomes
from factcheck.kinds import KINDS
from factcheck.knowledge import Knowledge
from factcheck.rule import Rule
from factcheck.sources import Parts

BATCH = 50  # articles per task: enough to outweigh a task's overhead, few enough to spread

_extractors: dict[str, Extractor] = {}  # per worker process: knowledge id → compiled readers


def _client_module() -> Any:
    try:
        import distributed
    except ImportError:
        raise SourceErrors([SourceError("--executor dask", 0, 0, "Dask is not installed",
                                        "pip install 'factcheck[dask]'")]) from None
    return distributed


@contextmanager
def dask_client(scheduler: str | None) -> Iterator[Any]:
    """A client of the scheduler at ADDRESS, or of a local cluster started for the run."""
    distributed = _client_module()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise SourceErrors([SourceError(scheduler, 0, 0, f"cannot reach the Dask scheduler ({exc})",
                                            "start one with: dask scheduler; then dask worker ADDRESS")]) from None
        with client:
            yield client
        return
    with distributed.LocalCluster(processes=True, dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def _read_batch(kb: Knowledge, knowledge_id: str, articles: list[Article]) -> list[ArticleFacts]:
    extractor = _extractors.get(knowledge_id)
    if extractor is None:
        extractor = _extractors[knowledge_id] = Extractor(kb)
    out = []
    for article in articles:
        try:
            out.append(extractor.extract(article))
        except Exception as exc:
            out.append(unreadable_article(article, exc))
    return out


def extract_on(client: Any, articles: list[Article], kb: Knowledge) -> list[ArticleFacts]:
    """Every article's facts, read on the cluster's workers, in corpus order."""
    if not articles:
        return []
    knowledge_id = hashlib.sha256(pickle.dumps(kb, protocol=5)).hexdigest()
    shared = client.scatter(kb, broadcast=True)
    batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
    futures = client.map(_read_batch, [shared] * len(batches), [knowledge_id] * len(batches), batches, pure=False)
    return [item for batch in client.gather(futures) for item in batch]



def run_rule(rule: Rule, index: FactIndex, kb: Knowledge,
             parts: dict[str, list[Fact]]) -> dict[str, Outcomes] | SourceError:
    """A rule's outcomes per partition (kinds/_partitions.py), each partition checked alone.

    Or the internal error it raised: one rule costs itself, the others still run.
    """
    check = KINDS[rule.kind].check
    try:
        return {key: list(check(rule, index.restricted(facts), kb)) for key, facts in parts.items()}
    except Exception as exc:
        return SourceError(rule.path, rule.line, 0, f"internal error in rule {rule.id} ({type(exc).__name__}: "
                           f"{str(exc)[:200]}); its findings are left out", "the other rules ran", internal=True)


TASK_FACTS = 50_000  # facts sent with one task to a cluster: a task's overhead outweighed, the client's memory bounded
IN_FLIGHT = 4  # tasks per worker sent before the client waits for the oldest: its facts leave the client's memory


Wanted = list[tuple[Rule, list[str]]]  # each rule, and the partitions its outcomes are wanted in
Result = tuple[int, dict[str, Outcomes] | SourceError]  # a rule (its place in Wanted): outcomes by partition, or its error
Results = list[dict[str, Outcomes] | SourceError]  # per rule of a task: its outcomes by partition, or its error


def rules_by_partition(wanted: Wanted, source: Parts, kb: Knowledge, client: Any | None = None) -> Iterator[Result]:
    """Each rule's outcomes in the partitions wanted of it, batch by batch as they are found, or the error it raised.

    Each partition's facts are read once for all the rules of its kind and given to them
    together: here one partition at a time; on a cluster (`client`) in tasks of about
    TASK_FACTS facts, each run over by all those rules, with no more than IN_FLIGHT tasks
    a worker waiting, so the client holds a few tasks' facts, never a kind's. The workers
    need no store. A rule that raised gives its error once and nothing after it; what
    it gave before stands for the caller to drop.
    """
    by_kind: dict[str, list[int]] = {}
    for i, (rule, _) in enumerate(wanted):
        by_kind.setdefault(rule.kind, []).append(i)
    tasks = _Tasks(client, source.context, kb)
    for kind, members in by_kind.items():
        asked = {i: set(wanted[i][1]) for i in members}
        batch: dict[str, list[Fact]] = {}
        size = 0
        for part in dict.fromkeys(part for i in members for part in wanted[i][1]):  # in partition order
            batch[part] = source.facts(kind, part)
            size += len(batch[part])
            if client is None or size >= TASK_FACTS:
                yield from tasks.send([(i, wanted[i][0], [p for p in batch if p in asked[i]]) for i in members], batch)
                batch, size = {}, 0
        if batch:
            yield from tasks.send([(i, wanted[i][0], [p for p in batch if p in asked[i]]) for i in members], batch)
    yield from tasks.wait(0)


class _Tasks:
    """Rules over a batch of partitions: run here at once, or sent to the cluster and gathered as they finish."""

    def __init__(self, client: Any | None, context: FactIndex, kb: Knowledge):
        self.client, self.context, self.kb = client, context, kb
        self.failed: set[int] = set()
        self.pending: list[tuple[list[int], Any]] = []
        if client is not None:
            self.shared = client.scatter(context, broadcast=True), client.scatter(kb, broadcast=True)
            self.limit = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})))

    def send(self, rules: list[tuple[int, Rule, list[str]]], batch: dict[str, list[Fact]]) -> Iterator[Result]:
        """The outcomes of the tasks done meanwhile (here: of this one)."""
        rules = [(i, rule, parts) for i, rule, parts in rules if parts and i not in self.failed]  # a failed rule runs no more
        if not rules:
            return
        jobs = [(rule, parts) for _, rule, parts in rules]
        if self.client is None:
            yield from self._kept([i for i, _, _ in rules], run_rules(jobs, self.context, self.kb, batch))
            return
        yield from self.wait(self.limit - 1)
        self.pending.append(([i for i, _, _ in rules],
                             self.client.submit(run_rules, jobs, *self.shared, batch, pure=False)))

    def wait(self, most: int) -> Iterator[Result]:
        """Gather the oldest tasks until at most `most` are left."""
        while len(self.pending) > most:
            members, future = self.pending.pop(0)
            yield from self._kept(members, future.result())

    def _kept(self, members: list[int], outcomes: Results) -> Iterator[Result]:
        for i, outcome in zip(members, outcomes):
            if i in self.failed:
                continue
            if isinstance(outcome, SourceError):
                self.failed.add(i)
            yield i, outcome


def run_rules(jobs: list[tuple[Rule, list[str]]], index: FactIndex, kb: Knowledge,
              facts: dict[str, list[Fact]]) -> Results:
    """Each rule's outcomes in its partitions of `facts` (one task on a cluster)."""
    return [run_rule(rule, index, kb, {part: facts[part] for part in parts}) for rule, parts in jobs]
