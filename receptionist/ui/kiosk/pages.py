"""The kiosk's steps, one page each. Pages only show and collect; ``window.KioskWindow``
moves between them and calls the services."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Purpose
from ...services import clock
from ...services.kiosk import Greeting, KioskHost, KioskInvitation, KioskReceipt
from ..common.retranslate import Retranslating
from .host_told import HostTold, host_sentence
from .widgets import CHIP_TARGET, MIN_TARGET, Field, PinPad, big_button, label

PURPOSES = (Purpose.SALES, Purpose.AFTER_SALES, Purpose.COMPLAINT, Purpose.RELATIONSHIP)


translate = QCoreApplication.translate


def purpose_text(purpose: Purpose) -> tuple[str, str]:
    """The visitor's words for a purpose, and its one-line explanation."""
    return {
        Purpose.SALES: (
            translate("Kiosk", "Buying"),
            translate("Kiosk", "Products, prices and offers"),
        ),
        Purpose.AFTER_SALES: (
            translate("Kiosk", "Service and support"),
            translate("Kiosk", "Maintenance, repairs or help with something you bought"),
        ),
        Purpose.COMPLAINT: (
            translate("Kiosk", "A complaint"),
            translate("Kiosk", "Something went wrong and you want it put right"),
        ),
        Purpose.RELATIONSHIP: (
            translate("Kiosk", "Meeting or event"),
            translate("Kiosk", "An appointment, an event, or a visit to keep in touch"),
        ),
    }[purpose]


def greeting_text(greeting: Greeting | None) -> str:
    """ "Welcome, Director Wang" — only with a title; otherwise no name at all."""
    if greeting is None or not greeting.surname or not greeting.title:
        return translate("Kiosk", "Welcome!")
    return translate("Kiosk", "Welcome, {title} {surname}!").format(
        title=greeting.title, surname=greeting.surname
    )


class KioskPage(Retranslating, QWidget):
    """A page: a large title, then the page's content in a centred column."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = label(f"{name}_title", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        column.addLayout(self.body)
        column.addStretch(1)
        self._column = column
        outer.addLayout(column, 6)
        outer.addStretch(1)

    def fill_height(self) -> None:
        """Let the page's content take the screen's height (a list), instead of sitting
        at the top with the space below it."""
        self._column.setStretch(self._column.count() - 1, 0)
        self._column.setStretch(self._column.indexOf(self.body), 1)

    def clear(self) -> None:
        """Forget everything entered (idle reset, start over)."""

    def focus(self) -> None:
        """Put the keyboard focus where the visitor types first."""

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(KioskPage):
    invited = Signal()
    walk_in = Signal()
    leaving = Signal()
    scanned = Signal(str)  # a code typed or scanned without choosing first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_welcome_page", parent)
        self.subtitle = label("kiosk_welcome_subtitle", "subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invited_button = big_button("kiosk_invited_button", "primary")
        self.walk_in_button = big_button("kiosk_walk_in_button", "primary")
        self.leave_button = big_button("kiosk_leave_button", "secondary")
        # A keyboard-wedge scanner types into whatever has focus: here, so an invitation
        # or a slip can be scanned straight from the welcome page.
        self.notice = label("kiosk_welcome_notice", "error")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        self.scan_hint = label("kiosk_scan_hint", "hint")
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan = QLineEdit(objectName="kiosk_scan_edit")
        self.scan.setProperty("role", "scan")
        self.scan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_hint.setBuddy(self.scan)
        self.body.addWidget(self.subtitle)
        self.body.addWidget(self.notice)
        for button in (self.invited_button, self.walk_in_button, self.leave_button):
            self.body.addWidget(button)
        self.body.addWidget(self.scan_hint)
        self.body.addWidget(self.scan)
        self.invited_button.clicked.connect(self.invited.emit)
        self.walk_in_button.clicked.connect(self.walk_in.emit)
        self.leave_button.clicked.connect(self.leaving.emit)
        self.scan.returnPressed.connect(self._scanned)
        self.retranslate()

    def _scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if text.strip():
            self.scanned.emit(text)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear(self) -> None:
        self.scan.clear()
        self.show_notice("")

    def focus(self) -> None:
        self.scan.setFocus()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Welcome"))
        self.subtitle.setText(
            translate("Kiosk", "Check yourself in here. It takes about a minute.")
        )
        self.invited_button.setText(translate("Kiosk", "I have an invitation code"))
        self.walk_in_button.setText(translate("Kiosk", "I have no appointment"))
        self.leave_button.setText(translate("Kiosk", "I am leaving — check out"))
        self.scan_hint.setText(translate("Kiosk", "…or scan your invitation or visit slip now"))
        self.scan.setAccessibleName(self.scan_hint.text())


class CodePage(KioskPage):
    """Scan or type a code: the invitation (arriving) or the slip's code (leaving)."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_code_page", parent)
        self.leaving = False
        self.hint = label("kiosk_code_hint", "subtitle")
        self.field = Field("kiosk_code")
        self.field.edit.setProperty("role", "code")
        self.next_button = big_button("kiosk_code_next_button", "primary")
        for widget in (self.hint, self.field, self.next_button):
            self.body.addWidget(widget)
        self.field.edit.returnPressed.connect(self._submit)
        self.next_button.clicked.connect(self._submit)
        self.retranslate()

    def set_leaving(self, leaving: bool) -> None:
        self.leaving = leaving
        self.retranslate()

    def _submit(self) -> None:
        self.submitted.emit(self.field.text())

    def clear(self) -> None:
        self.field.clear()

    def focus(self) -> None:
        self.field.edit.setFocus()

    def retranslate(self) -> None:
        if self.leaving:
            self.title.setText(translate("Kiosk", "Check out"))
            self.hint.setText(
                translate("Kiosk", "Scan the code on your visit slip, or type it (V-…).")
            )
            self.field.caption.setText(translate("Kiosk", "Visit code"))
            self.next_button.setText(translate("Kiosk", "Check out"))
        else:
            self.title.setText(translate("Kiosk", "Your invitation"))
            self.hint.setText(
                translate("Kiosk", "Scan the code on your invitation, or type it (I-…).")
            )
            self.field.caption.setText(translate("Kiosk", "Invitation code"))
            self.next_button.setText(translate("Kiosk", "Continue"))


