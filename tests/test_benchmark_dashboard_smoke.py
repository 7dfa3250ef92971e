"""The dashboard benchmark keeps running on both backends at a tiny scale (no timing is
asserted): generated visits with feedback, the first refresh of the summaries, two tier
recomputes, every measured case beside its floor, and the summaries agreeing with the
visits they sum."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "year",
    "year_purpose",
    "year_host",
    "year_department",
    "year_tier",
    "history",
    "summary_floor_year",
    "summary_floor_history",
}


def _python(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_generate_then_measure_the_dashboard(backend, tmp_path, request):
    if backend == "postgresql":
        name = postgres.worker_name(request, "_dash_bench")
        postgres.drop_database(name)
        where = postgres.url_for(name)
    else:
        where = str(tmp_path / "dash.sqlite3")
    try:
        made = _python(
            "benchmarks.generate",
            "--db",
            where,
            "--customers",
            "300",
            "--visits",
            "1500",
            "--purchases",
            "2000",
            "--feedback",
            "0.3",
        )
        generated = json.loads(made.splitlines()[-1])["generated"]
        assert generated["visits"] == 1500 and generated["feedback"] > 300
        lines = [
            json.loads(line)
            for line in _python(
                "benchmarks.measure_dashboard", "--db", where, "--rounds", "1", "--json"
            ).splitlines()
        ]
        sums = _python("benchmarks.measure_dashboard", "--db", where, "--check-summaries", "--json")
        tier_only = [
            json.loads(line)
            for line in _python(
                "benchmarks.measure_dashboard",
                *("--db", where, "--rounds", "1", "--only", "year_tier", "--json"),
            ).splitlines()
        ]
    finally:
        if backend == "postgresql":
            postgres.drop_database(name)
    size = next(line for line in lines if line["name"] == "size")
    assert (size["visit"], size["feedback"]) == (1500, generated["feedback"])
    refresh = next(line for line in lines if line["name"] == "first_refresh")
    assert refresh["days"] > 1000 and refresh["customers"] == 300
    assert [line["period"] for line in lines if line["name"] == "tiers_recompute"] == [
        "2025",
        "2026",
    ]
    measured = {line["name"]: line for line in lines if line["bench"] == "dashboard"}
    assert set(measured) == CASES
    assert all(line["floor_p50_ms"] > 0 for line in measured.values())
    assert json.loads(sums.splitlines()[-1])["agree"] is True
    picked = [line for line in tier_only if line["bench"] == "dashboard"]
    assert [line["name"] for line in picked] == ["year_tier"]  # --only: that line alone
    assert picked[0]["floor_p50_ms"] > 0
