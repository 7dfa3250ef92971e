"""The kiosk window: full screen, frameless, one step at a time, back to the welcome page
(everything entered forgotten) after a while without a touch.

Leaving needs the staff PIN: Esc, Alt+F4 and the window manager's close are ignored.

The kiosk runs the outbox's background sender too (``ui.common.outbox_sender``): a
check-in nudges it, so the host's messages go at once and the done page can say so.

On PostgreSQL a banner on every page sends visitors to the front desk while the database
server cannot be reached (``ui.common.live``); what they entered is kept, and the banner
goes when the server is back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ...domain.enums import Station
from ...domain.errors import DeskError
from ...domain.faults import DatabaseFault
from ...domain.invite_code import parse_invite_code
from ...services import kiosk, settings, stations
from ..common import i18n, icons
from ..common.application import application
from ..common.live import LiveUpdates
from ..common.outbox_sender import OutboxSender
from ..common.retranslate import Retranslating
from ..common.station import open_this_station
from . import pages
from .messages import database_fault_text, kiosk_error_text
from .slip import print_slip
from .style import kiosk_style
from .widgets import big_button, label

DONE_SECONDS = 20  # the done and goodbye pages go back to the welcome page sooner
# The server-lost banner: red on every page; its type size is the window's (it scales).
_SERVER_LOST_STYLE = (
    "QLabel { background: #b91c1c; color: white; font-weight: bold; border-radius: 8px;"
    " padding: 10px 16px; }"
)
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
    QEvent.Type.Wheel,
}


translate = QCoreApplication.translate


@dataclass
class Entry:
    """What the visitor has entered so far; dropped whole on reset."""

    invite_code: str = ""
    name: str = ""
    phone: str = ""
    company: str = ""
    purpose: str = ""
    host_id: int | None = None


class KioskWindow(Retranslating, QWidget):
    """The lobby screen."""

    reset_done = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_window")
        self.setWindowFlags(
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Window
        )
        if stations.current_station() is None:  # built without ``run_kiosk`` (tests)
            open_this_station(Station.KIOSK)  # this computer's kiosk: its PIN lock, its visits
        kiosk.forget_refusals()  # a new kiosk session starts with no refused codes
        self.home_language = language
        self.language = language
        self.entry = Entry()
        self._may_close = False
        self._out_of_service = ""  # the welcome page's notice while the file is unusable
        self._build()
        station = stations.current_station()
        # The hosts' messages (issue 14): started by ``run_kiosk``, nudged by a check-in.
        self.outbox_sender = OutboxSender(station.name if station else "", self)
        self.live = LiveUpdates(self)
        self.live.lost.connect(self.server_banner.show)
        self.live.back.connect(self.server_banner.hide)
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.idle_timeout)
        self._idle_ms = settings.kiosk_settings().idle_seconds * 1000
        # Every touch or key anywhere restarts the idle timer (Qt drops the filter when
        # the window is deleted).
        application().installEventFilter(self)
        self.setStyleSheet(kiosk_style(1.0))
        icons.decorate(self, icons.KIOSK_ICONS)
        self.retranslate()
        self.reset()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.site_label = label("kiosk_site_label", "site", wrap=False)
        self.language_button = big_button("kiosk_language_button", "language")
        self.language_button.setSizePolicy(
            self.language_button.sizePolicy().Policy.Fixed,
            self.language_button.sizePolicy().Policy.Fixed,
        )
        self.language_button.clicked.connect(self.toggle_language)
        top = QHBoxLayout()
        top.addWidget(self.site_label, 1)
        top.addWidget(self.language_button)
        self.server_banner = label("kiosk_server_lost_banner")
        self.server_banner.setStyleSheet(_SERVER_LOST_STYLE)
        self.server_banner.hide()

        self.stack = QStackedWidget(objectName="kiosk_stack")
        self.welcome = pages.WelcomePage()
        self.code_page = pages.CodePage()
        self.invitation_page = pages.InvitationPage()
        self.details = pages.DetailsPage()
        self.purpose = pages.PurposePage()
        self.host = pages.HostPage()
        self.privacy = pages.PrivacyPage()
        self.done = pages.DonePage()
        self.goodbye = pages.GoodbyePage()
        self.pin = pages.PinPage()
        self.pages = (
            self.welcome,
            self.code_page,
            self.invitation_page,
            self.details,
            self.purpose,
            self.host,
            self.privacy,
            self.done,
            self.goodbye,
            self.pin,
        )
        for page in self.pages:
            self.stack.addWidget(page)

        self.start_over_button = big_button("kiosk_start_over_button", "bar")
        self.start_over_button.clicked.connect(self.reset)
        self.staff_button = big_button("kiosk_staff_button", "staff")
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.clicked.connect(self.ask_pin)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_over_button)
        bottom.addStretch(1)
        bottom.addWidget(self.staff_button)
        for button in (self.start_over_button, self.staff_button):
            button.setSizePolicy(button.sizePolicy().Policy.Fixed, button.sizePolicy().Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addLayout(top)
        layout.addWidget(self.server_banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self._connect()

    def _connect(self) -> None:
        self.welcome.invited.connect(lambda: self._ask_code(leaving=False))
        self.welcome.walk_in.connect(lambda: self.show_page(self.details))
        self.welcome.leaving.connect(lambda: self._ask_code(leaving=True))
        self.welcome.scanned.connect(self.code_scanned)
        self.code_page.submitted.connect(self.code_entered)
        self.invitation_page.confirmed.connect(lambda: self.show_page(self.privacy))
        self.details.submitted.connect(self.details_entered)
        self.purpose.chosen.connect(self.purpose_chosen)
        self.host.chosen.connect(self.host_chosen)
        self.privacy.accepted.connect(self.check_in)
        self.privacy.declined.connect(self.reset)
        self.done.finished.connect(self.reset)
        self.goodbye.finished.connect(self.reset)
        self.pin.submitted.connect(self.pin_entered)
        self.pin.cancelled.connect(self.reset)

    # -- moving between pages ---------------------------------------------------------
    def current_page(self) -> pages.KioskPage:
        return self.pages[self.stack.currentIndex()]  # the stack holds the pages in order

    def show_page(self, page: pages.KioskPage) -> None:
        self.stack.setCurrentWidget(page)
        self.start_over_button.setVisible(page is not self.welcome)
        self.staff_button.setVisible(page is self.welcome)
        page.focus()
        self._restart_idle()

    def _ask_code(self, leaving: bool) -> None:
        self.code_page.clear()
        self.code_page.set_leaving(leaving)
        self.show_page(self.code_page)

    def reset(self) -> None:
        """Back to the welcome page in the kiosk's own language, everything forgotten."""
        self.entry = Entry()
        for page in self.pages:
            page.clear()
        if self.language != self.home_language:
            self.set_language(self.home_language)
        kiosk_settings = settings.kiosk_settings()
        self._idle_ms = kiosk_settings.idle_seconds * 1000
        self.privacy.set_policy(settings.site_settings().site_name, kiosk_settings.retention_months)
        self.show_page(self.welcome)
        self.welcome.show_notice(self._out_of_service)
        self.reset_done.emit()

    # -- idle -------------------------------------------------------------------------
    def _restart_idle(self) -> None:
        page = self.current_page()
        if page is self.welcome:
            self._idle.stop()
            return
        short = page in (self.done, self.goodbye)
        self._idle.start(min(self._idle_ms, DONE_SECONDS * 1000) if short else self._idle_ms)

    def idle_timeout(self) -> None:
        if self.current_page() is not self.welcome:
            self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        return False

    # -- language ---------------------------------------------------------------------
    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "zh_CN" else "zh_CN")

    def set_language(self, language: str) -> None:
        self.language = language
        i18n.switch_language(application(), language)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Kiosk", "Visitor check-in"))
        self.site_label.setText(settings.site_settings().site_name)
        # The switch names the other language in that language.
        self.language_button.setText("English" if self.language == "zh_CN" else "中文")
        self.language_button.setAccessibleName(translate("Kiosk", "Switch language"))
        self.start_over_button.setText(translate("Kiosk", "Start over"))
        self.staff_button.setText(translate("Kiosk", "Staff"))
        self.server_banner.setText(
            translate(
                "Kiosk",
                "Sorry, check-in here is not available right now. Please see the front desk.",
            )
            + "\n"
            + translate(
                "Kiosk",
                "For staff: the database server cannot be reached. The kiosk reconnects by "
                "itself when it is back.",
            )
        )
        self.server_banner.setAccessibleName(translate("Kiosk", "Check-in not available"))

    # -- the steps --------------------------------------------------------------------
    def code_entered(self, text: str) -> None:
        if not text.strip():
            self.code_page.field.set_error(translate("Kiosk", "Please scan or type your code."))
            return
        try:
            if self.code_page.leaving:
                kiosk.check_out(text)
            else:
                found = kiosk.find_invitation(text)
        except DeskError as err:
            self.code_page.field.set_error(kiosk_error_text(err))
            return
        if self.code_page.leaving:
            self.show_page(self.goodbye)
            return
        self.entry.invite_code = found.invite_code
        self.invitation_page.set_invitation(found)
        self.show_page(self.invitation_page)

    def code_scanned(self, text: str) -> None:
        """A code scanned on the welcome page: an invitation means arriving, anything
        else is taken as a slip's code, leaving."""
        self._ask_code(leaving=parse_invite_code(text) is None)
        self.code_page.field.edit.setText(text)
        self.code_entered(text)

    def details_entered(self, name: str, phone: str, company: str) -> None:
        for key in ("name", "phone", "company"):
            self.details.field(key).set_error("")
        try:
            kiosk.check_walk_in(name, phone, company)
        except DeskError as err:
            field = self.details.field(err.field)
            field.set_error(kiosk_error_text(err))
            field.edit.setFocus()
            return
        self.entry.name, self.entry.phone, self.entry.company = name, phone, company
        self.show_page(self.purpose)

    def purpose_chosen(self, purpose: str) -> None:
        self.entry.purpose = purpose
        self.host.load(kiosk.hosts(), kiosk.departments())
        self.show_page(self.host)

    def host_chosen(self, host_id: int | None) -> None:
        self.entry.host_id = host_id
        self.show_page(self.privacy)

    def check_in(self) -> None:
        consent = self.privacy.consent.isChecked()
        try:
            if self.entry.invite_code:
                receipt = kiosk.check_in_invited(self.entry.invite_code, consent=consent)
            else:
                receipt = kiosk.check_in_walk_in(
                    name=self.entry.name,
                    phone=self.entry.phone,
                    company=self.entry.company,
                    purpose=self.entry.purpose,
                    host_id=self.entry.host_id,
                    consent=consent,
                )
        except DeskError as err:
            self.privacy.show_error(kiosk_error_text(err))
            return
        self.outbox_sender.nudge()  # "telling your host…" becomes true at once
        printed = print_slip(receipt.code, receipt.checkout_code, self.language)  # after the commit
        self.entry = Entry()
        self.done.show_receipt(receipt, printed)
        self.show_page(self.done)

    def database_damaged(self) -> None:
        """The background check found the database damaged: every check-in would be
        refused, so the welcome page says so up front until the kiosk is restarted."""
        self._out_of_service = database_fault_text(DatabaseFault("db_damaged"))
        if self.current_page() is self.welcome:
            self.welcome.show_notice(self._out_of_service)

    def unexpected_error(self, exc_type, exc, tb) -> None:
        """Any error nobody caught (a database fault met outside a form, a bug): logged in
        full; the visitor gets the welcome page, their entry dropped, and one sentence."""
        logging.getLogger("receptionist.kiosk").error(
            "unexpected error", exc_info=(exc_type, exc, tb)
        )
        try:
            self.reset()
        except Exception:  # noqa: BLE001 - the reset reads settings; the same fault may recur
            logging.getLogger("receptionist.kiosk").error("reset failed", exc_info=True)
            self.entry = Entry()
            self.show_page(self.welcome)
        if isinstance(exc, DeskError):
            self.welcome.show_notice(kiosk_error_text(exc))
            return
        self.welcome.show_notice(
            translate(
                "Kiosk", "Sorry, something went wrong. Please try again, or see the front desk."
            )
        )

    # -- leaving the kiosk (staff) ----------------------------------------------------
    def ask_pin(self) -> None:
        self.pin.clear()
        try:
            kiosk.check_exit_unlocked()
        except DeskError as err:
            self.pin.field.set_error(kiosk_error_text(err))
        self.show_page(self.pin)

    def pin_entered(self, pin: str) -> None:
        try:
            kiosk.verify_exit_pin(pin)
        except DeskError as err:
            self.pin.field.set_error(kiosk_error_text(err))
            return
        self._may_close = True
        self.close()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Type and targets grow with the screen (designed for 1280 × 800)."""
        scale = max(0.8, min(self.width() / 1280, self.height() / 800))
        if abs(scale - getattr(self, "_scale", 0)) > 0.01:
            self._scale = scale
            self.setStyleSheet(kiosk_style(scale))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc does not leave, and goes nowhere else
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.live.start()  # PostgreSQL: is the server there?
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._may_close:
            event.ignore()  # Alt+F4, the window manager, anything
            return
        self.live.stop()
        self.outbox_sender.stop()
        super().closeEvent(event)
