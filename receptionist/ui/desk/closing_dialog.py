"""The end of the day: no-shows, and visitors still on site after closing time.

Forgotten check-outs are the most common data error at a front desk, so after the site's
closing time the desk lists who is still checked in: a dialog once a day (non-modal) and
a warning above the board until nobody is left. Nothing is checked out without a click.
Each minute (and at start) planned visits of past days also become no-shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import clock, planning, settings, visits
from ...services.access import allowed
from ...services.views import VisitView
from ..common import ask, labels, options
from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from .onsite_model import since_text

CHECK_MS = 60_000
COL_NAME = 0


def closing_time_text() -> str:
    return settings.kiosk_settings().closing_time.strftime("%H:%M")


class ClosingDialog(Retranslating, QDialog):
    """Who is still on site after closing: check out the selected, all listed, or later."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visits: list[VisitView] = []
        self.past_closing = True  # else: leftovers of an earlier day, before it
        self.setObjectName("closing_dialog")
        self.resize(560, 360)
        self.intro = QLabel(objectName="closing_intro")
        self.intro.setWordWrap(True)
        self.closing_table = QTableWidget(0, 4, objectName="closing_table")
        table = self.closing_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.result_label = QLabel(objectName="closing_message")
        self.result_label.setWordWrap(True)
        self.checkout_selected_button = QPushButton(objectName="closing_checkout_selected")
        self.checkout_selected_button.clicked.connect(self.check_out_selected)
        self.checkout_all_button = QPushButton(objectName="closing_checkout_all")
        self.checkout_all_button.clicked.connect(self.check_out_all)
        self.later_button = QPushButton(objectName="closing_later")
        self.later_button.setDefault(True)
        self.later_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkout_selected_button)
        buttons.addWidget(self.checkout_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        hotel = self._ctx.hotel_mode
        if self.past_closing:
            self.setWindowTitle(self.tr("Closing time: still on site"))
            intro = (
                self.tr(
                    "It is past closing time ({time}) and these guests are still checked "
                    "in. Check out those who have left; nobody is checked out unless you click."
                )
                if hotel
                else self.tr(
                    "It is past closing time ({time}) and these visitors are still checked "
                    "in. Check out those who have left; nobody is checked out unless you click."
                )
            )
            self.intro.setText(intro.format(time=closing_time_text()))
        else:
            self.setWindowTitle(self.tr("Still on site from an earlier day"))
            self.intro.setText(
                self.tr(
                    "These guests were checked in on an earlier day and are still checked "
                    "in. Check out those who have left; nobody is checked out unless you click."
                )
                if hotel
                else self.tr(
                    "These visitors were checked in on an earlier day and are still checked "
                    "in. Check out those who have left; nobody is checked out unless you click."
                )
            )
        self.closing_table.setHorizontalHeaderLabels(
            [
                labels.visitor_word(self._ctx.hotel_mode),
                self.tr("Code"),
                self.tr("Since"),
                self.tr("Host"),
            ]
        )
        self.closing_table.setAccessibleName(
            self.tr("Guests still on site") if hotel else self.tr("Visitors still on site")
        )
        self.checkout_selected_button.setText(self.tr("Check out selected"))
        self.checkout_selected_button.setAccessibleName(
            self.tr("Check out the selected guests")
            if hotel
            else self.tr("Check out the selected visitors")
        )
        self.checkout_all_button.setText(self.tr("Check out all listed"))
        self.checkout_all_button.setAccessibleName(
            self.tr("Check out every listed guest")
            if hotel
            else self.tr("Check out every listed visitor")
        )
        self.later_button.setText(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Close this list and decide later"))

    # -- the list ---------------------------------------------------------------------
    def set_visits(self, staying: list[VisitView]) -> None:
        """Show ``staying``, keeping the selection of those still listed."""
        if [v.id for v in staying] == [v.id for v in self._visits]:
            return
        chosen = set(self.selected_codes())
        self._visits = list(staying)
        table = self.closing_table
        table.blockSignals(True)
        table.setRowCount(len(staying))
        for row, visit in enumerate(staying):
            texts = (
                visit.customer_name,
                visit.code,
                since_text(visit.check_in_at),
                visit.host_name or "—",
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
            if visit.code in chosen:
                table.selectRow(row)
        table.blockSignals(False)
        self._update_buttons()

    def listed_codes(self) -> list[str]:
        return [v.code for v in self._visits]

    def selected_codes(self) -> list[str]:
        rows = sorted({index.row() for index in self.closing_table.selectedIndexes()})
        return [self._visits[row].code for row in rows if row < len(self._visits)]

    def _update_buttons(self) -> None:
        self.checkout_selected_button.setEnabled(bool(self.selected_codes()))
        self.checkout_all_button.setEnabled(bool(self._visits))

    # -- checking out -----------------------------------------------------------------
    def check_out_selected(self) -> None:
        codes = self.selected_codes()
        if codes and ask.confirm(
            self,
            self.tr("Check out"),
            (
                self.tr("Check out the selected guests ({count})?")
                if self._ctx.hotel_mode
                else self.tr("Check out the selected visitors ({count})?")
            ).format(count=len(codes)),
        ):
            self._check_out(codes)

    def check_out_all(self) -> None:
        codes = self.listed_codes()
        if codes and ask.confirm(
            self,
            self.tr("Check out"),
            (
                self.tr("Check out all listed guests ({count})?")
                if self._ctx.hotel_mode
                else self.tr("Check out all listed visitors ({count})?")
            ).format(count=len(codes)),
        ):
            self._check_out(codes)

    def _check_out(self, codes: list[str]) -> None:
        """Each visit on its own; one that another desk checked out meanwhile is fine.
        No feedback card is printed: these visitors left long ago."""
        done, problems = 0, []
        for code in codes:
            try:
                visits.check_out(self._ctx.actor.id, code)
                done += 1
            except DeskError as err:
                if err.code != "already_checked_out":
                    problems.append(f"{code}: {labels.error_text(err)}")
        self._ctx.signals.visits_changed.emit()
        text = self.tr("Checked out {count}.").format(count=done)
        self.result_label.setText(" ".join([text, *problems]))
        self.set_visits(planning.after_closing(self._ctx.actor.id)[1])
        if not self._visits and not problems:
            self.close()


class ClosingBanner(Retranslating, QFrame):
    """The warning above the board after closing time while visitors are still on site;
    it runs the minute check and opens the dialog once a day."""

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        on_site: Callable[[], list[VisitView]] | None = None,
        refresh: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_site = on_site  # who is on site (the board's rows); None: read it
        self._refresh = refresh  # re-reads that source (the board's refresh)
        self._staying: list[VisitView] = []
        self._past = False  # today's closing time has passed
        self.dialog: ClosingDialog | None = None
        self.setObjectName("closing_warning")
        self.setStyleSheet(
            "QFrame#closing_warning { background: #fef3c7; "
            "border: 1px solid #d97706; border-radius: 4px; }"
        )
        self.label = QLabel(objectName="closing_warning_label")
        self.label.setWordWrap(True)
        self.review_button = QPushButton(objectName="closing_review_button")
        self.review_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.review_button)
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        if on_site is None:  # else whoever feeds the board tells us (update_warning)
            ctx.signals.visits_changed.connect(self.update_warning)
        ctx.signals.settings_changed.connect(self.check)
        self.hide()
        self.retranslate()

    def start(self) -> None:
        """Check now, then every minute."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def retranslate(self) -> None:
        self.review_button.setText(self.tr("Review…"))
        self.review_button.setAccessibleName(
            self.tr("List the guests still on site after closing time")
            if self._ctx.hotel_mode
            else self.tr("List the visitors still on site after closing time")
        )
        if self._past:
            text = self.tr("Closing time ({time}) has passed; still checked in: {count}.")
        else:
            text = self.tr("Still checked in from an earlier day: {count}.")
        self.label.setText(text.format(time=closing_time_text(), count=len(self._staying)))
        self.label.setAccessibleName(self.label.text())

    def check(self) -> None:
        """No-shows of past days; after closing, the list (once a day) and the warning."""
        planning.mark_no_shows()
        if self._refresh is not None:
            self._refresh()  # the board first: its rows are what is counted here
        self.update_warning()
        # Once in the morning for an earlier day's leftovers, once after closing.
        shown = f"{self._today().isoformat()}{'-closing' if self._past else ''}"
        if self._staying and self._shown_on() != shown:
            options.CLOSING_SHOWN_ON.set(shown)
            self.open_dialog()

    def update_warning(self, *_args) -> None:
        """Recount from who is on site: the desk calls this whenever the board's rows
        change, so the warning's count and the board's agree."""
        people = self._on_site() if self._on_site is not None else None
        if allowed(self._ctx.actor, Permission.DESK):
            self._past, self._staying = planning.after_closing(self._ctx.actor.id, on_site=people)
        else:  # nobody signed in, or a host: no check-outs of theirs to remind them of
            self._past, self._staying = False, []
        self.setVisible(bool(self._staying))
        self.retranslate()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.past_closing = self._past
            self.dialog.retranslate()
            self.dialog.set_visits(self._staying)

    def open_dialog(self) -> ClosingDialog:
        if self.dialog is None:
            self.dialog = ClosingDialog(self._ctx, self.window())
        self.dialog.past_closing = self._past
        self.dialog.retranslate()
        self.dialog.set_visits(self._staying)
        self.dialog.result_label.clear()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    @staticmethod
    def _today() -> date:
        return clock.local(clock.now()).date()

    @staticmethod
    def _shown_on() -> str:
        """When this computer last opened the list: ``2026-11-22`` (morning) or
        ``2026-11-22-closing``."""
        return options.CLOSING_SHOWN_ON.get()
