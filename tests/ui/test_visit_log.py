"""The visit log: lazy keyset paging, filters, refresh; the model passes qtmodeltester."""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from receptionist.domain.enums import Category, Flow, Purpose
from receptionist.services import clock, customers, settings, visit_log, visits
from receptionist.store.connection import close_database, open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.badges import CATEGORY_ROLE
from receptionist.ui.common.context import DeskContext
from receptionist.ui.visit_log.model import (
    COL_CATEGORY,
    COL_CODE,
    COL_FLOW,
    COL_HOST,
    COL_PURPOSE,
    PAGE_SIZE,
    VisitLogModel,
)
from receptionist.ui.visit_log.window import VisitLogWindow
from tests import staffing

from .conftest import WAIT_MS

NOW = datetime(2024, 6, 30, 10, 0, tzinfo=UTC)
SPACING = timedelta(hours=3)  # 350 visits span about 44 days
CATEGORIES = (Category.PROSPECT, Category.EXISTING, Category.VIP, Category.PROBLEM)
PURPOSES = tuple(Purpose)
FLOWS = tuple(Flow)


@dataclass(frozen=True)
class Made:
    code: str
    at: datetime
    purpose: Purpose
    flow: Flow
    category: Category
    host_id: int | None


def make_visits(actor_id: int, count: int) -> list[Made]:
    """``count`` visits through the services, newest at NOW, one every SPACING."""
    hosts = [staffing.add(name, "Sales", "host").id for name in ("李经理", "Amy")]
    people = [
        customers.register_customer(actor_id, name=f"客户{i}", category=CATEGORIES[i % 4]).id
        for i in range(12)
    ]
    made = []
    try:
        for i in range(count):
            at = NOW - SPACING * i
            clock.set_clock(lambda at=at: at)
            customer_id = people[i % len(people)]
            host_id = (hosts + [None])[i % 3]
            visit = visits.check_in(
                actor_id,
                customer_id=customer_id,
                purpose=PURPOSES[i % 4],
                flow=FLOWS[(i // 4) % 4],
                host_id=host_id,
            )
            clock.set_clock(lambda at=at: at + timedelta(minutes=30))
            visits.check_out(actor_id, visit.code)
            made.append(Made(visit.code, at, visit.purpose, visit.flow, visit.category, host_id))
    finally:
        clock.set_clock(lambda: NOW + timedelta(minutes=31))
    return made


@pytest.fixture
def ctx(actor):
    return DeskContext(actor=actor, site=settings.site_settings(), language="en")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """350 visits built once for the module; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("visit_log") / "template.sqlite3"
    open_database(path)
    try:
        desk = staffing.add("Front desk", "Reception", "receptionist")
        made = make_visits(desk.id, 350)
    finally:
        close_database()
        clock.set_clock(None)
    return path, desk.id, made


@pytest.fixture
def many(template, db_path, actor):
    path, desk_id, made = template
    assert actor.id == desk_id
    close_database()
    shutil.copyfile(path, db_path)
    open_database(db_path)
    clock.set_clock(lambda: NOW + timedelta(minutes=31))
    return made


@pytest.fixture(autouse=True)
def english(qapp):
    """English with its plural forms, as the desk starts in English."""
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


def fetch_all(model: VisitLogModel) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, COL_CODE).data() for r in range(model.rowCount())]


def wide_window(ctx, qtbot) -> VisitLogWindow:
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    window.log_from.setDate(QDate(2024, 1, 1))
    return window


def test_model_passes_qtmodeltester(actor, qtmodeltester):
    make_visits(actor.id, 45)
    qtmodeltester.check(VisitLogModel(actor.id))  # before any filter: fetches lazily
    model = VisitLogModel(actor.id, page_size=20)
    model.set_filter(visit_log.LogFilter())
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == 45  # the tester fetched the rest
    assert not model.canFetchMore(QModelIndex())
    empty = VisitLogModel(actor.id)
    empty.set_filter(visit_log.LogFilter(purpose="no such purpose"))
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0


def test_window_loads_only_the_first_page(ctx, many, qtbot, monkeypatch):
    calls = []
    real_page = visit_log.visit_log_page

    def spy(actor_id, flt, limit, after=None):
        calls.append((limit, after))
        return real_page(actor_id, flt, limit, after)

    monkeypatch.setattr(visit_log, "visit_log_page", spy)
    window = wide_window(ctx, qtbot)
    model = window.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    assert window.summary.text() in (
        "Visits 1–100 of … (counting); scroll down for more",
        "Visits 1–100 of 350; scroll down for more",
    )
    assert calls[-1] == (PAGE_SIZE, None)
    last = model.visit_at(PAGE_SIZE - 1)
    model.fetchMore(QModelIndex())
    assert calls[-1] == (PAGE_SIZE, (last.check_in_at, last.id))  # keyset, not offset
    assert model.rowCount() == 2 * PAGE_SIZE
    codes = fetch_all(model)
    assert codes == [m.code for m in many]  # newest first, no gap, no duplicate
    assert not model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: window.total == 350, timeout=WAIT_MS)
    assert window.summary.text() == "Visits 1–350 of 350"


def test_scrolling_to_the_bottom_fetches_the_next_page(ctx, many, qtbot):
    window = wide_window(ctx, qtbot)
    window.resize(1100, 500)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == PAGE_SIZE
    bar = window.log_table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE)
    assert window.model.rowCount() == 2 * PAGE_SIZE


def test_default_range_is_the_last_30_days(ctx, many, qtbot):
    clock.set_clock(lambda: NOW)
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    today = clock.local(NOW).date()
    assert window.log_to.date() == QDate(today.year, today.month, today.day)
    start = today - timedelta(days=29)
    assert window.log_from.date() == QDate(start.year, start.month, start.day)
    since = clock.local_day_start(start)
    assert fetch_all(window.model) == [m.code for m in many if m.at >= since]
    assert len(fetch_all(window.model)) < len(many)


@pytest.mark.parametrize(
    ("combo", "attr", "column", "value"),
    [
        ("log_purpose", "purpose", COL_PURPOSE, Purpose.COMPLAINT),
        ("log_flow", "flow", COL_FLOW, Flow.MAINTENANCE),
        ("log_category", "category", COL_CATEGORY, Category.VIP),
    ],
)
def test_enum_filters_narrow_the_rows(ctx, many, qtbot, combo, attr, column, value):
    window = wide_window(ctx, qtbot)
    box = getattr(window, combo)
    assert box.itemData(0) is None  # "All"
    box.setCurrentIndex(box.findData(str(value)))
    codes = fetch_all(window.model)
    expected = [m.code for m in many if getattr(m, attr) == value]
    assert codes == expected
    assert 0 < len(codes) < len(many)
    if column == COL_CATEGORY:
        assert {
            window.model.index(r, column).data(CATEGORY_ROLE)
            for r in range(window.model.rowCount())
        } == {str(value)}
    box.setCurrentIndex(0)
    assert len(fetch_all(window.model)) == len(many)


def test_host_filter_and_combined_filters(ctx, many, qtbot):
    window = wide_window(ctx, qtbot)
    host_id = many[0].host_id
    window.log_host.setCurrentIndex(window.log_host.findData(host_id))
    codes = fetch_all(window.model)
    assert codes == [m.code for m in many if m.host_id == host_id]
    host_name = window.log_host.currentText()
    assert {window.model.index(r, COL_HOST).data() for r in range(len(codes))} == {host_name}
    window.log_purpose.setCurrentIndex(window.log_purpose.findData(str(Purpose.SALES)))
    assert fetch_all(window.model) == [
        m.code for m in many if m.host_id == host_id and m.purpose == Purpose.SALES
    ]


def test_date_range_uses_local_days_and_includes_the_last_day(ctx, many, qtbot, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        window = wide_window(ctx, qtbot)
        first, last = date(2024, 6, 10), date(2024, 6, 12)
        window.log_to.setDate(QDate(2024, 6, 12))
        window.log_from.setDate(QDate(2024, 6, 10))
        codes = fetch_all(window.model)
        expected = [m.code for m in many if first <= m.at.astimezone().date() <= last]
        assert codes == expected
        assert len(expected) == 24  # three local days, 8 visits a day
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_from_after_to_moves_the_other_end(ctx, many, qtbot):
    window = wide_window(ctx, qtbot)
    window.log_to.setDate(QDate(2024, 6, 5))
    window.log_from.setDate(QDate(2024, 6, 20))
    assert window.log_to.date() == QDate(2024, 6, 20)
    # The log now shows that one day, exactly.
    day = QDate(2024, 6, 20).toPython()
    expected = [m.code for m in many if m.at.astimezone().date() == day]
    assert expected and fetch_all(window.model) == expected


def test_new_visit_appears_when_visits_change(ctx, actor, qtbot):
    clock.set_clock(lambda: NOW)
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 0
    assert window.summary.text() == "No visits match these filters."
    person = customers.register_customer(actor.id, name="张三")
    visit = visits.check_in(actor.id, customer_id=person.id, purpose="sales")
    ctx.signals.visits_changed.emit()
    assert window.model.rowCount() == 1
    assert window.model.index(0, COL_CODE).data() == visit.code
    assert window.summary.text() == "Visits 1–1 of 1"


def test_hidden_log_refreshes_when_shown_again(ctx, actor, qtbot):
    clock.set_clock(lambda: NOW)
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    person = customers.register_customer(actor.id, name="Li Lei")
    visits.check_in(actor.id, customer_id=person.id, purpose="sales")
    ctx.signals.visits_changed.emit()
    assert window.model.rowCount() == 0  # hidden: not reloaded yet
    window.show()
    assert window.model.rowCount() == 1


def test_new_host_shows_up_in_the_filter(ctx, actor, qtbot):
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    before = window.log_host.count()
    staffing.add("王芳", "Service", "host")
    ctx.signals.staff_changed.emit()
    assert window.log_host.count() == before + 1
    assert window.log_host.findText("王芳") > 0


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_unhandled_roles_leave_none_intact(actor):
    """PySide6 6.12.0 loses a reference to None each time a Python data() returns None to
    Qt; on Python 3.11 the desk then aborts with "deallocating None" after a few repaints.
    pyproject.toml keeps that release out; this fails if it comes back."""
    make_visits(actor.id, 2)
    model = VisitLogModel(actor.id)
    model.set_filter(visit_log.LogFilter())
    index = model.index(0, COL_CODE)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) - before > -100
