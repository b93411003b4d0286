"""--executor dask: the same report from a Dask LocalCluster as from a local run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import load_ruleset

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
runner = CliRunner()


def test_a_local_cluster_gives_the_local_report() -> None:
    local = runner.invoke(app, ["check", str(CORPUS), "-f", "json", "--no-cache", "--show-cleared"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = runner.invoke(app, ["check", str(CORPUS), "-f", "json", "--no-cache", "--show-cleared",
                                     "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == local.exit_code == 1
    assert json.loads(remote.stdout) == json.loads(local.stdout)


def test_an_unreachable_scheduler_is_a_placed_error() -> None:
    result = runner.invoke(app, ["check", str(CORPUS), "--no-cache", "--executor", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.stderr


def test_partitions_go_to_the_cluster_in_many_tasks_and_give_the_local_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks of a few facts each, one at a time in flight: the client waits for each, and the report is the same."""
    import factcheck.executors as executors

    local = runner.invoke(app, ["check", str(CORPUS), "-f", "json", "--no-cache", "--show-cleared"])
    sent: list[int] = []
    real = executors._Tasks.send

    def counted(self: Any, rules: Any, batch: Any) -> Any:
        sent.append(len(self.pending))
        return real(self, rules, batch)

    monkeypatch.setattr(executors, "TASK_FACTS", 5)
    monkeypatch.setattr(executors, "IN_FLIGHT", 1)
    monkeypatch.setattr(executors._Tasks, "send", counted)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = runner.invoke(app, ["check", str(CORPUS), "-f", "json", "--cache-dir", str(tmp_path / "store"),
                                     "--show-cleared", "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == local.exit_code == 1
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    kinds = {rule.kind for rule in load_ruleset(None).rules}  # one task each, with tasks of TASK_FACTS as shipped
    assert len(sent) > 2 * len(kinds) and max(sent) <= 1, len(sent)
