"""The customer page: a window of its own per customer (non-modal; opening it again
raises it) with a header (name, category, tier and stars, kind) and tabs; the first,
"Details", edits the archive. Ctrl+S saves (errors next to their fields, what was typed
kept; a conflict names what another station changed), Esc closes (asking first when
something is unsaved). Other tabs (timeline, purchases) are added with ``add_tab``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CustomerChanged, DeskError
from ...domain.roles import Permission
from ...services import access, archive
from ...services.archive import CustomerProfile
from ..common import ask, labels
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating
from . import texts
from .details_form import DetailsForm
from .purchases_view import PurchasesView
from .timeline_view import TimelineView


class CustomerPage(Retranslating, QWidget):
    saved = Signal(int)  # customer id

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.customer_id = customer_id
        self.setObjectName("customer_page")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profile: CustomerProfile = archive.customer_profile(ctx.actor.id, customer_id)
        self._version = self.profile.row_version
        self._baseline: dict[str, object] = {}

        self.name_label = ElidedLabel(objectName="customer_page_name", max_chars=40)
        self.name_label.setProperty("role", "customer_name")
        self.category_badge = QLabel(objectName="customer_page_category")
        self.tier_label = QLabel(objectName="customer_page_tier")
        self.tier_label.setStyleSheet("color: #a16207; font-weight: bold;")
        self.kind_label = QLabel(objectName="customer_page_kind")
        header = self.header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        for widget in (self.category_badge, self.tier_label, self.kind_label):
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

        self.form = DetailsForm(ctx)
        scroll = QScrollArea(objectName="customer_details_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(objectName="customer_tabs")
        self.tabs.addTab(scroll, "")
        self.timeline = TimelineView(ctx)
        self.timeline.show_customer(customer_id)
        self.add_tab(self.timeline, "")
        # Amounts are for managers (services decide; the tab is not offered to others).
        self.purchases: PurchasesView | None = None
        if access.allowed(ctx.actor, Permission.REPORTS):
            self.purchases = PurchasesView(ctx)
            self.purchases.show_customer(customer_id)
            self.purchases.changed.connect(self.timeline.reload)
            self.add_tab(self.purchases, "")
        ctx.signals.customer_changed.connect(self._customer_changed)
        self.message = ElidedLabel(objectName="customer_page_message", max_lines=3)
        self.message.setProperty("role", "error")
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        self.save_button = QPushButton(objectName="customer_save_button")
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(180)
        self.save_button.clicked.connect(self.save)
        # Save belongs to the details: the other tabs have their own actions.
        self.tabs.currentChanged.connect(self._tab_changed)
        self.close_button = QPushButton(objectName="customer_close_button")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Escape"), self, self.close)
        self._show(self.profile)
        self.retranslate()

    # -- what other parts add --------------------------------------------------------
    def add_header_widget(self, widget: QWidget) -> None:
        """A button or menu of another feature at the right of the header."""
        self.header.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (the timeline, the purchases) after "Details"; its index."""
        return self.tabs.addTab(widget, title)

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline), self.tr("Timeline"))
        if self.purchases is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.purchases), self.tr("Purchases"))
        self.tabs.setAccessibleName(self.tr("Customer page sections"))
        self.save_button.setText(self.tr("Save  (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the customer's details"))
        self.close_button.setText(self.tr("Close  (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the customer page"))
        self._show_header()

    def _show_header(self) -> None:
        p = self.profile
        name = p.name if not p.erased else self.tr("Erased customer {number}").format(number=p.name)
        self.name_label.setText(name)
        self.setWindowTitle(self.tr("Customer — {name}").format(name=name))
        bg, fg = labels.category_colors(p.category)
        self.category_badge.setText(labels.category_label(p.category))
        self.category_badge.setStyleSheet(
            f"background:{bg.name()}; color:{fg.name()}; border-radius:9px;"
            "padding:2px 10px; font-weight:bold;"
        )
        tier = texts.tier_text(p.tier, p.stars)
        self.tier_label.setText(tier)
        self.tier_label.setVisible(bool(tier))
        if tier:
            tip = self.tr("Value tier of {period}").format(period=p.tier_period)
            self.tier_label.setToolTip(tip)
        self.kind_label.setText(labels.kind_label(p.kind))
        self.kind_label.setToolTip(texts.expectations_text(p.kind, p.expectations))

    def _show(self, profile: CustomerProfile) -> None:
        self.profile = profile
        self._version = profile.row_version
        self.form.load(profile)
        self._baseline = self.form.values()
        self.form.setEnabled(not profile.erased)
        self.save_button.setEnabled(not profile.erased)
        self._show_header()

    def _tab_changed(self, index: int) -> None:
        self.save_button.setVisible(index == 0)

    def _customer_changed(self, customer_id: int) -> None:
        """This customer changed (here, at another window, or a purchase moved them to
        existing): the timeline and the header follow; the form only when nothing typed
        is waiting (a save from it is conflict-checked anyway)."""
        if customer_id != self.customer_id:
            return
        try:
            fresh = archive.customer_profile(self._ctx.actor.id, self.customer_id)
        except DeskError:
            return
        if self.unsaved:
            self.profile = fresh
            self._show_header()
        else:
            self._show(fresh)
        self.timeline.reload()

    # -- saving ------------------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        return self.form.values() != self._baseline

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> bool:
        """Save what the form holds; True when saved. A refusal is shown next to its field
        (or under the tabs) and nothing typed is lost."""
        self.form.clear_errors()
        self._say("")
        try:
            profile = archive.save_profile(
                self._ctx.actor.id, self.customer_id, self._version, **self.form.values()
            )
        except CustomerChanged as err:
            self._conflict(err)
            return False
        except DeskError as err:
            text = labels.error_text(err)
            if not self.form.show_error(err.field, text):
                self._say(text)
            self.tabs.setCurrentIndex(0)
            return False
        self._show(profile)
        self._say("")
        self._ctx.signals.customer_changed.emit(self.customer_id)
        self.saved.emit(self.customer_id)
        return True

    def _conflict(self, err: CustomerChanged) -> None:
        """Another station saved some of the same fields first: say which, show what they
        hold now next to each, and keep what was typed. Saving again overwrites them on
        purpose (the page now counts from the version read here)."""
        self._say(labels.error_text(err))
        for field, (_mine, theirs) in err.changes.items():
            said = self.tr("Another station saved: {value}")
            self.form.show_error(field, said.format(value=theirs or self.tr("(empty)")))
        fresh = archive.customer_profile(self._ctx.actor.id, self.customer_id)
        self._version = fresh.row_version

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved and not ask.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close the customer page without saving your changes?"),
        ):
            event.ignore()
            return
        super().closeEvent(event)
