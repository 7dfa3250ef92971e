"""The tier benchmark keeps running on both backends at a tiny scale (no timing is
asserted): generated purchases, one recompute beside its window-function floor, and the
floor's ranks agreeing with the recompute's customer by customer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres

ROOT = Path(__file__).resolve().parent.parent


def _python(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_generate_purchases_then_measure_a_recompute(backend, tmp_path, request):
    if backend == "postgresql":
        name = postgres.worker_name(request, "_tiers_bench")
        postgres.drop_database(name)
        where = postgres.url_for(name)
    else:
        where = str(tmp_path / "tiers.sqlite3")
    try:
        made = _python(
            "benchmarks.generate",
            "--db",
            where,
            "--customers",
            "400",
            "--visits",
            "400",
            "--purchases",
            "6000",
        )
        assert json.loads(made.splitlines()[-1])["generated"]["purchases"] == 6000
        lines = [
            json.loads(line)
            for line in _python(
                "benchmarks.measure_tiers", "--db", where, "--repeat", "1", "--json"
            ).splitlines()
        ]
    finally:
        if backend == "postgresql":
            postgres.drop_database(name)
    size = next(line for line in lines if line["name"] == "size")
    assert (size["purchases"], size["customers"]) == (6000, 400)
    [measured] = [line for line in lines if line["bench"] == "tiers"]
    assert measured["name"] == "recompute_year" and measured["period"] == "2025"
    assert measured["customers"] > 50 and measured["ranks_agree"] is True
    for key in ("p50_ms", "floor_p50_ms"):
        assert measured[key] > 0
