"""The five steps as a vertical list: a done step says who, when and its note (and the
customer's answer for the call-back); the next step has a note field and "Done" (step 5:
"Resolved" / "Not resolved", disabled for the handler, who may not call back their own
complaint); later steps wait."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.complaints import CALL_BACK, STEPS
from ...services.complaint_views import ComplaintStepView, ComplaintView
from ..common.forms import error_label
from . import texts


def _latest(view: ComplaintView, step: int) -> ComplaintStepView | None:
    entries = [s for s in view.steps if s.step == step]
    return entries[-1] if entries else None


class StepsView(QWidget):
    """The steps of one complaint; ``done(step, note, resolved)`` when the next is done."""

    done = Signal(int, str, object)  # step, note, resolved (None before step 5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_steps")
        self.frames: dict[int, QFrame] = {}
        self.boxes: dict[int, QVBoxLayout] = {}
        self.titles: dict[int, QLabel] = {}
        self.status: dict[int, QLabel] = {}
        self.details: dict[int, QLabel] = {}
        for step in STEPS:
            frame = QFrame(objectName=f"complaint_step_{step}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            title = QLabel(objectName=f"complaint_step_{step}_title")
            title.setStyleSheet("font-weight: bold;")
            self.titles[step] = title
            self.status[step] = QLabel(objectName=f"complaint_step_{step}_status")
            self.details[step] = QLabel(objectName=f"complaint_step_{step}_detail")
            self.details[step].setWordWrap(True)
            self.details[step].setTextFormat(Qt.TextFormat.RichText)
            self.details[step].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            head = QHBoxLayout()
            head.addWidget(title)
            head.addStretch(1)
            head.addWidget(self.status[step])
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 4, 8, 6)
            box.setSpacing(2)
            box.addLayout(head)
            box.addWidget(self.details[step])
            self.frames[step] = frame
            self.boxes[step] = box
        self.note = QPlainTextEdit(objectName="complaint_step_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note_error = error_label("complaint_step_note_error")
        self.handler_notice = QLabel(objectName="complaint_call_back_notice")
        self.handler_notice.setWordWrap(True)
        self.handler_notice.setStyleSheet(
            "background: #fef3c7; color: #78350f; padding: 4px; border: 1px solid #f59e0b;"
        )
        self.done_button = QPushButton(objectName="complaint_step_done")
        self.resolved_button = QPushButton(objectName="complaint_resolved")
        self.not_resolved_button = QPushButton(objectName="complaint_not_resolved")
        self.done_button.clicked.connect(lambda: self._emit(None))
        self.resolved_button.clicked.connect(lambda: self._emit(True))
        self.not_resolved_button.clicked.connect(lambda: self._emit(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.done_button, self.resolved_button, self.not_resolved_button):
            buttons.addWidget(button)
        self.editor = QWidget(objectName="complaint_step_editor")
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 4, 0, 0)
        editor.addWidget(self.handler_notice)
        editor.addWidget(self.note)
        editor.addWidget(self.note_error)
        editor.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for frame in self.frames.values():
            layout.addWidget(frame)
        layout.addStretch(1)
        self.next_step: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for step in STEPS:
            self.titles[step].setText(texts.step_title(step))
        self.note.setAccessibleName(self.tr("Note of the step"))
        self.note.setPlaceholderText(self.tr("What was said or done (required)"))
        self.done_button.setText(self.tr("Done"))
        self.resolved_button.setText(self.tr("Resolved"))
        self.not_resolved_button.setText(self.tr("Not resolved"))
        self.done_button.setAccessibleName(self.tr("Mark the step done"))
        self.resolved_button.setAccessibleName(self.tr("The customer says it is resolved"))
        self.not_resolved_button.setAccessibleName(self.tr("The customer says it is not resolved"))
        self.handler_notice.setText(
            self.tr(
                "You handle this complaint: someone else must make the call-back "
                "and record the customer's answer."
            )
        )

    def show_complaint(self, view: ComplaintView, actor_id: int, may_record: bool) -> None:
        """Show ``view``'s steps; the editor goes under the next step (none when closed
        or when the actor may not record steps)."""
        moved = self.next_step != view.next_step
        self.next_step = view.next_step
        for step in STEPS:
            entry = _latest(view, step)
            frame = self.frames[step]
            if step <= view.step and entry is not None:
                self.status[step].setText(self.tr("Completed"))
                self.status[step].setStyleSheet("color: #15803d; font-weight: bold;")
                frame.setStyleSheet("")
                self.details[step].setText(self._done_text(entry))
            elif step == view.next_step:
                self.status[step].setText(self.tr("Next"))
                self.status[step].setStyleSheet("color: #1d4ed8; font-weight: bold;")
                frame.setStyleSheet(f"QFrame#{frame.objectName()} {{ border: 2px solid #1d4ed8; }}")
                self.details[step].setText(self._reopened_text(entry))
            else:
                self.status[step].setText(self.tr("To do"))
                self.status[step].setStyleSheet("color: #6b7280;")
                frame.setStyleSheet("")
                self.details[step].setText(self._reopened_text(entry))
            self.details[step].setVisible(bool(self.details[step].text()))
        self._place_editor(view, actor_id, may_record, moved)

    def _place_editor(
        self, view: ComplaintView, actor_id: int, may_record: bool, moved: bool
    ) -> None:
        step = view.next_step
        if step is None or not may_record:
            self.editor.hide()
            self.editor.setParent(self)
            return
        frame = self.frames[step]
        if self.editor.parent() is not frame:
            self.boxes[step].addWidget(self.editor)
        if moved:
            self.note.clear()
            self.note_error.hide()
        call_back = step == CALL_BACK
        handler = view.handler_id == actor_id
        self.done_button.setVisible(not call_back)
        self.resolved_button.setVisible(call_back)
        self.not_resolved_button.setVisible(call_back)
        self.resolved_button.setEnabled(not handler)
        self.not_resolved_button.setEnabled(not handler)
        self.handler_notice.setVisible(call_back and handler)
        self.note.setEnabled(not (call_back and handler))
        self.editor.show()

    def _done_text(self, entry: ComplaintStepView) -> str:
        who = escape(entry.staff_name or "—")
        line = self.tr("{who}, {when}").format(who=who, when=texts.when(entry.at))
        if entry.resolved is True:
            line += " — " + self.tr("the customer says it is resolved")
        html = f"<span style='color:#4b5563'>{line}</span>"
        if entry.note:
            html += "<br>" + escape(entry.note).replace("\n", "<br>")
        return html

    def _reopened_text(self, entry: ComplaintStepView | None) -> str:
        """The last time this step was reopened (or the call-back said not resolved)."""
        if entry is None:
            return ""
        who = escape(entry.staff_name or "—")
        if entry.action == "reopened":
            text = self.tr("Reopened by {who}, {when}: {reason}")
        elif entry.resolved is False:
            text = self.tr("Call-back by {who}, {when}: not resolved. {reason}")
        else:
            return ""
        line = text.format(who=who, when=texts.when(entry.at), reason=escape(entry.note))
        return f"<span style='color:#b45309'>{line}</span>"

    def show_error(self, text: str) -> None:
        self.note_error.setText(text)
        self.note_error.show()

    def _emit(self, resolved: bool | None) -> None:
        if self.next_step is not None:
            self.note_error.hide()
            self.done.emit(self.next_step, self.note.toPlainText(), resolved)