class InvitationPage(KioskPage):
    """An invited visitor: who expects them and when; then the privacy notice."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_invitation_page", parent)
        self.invitation: KioskInvitation | None = None
        self.details = label("kiosk_invitation_details", "subtitle")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = big_button("kiosk_invitation_next_button", "primary")
        self.body.addWidget(self.details)
        self.body.addWidget(self.next_button)
        self.next_button.clicked.connect(self.confirmed.emit)
        self.retranslate()

    def set_invitation(self, invitation: KioskInvitation) -> None:
        self.invitation = invitation
        self.retranslate()

    def clear(self) -> None:
        self.invitation = None
        self.retranslate()

    def retranslate(self) -> None:
        found = self.invitation
        self.title.setText(greeting_text(found.greeting if found else None))
        self.next_button.setText(translate("Kiosk", "Continue"))
        if found is None:
            self.details.setText("")
            return
        time = clock.local(found.expected_at).strftime("%H:%M")
        what = purpose_text(found.purpose)[0]
        if found.host_name:
            text = translate("Kiosk", "{host} expects you at {time} ({purpose}).").format(
                host=found.host_name, time=time, purpose=what
            )
        else:
            text = translate("Kiosk", "You are expected at {time} ({purpose}).").format(
                time=time, purpose=what
            )
        self.details.setText(text)


class DetailsPage(KioskPage):
    submitted = Signal(str, str, str)  # name, phone, company

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_details_page", parent)
        self.name = Field("kiosk_name")
        self.phone = Field("kiosk_phone")
        self.company = Field("kiosk_company")
        self.next_button = big_button("kiosk_details_next_button", "primary")
        self.phone.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        for widget in (self.name, self.phone, self.company, self.next_button):
            self.body.addWidget(widget)
        self.name.edit.returnPressed.connect(self.phone.edit.setFocus)
        self.phone.edit.returnPressed.connect(self.company.edit.setFocus)
        self.company.edit.returnPressed.connect(self._submit)
        self.next_button.clicked.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        self.submitted.emit(self.name.text(), self.phone.text(), self.company.text())

    def field(self, name: str | None) -> Field:
        """The field called ``name`` (an error's field); the name field for any other."""
        return {"phone": self.phone, "company": self.company}.get(name or "", self.name)

    def clear(self) -> None:
        for field in (self.name, self.phone, self.company):
            field.clear()

    def focus(self) -> None:
        self.name.edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "About you"))
        self.name.caption.setText(translate("Kiosk", "Your name"))
        self.phone.caption.setText(translate("Kiosk", "Mobile number"))
        self.company.caption.setText(translate("Kiosk", "Company (optional)"))
        self.next_button.setText(translate("Kiosk", "Next"))


