"""The middle column of the desk: the chosen customer, purpose, flow, host, party size,
note (and room at a hotel), the playbook preview and the big Check in button.

Enter (or Ctrl+Enter) anywhere in the panel checks in; errors appear inline in red and
nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Flow, Purpose
from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...domain.validation import display_phone, mask_phone_middle
from ...services import customers, privacy, visits
from ...services.access import allowed
from ...services.views import CustomerView
from ..common import labels
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.host_combo import HostCombo
from ..common.retranslate import Retranslating
from .glance_strip import GlanceStrip
from .hit_model import visit_day
from .today_panel import TodayPanel, stack_pages

_PURPOSE_ORDER = (Purpose.SALES, Purpose.AFTER_SALES, Purpose.COMPLAINT, Purpose.RELATIONSHIP)


class CheckInPanel(Retranslating, QWidget):
    """Check the selected customer in."""

    checked_in = Signal(object)  # VisitView
    change_category_requested = Signal(int)  # customer id
    plan_requested = Signal(int)  # customer id: plan a visit ahead

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer: CustomerView | None = None
        self._revealed: str | None = None  # the full phone, shown on purpose (audited)
        self._suggested: Flow | None = None
        self._error_field: str | None = None
        self.setObjectName("checkin_panel")
        self.title = QLabel(objectName="checkin_title")
        self.title.setProperty("role", "heading")

        # -- the customer card ----------------------------------------------------------
        self.card = QFrame(objectName="customer_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        # Names and companies are elided (whole text in the tooltip): a long one never
        # widens the desk.
        self.customer_name = ElidedLabel(objectName="customer_name", max_lines=2, max_chars=24)
        self.customer_name.setProperty("role", "customer_name")
        self.customer_badge = QLabel(objectName="customer_badge")
        self.glance = GlanceStrip(ctx)
        self.customer_details = ElidedLabel(
            objectName="customer_details", max_lines=2, max_chars=30
        )
        self.customer_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Lists and this card show the phone masked; a role that needs the full number
        # sees it with one deliberate click (audited: services.privacy.reveal_phone).
        self.show_phone_button = QPushButton(objectName="show_phone_button")
        self.show_phone_button.setFlat(True)
        self.show_phone_button.clicked.connect(self._reveal_phone)
        self.customer_on_site = QLabel(objectName="customer_on_site")
        self.customer_on_site.setStyleSheet("color: #15803d; font-weight: bold;")
        self.change_category_button = QPushButton(objectName="change_category_button")
        self.change_category_button.clicked.connect(self._request_category_change)
        self.plan_visit_button = QPushButton(objectName="plan_visit_button")
        self.plan_visit_button.clicked.connect(self._request_plan)
        top = QHBoxLayout()
        top.addWidget(self.customer_name, 1)
        top.addWidget(self.customer_badge, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        details = QVBoxLayout()
        details.addWidget(self.customer_details)
        reveal = QHBoxLayout()
        reveal.addWidget(self.show_phone_button)
        reveal.addStretch(1)
        details.addLayout(reveal)
        details.addWidget(self.customer_on_site)
        details.addStretch(1)
        bottom.addLayout(details, 1)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_category_button)
        buttons.addWidget(self.plan_visit_button)
        bottom.addLayout(buttons)
        card_layout = QVBoxLayout(self.card)
        card_layout.addLayout(top)
        card_layout.addWidget(self.glance)
        card_layout.addLayout(bottom)

        # -- purpose --------------------------------------------------------------------
        self.purpose_label = QLabel(objectName="purpose_label")
        self.purpose_group = QButtonGroup(self)
        self.purpose_buttons: dict[Purpose, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for number, purpose in enumerate(_PURPOSE_ORDER, start=1):
            button = QPushButton(objectName=f"purpose_{purpose.value}")
            button.setCheckable(True)
            button.setProperty("role", "purpose")
            button.setMinimumHeight(40)
            self.purpose_group.addButton(button, number)
            self.purpose_buttons[purpose] = button
            grid.addWidget(button, (number - 1) // 2, (number - 1) % 2)
        self.purpose_group.idToggled.connect(self._purpose_toggled)
        self.purpose_hint = ElidedLabel(objectName="purpose_hint", max_lines=2)
        self.purpose_hint.setProperty("role", "hint")

        # -- flow, host, party, room, note ----------------------------------------------
        self.flow_combo = QComboBox(objectName="flow_combo")
        for flow in Flow:
            self.flow_combo.addItem("", str(flow))
        self.flow_combo.setCurrentIndex(-1)
        self.flow_combo.currentIndexChanged.connect(self._update_flow_note)
        self.flow_note = QLabel(objectName="flow_note")
        self.flow_note.setProperty("role", "hint")
        flow_row = QHBoxLayout()
        flow_row.addWidget(self.flow_combo, 1)
        flow_row.addWidget(self.flow_note)

        self.host_combo = HostCombo("host_combo", lambda: self._ctx.actor)
        self.host_combo.currentTextChanged.connect(self._host_edited)
        self.party_size = QSpinBox(objectName="party_size")
        self.party_size.setRange(1, 200)
        self.party_size.setMinimumWidth(80)
        self.party_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.room_edit = QLineEdit(objectName="room_edit")
        self.room_edit.setMaxLength(20)
        self.note_edit = QLineEdit(objectName="note_edit")
        self.note_edit.setMaxLength(500)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_labels: dict[str, QLabel] = {}
        for key, field, buddy in (
            ("flow", flow_row, self.flow_combo),
            ("host", self.host_combo, self.host_combo),
            ("party", self.party_size, self.party_size),
            ("room", self.room_edit, self.room_edit),
            ("note", self.note_edit, self.note_edit),
        ):
            label = self._form_labels[key] = QLabel()
            label.setBuddy(buddy)
            self.form.addRow(label, field)

        self.checkin_error = ElidedLabel(objectName="checkin_error", max_lines=3)
        self.checkin_error.setProperty("role", "error")
        self.checkin_error.hide()
        self.checkin_button = QPushButton(objectName="checkin_button")
        self.checkin_button.setProperty("role", "primary")
        self.checkin_button.setMinimumHeight(44)
        self.checkin_button.clicked.connect(self.check_in)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self.check_in,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

        self.playbook_label = QLabel(objectName="playbook_label")
        self.playbook_label.setProperty("role", "subheading")
        self.playbook_preview = QListWidget(objectName="playbook_preview")
        self.playbook_preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.playbook_preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.playbook_preview.setWordWrap(True)

        self.form_area = QWidget(objectName="checkin_form")
        form_layout = QVBoxLayout(self.form_area)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.purpose_label)
        form_layout.addLayout(grid)
        form_layout.addWidget(self.purpose_hint)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.checkin_error)
        form_layout.addWidget(self.checkin_button)
        form_layout.addWidget(self.playbook_label)
        form_layout.addWidget(self.playbook_preview, 1)

        # No visitor chosen: the day at a glance (today_panel.py) instead of the card and form.
        self.today_panel = TodayPanel(ctx)
        self.pages = stack_pages(self.today_panel, self.card, self.form_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

        ctx.signals.staff_changed.connect(self.reload_hosts)
        ctx.signals.customer_changed.connect(self._customer_changed)
        ctx.signals.visits_changed.connect(self._visits_changed)
        ctx.signals.settings_changed.connect(self.retranslate)
        ctx.signals.actor_changed.connect(self._actor_changed)
        self.retranslate()
        self.clear()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        hotel = self._ctx.hotel_mode
        self.title.setText(self.tr("Check in"))
        self.change_category_button.setText(self.tr("Change category…"))
        self.change_category_button.setAccessibleName(self.tr("Change the customer's category"))
        self.change_category_button.setToolTip(self.tr("Change category with a reason (Ctrl+K)"))
        self.show_phone_button.setText(self.tr("Show full number"))
        self.show_phone_button.setAccessibleName(self.tr("Show the full phone number"))
        self.show_phone_button.setToolTip(
            self.tr("Show this customer's full phone number (the view is recorded)")
        )
        self.plan_visit_button.setText(self.tr("Plan a visit…"))
        self.plan_visit_button.setAccessibleName(self.tr("Plan a visit for this customer"))
        self.plan_visit_button.setToolTip(
            self.tr("Expect this customer on a later day or time; they get an invitation code")
        )
        self.purpose_label.setText(self.tr("Purpose"))
        for number, purpose in enumerate(_PURPOSE_ORDER, start=1):
            button = self.purpose_buttons[purpose]
            button.setText(labels.purpose_label(purpose))
            button.setShortcut(QKeySequence(f"Alt+{number}"))  # setText resets it
            button.setAccessibleName(labels.purpose_label(purpose))
            button.setToolTip(
                self.tr("{hint} (Alt+{number})").format(
                    hint=labels.purpose_hint(purpose), number=number
                )
            )
        texts = {
            "flow": self.tr("Flow"),
            "host": self.tr("Host"),
            "party": self.tr("Party size"),
            "room": self.tr("Room"),
            "note": self.tr("Note"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text)
        for i in range(self.flow_combo.count()):
            self.flow_combo.setItemText(i, labels.flow_label(Flow(self.flow_combo.itemData(i))))
        self.flow_combo.setAccessibleName(self.tr("Reception flow"))
        self.host_combo.retranslate(hotel)
        self.party_size.setAccessibleName(self.tr("Party size"))
        self.room_edit.setAccessibleName(self.tr("Room"))
        self.room_edit.setPlaceholderText(self.tr("Optional"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional, for the host"))
        self.checkin_button.setText(self.tr("Check in  (Enter)"))
        self.checkin_button.setAccessibleName(self.tr("Check in"))
        self.playbook_label.setText(self.tr("Playbook"))
        self.playbook_preview.setAccessibleName(self.tr("Playbook steps for this visit"))
        self._form_labels["room"].setVisible(hotel)
        self.room_edit.setVisible(hotel)
        self._show_customer()
        self.glance.retranslate()
        self._update_flow_note()
        self._update_purpose_hint()
        self._update_playbook()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Child widgets (line edits, buttons, spin box) pass Enter on to us.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in()
        else:
            super().keyPressEvent(event)

    # -- state ------------------------------------------------------------------------
    @property
    def customer(self) -> CustomerView | None:
        return self._customer

    def purpose(self) -> Purpose | None:
        for purpose, button in self.purpose_buttons.items():
            if button.isChecked():
                return purpose
        return None

    def set_customer(self, customer_id: int) -> None:
        """Show a customer and start a fresh check-in for them."""
        self._customer = customers.get_customer(self._ctx.actor.id, customer_id)
        self.glance.show_for(customer_id)
        self._revealed = None
        self._reset_form()
        self.form_area.setEnabled(True)
        self._show_customer()
        self._update_flow()

    def clear(self) -> None:
        self._customer = None
        self.glance.show_for(None)
        self._revealed = None
        self._reset_form()
        self.form_area.setEnabled(False)
        self._show_customer()
        self._update_flow()

    def focus_purpose(self) -> None:
        self.purpose_buttons[self.purpose() or Purpose.SALES].setFocus()

    def _reset_form(self) -> None:
        self.purpose_group.setExclusive(False)
        for button in self.purpose_buttons.values():
            button.setChecked(False)
        self.purpose_group.setExclusive(True)
        self.host_combo.setCurrentIndex(0)
        self.party_size.setValue(1)
        self.room_edit.clear()
        self.note_edit.clear()
        self._set_error("")

    def _set_error(self, text: str, field: str | None = None) -> None:
        """Show why the check-in was refused; ``field`` names the input at fault, so the
        message goes away as soon as that input is right."""
        self._error_field = field if text else None
        self.checkin_error.setText(text)
        self.checkin_error.setVisible(bool(text))

    def _host_edited(self, _text: str) -> None:
        if self._error_field == "host" and self.host_combo.host_id()[0]:
            self._set_error("")

    def _purpose_chosen(self) -> None:
        if self._error_field == "purpose":
            self._set_error("")

    def reload_hosts(self) -> None:
        self.host_combo.reload()

    def _customer_changed(self, customer_id: int) -> None:
        if self._customer is not None and self._customer.id == customer_id:
            self._customer = customers.get_customer(self._ctx.actor.id, customer_id)
            self.glance.show_for(customer_id)
            self._revealed = None  # the number may have changed: shown masked again
            self._show_customer()
            self._update_flow()

    def _visits_changed(self) -> None:
        """A check-in or check-out elsewhere may change whether this customer is here."""
        if self._customer is not None:
            self._customer_changed(self._customer.id)

    def _actor_changed(self) -> None:
        """Someone else is at the desk: a number revealed to the one before is hidden; the
        hosts are the ones this person may choose."""
        self._revealed = None
        self.host_combo.reload()
        self._show_customer()

    def _reveal_phone(self) -> None:
        if self._customer is None:
            return
        try:
            self._revealed = privacy.reveal_phone(self._ctx.actor.id, self._customer.id)
        except DeskError as err:
            self._set_error(labels.error_text(err))
            return
        self._show_customer()

    def _phone_text(self, view: CustomerView) -> str:
        """The phone as the card shows it: masked, unless revealed on purpose."""
        if self._revealed is not None:
            return display_phone(self._revealed)
        return mask_phone_middle(view.phone) if view.phone else view.phone_display

    def _show_customer(self) -> None:
        view = self._customer
        here = view is not None and view.on_site
        erased = view is not None and view.erased
        self.checkin_button.setEnabled(not here and not erased)
        if erased:
            self._set_error(
                self.tr(
                    "This customer's personal data was erased; register the "
                    "visitor as a new customer."
                )
            )
        else:
            self._set_error(
                self.tr("Already on site: check them out on the board first.") if here else ""
            )
        may_reveal = allowed(self._ctx.actor, Permission.PHONE_FULL)
        self.show_phone_button.setVisible(
            view is not None and bool(view.phone_display) and may_reveal and self._revealed is None
        )
        self.card.setEnabled(view is not None)
        self.change_category_button.setVisible(view is not None)
        self.plan_visit_button.setVisible(view is not None)
        self.pages.setCurrentIndex(0 if view is None else 1)
        if view is None:
            self.customer_name.setText(
                self.tr("No {visitor} chosen").format(
                    visitor=labels.visitor_word(self._ctx.hotel_mode).lower()
                )
            )
            self.customer_badge.hide()
            self.customer_on_site.hide()
            self.customer_details.setText(
                self.tr("Search on the left and press Enter, or register a new customer (Ctrl+N).")
            )
            return
        if erased:
            self.customer_name.setText(self.tr("Erased customer {number}").format(number=view.name))
        else:
            self.customer_name.setText(view.name)
        bg, fg = labels.category_colors(view.category)
        self.customer_badge.setText(labels.category_label(view.category))
        self.customer_badge.setStyleSheet(
            f"background:{bg.name()}; color:{fg.name()}; border-radius:9px;"
            "padding:2px 10px; font-weight:bold;"
        )
        self.customer_badge.show()
        lines = [p for p in (self._phone_text(view), view.company) if p]
        if view.visit_count:
            lines.append(
                self.tr("Visits: {count} · last: {day}").format(
                    count=view.visit_count, day=visit_day(view.last_visit_at)
                )
            )
        else:
            lines.append(self.tr("First visit"))
        self.customer_details.setText("\n".join(lines))
        self.customer_on_site.setText(self.tr("On site now"))
        self.customer_on_site.setVisible(view.on_site)

    # -- purpose, flow, playbook --------------------------------------------------------
    def _purpose_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._purpose_chosen()
            self._update_flow()
            if QApplication.focusWidget() in self.purpose_buttons.values():
                self.focus_host()  # the next thing to fill; Enter there checks in

    def focus_host(self) -> None:
        """The cursor in the host field, its text selected: typing replaces it."""
        self.host_combo.setFocus()
        self.host_combo.edit.selectAll()

    def _update_flow(self) -> None:
        purpose = self.purpose()
        if self._customer is None or purpose is None:
            self._suggested = None
            self.flow_combo.setCurrentIndex(-1)
        else:
            self._suggested = visits.suggested_flow(self._customer.id, purpose)
            self.flow_combo.setCurrentIndex(self.flow_combo.findData(str(self._suggested)))
        self._update_flow_note()
        self._update_purpose_hint()
        self._update_playbook()

    def _update_flow_note(self, *_args) -> None:
        chosen = self.flow_combo.currentData()
        if self._suggested is None or chosen is None:
            self.flow_note.setText("")
        elif chosen == str(self._suggested):
            self.flow_note.setText(self.tr("suggested"))
        else:
            self.flow_note.setText(
                self.tr("suggested: {flow}").format(flow=labels.flow_label(self._suggested))
            )

    def _update_purpose_hint(self) -> None:
        purpose = self.purpose()
        self.purpose_hint.setText(
            labels.purpose_hint(purpose)
            if purpose
            else self.tr("Choose why they came: Alt+1 … Alt+4")
        )

    def _update_playbook(self) -> None:
        self.playbook_preview.clear()
        purpose = self.purpose()
        if self._customer is None or purpose is None:
            return
        category: Category = self._customer.category
        for number, step in enumerate(visits.playbook_for(category, purpose), start=1):
            self.playbook_preview.addItem(f"{number}. {step.text(self._ctx.language)}")

    def _request_category_change(self) -> None:
        if self._customer is not None:
            self.change_category_requested.emit(self._customer.id)

    def _request_plan(self) -> None:
        if self._customer is not None:
            self.plan_requested.emit(self._customer.id)

    # -- check-in ---------------------------------------------------------------------
    def check_in(self) -> None:
        if self._customer is None:
            return
        purpose = self.purpose()
        if purpose is None:
            self._set_error(self.tr("Choose the purpose of the visit (Alt+1 … Alt+4)."), "purpose")
            self.focus_purpose()
            return
        ok, host_id = self.host_combo.host_id()
        if not ok:
            self._set_error(self.host_combo.unknown_host_text(), "host")
            self.host_combo.setFocus()
            return
        try:
            visit = visits.check_in(
                self._ctx.actor.id,
                customer_id=self._customer.id,
                purpose=purpose,
                flow=self.flow_combo.currentData(),
                host_id=host_id,
                party_size=self.party_size.value(),
                note=self.note_edit.text(),
                room=self.room_edit.text() if self._ctx.hotel_mode else "",
            )
        except DeskError as err:
            self._set_error(labels.error_text(err), err.field)
            return
        self.clear()
        self._ctx.signals.visits_changed.emit()
        self.checked_in.emit(visit)
