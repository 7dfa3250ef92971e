"""Two desks and a kiosk writing to one SQLite file at once (WAL + busy timeout).

A write transaction must take the write lock when it begins: a deferred ``BEGIN`` that
reads first (customer, on-site check) and writes later fails at once with "database is
locked" when another process is writing, whatever the busy timeout.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from receptionist.services import staff, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.connection import close_database, open_database

WORKER = textwrap.dedent("""
    import sys
    from receptionist.services import staff, visits
    from receptionist.store.connection import open_database

    path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    open_database(path)
    actor = staff.find_by_name("Front desk")
    failures = 0
    for i in range(count):
        try:
            visit = visits.check_in_walk_in(actor.id, name=f"{tag} {i}", purpose="sales")
            visits.check_out(actor.id, visit.code)
        except Exception as exc:  # report every failure, do not stop
            failures += 1
            print(type(exc).__name__, exc, file=sys.stderr)
    print(failures)
""")


def test_concurrent_check_ins_all_succeed_with_unique_codes(tmp_path):
    path = tmp_path / "shared.sqlite3"
    open_database(path)
    staff.add_staff(None, "Front desk", "", "receptionist")
    close_database()

    per_worker, tags = 40, ("desk-a", "desk-b", "kiosk")
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), tag, str(per_worker)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in tags
    ]
    results = [w.communicate(timeout=300) for w in workers]
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "0", err

    open_database(path)
    try:
        log, after = [], None
        while page := visit_log.visit_log_page(LogFilter(), limit=50, after=after):
            log.extend(page)
            after = (page[-1].check_in_at, page[-1].id)
        assert len(log) == per_worker * len(tags)
        assert len({v.code for v in log}) == len(log)
        assert visits.on_site_board() == []
    finally:
        close_database()
