"""Visitors expected today (planned visits), next to the on-site board.

One action checks the selected expected visitor in (the button, Enter or a double-click);
the desk then does what it does after any check-in. The list follows the desk's
two-second poll: a kiosk in another process checking an invited visitor in makes the row
go away here and appear on the board.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import planning as planning_rules
from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import clock, planning
from ...services.access import allowed
from ...services.views import VisitView
from ..common import ask, labels
from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from ..common.table_fit import ColumnFitter
from .onsite_model import OnSiteModel, since_text
from .visit_actions import check_in_planned, expected_time

COL_EXPECTED, COL_VISITOR, COL_COMPANY, COL_HOST, COL_PURPOSE, COL_INVITE = range(10, 16)
_LATE_COLOR = "#b91c1c"


def is_late(visit: VisitView) -> bool:
    """The expected time has passed and the visitor is not here yet."""
    return planning_rules.is_late(visit.expected_at, clock.now())


class ExpectedModel(OnSiteModel):
    """Today's expected visitors, earliest first, updated in place like the board."""

    def __init__(self, hotel_mode: bool = False, parent=None) -> None:
        super().__init__(hotel_mode, parent)
        self._late: set[int] = set()

    def _column_list(self) -> list[int]:
        return [COL_EXPECTED, COL_VISITOR, COL_COMPANY, COL_HOST, COL_PURPOSE, COL_INVITE]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return {
            COL_EXPECTED: self.tr("Expected"),
            COL_VISITOR: labels.visitor_word(self._hotel),
            COL_COMPANY: self.tr("Company"),
            COL_HOST: self.tr("Host"),
            COL_PURPOSE: self.tr("Purpose"),
            COL_INVITE: self.tr("Invitation"),
        }[self._columns[section]]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            index.isValid()
            and 0 <= index.row() < len(self._visits)
            and self._columns[index.column()] == COL_EXPECTED
            and self._visits[index.row()].id in self._late
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(_LATE_COLOR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def _display(self, visit: VisitView, column: int) -> str:
        if column == COL_EXPECTED:
            at = since_text(visit.expected_at)
            return self.tr("{time} late").format(time=at) if visit.id in self._late else at
        if column == COL_VISITOR:
            if visit.party_size > 1:
                return f"{visit.customer_name}  ×{visit.party_size}"
            return visit.customer_name
        if column == COL_COMPANY:
            return visit.customer_company
        if column == COL_HOST:
            return visit.host_name or "—"
        if column == COL_PURPOSE:
            return labels.purpose_label(visit.purpose)
        return visit.invite_code or visit.code

    def _tooltip(self, visit: VisitView) -> str:
        lines = [
            f"{visit.invite_code}  {visit.customer_name}",
            visit.customer_company,
            self.tr("Expected at {time}").format(time=since_text(visit.expected_at)),
            self.tr("Late: the expected time has passed") if visit.id in self._late else "",
            self.tr("Party of {count}").format(count=visit.party_size)
            if visit.party_size > 1
            else "",
            visit.note,
        ]
        return "\n".join(line for line in lines if line)

    def tick(self) -> None:
        """The clock moved on: mark who is late now (rows change only when that did)."""
        late = {v.id for v in self._visits if is_late(v)}
        changed, self._late = late != self._late, late
        if changed and self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, len(self._columns) - 1)
            )

    def late_count(self) -> int:
        return len(self._late)


