"""``python -m benchmarks.measure_import`` keeps running (tiny data, no timing asserted):
it imports every generated row, creating each new customer once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_benchmark_runs_and_imports_every_row():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.measure_import", "--rows", "300"]
        + ["--customers", "40", "--runs", "1", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert (line["bench"], line["name"], line["imported"], line["rejected"]) == (
        "import",
        "purchases",
        300,
        0,
    )
    assert 0 < line["customers_created"] <= 300 // 5 + 1
    assert line["floor_p50_ms"] > 0
