"""Several desks and kiosks writing to one database at once: real processes, on SQLite
(one file, WAL + busy timeout) and on PostgreSQL (one server, READ COMMITTED).

SQLite: a write transaction must take the write lock when it begins: a deferred ``BEGIN``
that reads first (customer, on-site check) and writes later fails at once with "database
is locked" when another process is writing, whatever the busy timeout.

PostgreSQL: two stations' transactions run side by side, so every check a write depends
on is made race-free by a row lock or the WHERE clause of the write itself. The races
below start together: each process gets ready (database open, connection warm), says so,
and waits for the word from the test, which gives it once all of them are waiting.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from receptionist.domain.enums import VisitStatus
from receptionist.services import clock, customers, planning, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import AuditEntry, Customer, Visit
from tests import staffing

WORKER = textwrap.dedent("""
    import sys
    from receptionist.services import visits
    from receptionist.store import staff as staff_store
    from receptionist.store.connection import open_database

    where, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    open_database(where)
    actor = staff_store.by_name("Front desk")  # the test staffed it: no actor to ask
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

# One station's single action, started on the test's word: prints what happened as JSON
# ({"done": visit code or customer id} or {"refused": code, "fields": [...]}).
RACER = textwrap.dedent("""
    import json, sys
    from receptionist.domain.errors import DeskError
    from receptionist.services import claims, customers, kiosk, planning, visits
    from receptionist.store import staff as staff_store
    from receptionist.store.connection import open_database

    where, action, arg = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    open_database(where)
    actor = staff_store.by_name("Front desk")  # the test staffed it: no actor to ask
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        if action == "check_in":
            done = visits.check_in(actor.id, customer_id=arg, purpose="sales").code
        elif action == "walk_in":
            done = visits.check_in_walk_in(actor.id, purpose="sales", **arg).code
        elif action == "kiosk_walk_in":
            done = kiosk.check_in_walk_in(
                purpose="sales", host_id=None, consent=True, **arg
            ).code
        elif action == "expected":
            done = planning.check_in_expected(actor.id, arg).code
        elif action == "kiosk_invited":
            done = kiosk.check_in_invited(arg, consent=True).code
        elif action == "check_out":
            done = visits.check_out(actor.id, arg).code
        elif action == "confirm_claim":
            done = claims.confirm_claim(actor.id, arg).code
        elif action == "reject_claim":
            done = claims.reject_claim(actor.id, arg).code
        elif action == "edit":
            customer_id, version, fields = arg
            done = customers.update_customer(actor.id, customer_id, version, **fields).id
        result = {"done": done}
    except DeskError as err:
        result = {"refused": err.code, "fields": list(err.params.get("fields", ()))}
    print(json.dumps(result), flush=True)
""")


def _setup(where: str):
    """Open the shared database, add the receptionist, hand the test the open database."""
    open_database(where)
    return staffing.add("Front desk", "", "receptionist")


def race(where: str, *stations: tuple[str, object]) -> list[dict]:
    """Run each ``(action, argument)`` in a process of its own, all starting together;
    what each was told, in the order given. The test's own connection is closed first."""
    close_database()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, where, action, json.dumps(arg)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for action, arg in stations
    ]
    try:
        for proc in procs:
            line = proc.stdout.readline()
            assert line == "ready\n", proc.stderr.read()
        for proc in procs:  # the word, to all of them at once
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append(json.loads(out))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    open_database(where)
    return results


def done(results: list[dict]) -> list:
    return [r["done"] for r in results if "done" in r]


def refusals(results: list[dict]) -> list[str]:
    return [r["refused"] for r in results if "refused" in r]


def checked_in(customer_id: int) -> int:
    return (
        AuditEntry.select()
        .join(Visit, on=(AuditEntry.record_id == Visit.id))
        .where((AuditEntry.action == "visit.check_in") & (Visit.customer == customer_id))
        .count()
    )


def test_concurrent_check_ins_all_succeed_with_unique_codes(db_url):
    _setup(db_url)
    close_database()

    per_worker, tags = 50, ("desk-a", "desk-b", "kiosk-a", "kiosk-b")
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, tag, str(per_worker)],
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

    open_database(db_url)
    try:
        log, after = [], None
        while page := visit_log.visit_log_page(
            staffing.desk_id(), LogFilter(), limit=50, after=after
        ):
            log.extend(page)
            after = (page[-1].check_in_at, page[-1].id)
        assert len(log) == per_worker * len(tags)
        assert len({v.code for v in log}) == len(log)
        assert visits.on_site_board(staffing.desk_id()) == []
    finally:
        close_database()


def test_one_customer_checked_in_at_four_stations_at_once_gets_one_visit(db_url):
    actor = _setup(db_url)
    try:
        zhang = customers.register_customer(actor.id, name="张三", phone="13800138000")
        results = race(db_url, *[("check_in", zhang.id)] * 4)
        assert len(done(results)) == 1
        assert refusals(results) == ["already_on_site"] * 3
        assert [v.customer_id for v in visits.on_site_board(staffing.desk_id())] == [zhang.id]
        assert customers.get_customer(staffing.desk_id(), zhang.id).visit_count == 1
        assert checked_in(zhang.id) == 1
    finally:
        close_database()


