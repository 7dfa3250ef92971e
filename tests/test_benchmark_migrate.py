"""``python -m benchmarks.measure_migrate`` keeps running (tiny data, the test server; no
timing asserted): it copies a generated site, reports the copy verified and every row."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from benchmarks import generate
from receptionist.store.canonical import site_tables
from tests import postgres

ROOT = Path(__file__).resolve().parent.parent


def test_the_migration_benchmark_runs_and_reports_a_verified_copy(tmp_path):
    path = tmp_path / "site.sqlite3"
    generate.generate(path, customers=300, visits=1200, seed=2, quiet=True)
    con = sqlite3.connect(path)
    rows = sum(con.execute(f'SELECT COUNT(*) FROM "{t.name}"').fetchone()[0] for t in site_tables())
    con.close()
    before = scratch_databases()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.measure_migrate", "--db", str(path)]
        + ["--to", postgres.server_url(), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert (line["bench"], line["name"], line["ok"], line["rows"]) == (
        "migrate",
        "sqlite_to_postgresql",
        True,
        rows,
    )
    assert line["p50_ms"] > 0 and line["floor_p50_ms"] > 0
    assert scratch_databases() == before  # its scratch database is gone


def scratch_databases() -> set[str]:
    with postgres._admin() as admin:
        rows = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'receptionist_bench_migrate_%'"
        ).fetchall()
    return {row[0] for row in rows}
