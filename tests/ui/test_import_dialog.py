"""The import and export dialogs: shown to managers only; the mapping step pre-filled
from the headers; a check lists the rejected rows by line; the import runs on a worker
thread with progress, and a cancel writes nothing."""

from __future__ import annotations

import csv

import pytest

from receptionist.domain.importing import IGNORE
from receptionist.services import customers
from receptionist.store.models import Customer, Purchase
from receptionist.ui.archive import entry
from receptionist.ui.archive.export_dialog import ExportDialog
from receptionist.ui.archive.import_dialog import MAPPING, PREVIEW, ImportDialog
from receptionist.ui.common.context import DeskContext
from tests import staffing


@pytest.fixture
def manager(db, actor):
    return staffing.add("Manager Wu", "Reception", "manager")


@pytest.fixture
def manager_ctx(ctx, manager) -> DeskContext:
    return DeskContext(actor=manager, site=ctx.site, language="en")


@pytest.fixture
def dialog(qtbot, manager_ctx):
    window = ImportDialog(manager_ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_actions_show_for_a_manager_only(desk, ctx, manager, monkeypatch):
    bar = desk.toolbar
    assert not bar.import_action.isVisible() and not bar.export_action.isVisible()
    ctx.actor = manager
    ctx.signals.actor_changed.emit()
    assert bar.import_action.isVisible() and bar.export_action.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(entry, "open_import", lambda c, p: opened.append("import"))
    monkeypatch.setattr(entry, "open_export", lambda c, p: opened.append("export"))
    bar.import_action.trigger()
    bar.export_action.trigger()
    assert opened == ["import", "export"]


def read(dialog, path, kind: str = "customers") -> None:
    dialog.choose_page.kind_combo.setCurrentIndex(dialog.choose_page.kind_combo.findData(kind))
    dialog.choose_page.file_edit.setText(str(path))
    dialog.next_button.click()


def test_mapping_then_check_then_import_the_good_rows(qtbot, dialog, manager, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "姓名,手机,Farbe,公司\n张伟,13800138000,rot,星辰\n,13800138001,blau,\n李娜,12,grün,\n",
        encoding="utf-8",
    )
    read(dialog, path)
    assert dialog.pages.currentIndex() == MAPPING
    page = dialog.mapping_page
    assert [c.currentData() for c in page.combos] == ["name", "phone", IGNORE, "company"]
    assert page.table.item(0, 1).text() == "张伟 · 李娜"  # the first values of the column
    page.combos[3].setCurrentIndex(page.combos[3].findData(IGNORE))  # company left out
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW)
    table = dialog.preview_page.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows == [("3", "Name"), ("4", "Phone")]
    assert table.item(0, 2).text() == "Name is required."
    assert "1 new customers can be imported" in dialog.preview_page.summary.text()
    assert Customer.select().count() == 0
    assert not dialog.run_button.isEnabled()  # bad rows: only with "import the good rows"
    dialog.preview_page.skip_bad.setChecked(True)
    assert dialog.run_button.isEnabled()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.preview_page.result.text() != "")
    assert dialog.preview_page.result.text() == "Imported 1 new customers."
    assert dialog.preview_page.progress.value() == dialog.preview_page.progress.maximum()
    [hit] = customers.search(manager.id, "张伟").hits
    assert Customer.get_by_id(hit.id).company == ""
    assert not dialog.run_button.isVisible()


def test_a_bad_file_and_a_bad_mapping_are_said_next_to_their_step(qtbot, dialog, tmp_path):
    read(dialog, tmp_path / "missing.csv")
    assert dialog.pages.currentIndex() == 0
    assert "could not be read" in dialog.choose_page.error.text()
    path = tmp_path / "sales.csv"
    path.write_text("Kunde,Datum\nKarl,2026-01-01\n", encoding="utf-8")
    read(dialog, path, "purchases")
    dialog.check_button.click()
    dialog.job.wait()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    assert (
        dialog.mapping_page.error.text()
        == "No column holds date; map one of the file's columns to it."
    )


def test_cancelling_the_import_writes_nothing(qtbot, dialog, manager, tmp_path, table_counts):
    path = tmp_path / "sales.csv"
    lines = ["customer_ref,name,phone,date,amount"]
    lines += [f"R{i},Person {i},,2026-01-{1 + i % 28:02d},{i}.50" for i in range(3000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read(dialog, path, "purchases")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW)
    assert "3000 purchases can be imported" in dialog.preview_page.summary.text()
    before = table_counts()
    dialog.run_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    dialog.cancel_button.click()  # the worker stops at its next chunk of 1,000 rows
    qtbot.waitUntil(lambda: not dialog.job.running)
    assert dialog.preview_page.result.text() == "The import was cancelled; nothing was written."
    assert table_counts() == before and Purchase.select().count() == 0


def test_export_writes_the_chosen_category(qtbot, manager_ctx, manager, tmp_path):
    customers.register_customer(manager.id, name="王芳", phone="13900139000", category="vip")
    customers.register_customer(manager.id, name="Other", category="prospect")
    window = ExportDialog(manager_ctx)
    qtbot.addWidget(window)
    window.category_combo.setCurrentIndex(window.category_combo.findData("vip"))
    window.export()
    assert window.error.text() == "Choose the file to write first."
    out = tmp_path / "vip.csv"
    window.file_edit.setText(str(out))
    window.export()
    assert window.result_label.text() == f"Exported 1 customers to {out}."
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["name"], r["category"]) for r in rows] == [("王芳", "vip")]
    window.format_combo.setCurrentIndex(window.format_combo.findData("xlsx"))
    assert window.file_edit.text().endswith("vip.xlsx")