def test_a_new_visitor_registered_at_two_stations_at_once_is_one_customer(db_url):
    _setup(db_url)
    try:
        results = race(
            db_url,
            ("walk_in", {"name": "王五", "phone": "13700137000"}),
            ("kiosk_walk_in", {"name": "王五", "phone": "137 0013 7000"}),
        )
        assert Customer.select().where(Customer.phone == "+8613700137000").count() == 1
        owner = Customer.get(Customer.phone == "+8613700137000")
        board = visits.on_site_board(staffing.desk_id())
        if "refused" in results[0]:  # the kiosk was first: the desk is told they are here
            assert results[0] == {"refused": "already_on_site", "fields": []}
            assert [v.customer_id for v in board] == [owner.id]
        else:  # the desk was first: the kiosk's arrival only claims that customer
            assert len(done(results)) == 2
            kiosk_visit = visits.visit_by_code(staffing.desk_id(), results[1]["done"])
            assert kiosk_visit.claimed_customer_id == owner.id
            assert kiosk_visit.customer_id != owner.id
            assert customers.get_customer(staffing.desk_id(), owner.id).visit_count == 1
    finally:
        close_database()


def _claimed_arrival(actor) -> tuple[int, int]:
    """王大伟 on file; "王五" arrives at the kiosk with his phone: (visit id, his id)."""
    from receptionist.services import kiosk

    wang = customers.register_customer(actor.id, name="王大伟", phone="13900139000", category="vip")
    receipt = kiosk.check_in_walk_in(
        name="王五", phone="13900139000", purpose="sales", host_id=None, consent=True
    )
    return visits.visit_by_code(actor.id, receipt.code).id, wang.id


def test_two_desks_confirming_one_claim_at_once_move_the_visit_once(db_url):
    actor = _setup(db_url)
    try:
        visit_id, wang_id = _claimed_arrival(actor)
        results = race(db_url, ("confirm_claim", visit_id), ("confirm_claim", visit_id))
        assert len(done(results)) == 1
        assert refusals(results) == ["claim_settled"]
        assert customers.get_customer(staffing.desk_id(), wang_id).visit_count == 1
        assert [v.customer_id for v in visits.on_site_board(staffing.desk_id())] == [wang_id]
        confirmed = AuditEntry.select().where(AuditEntry.action == "visit.claim_confirmed")
        assert confirmed.count() == 1
    finally:
        close_database()


def test_one_desk_confirming_while_another_rejects_settles_the_claim_once(db_url):
    actor = _setup(db_url)
    try:
        visit_id, wang_id = _claimed_arrival(actor)
        results = race(db_url, ("confirm_claim", visit_id), ("reject_claim", visit_id))
        assert len(done(results)) == 1
        assert refusals(results) == ["claim_settled"]
        [visit] = visits.on_site_board(staffing.desk_id())
        assert visit.claimed_customer_id is None
        confirmed = "done" in results[0]
        assert (visit.customer_id == wang_id) is confirmed
        assert customers.get_customer(staffing.desk_id(), wang_id).visit_count == (
            1 if confirmed else 0
        )
    finally:
        close_database()


def test_a_planned_visit_arriving_at_two_stations_at_once_arrives_once(db_url):
    actor = _setup(db_url)
    try:
        zhang = customers.register_customer(actor.id, name="张三", phone="13800138000")
        planned = planning.plan_visit(
            actor.id, customer_id=zhang.id, purpose="sales", expected_at=clock.now()
        )
        results = race(db_url, ("expected", planned.id), ("kiosk_invited", planned.invite_code))
        assert len(done(results)) == 1
        assert refusals(results) == ["invite_used"]
        arrived = planning.invitation(staffing.desk_id(), planned.invite_code)
        assert arrived.status is VisitStatus.ON_SITE and arrived.code == done(results)[0]
        assert customers.get_customer(staffing.desk_id(), zhang.id).visit_count == 1
        assert checked_in(zhang.id) == 1
    finally:
        close_database()


def test_a_visit_checked_out_at_two_stations_at_once_is_checked_out_once(db_url):
    actor = _setup(db_url)
    try:
        zhang = customers.register_customer(actor.id, name="张三", phone="13800138000")
        visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
        results = race(db_url, ("check_out", visit.code), ("check_out", visit.code))
        assert done(results) == [visit.code]
        assert refusals(results) == ["already_checked_out"]
        assert AuditEntry.select().where(AuditEntry.action == "visit.check_out").count() == 1
    finally:
        close_database()


def test_two_edits_of_one_customer_at_once_the_later_is_told_which_fields(db_url):
    actor = _setup(db_url)
    try:
        zhang = customers.register_customer(actor.id, name="张三", phone="13800138000")
        read = (zhang.id, zhang.row_version)
        results = race(
            db_url,
            ("edit", [*read, {"name": "张叁", "email": "a@example.com"}]),
            ("edit", [*read, {"name": "张三丰", "title": "经理"}]),
        )
        assert len(done(results)) == 1
        assert [r for r in results if "refused" in r] == [
            {"refused": "customer_changed", "fields": ["name"]}
        ]
        saved = customers.get_customer(staffing.desk_id(), zhang.id)
        winner = results.index({"done": zhang.id})
        assert saved.name == ("张叁", "张三丰")[winner] and saved.row_version == 2
    finally:
        close_database()


def test_two_edits_of_different_fields_at_once_are_both_kept(db_url):
    actor = _setup(db_url)
    try:
        zhang = customers.register_customer(actor.id, name="张三", phone="13800138000")
        read = (zhang.id, zhang.row_version)
        results = race(
            db_url,
            ("edit", [*read, {"email": "a@example.com"}]),
            ("edit", [*read, {"title": "经理"}]),
        )
        assert done(results) == [zhang.id, zhang.id]
        saved = customers.get_customer(staffing.desk_id(), zhang.id)
        assert (saved.email, saved.title, saved.row_version) == ("a@example.com", "经理", 3)
    finally:
        close_database()
