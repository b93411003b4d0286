"""The wheel carries the default rules and schemas, so `factcheck check` works from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_rules_and_schemas(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    [wheel] = tmp_path.glob("factcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"factcheck/_data/{p.relative_to(ROOT).as_posix()}"
               for folder in ("rules", "schemas") for p in (ROOT / folder).rglob("*") if p.is_file()}
    assert shipped <= names, sorted(shipped - names)[:5]
