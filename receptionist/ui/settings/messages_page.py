"""The "Messages" tab of the settings (issue 14; SETTINGS, admins): the site's mail server
and the language messages are written in (``mail_server_box``), "Send a test e-mail" to a
staff member who has an address, and the active staff with the channels that reach each
one (e-mail, WeCom, DingTalk, Feishu, a generic webhook); a double-click or "Edit
channels…" opens that person's channels (``channels_dialog``), saved there at once.

The mail server is saved with the other pages, only what changed; a webhook's address
shows masked in the table (its token is the robot's key), a saved signing secret as a
mark only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError, ValidationError
from ...domain.outbox import WEBHOOKS, Channel
from ...domain.roles import Permission
from ...services import access, channels, message_settings
from ...services.channels import StaffChannels
from ..common.context import DeskContext
from ..common.delivery_texts import channel_text
from ..common.forms import error_label
from .channels_dialog import ChannelsDialog
from .delivery_check import DeliveryCheck
from .mail_server_box import KEYS, MailServerBox
from .page import GENERAL, Problem, SettingsPage, register_page

COLUMNS = ("name", "department", *(str(channel) for channel in Channel))
STAFF_ID = Qt.ItemDataRole.UserRole


@register_page
class MessagesSettingsPage(SettingsPage):
    NAME = "messages_settings_page"
    ORDER = 29
    FIELDS = {**{key: key for key in KEYS}, "secret": "smtp_password"}

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        return access.allowed(ctx.actor, Permission.SETTINGS)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._staff: list[StaffChannels] = []
        self.channels_dialog: ChannelsDialog | None = None

        self.mail_box = MailServerBox()
        self.error_labels = {**self.mail_box.error_labels, GENERAL: error_label("messages_error")}
        self.fields = dict(self.mail_box.fields)
        self.test_label = QLabel()
        self.test_staff = QComboBox(objectName="mail_test_staff")
        self.test_staff.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.test_label.setBuddy(self.test_staff)
        self.test_button = QPushButton(objectName="mail_test_button")
        self.test_button.clicked.connect(self.send_test_mail)
        self.no_address = QLabel(objectName="mail_test_no_address")
        self.no_address.setProperty("role", "hint")
        self.no_address.setWordWrap(True)
        self.test_result = DeliveryCheck("mail_test_result", self.test_button)
        self.test_staff.currentIndexChanged.connect(self.test_result.clear)
        test_row = QWidget()
        row = QHBoxLayout(test_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_staff)
        row.addWidget(self.test_button)
        row.addWidget(self.no_address, 1)
        row.addStretch(0)
        self.mail_box.form.addRow(self.test_label, test_row)
        self.mail_box.form.addRow("", self.test_result)

        self.staff_box = QGroupBox(objectName="staff_channels_box")
        self.staff_hint = QLabel(objectName="staff_channels_hint")
        self.staff_hint.setProperty("role", "hint")
        self.staff_hint.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="staff_channels_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a trailing ✓
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for channel in WEBHOOKS:  # masked addresses share what the name and e-mail leave
            header.setSectionResizeMode(COLUMNS.index(channel), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_channels())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.edit_button = QPushButton(objectName="staff_channels_edit")
        self.edit_button.clicked.connect(self.edit_channels)
        self.edit_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        staff_column = QVBoxLayout(self.staff_box)
        staff_column.addWidget(self.staff_hint)
        staff_column.addWidget(self.table, 1)
        staff_column.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.mail_box)
        layout.addWidget(self.staff_box, 1)
        layout.addWidget(self.error_labels[GENERAL])
        self.retranslate()

    def title(self) -> str:
        return self.tr("Messages")

    def retranslate(self) -> None:
        self.mail_box.retranslate()
        self.test_label.setText(self.tr("Send a &test e-mail to"))
        self.test_staff.setAccessibleName(self.tr("Staff member to send the test e-mail to"))
        self.test_button.setText(self.tr("Send a test e-mail"))
        self.test_button.setAccessibleName(
            self.tr("Send a test e-mail with the mail server as typed")
        )
        self.no_address.setText(
            self.tr("No staff member has an e-mail address yet: add one below.")
        )
        self.staff_box.setTitle(self.tr("Who is told, and how"))
        self.staff_hint.setText(
            self.tr(
                "Besides the desk's list, each person is told by every channel set here "
                "(✓: signed with a saved secret). Double-click a person to change theirs; "
                "that is saved at once."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Department"),
                *(channel_text(channel) for channel in Channel),
            ]
        )
        self.table.setAccessibleName(self.tr("Staff and the channels that reach them"))
        self.edit_button.setText(self.tr("Edit channels…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen person's channels"))
        self._fill_table()
        self.retranslate_problems()

    # -- load, check, save ----------------------------------------------------------------
    def load(self) -> None:
        self.mail_box.show_saved(message_settings.mail_settings(self.ctx.actor.id))
        self._reload_staff()

    def _mail_values(self) -> dict[str, str]:
        return self.mail_box.typed()

    def check(self) -> list[Problem]:
        if not self.mail_box.changed():
            return []
        try:
            message_settings.check_mail_settings(
                **self._mail_values(), password=self.mail_box.password()
            )
        except ValidationError as error:
            return [self.problem(error)]
        return []

    def save(self, actor_id: int) -> None:
        """Save the mail server's fields that changed (nothing when none did)."""
        if not self.mail_box.changed():
            return
        saved = message_settings.save_mail_settings(
            actor_id, **self._mail_values(), password=self.mail_box.password()
        )
        self.mail_box.show_saved(saved)

    def problem(self, error: DeskError) -> Problem:
        return Problem(self.FIELDS.get(error.field or "", GENERAL), error)

    # -- the test e-mail --------------------------------------------------------------
    def _mail_test(self) -> dict[str, object]:
        """How a test e-mail is sent: with the mail server as typed."""
        server = {k: v for k, v in self._mail_values().items() if k != "language"}
        return {"mail": server, "smtp_password": self.mail_box.password()}

    def send_test_mail(self) -> None:
        staff_id = self.test_staff.currentData()
        if staff_id is None:
            return
        self.test_result.send(
            channels.send_test, self.ctx.actor.id, staff_id, Channel.EMAIL, **self._mail_test()
        )

    # -- the staff and their channels -------------------------------------------------
    def _reload_staff(self) -> None:
        self._staff = channels.all_staff_channels(self.ctx.actor.id)
        self._fill_table()
        chosen = self.test_staff.currentData()
        self.test_staff.blockSignals(True)
        self.test_staff.clear()
        for person in self._staff:
            if Channel.EMAIL in person.channels:
                address = person.shown(Channel.EMAIL)
                self.test_staff.addItem(f"{person.name} <{address}>", person.staff_id)
        self.test_staff.setCurrentIndex(max(self.test_staff.findData(chosen), 0))
        self.test_staff.blockSignals(False)
        has_any = self.test_staff.count() > 0
        self.test_staff.setVisible(has_any)
        self.test_button.setEnabled(has_any)
        self.no_address.setVisible(not has_any)

    def _cell(self, person: StaffChannels, channel: Channel) -> QTableWidgetItem:
        view = person.channels.get(channel)
        if view is None:
            return QTableWidgetItem("")
        if channel in WEBHOOKS and view.has_secret:
            cell = QTableWidgetItem(f"{view.shown} ✓")
            cell.setToolTip(
                self.tr("{address}: a signing secret is saved.").format(address=view.shown)
            )
            return cell
        cell = QTableWidgetItem(view.shown)
        cell.setToolTip(view.shown)
        return cell

    def _fill_table(self) -> None:
        chosen = self.chosen_staff_id()
        self.table.setRowCount(len(self._staff))
        for row, person in enumerate(self._staff):
            name = QTableWidgetItem(person.name)
            name.setData(STAFF_ID, person.staff_id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(person.department))
            for column, channel in enumerate(Channel, start=2):
                self.table.setItem(row, column, self._cell(person, channel))
            if person.staff_id == chosen:
                self.table.selectRow(row)

    def chosen_staff_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(STAFF_ID) if item else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.chosen_staff_id() is not None)

    def edit_channels(self) -> None:
        """Open the chosen person's channels (window-modal; saved there)."""
        staff_id = self.chosen_staff_id()
        person = next((p for p in self._staff if p.staff_id == staff_id), None)
        if person is None:
            return
        dialog = ChannelsDialog(self.ctx, person, self._mail_test(), self)
        dialog.saved.connect(self._reload_staff)
        dialog.finished.connect(dialog.deleteLater)
        self.channels_dialog = dialog
        dialog.open()
