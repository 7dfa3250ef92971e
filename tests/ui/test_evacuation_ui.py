"""The evacuation list at the desk (issue 15): Manage → Evacuation list… and Ctrl+Shift+E
(free on the desk), hidden from a host, off while locked; without a printer (or when the
printer fails) the PDF is saved where the receptionist says, a dated name offered; the
roll call ticks people off (Space, or a host's line for all of theirs), counts, and keeps
the ticks of those still on site when it reads again."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from receptionist.services import customers, visits
from receptionist.ui.common import ask
from receptionist.ui.evacuation import desk as evacuation_desk
from receptionist.ui.evacuation.roll_call import VISIT
from tests import staffing

from .conftest import WAIT_MS

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def on_site(actor, host):
    """李经理's two visitors (Bea with two more people) and Aaron without a host."""
    found = {}
    for name, phone, host_id, party in (
        ("Zed Young", "13900000001", host.id, 1),
        ("Bea Adams", "13900000002", host.id, 3),
        ("Aaron Walker", "13900000003", None, 1),
    ):
        person = customers.register_customer(actor.id, name=name, phone=phone)
        found[name] = visits.check_in(
            actor.id, customer_id=person.id, purpose="sales", host_id=host_id, party_size=party
        )
    return found


@pytest.fixture
def saves(monkeypatch, tmp_path):
    """No printer on this computer; the save dialog answers with a file in tmp_path (the
    list of (suggested, title) holds what it was asked)."""
    asked: list[tuple[str, str]] = []
    folder = tmp_path / "Printouts"
    folder.mkdir()
    monkeypatch.setattr(evacuation_desk, "default_printer", lambda: None)
    monkeypatch.setattr(evacuation_desk, "fallback_dir", lambda: folder)

    def save_file(_parent, title, name, _filter):
        asked.append((name, title))
        return str(tmp_path / "chosen")  # no .pdf: it is added

    monkeypatch.setattr(ask, "save_file", save_file)
    return asked


def press(qtbot, desk, where=None):
    qtbot.keyClick(
        where or desk,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: desk.evacuation.window is not None and desk.evacuation.window.isVisible(),
        timeout=WAIT_MS,
    )
    return desk.evacuation.window


def names(window) -> list[str]:
    tree = window.tree
    return [
        tree.topLevelItem(g).child(v).text(0)
        for g in range(tree.topLevelItemCount())
        for v in range(tree.topLevelItem(g).childCount())
    ]


def item_of(window, name: str):
    tree = window.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for v in range(group.childCount()):
            if group.child(v).text(0) == name:
                return group.child(v)
    raise AssertionError(name)


def test_the_action_is_in_manage_with_a_shortcut_no_other_uses(desk):
    action = desk.evacuation.action
    assert action in desk.toolbar.manage_menu.actions()
    assert action.isVisible() and action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    others = [
        a.shortcut()
        for a in desk.findChildren(QAction)
        if a is not action and not a.shortcut().isEmpty()
    ] + [s.key() for s in desk.findChildren(QShortcut)]
    assert QKeySequence("Ctrl+Shift+E") not in others


def test_hidden_from_a_host_and_off_while_locked(desk):
    host = staffing.add("Hannah Host", "", "host")
    receptionist = desk.ctx.actor
    desk.ctx.actor = host
    desk.ctx.signals.actor_changed.emit()
    assert not desk.evacuation.action.isVisible()
    desk.ctx.actor = receptionist
    desk.ctx.signals.actor_changed.emit()
    assert desk.evacuation.action.isVisible()
    desk.lock()
    assert not desk.evacuation.action.isEnabled()


