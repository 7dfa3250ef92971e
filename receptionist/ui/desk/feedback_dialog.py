"""The feedback form: a returned feedback card is scanned (or its code typed) in the search
box, and the receptionist copies the visitor's ticks and comment into this form.

A visit has one feedback: when it already has one, the form shows it read-only and says
who entered it and when.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.feedback import RATING_MAX, RATING_MIN, RATINGS, RECOMMEND_MAX, RECOMMEND_MIN
from ...services import clock, feedback
from ...services.views import FeedbackView, VisitView
from ..common import labels
from ..common.forms import error_label, with_error
from ..common.labels import error_text, message_text
from ..common.retranslate import Retranslating


class RatingRow(QWidget):
    """Five toggle buttons 1-5; clicking the chosen one again clears it."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"rating_{name}")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(value), objectName=f"rating_{name}_{value}")
            button.setCheckable(True)
            button.setFixedWidth(40)
            button.setProperty("role", "rating")
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, clicked: QAbstractButton) -> None:
        for button in self.group.buttons():
            if button is not clicked:
                button.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        checked = [self.group.id(b) for b in self.group.buttons() if b.isChecked()]
        return checked[0] if checked else None

    def set_value(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.group.buttons():
            button.setEnabled(not read_only)

    def set_accessible(self, label: str) -> None:
        self.setAccessibleName(label)
        for button in self.group.buttons():
            text = QCoreApplication.translate("FeedbackDialog", "{rating}: {value} of {highest}")
            button.setAccessibleName(
                text.format(rating=label, value=self.group.id(button), highest=RATING_MAX)
            )


class FeedbackDialog(Retranslating, QDialog):
    """Enter (or, when entered already, show) the feedback of one finished visit."""

    def __init__(self, ctx, visit: VisitView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.visit = visit
        self.saved: FeedbackView | None = None
        self.existing: FeedbackView | None = None
        self._errors: dict[str, DeskError] = {}
        self.setObjectName("feedback_dialog")
        self.setMinimumWidth(480)
        self.setStyleSheet(
            'QPushButton[role="rating"]:checked { background: #1d4ed8; '
            "color: white; font-weight: bold; border: 1px solid #1e3a8a; "
            "border-radius: 3px; padding: 3px; }"
        )

        self.visit_labels = {
            key: QLabel(objectName=f"feedback_{key}") for key in ("code", "visitor", "host", "date")
        }
        self.visit_captions = {key: QLabel() for key in self.visit_labels}
        visit_form = QFormLayout()
        for key, label in self.visit_labels.items():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            visit_form.addRow(self.visit_captions[key], label)
        self.visit_labels["code"].setText(visit.code)
        self.visit_labels["visitor"].setText(visit.customer_name)
        self.visit_labels["host"].setText(visit.host_name or "—")
        day = visit.check_out_at or visit.check_in_at
        self.visit_labels["date"].setText(clock.local(day).strftime("%Y-%m-%d") if day else "—")

        self.notice = QLabel(objectName="feedback_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fef3c7; color: #78350f; padding: 6px; "
            "border: 1px solid #f59e0b; border-radius: 4px;"
        )
        self.notice.hide()

        self.rows = {name: RatingRow(name) for name in RATINGS}
        self.row_labels = {name: QLabel() for name in RATINGS}
        self.error_labels = {
            name: error_label(f"feedback_{name}_error")
            for name in (*RATINGS, "recommend", "comment", "code")
        }
        self.recommend = QSpinBox(objectName="feedback_recommend")
        self.recommend.setRange(RECOMMEND_MIN - 1, RECOMMEND_MAX)  # the lowest: not given
        self.recommend.setValue(-1)
        self.recommend.setMaximumWidth(140)
        self.recommend_label = QLabel()
        self.comment = QPlainTextEdit(objectName="feedback_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.comment_label = QLabel()
        form = QFormLayout()
        for name in RATINGS:
            self.row_labels[name].setBuddy(self.rows[name].group.button(1))
            form.addRow(self.row_labels[name], with_error(self.rows[name], self.error_labels[name]))
        self.recommend_label.setBuddy(self.recommend)
        form.addRow(
            self.recommend_label, with_error(self.recommend, self.error_labels["recommend"])
        )
        self.comment_label.setBuddy(self.comment)
        form.addRow(self.comment_label, with_error(self.comment, self.error_labels["comment"]))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("feedback_save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("feedback_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(visit_form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error_labels["code"])
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        try:
            self.existing = feedback.feedback_for(self._ctx.actor.id, visit.code)
        except DeskError as err:
            self._errors["code"] = err
        if self.existing is not None:
            self.show_existing(self.existing)
        self.retranslate()
        self.rows["overall"].group.button(1).setFocus()

    # -- entering -------------------------------------------------------------------
    def values(self) -> dict:
        recommend = self.recommend.value()
        return {
            **{name: self.rows[name].value() for name in RATINGS},
            "recommend": None if recommend < 0 else recommend,
            "comment": self.comment.toPlainText(),
        }

    def accept(self) -> None:
        if self.existing is not None:
            super().accept()
            return
        self._errors.clear()
        self._show_errors()
        values = self.values()
        if values["overall"] is None:
            self._errors["overall"] = DeskError("overall_required", field="overall")
            self._show_errors()
            return
        try:
            self.saved = feedback.record_feedback(
                self._ctx.actor.id, self.visit.code, source="card", **values
            )
        except DeskError as err:
            self.existing = (
                feedback.feedback_for(self._ctx.actor.id, self.visit.code)
                if err.code == "feedback_exists"
                else None
            )
            if self.existing is not None:
                self.show_existing(self.existing)
            else:
                self._errors[err.field if err.field in self.error_labels else "code"] = err
            self.retranslate()
            return
        super().accept()

    def _show_errors(self) -> None:
        for name, label in self.error_labels.items():
            err = self._errors.get(name)
            label.setVisible(err is not None)
            if err is not None:
                label.setText(error_text(err))

    def show_existing(self, entered: FeedbackView) -> None:
        """What was entered before, read-only."""
        for name in RATINGS:
            self.rows[name].set_value(getattr(entered, name))
            self.rows[name].set_read_only(True)
        self.recommend.setValue(-1 if entered.recommend is None else entered.recommend)
        self.recommend.setReadOnly(True)
        self.comment.setPlainText(entered.comment)
        self.comment.setReadOnly(True)
        self.save_button.hide()
        self.notice.show()

    # -- text -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback card — {code}").format(code=self.visit.code))
        captions = {
            "code": self.tr("Visit code"),
            "visitor": labels.visitor_word(self._ctx.hotel_mode),
            "host": self.tr("Host"),
            "date": self.tr("Date"),
        }
        for key, caption in captions.items():
            self.visit_captions[key].setText(caption)
            self.visit_labels[key].setAccessibleName(caption)
        names = {
            "overall": self.tr("&Overall satisfaction *"),
            "attitude": self.tr("Service &attitude"),
            "professionalism": self.tr("&Professionalism"),
            "speed": self.tr("&Speed"),
            "environment": self.tr("&Environment"),
        }
        for name, text in names.items():
            self.row_labels[name].setText(text)
            self.rows[name].set_accessible(text.replace("&", "").rstrip(" *"))
        scale = {"lowest": RECOMMEND_MIN, "highest": RECOMMEND_MAX}
        self.recommend_label.setText(
            self.tr("Would &recommend us ({lowest}–{highest})").format(**scale)
        )
        self.recommend.setSpecialValueText(self.tr("not given"))
        self.recommend.setAccessibleName(
            self.tr("Would recommend us, {lowest} to {highest}").format(**scale)
        )
        self.comment_label.setText(self.tr("&Comment"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(
            self.tr("What the guest wrote on the card")
            if self._ctx.hotel_mode
            else self.tr("What the visitor wrote on the card")
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the feedback"))
        self.cancel_button.setText(self.tr("Close") if self.existing else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        if self.existing is not None:
            self.notice.setText(
                self.tr(
                    "{problem} Entered by {name} on {time}; shown below as it was entered."
                ).format(
                    problem=message_text("feedback_exists"),
                    name=self.existing.entered_by or "—",
                    time=clock.local(self.existing.entered_at).strftime("%Y-%m-%d %H:%M"),
                )
            )
        self._show_errors()


def open_feedback_form(parent: QWidget | None, ctx, visit: VisitView) -> FeedbackView | None:
    """Show the form for ``visit``; the feedback saved, or None (cancelled, or shown
    read-only because it was entered before)."""
    dialog = FeedbackDialog(ctx, visit, parent)
    dialog.exec()
    return dialog.saved
