"""The export benchmark keeps running on both backends at a tiny scale (no timing is
asserted): generated visits, the visit log exported to .xlsx beside openpyxl alone
writing the same rows, each in a child process with its peak memory, and nothing
temporary left behind."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests import postgres

ROOT = Path(__file__).resolve().parent.parent


def _python(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_generate_visits_then_measure_an_export(backend, tmp_path, request):
    if backend == "postgresql":
        name = postgres.worker_name(request, "_export_bench")
        postgres.drop_database(name)
        where = postgres.url_for(name)
    else:
        where = str(tmp_path / "visits.sqlite3")
    kept = tmp_path / "files"
    try:
        _python("benchmarks.generate", "--db", where, "--customers", "60", "--visits", "300")
        out = _python("benchmarks.measure_export", "--db", where, "--keep", str(kept), "--json")
    finally:
        if backend == "postgresql":
            postgres.drop_database(name)
    [line] = [json.loads(x) for x in out.splitlines() if json.loads(x)["bench"] == "export"]
    assert line["rows"] == 300 and line["temporary_files_left"] == []
    assert line["seconds"] > 0 and line["floor_seconds"] > 0
    assert line["peak_mb"] > 0 and line["floor_peak_mb"] > 0
    for name in ("ours.xlsx", "floor.xlsx"):
        sheet = load_workbook(kept / name, read_only=True).worksheets[0]
        assert sum(1 for _ in sheet.iter_rows()) == 301  # the header and every row
