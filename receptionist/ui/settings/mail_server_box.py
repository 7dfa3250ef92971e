"""The mail server's fields of Settings → Messages: host and port, security, user name,
password (never shown: blank keeps a saved one, a check box removes it), the sender's
address and the language messages are written in, each with its error label. The owner
(``messages_page``) loads, checks and saves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.outbox import MessageLanguage, SmtpSecurity
from ...services.message_settings import DEFAULT_PORTS, MailSettings
from ..common.forms import error_label, side_by_side, with_error
from ..common.i18n import LANGUAGE_NAMES

# The page's keys: the service's field names.
KEYS = (
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_user",
    "smtp_password",
    "smtp_from",
    "messages_language",
)


def _column(*widgets: QWidget) -> QWidget:
    """``widgets`` one under the other, close together (a field and its notes)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return box


class MailServerBox(QGroupBox):
    """The site's mail server as typed; ``typed()`` gives it to the services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_server_box")
        self._saved = MailSettings()
        self.host_edit = QLineEdit(objectName="smtp_host_edit")
        self.port_edit = QLineEdit(objectName="smtp_port_edit")
        self.port_edit.setMaxLength(5)
        self.port_edit.setFixedWidth(self.port_edit.fontMetrics().horizontalAdvance("0") * 9)
        self.security_combo = QComboBox(objectName="smtp_security_combo")
        for security in SmtpSecurity:
            self.security_combo.addItem("", str(security))
        self._security = SmtpSecurity.STARTTLS
        self.security_combo.currentIndexChanged.connect(self._security_chosen)
        self.user_edit = QLineEdit(objectName="smtp_user_edit")
        self.password_edit = QLineEdit(objectName="smtp_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = QLabel(objectName="smtp_password_state")
        self.password_state.setProperty("role", "hint")
        self.password_state.setWordWrap(True)
        self.remove_password = QCheckBox(objectName="smtp_password_remove")
        self.remove_password.toggled.connect(self._removal_toggled)
        self.sender_edit = QLineEdit(objectName="smtp_from_edit")
        self.language_combo = QComboBox(objectName="messages_language_combo")
        for language in MessageLanguage:
            self.language_combo.addItem(LANGUAGE_NAMES[str(language)], str(language))

        self.error_labels = {key: error_label(f"{key}_error") for key in KEYS}
        self.fields: dict[str, QWidget] = {
            "smtp_host": self.host_edit,
            "smtp_port": self.port_edit,
            "smtp_security": self.security_combo,
            "smtp_user": self.user_edit,
            "smtp_password": self.password_edit,
            "smtp_from": self.sender_edit,
            "messages_language": self.language_combo,
        }
        self.labels = {key: QLabel() for key in (*KEYS, "port")}
        for key, label in self.labels.items():
            label.setBuddy(self.fields["smtp_port" if key == "port" else key])

        form = self.form = QFormLayout(self)
        form.addRow(
            self.labels["smtp_host"],
            _column(
                side_by_side(self.host_edit, self.labels["port"], self.port_edit),
                self.error_labels["smtp_host"],
                self.error_labels["smtp_port"],
            ),
        )
        for key in ("smtp_security", "smtp_user"):
            form.addRow(self.labels[key], with_error(self.fields[key], self.error_labels[key]))
        form.addRow(
            self.labels["smtp_password"],
            _column(
                side_by_side(self.password_edit, self.remove_password),
                self.password_state,
                self.error_labels["smtp_password"],
            ),
        )
        for key in ("smtp_from", "messages_language"):
            form.addRow(self.labels[key], with_error(self.fields[key], self.error_labels[key]))

    # -- values -----------------------------------------------------------------------
    def show_saved(self, saved: MailSettings) -> None:
        """Fill the fields from the saved settings (the password stays blank)."""
        self._saved = saved
        self.host_edit.setText(saved.host)
        self._security = saved.security
        self.security_combo.blockSignals(True)
        self.security_combo.setCurrentIndex(self.security_combo.findData(str(saved.security)))
        self.security_combo.blockSignals(False)
        self.port_edit.setText(str(saved.port))
        self.user_edit.setText(saved.user)
        self.password_edit.clear()
        self.remove_password.setChecked(False)
        self.sender_edit.setText(saved.sender)
        self.language_combo.setCurrentIndex(self.language_combo.findData(str(saved.language)))
        self.retranslate()

    def password(self) -> str | None:
        """The password to save: None unchanged, "" removed, else the one typed."""
        if self.remove_password.isChecked():
            return ""
        return self.password_edit.text() or None

    def typed(self) -> dict[str, str]:
        """The server as typed (``message_settings.TYPED``'s keys) and the language."""
        return {
            "host": self.host_edit.text(),
            "port": self.port_edit.text(),
            "security": str(self.security_combo.currentData()),
            "user": self.user_edit.text(),
            "sender": self.sender_edit.text(),
            "language": str(self.language_combo.currentData()),
        }

    def changed(self) -> bool:
        saved = self._saved
        as_saved = {
            "host": saved.host,
            "port": str(saved.port),
            "security": str(saved.security),
            "user": saved.user,
            "sender": saved.sender,
            "language": str(saved.language),
        }
        typed = {key: value.strip() for key, value in self.typed().items()}
        return typed != as_saved or self.password() is not None

    def _security_chosen(self) -> None:
        """Choosing a security suggests its usual port, unless another port was typed."""
        chosen = SmtpSecurity(self.security_combo.currentData())
        if self.port_edit.text().strip() in ("", str(DEFAULT_PORTS[self._security])):
            self.port_edit.setText(str(DEFAULT_PORTS[chosen]))
        self._security = chosen

    def _removal_toggled(self, removing: bool) -> None:
        self.password_edit.setEnabled(not removing)
        if removing:
            self.password_edit.clear()
        self._say_password()

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Mail server (whole site)"))
        texts = {
            "smtp_host": self.tr("&Server"),
            "port": self.tr("P&ort"),
            "smtp_security": self.tr("S&ecurity"),
            "smtp_user": self.tr("&User name"),
            "smtp_password": self.tr("Pass&word"),
            "smtp_from": self.tr("Se&nder address"),
            "messages_language": self.tr("Messages &written in"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.example.com; blank: no e-mail"))
        self.host_edit.setAccessibleName(self.tr("Mail server name or address"))
        self.port_edit.setAccessibleName(self.tr("Mail server port"))
        security = {
            SmtpSecurity.NONE: self.tr("None (port 25)"),
            SmtpSecurity.STARTTLS: self.tr("STARTTLS (port 587)"),
            SmtpSecurity.SSL: self.tr("SSL/TLS (port 465)"),
        }
        for index in range(self.security_combo.count()):
            value = SmtpSecurity(self.security_combo.itemData(index))
            self.security_combo.setItemText(index, security[value])
        self.security_combo.setAccessibleName(self.tr("Mail server security"))
        self.user_edit.setPlaceholderText(self.tr("blank: the server needs no sign-in"))
        self.user_edit.setAccessibleName(self.tr("User name on the mail server"))
        self.password_edit.setAccessibleName(self.tr("Password on the mail server"))
        self.remove_password.setText(self.tr("Remove it"))
        self.remove_password.setAccessibleName(self.tr("Remove the saved password"))
        self.sender_edit.setPlaceholderText(self.tr("e.g. front-desk@example.com"))
        self.sender_edit.setAccessibleName(self.tr("Sender address of the messages"))
        self.language_combo.setAccessibleName(self.tr("Language the messages are written in"))
        self._say_password()

    def _say_password(self) -> None:
        saved = self._saved.password_set
        self.remove_password.setVisible(saved)
        if not saved:
            self.password_state.setText(self.tr("No password is saved."))
        elif self.remove_password.isChecked():
            self.password_state.setText(self.tr("The saved password is removed when you save."))
        else:
            self.password_state.setText(
                self.tr("A password is saved; type a new one to replace it.")
            )
