"""The Today list of follow-up tasks (回访) in the desk's Today panel: the signed-in
person's tasks due today and overdue (overdue first, in red), and "Record outcome…" for
the chosen one. A manager (FOLLOW_UPS) can switch to the department's list, with each
person's due and overdue counts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.followups import TaskStatus
from ...domain.roles import Permission
from ...services import clock, followups
from ...services.access import allowed
from ...services.followups import PersonLoad, TaskView
from ..common import ask, labels
from ..common.context import DeskContext
from ..common.dates import to_qdate
from ..common.retranslate import Retranslating
from ..common.style import COLORS
from . import outcome_dialog
from .labels import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


class TodayTasks(Retranslating, QWidget):
    """The follow-up tasks due for the person at the desk (or their department)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks: list[TaskView] = []
        self._people: list[PersonLoad] = []
        self._shown: tuple | None = None
        self.setObjectName("follow_up_today")
        self.title = QLabel(objectName="follow_up_title")
        self.title.setProperty("role", "subheading")
        self.department_box = QCheckBox(objectName="follow_up_department")
        self.department_box.toggled.connect(lambda _on: self.refresh())
        self.counts = QLabel(objectName="follow_up_counts")
        self.counts.setWordWrap(True)
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tree = QTreeWidget(objectName="follow_up_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(120)
        self.tree.itemActivated.connect(lambda *_: self.record_outcome())
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.outcome_button = QPushButton(objectName="follow_up_outcome")
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome_button.setEnabled(False)
        self.empty = QLabel(objectName="follow_up_empty")
        self.empty.setProperty("role", "hint")

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.department_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.counts)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.outcome_button)
        layout.addLayout(row)
        ctx.signals.actor_changed.connect(self.refresh)
        self.retranslate()

    # -- data -------------------------------------------------------------------------
    @property
    def department_mode(self) -> bool:
        return self.department_box.isChecked() and allowed(self._ctx.actor, Permission.FOLLOW_UPS)

    def refresh(self) -> None:
        """Read the list again (the Today panel calls this when it refreshes)."""
        actor = self._ctx.actor
        self.department_box.setVisible(allowed(actor, Permission.FOLLOW_UPS))
        tasks: list[TaskView] = []
        people: list[PersonLoad] = []
        if not self._ctx.signed_in or not allowed(actor, Permission.OWN_VISITS):
            pass
        elif self.department_mode:
            today = followups.department_due(actor.id)
            tasks, people = today.tasks, today.people
        else:
            tasks = followups.due(actor.id)
        shown = (self.department_mode, tasks, people)
        if shown == self._shown:  # the desk's poll: nothing changed, keep the selection
            return
        self._tasks, self._people, self._shown = tasks, people, shown
        self._show()

    def tasks(self) -> list[TaskView]:
        """What the list shows, in order."""
        return list(self._tasks)

    def _chosen(self) -> TaskView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((t for t in self._tasks if t.id == wanted), None)

    def _selection_changed(self) -> None:
        self.outcome_button.setEnabled(self._chosen() is not None)

    def record_outcome(self) -> None:
        """Ask for the chosen task's outcome (done with a note, or skipped with a reason)
        and record it."""
        task = self._chosen()
        if task is None:
            return
        answer = outcome_dialog.ask_outcome(self, f"{kind_label(task.kind)} · {task.customer_name}")
        if answer is None:
            return
        status, text = answer
        try:
            if status == TaskStatus.DONE:
                followups.record_outcome(self._ctx.actor.id, task.id, text)
            else:
                followups.skip(self._ctx.actor.id, task.id, text)
        except DeskError as error:
            ask.warn(self, self.tr("Follow-up not recorded"), labels.error_text(error))
        self.refresh()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.department_box.setText(self.tr("My department"))
        self.department_box.setAccessibleName(self.tr("Show my department's follow-ups"))
        self.outcome_button.setText(self.tr("Record outcome…"))
        self.outcome_button.setAccessibleName(self.tr("Record the chosen task's outcome"))
        self.tree.setAccessibleName(self.tr("Follow-ups due today"))
        self.setAccessibleName(self.tr("Follow-ups due today"))
        self._show()

    def _show(self) -> None:
        overdue = sum(t.overdue for t in self._tasks)
        self.title.setText(
            self.tr("Follow-ups due: %n", "", len(self._tasks))
            + (self.tr(" (%n overdue)", "", overdue) if overdue else "")
        )
        department = self.department_mode
        headers = [self.tr("Due"), self.tr("Task"), self.tr("Customer")]
        if department:
            headers.append(self.tr("Assigned to"))
        chosen = self._chosen()
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(headers)
        locale = QLocale()
        today = clock.local(clock.now()).date()
        red = QBrush(QColor(COLORS["danger"]))
        for task in self._tasks:
            due = locale.toString(to_qdate(task.due_on), QLocale.FormatType.ShortFormat)
            if task.overdue:  # said in words too: red alone is lost on a selected row
                late = (today - task.due_on).days
                due_text = self.tr("%n day(s) late", "", late)
            else:
                due_text = self.tr("today") if task.due_on == today else due
            cells = [due_text, kind_label(task.kind), task.customer_name]
            if department:
                cells.append(task.assignee_name or self.tr("nobody yet"))
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, task.id)
            if task.overdue:
                for column in range(len(cells)):
                    item.setForeground(column, red)
                item.setToolTip(0, self.tr("Overdue: due {date}").format(date=due))
            self.tree.addTopLevelItem(item)
            if chosen is not None and chosen.id == task.id:
                self.tree.setCurrentItem(item)
        for column in range(len(headers) - 1):
            self.tree.resizeColumnToContents(column)
        self.counts.setVisible(department)
        self.counts.setText(self._counts_text())
        self.empty.setVisible(not self._tasks)
        self.empty.setText(self.tr("Nothing due today."))
        self.outcome_button.setEnabled(self._chosen() is not None)

    def _counts_text(self) -> str:
        parts = []
        for person in self._people:
            name = person.name or self.tr("unassigned")
            parts.append(
                self.tr("{name}: {due} due, {overdue} overdue").format(
                    name=name, due=person.due, overdue=person.overdue
                )
            )
        return self.tr("; ").join(parts)
