"""--executor dask: the same report from a Dask LocalCluster as from a local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

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
