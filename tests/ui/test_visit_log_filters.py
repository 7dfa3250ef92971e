"""The visit log as a receptionist uses it (issue 9, item 9): filter by visitor the way the
desk's search box takes them, the total for the filter counted without stalling the
window, Esc and Ctrl+W close it, code and status in view at 1,100 px."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from receptionist.services import clock, customers, settings, visit_log, visits
from receptionist.ui.common.context import DeskContext
from receptionist.ui.visit_log.model import COL_CODE, COL_CUSTOMER, COL_STATUS
from receptionist.ui.visit_log.window import VisitLogWindow
from tests import staffing

from .conftest import WAIT_MS, type_chinese

NOW = datetime(2024, 6, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def people(actor):
    """Visits of 张伟 (two), 张三, Emily Chen and 王芳, one a day, all checked out."""
    made = {}
    day = 0
    for name, phone, times in (
        ("张伟", "13800138000", 2),
        ("张三", "13812345678", 1),
        ("Emily Chen", "+1 202 555 0101", 1),
        ("王芳", "010-62345678", 1),
    ):
        person = customers.register_customer(actor.id, name=name, phone=phone)
        for _ in range(times):
            day += 1
            clock.set_clock(lambda d=day: NOW - timedelta(days=d))
            code = visits.check_in(actor.id, customer_id=person.id, purpose="sales").code
            visits.check_out(actor.id, code)
            made.setdefault(name, []).append(code)
    clock.set_clock(lambda: NOW)
    return made


@pytest.fixture
def window(actor, qtbot):
    clock.set_clock(lambda: NOW)  # the log opens on the last 30 days before NOW
    ctx = DeskContext(actor=actor, site=settings.site_settings(), language="en")
    log = VisitLogWindow(ctx)
    qtbot.addWidget(log)
    log.resize(1100, 600)
    log.show()
    return log


def shown_names(window) -> list[str]:
    model = window.model
    return [model.index(r, COL_CUSTOMER).data() for r in range(model.rowCount())]


def filter_by(window, qtbot, typed: str) -> None:
    window.log_visitor.clear()
    window.log_visitor.setFocus()
    if typed.isascii():
        qtbot.keyClicks(window.log_visitor, typed)
    else:
        type_chinese(window.log_visitor, typed)
        window.log_visitor.textEdited.emit(typed)  # what typing emits; IME commits do not
    qtbot.keyClick(window.log_visitor, Qt.Key.Key_Return)  # no need to wait for the pause


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zw", ["张伟", "张伟"]),  # pinyin initials
        ("8000", ["张伟", "张伟"]),  # last four digits of the phone
        ("138 0013 8000", ["张伟", "张伟"]),  # the phone as people type it
        ("张", ["张伟", "张伟", "张三"]),  # part of a Chinese name
        ("emily", ["Emily Chen"]),  # a Latin name's prefix, any case
        ("010 6234", ["王芳"]),  # a landline with its area code
        ("nobody", []),
    ],
)
def test_the_visitor_filter_takes_what_the_search_box_takes(window, people, qtbot, typed, expected):
    filter_by(window, qtbot, typed)
    assert sorted(shown_names(window)) == sorted(expected)
    qtbot.waitUntil(lambda: window.total is not None, timeout=WAIT_MS)
    if expected:
        assert window.summary.text() == f"Visits 1–{len(expected)} of {len(expected)}"
    else:
        assert window.summary.text() == "No visits match these filters."
    window.log_visitor.clear()
    qtbot.keyClick(window.log_visitor, Qt.Key.Key_Return)
    assert len(shown_names(window)) == 5  # clearing the visitor shows everyone again


def test_typing_filters_after_a_pause_without_enter(window, people, qtbot):
    window.log_visitor.setFocus()
    qtbot.keyClicks(window.log_visitor, "zw")
    qtbot.waitUntil(lambda: shown_names(window) == ["张伟", "张伟"], timeout=WAIT_MS)


def test_a_name_shared_by_many_customers_is_answered_from_the_search_index(
    window, people, qtbot, monkeypatch
):
    """More customers than a filter holds as ids: the log walks the visits newest first
    and keeps those of the name's customers; the result is the same."""
    monkeypatch.setattr(visit_log, "VISITOR_IDS_MAX", 1)
    flt = visit_log.log_filter_for_days(staffing.desk_id(), visitor="张")
    assert flt.name_term == "张" and flt.customer_ids is None
    filter_by(window, qtbot, "张")
    assert sorted(shown_names(window)) == ["张三", "张伟", "张伟"]
    qtbot.waitUntil(lambda: window.total == 3, timeout=WAIT_MS)


