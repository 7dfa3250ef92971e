"""Issue 5 at scale: a kiosk walk-in check-in (new visitor, with its host notification),
and what the desk polls every two seconds — visitors expected today, unseen notifications
and (issue 9) the day at a glance — with a day's worth of planned visits and kiosk arrivals.

Floors are the bare SQL of the same work on a bare connection (``bare.py``; the arrival's
inserts committed, then deleted again). Everything it
writes is what a kiosk and a desk would write, and stays, as at a real site: the new
visitors (checked out again), the plans (cancelled), the notifications (marked seen).
"""

from __future__ import annotations

from datetime import timedelta

from receptionist.services import clock, kiosk, notifications, planning
from receptionist.services.today import today_at_desk

from .bare import Bare
from .common import DESK_ACTOR, measurement, timed

# Floors: the kiosk's three inserts, committed; the polls' bare queries. The ratios allow
# for what the floor leaves out (search terms, audit, consent; views for 200 rows).
CHECK_IN_TARGET = {"p99_ms": 50.0, "ratio_p50": 40.0}
# The desk polls these every two seconds, like the on-site board: the same target.
EXPECTED_TARGET = {"p99_ms": 30.0, "ratio_p50": 15.0}
POLL_TARGET = {"p99_ms": 10.0, "ratio_p50": 20.0}
_EXPECTED_SQL = (
    "SELECT v.*, c.id, c.name, c.phone, c.company, h.id, h.name FROM visit v "
    "JOIN customer c ON v.customer_id = c.id LEFT JOIN staff h ON v.host_id = h.id "
    "WHERE v.status = 'planned' AND v.expected_at >= ? AND v.expected_at < ? "
    "ORDER BY v.expected_at, v.id"
)
_UNSEEN_SQL = (
    "SELECT n.*, v.id, v.code, v.category, v.purpose, c.id, c.name, h.id, h.name "
    "FROM notification n JOIN visit v ON n.visit_id = v.id "
    "JOIN customer c ON v.customer_id = c.id LEFT JOIN staff h ON n.host_id = h.id "
    "WHERE n.seen_at IS NULL ORDER BY n.id DESC LIMIT 50"
)
_TODAY_SQL = (
    "SELECT count(*) FROM visit WHERE check_in_at >= ? AND check_in_at < ?",
    "SELECT count(*) FROM visit WHERE status = 'on_site'",
    "SELECT v.*, c.id, c.name, c.phone, c.company, h.id, h.name FROM visit v "
    "JOIN customer c ON v.customer_id = c.id LEFT JOIN staff h ON v.host_id = h.id "
    "WHERE v.check_in_at >= ? AND v.check_in_at < ? ORDER BY v.check_in_at DESC, v.id DESC "
    "LIMIT 5",
)


def _floor_arrival(con: Bare) -> tuple[str, str, str]:
    """The kiosk's three inserts as bare SQL. SQLite takes the new row's id in the next
    statement (``last_insert_rowid()``); PostgreSQL returns it (``RETURNING id``) and the
    next statement is given it: the same number of statements."""
    now, yes, no = con.now, "true" if con.postgresql else "1", "false" if con.postgresql else "0"
    new_id, returning = ("?", " RETURNING id") if con.postgresql else ("last_insert_rowid()", "")
    return (
        f"INSERT INTO customer (name, phone, phone_search, phone_last4, email, company, title, "
        f"kind, category, source, preferences, notes, consent, customer_ref, visit_count, "
        f"created_at, updated_at) VALUES (?, ?, ?, '0000', '', '', '', 'consumer', 'prospect', "
        f"'', '', '', {yes}, '', 1, {now}, {now}){returning}",
        f"INSERT INTO visit (code, customer_id, purpose, flow, category, party_size, room, note, "
        f"status, station, check_in_at, playbook_done) VALUES (?, "
        f"{new_id}, 'sales', 'initial', 'prospect', 1, '', '', 'on_site', 'kiosk', "
        f"{now}, ''){returning}",
        f"INSERT INTO notification (visit_id, host_id, urgent, created_at) "
        f"VALUES ({new_id}, NULL, {no}, {now})",
    )


