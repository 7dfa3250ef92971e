"""The audit trail window (审计记录), for managers and administrators: filters above a
lazily loaded table of entries, newest first, and "Verify chain", which walks the whole
chain off the GUI thread and says in one sentence whether it holds or where it breaks.

Filters: the days, the staff member, the action and the record (its kind and, when
typed, its number). Esc and Ctrl+W close it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import access, audit, clock, list_exports, staff
from ...services.audit import TrailFilter, TrailVerdict
from ..common.background import Background
from ..common.context import DeskContext
from ..common.dates import to_date
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.filter_fields import day_edit, filter_combo
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .labels import action_label, known_actions, known_records
from .model import (
    COL_ACTION,
    COL_RECORD,
    COL_STATION,
    COL_SUMMARY,
    COL_WHEN,
    COL_WHO,
    AuditTrailModel,
)

DEFAULT_DAYS = 30
COLUMN_WIDTHS = (
    (COL_WHEN, 130),
    (COL_WHO, 130),
    (COL_STATION, 130),
    (COL_ACTION, 190),
    (COL_RECORD, 120),
)


class AuditTrailWindow(Retranslating, QWidget):
    """Filters above a lazily loaded table of audit entries, and "Verify chain"."""

    def __init__(self, ctx: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._verdict: TrailVerdict | None = None
        self._verify_failed = False
        self._filter_error: DeskError | None = None
        self.setObjectName("audit_window")
        self.model = AuditTrailModel(lambda: self._ctx.actor.id, self)
        self._verifier = Background(self)
        self._verifier.done.connect(self._verified)
        self._verifier.failed.connect(self._not_verified)

        today = clock.local(clock.now()).date()
        self.from_label = QLabel()
        self.audit_from = day_edit("audit_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_label = QLabel()
        self.audit_to = day_edit("audit_to", today)
        self.who_label = QLabel()
        self.audit_staff = filter_combo("audit_staff")
        self.action_label = QLabel()
        self.audit_action = filter_combo("audit_action_combo")
        self.record_label = QLabel()
        self.audit_record_type = filter_combo("audit_record_type")
        self.audit_record_id = QLineEdit(objectName="audit_record_id")
        self.audit_record_id.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.audit_record_id.setClearButtonEnabled(True)
        self.audit_record_id.setMaximumWidth(110)
        self.summary = QLabel(objectName="audit_summary")

        self.audit_table = QTableView(objectName="audit_table")
        self.audit_table.setModel(self.model)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setAlternatingRowColors(True)
        self.audit_table.setWordWrap(False)
        self.audit_table.verticalHeader().hide()
        rows = self.audit_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.audit_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in COLUMN_WIDTHS:
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)

        self.export_button = QPushButton(objectName="audit_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_dialog: ExportDialog | None = None
        self.verify_button = QPushButton(objectName="audit_verify_button")
        self.verify_button.clicked.connect(self.verify_chain)
        self.verdict_label = QLabel(objectName="audit_verdict")
        self.verdict_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid())
        layout.addWidget(self.audit_table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.verdict_label)
        for keys in (QKeySequence.StandardKey.Close, QKeySequence("Escape")):
            QShortcut(keys, self, self.close)

        self.retranslate()
        self._fill_staff()
        for edit in (self.audit_from, self.audit_to):
            edit.dateChanged.connect(self._dates_changed)
        for combo in (self.audit_staff, self.audit_action, self.audit_record_type):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.audit_record_id.editingFinished.connect(self.apply_filter)
        self.model.rowsInserted.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        ctx.signals.staff_changed.connect(self._fill_staff)
        ctx.signals.actor_changed.connect(self._actor_changed)
        self.apply_filter()

    def _filter_grid(self) -> QGridLayout:
        grid = QGridLayout()
        record = QHBoxLayout()
        record.addWidget(self.audit_record_type)
        record.addWidget(self.audit_record_id)
        rows = (
            (
                (self.from_label, self.audit_from),
                (self.to_label, self.audit_to),
                (self.who_label, self.audit_staff),
            ),
            ((self.action_label, self.audit_action), (self.record_label, record)),
        )
        for row, pairs in enumerate(rows):
            for i, (label, widget) in enumerate(pairs):
                grid.addWidget(label, row, 2 * i, Qt.AlignmentFlag.AlignRight)
                if isinstance(widget, QHBoxLayout):
                    grid.addLayout(widget, row, 2 * i + 1)
                else:
                    grid.addWidget(widget, row, 2 * i + 1)
        self.from_label.setBuddy(self.audit_from)
        self.to_label.setBuddy(self.audit_to)
        self.who_label.setBuddy(self.audit_staff)
        self.action_label.setBuddy(self.audit_action)
        self.record_label.setBuddy(self.audit_record_type)
        grid.setColumnStretch(6, 1)
        return grid

    # -- filters -----------------------------------------------------------------------
    def current_filter(self) -> TrailFilter:
        number = self.audit_record_id.text().strip()
        return audit.trail_filter(
            self._ctx.actor.id,
            to_date(self.audit_from.date()),
            to_date(self.audit_to.date()),
            actor=self.audit_staff.currentData(),
            action=self.audit_action.currentData(),
            record_type=self.audit_record_type.currentData(),
            record_id=int(number) if number.isdigit() else None,
        )

    def apply_filter(self) -> None:
        try:
            flt = self.current_filter()
        except DeskError as err:  # a staff member renamed or removed meanwhile
            self._filter_error = err
            self._update_summary()
            return
        self._filter_error = None
        self.model.set_filter(flt)

    def export(self) -> ExportDialog | None:
        """Open the Export… dialog for the entries the filters hold now (AUDIT)."""
        try:
            flt = self.current_filter()
        except DeskError as err:
            self._filter_error = err
            self._update_summary()
            return None
        actor_id = self._ctx.actor.id

        def run(path: str, file_format: str, **kwargs) -> int:
            return list_exports.export_audit(actor_id, path, flt, file_format=file_format, **kwargs)

        words = dict(known_actions())
        request = ExportRequest(
            "audit",
            self.tr("Export the audit trail"),
            self.tr("audit-trail"),
            run,
            {"action": lambda code: words.get(code, action_label(code))},
        )
        self.export_dialog = open_export(self, request)
        return self.export_dialog

    def _dates_changed(self) -> None:
        start, end = self.audit_from.date(), self.audit_to.date()
        if start > end:
            other = self.audit_to if self.sender() is self.audit_from else self.audit_from
            other.blockSignals(True)
            other.setDate(start if other is self.audit_to else end)
            other.blockSignals(False)
        self.apply_filter()

    def _fill_staff(self) -> None:
        current = self.audit_staff.currentData()
        self.audit_staff.blockSignals(True)
        self.audit_staff.clear()
        self.audit_staff.addItem(self.tr("Anyone"), None)
        for person in staff.list_staff(self._ctx.actor.id, active_only=False):
            self.audit_staff.addItem(person.name, person.name)
        self.audit_staff.setCurrentIndex(max(self.audit_staff.findData(current), 0))
        self.audit_staff.blockSignals(False)

    def _fill_codes(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _actor_changed(self) -> None:
        """The next person at the desk may not read the trail: the window closes."""
        if not access.allowed(self._ctx.actor, Permission.AUDIT):
            self.close()

    # -- verify the chain --------------------------------------------------------------
    def verify_chain(self) -> None:
        """Walk the chain on a worker thread; the verdict arrives in ``verdict_label``."""
        self._verdict = None
        self._verify_failed = False
        self.verify_button.setEnabled(False)
        self.verdict_label.setText(self.tr("Checking every entry of the audit trail…"))
        actor_id = self._ctx.actor.id
        self._verifier.run(lambda: audit.verify_trail(actor_id))

    @property
    def verdict(self) -> TrailVerdict | None:
        """The last verdict of "Verify chain" (None before one arrived)."""
        return self._verdict

    def _verified(self, verdict: object) -> None:
        self.verify_button.setEnabled(True)
        self._verdict = verdict if isinstance(verdict, TrailVerdict) else None
        self._show_verdict()

    def _not_verified(self) -> None:
        self.verify_button.setEnabled(True)
        self._verify_failed = True
        self._show_verdict()

    def _show_verdict(self) -> None:
        number = QLocale().toString
        verdict = self._verdict
        if self._verify_failed:
            text = self.tr("The audit trail could not be checked; try again in a moment.")
        elif verdict is None:
            text = ""
        elif verdict.ok:
            text = self.tr("The audit trail is intact: all {count} entries check out.").format(
                count=number(verdict.checked)
            )
        else:
            problems = {
                "content_changed": self.tr(
                    "The audit trail was changed behind the app's back: entry {id} no longer "
                    "matches what was written. Keep the database as it is and tell your "
                    "administrator."
                ),
                "link_broken": self.tr(
                    "The audit trail was changed behind the app's back: entry {id} does not "
                    "follow the entry before it. Keep the database as it is and tell your "
                    "administrator."
                ),
                "entry_missing": self.tr(
                    "The audit trail was changed behind the app's back: the entry before "
                    "entry {id} was deleted. Keep the database as it is and tell your "
                    "administrator."
                ),
            }
            template = problems.get(verdict.problem or "", problems["content_changed"])
            text = template.format(id=verdict.broken_id)
        self.verdict_label.setText(text)
        self.verdict_label.setProperty("role", "error" if verdict and not verdict.ok else "")

    # -- text --------------------------------------------------------------------------
    def _update_summary(self) -> None:
        loaded = self.model.rowCount()
        number = QLocale().toString
        if self._filter_error is not None:
            text = error_text(self._filter_error)
        elif loaded == 0:
            text = self.tr("No audit entries match these filters.")
        else:
            text = self.tr("Entries 1–{loaded}").format(loaded=number(loaded))
            if self.model.canFetchMore(QModelIndex()):
                text += self.tr("; scroll down for more")
        self.summary.setText(text)

    def closeEvent(self, event) -> None:
        self._verifier.cancel()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.who_label.setText(self.tr("&Who"))
        self.action_label.setText(self.tr("&Action"))
        self.record_label.setText(self.tr("&Record"))
        self.audit_record_id.setPlaceholderText(self.tr("Number"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Check that no entry was changed or deleted behind the app's back")
        )
        self.audit_from.setAccessibleName(self.tr("Entries from date"))
        self.audit_to.setAccessibleName(self.tr("Entries to date"))
        self.audit_staff.setAccessibleName(self.tr("Filter by staff member"))
        self.audit_action.setAccessibleName(self.tr("Filter by action"))
        self.audit_record_type.setAccessibleName(self.tr("Filter by kind of record"))
        self.audit_record_id.setAccessibleName(self.tr("Filter by record number"))
        self.audit_table.setAccessibleName(self.tr("Audit trail"))
        self.summary.setAccessibleName(self.tr("Entries shown"))
        self.verify_button.setAccessibleName(self.tr("Verify chain"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the entries shown"))
        self.verdict_label.setAccessibleName(self.tr("Verdict of the chain check"))
        self._fill_codes(self.audit_action, known_actions())
        self._fill_codes(self.audit_record_type, known_records())
        if self.audit_staff.count():
            self.audit_staff.setItemText(0, self.tr("Anyone"))
        self.model.retranslate()
        self._update_summary()
        self._show_verdict()
