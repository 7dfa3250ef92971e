"""The audit trail window's pages at 100,000 entries (one-off measurement for
docs/performance.md): appends 100 k entries to a new database, then times pages of 100
as the window asks for them (first page, a deep keyset page, filters).

    .venv/bin/python scripts/bench_audit_trail.py [DATABASE]   # default: a temp SQLite file
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from demo_site import site_admin

from receptionist.services import audit
from receptionist.services.database import close_database, open_database
from receptionist.store import audit as trail

ENTRIES = 100_000
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def timed(label: str, query: Callable[[], list], repeat: int = 20) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        query()
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{label}: median {times[len(times) // 2] * 1000:.2f} ms")


def main() -> int:
    where = sys.argv[1] if len(sys.argv) > 1 else str(Path(tempfile.mkdtemp()) / "b.sqlite3")
    open_database(where)
    start = time.perf_counter()
    trail.append_many(
        (
            T0 + timedelta(seconds=i * 30),
            None,
            "visit.check_in" if i % 3 else "customer.edit",
            "visit",
            i,
            {"n": i},
        )
        for i in range(ENTRIES)
    )
    print(f"append {ENTRIES:,}: {time.perf_counter() - start:.1f} s")
    who = site_admin().id
    everything = audit.trail_filter(who)
    timed("floor: a page of 1", lambda: audit.audit_page(who, everything, 1))
    timed("first page, no filter", lambda: audit.audit_page(who, everything, 100))
    after = None
    for _ in range(500):
        after = audit.page_after(audit.audit_page(who, everything, 100, after)[-1])
    timed("page 501 (keyset)", lambda: audit.audit_page(who, everything, 100, after))
    one_action = audit.trail_filter(who, action="customer.edit")
    timed("first page, one action", lambda: audit.audit_page(who, one_action, 100))
    six_days = audit.trail_filter(who, date(2026, 1, 20), date(2026, 1, 25))
    timed("first page, six days", lambda: audit.audit_page(who, six_days, 100))
    one_record = audit.trail_filter(who, record_type="visit", record_id=77_777)
    timed("one record", lambda: audit.audit_page(who, one_record, 100))
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
