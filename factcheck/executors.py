"""Past one machine: reading articles and running rules on a Dask distributed cluster.

The optional extra `factcheck[dask]`. Articles go to the workers in batches with the
knowledge scattered once; each worker compiles the readers once per knowledge and keeps
them. Rules run one task each over the partitions of the corpus's facts a run wants
(those the fact store holds no outcome of). Results come back in corpus and
rule order, so a report is the same as a local run's.
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


def rules_on(client: Any, wanted: list[tuple[Rule, list[str]]], source: Parts,
             kb: Knowledge) -> list[dict[str, Outcomes] | SourceError]:
    """Each rule's outcomes in the partitions wanted of it (or the error it raised), one task per rule, in order.

    A rule's partitions are read here and sent with its task: the workers need no store.
    """
    shared_context, shared_kb = client.scatter(source.context, broadcast=True), client.scatter(kb, broadcast=True)
    futures = [client.submit(run_rule, rule, shared_context, shared_kb,
                             {part: source.facts(rule.kind, part) for part in parts}, pure=False)
               for rule, parts in wanted]
    results: list[dict[str, Outcomes] | SourceError] = client.gather(futures)
    return results
