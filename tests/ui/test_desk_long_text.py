"""Long names never widen the desk (issue 9, item 1): a 100-character name without a space
and a 120-character company on the card, the board, the expected list, a kiosk
notification, the search hint and the register form; a long site and staff name in the
toolbar; a saved window larger than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from receptionist.services import customers, kiosk, planning, settings, visits
from receptionist.ui.app import create_desk
from receptionist.ui.common import options
from receptionist.ui.common.elided_label import ElidedLabel, fit_text
from tests import staffing

from .conftest import WAIT_MS
from .expected_helpers import freeze_at, today_at

pytestmark = pytest.mark.usefixtures("source_language")

LONG_NAME = "Wolfeschlegelsteinhausenbergerdorff" * 3  # 105 characters, no space
NAME = LONG_NAME[:100]
COMPANY = "Internationalehandelsgesellschaftfuerfeinmechanik" * 3
COMPANY = COMPANY[:120]
STAFF = "Maximiliana" * 9  # 99 characters
SITE = "Grandhotelundkongresszentrumamsee" * 3


def free_width(desk) -> int:
    return desk.screen().availableGeometry().width()


def labels_showing(desk, fragment: str) -> list[QLabel]:
    """The desk's labels whose whole text holds ``fragment``."""
    return [label for label in desk.findChildren(QLabel) if fragment in label.text()]


def assert_fits(desk) -> None:
    free = free_width(desk)
    assert desk.width() <= free
    assert desk.minimumSizeHint().width() <= free
    assert desk.minimumWidth() <= free


@pytest.fixture
def long_desk(qtbot, db, actor):
    """The desk of a site with a long name, a long-named receptionist at the desk."""
    settings.save_site_settings(staffing.admin_id(), site_name=SITE[:80], site_kind="office")
    from receptionist.ui.common.context import DeskContext

    long_staff = staffing.add(STAFF, "Sales", "receptionist")
    ctx = DeskContext(actor=long_staff, site=settings.site_settings(), language="en")
    window = create_desk(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window, long_staff
    window.close()


def test_long_names_everywhere_leave_the_desk_on_the_screen(long_desk, actor, qtbot):
    desk, host = long_desk
    freeze_at(9, 0)
    width_before = desk.width()

    # The card.
    customer = customers.register_customer(
        actor.id, name=NAME, phone="13800138000", company=COMPANY
    )
    desk.search_panel.pick_customer(customer.id)
    # The board, with the playbook of the selected visit.
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    desk.board.refresh()
    desk.board.select_code(visit.code)
    # The expected list, and a kiosk arrival's notification.
    other = customers.register_customer(actor.id, name=NAME[::-1], company=COMPANY[::-1])
    planned = planning.plan_visit(
        actor.id, customer_id=other.id, purpose="sales", expected_at=today_at(11), host_id=host.id
    )
    desk.expected_panel.refresh()
    desk.show_expected()
    kiosk.check_in_walk_in(
        name=NAME[:50] + NAME[:50],
        phone="13900139000",
        purpose="sales",
        host_id=host.id,
        consent=True,
    )
    desk.poll()
    qtbot.waitUntil(lambda: NAME[:50] in desk.statusBar().currentMessage(), timeout=WAIT_MS)
    # The search hint names the visitor of a typed visit code.
    desk.search_panel.search_box.setText(visit.code)
    desk.search_panel.run_search()
    assert NAME[:20] in desk.search_panel.search_hint.text()
    QApplication.processEvents()

    assert desk.width() == width_before
    assert_fits(desk)
    shown = labels_showing(desk, NAME[:30])
    names = {label.objectName() for label in shown}
    assert {"customer_name", "visit_playbook_title", "search_hint"} <= names
    assert "customer_details" in {label.objectName() for label in labels_showing(desk, COMPANY)}
    for label in [*shown, *labels_showing(desk, COMPANY), desk.site_name_label]:
        assert isinstance(label, ElidedLabel), label.objectName()
        assert label.sizeHint().width() <= free_width(desk) // 2, label.objectName()
        assert label.width() <= free_width(desk) // 2, label.objectName()
        assert label.is_elided(), label.objectName()
        assert label.toolTip() == label.text()  # the whole text, on hover
        assert "…" in label.shown_text()
    host_combo = desk.checkin_panel.host_combo
    assert host_combo.sizeHint().width() <= free_width(desk) // 3
    assert desk.actor_label.text() == STAFF and desk.actor_label.is_elided()
    assert desk.actor_label.sizeHint().width() <= free_width(desk) // 3
    assert planned.customer_name in [
        desk.expected_panel.model.visit(r).customer_name for r in range(desk.expected_panel.count())
    ]


def test_the_host_column_shows_a_whole_ordinary_name(desk, actor, qtbot):
    """Host names were cut ("Sarah Johns…"): the column sizes to the name, up to a cap."""
    from receptionist.ui.desk.board import HOST_CHARS
    from receptionist.ui.desk.onsite_model import COL_HOST

    sarah = staffing.add("Sarah Johnson", "Sales", "host")
    long_host = staffing.add(STAFF, "Sales", "host")
    for name, host_id in (("Emily Chen", sarah.id), ("Tom Baker", None)):
        customer = customers.register_customer(actor.id, name=name)
        visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host_id)
    desk.resize(1280, 800)
    desk.splitter.setSizes([380, 330, 570])
    desk.board.refresh()
    table = desk.board.onsite_table
    metrics = table.fontMetrics()
    qtbot.waitUntil(
        lambda: table.columnWidth(COL_HOST) >= metrics.horizontalAdvance("Sarah Johnson"),
        timeout=WAIT_MS,
    )
    customer = customers.register_customer(actor.id, name="Long Host Guest")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=long_host.id)
    desk.board.refresh()
    cap = HOST_CHARS * metrics.averageCharWidth()
    qtbot.waitUntil(lambda: table.columnWidth(COL_HOST) == cap, timeout=WAIT_MS)
    assert table.columnWidth(COL_HOST) < metrics.horizontalAdvance(STAFF)


def test_a_saved_window_larger_than_the_screen_is_clamped(qtbot, ctx):
    big = QMainWindow()
    qtbot.addWidget(big)
    free = big.screen().availableGeometry()
    big.resize(free.width() + 1500, free.height() + 900)
    big.move(free.left() + 300, free.top() + 200)
    options.DESK_GEOMETRY.set(big.saveGeometry())

    desk = create_desk(ctx)
    qtbot.addWidget(desk)
    desk.show()
    geometry = desk.geometry()
    assert geometry.width() <= free.width() and geometry.height() <= free.height()
    assert free.contains(geometry)
    desk.close()
    restored = QMainWindow()
    qtbot.addWidget(restored)
    assert restored.restoreGeometry(QByteArray(options.DESK_GEOMETRY.get()))
    assert restored.width() <= free.width()


def test_fit_text_wraps_anywhere_and_elides_the_last_line(qapp):
    label = ElidedLabel()
    font = label.font()
    width = label.fontMetrics().averageCharWidth() * 20
    shown, cut = fit_text("A" * 100, font, width, 2)
    first, second = shown.split("\n")
    assert first == "A" * len(first) and second.endswith("…")
    assert cut
    shown, cut = fit_text("Sarah Johnson", font, width, 2)
    assert (shown, cut) == ("Sarah Johnson", False)
    shown, cut = fit_text("one two three four five six seven eight", font, width, 3)
    assert not cut and all(len(line) <= 22 for line in shown.split("\n"))