class ExpectedPanel(Retranslating, QWidget):
    """The "Expected today" list with check-in, cancel and print-invitation actions."""

    checked_in = Signal(object)  # VisitView, now on site
    print_requested = Signal(str)  # invitation code
    message = Signal(str)

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """``load=False``: built empty; the owner calls ``refresh``."""
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("expected_panel")
        self.model = ExpectedModel(ctx.hotel_mode, self)
        self.expected_table = QTableView(objectName="expected_table")
        self.expected_table.setModel(self.model)
        self.expected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expected_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expected_table.setShowGrid(False)
        self.expected_table.setWordWrap(False)
        self.expected_table.verticalHeader().hide()
        header = self.expected_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._fitter = ColumnFitter(self.expected_table, 1, 14, (2, 4, 5))
        self.expected_table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.expected_table.installEventFilter(self)
        self.expected_table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons()
        )

        self.expected_hint = QLabel(objectName="expected_hint")
        self.expected_hint.setProperty("role", "hint")
        self.expected_hint.setWordWrap(True)
        self.expected_checkin_button = QPushButton(objectName="expected_checkin_button")
        self.expected_checkin_button.setProperty("role", "primary")
        self.expected_checkin_button.clicked.connect(self.check_in_selected)
        self.cancel_planned_button = QPushButton(objectName="cancel_planned_button")
        self.cancel_planned_button.clicked.connect(self.cancel_selected)
        self.print_invitation_button = QPushButton(objectName="print_invitation_button")
        self.print_invitation_button.clicked.connect(self._request_print)
        # Two rows: side by side the three buttons made the whole desk wider than a
        # small screen.
        buttons = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.expected_checkin_button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.print_invitation_button)
        second.addWidget(self.cancel_planned_button)
        second.addStretch(1)
        buttons.addLayout(first)
        buttons.addLayout(second)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.expected_hint)
        layout.addWidget(self.expected_table, 1)
        layout.addLayout(buttons)

        ctx.signals.visits_changed.connect(self.refresh)
        ctx.signals.settings_changed.connect(self._settings_changed)
        if load:
            self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        hotel = self._ctx.hotel_mode
        self.expected_table.setAccessibleName(
            self.tr("Guests expected today") if hotel else self.tr("Visitors expected today")
        )
        self.expected_checkin_button.setText(self.tr("Check in  (Enter)"))
        self.expected_checkin_button.setAccessibleName(
            self.tr("Check in the selected expected guest")
            if hotel
            else self.tr("Check in the selected expected visitor")
        )
        self.cancel_planned_button.setText(self.tr("Cancel visit…"))
        self.cancel_planned_button.setAccessibleName(self.tr("Cancel the selected planned visit"))
        self.print_invitation_button.setText(self.tr("Print invitation"))
        self.print_invitation_button.setAccessibleName(
            self.tr("Print the invitation of the selected planned visit")
        )
        self.model.retranslate()
        self._update_buttons()

    def _settings_changed(self) -> None:
        self.model.set_hotel_mode(self._ctx.hotel_mode)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.expected_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.check_in_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read today's expected visitors; unchanged rows are left alone."""
        actor = self._ctx.actor  # nobody signed in, or a host: nobody's visits shown
        may = allowed(actor, Permission.DESK)
        self.model.set_visits(planning.expected_on(actor.id) if may else [])
        self.model.tick()
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount()

    def focus_list(self) -> None:
        """Focus the list with a row selected, so Enter checks someone in."""
        self.expected_table.setFocus()
        if self.selected_visit() is None and self.model.rowCount():
            self.expected_table.selectRow(0)

    def selected_visit(self) -> VisitView | None:
        rows = self.expected_table.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def select_visit(self, visit_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.visit(row).id == visit_id:
                self.expected_table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_visit() is not None
        for button in (
            self.expected_checkin_button,
            self.cancel_planned_button,
            self.print_invitation_button,
        ):
            button.setEnabled(chosen)
        hotel = self._ctx.hotel_mode
        if not self.model.rowCount():
            hint = self.tr("Nobody else is expected today. Plan a visit from the check-in panel.")
        else:
            hint = (
                self.tr("Enter or a double-click checks in the selected guest.")
                if hotel
                else self.tr("Enter or a double-click checks in the selected visitor.")
            )
            if self.model.late_count():
                late = self.tr("Late: {late} of {count}.").format(
                    late=self.model.late_count(), count=self.model.rowCount()
                )
                # Two sentences: a space between them in English, none in Chinese.
                hint = self.tr("{first} {second}").format(first=late, second=hint)
        self.expected_hint.setText(hint)

    # -- actions ----------------------------------------------------------------------
    def check_in_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            self.message.emit(
                self.tr("Select an expected guest first.")
                if self._ctx.hotel_mode
                else self.tr("Select an expected visitor first.")
            )
            return
        done, error = check_in_planned(self._ctx, visit)
        if done is None:
            self.message.emit(error)
            self.refresh()
            return
        self.checked_in.emit(done)

    def cancel_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        question = self.tr(
            "Cancel the visit of {name} expected at {time}? The invitation "
            "code {code} will no longer work."
        ).format(name=visit.customer_name, time=expected_time(visit), code=visit.invite_code)
        if not ask.confirm(self, self.tr("Cancel visit"), question):
            return
        try:
            planning.cancel_planned(self._ctx.actor.id, visit.id)
        except DeskError as err:
            self.message.emit(labels.error_text(err))
        else:
            self.message.emit(
                self.tr("Cancelled the visit of {name} ({code}).").format(
                    name=visit.customer_name, code=visit.invite_code
                )
            )
        self.refresh()

    def _request_print(self) -> None:
        visit = self.selected_visit()
        if visit is not None and visit.invite_code:
            self.print_requested.emit(visit.invite_code)