def test_a_phone_prefix_matching_too_many_says_so(window, people, qtbot, monkeypatch):
    monkeypatch.setattr(visit_log, "VISITOR_IDS_MAX", 1)
    filter_by(window, qtbot, "138")  # both mobiles start with 138
    assert window.model.current_filter().visitor_capped
    assert len(set(shown_names(window))) == 1
    assert "more than 1 customers match the visitor" in window.summary.text()


def test_the_total_is_counted_off_the_gui_thread(window, actor, qtbot, monkeypatch):
    """Enough visits for a second page: the summary says it is counting, the count runs
    on a worker thread, and the total then appears."""
    person = customers.register_customer(actor.id, name="Li Lei")
    for i in range(105):
        clock.set_clock(lambda i=i: NOW - timedelta(hours=i + 1))
        visits.check_out(
            actor.id, visits.check_in(actor.id, customer_id=person.id, purpose="sales").code
        )
    clock.set_clock(lambda: NOW)
    threads: list[int] = []
    real_count = visit_log.count_visits

    def counting(actor_id, flt):
        threads.append(threading.get_ident())
        return real_count(actor_id, flt)

    monkeypatch.setattr(visit_log, "count_visits", counting)
    window.log_from.setDate(window.log_from.date().addDays(-30))
    assert window.summary.text() == "Visits 1–100 of … (counting); scroll down for more"
    qtbot.waitUntil(lambda: window.total == 105, timeout=WAIT_MS)
    assert threads and threads[0] != threading.get_ident()
    assert window.summary.text() == "Visits 1–100 of 105; scroll down for more"


def test_a_failed_count_leaves_the_rows_and_says_only_what_is_loaded(
    window, actor, qtbot, monkeypatch
):
    person = customers.register_customer(actor.id, name="Li Lei")
    for i in range(101):
        clock.set_clock(lambda i=i: NOW - timedelta(hours=i + 1))
        visits.check_out(
            actor.id, visits.check_in(actor.id, customer_id=person.id, purpose="sales").code
        )
    clock.set_clock(lambda: NOW)

    def broken(_flt):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(visit_log, "count_visits", broken)
    window.apply_filter()
    qtbot.waitUntil(lambda: window.total is not None, timeout=WAIT_MS)
    assert window.summary.text() == "Visits 1–100; scroll down for more"
    assert window.model.rowCount() == 100


@pytest.mark.parametrize("keys", ["Escape", "Ctrl+W"])
def test_escape_and_ctrl_w_close_the_log(window, qtbot, keys):
    window.activateWindow()
    qtbot.waitActive(window)
    key = Qt.Key.Key_Escape if keys == "Escape" else Qt.Key.Key_W
    modifier = (
        Qt.KeyboardModifier.NoModifier if keys == "Escape" else Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(window.log_table, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)


def test_code_and_status_are_in_view_at_1100_px(window, people, qtbot):
    window.apply_filter()
    assert window.width() == 1100
    QApplication.processEvents()
    table = window.log_table
    header = table.horizontalHeader()
    for column in (COL_CODE, COL_STATUS):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    assert window.minimumSizeHint().width() <= 1100  # the filters fit as well
    assert window.model.index(0, COL_STATUS).data() == "Done"
