"""The PostgreSQL server's fields of Settings → Database: a URL to paste, host and port,
database, user, password, TLS mode and CA certificate file, each with its error label.
The owner (``database_page``) lays the problems out and decides when to save."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import server_address
from ...domain.errors import ValidationError
from ...domain.server_address import AddressProblems, ServerAddress
from ...services import database
from ..common import ask
from ..common.forms import error_label, side_by_side, with_error

KEYS = ("url", "host", "port", "dbname", "user", "password", "sslmode", "sslrootcert")


class ServerFields(QWidget):
    """The server's address typed or pasted; ``address()`` checks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_server_box")
        self._extra: tuple[tuple[str, str], ...] = ()  # a pasted URL's other parameters
        self._keyring: bool | None = None  # asked when first shown (the first ask is slow)
        self.url_edit = QLineEdit(objectName="database_url_edit")
        self.host_edit = QLineEdit(objectName="database_host_edit")
        self.port_edit = QLineEdit(objectName="database_port_edit")
        self.port_edit.setMaxLength(5)
        self.port_edit.setFixedWidth(self.port_edit.fontMetrics().horizontalAdvance("0") * 8)
        self.dbname_edit = QLineEdit(objectName="database_dbname_edit")
        self.user_edit = QLineEdit(objectName="database_user_edit")
        self.password_edit = QLineEdit(objectName="database_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode_combo = QComboBox(objectName="database_sslmode_combo")
        for mode in server_address.SSL_MODES:
            self.sslmode_combo.addItem("", mode)
        self.ca_edit = QLineEdit(objectName="database_ca_edit")
        self.ca_button = QPushButton(objectName="database_ca_button")
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.keyring_hint = QLabel(objectName="database_keyring_hint")
        self.keyring_hint.setWordWrap(True)
        self.keyring_hint.setProperty("role", "hint")
        self.inputs: dict[str, QWidget] = dict(
            zip(
                KEYS,
                (
                    self.url_edit,
                    self.host_edit,
                    self.port_edit,
                    self.dbname_edit,
                    self.user_edit,
                    self.password_edit,
                    self.sslmode_combo,
                    self.ca_edit,
                ),
                strict=True,
            )
        )
        self.error_labels = {key: error_label(f"database_{key}_error") for key in KEYS}
        self.labels = {key: QLabel() for key in KEYS}
        for key, label in self.labels.items():
            label.setBuddy(self.inputs[key])

        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(side_by_side(self.host_edit, self.labels["port"], self.port_edit))
        column.addWidget(self.error_labels["host"])
        column.addWidget(self.error_labels["port"])
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels["url"], self._with_error("url"))
        form.addRow(self.labels["host"], host)
        for key in ("dbname", "user", "password"):
            form.addRow(self.labels[key], self._with_error(key))
        form.addRow(self.keyring_hint)
        form.addRow(self.labels["sslmode"], self._with_error("sslmode"))
        form.addRow(
            self.labels["sslrootcert"],
            with_error(
                side_by_side(self.ca_edit, self.ca_button), self.error_labels["sslrootcert"]
            ),
        )

    def _with_error(self, key: str) -> QWidget:
        return with_error(self.inputs[key], self.error_labels[key])

    # -- values -----------------------------------------------------------------------
    def show_address(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_edit.setText(str(address.port))
        self.dbname_edit.setText(address.dbname)
        self.user_edit.setText(address.user)
        self.sslmode_combo.setCurrentIndex(max(self.sslmode_combo.findData(address.sslmode), 0))
        self.ca_edit.setText(address.sslrootcert)
        self._extra = address.extra

    def address(self) -> ServerAddress:
        """The address typed (``AddressProblems``: every field that cannot be right,
        the CA file's absence included)."""
        found: list[ValidationError] = []
        address = None
        try:
            address = server_address.from_fields(
                self.host_edit.text(),
                self.port_edit.text(),
                self.dbname_edit.text(),
                self.user_edit.text(),
                self.sslmode_combo.currentData(),
                self.ca_edit.text(),
                self._extra,
            )
        except AddressProblems as problems:
            found += problems.errors
        try:
            database.check_ca_file(self.ca_edit.text())
        except ValidationError as missing:
            found.append(missing)
        if found or address is None:
            raise AddressProblems(found)
        return address

    def take_url(self) -> bool:
        """Fill the fields from the pasted URL (its password into the password field)
        and empty the URL field, so a password never stays on show. False when there is
        none; ``ValidationError`` when it cannot be shown here."""
        text = self.url_edit.text().strip()
        if not text:
            return False
        address, password = server_address.from_url(text)
        self.show_address(address)
        if password:
            self.password_edit.setText(password)
        self.url_edit.clear()
        return True

    def choose_ca_file(self) -> None:
        path = ask.open_file(
            self,
            self.tr("Choose the CA certificate file"),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "url": self.tr("Paste a &URL"),
            "host": self.tr("&Server"),
            "port": self.tr("P&ort"),
            "dbname": self.tr("&Database"),
            "user": self.tr("&User"),
            "password": self.tr("Pass&word"),
            "sslmode": self.tr("&TLS"),
            "sslrootcert": self.tr("&CA certificate"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.url_edit.setPlaceholderText("postgresql://user@host:5432/receptionist")
        self.url_edit.setAccessibleName(self.tr("Server address as a URL"))
        self.host_edit.setPlaceholderText(self.tr("name or address, e.g. db.example.com"))
        self.host_edit.setAccessibleName(self.tr("Server name or address"))
        self.port_edit.setAccessibleName(self.tr("Server port"))
        self.dbname_edit.setAccessibleName(self.tr("Database name on the server"))
        self.user_edit.setAccessibleName(self.tr("User name on the server"))
        self.password_edit.setPlaceholderText(self.tr("blank keeps a password saved earlier"))
        self.password_edit.setAccessibleName(self.tr("Password on the server"))
        self._say_keyring()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Ask the OS keyring on first show (its first use takes ~0.2 s, which the
        settings window should not wait for while another tab is on top)."""
        if self._keyring is None:
            self._keyring = database.keyring_usable()
            self._say_keyring()
        super().showEvent(event)

    def _say_keyring(self) -> None:
        if self._keyring is None:
            self.keyring_hint.clear()
            return
        self.keyring_hint.setText(
            self.tr("The password is kept in this computer's keyring, never in a file.")
            if self._keyring
            else self.tr(
                "No keyring on this computer: leave the password empty and put it in "
                "~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf)."
            )
        )
        tls = {
            "disable": self.tr("disable — no encryption"),
            "prefer": self.tr("prefer — encrypt when the server offers it"),
            "require": self.tr("require — always encrypt"),
            "verify-full": self.tr("verify-full — encrypt and check the server's certificate"),
        }
        for index in range(self.sslmode_combo.count()):
            self.sslmode_combo.setItemText(index, tls[self.sslmode_combo.itemData(index)])
        self.sslmode_combo.setAccessibleName(self.tr("TLS mode"))
        self.ca_edit.setPlaceholderText(self.tr("optional: the file your administrator gave you"))
        self.ca_edit.setAccessibleName(self.tr("CA certificate file"))
        self.ca_button.setText(self.tr("Choose…"))
        self.ca_button.setAccessibleName(self.tr("Choose the CA certificate file"))
