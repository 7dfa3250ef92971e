"""Plan a visit ahead for the chosen customer: day, time, host, purpose, party size, note.

Saving gives the visit an invitation code, shown as selectable text with "Print
invitation"; the visitor brings it to the kiosk or the desk. Errors stay next to their
field and nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Purpose
from ...domain.errors import DeskError
from ...services import clock, planning
from ...services.views import CustomerView, VisitView
from ..common import labels
from ..common.dates import to_date, to_qdate, to_time
from ..common.forms import error_label, with_error
from ..common.host_combo import HostCombo
from ..common.retranslate import Retranslating

_PURPOSES = (Purpose.SALES, Purpose.AFTER_SALES, Purpose.COMPLAINT, Purpose.RELATIONSHIP)
# Which error label shows a service error, by the error's field.
_FIELDS = {
    "expected_at": "when",
    "host": "host",
    "purpose": "purpose",
    "party_size": "party",
    "note": "note",
}


def next_full_hour() -> datetime:
    """The next full hour, local time (tomorrow 00:00 late in the evening)."""
    now = clock.local(clock.now())
    return (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)


class PlanVisitDialog(Retranslating, QDialog):
    """The form, then the invitation code of the planned visit."""

    planned = Signal(object)  # VisitView of the planned visit
    print_requested = Signal(str)  # invitation code

    def __init__(self, ctx, customer: CustomerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer = customer
        self.visit: VisitView | None = None
        self._errors: dict[str, DeskError | str] = {}
        self.setObjectName("plan_dialog")
        self.setMinimumWidth(420)
        self.stack = QStackedWidget(objectName="plan_stack")
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.retranslate()
        self.date_edit.setFocus()

    # -- building -----------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget(objectName="plan_form")
        self.customer_label = QLabel(self.customer.name, objectName="plan_customer")
        self.customer_label.setProperty("role", "customer_name")
        when = next_full_hour()
        self.date_edit = QDateEdit(objectName="plan_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(to_qdate(clock.local(clock.now()).date()))
        self.date_edit.setDate(to_qdate(when.date()))
        self.time_edit = QTimeEdit(objectName="plan_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(when.hour, when.minute))
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.date_edit, 1)
        when_row.addWidget(self.time_edit)
        when_box = QWidget()
        when_box.setLayout(when_row)
        self.host_combo = HostCombo("plan_host_combo", lambda: self._ctx.actor)
        self.purpose_combo = QComboBox(objectName="plan_purpose")
        for purpose in _PURPOSES:
            self.purpose_combo.addItem("", str(purpose))
        self.purpose_combo.setCurrentIndex(-1)
        self.party_size = QSpinBox(objectName="plan_party_size")
        self.party_size.setRange(1, 200)
        self.note_edit = QLineEdit(objectName="plan_note")
        self.note_edit.setMaxLength(500)

        self.error_labels = {
            key: error_label(f"plan_{key}_error")
            for key in ("when", "host", "purpose", "party", "note")
        }
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key, field, buddy in (
            ("when", when_box, self.date_edit),
            ("host", self.host_combo, self.host_combo),
            ("purpose", self.purpose_combo, self.purpose_combo),
            ("party", self.party_size, self.party_size),
            ("note", self.note_edit, self.note_edit),
        ):
            label = self.form_labels[key] = QLabel()
            label.setBuddy(buddy)
            self.form.addRow(label, with_error(field, self.error_labels[key]))
        self.general_error = error_label("plan_error")
        self.save_button = QPushButton(objectName="plan_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="plan_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.customer_label)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addLayout(self._button_row(self.save_button, self.cancel_button))
        return page

    def _build_done(self) -> QWidget:
        page = QWidget(objectName="plan_done")
        self.done_title = QLabel(objectName="plan_done_title")
        self.done_title.setProperty("role", "heading")
        self.done_summary = QLabel(objectName="plan_done_summary")
        self.done_summary.setWordWrap(True)
        self.invite_code_label = QLabel(objectName="plan_invite_code")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(22)
        font.setBold(True)
        self.invite_code_label.setFont(font)
        self.invite_code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invite_code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.done_hint = QLabel(objectName="plan_done_hint")
        self.done_hint.setProperty("role", "hint")
        self.done_hint.setWordWrap(True)
        self.print_button = QPushButton(objectName="plan_print_button")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._request_print)
        self.close_button = QPushButton(objectName="plan_close")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_summary)
        layout.addWidget(self.invite_code_label)
        layout.addWidget(self.done_hint)
        layout.addStretch(1)
        layout.addLayout(self._button_row(self.print_button, self.close_button))
        return page

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    # -- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a visit"))
        self.customer_label.setAccessibleName(self.tr("Customer"))
        texts = {
            "when": self.tr("&Expected"),
            "host": self.tr("&Host"),
            "purpose": self.tr("&Purpose"),
            "party": self.tr("Party si&ze"),
            "note": self.tr("&Note"),
        }
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.date_edit.setAccessibleName(self.tr("Expected day"))
        self.time_edit.setAccessibleName(self.tr("Expected time"))
        self.host_combo.retranslate(self._ctx.hotel_mode)
        for i, purpose in enumerate(_PURPOSES):
            self.purpose_combo.setItemText(i, labels.purpose_label(purpose))
        self.purpose_combo.setPlaceholderText(self.tr("Choose why they come"))
        self.purpose_combo.setAccessibleName(self.tr("Purpose of the visit"))
        self.party_size.setAccessibleName(self.tr("Party size"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional, for the host"))
        self.save_button.setText(self.tr("Plan visit"))
        self.save_button.setAccessibleName(self.tr("Plan the visit"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.done_title.setText(self.tr("Visit planned"))
        self.invite_code_label.setAccessibleName(self.tr("Invitation code"))
        self.done_hint.setText(
            self.tr(
                "Give the guest this invitation code: they type or "
                "scan it at the kiosk or the desk on the day."
            )
            if self._ctx.hotel_mode
            else self.tr(
                "Give the visitor this invitation code: they type or "
                "scan it at the kiosk or the desk on the day."
            )
        )
        self.print_button.setText(self.tr("Print invitation"))
        self.print_button.setAccessibleName(self.tr("Print the invitation"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self._show_summary()
        for key, error in self._errors.items():
            label = self._error_label(key)
            label.setText(labels.error_text(error) if isinstance(error, DeskError) else error)

    def _show_summary(self) -> None:
        visit = self.visit
        if visit is None or visit.expected_at is None:  # a planned visit has the time
            return
        when = clock.local(visit.expected_at)
        summary = self.tr("{name} is expected on {day} at {time}.").format(
            name=visit.customer_name, day=when.date().isoformat(), time=when.strftime("%H:%M")
        )
        if visit.host_name:
            summary += " " + self.tr("Host: {host}.").format(host=visit.host_name)
        self.done_summary.setText(summary)
        self.invite_code_label.setText(visit.invite_code or "")

    # -- saving -------------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        return self.error_labels.get(key, self.general_error)

    def _show_error(self, key: str, error: DeskError | str, focus: QWidget) -> None:
        self._errors[key] = error
        label = self._error_label(key)
        label.setText(labels.error_text(error) if isinstance(error, DeskError) else error)
        label.show()
        focus.setFocus()

    def _clear_errors(self) -> None:
        self._errors.clear()
        for label in (*self.error_labels.values(), self.general_error):
            label.hide()

    def expected_at(self) -> datetime:
        """The chosen day and time, local, as an aware time."""
        return datetime.combine(
            to_date(self.date_edit.date()), to_time(self.time_edit.time())
        ).astimezone()

    def save(self) -> None:
        self._clear_errors()
        purpose = self.purpose_combo.currentData()
        if purpose is None:
            self._show_error(
                "purpose", self.tr("Choose the purpose of the visit."), self.purpose_combo
            )
            return
        ok, host_id = self.host_combo.host_id()
        if not ok:
            self._show_error("host", self.host_combo.unknown_host_text(), self.host_combo)
            return
        try:
            visit = planning.plan_visit(
                self._ctx.actor.id,
                customer_id=self.customer.id,
                purpose=purpose,
                expected_at=self.expected_at(),
                host_id=host_id,
                party_size=self.party_size.value(),
                note=self.note_edit.text(),
            )
        except DeskError as err:
            key = _FIELDS.get(err.field or "", "general")
            focus = {
                "when": self.date_edit,
                "host": self.host_combo,
                "purpose": self.purpose_combo,
                "party": self.party_size,
                "note": self.note_edit,
            }.get(key, self.save_button)
            self._show_error(key, err, focus)
            return
        self.visit = visit
        self._show_summary()
        self.stack.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.planned.emit(visit)

    def _request_print(self) -> None:
        if self.visit is not None and self.visit.invite_code:
            self.print_requested.emit(self.visit.invite_code)
