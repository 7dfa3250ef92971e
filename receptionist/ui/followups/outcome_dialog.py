"""The short dialog that records a task's outcome: done with a note, or skipped with a
reason (required)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.followups import TaskStatus


class OutcomeDialog(QDialog):
    """``outcome()`` after ``exec()``: (``done`` | ``skipped``, the note or reason)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_outcome_dialog")
        self.setWindowTitle(self.tr("Record the outcome"))
        self.task_label = QLabel(title, objectName="follow_up_outcome_task")
        self.task_label.setWordWrap(True)
        self.done_radio = QRadioButton(self.tr("Done"), objectName="follow_up_done")
        self.done_radio.setAccessibleName(self.tr("Done"))
        self.skip_radio = QRadioButton(
            self.tr("Skipped (give the reason)"), objectName="follow_up_skipped"
        )
        self.skip_radio.setAccessibleName(self.tr("Skipped"))
        self.done_radio.setChecked(True)
        self.note = QPlainTextEdit(objectName="follow_up_note")
        self.note.setAccessibleName(self.tr("Note or reason"))
        self.note.setPlaceholderText(self.tr("What came of it, or why it was skipped"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="follow_up_outcome_buttons",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addWidget(self.done_radio)
        layout.addWidget(self.skip_radio)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    def outcome(self) -> tuple[str, str]:
        status = TaskStatus.DONE if self.done_radio.isChecked() else TaskStatus.SKIPPED
        return str(status), self.note.toPlainText()


def ask_outcome(parent: QWidget | None, title: str) -> tuple[str, str] | None:
    """(status, text) or None when cancelled; tests replace this function."""
    dialog = OutcomeDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.outcome()
