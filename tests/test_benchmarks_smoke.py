"""The benchmark suite must keep running (CI runs it tiny; no timing is asserted), and
its generated data must be what the services would have written."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from benchmarks import generate
from receptionist.domain import search as rules
from receptionist.domain.validation import clean_phone
from receptionist.domain.visit_code import parse_visit_code

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    ("data", "generated"),
    *(
        ("search", kind)
        for kind in (
            "cjk_1",
            "cjk_2",
            "cjk_3",
            "latin_prefix",
            "pinyin_initials",
            "phone_full",
            "phone_last4",
            "company_substring",
            "visit_code",
        )
    ),
    ("desk", "check_in"),
    ("desk", "check_out"),
    ("board", "on_site_board"),
    ("board", "board_refresh"),
    ("log", "first_page"),
    ("log", "next_page"),
    ("log", "next_page_on_screen"),
    ("kiosk", "walk_in_check_in"),
    ("desk", "expected_today_poll"),
    ("desk", "today_poll"),
    ("desk", "notifications_poll"),
    *(
        ("print", name + path)
        for name in ("slip_label62", "slip_receipt80", "slip_a6", "card_a6", "card_a5")
        for path in ("", "_printer")
    ),
    ("integrity", "open_checks"),
    ("integrity", "full_check"),
    ("start", "cold_start"),
    ("start", "peak_memory"),
    ("summary", "all"),
}
TIMINGS = ("p50_ms", "p99_ms", "max_ms", "floor_p50_ms", "floor_p99_ms", "floor_max_ms")


def test_the_suite_runs_and_prints_every_measurement(tmp_path):
    db = tmp_path / "bench.sqlite3"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--json",
            "--quick",
            "--customers",
            "1500",
            "--visits",
            "6000",
            "--db",
            str(db),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert {(line["bench"], line["name"]) for line in lines} == EXPECTED
    for line in lines:
        if "p50_ms" in line:
            for key in TIMINGS:
                assert isinstance(line[key], float | int) and line[key] >= 0, (line, key)
            assert isinstance(line["meets"], bool) and line["target"]
            assert line["n"] >= 1
    memory = next(line for line in lines if line["name"] == "peak_memory")
    assert memory["value_mb"] > 0 and memory["floor_mb"] > 0
    log = next(line for line in lines if line["name"] == "next_page")
    assert log["rows_per_scroll"] == [100]  # one page per scroll to the bottom
    assert not db.exists()  # generated here, --keep not given


def _digest(path: Path) -> str:
    con = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in (
        "customer",
        "visit",
        "search_term",
        "company_term",
        "visit_code_counter",
        "staff",
    ):
        for row in con.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    con.close()
    return digest.hexdigest()


def test_generated_data_is_reproducible_and_consistent(tmp_path):
    path = tmp_path / "a.sqlite3"
    made = generate.generate(path, customers=400, visits=2000, seed=5, quiet=True)
    assert (made["customers"], made["visits"]) == (400, 2000)
    assert generate.generated_meta(path)["seed"] == 5
    generate.generate(tmp_path / "b.sqlite3", customers=400, visits=2000, seed=5, quiet=True)
    assert _digest(path) == _digest(tmp_path / "b.sqlite3")
    generate.generate(tmp_path / "c.sqlite3", customers=400, visits=2000, seed=6, quiet=True)
    assert _digest(path) != _digest(tmp_path / "c.sqlite3")

    con = sqlite3.connect(path)
    # Customers: search terms and phone forms as the services write them.
    for cid, name, company, phone, search, last4 in con.execute(
        "SELECT id, name, company, phone, phone_search, phone_last4 FROM customer"
    ):
        terms = {
            t for (t,) in con.execute("SELECT term FROM search_term WHERE customer_id=?", (cid,))
        }
        assert terms == rules.name_terms(name)
        if company:
            stored = {
                t
                for (t,) in con.execute(
                    "SELECT term FROM company_term WHERE company = ?", (company,)
                )
            }
            assert stored == rules.text_terms(company)
        if phone:
            value = clean_phone(phone)
            assert (value.e164, value.search, value.last4) == (phone, search, last4)
    # Visit counts and last visits agree with the visits.
    assert con.execute(
        "SELECT count(*) FROM customer c WHERE visit_count != (SELECT count(*) FROM visit v "
        "WHERE v.customer_id = c.id) OR coalesce(last_visit_at, '') != coalesce((SELECT "
        "max(check_in_at) FROM visit v WHERE v.customer_id = c.id), '')"
    ).fetchone() == (0,)
    # Codes parse, are unique, and the counter holds the last sequence of each month-day.
    codes = [c for (c,) in con.execute("SELECT code FROM visit")]
    assert all(parse_visit_code(c) == c for c in codes) and len(set(codes)) == len(codes)
    last = {}
    for code in codes:
        day, seq = code[2:6], int(code[7:])
        last[day] = max(last.get(day, 0), seq)
    assert dict(con.execute("SELECT day, last FROM visit_code_counter")) == last
    # Nobody is on site; every visit is over, with the category snapshot filled in.
    assert con.execute("SELECT count(*) FROM visit WHERE status = 'on_site'").fetchone() == (0,)
    assert con.execute(
        "SELECT count(*) FROM visit WHERE category NOT IN ('prospect', "
        "'existing', 'vip', 'problem')"
    ).fetchone() == (0,)
    con.close()
