"""Opening a complaint: subject (required), description, severity, channel and handler
(by default the visit's host, else whoever opens it, as the service does). Once opened,
the problem category is offered (asked, never silent) and the complaint window shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import complaints as rules
from ...domain.errors import DeskError
from ...services import complaints, staff
from ...services.complaint_views import ComplaintChange
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from . import texts
from .suggest import offer_category

FIELDS = ("subject", "description", "severity", "channel", "handler")


class OpenComplaintDialog(Retranslating, QDialog):
    """Open a complaint of one customer (optionally about one visit)."""

    opened = Signal(object)  # ComplaintChange

    def __init__(
        self,
        ctx: DeskContext,
        customer_id: int,
        customer_name: str,
        visit_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.visit_code = visit_code
        self.change: ComplaintChange | None = None
        self.setObjectName("open_complaint_dialog")
        self.setMinimumWidth(520)
        self.customer_label = QLabel(customer_name, objectName="open_complaint_customer")
        self.subject = QLineEdit(objectName="open_complaint_subject")
        self.subject.setMaxLength(rules.SUBJECT_MAX)
        self.description = QPlainTextEdit(objectName="open_complaint_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.severity = QComboBox(objectName="open_complaint_severity")
        self.channel = QComboBox(objectName="open_complaint_channel")
        self.handler = QComboBox(objectName="open_complaint_handler")
        self.errors = {name: error_label(f"open_complaint_{name}_error") for name in FIELDS}
        self.general_error = error_label("open_complaint_error")
        self.captions = {name: QLabel() for name in ("customer", *FIELDS)}
        form = QFormLayout()
        form.addRow(self.captions["customer"], self.customer_label)
        widgets = {
            "subject": self.subject,
            "description": self.description,
            "severity": self.severity,
            "channel": self.channel,
            "handler": self.handler,
        }
        for name, widget in widgets.items():
            self.captions[name].setBuddy(widget)
            form.addRow(self.captions[name], with_error(widget, self.errors[name]))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("open_complaint_ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._fill_choices()
        self.retranslate()

    def _fill_choices(self) -> None:
        for value in rules.SEVERITIES:
            self.severity.addItem("", value)
        self.severity.setCurrentIndex(rules.SEVERITIES.index("normal"))
        for value in rules.CHANNELS:
            self.channel.addItem("", value)
        self.handler.addItem("", None)  # the default: the visit's host, else me
        for member in staff.list_staff(self._ctx.actor.id):
            self.handler.addItem(member.name, member.id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a complaint"))
        for name, text in (
            ("customer", self.tr("Customer")),
            ("subject", self.tr("&Subject")),
            ("description", self.tr("&Description")),
            ("severity", self.tr("Se&verity")),
            ("channel", self.tr("C&hannel")),
            ("handler", self.tr("H&andler")),
        ):
            self.captions[name].setText(text)
        for widget, text in (
            (self.subject, self.tr("Subject")),
            (self.description, self.tr("Description")),
            (self.severity, self.tr("Severity")),
            (self.channel, self.tr("Channel")),
            (self.handler, self.tr("Handler")),
        ):
            widget.setAccessibleName(text)
        self.subject.setPlaceholderText(self.tr("In a few words: what is the complaint about?"))
        for index, value in enumerate(rules.SEVERITIES):
            self.severity.setItemText(index, texts.severity(value))
        for index, value in enumerate(rules.CHANNELS):
            self.channel.setItemText(index, texts.channel(value))
        default = (
            self.tr("The visit's host") if self.visit_code else self.tr("Me ({name})")
        ).format(name=self._ctx.actor.name)
        self.handler.setItemText(0, default)
        self.ok_button.setText(self.tr("Open the complaint"))

    def submit(self) -> None:
        """Open the complaint; a refusal shows next to its field and keeps what was
        typed."""
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        try:
            change = complaints.open_complaint(
                self._ctx.actor.id,
                self.customer_id,
                self.subject.text(),
                description=self.description.toPlainText(),
                visit_code=self.visit_code,
                severity=self.severity.currentData(),
                channel=self.channel.currentData(),
                handler_id=self.handler.currentData(),
            )
        except DeskError as error:
            label = self.errors.get(error.field or "", self.general_error)
            label.setText(error_text(error))
            label.show()
            return
        self.change = change
        offer_category(self._ctx, change, self)
        self.opened.emit(change)
        self.accept()
