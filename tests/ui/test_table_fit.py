"""ColumnFitter: a burst of model signals and resizes costs one fit, after the burst."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from receptionist.ui.common.table_fit import ColumnFitter


def test_a_burst_of_changes_is_fitted_once(qtbot):
    model = QStandardItemModel(0, 3)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fitter = ColumnFitter(view, 0, 5, (2, 1))
    fits = []
    real = fitter._fit_now
    fitter._fit_now = lambda: (fits.append(True), real())
    for n in range(50):
        model.appendRow([QStandardItem(f"name {n}"), QStandardItem("x"), QStandardItem("y")])
    view.resize(400, 300)
    view.show()
    assert fits == []  # nothing measured while the burst goes on
    qtbot.waitUntil(lambda: bool(fits))
    qtbot.wait(50)
    assert fits == [True]
    model.appendRow([QStandardItem("later"), QStandardItem("x"), QStandardItem("y")])
    qtbot.waitUntil(lambda: len(fits) == 2)  # and a later change is fitted again
