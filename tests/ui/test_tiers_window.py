"""The tiers window: results with the run chooser (an old run re-opens), recompute in the
background with progress and cancel, movements, suggestions, and what each role sees."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Role
from receptionist.services import clock, customers, tiers
from receptionist.ui.common.context import DeskContext
from receptionist.ui.tiers.results_model import REVENUE, TIER, TierResultsModel
from receptionist.ui.tiers.window import TiersWindow
from tests import staffing
from tests.tiering import buy

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def june_2026(db):
    clock.set_clock(lambda: datetime(2026, 6, 1, 9, tzinfo=UTC))
    yield
    clock.set_clock(None)


@pytest.fixture
def manager(db):
    return staffing.add("Mia Manager", "Sales", Role.MANAGER)


@pytest.fixture
def people(june_2026, manager):
    """2025: Ann platinum, Bob and Cai lead; 2026: Bob platinum, Ann lead."""
    ids = {}
    for i, name in enumerate(["Ann", "Bob", "Cai"]):
        ids[name] = customers.register_customer(
            manager.id, name=name, phone=f"1390013900{i}", category="existing"
        ).id
    buy(ids["Ann"], "2025-02-01", 90_000)
    buy(ids["Bob"], "2025-03-01", 1_000)
    buy(ids["Cai"], "2025-04-01", 500)
    buy(ids["Bob"], "2026-02-01", 80_000)
    buy(ids["Ann"], "2026-03-01", 200)
    return ids


def context(who, site) -> DeskContext:
    return DeskContext(actor=who, site=site, language="en")


def window(qtbot, who, site, opened=None) -> TiersWindow:
    win = TiersWindow(context(who, site), (opened if opened is not None else []).append)
    qtbot.addWidget(win)
    return win


def shown_names(win: TiersWindow) -> list[str]:
    model = win.results.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def loaded(win: TiersWindow, qtbot, run_id: int) -> None:
    qtbot.waitUntil(lambda: win.results.shown_run_id() == run_id and not win.results.status.text())


def test_results_show_the_newest_period_and_an_old_run_reopens(qtbot, people, manager, site):
    first = tiers.recompute(manager.id, "2025")
    tiers.recompute(manager.id, "2026")
    buy(people["Cai"], "2025-12-30", 500_000)  # Cai becomes 2025's platinum
    latest = tiers.recompute(manager.id, "2025")
    win = window(qtbot, manager, site)
    assert win.results.periods() == ["2026", "2025"]
    qtbot.waitUntil(lambda: shown_names(win) == ["Bob", "Ann"])
    win.results.period_combo.setCurrentIndex(1)  # 2025: the current run first
    loaded(win, qtbot, latest.id)
    assert shown_names(win) == ["Cai", "Ann", "Bob"]
    combo = win.results.run_combo
    assert combo.count() == 2 and "(current)" in combo.itemText(0)
    assert "Mia Manager" in combo.itemText(1) and "(current)" not in combo.itemText(1)
    combo.setCurrentIndex(1)  # the adjustment catalogue: the first run re-opens
    loaded(win, qtbot, first.id)
    assert shown_names(win) == ["Ann", "Bob", "Cai"]
    model = win.results.model
    assert model.data(model.index(0, TIER)) == "Platinum"
    assert model.data(model.index(0, REVENUE)) == "¥900.00"
    assert model.data(model.index(0, TIER), Qt.ItemDataRole.BackgroundRole) is not None
    assert "1" in win.results.counts_label.text()


def test_the_tier_filter_and_sorting_work_in_the_model(qtbot, people, manager, site):
    run = tiers.recompute(manager.id, "2025")
    win = window(qtbot, manager, site)
    loaded(win, qtbot, run.id)
    win.results.tier_combo.setCurrentIndex(win.results.tier_combo.findData("lead"))
    assert shown_names(win) == ["Bob", "Cai"]
    win.results.table.sortByColumn(REVENUE, Qt.SortOrder.AscendingOrder)
    assert shown_names(win) == ["Cai", "Bob"]
    assert win.results.model.counts() == {"platinum": 1, "gold": 0, "iron": 0, "lead": 2}


def test_double_click_opens_the_customers_page(qtbot, people, manager, site):
    run = tiers.recompute(manager.id, "2025")
    opened: list[int] = []
    win = window(qtbot, manager, site, opened)
    loaded(win, qtbot, run.id)
    table = win.results.table
    index = win.results.model.index(0, 1)
    table.doubleClicked.emit(index)
    table.setCurrentIndex(index)
    win.results.open_action.trigger()
    assert opened == [people["Ann"], people["Ann"]]


def test_a_large_run_builds_no_widgets_and_sorts_in_the_model(qtbot):
    from datetime import date

    from receptionist.services.tier_views import TierRow

    rows = [
        TierRow(i, "", f"C{i}", "", "existing", 1_000_000 - i, 1, date(2026, 1, 1), i, "lead", 3)
        for i in range(1, 100_001)
    ]
    model = TierResultsModel()
    model.set_rows(rows)
    assert model.rowCount() == 100_000
    model.sort(REVENUE, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).name == "C100000"
    model.set_tier("gold")
    assert model.rowCount() == 0 and model.total() == 100_000


def test_recompute_runs_in_the_background_with_progress_then_shows_the_new_run(
    qtbot, people, manager, site
):
    win = window(qtbot, manager, site)
    assert "No tiers have been computed" in win.results.status.text()
    dialog = win.recompute()
    assert dialog.period_edit.text() == "2026"  # the current period by default
    dialog.period_edit.setText("2025")
    seen: list[tuple[int, int]] = []
    dialog.job.progress.connect(lambda done, total: seen.append((done, total)))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert seen and seen[-1] == (3, 3)
    run = tiers.runs(manager.id, "2025")[0]
    loaded(win, qtbot, run.id)
    assert win.results.periods() == ["2025"] and shown_names(win) == ["Ann", "Bob", "Cai"]


def test_cancelling_a_recompute_changes_nothing_and_says_so(qtbot, people, manager, site):
    win = window(qtbot, manager, site)
    dialog = win.recompute()
    dialog.period_edit.setText("2025")
    # The worker's first report stops it, in its own thread (deterministic however fast).
    dialog.job._relay.progress.connect(
        lambda *_: dialog.job.cancel(), Qt.ConnectionType.DirectConnection
    )
    dialog.start()
    dialog.cancel_button.click()
    assert dialog.status.text() == "Cancelling…" and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.job.running)
    assert dialog.status.text() == "The recompute was cancelled; nothing was changed."
    assert dialog.isVisible() and dialog.start_button.isEnabled()
    assert tiers.runs(manager.id) == []


def test_a_bad_period_is_refused_next_to_the_field(qtbot, people, manager, site):
    win = window(qtbot, manager, site)
    dialog = win.recompute()
    dialog.period_edit.setText("next year")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.job.running)
    assert dialog.period_error.isVisibleTo(dialog)
    assert "2026" in dialog.period_error.text()


def test_movements_default_to_the_previous_and_current_periods(qtbot, people, manager, site):
    tiers.recompute(manager.id, "2025")
    tiers.recompute(manager.id, "2026")
    win = window(qtbot, manager, site)
    moves = win.movements
    assert (moves.from_combo.currentData(), moves.to_combo.currentData()) == ("2025", "2026")
    counts = {g: moves.model.count(g) for g in ("up", "down", "dropped", "new")}
    assert counts == {"up": 1, "down": 1, "dropped": 1, "new": 0}
    assert moves.buttons["up"].text() == "Up  1"
    moves.buttons["down"].click()
    assert moves.model.rowCount() == 1
    row = [moves.model.data(moves.model.index(0, c)) for c in range(6)]
    assert row[1] == "Ann" and row[4:] == ["Platinum", "Lead"]
    moves.buttons["dropped"].click()
    assert moves.model.data(moves.model.index(0, 5)) == "no tier"


def test_movements_export_to_a_file(qtbot, people, manager, site, tmp_path, monkeypatch):
    from receptionist.ui.common import ask

    tiers.recompute(manager.id, "2025")
    tiers.recompute(manager.id, "2026")
    target = tmp_path / "moves.csv"
    monkeypatch.setattr(ask, "save_file", lambda *_a: str(target))
    win = window(qtbot, manager, site)
    win.movements.export()
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("movement,")
    assert win.movements.status.text() == "Exported 3 movements to moves.csv."


def test_suggestions_are_confirmed_one_or_all_and_the_list_refreshes(
    qtbot, people, manager, site, confirm_yes
):
    customers.change_category(manager.id, people["Cai"], "vip", "long partner")
    tiers.recompute(manager.id, "2025")
    win = window(qtbot, manager, site)
    tab = win.suggestions
    assert tab.table.rowCount() == 2  # Ann → VIP; Cai (VIP at lead) → review
    names = [tab.table.item(r, 0).text() for r in range(2)]
    ann_row = names.index("Ann")
    assert tab.table.item(ann_row, 3).text() == "VIP"
    assert tab.table.item(ann_row, 4).text() == "Platinum in 2025"
    tab.table.selectRow(ann_row)
    tab.confirm_selected()
    assert customers.get_customer(manager.id, people["Ann"]).category == "vip"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "Cai"
    assert tab.status.text() == "Changed the category of 1 customers."
    tab.confirm_all()
    assert len(confirm_yes) == 1  # all asks first
    assert customers.get_customer(manager.id, people["Cai"]).category == "existing"
    assert tab.table.rowCount() == 0


def test_declining_confirm_all_changes_nothing(qtbot, people, manager, site, monkeypatch):
    from receptionist.ui.common import ask

    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    tiers.recompute(manager.id, "2025")
    win = window(qtbot, manager, site)
    win.suggestions.confirm_all()
    assert customers.get_customer(manager.id, people["Ann"]).category == "existing"
    assert win.suggestions.table.rowCount() == 1


def test_a_reports_only_role_sees_results_but_not_recompute_or_suggestions(
    qtbot, people, manager, site, monkeypatch
):
    from receptionist.domain import roles

    tiers.recompute(manager.id, "2025")
    reader = staffing.add("Rita Reports", "", Role.MANAGER)
    monkeypatch.setitem(
        roles.ROLE_PERMISSIONS,
        Role.MANAGER,
        frozenset({roles.Permission.REPORTS}),
    )
    win = window(qtbot, reader, site)
    assert win.suggestions is None
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
        "Results",
        "Movements",
        "About the rule",
    ]
    assert not win.results.recompute_button.isVisibleTo(win)
    assert not win.movements.export_button.isVisibleTo(win)
    assert win.recompute() is None
    assert win.results.periods() == ["2025"]


def test_the_about_tab_explains_the_rule_with_the_worked_example(qtbot, manager, site):
    win = window(qtbot, manager, site)
    text = win.about.text.toPlainText()
    assert "5 − ⌊5 · (r − 1) / N⌋" in text
    assert "3.67" in text and "213" in text


def test_the_manage_menu_offers_tiers_with_reports_and_opens_one_window(
    desk, ctx, manager, monkeypatch
):
    from receptionist.domain import roles

    toolbar = desk.toolbar
    assert not toolbar.tiers_action.isVisible()  # a receptionist
    actions = toolbar.manage_menu.actions()
    assert actions.index(toolbar.tiers_action) == actions.index(toolbar.archive_section) + 1
    assert actions.index(toolbar.tiers_action) + 1 == actions.index(toolbar.duplicates_action)
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, Role.MANAGER, frozenset({roles.Permission.REPORTS}))
    ctx.actor = manager
    ctx.signals.actor_changed.emit()
    assert toolbar.tiers_action.isVisible() and not toolbar.duplicates_action.isVisible()
    assert toolbar.manage_button.property("holder").isVisible()  # a REPORTS-only role
    toolbar.tiers_action.trigger()
    first = desk.tiers.window
    assert first is not None and first.isVisible()
    toolbar.tiers_action.trigger()
    assert desk.tiers.window is first  # one instance, raised again
    desk.close()
    assert not first.isVisible()