class PurposePage(KioskPage):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_purpose_page", parent)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.buttons: dict[Purpose, tuple] = {}
        for index, purpose in enumerate(PURPOSES):
            button = big_button(f"kiosk_purpose_{purpose.value}_button", "purpose")
            hint = label(f"kiosk_purpose_{purpose.value}_hint", "hint")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = QVBoxLayout()
            cell.addWidget(button)
            cell.addWidget(hint)
            grid.addLayout(cell, index // 2, index % 2)
            button.clicked.connect(lambda _checked=False, p=purpose: self.chosen.emit(p.value))
            self.buttons[purpose] = (button, hint)
        self.body.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "What brings you here today?"))
        for purpose, (button, hint) in self.buttons.items():
            text, explanation = purpose_text(purpose)
            button.setText(text)
            hint.setText(explanation)


class HostPage(KioskPage):
    """Whom the visitor came to see: search by name or browse by department."""

    chosen = Signal(object)  # staff id, or None: "anyone at reception"
    ALL = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_host_page", parent)
        self.department = self.ALL
        self.search = Field("kiosk_host_search")
        # The departments on one row that scrolls sideways (a finger drags it), so the
        # list of people keeps the height: six rows or more at 1280 x 800.
        self._strip = strip = QWidget(objectName="kiosk_department_strip")
        self.departments = QHBoxLayout(strip)
        self.departments.setContentsMargins(0, 0, 0, 0)
        self.departments.setSpacing(10)
        self.department_row = QScrollArea(objectName="kiosk_department_row")
        self.department_row.setWidget(strip)
        self.department_row.setWidgetResizable(True)
        self.department_row.setFrameShape(QFrame.Shape.NoFrame)
        self.department_row.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No scroll bar to hit: the row is dragged (or Tab moves along it), and the last
        # button that fits shows cut off.
        self.department_row.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.department_row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A finger drags the row; a mouse click still reaches the buttons (a left-button
        # gesture would hold every press back to see whether it becomes a drag).
        QScroller.grabGesture(
            self.department_row.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.list = QListWidget(objectName="kiosk_host_list")
        self.list.setProperty("role", "hosts")
        QScroller.grabGesture(
            self.list.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.empty = label("kiosk_host_empty", "hint")
        self.no_host_button = big_button("kiosk_no_host_button", "secondary")
        # The search and "I don't know" share a row; the search's caption is its
        # placeholder: the height goes to the list of people.
        self.search.caption.hide()
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search, 3)
        top.addWidget(self.no_host_button, 2, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self.body.addWidget(self.department_row)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.empty)
        self.fill_height()
        # Tighter than the other pages, so that six people fit at 1280 x 800.
        self.title.setProperty("role", "title_tight")
        self.body.setSpacing(8)
        self._column.setSpacing(8)
        self.search.edit.textChanged.connect(lambda _text: self._fill())
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        self.no_host_button.clicked.connect(lambda: self.chosen.emit(None))
        self._hosts: list[KioskHost] = []
        self._names: list[str] = []
        self.retranslate()

    def load(self, hosts: list[KioskHost], departments: list[str]) -> None:
        """The staff list and the departments (read when the page opens)."""
        self._hosts = hosts
        self._names = departments
        while self.departments.count():
            item = self.departments.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QAbstractButton):  # the row holds buttons and a stretch
                self.group.removeButton(widget)
                widget.deleteLater()
        for index, name in enumerate([self.ALL, *departments]):
            button = big_button(f"kiosk_department_{index}_button", "department")
            button.setCheckable(True)
            button.setProperty("department", name)
            button.clicked.connect(lambda _checked=False, d=name: self.set_department(d))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(CHIP_TARGET)
            self.group.addButton(button)
            self.departments.addWidget(button)
        self.departments.addStretch(1)
        self._strip.adjustSize()
        self.department_row.setFixedHeight(self._strip.sizeHint().height())
        self.set_department(self.ALL)
        self.retranslate()

    def set_department(self, name: str) -> None:
        self.department = name
        for button in self.group.buttons():
            button.setChecked(button.property("department") == name)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold()
        self.list.clear()
        for host in self._hosts:
            if self.department and host.department != self.department:
                continue
            if needle and needle not in host.name.casefold():
                continue
            text = f"{host.name}   ·   {host.department}" if host.department else host.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, host.id)
            item.setSizeHint(QSize(0, MIN_TARGET))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)

    def _picked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def clear(self) -> None:
        self.search.clear()
        self.set_department(self.ALL)

    def focus(self) -> None:
        self.search.edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Who are you here to see?"))
        self.search.caption.setText(translate("Kiosk", "Search by name"))
        self.search.edit.setPlaceholderText(translate("Kiosk", "Search by name"))
        self.search.edit.setAccessibleName(translate("Kiosk", "Search by name"))
        self.empty.setText(
            translate(
                "Kiosk", "Nobody by that name. Try part of the name, or choose “I don't know”."
            )
        )
        self.no_host_button.setText(translate("Kiosk", "I don't know — anyone at reception"))
        for button in self.group.buttons():
            name = button.property("department")
            button.setText(name or translate("Kiosk", "Everyone"))


