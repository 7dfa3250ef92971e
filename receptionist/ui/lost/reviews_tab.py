"""The reviews: the list (name, last activity, rule, tier history, status); choosing one
shows its last contacts, the analysis form (competitor with suggestions, reason, note,
can we win them back, who is best placed: Save makes their win-back task) and the
outcome (won back, lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import lost as rules
from ...domain.errors import DeskError
from ...domain.money import format_money
from ...domain.roles import Permission
from ...services import list_exports, lost, purchases, staff
from ...services.access import allowed
from ...services.lost_views import ReviewView
from ..common.context import DeskContext
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .texts import reason_text, rule_text, status_text, tiers_text

COLUMNS = 5


class ReviewsTab(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[ReviewView] = []
        self.may_decide = allowed(ctx.actor, Permission.FOLLOW_UPS)
        self.status_filter = QComboBox(objectName="lost_status_filter")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.detect_button = QPushButton(objectName="lost_detect_button")
        self.detect_button.clicked.connect(self.detect)
        self.detect_button.setVisible(self.may_decide)
        self.export_button = QPushButton(objectName="lost_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.export_dialog: ExportDialog | None = None
        self.table = QTableWidget(0, COLUMNS, objectName="lost_reviews_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.contacts = QLabel(objectName="lost_contacts_label")
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.competitor = QComboBox(objectName="lost_competitor_field")
        self.competitor.setEditable(True)
        self.reason = QComboBox(objectName="lost_reason_field")
        self.note = QPlainTextEdit(objectName="lost_note_field")
        self.note.setMaximumHeight(70)
        self.win_back = QCheckBox(objectName="lost_win_back_field")
        self.owner = QComboBox(objectName="lost_owner_field")
        self.win_back.toggled.connect(self.owner.setEnabled)
        self.analyse_button = QPushButton(objectName="lost_analyse_button")
        self.analyse_button.setProperty("role", "primary")
        self.analyse_button.clicked.connect(self.analyse)
        self.outcome = QLineEdit(objectName="lost_outcome_field")
        self.won_back_button = QPushButton(objectName="lost_won_back_button")
        self.won_back_button.clicked.connect(lambda: self.close_review(True))
        self.lost_button = QPushButton(objectName="lost_lost_button")
        self.lost_button.clicked.connect(lambda: self.close_review(False))
        self.message = QLabel(objectName="lost_message")
        self.message.setWordWrap(True)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_filter)
        top.addWidget(self.status_label)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        top.addWidget(self.detect_button)
        top.addWidget(self.export_button)
        self.analysis = QGroupBox(objectName="lost_analysis_group")
        form = QFormLayout(self.analysis)
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.competitor, self.reason, self.note, self.owner), strict=True
        ):
            label.setBuddy(field)
        form.addRow(self.form_labels[0], self.competitor)
        form.addRow(self.form_labels[1], self.reason)
        form.addRow(self.form_labels[2], self.note)
        form.addRow(self.win_back)
        form.addRow(self.form_labels[3], self.owner)
        form.addRow(self.analyse_button)
        self.ending = QGroupBox(objectName="lost_outcome_group")
        end = QVBoxLayout(self.ending)
        end.addWidget(self.outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.won_back_button)
        buttons.addWidget(self.lost_button)
        end.addLayout(buttons)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.contacts)
        column.addWidget(self.analysis)
        column.addWidget(self.ending)
        column.addWidget(self.message)
        column.addStretch(1)
        split = QSplitter(objectName="lost_splitter")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._show(None)

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("&Show:"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All reviews"), None)
        for status in rules.STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Which reviews to show"))
        self.detect_button.setText(self.tr("&Detect lost customers"))
        self.detect_button.setAccessibleName(self.tr("Detect lost customers"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the reviews shown"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Last activity"),
                self.tr("Rule"),
                self.tr("Tier history"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Lost-customer reviews"))
        self.contacts.setAccessibleName(self.tr("Last contacts"))
        self.analysis.setTitle(self.tr("Analysis"))
        for label, text in zip(
            self.form_labels,
            (self.tr("&Went to:"), self.tr("&Reason:"), self.tr("&Note:"), self.tr("&Owner:")),
            strict=True,
        ):
            label.setText(text)
        self.competitor.setAccessibleName(self.tr("Competitor they went to"))
        edit = self.competitor.lineEdit()
        if edit is not None:  # an editable combo always has one
            edit.setPlaceholderText(self.tr("A competitor's name"))
        reason = self.reason.currentData()
        self.reason.clear()
        for code in rules.REASONS:
            self.reason.addItem(reason_text(code), code)
        self.reason.setCurrentIndex(max(self.reason.findData(reason), 0))
        self.reason.setAccessibleName(self.tr("Why they left"))
        self.note.setAccessibleName(self.tr("Note on the reason"))
        self.win_back.setText(self.tr("We can &win them back"))
        self.win_back.setAccessibleName(self.tr("We can win them back"))
        self.owner.setAccessibleName(self.tr("Who is best placed to win them back"))
        self.analyse_button.setText(self.tr("&Save analysis"))
        self.analyse_button.setAccessibleName(self.tr("Save the analysis"))
        self.ending.setTitle(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("What happened in the end"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.won_back_button.setText(self.tr("Won &back"))
        self.won_back_button.setAccessibleName(self.tr("Close as won back"))
        self.lost_button.setText(self.tr("&Lost for good"))
        self.lost_button.setAccessibleName(self.tr("Close as lost"))
        self.message.setAccessibleName(self.tr("Message"))
        self._fill()

    def export(self) -> ExportDialog:
        """Open the Export… dialog for the reviews the status filter shows now."""
        status, actor_id = self.status_filter.currentData(), self._ctx.actor.id

        def run(path: str, file_format: str, **kwargs) -> int:
            return list_exports.export_lost(
                actor_id, path, status=status, file_format=file_format, **kwargs
            )

        words = {
            "status": {s: status_text(s) for s in rules.STATUSES},
            "rule": {r: rule_text(r) for r in (rules.THRESHOLD, rules.INTERVAL)},
            "reason": {r: reason_text(r) for r in rules.REASONS},
        }
        labels = {key: (lambda v, w=w: w.get(v, v)) for key, w in words.items()}
        request = ExportRequest(
            "lost",
            self.tr("Export the lost-customer reviews"),
            self.tr("lost-customers"),
            run,
            labels,
        )
        self.export_dialog = open_export(self, request)
        return self.export_dialog

    # -- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        try:
            self._rows = lost.reviews(self._ctx.actor.id, self.status_filter.currentData())
        except DeskError as err:
            self._rows = []
            self.message.setText(error_text(err))
        if self.may_decide:
            self.competitor.clear()
            self.competitor.addItems(lost.competitor_suggestions(self._ctx.actor.id))
            self.owner.clear()
            for person in staff.list_staff(self._ctx.actor.id):
                self.owner.addItem(person.name, person.id)
        self._fill(chosen.id if chosen else None)

    def _fill(self, keep: int | None = None) -> None:
        self.table.setRowCount(len(self._rows))
        for row, r in enumerate(self._rows):
            last = r.last_activity_on.isoformat() if r.last_activity_on else ""
            name = self.tr("Erased customer") if r.erased else r.name
            cells = (name, last, rule_text(r.rule), tiers_text(r.tiers), status_text(r.status))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, column, item)
            if r.id == keep:
                self.table.selectRow(row)
        self._show(self.current())  # the same row chosen again emits nothing

    def current(self) -> ReviewView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()]

    def select_review(self, review_id: int) -> None:
        for row, r in enumerate(self._rows):
            if r.id == review_id:
                self.table.selectRow(row)

    def _chosen(self) -> None:
        self.message.clear()
        self._show(self.current())

    def _show(self, r: ReviewView | None) -> None:
        open_ = r is not None and r.status in rules.ACTIVE and self.may_decide
        for widget in (self.analysis, self.ending):
            widget.setEnabled(open_)
        if r is None:
            self.contacts.setText(self.tr("Choose a review to see the customer's last contacts."))
            return
        visits = ", ".join(v.astimezone().strftime("%Y-%m-%d") for v in r.last_visits)
        bought = self.tr("none")
        if r.last_purchase:
            day, cents = r.last_purchase
            bought = f"{day.isoformat()} ({format_money(cents, purchases.currency())})"
        self.contacts.setText(
            self.tr("{name} · {phone}\nLast visits: {visits}\nLast purchase: {bought}").format(
                name=r.name, phone=r.phone, visits=visits or self.tr("none"), bought=bought
            )
        )
        self.competitor.setCurrentText(r.competitor)
        self.reason.setCurrentIndex(max(self.reason.findData(r.reason), 0))
        self.note.setPlainText(r.reason_note)
        self.win_back.setChecked(bool(r.can_win_back))
        self.owner.setEnabled(bool(r.can_win_back))
        if r.owner_id is not None:
            self.owner.setCurrentIndex(max(self.owner.findData(r.owner_id), 0))
        self.outcome.setText(r.outcome)

    # -- decisions ---------------------------------------------------------------------
    def detect(self) -> None:
        try:
            made = lost.detect(self._ctx.actor.id)
        except DeskError as err:
            self.message.setText(error_text(err))
            return
        self.refresh()
        self.message.setText(
            self.tr("%n customer(s) newly detected as lost.", "", len(made.review_ids))
        )

    def analyse(self) -> None:
        r = self.current()
        if r is None:
            return
        owner = self.owner.currentData() if self.win_back.isChecked() else None
        try:
            done = lost.analyse(
                self._ctx.actor.id,
                r.id,
                self.competitor.currentText(),
                self.reason.currentData(),
                self.note.toPlainText(),
                self.win_back.isChecked(),
                owner,
            )
        except DeskError as err:
            self.message.setText(error_text(err))
            return
        self.refresh()
        self.select_review(done.id)
        self.message.setText(
            self.tr("Saved. {owner} has a win-back task.").format(owner=done.owner_name)
            if done.follow_up_id
            else self.tr("Saved.")
        )
        self.changed.emit()

    def close_review(self, won_back: bool) -> None:
        r = self.current()
        if r is None:
            return
        try:
            lost.close(self._ctx.actor.id, r.id, self.outcome.text(), won_back)
        except DeskError as err:
            self.message.setText(error_text(err))
            return
        self.refresh()
        self.select_review(r.id)
        self.message.setText(self.tr("The review is closed."))
        self.changed.emit()
