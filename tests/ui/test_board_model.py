"""The on-site board model: in-place updates keep the selection, the live duration
changes one column only, VIP and problem rows stand out; qtmodeltester."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from receptionist.domain.enums import Category, Flow, Purpose, Station, VisitStatus
from receptionist.services import clock
from receptionist.services.views import VisitView
from receptionist.ui.common.badges import CATEGORY_ROLE
from receptionist.ui.desk.onsite_model import (
    COL_CATEGORY,
    COL_DURATION,
    COL_NAME,
    COL_ROOM,
    VISIT_CODE_ROLE,
    OnSiteModel,
    duration_text,
    since_text,
)

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock():
    clock.set_clock(lambda: NOW)
    yield
    clock.set_clock(None)


def visit(
    n: int, category: Category = Category.PROSPECT, minutes: int = 10, **changes
) -> VisitView:
    view = VisitView(
        id=n,
        code=f"V-1122-{n:04d}",
        customer_id=100 + n,
        customer_name=f"Guest {n}",
        customer_phone=None,
        customer_company="",
        category=category,
        purpose=Purpose.SALES,
        flow=Flow.INITIAL,
        host_id=None,
        host_name="李经理",
        party_size=1,
        room="",
        note="",
        status=VisitStatus.ON_SITE,
        station=Station.DESK,
        check_in_at=NOW - timedelta(minutes=minutes),
        check_out_at=None,
    )
    return replace(view, **changes)


def board() -> list[VisitView]:
    return [
        visit(1, Category.VIP, 95),
        visit(2, Category.PROBLEM, 42, party_size=3),
        visit(3, Category.EXISTING, 5),
    ]


def codes(model: OnSiteModel) -> list[str]:
    return [model.visit(r).code for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester):
    model = OnSiteModel()
    model.set_visits(board())
    qtmodeltester.check(model)


def test_hotel_model_passes_qtmodeltester(qtmodeltester):
    model = OnSiteModel(hotel_mode=True)
    model.set_visits([visit(1, room="1208")])
    qtmodeltester.check(model)
    assert model.columnCount() == 8
    assert model.index(0, COL_ROOM).data() == "1208"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Guest"


def test_rows_show_the_visit():
    model = OnSiteModel()
    model.set_visits(board())
    assert model.columnCount() == 7
    row = [model.index(1, c).data() for c in range(7)]
    assert row == [
        "V-1122-0002",
        "Problem",
        "Guest 2  ×3",
        "Sales",
        "李经理",
        since_text(NOW - timedelta(minutes=42)),
        "42 min",
    ]
    assert model.index(0, COL_CATEGORY).data(CATEGORY_ROLE) == "vip"
    assert model.index(0, 0).data(VISIT_CODE_ROLE) == "V-1122-0001"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Visitor"


def test_vip_and_problem_rows_are_tinted_and_bold():
    model = OnSiteModel()
    model.set_visits(board())
    vip, problem, existing = (model.index(r, COL_NAME) for r in range(3))
    assert vip.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert problem.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert vip.data(Qt.ItemDataRole.BackgroundRole) != problem.data(Qt.ItemDataRole.BackgroundRole)
    assert vip.data(Qt.ItemDataRole.FontRole).bold()
    assert problem.data(Qt.ItemDataRole.FontRole).bold()
    assert existing.data(Qt.ItemDataRole.BackgroundRole) is None
    assert existing.data(Qt.ItemDataRole.FontRole) is None


def test_same_visits_update_in_place(qtbot):
    model = OnSiteModel()
    model.set_visits(board())
    kept = QPersistentModelIndex(model.index(1, 0))
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda *_: events.append("insert"))
    model.rowsRemoved.connect(lambda *_: events.append("remove"))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))

    model.set_visits(board())  # nothing changed: nothing emitted
    assert events == [] and changed == []
    ticked = board()
    ticked[2] = replace(ticked[2], playbook_done=("existing.greet",))
    model.set_visits(ticked)
    assert events == [] and changed == [(2, 2)]
    assert kept.isValid() and kept.row() == 1


def test_arrivals_and_departures_insert_and_remove_rows():
    model = OnSiteModel()
    model.set_visits(board())
    kept = QPersistentModelIndex(model.index(1, 0))  # V-...-0002
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, _last: events.append(f"insert {first}"))
    model.rowsRemoved.connect(lambda _p, first, _last: events.append(f"remove {first}"))
    model.set_visits([board()[1], board()[2], visit(4, minutes=1)])
    assert events == ["remove 0", "insert 2"]
    assert codes(model) == ["V-1122-0002", "V-1122-0003", "V-1122-0004"]
    assert kept.isValid() and kept.row() == 0
    model.set_visits([])
    assert model.rowCount() == 0


def test_runs_of_arrivals_are_inserted_together():
    """A full board arrives as one insert, not 200 (each insert re-lays out the view)."""
    model = OnSiteModel()
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_visits([visit(n) for n in (1, 2, 3)])
    assert inserted == [(0, 2)]
    inserted.clear()
    model.set_visits([visit(n) for n in (1, 4, 5, 2, 3, 6)])
    assert inserted == [(1, 2), (5, 5)]
    assert codes(model) == [visit(n).code for n in (1, 4, 5, 2, 3, 6)]


def test_tick_changes_the_duration_column_only(qtbot):
    model = OnSiteModel()
    model.set_visits(board())
    assert model.index(0, COL_DURATION).data() == "1 h 35 min"
    clock.set_clock(lambda: NOW + timedelta(minutes=30))
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.tick()
    top, bottom = signal.args[0], signal.args[1]
    assert (top.row(), bottom.row()) == (0, 2)
    assert top.column() == bottom.column() == COL_DURATION
    assert model.index(0, COL_DURATION).data() == "2 h 05 min"


def test_duration_text():
    assert duration_text(None) == ""
    assert duration_text(NOW) == "0 min"
    assert duration_text(NOW - timedelta(minutes=59)) == "59 min"
    assert duration_text(NOW - timedelta(minutes=65)) == "1 h 05 min"
    assert duration_text(NOW + timedelta(minutes=5)) == "0 min"  # clocks disagree


def test_since_shows_the_date_on_another_day():
    assert since_text(NOW - timedelta(minutes=5)) == clock.local(
        NOW - timedelta(minutes=5)
    ).strftime("%H:%M")
    assert since_text(NOW - timedelta(days=2)) == clock.local(NOW - timedelta(days=2)).strftime(
        "%m-%d %H:%M"
    )


def test_a_visitor_with_an_open_complaint_is_marked_and_tinted():
    model = OnSiteModel()
    model.set_visits([visit(1, Category.EXISTING), visit(2, Category.EXISTING)])
    complained = visit(2, Category.EXISTING, open_complaint=True)
    model.set_visits([visit(1, Category.EXISTING), complained])  # changed in place
    calm, flagged = (model.index(r, COL_NAME) for r in range(2))
    assert calm.data() == "Guest 1" and flagged.data() == "⚠ Guest 2"
    assert calm.data(Qt.ItemDataRole.BackgroundRole) is None
    assert flagged.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert flagged.data(Qt.ItemDataRole.FontRole).bold()
    assert "Open complaint" in flagged.data(Qt.ItemDataRole.ToolTipRole)