def test_without_a_printer_the_pdf_is_saved_where_asked_and_the_roll_call_opens(
    qtbot, desk, on_site, saves, tmp_path
):
    window = press(qtbot, desk)
    assert names(window) == ["Bea Adams", "Zed Young", "Aaron Walker"]  # by host, no host last
    assert window.tree.topLevelItem(0).text(0) == "Host: 李经理"
    assert window.count_label.text() == "0 of 3 accounted for"
    qtbot.waitUntil(lambda: (tmp_path / "chosen.pdf").exists(), timeout=WAIT_MS)
    ((suggested, _title),) = saves
    assert re.fullmatch(r"evacuation-\d{8}-\d{4}\.pdf", Path(suggested).name)
    assert Path(suggested).parent == tmp_path / "Printouts"
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "chosen.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "3 visitors · 5 people on site" in text and "Bea Adams" in text
    said = desk.print_status.text()  # the whole sentence (the label elides what shows)
    assert "No printer is installed on this computer." in said
    assert str(tmp_path / "chosen.pdf") in said
    assert desk.open_printouts_button.isVisible()


def test_a_printer_that_fails_saves_the_pdf_too(qtbot, desk, on_site, saves, monkeypatch, tmp_path):
    monkeypatch.setattr(evacuation_desk, "default_printer", lambda: "No Such Printer 42")
    press(qtbot, desk)
    qtbot.waitUntil(lambda: (tmp_path / "chosen.pdf").exists(), timeout=WAIT_MS)
    said = desk.print_status.text()
    assert "No Such Printer 42" in said


def test_a_cancelled_save_says_nothing_was_saved(qtbot, desk, on_site, saves, monkeypatch):
    monkeypatch.setattr(ask, "save_file", lambda *_args: None)
    press(qtbot, desk)
    qtbot.waitUntil(lambda: "not saved" in desk.print_status.text())


def test_space_ticks_a_visitor_a_host_line_ticks_all_of_theirs(qtbot, desk, on_site, saves):
    window = press(qtbot, desk)
    tree = window.tree
    tree.setFocus()
    tree.setCurrentItem(item_of(window, "Aaron Walker"), 0)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item_of(window, "Aaron Walker").checkState(0) == Qt.CheckState.Checked
    assert window.count_label.text() == "1 of 3 accounted for"
    assert window.people_label.text() == "People (with their parties): 1 of 5"
    tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)  # 李经理's line
    assert window.ticked_ids() == {v.id for v in on_site.values()}
    assert window.count_label.text() == "3 of 3 accounted for"
    assert tree.topLevelItem(0).text(1) == "2 of 2 accounted for"


def test_refresh_keeps_the_ticks_of_those_still_on_site(qtbot, desk, on_site, saves, actor, host):
    window = press(qtbot, desk)
    item_of(window, "Zed Young").setCheckState(0, Qt.CheckState.Checked)
    item_of(window, "Aaron Walker").setCheckState(0, Qt.CheckState.Checked)
    visits.check_out(actor.id, on_site["Aaron Walker"].code)
    late = customers.register_customer(actor.id, name="Carl Late", phone="13900000009")
    visits.check_in(actor.id, customer_id=late.id, purpose="sales", host_id=host.id)
    window.refresh_button.click()
    qtbot.waitUntil(lambda: "Carl Late" in names(window), timeout=WAIT_MS)
    assert names(window) == ["Bea Adams", "Carl Late", "Zed Young"]
    assert window.ticked_ids() == {on_site["Zed Young"].id}
    assert window.count_label.text() == "1 of 3 accounted for"


def test_pressing_again_refreshes_the_open_roll_call_with_its_ticks(qtbot, desk, on_site, saves):
    window = press(qtbot, desk)
    item_of(window, "Bea Adams").setCheckState(0, Qt.CheckState.Checked)
    again = press(qtbot, desk, window)  # in the roll call: print again, read again
    qtbot.waitUntil(lambda: len(saves) == 2, timeout=WAIT_MS)
    assert again is window and window.ticked_ids() == {on_site["Bea Adams"].id}


def test_closing_with_people_unaccounted_for_asks_first(qtbot, desk, on_site, saves, monkeypatch):
    window = press(qtbot, desk)
    item_of(window, "Bea Adams").setCheckState(0, Qt.CheckState.Checked)
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    window.close()
    assert window.isVisible() and asked and "not saved" in asked[0]


def test_the_ticks_are_kept_by_visit_not_by_row(qtbot, desk, on_site, saves):
    window = press(qtbot, desk)
    assert {item_of(window, n).data(0, VISIT) for n in on_site} == {v.id for v in on_site.values()}
