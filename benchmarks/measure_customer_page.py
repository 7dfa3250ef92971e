"""The customer page of a customer with a long history (issue 12): 5,000 visits, each
with feedback, and 1,000 purchases, added to the generated database (once; a reused
database keeps them). Measured through the services the page calls when it opens: the
timeline's first page (six sources merged, ``services.timeline``), a page further down,
and the purchases' first page (``services.purchases.list_purchases``); floor: one bare
SQL query for the newest 50 visits of that customer, through the same index, measured
in the same run. Target: the page opens in <= 100 ms (docs/performance.md), so its data
must leave the widgets most of that.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from receptionist.services import customers, purchases, timeline

from .bare import Bare
from .common import DESK_ACTOR, measurement, timed

NAME = "Benchmark Busy Customer"
VISITS = 5000
PURCHASE_EVERY = 5  # one purchase per five visits
# Of the page's 100 ms, the timeline's first page may take half and the purchases' a fifth
# (the widgets need the rest). The floor reads one source of six and converts nothing, so
# the ratios are large by design; they catch a page that starts reading whole histories.
TARGET_TIMELINE = {"p99_ms": 50.0, "ratio_p50": 400.0}
TARGET_PURCHASES = {"p99_ms": 20.0, "ratio_p50": 40.0}
# The whole page on screen (profile, header, details form, timeline and purchases tabs,
# shown and painted) as a manager opens it, beside the same kinds of widgets built and
# painted empty (no service call, ~3 ms): 100 ms is the budget, and ×30 the floor is the
# same budget as a ratio (a page that starts reading whole histories breaks both).
TARGET_PAGE = {"p99_ms": 100.0, "ratio_p50": 30.0}


def busy_customer(where: str, visits: int = VISITS) -> int:
    """The id of the customer with ``visits`` visits (feedback on each) and a purchase
    per five visits, made now unless an earlier run made them."""
    con = Bare(where)
    try:
        found = con.one("SELECT id FROM customer WHERE name = ?", (NAME,))
        if found:
            return found[0]
        person = customers.register_customer(DESK_ACTOR, name=NAME, category="existing")
        start = datetime.now(UTC) - timedelta(hours=6 * visits + 24)
        con.begin()
        for n in range(visits):
            at = start + timedelta(hours=6 * n)
            code = f"BUSY-{n:05d}"
            con.execute(
                "INSERT INTO visit (code, customer_id, purpose, flow, category, party_size, "
                "room, note, status, station, check_in_at, check_out_at, playbook_done) "
                "VALUES (?, ?, 'sales', 'follow_up', 'existing', 1, '', '', 'done', 'desk', "
                "?, ?, '')",
                (code, person.id, con.stamp(at), con.stamp(at + timedelta(minutes=40))),
            )
            con.execute(
                "INSERT INTO feedback (visit_id, overall, comment, source, entered_at) "
                "SELECT id, 4, 'Good service', 'card', ? FROM visit WHERE code = ?",
                (con.stamp(at + timedelta(minutes=45)), code),
            )
            if n % PURCHASE_EVERY == 0:
                con.execute(
                    "INSERT INTO purchase (customer_id, purchased_on, amount_cents, note, "
                    "reference, source, created_at) VALUES (?, ?, ?, '', '', 'import', ?)",
                    (person.id, at.date(), 12_800 + n, con.stamp(at)),
                )
        con.commit()
        return person.id
    finally:
        con.close()


def _reports_actor(con: Bare) -> int:
    """A staff member who sees amounts (the site's admin, or a manager)."""
    row = con.one(
        "SELECT id FROM staff WHERE role IN ('admin', 'manager') AND active ORDER BY id LIMIT 1"
    )
    if row is None:
        raise SystemExit("no admin or manager to see purchases")
    return row[0]


def run_page(where: str, report, app, runs: int = 30) -> None:
    """The customer page as a manager opens it on screen, beside its empty widgets."""
    from PySide6.QtWidgets import (
        QLineEdit,
        QTableView,
        QTabWidget,
        QTextEdit,
        QVBoxLayout,
        QWidget,
    )

    from receptionist.services import settings
    from receptionist.services.staff import require_actor
    from receptionist.ui.common.context import DeskContext
    from receptionist.ui.customer.page import CustomerPage

    customer_id = busy_customer(where)
    con = Bare(where, read_only=True)
    manager = _reports_actor(con)
    con.close()
    ctx = DeskContext(actor=require_actor(manager), site=settings.site_settings(), language="zh_CN")

    def page(_n: int) -> None:
        window = CustomerPage(ctx, customer_id)
        window.resize(1000, 720)
        window.show()
        app.processEvents()
        window.close()  # deleted on close, as the desk's pages are
        app.processEvents()

    def empty(_n: int) -> None:  # the same kinds of widgets, no data
        window = QWidget()
        tabs = QTabWidget(window)
        form = QWidget()
        column = QVBoxLayout(form)
        for _ in range(12):
            column.addWidget(QLineEdit())
        column.addWidget(QTextEdit())
        tabs.addTab(form, "a")
        tabs.addTab(QTableView(), "b")
        tabs.addTab(QTableView(), "c")
        QVBoxLayout(window).addWidget(tabs)
        window.resize(1000, 720)
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()

    for warm in (page, empty):
        timed(warm, range(3))
    floor = timed(empty, range(runs))
    ours = timed(page, range(runs))
    report(measurement("customer", "page_on_screen", ours, floor, TARGET_PAGE, visits=VISITS))


def run(where: str, report, runs: int = 200) -> None:
    customer_id = busy_customer(where)
    con = Bare(where, read_only=True)
    manager = _reports_actor(con)
    middle = timeline.timeline(DESK_ACTOR, customer_id, limit=2500).next
    assert middle is not None

    def first_page(_n: int) -> None:
        timeline.timeline(DESK_ACTOR, customer_id)

    def later_page(_n: int) -> None:
        timeline.timeline(DESK_ACTOR, customer_id, before=middle)

    def purchase_page(_n: int) -> None:
        purchases.list_purchases(manager, customer_id)

    def floor(_n: int) -> None:
        con.all(
            "SELECT id, check_in_at, purpose, flow, host_id, check_out_at FROM visit "
            "WHERE customer_id = ? ORDER BY check_in_at DESC, id DESC LIMIT 50",
            (customer_id,),
        )

    loops = range(runs)
    for warm in (first_page, purchase_page, floor):
        timed(warm, range(min(runs, 20)))
    bare = timed(floor, loops)
    extra = {"visits": VISITS, "purchases": VISITS // PURCHASE_EVERY}
    report(
        measurement(
            "customer", "timeline_first_page", timed(first_page, loops), bare, TARGET_TIMELINE,
            **extra,
        )
    )  # fmt: skip
    report(
        measurement(
            "customer", "timeline_later_page", timed(later_page, loops), bare, TARGET_TIMELINE,
            **extra,
        )
    )  # fmt: skip
    report(
        measurement(
            "customer", "purchases_first_page", timed(purchase_page, loops), bare,
            TARGET_PURCHASES, **extra,
        )
    )  # fmt: skip
    con.close()
