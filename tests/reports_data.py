"""A small fixed dataset for the dashboard, with every figure computed by hand in
``tests/services/test_reports.py``: visits in March 2026 and March 2025, feedback,
complaints with their steps, purchases, two years of tier results and follow-ups.

Rows are written straight to the store (as a day at the desk leaves them), so that the
summaries are kept by the database's triggers, not by the services under test. Times are
local (the tests pin the zone to Asia/Shanghai: no daylight saving to shift an hour).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from receptionist.services import clock, customers
from receptionist.store.models import (
    Complaint,
    ComplaintStep,
    Feedback,
    FollowUp,
    Purchase,
    Station,
    TierResult,
    TierRun,
    Visit,
)
from tests import staffing

NOW = (date(2026, 3, 20), 12)  # Friday noon, local


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """``day`` at ``hour``:``minute`` local time, as an aware UTC time."""
    return clock.local_day_start(day) + timedelta(hours=hour, minutes=minute)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


@dataclass
class _Codes:
    n: int = 0

    def next(self) -> str:
        self.n += 1
        return f"V-T-{self.n:04d}"


def build() -> SimpleNamespace:
    """The dataset; returns its people, stations and visits by name."""
    desk = staffing.add("Desk Dora", "Reception", "receptionist")
    w = SimpleNamespace(desk=desk)
    w.manager = staffing.add("Mia Manager", "Sales", "manager")
    w.h1 = staffing.add("Hu Host", "Sales", "host")
    w.h2 = staffing.add("Ma Host", "Service", "host")
    made = clock.now()
    w.front = Station.create(name="Front", kind="desk", created_at=made)
    w.kiosk = Station.create(name="Kiosk A", kind="kiosk", created_at=made)
    people = {}
    for key, name, category in (
        ("c1", "Chen One", "prospect"),
        ("c2", "Chen Two", "prospect"),
        ("c3", "Chen Three", "existing"),
        ("c4", "Chen Four", "vip"),
        ("c5", "Chen Five", "prospect"),
    ):
        people[key] = customers.register_customer(desk.id, name=name, category=category).id
    w.__dict__.update(people)
    codes = _Codes()

    def visit(customer, when, purpose, category, host, station, status="done", flow="initial"):
        return Visit.create(
            code=codes.next(),
            customer=customer,
            purpose=purpose,
            flow=flow,
            category=category,
            host=host,
            receptionist=desk.id,
            status=status,
            station="kiosk" if station == w.kiosk.id else "desk",
            station_ref=station,
            check_in_at=when,
            check_out_at=when + timedelta(minutes=30) if status == "done" else None,
        ).id

    c1, c2, c3, c4, c5 = (people[k] for k in ("c1", "c2", "c3", "c4", "c5"))
    f, k = w.front.id, w.kiosk.id
    w.v1 = visit(c1, at(d(3, 2), 10), "sales", "prospect", w.h1.id, f)
    w.v2 = visit(c2, at(d(3, 2), 11), "sales", "prospect", w.h2.id, k)
    w.v3 = visit(c3, at(d(3, 10), 9), "after_sales", "existing", w.h2.id, f)
    w.v4 = visit(c4, at(d(3, 10), 15), "relationship", "vip", w.h1.id, f)
    w.v5 = visit(c1, at(d(3, 15), 10), "sales", "prospect", w.h1.id, f, flow="follow_up")
    w.v6 = visit(c3, at(d(3, 18), 10), "complaint", "existing", None, k, status="cancelled")
    w.v7 = visit(c2, at(d(3, 20), 9), "after_sales", "prospect", w.h2.id, f, status="on_site")
    w.v8 = Visit.create(
        code="INVITE-T1",
        customer=c3,
        purpose="sales",
        flow="follow_up",
        category="existing",
        status="planned",
        invite_code="INVITE-T1",
        expected_at=at(d(3, 25), 10),
    ).id
    w.lv1 = visit(c5, at(d(3, 5, 2025), 10), "sales", "prospect", w.h1.id, f)
    w.lv2 = visit(c3, at(d(3, 5, 2025), 11), "after_sales", "existing", w.h2.id, f)

    def feedback(visit_id, overall, recommend, comment="", **ratings):
        Feedback.create(
            visit=visit_id,
            overall=overall,
            recommend=recommend,
            comment=comment,
            source="card",
            entered_by=desk.id,
            entered_at=made,
            **ratings,
        )

    feedback(w.v1, 5, 10, "Great", attitude=5, professionalism=4, environment=5)
    feedback(w.v2, 2, 3, "Slow", attitude=2, professionalism=3, speed=1)
    feedback(w.v3, 3, 7)
    feedback(w.v4, 4, 9, "OK", attitude=4)
    feedback(w.lv1, 1, 0, "Bad")

    for customer, on, cents in (
        (c1, d(3, 12), 100_000),
        (c2, d(3, 5), -50_000),
        (c2, d(7, 1), 10_000),
        (c3, d(6, 1, 2025), 300_000),
    ):
        Purchase.create(
            customer=customer, purchased_on=on, amount_cents=cents, source="desk", created_at=made
        )

    _complaints(w, c1, c2, c3, c4)
    _tiers(w, c1, c2, c3, c4, c5)
    _follow_ups(w, c1, c2, c3)
    return w


def _complaints(w: SimpleNamespace, c1: int, c2: int, c3: int, c4: int) -> None:
    def complaint(customer, visit_id, handler, opened, status, step, resolve_by, **extra):
        return Complaint.create(
            customer=customer,
            visit=visit_id,
            subject="A complaint",
            severity="normal",
            channel="desk",
            handler=handler,
            status=status,
            step=step,
            opened_at=opened,
            acknowledge_by=opened + timedelta(hours=4),
            resolve_by=resolve_by,
            **extra,
        ).id

    def steps(complaint_id, *events):
        for when, step, resolved in events:
            ComplaintStep.create(
                complaint=complaint_id,
                step=step,
                action="done",
                note="",
                resolved=resolved,
                staff=w.manager.id if step == 5 else w.h1.id,
                at=when,
            )

    k1 = complaint(
        c3, w.v3, w.h2.id, at(d(3, 10), 10), "closed", 5, at(d(3, 20), 10),
        resolution="resolved", closed_at=at(d(3, 14), 10),
    )  # fmt: skip
    steps(
        k1,
        (at(d(3, 10), 12), 1, None),
        (at(d(3, 11), 10), 2, None),
        (at(d(3, 12), 10), 3, None),
        (at(d(3, 13), 10), 4, None),
        (at(d(3, 14), 10), 5, True),
    )
    k2 = complaint(c2, w.v2, w.h1.id, at(d(2, 20), 9), "open", 2, at(d(3, 15), 9))
    steps(k2, (at(d(2, 20), 11), 1, None), (at(d(3, 2), 11), 2, None))
    k3 = complaint(c4, None, w.h1.id, at(d(3, 16), 9), "open", 1, at(d(4, 1), 9))
    steps(k3, (at(d(3, 16), 10), 1, None))
    k4 = complaint(
        c1, w.v1, w.h1.id, at(d(3, 3), 9), "closed", 5, at(d(3, 30), 9),
        resolution="resolved", closed_at=at(d(3, 8), 9),
    )  # fmt: skip
    steps(
        k4,
        (at(d(3, 3), 10), 1, None),
        (at(d(3, 3), 11), 2, None),
        (at(d(3, 3), 12), 3, None),
        (at(d(3, 4), 9), 4, None),
        (at(d(3, 5), 9), 5, False),
        (at(d(3, 6), 9), 3, None),
        (at(d(3, 7), 9), 4, None),
        (at(d(3, 8), 9), 5, True),
    )


def _tiers(w: SimpleNamespace, c1: int, c2: int, c3: int, c4: int, c5: int) -> None:
    def run(period, year, current, results):
        row = TierRun.create(
            period=period,
            starts_on=date(year, 1, 1),
            ends_on=date(year, 12, 31),
            computed_at=clock.now(),
            customers=len(results),
            current=current,
        )
        for rank, (customer, tier) in enumerate(results, start=1):
            TierResult.create(
                run=row.id,
                customer=customer,
                revenue_cents=1000,
                purchases=1,
                last_purchase_on=date(year, 6, 1),
                rank=rank,
                tier=tier,
                stars=3,
            )
        return row.id

    run("2024", 2024, True, [(c4, "platinum"), (c3, "gold"), (c5, "iron"), (c1, "lead")])
    run("2025", 2025, False, [(c1, "platinum")])  # replaced by the recompute below
    w.run_2025 = run("2025", 2025, True, [(c3, "gold"), (c4, "gold"), (c1, "iron"), (c2, "lead")])


def _follow_ups(w: SimpleNamespace, c1: int, c2: int, c3: int) -> None:
    def task(customer, assignee, due, status, done_at=None):
        FollowUp.create(
            kind="call_back",
            customer=customer,
            assignee=assignee,
            due_on=due,
            status=status,
            created_at=at(d(2, 1), 9),
            done_at=done_at,
        )

    task(c1, w.h1.id, d(3, 4), "done", at(d(3, 5), 10))
    task(c1, w.h1.id, d(3, 10), "open")
    task(c2, w.h2.id, d(3, 25), "open")
    task(c2, w.h2.id, d(2, 9), "done", at(d(2, 10), 10))
    task(c3, None, d(3, 1), "open")
    task(c3, w.h2.id, d(3, 12), "skipped")