def _plan_today(count: int, first_customer: int) -> list[int]:
    """``count`` planned visits spread over the rest of today (the desk's expected list)."""
    now = clock.now()
    end = clock.local_day_start(clock.local(now).date() + timedelta(days=1))
    step = (end - now) / (count + 1)
    return [
        planning.plan_visit(
            1,
            customer_id=first_customer + index,
            purpose="sales",
            expected_at=now + step * (index + 1),
        ).id
        for index in range(count)
    ]


def run(where: str, report, check_ins: int = 1000, planned: int = 200, polls: int = 200) -> None:
    con = Bare(where)

    codes: list[str] = []

    def walk_in(index: int) -> None:
        codes.append(
            kiosk.check_in_walk_in(
                name=f"Kiosk Visitor {index}",
                phone=f"+8616690{index:06d}",
                purpose="sales",
                host_id=None,
                consent=True,
            ).checkout_code  # the slip's long code: the one the kiosk takes
        )

    ours = timed(walk_in, range(check_ins))

    arrival = _floor_arrival(con)

    def floor_arrival(index: int) -> None:
        phone = f"+8619990{index:06d}"
        con.begin()
        con.one("SELECT id FROM customer WHERE phone = ?", (phone,))
        made = con.execute(arrival[0], (f"Floor {index}", phone, phone[3:]))
        ids = made.fetchone() if con.postgresql else ()
        made = con.execute(arrival[1], (f"F-{index:07d}", *ids))
        ids = made.fetchone() if con.postgresql else ()
        con.execute(arrival[2], ids)
        con.commit()  # committed, as the kiosk's check-in is

    floor = timed(floor_arrival, range(check_ins))
    con.begin()  # the floor's rows go again
    con.execute(
        "DELETE FROM notification WHERE visit_id IN (SELECT id FROM visit WHERE code LIKE 'F-%')"
    )
    con.execute("DELETE FROM visit WHERE code LIKE 'F-%'")
    con.execute("DELETE FROM customer WHERE name LIKE 'Floor %' AND phone LIKE '+86199%'")
    con.commit()
    report(measurement("kiosk", "walk_in_check_in", ours, floor, CHECK_IN_TARGET))

    planned_ids = _plan_today(planned, first_customer=1)
    day = clock.local(clock.now()).date()
    since = con.stamp(clock.local_day_start(day))
    until = con.stamp(clock.local_day_start(day + timedelta(days=1)))
    ours = timed(lambda _i: planning.expected_on(DESK_ACTOR), range(polls))
    floor = timed(lambda _i: con.all(_EXPECTED_SQL, (since, until)), range(polls))
    report(
        measurement("desk", "expected_today_poll", ours, floor, EXPECTED_TARGET, planned=planned)
    )

    # The middle column with no visitor chosen (issue 9) polls its numbers with the desk:
    # floor, the same three reads as bare SQL (counts, the expected list, the last five).
    desk = DESK_ACTOR
    ours = timed(lambda _i: today_at_desk(desk), range(polls))

    def floor_today(_index: int) -> None:
        con.one(_TODAY_SQL[0], (since, until))
        con.one(_TODAY_SQL[1])
        con.all(_EXPECTED_SQL, (since, until))
        con.all(_TODAY_SQL[2], (since, until))

    floor = timed(floor_today, range(polls))
    report(measurement("desk", "today_poll", ours, floor, EXPECTED_TARGET, planned=planned))

    ours = timed(lambda _i: notifications.unseen_notifications(desk), range(polls))
    floor = timed(lambda _i: con.all(_UNSEEN_SQL), range(polls))
    report(
        measurement(
            "desk", "notifications_poll", ours, floor, POLL_TARGET, unseen=min(50, check_ins)
        )
    )

    for code in codes:  # nobody left on site or expected by this run
        kiosk.check_out(code)
    for visit_id in planned_ids:
        planning.cancel_planned(1, visit_id)
    notifications.mark_seen(1)
    con.close()
