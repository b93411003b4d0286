from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus, for tests that add articles to it."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
