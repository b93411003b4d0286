"""Screenshots of the HTML report for the README: `python3 tests/screenshots.py` (needs Debian's chromium).

One finding (the report of the seed corpus with the Security Council rule alone) and one
timeline (Shoigu's), rendered by factcheck's own HTML reporter, shot by headless Chromium.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from factcheck.engine import RuleSet, check_corpus, load_ruleset
from factcheck.report import html_report

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "screenshots"


def shoot(html: str, target: Path, size: str) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={size}", f"--screenshot={target}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


def main() -> None:
    ruleset = load_ruleset(None)
    one = RuleSet([r for r in ruleset.rules if r.id == "security-council-secretary-vs-chair"], ruleset.kb)
    report = check_corpus([ROOT / "corpus"], one)
    shoot(html_report.render(replace(report, timelines=())), OUT / "report-finding.png", "1200,1100")
    shoigu = next(t for t in check_corpus([ROOT / "corpus"], ruleset).timelines
                  if t["subject"]["id"] == "person:sergei-shoigu")
    page = html_report.render(replace(report, findings=(), timelines=(shoigu,)))
    shoot(page, OUT / "report-timeline.png", "1200,900")


if __name__ == "__main__":
    main()
