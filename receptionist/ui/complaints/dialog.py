"""The complaint window: subject, customer, severity, channel, handler, deadlines
(overdue in red), the five steps (``steps_view``), "Reopen step…" with a reason (the
handler or COMPLAINTS) and "Change handler" (COMPLAINTS). A refusal is one sentence next
to its field and what was typed stays; after a write the suggested category is asked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import complaints, staff
from ...services.access import allowed
from ...services.complaint_views import ComplaintChange, ComplaintView
from ..common.context import DeskContext
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from . import texts
from .steps_view import StepsView
from .suggest import offer_category

INFO = ("customer", "severity", "channel", "handler", "opened", "acknowledge_by", "resolve_by")


class ComplaintDialog(Retranslating, QDialog):
    """One complaint; ``changed`` after each write this window made."""

    changed = Signal(object)  # ComplaintView

    def __init__(self, ctx: DeskContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.complaint_id = complaint_id
        self.view: ComplaintView | None = None
        self.setObjectName("complaint_dialog")
        self.resize(640, 760)
        self.subject = QLabel(objectName="complaint_subject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.state_label = QLabel(objectName="complaint_state")
        self.description = QLabel(objectName="complaint_description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = {key: QLabel(objectName=f"complaint_{key}") for key in INFO}
        self.captions = {key: QLabel() for key in INFO}
        info = QFormLayout()
        for key in INFO:
            info.addRow(self.captions[key], self.info[key])
        self.steps = StepsView()
        self.steps.done.connect(self._record)
        scroll = QScrollArea(objectName="complaint_steps_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps)

        self.reopen_box = QGroupBox(objectName="complaint_reopen_box")
        self.reopen_step = QComboBox(objectName="complaint_reopen_step")
        self.reopen_reason = QLineEdit(objectName="complaint_reopen_reason")
        self.reopen_button = QPushButton(objectName="complaint_reopen")
        self.reopen_button.clicked.connect(self._reopen)
        self.reopen_error = error_label("complaint_reopen_error")
        row = QHBoxLayout()
        row.addWidget(self.reopen_step)
        row.addWidget(self.reopen_reason, 1)
        row.addWidget(self.reopen_button)
        box = QVBoxLayout(self.reopen_box)
        box.addLayout(row)
        box.addWidget(self.reopen_error)

        self.handler_box = QGroupBox(objectName="complaint_handler_box")
        self.handler_combo = QComboBox(objectName="complaint_handler_combo")
        self.handler_button = QPushButton(objectName="complaint_change_handler")
        self.handler_button.clicked.connect(self._change_handler)
        self.handler_error = error_label("complaint_handler_error")
        row = QHBoxLayout()
        row.addWidget(self.handler_combo, 1)
        row.addWidget(self.handler_button)
        box = QVBoxLayout(self.handler_box)
        box.addLayout(row)
        box.addWidget(self.handler_error)
        self.general_error = error_label("complaint_error")

        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.state_label)
        layout.addLayout(info)
        layout.addWidget(self.description)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.reopen_box)
        layout.addWidget(self.handler_box)
        self._staff_loaded = False
        self.retranslate()
        self.refresh()

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the complaint again (what is typed in the fields stays)."""
        try:
            self.show_view(complaints.complaint(self._ctx.actor.id, self.complaint_id))
        except DeskError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()

    def show_view(self, view: ComplaintView) -> None:
        self.view = view
        actor = self._ctx.actor
        handler = view.handler_id == actor.id
        self.subject.setText(view.subject)
        self.description.setText(view.description)
        self.description.setVisible(bool(view.description))
        self.info["customer"].setText(view.customer_name)
        self.info["severity"].setText(texts.severity(view.severity))
        self.info["channel"].setText(texts.channel(view.channel))
        self.info["handler"].setText(view.handler_name or "—")
        self.info["opened"].setText(texts.when(view.opened_at))
        self.info["acknowledge_by"].setText(texts.when(view.acknowledge_by))
        self.info["resolve_by"].setText(texts.when(view.resolve_by))
        late_ack = view.overdue and view.step < 1
        for key, late in (("acknowledge_by", late_ack), ("resolve_by", view.overdue)):
            self.info[key].setStyleSheet("color: #b91c1c; font-weight: bold;" if late else "")
        self._show_state(view)
        may_record = allowed(actor, Permission.DESK) or handler
        self.steps.show_complaint(view, actor.id, may_record)
        may_reopen = allowed(actor, Permission.COMPLAINTS) or handler
        self.reopen_box.setVisible(may_reopen and view.step > 0)
        kept = self.reopen_step.currentData()
        self.reopen_step.clear()
        for step in range(1, view.step + 1):
            self.reopen_step.addItem(texts.step_title(step), step)
        if kept is not None and self.reopen_step.findData(kept) >= 0:
            self.reopen_step.setCurrentIndex(self.reopen_step.findData(kept))
        self.handler_box.setVisible(allowed(actor, Permission.COMPLAINTS))
        if self.handler_box.isVisibleTo(self) and not self._staff_loaded:
            for member in staff.list_staff(actor.id):
                self.handler_combo.addItem(member.name, member.id)
            self._staff_loaded = True
        index = self.handler_combo.findData(view.handler_id)
        if index >= 0:
            self.handler_combo.setCurrentIndex(index)

    def _show_state(self, view: ComplaintView) -> None:
        if view.status == "closed":
            text, color = self.tr("Closed: the customer says it is resolved"), "#15803d"
        elif view.overdue:
            text, color = self.tr("Open — overdue"), "#b91c1c"
        else:
            text, color = self.tr("Open"), "#1d4ed8"
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {color}; font-weight: bold;")

    # -- writing ----------------------------------------------------------------------
    def _apply(self, change: ComplaintChange) -> None:
        self.show_view(change.complaint)
        self.changed.emit(change.complaint)
        offer_category(self._ctx, change, self)

    def _version(self) -> int | None:
        return self.view.row_version if self.view else None

    def _record(self, step: int, note: str, resolved: object) -> None:
        self.general_error.hide()
        try:
            change = complaints.record_step(
                self._ctx.actor.id,
                self.complaint_id,
                step,
                note,
                resolved if isinstance(resolved, bool) else None,
                expected_version=self._version(),
            )
        except DeskError as error:
            self.steps.show_error(error_text(error))
            return
        self._apply(change)

    def _reopen(self) -> None:
        self.reopen_error.hide()
        step = self.reopen_step.currentData()
        if step is None:
            return
        try:
            change = complaints.reopen_step(
                self._ctx.actor.id,
                self.complaint_id,
                step,
                self.reopen_reason.text(),
                expected_version=self._version(),
            )
        except DeskError as error:
            self.reopen_error.setText(error_text(error))
            self.reopen_error.show()
            return
        self.reopen_reason.clear()
        self._apply(change)

    def _change_handler(self) -> None:
        self.handler_error.hide()
        try:
            view = complaints.change_handler(
                self._ctx.actor.id,
                self.complaint_id,
                self.handler_combo.currentData(),
                expected_version=self._version(),
            )
        except DeskError as error:
            self.handler_error.setText(error_text(error))
            self.handler_error.show()
            return
        self.show_view(view)
        self.changed.emit(view)

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint"))
        for key, text in (
            ("customer", self.tr("Customer")),
            ("severity", self.tr("Severity")),
            ("channel", self.tr("Channel")),
            ("handler", self.tr("Handler")),
            ("opened", self.tr("Opened")),
            ("acknowledge_by", self.tr("Acknowledge by")),
            ("resolve_by", self.tr("Resolve by")),
        ):
            self.captions[key].setText(text)
        self.reopen_box.setTitle(self.tr("Reopen a step"))
        self.reopen_reason.setPlaceholderText(self.tr("Why (required)"))
        self.reopen_reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reopen_step.setAccessibleName(self.tr("Step to reopen"))
        self.reopen_button.setText(self.tr("Reopen step"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the step"))
        self.handler_box.setTitle(self.tr("Change handler"))
        self.handler_combo.setAccessibleName(self.tr("New handler"))
        self.handler_button.setText(self.tr("Change handler"))
        self.handler_button.setAccessibleName(self.tr("Change handler"))
        self.steps.retranslate()
        if self.view is not None:
            self.show_view(self.view)
