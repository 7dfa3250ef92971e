"""The customer page's timeline tab on its own: every kind shown with its label and
details, newest first, the next page fetched when the list is scrolled to its end, and
purchase amounts only for those who see reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from receptionist.services import clock, customers, feedback, purchases, visits
from receptionist.ui.common.context import DeskContext
from receptionist.ui.customer.timeline_model import COL_DETAILS, COL_KIND, TimelineModel
from receptionist.ui.customer.timeline_view import TimelineView
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")
START = datetime(2024, 11, 1, 2, tzinfo=UTC)


@pytest.fixture
def manager(db):
    return staffing.add("Mona Manager", "Sales", "manager")


@pytest.fixture
def busy(db, actor, manager, host):
    """A customer with 60 visits (the last with feedback) and a purchase."""
    now = [START]
    clock.set_clock(lambda: now[0])
    person = customers.register_customer(actor.id, name="Emily Chen", phone="13900139000")
    for n in range(60):
        now[0] = START + timedelta(hours=n)
        visit = visits.check_in(actor.id, customer_id=person.id, purpose="sales", host_id=host.id)
        now[0] += timedelta(minutes=30)
        visits.check_out(actor.id, visit.code)
    feedback.record_feedback(actor.id, visit.code, overall=5, comment="Lovely tea\nthanks")
    purchases.record_purchase(manager.id, person.id, date(2024, 11, 2), "1280.50")
    yield person
    clock.set_clock(None)


def texts(view: TimelineView, column: int) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_first_page_then_the_next_when_scrolled_to_the_end(qtbot, ctx, busy):
    view = TimelineView(ctx)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.show_customer(busy.id)
    assert view.model.rowCount() == 50
    kinds = texts(view, COL_KIND)
    assert kinds[:2] == ["Feedback", "Visit"]
    assert texts(view, COL_DETAILS)[0] == "★★★★★  Lovely tea"
    assert "Sales · Follow-up · host 李经理 · checked out " in texts(view, COL_DETAILS)[1]
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 60 + 1 + 1 + 1)
    assert texts(view, COL_KIND)[-1] == "Category"  # registered, the oldest
    assert not view.empty_label.isVisibleTo(view)


def test_amounts_only_for_those_who_see_reports(qtbot, ctx, manager, busy):
    desk_view = TimelineView(ctx)  # the receptionist
    qtbot.addWidget(desk_view)
    desk_view.show_customer(busy.id)
    desk_view.model.fetchMore()
    [desk_row] = [r for r, k in enumerate(texts(desk_view, COL_KIND)) if k == "Purchase"]
    assert texts(desk_view, COL_DETAILS)[desk_row] == ""
    boss = TimelineView(DeskContext(actor=manager, site=ctx.site))
    qtbot.addWidget(boss)
    boss.show_customer(busy.id)
    boss.model.fetchMore()
    [row] = [r for r, k in enumerate(texts(boss, COL_KIND)) if k == "Purchase"]
    assert texts(boss, COL_DETAILS)[row] == "¥1,280.50"


def test_the_model_passes_qts_checks(qtmodeltester, ctx, busy):
    model = TimelineModel(ctx.actor.id)
    model.show_customer(busy.id, "CNY")
    qtmodeltester.check(model)