class PrivacyPage(KioskPage):
    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_privacy_page", parent)
        self.months = 24
        self.site = ""
        self.notice = label("kiosk_privacy_text", "notice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.consent = QCheckBox(objectName="kiosk_consent_check")
        self.consent.setMinimumHeight(MIN_TARGET)
        self.error = label("kiosk_privacy_error", "error")
        self.confirm_button = big_button("kiosk_confirm_button", "primary")
        self.decline_button = big_button("kiosk_decline_button", "secondary")
        for widget in (
            self.notice,
            self.consent,
            self.error,
            self.confirm_button,
            self.decline_button,
        ):
            self.body.addWidget(widget)
        self.consent.toggled.connect(self._update)
        self.confirm_button.clicked.connect(self.accepted.emit)
        self.decline_button.clicked.connect(self.declined.emit)
        self.clear()
        self.retranslate()

    def set_policy(self, site: str, months: int) -> None:
        """The site's name ("" while it has none) and the retention period to state."""
        self.site, self.months = site, months
        self.retranslate()

    def _update(self) -> None:
        self.confirm_button.setEnabled(self.consent.isChecked())
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear(self) -> None:
        self.consent.setChecked(False)
        self.show_error("")
        self._update()

    def _how_long(self) -> str:
        """The retention sentence: the site's name, or "we" while the site has none (the
        product's name is never the site's). ``self.tr``, not ``translate``: lupdate
        finds plural forms (``%n``) only in ``tr`` calls, and only with a plain name as
        the count."""
        months = self.months
        if self.site:
            return self.tr(
                "{site} keeps it for %n month(s) after your last visit. It is not "
                "shared with anyone else. Ask the front desk to see or delete it.",
                "",
                months,
            ).format(site=html.escape(self.site))
        return self.tr(
            "We keep it for %n month(s) after your last visit. It is not shared with "
            "anyone else. Ask the front desk to see or delete it.",
            "",
            months,
        )

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Your privacy"))
        rows = (
            (
                translate("Kiosk", "What we collect"),
                translate(
                    "Kiosk",
                    "Your name, mobile number and company, why you came and whom you visit, "
                    "and when you arrive and leave.",
                ),
            ),
            (
                translate("Kiosk", "Why"),
                translate(
                    "Kiosk",
                    "To tell your host you are here, to know who is in the building, and to "
                    "serve you better next time.",
                ),
            ),
            (translate("Kiosk", "How long"), self._how_long()),
        )
        self.notice.setText("".join(f"<p><b>{head}</b><br>{text}</p>" for head, text in rows))
        self.consent.setText(translate("Kiosk", "I have read this and agree"))
        self.confirm_button.setText(translate("Kiosk", "Check me in"))
        self.decline_button.setText(
            translate("Kiosk", "I do not agree — I will go to the front desk")
        )


class DonePage(KioskPage):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_done_page", parent)
        self.receipt: KioskReceipt | None = None
        self.printed = False
        self.code_caption = label("kiosk_done_code_caption", "subtitle")
        self.code = label("kiosk_done_code", "code", wrap=False)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_note = label("kiosk_done_print", "subtitle")
        self.host_note = label("kiosk_done_host", "subtitle")
        self.finish_button = big_button("kiosk_done_finish_button", "primary")
        for widget in (
            self.code_caption,
            self.code,
            self.print_note,
            self.host_note,
            self.finish_button,
        ):
            widget.setProperty("align", "center")
            if isinstance(widget, QLabel):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body.addWidget(widget)
        self.finish_button.clicked.connect(self.finished.emit)
        # What the host was told follows the outbox while the page shows (``host_told``).
        self.host_told = HostTold(self)
        self.host_told.changed.connect(lambda _state: self.retranslate())
        self.retranslate()

    def show_receipt(self, receipt: KioskReceipt, printed: bool) -> None:
        self.receipt, self.printed = receipt, printed
        self.host_told.follow(receipt)
        if self.isVisible():
            self.host_told.start()
        self.code.setProperty("role", "code" if printed else "code_large")
        self.code.style().unpolish(self.code)
        self.code.style().polish(self.code)
        self.retranslate()

    def clear(self) -> None:
        self.receipt = None
        self.host_told.follow(None)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.host_told.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.host_told.stop()  # the page left: nobody reads it any more

    def retranslate(self) -> None:
        receipt = self.receipt
        self.finish_button.setText(translate("Kiosk", "Done"))
        if receipt is None:
            self.title.setText("")
            for widget in (self.code_caption, self.code, self.print_note, self.host_note):
                widget.setText("")
            return
        greeting = greeting_text(receipt.greeting)
        self.title.setText(
            translate("Kiosk", "{greeting} You are checked in.").format(greeting=greeting)
        )
        self.code_caption.setText(translate("Kiosk", "Your visit code"))
        self.code.setText(receipt.checkout_code)
        self.print_note.setText(
            translate("Kiosk", "Your visit slip is printing — please take it with you.")
            if self.printed
            else translate(
                "Kiosk",
                "The slip could not be printed. Please note your code: you need it to check out.",
            )
        )
        self.host_note.setText(host_sentence(receipt.host_name, self.host_told.state))


class GoodbyePage(KioskPage):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_goodbye_page", parent)
        self.message = label("kiosk_goodbye_text", "subtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_button = big_button("kiosk_goodbye_finish_button", "primary")
        self.body.addWidget(self.message)
        self.body.addWidget(self.finish_button)
        self.finish_button.clicked.connect(self.finished.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Thank you for visiting"))
        self.message.setText(translate("Kiosk", "You are checked out. Have a good day!"))
        self.finish_button.setText(translate("Kiosk", "Done"))


class PinPage(KioskPage):
    """Staff only: the PIN that leaves the kiosk."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kiosk_pin_page", parent)
        self.field = Field("kiosk_pin")
        self.field.edit.setEchoMode(self.field.edit.EchoMode.Password)
        self.field.edit.setMaxLength(8)
        self.field.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad()
        self.cancel_button = big_button("kiosk_pin_cancel_button", "secondary")
        self.ok_button = big_button("kiosk_pin_ok_button", "primary")
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.field)
        left.addWidget(self.ok_button)
        left.addWidget(self.cancel_button)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(left, 1)
        row.addWidget(self.pad, 1)
        self.body.addLayout(row)
        self.pad.digit.connect(lambda key: self.field.edit.insert(key))
        self.pad.delete.connect(self.field.edit.backspace)
        self.field.edit.returnPressed.connect(self._submit)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.retranslate()

    def _submit(self) -> None:
        pin = self.field.text()
        self.field.edit.clear()
        self.submitted.emit(pin)

    def clear(self) -> None:
        self.field.clear()

    def focus(self) -> None:
        self.field.edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Staff: leave the kiosk"))
        self.field.caption.setText(translate("Kiosk", "Staff PIN"))
        self.ok_button.setText(translate("Kiosk", "Leave"))
        self.cancel_button.setText(translate("Kiosk", "Back"))
