"""One staff member's channels (Settings → Messages → Edit channels…, issue 14): their
e-mail address, the WeCom group robot's address, the DingTalk robot's with its signing
secret, the Feishu bot's and a generic webhook's with an optional one.

A signing secret is never read back: its field stays blank, says when one is saved
(blank keeps it), and a check box removes it. Each channel has "Send a test" with what is
typed so far (off the GUI thread, the answer under it). Save writes only what changed, at
once; a refusal shows next to its field and keeps everything typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.outbox import Channel
from ...services import channels
from ...services.channels import SIGNED, StaffChannels
from ..common.context import DeskContext
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .delivery_check import DeliveryCheck

GENERAL = "general"


class ChannelsDialog(Retranslating, QDialog):
    """Edit ``person``'s channels; ``saved`` once they were written. ``mail_test``: the
    mail server as typed on the page (``channels.send_test``'s ``mail`` and
    ``smtp_password``), for the e-mail's test."""

    saved = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        person: StaffChannels,
        mail_test: dict[str, object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("channels_dialog")
        self.setMinimumWidth(720)
        self._ctx, self._person, self._mail_test = ctx, person, mail_test
        self.intro = QLabel(objectName="channels_intro")
        self.intro.setWordWrap(True)
        self.boxes: dict[Channel, QGroupBox] = {}
        self.addresses: dict[Channel, QLineEdit] = {}
        self.secrets: dict[Channel, QLineEdit] = {}
        self.remove_secret: dict[Channel, QCheckBox] = {}
        self.hints: dict[Channel, QLabel] = {}
        self.tests: dict[Channel, QPushButton] = {}
        self.results: dict[Channel, DeliveryCheck] = {}
        self.address_labels: dict[Channel, QLabel] = {}
        self.secret_labels: dict[Channel, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {GENERAL: error_label("channels_error")}
        self._refusal: tuple[str, DeskError] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for channel in Channel:
            layout.addWidget(self._channel_box(channel))
        layout.addWidget(self.error_labels[GENERAL])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("channels_save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("channels_cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _channel_box(self, channel: Channel) -> QGroupBox:
        box = self.boxes[channel] = QGroupBox(objectName=f"channel_{channel}_box")
        grid = QGridLayout(box)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        view = self._person.channels.get(channel)
        edit = self.addresses[channel] = QLineEdit(objectName=f"channel_{channel}_edit")
        edit.setText(view.address if view else "")
        label = self.address_labels[channel] = QLabel()
        label.setBuddy(edit)
        test = self.tests[channel] = QPushButton(objectName=f"channel_{channel}_test")
        test.clicked.connect(lambda: self.send_test(channel))
        result = self.results[channel] = DeliveryCheck(f"channel_{channel}_test_result", test)
        edit.textChanged.connect(lambda text: self._typed(channel))
        self.error_labels[str(channel)] = error_label(f"channel_{channel}_error")
        hint = self.hints[channel] = QLabel(objectName=f"channel_{channel}_hint")
        hint.setProperty("role", "hint")  # one line: a wrapped one overlaps in the grid
        grid.addWidget(label, 0, 0)
        grid.addWidget(edit, 0, 1)
        grid.addWidget(test, 0, 2)
        grid.addWidget(self.error_labels[str(channel)], 1, 1, 1, 2)
        grid.addWidget(hint, 2, 1, 1, 2)
        if channel in SIGNED:
            secret = self.secrets[channel] = QLineEdit(objectName=f"channel_{channel}_secret_edit")
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.textChanged.connect(lambda text: self._typed(channel))
            remove = self.remove_secret[channel] = QCheckBox(
                objectName=f"channel_{channel}_secret_remove"
            )
            remove.setVisible(bool(view and view.has_secret))
            remove.toggled.connect(lambda removing: self._removal_toggled(channel, removing))
            secret_label = self.secret_labels[channel] = QLabel()
            secret_label.setBuddy(secret)
            key = f"{channel}_secret"
            self.error_labels[key] = error_label(f"channel_{key}_error")
            grid.addWidget(secret_label, 3, 0)
            grid.addWidget(secret, 3, 1)
            grid.addWidget(remove, 3, 2)
            grid.addWidget(self.error_labels[key], 4, 1, 1, 2)
        grid.addWidget(result, 5, 1, 1, 2)
        self._typed(channel)
        return box

    # -- words ------------------------------------------------------------------------
    def _titles(self) -> dict[Channel, str]:
        return {
            Channel.EMAIL: self.tr("E-mail"),
            Channel.WECOM: self.tr("WeCom (企业微信) group robot"),
            Channel.DINGTALK: self.tr("DingTalk (钉钉) robot"),
            Channel.FEISHU: self.tr("Feishu (飞书) bot"),
            Channel.WEBHOOK: self.tr("Other tool: a JSON webhook"),
        }

    def _hints(self) -> dict[Channel, str]:
        return {
            Channel.EMAIL: self.tr("Sent through the mail server set on the Messages page."),
            Channel.WECOM: self.tr(
                "WeCom group → Group robots (群机器人) → Add: copy its Webhook address."
            ),
            Channel.DINGTALK: self.tr(
                "DingTalk group → Robots → Custom, Signing (加签): "
                "copy its Webhook and SEC… secret."
            ),
            Channel.FEISHU: self.tr(
                "Feishu group → Bots → Custom bot: copy its webhook; signing is optional."
            ),
            Channel.WEBHOOK: self.tr(
                "Any tool taking a JSON POST; a secret signs each (X-Receptionist-Signature)."
            ),
        }

    def retranslate(self) -> None:
        name = self._person.name
        self.setWindowTitle(self.tr("Channels of {name}").format(name=name))
        self.intro.setText(
            self.tr(
                "How {name} is told when a visitor arrives for them, and about their tasks. "
                "Empty a field to stop using that channel."
            ).format(name=name)
        )
        titles, hints = self._titles(), self._hints()
        for channel, box in self.boxes.items():
            box.setTitle(titles[channel])
            self.hints[channel].setText(hints[channel])
            email = channel is Channel.EMAIL
            self.address_labels[channel].setText(
                self.tr("&Address") if email else self.tr("Webhook &URL")
            )
            self.addresses[channel].setPlaceholderText(
                self.tr("name@example.com") if email else "https://…"
            )
            self.addresses[channel].setAccessibleName(
                self.tr("{channel}: address").format(channel=titles[channel])
            )
            self.tests[channel].setText(self.tr("Send a test"))
            self.tests[channel].setAccessibleName(
                self.tr("{channel}: send a test with the address as typed").format(
                    channel=titles[channel]
                )
            )
        for channel, secret in self.secrets.items():
            view = self._person.channels.get(channel)
            self.secret_labels[channel].setText(self.tr("Signing &secret"))
            if view and view.has_secret:
                placeholder = self.tr("saved; blank keeps it, or type a new one")
            elif channel is Channel.DINGTALK:
                placeholder = self.tr("SEC…, from the robot's Signing (加签) setting")
            else:
                placeholder = self.tr("optional")
            secret.setPlaceholderText(placeholder)
            secret.setAccessibleName(
                self.tr("{channel}: signing secret").format(channel=self._titles()[channel])
            )
            self.remove_secret[channel].setText(self.tr("Remove it"))
            self.remove_secret[channel].setAccessibleName(
                self.tr("{channel}: remove the saved signing secret").format(
                    channel=self._titles()[channel]
                )
            )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save these channels"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        if self._refusal is not None:
            key, error = self._refusal
            self.error_labels[key].setText(error_text(error))

    # -- what is typed ----------------------------------------------------------------
    def _typed(self, channel: Channel) -> None:
        """An address or secret changed: the last test's answer no longer holds."""
        self.tests[channel].setEnabled(bool(self.addresses[channel].text().strip()))
        self.results[channel].clear()

    def _removal_toggled(self, channel: Channel, removing: bool) -> None:
        self.secrets[channel].setEnabled(not removing)
        if removing:
            self.secrets[channel].clear()
        self._typed(channel)

    def _secret(self, channel: Channel) -> str | None:
        """The signing secret to use: None the saved one, "" none, else the one typed."""
        if channel not in self.secrets:
            return None
        if self.remove_secret[channel].isChecked():
            return ""
        return self.secrets[channel].text().strip() or None

    def send_test(self, channel: Channel) -> None:
        extra = self._mail_test if channel is Channel.EMAIL else {}
        self.results[channel].send(
            channels.send_test,
            self._ctx.actor.id,
            self._person.staff_id,
            channel,
            address=self.addresses[channel].text(),
            secret=self._secret(channel),
            **extra,
        )

    # -- saving -----------------------------------------------------------------------
    def changes(self) -> tuple[dict[Channel | str, str], dict[Channel | str, str]]:
        """The addresses and secrets that changed (to ``set_staff_channels``)."""
        addresses: dict[Channel | str, str] = {}
        for channel, edit in self.addresses.items():
            view = self._person.channels.get(channel)
            if edit.text().strip() != (view.address if view else ""):
                addresses[channel] = edit.text()
        secrets: dict[Channel | str, str] = {}
        for channel in self.secrets:
            secret = self._secret(channel)
            if secret is not None:
                secrets[channel] = secret
        return addresses, secrets

    def save(self) -> None:
        for label in self.error_labels.values():
            label.hide()
        self._refusal = None
        addresses, secrets = self.changes()
        if addresses or secrets:
            try:
                channels.set_staff_channels(
                    self._ctx.actor.id, self._person.staff_id, addresses, secrets
                )
            except DeskError as error:
                self._refuse(error)
                return
            self.saved.emit()
        self.accept()

    def _refuse(self, error: DeskError) -> None:
        key = str(error.field) if error.field in self.error_labels else GENERAL
        self._refusal = (key, error)
        label = self.error_labels[key]
        label.setText(error_text(error))
        label.show()
        field = self.addresses.get(Channel(key)) if key in set(Channel) else None
        if key.endswith("_secret"):
            field = self.secrets.get(Channel(key.removesuffix("_secret")))
        if field is not None:
            field.setFocus()
