"""The left column of the desk: one search box with results as you type, and registering
a new customer in the same panel.

Search runs on the GUI thread, debounced: every query kind is one index lookup. Enter in
the box picks the first (or current) hit; a visit code of someone on site checks them
out, which is also what a keyboard-wedge barcode scanner does; the code of a finished
visit (a returned feedback card) opens the feedback form; an invitation code checks the
expected visitor in (after asking), or says why it cannot.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VisitStatus
from ...domain.errors import DeskError
from ...domain.invite_code import parse_invite_code
from ...domain.roles import Permission
from ...services import clock, customers, planning
from ...services.access import allowed
from ...services.views import CustomerView, SearchResult, VisitView
from ..common import labels
from ..common.badges import CategoryBadgeDelegate
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating
from ..common.table_fit import ColumnFitter
from .hit_model import COL_CATEGORY, COL_COMPANY, COL_NAME, COL_PHONE, CustomerHitModel
from .onsite_model import since_text
from .register_form import RegisterForm
from .visit_actions import (
    check_in_invitation,
    check_out_visit,
    find_invitation,
    invitation_problem,
)

DEBOUNCE_MS = 120


class SearchPanel(Retranslating, QWidget):
    """Search box, results, 'New customer' and the inline register form."""

    customer_selected = Signal(int)
    checked_in = Signal(object)  # VisitView: an invited visitor checked in by code
    message = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._result = SearchResult(hits=())
        self._invitation: VisitView | None = None  # the typed invitation code's visit
        self.setObjectName("search_panel")

        self.search_box = QLineEdit(objectName="search_box")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(100)
        self.search_box.textChanged.connect(self._typed)
        self.search_box.returnPressed.connect(self.enter)
        self.search_box.installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)

        self.model = CustomerHitModel(self)
        self.search_results = QTableView(objectName="search_results")
        self.search_results.setModel(self.model)
        self.search_results.setItemDelegateForColumn(COL_CATEGORY, CategoryBadgeDelegate(self))
        self.search_results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.search_results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search_results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_results.setShowGrid(False)
        self.search_results.setWordWrap(False)
        self.search_results.verticalHeader().hide()
        header = self.search_results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_COMPANY, 90)
        header.setHighlightSections(False)
        self.search_results.installEventFilter(self)
        self._fitter = ColumnFitter(
            self.search_results, COL_NAME, 16, (COL_COMPANY, COL_PHONE), {COL_COMPANY: 90}
        )
        self.search_results.clicked.connect(lambda index: self.pick(index.row()))

        self.search_hint = ElidedLabel(objectName="search_hint", max_lines=3)
        self.search_hint.setProperty("role", "hint")
        self.new_customer_button = QPushButton(objectName="new_customer_button")
        self.new_customer_button.clicked.connect(self.show_register)

        results_page = QWidget(objectName="search_results_page")
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.search_hint)
        results_layout.addWidget(self.search_results, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_customer_button)
        buttons.addStretch(1)
        results_layout.addLayout(buttons)

        self.register_form = RegisterForm(ctx, self)
        self.register_form.registered.connect(self._registered)
        self.register_form.use_existing.connect(self._use_existing)
        self.register_form.cancelled.connect(self.show_results)
        self.stack = QStackedWidget(objectName="search_stack")
        self.stack.addWidget(results_page)
        self.stack.addWidget(self.register_form)

        self.title = QLabel(objectName="search_title")
        self.title.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.search_box)
        layout.addWidget(self.stack, 1)

        ctx.signals.customer_changed.connect(lambda _id: self.run_search())
        ctx.signals.visits_changed.connect(self.run_search)
        ctx.signals.settings_changed.connect(self.retranslate)
        self.retranslate()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Find a {visitor}").format(
                visitor=labels.visitor_word(self._ctx.hotel_mode).lower()
            )
        )
        # Short enough for the narrow column at 1,280 px; the tooltip says it all.
        self.search_box.setPlaceholderText(self.tr("Name, phone, company or code"))
        self.search_box.setToolTip(
            self.tr(
                "Name, phone or its last 4 digits, pinyin initials, company, "
                "visit code or invitation code"
            )
        )
        self.search_box.setAccessibleName(self.tr("Search customers"))
        self.search_results.setAccessibleName(self.tr("Matching customers"))
        self.new_customer_button.setText(self.tr("New customer…"))
        self.new_customer_button.setShortcut(QKeySequence("Ctrl+N"))  # after setText
        self.new_customer_button.setToolTip(
            self.tr("Register a new customer ({key})").format(
                key=self.new_customer_button.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.new_customer_button.setAccessibleName(self.tr("Register a new customer"))
        self.model.retranslate()
        self._update_hint()

    def _update_hint(self) -> None:
        text = self.search_box.text().strip()
        visit = self._result.visit
        if not text:
            hint = self.tr("Type to search; Down moves into the list, Enter picks.")
        elif visit is not None and visit.status is VisitStatus.ON_SITE:
            hint = self.tr("Enter checks out {code} ({name}).").format(
                code=visit.code, name=visit.customer_name
            )
        elif visit is not None and visit.status is VisitStatus.DONE:
            hint = self.tr("Enter opens the feedback form of {code} ({name}).").format(
                code=visit.code, name=visit.customer_name
            )
        elif visit is not None:
            hint = self.tr("{code} ({name}) is no longer on site.").format(
                code=visit.code, name=visit.customer_name
            )
        elif self._invitation is not None:
            hint = invitation_problem(self._invitation) or self.tr(
                "Enter checks in {name}, expected at {time}."
            ).format(
                name=self._invitation.customer_name, time=since_text(self._invitation.expected_at)
            )
        elif not self._result.hits:
            hint = self.tr("No match. Press Ctrl+N to register a new customer.")
        else:
            hint = self.tr("Enter picks the highlighted customer.")
        self.search_hint.setText(hint)

    # -- searching --------------------------------------------------------------------
    def focus_search(self, clear: bool = False) -> None:
        self.show_results()
        if clear:
            self.search_box.clear()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _typed(self, _text: str) -> None:
        self.show_results()  # typing in the box means searching again
        self._debounce.start()

    def stop(self) -> None:
        """The desk is closing: a search still waiting for the typing to pause is dropped."""
        self._debounce.stop()

    def run_search(self) -> None:
        self._debounce.stop()
        actor, text = self._ctx.actor, self.search_box.text()
        if allowed(actor, Permission.DESK):
            try:  # e.g. the staff member was made inactive at another desk meanwhile
                self._result = customers.search(actor.id, text)
                self._invitation = find_invitation(actor.id, text)
            except DeskError as err:
                self._result, self._invitation = SearchResult(hits=()), None
                self.message.emit(labels.error_text(err))
        else:  # nobody signed in, or a host: customers are not theirs to look up
            self._result, self._invitation = SearchResult(hits=()), None
        self.model.set_hits(self._result.hits)
        if self.model.rowCount():
            self.search_results.selectRow(0)
        self._update_hint()

    def enter(self) -> None:
        """Enter in the box: check in an invitation code, check out an on-site visit code,
        or pick a customer."""
        if self._debounce.isActive():
            self.run_search()  # a scanner types faster than the debounce
        if self._invitation is not None:
            self.enter_invitation(self._invitation)
            return
        if parse_invite_code(self.search_box.text()) and not self.model.rowCount():
            try:  # say why: unknown code (or the database said so)
                planning.invitation(self._ctx.actor.id, self.search_box.text())
            except DeskError as err:
                self.message.emit(labels.error_text(err))
            return
        visit = self._result.visit
        if visit is not None and visit.status is VisitStatus.ON_SITE:
            problem = check_out_visit(self._ctx, visit)
            if problem is None:
                self.search_box.clear()
            else:
                self.message.emit(problem)
            return
        if visit is not None and visit.status is VisitStatus.DONE:
            self.open_feedback(visit)
            return
        if visit is not None:
            at = visit.check_out_at or visit.check_in_at
            self.message.emit(
                self.tr("{code} ({name}) already left at {time}.").format(
                    code=visit.code,
                    name=visit.customer_name,
                    time=clock.local(at).strftime("%Y-%m-%d %H:%M") if at else "—",
                )
            )
            return
        if self.model.rowCount():
            current = self.search_results.currentIndex()
            self.pick(current.row() if current.isValid() else 0)

    def enter_invitation(self, visit: VisitView) -> None:
        """An invitation code was typed or scanned: check the expected visitor in (the
        desk then offers Undo), or say why not."""
        done, problem = check_in_invitation(self._ctx, visit)
        if done is None:
            self.message.emit(problem)
            self.run_search()
        else:
            self.search_box.clear()
            self.checked_in.emit(done)

    def open_feedback(self, visit) -> None:
        """A returned feedback card was scanned: enter what the visitor ticked."""
        from .feedback_dialog import open_feedback_form  # loaded when a card comes back

        saved = open_feedback_form(self, self._ctx, visit)
        if saved is not None:
            self.message.emit(
                self.tr("Feedback for {code} ({name}) saved.").format(
                    code=visit.code, name=visit.customer_name
                )
            )
            self.search_box.clear()

    def pick(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.search_results.selectRow(row)
            self.customer_selected.emit(self.model.hit(row).id)

    def pick_customer(self, customer_id: int) -> None:
        """Pick a customer by id (highlighting the row when it is in the results)."""
        self.select_customer(customer_id)
        self.customer_selected.emit(customer_id)

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.search_results.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box and key == Qt.Key.Key_Down and self.model.rowCount():
            self.search_results.setFocus()
            current = self.search_results.currentIndex()
            self.search_results.selectRow(current.row() if current.isValid() else 0)
            return True
        if watched is self.search_results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick(self.search_results.currentIndex().row())
                return True
            if key == Qt.Key.Key_Up and self.search_results.currentIndex().row() <= 0:
                self.search_box.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_box.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- registering ------------------------------------------------------------------
    def show_register(self) -> None:
        """Ctrl+N: the register form, with what was typed carried over (a name to the name,
        digits to the phone) and the cursor in the next field to fill."""
        self.stack.setCurrentWidget(self.register_form)
        self.register_form.start(self.search_box.text())

    def show_results(self) -> None:
        self.stack.setCurrentIndex(0)

    def _use_existing(self, customer_id: int) -> None:
        """The phone was someone's already: that customer, as if found by the search."""
        self.show_results()
        view = customers.get_customer(self._ctx.actor.id, customer_id)
        self.search_box.blockSignals(True)
        self.search_box.setText(view.name)
        self.search_box.blockSignals(False)
        self.run_search()
        self.pick_customer(customer_id)

    def _registered(self, view: CustomerView) -> None:
        self.show_results()
        self.search_box.blockSignals(True)
        self.search_box.setText(view.name)
        self.search_box.blockSignals(False)
        self.run_search()
        self.message.emit(self.tr("Registered {name}.").format(name=view.name))
        self.pick_customer(view.id)
