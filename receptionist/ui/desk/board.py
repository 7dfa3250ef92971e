"""The on-site board: who is here now, since when, with whom; check-out and the playbook
of the selected visit.

On SQLite the board polls the services every two seconds while it is shown (a kiosk in
another process writes to the same file); on PostgreSQL the desk refreshes it when
another station's change notice comes (``use_change_notices``). Rows are updated in
place, so the selection survives a refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VisitStatus
from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import visits
from ...services.access import allowed
from ...services.views import VisitView
from ..common import labels
from ..common.badges import CategoryBadgeDelegate
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating
from ..common.table_fit import ColumnFitter
from ..printing.desk_printing import last_printed
from .claim_bar import ClaimBar
from .onsite_model import (
    COL_CATEGORY,
    COL_CODE,
    COL_HOST,
    COL_NAME,
    COL_PURPOSE,
    COL_SINCE,
    OnSiteModel,
)
from .tier_standard import standard_item
from .visit_actions import check_out_visit

POLL_MS = 2000
TICK_MS = 30_000
HOST_CHARS = 18
ROW_PADDING = 8
PLAYBOOK_LINES = 7  # the playbook pane grows with its steps up to this, then scrolls


class OnSiteBoard(Retranslating, QWidget):
    """Title, the on-site table, check-out (selected row or typed code) and the
    selected visit's playbook as a checklist."""

    message = Signal(str)
    print_requested = Signal(str, str)  # document ("slip" | "card"), visit code
    preview_requested = Signal(str)  # visit code

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """``load=False``: built empty; the owner calls ``refresh`` (the desk does, after
        its first frame)."""
        super().__init__(parent)
        self._ctx = ctx
        self._playbook_visit: int | None = None
        self.setObjectName("onsite_board")
        self.board_title = QLabel(objectName="board_title")
        self.board_title.setProperty("role", "heading")

        self.model = OnSiteModel(ctx.hotel_mode, self)
        self.onsite_table = QTableView(objectName="onsite_table")
        self.onsite_table.setModel(self.model)
        self.onsite_table.setItemDelegateForColumn(COL_CATEGORY, CategoryBadgeDelegate(self))
        self.onsite_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.onsite_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.onsite_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.onsite_table.setShowGrid(False)
        self.onsite_table.setWordWrap(False)
        self.onsite_table.verticalHeader().hide()
        header = self.onsite_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        fixed = {COL_PURPOSE: 110}
        for column, width in fixed.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        # Compact rows (the badge still fits): 15 of them at 1280 x 800.
        rows = self.onsite_table.verticalHeader()
        rows.setDefaultSectionSize(self.onsite_table.fontMetrics().height() + ROW_PADDING)
        # Size columns to the rows in view, not to every row (Qt's default looks at up to
        # 1000): with 200 visitors on site each relayout otherwise measured every cell.
        # The column widths read the horizontal header's precision (sizeHintForColumn),
        # the row heights the vertical one's.
        header.setResizeContentsPrecision(0)
        self.onsite_table.verticalHeader().setResizeContentsPrecision(0)
        # On a narrow board the name wins over the time of arrival, the code and the host.
        # The host's whole name shows ("Sarah Johnson", not "Sarah Johns…"), up to
        # HOST_CHARS characters.
        self._fitter = ColumnFitter(
            self.onsite_table,
            COL_NAME,
            16,
            (COL_SINCE, COL_CODE, COL_HOST),
            fixed,
            capped={COL_HOST: HOST_CHARS},
        )
        self.onsite_table.selectionModel().selectionChanged.connect(self._show_playbook)
        self.onsite_table.doubleClicked.connect(lambda _index: self.check_out_selected())
        self.claim_bar = ClaimBar(ctx, self)
        self.claim_bar.message.connect(self.message)
        self.model.modelReset.connect(self._show_playbook)

        self.checkout_code = QLineEdit(objectName="checkout_code")
        self.checkout_code.setMaxLength(20)
        self.checkout_code.returnPressed.connect(self.check_out_code)
        self.checkout_button = QPushButton(objectName="checkout_button")
        self.checkout_button.clicked.connect(self.check_out_selected)
        row = QHBoxLayout()
        row.addWidget(self.checkout_code, 1)
        row.addWidget(self.checkout_button)

        self.reprint_slip_button = QPushButton(objectName="reprint_slip_button")
        self.print_card_button = QPushButton(objectName="print_card_button")
        self.print_preview_button = QPushButton(objectName="print_preview_button")
        self.reprint_slip_button.clicked.connect(lambda: self._request_print("slip"))
        self.print_card_button.clicked.connect(lambda: self._request_print("card"))
        self.print_preview_button.clicked.connect(self._request_preview)
        print_row = QHBoxLayout()
        for button in (self.reprint_slip_button, self.print_card_button, self.print_preview_button):
            print_row.addWidget(button)
        print_row.addStretch(1)
        self.onsite_table.selectionModel().selectionChanged.connect(
            lambda *_args: self.update_print_buttons()
        )

        self.playbook_title = ElidedLabel(objectName="visit_playbook_title")
        self.playbook_title.setProperty("role", "subheading")
        self.visit_playbook = QListWidget(objectName="visit_playbook")
        self.visit_playbook.setWordWrap(True)
        self.visit_playbook.itemChanged.connect(self._step_changed)
        self.visit_playbook.installEventFilter(self)
        self._playbook_width = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.board_title)
        layout.addWidget(self.onsite_table, 1)
        layout.addWidget(self.claim_bar)
        layout.addLayout(row)
        layout.addLayout(print_row)
        layout.addWidget(self.playbook_title)
        layout.addWidget(self.visit_playbook)

        self._polls = True
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.model.tick)
        ctx.signals.visits_changed.connect(self.refresh)
        ctx.signals.settings_changed.connect(self._settings_changed)
        if load:
            self.refresh()
        self.retranslate()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_title()
        self.onsite_table.setAccessibleName(self.tr("People on site now"))
        self.checkout_code.setPlaceholderText(self.tr("Visit code, then Enter to check out"))
        self.checkout_code.setAccessibleName(self.tr("Visit code to check out"))
        self.checkout_button.setText(self.tr("Check out"))
        self.checkout_button.setShortcut(QKeySequence("Ctrl+O"))  # setText resets it
        self.checkout_button.setToolTip(
            self.tr("Check out the selected visit ({key})").format(
                key=self.checkout_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.checkout_button.setAccessibleName(self.tr("Check out the selected visit"))
        self.visit_playbook.setAccessibleName(self.tr("Playbook of the selected visit"))
        # Short texts (the board fits a narrow column); the whole sentence is the tooltip.
        self.print_card_button.setText(self.tr("Print card"))
        card = self.tr("Print the feedback card of the selected visit")
        self.print_card_button.setAccessibleName(card)
        self.print_card_button.setToolTip(card)
        self.print_preview_button.setText(self.tr("Preview…"))
        preview = self.tr("Preview the slip and card of the selected visit")
        self.print_preview_button.setAccessibleName(preview)
        self.print_preview_button.setToolTip(preview)
        self.update_print_buttons()
        self.model.retranslate()
        self._show_playbook()

    def _update_title(self) -> None:
        self.board_title.setText(
            self.tr("On site now ({count})").format(count=self.model.rowCount())
        )

    # -- refreshing -------------------------------------------------------------------
    def use_change_notices(self) -> None:
        """Stop polling: the owner calls ``refresh`` when another station changed a
        visit (PostgreSQL's change notices)."""
        self._polls = False
        self._poll.stop()

    def showEvent(self, event) -> None:
        if self._polls:
            self._poll.start()
        self._tick.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._poll.stop()
        self._tick.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Re-read the board; unchanged rows are left alone."""
        actor = self._ctx.actor  # nobody signed in, or a host: nobody's visits shown
        may = allowed(actor, Permission.DESK)
        self.model.set_visits(visits.on_site_board(actor.id) if may else [])
        self._update_title()
        self._sync_playbook()

    def _settings_changed(self) -> None:
        self.model.set_hotel_mode(self._ctx.hotel_mode)
        self.onsite_table.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.retranslate()

    # -- selection and playbook -----------------------------------------------------------
    def selected_visit(self) -> VisitView | None:
        rows = self.onsite_table.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.onsite_table.selectRow(row)

    def _show_playbook(self, *_args) -> None:
        visit = self.selected_visit()
        self.claim_bar.show_visit(visit)
        self._playbook_visit = visit.id if visit else None
        self.visit_playbook.blockSignals(True)
        self.visit_playbook.clear()
        if visit is None:
            self.playbook_title.setText(self.tr("Playbook: select a visit above"))
        else:
            self.playbook_title.setText(
                self.tr("Playbook for {name} ({code})").format(
                    name=visit.customer_name, code=visit.code
                )
            )
            for step in visits.playbook_for(visit.category, visit.purpose):
                item = QListWidgetItem(step.text(self._ctx.language))
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if step.id in visit.playbook_done
                    else Qt.CheckState.Unchecked
                )
                self.visit_playbook.addItem(item)
            standard = standard_item(self._ctx.actor.id, visit.customer_id)
            if standard is not None:
                self.visit_playbook.addItem(standard)
        self.visit_playbook.blockSignals(False)
        self._fit_playbook()

    def _fit_playbook(self) -> None:
        """The playbook pane is as tall as its steps (up to ``PLAYBOOK_LINES`` lines) and
        hidden with no visit selected: the board's table keeps the room."""
        steps = self.visit_playbook
        steps.setVisible(steps.count() > 0)
        if not steps.count():
            return
        self._playbook_width = steps.viewport().width()
        rows = sum(steps.sizeHintForRow(i) for i in range(steps.count()))
        cap = PLAYBOOK_LINES * steps.fontMetrics().lineSpacing()
        steps.setFixedHeight(min(rows, cap) + 2 * steps.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.visit_playbook
            and event.type() == QEvent.Type.Resize
            and self.visit_playbook.viewport().width() != self._playbook_width
        ):
            self._fit_playbook()  # steps wrap differently at another width
        return super().eventFilter(watched, event)

    def _sync_playbook(self) -> None:
        """After a refresh: update tick marks in place (another desk may have ticked)."""
        visit = self.selected_visit()
        self.claim_bar.show_visit(visit)  # another desk may have settled its claim
        if (visit.id if visit else None) != self._playbook_visit:
            self._show_playbook()
            return
        if visit is None:
            return
        self.visit_playbook.blockSignals(True)
        for i in range(self.visit_playbook.count()):
            item = self.visit_playbook.item(i)
            if item.data(Qt.ItemDataRole.UserRole) is None:
                continue  # the tier standard: not a step
            done = item.data(Qt.ItemDataRole.UserRole) in visit.playbook_done
            state = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self.visit_playbook.blockSignals(False)

    def _step_changed(self, item: QListWidgetItem) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        try:
            visits.set_playbook_step(
                self._ctx.actor.id, visit.id, item.data(Qt.ItemDataRole.UserRole), done
            )
        except DeskError as err:
            self.message.emit(labels.error_text(err))
            return
        self._ctx.signals.visits_changed.emit()

    # -- printing ---------------------------------------------------------------------
    def update_print_buttons(self) -> None:
        """Enabled for a selected visit; "Reprint" once its slip was printed."""
        visit = self.selected_visit()
        for button in (self.reprint_slip_button, self.print_card_button, self.print_preview_button):
            button.setEnabled(visit is not None)
        printed = (
            visit is not None and last_printed(self._ctx.actor.id, visit.code, "slip") is not None
        )
        self.reprint_slip_button.setText(
            self.tr("Reprint slip") if printed else self.tr("Print slip")
        )
        self.reprint_slip_button.setAccessibleName(
            self.tr("Print the visit slip of the selected visit again")
            if printed
            else self.tr("Print the visit slip of the selected visit")
        )

    def _request_print(self, kind: str) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.print_requested.emit(kind, visit.code)

    def _request_preview(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.preview_requested.emit(visit.code)

    # -- check-out --------------------------------------------------------------------
    def check_out_selected(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            if self.checkout_code.text().strip():
                self.check_out_code()
            else:
                self.message.emit(self.tr("Select a visit on the board, or type its code."))
            return
        self._check_out(visit)

    def check_out_code(self) -> None:
        text = self.checkout_code.text().strip()
        if not text:
            return
        try:
            visit = visits.visit_by_code(self._ctx.actor.id, text)
        except DeskError as err:
            self.message.emit(labels.error_text(err))
            return
        if visit.status is not VisitStatus.ON_SITE:
            self.message.emit(
                self.tr("{code} ({name}) is not on site.").format(
                    code=visit.code, name=visit.customer_name
                )
            )
            return
        if self._check_out(visit):
            self.checkout_code.clear()

    def _check_out(self, visit: VisitView) -> bool:
        problem = check_out_visit(self._ctx, visit)
        if problem is not None:
            self.message.emit(problem)
        return problem is None
