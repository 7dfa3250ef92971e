"""The outbox window (Manage → Outbox…): every message to a person, newest first — to
whom, by which channel, what, whether it was sent, waits or was given up, how many tries,
the last error and the next try. "Only what is waiting" filters; "Send now" runs a pass of
the desk's sender (on its worker thread); "Try again" sends a given-up message once more.
While open it reads itself again every few seconds and after each of the sender's passes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.outbox import MessageStatus
from ...services import outbox
from ...services.outbox import OutboxEntry
from ..common.context import DeskContext
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.outbox_sender import OutboxSender, PassResult
from ..common.retranslate import Retranslating
from .model import COLUMNS, OutboxModel

REFRESH_MS = 3_000
# Columns that size to their text up to this many average characters (the rest elide);
# the last error takes the room that is left.
CAPPED = {"to": 16, "subject": 40}


class OutboxWindow(Retranslating, QWidget):
    retried = Signal(int)  # a given-up message was sent again (its id)

    def __init__(
        self, ctx: DeskContext, sender: OutboxSender, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sender = sender
        self._awaiting = 0  # the pass that serves "Send now" (0: none)
        self.setObjectName("outbox_window")
        self.waiting_only = QCheckBox(objectName="outbox_waiting_only")
        self.waiting_only.toggled.connect(self._filter_toggled)
        self.send_button = QPushButton(objectName="outbox_send_now_button")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = QPushButton(objectName="outbox_retry_button")
        self.retry_button.clicked.connect(self.retry_selected)
        self.result_label = QLabel(objectName="outbox_result")
        self.error = error_label("outbox_error")
        self.model = OutboxModel(self._read, self)
        self.table = QTableView(objectName="outbox_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for name in CAPPED:
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("error"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._fit_columns)

        row = QHBoxLayout()
        row.addWidget(self.waiting_only)
        row.addStretch(1)
        row.addWidget(self.result_label)
        row.addWidget(self.retry_button)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        sender.finished.connect(self._pass_finished)
        self.retranslate()
        self.refresh()

    # -- reading ----------------------------------------------------------------------
    def _read(self, pending_only: bool, limit: int, before_id: int | None) -> list[OutboxEntry]:
        return outbox.outbox_entries(self._ctx.actor.id, pending_only, limit, before_id)

    def _reading(self, read) -> bool:
        """Run a read; a refusal or a fault is said above the table (the last rows stay)."""
        try:
            read()
        except DeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.error.hide()
        return True

    def refresh(self) -> None:
        """Read the outbox from its newest message (the filter changed, the window is
        opened again)."""
        self._reading(self.model.refresh)
        self._update_buttons()

    def reload(self) -> None:
        """Read again what is listed, keeping the selected message and the scroll."""
        chosen = self.selected_entry()
        scroll = self.table.verticalScrollBar().value()
        if self._reading(self.model.reload) and chosen is not None:
            row = self.model.row_of(chosen.id)
            if row >= 0 and self.selected_entry() is None:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.table.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _filter_toggled(self, _on: bool) -> None:
        self.model.pending_only = self.waiting_only.isChecked()
        self.refresh()

    def _fit_columns(self, *_args) -> None:
        chars = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for name, most in CAPPED.items():
            column = COLUMNS.index(name)
            natural = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(natural, most * chars))

    # -- acting -----------------------------------------------------------------------
    def selected_entry(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_message(self, message_id: int) -> bool:
        row = self.model.row_of(message_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        chosen = self.selected_entry()
        self.retry_button.setEnabled(chosen is not None and chosen.status is MessageStatus.FAILED)
        self.send_button.setEnabled(not self._awaiting)

    def send_now(self) -> None:
        """A pass of the sender now (off the GUI thread); its outcome beside the button."""
        self._awaiting = self._sender.run_pass()
        self.result_label.setText(self.tr("Sending…"))
        self._update_buttons()

    def retry_selected(self) -> None:
        chosen = self.selected_entry()
        if chosen is None or chosen.status is not MessageStatus.FAILED:
            return
        if not self._reading(lambda: outbox.retry_message(self._ctx.actor.id, chosen.id)):
            return
        self.retried.emit(chosen.id)
        self.reload()
        self.send_now()

    def _pass_finished(self, result: PassResult) -> None:
        if self._awaiting and result.number >= self._awaiting:
            self._awaiting = 0
            self.result_label.setText(self._result_text(result))
        if self.isVisible():
            self.reload()
        self._update_buttons()

    def _result_text(self, result: PassResult) -> str:
        report = result.report
        if report is None:
            return self.tr("Sending failed just now; it is tried again in a few seconds.")
        failed = len(report.failures)
        if not report.sent and not failed:
            return self.tr("Nothing was due.")
        text = self.tr("%n message(s) sent.", "", report.sent)
        if failed:
            text += " " + self.tr("%n could not be delivered.", "", failed)
        return text

    # -- shown ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self._timer.stop()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.setAccessibleName(self.tr("Outbox"))
        self.waiting_only.setText(self.tr("Only what is waiting"))
        self.waiting_only.setAccessibleName(self.tr("Only what is waiting"))
        self.send_button.setText(self.tr("Send now"))
        self.send_button.setAccessibleName(self.tr("Send now"))
        self.send_button.setToolTip(self.tr("Send what is due now instead of in a few seconds"))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Send the selected given-up message once more"))
        self.result_label.setAccessibleName(self.tr("Last sending"))
        self.table.setAccessibleName(self.tr("Messages"))
        self.model.reformat()
