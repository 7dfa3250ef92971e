"""The "Database" tab of the settings: where this station's database is now, and where it
should be from the next start — this computer's SQLite file, or a PostgreSQL server
(host, port, database, user, password, TLS mode, CA file; or a pasted URL) — with a
"Test connection" that runs off the GUI thread.

The location belongs to this computer (``QSettings``, ``options.DATABASE_LOCATION``) and is
saved without the password; the password goes to the OS keyring
(``services.database.save_password``), or, when this computer has none, is refused with a
pointer to ``~/.pgpass``: never into a file of ours. ``--db`` and ``RECEPTIONIST_DB`` win
over the saved location (``database_location``); a new location is used from the next
start.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import server_address
from ...domain.errors import DeskError, ValidationError
from ...domain.location import Location
from ...domain.roles import Permission
from ...domain.server_address import AddressProblems, ServerAddress
from ...services import access, database
from ..common import ask, options
from ..common.background import Background
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from . import database_location
from .database_report import report_text, source_text
from .page import GENERAL, Problem, SettingsPage, register_page
from .server_fields import KEYS as SERVER_KEYS
from .server_fields import ServerFields


def _try_connection(where: Location, password: str | None) -> object:
    """``test_connection``'s report, or the refusal (the worker hands either back)."""
    try:
        return database.test_connection(where, password)
    except DeskError as refusal:
        return refusal


@register_page
class DatabaseSettingsPage(SettingsPage):
    """This station's database: the one open now, and the one to open from the next start
    (checked before anything is saved; tested on request)."""

    NAME = "database_settings_page"
    ORDER = 30
    FIELDS = {key: key for key in (*SERVER_KEYS, "path")}

    tested = Signal(str)  # the sentence a finished test left on the page

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        """Admins (Permission.DATABASE); also before anyone signed in, when the desk
        cannot open its database: then this computer's own access is the proof."""
        return not ctx.signed_in or access.allowed(ctx.actor, Permission.DATABASE)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._saved = ""  # the saved location, as loaded
        self._loaded: tuple[object, ...] = ()  # the fields as loaded (``changed``)
        self._background = Background(self)
        self._background.done.connect(self._tested)
        self._background.failed.connect(lambda: self._tested(None))

        self.now_label = QLabel(objectName="database_now")
        self.now_label.setWordWrap(True)
        self.now_source = QLabel(objectName="database_now_source")
        self.now_source.setWordWrap(True)
        self.now_source.setProperty("role", "hint")

        self.choice_box = QGroupBox()
        self.sqlite_radio = QRadioButton(objectName="database_sqlite_radio")
        self.server_radio = QRadioButton(objectName="database_server_radio")
        self.sqlite_radio.toggled.connect(self._kind_chosen)
        # One of the two shows (not a QStackedWidget: its layout gives wrapped hints no
        # room for their second line).
        self.file_box = self._build_sqlite()
        self.server = ServerFields()
        self.error_labels.update(self.server.error_labels)
        self.fields.update(self.server.inputs)
        self.server.url_edit.editingFinished.connect(self.use_url)
        self.test_button = QPushButton(objectName="database_test_button")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(objectName="database_test_result")
        self.test_result.setWordWrap(True)
        self.error_labels[GENERAL] = error_label("database_error")
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        choice = QVBoxLayout(self.choice_box)
        choice.addWidget(self.sqlite_radio)
        choice.addWidget(self.server_radio)
        choice.addWidget(self.file_box)
        choice.addWidget(self.server)
        choice.addLayout(test_row)

        self.restart_hint = QLabel(objectName="database_restart_hint")
        self.restart_hint.setWordWrap(True)
        self.restart_hint.setProperty("role", "hint")
        # Wide enough for the wrapped hints' lines: the tabs size the dialog without
        # asking a label's height for its width.
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_label)
        layout.addWidget(self.now_source)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.error_labels[GENERAL])
        layout.addWidget(self.restart_hint)
        layout.addStretch(1)
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _build_sqlite(self) -> QWidget:
        box = QWidget(objectName="database_file_box")
        self.path_edit = QLineEdit(objectName="database_path_edit")
        self.path_button = QPushButton(objectName="database_path_button")
        self.path_button.clicked.connect(self.choose_file)
        self.error_labels["path"] = error_label("database_path_error")
        self.fields["path"] = self.path_edit
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.path_button)
        line = QWidget()
        line.setLayout(row)
        form = QFormLayout(box)
        form.addRow(self.path_label, with_error(line, self.error_labels["path"]))
        return box

    # -- the page's shape -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Database")

    def load(self) -> None:
        """The database open now, and the saved choice in the fields (this computer's
        file when nothing is saved)."""
        self._saved = options.DATABASE_LOCATION.get()
        place = database.resolve(self._saved) if self._saved else None
        if place is not None and place.is_postgresql:
            try:
                address, _password = server_address.from_url(place.url)
            except ValidationError:  # saved by hand, or by a later version: start afresh
                address = ServerAddress("")
            self.server.show_address(address)
            self.path_edit.setText(str(database.default_db_path()))
            self.server_radio.setChecked(True)
        else:
            self.server.show_address(ServerAddress(""))
            path = place.path if place is not None else database.default_db_path()
            self.path_edit.setText(str(path))
            self.sqlite_radio.setChecked(True)
        self.server.url_edit.clear()
        self.server.password_edit.clear()
        self.test_result.clear()
        self._kind_chosen()
        self._loaded = self._typed()
        self.retranslate()

    def _typed(self) -> tuple[object, ...]:
        server = self.server
        return (
            self.sqlite_radio.isChecked(),
            self.path_edit.text(),
            server.host_edit.text(),
            server.port_edit.text(),
            server.dbname_edit.text(),
            server.user_edit.text(),
            server.sslmode_combo.currentData(),
            server.ca_edit.text(),
            server.url_edit.text(),
            server.password_edit.text(),
        )

    def changed(self) -> bool:
        """Anything typed or chosen since ``load`` (a saved location that has gone bad
        since, say its CA file deleted, must not stop the other tabs from saving)."""
        return self._typed() != self._loaded

    def check(self) -> list[Problem]:
        """What is wrong with the chosen location, before anything is saved or tested
        (nothing when nothing changed)."""
        if not self.changed():
            return []
        return self.problems_found()

    def problems_found(self) -> list[Problem]:
        """What is wrong with the fields as they are (changed or not)."""
        try:
            self.chosen()
        except AddressProblems as problems:
            return [self.problem(error) for error in problems.errors]
        except DeskError as refusal:
            return [self.problem(refusal)]
        typed = self.server_radio.isChecked() and self.server.password_edit.text()
        if typed and not database.keyring_usable():
            return [self.problem(ValidationError("keyring_unavailable", field="password"))]
        return []

    def chosen(self) -> Location:
        """The location the fields name (``DeskError`` naming its field when they
        cannot); never with a password."""
        if self.sqlite_radio.isChecked():
            return database.sqlite_location(self.path_edit.text())
        address = self.server.address()
        return database.resolve(address.url())

    def location_text(self, place: Location) -> str:
        """What ``DATABASE_LOCATION`` keeps for ``place``: "" for the default file."""
        if place.is_postgresql:
            return place.url
        return "" if place.path == database.default_db_path() else str(place.path)

    def save(self, actor_id: int) -> None:
        """The password to the keyring first (refused: nothing saved), then the location
        when it changed (``actor_id`` unused: it is this computer's)."""
        if not self.changed():
            return
        place = self.chosen()
        password = self.server.password_edit.text() if place.is_postgresql else ""
        if password and not database.save_password(place, password):
            raise ValidationError("keyring_unavailable", field="password")
        self.server.password_edit.clear()
        text = self.location_text(place)
        if text != self._saved:
            options.DATABASE_LOCATION.set(text)
            self._saved = text
        self._loaded = self._typed()
        self.retranslate()

    # -- actions ----------------------------------------------------------------------
    def use_url(self) -> None:
        """A pasted ``postgresql://`` URL fills the server's fields (see
        ``ServerFields.take_url``)."""
        try:
            taken = self.server.take_url()
        except DeskError as refusal:
            self.show_problems([self.problem(refusal)])
            return
        if taken:
            self.clear_problems()
            self.server_radio.setChecked(True)

    def test_connection(self) -> None:
        """Check the fields, then try the location on a worker thread; the sentence
        arrives in ``test_result`` (and ``tested``)."""
        self.use_url()
        problems = self.problems_found()
        if problems and problems[0].field != "password":  # the keyring matters at Save only
            self.show_problems(problems)
            return
        self.clear_problems()
        place = self.chosen()
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing the connection…"), "hint")
        password = self.server.password_edit.text() if place.is_postgresql else ""
        self._background.run(_try_connection, place, password or None)

    def _tested(self, outcome: object) -> None:
        self.test_button.setEnabled(True)
        text, bad = report_text(outcome)
        self._show_result(text, "error" if bad else "")
        self.tested.emit(text)

    def _show_result(self, text: str, role: str) -> None:
        """The sentence in the page's ink ("" good news), muted ("hint") or red ("error")."""
        self.test_result.setText(text)
        self.test_result.setProperty("role", role)
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)
        self._make_room()

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems(problems)
        self._make_room()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._make_room()

    def _make_room(self) -> None:
        """Let the settings window grow (up to the screen's free height) by what the
        page's wrapped lines need at its width: the tabs size the window without asking
        a label's height for its width, and squeeze the fields instead."""
        window = self.window()
        if window is self or not self.isVisible():
            return
        missing = self.heightForWidth(self.width()) - self.height()
        if missing > 0:
            free = window.screen().availableGeometry().height()
            window.resize(window.width(), min(window.height() + missing, free))

    def choose_file(self) -> None:
        path = ask.open_file(
            self,
            self.tr("Choose the database file"),
            self.tr("Databases (*.sqlite3 *.db);;All (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _kind_chosen(self) -> None:
        self.file_box.setVisible(self.sqlite_radio.isChecked())
        self.server.setVisible(not self.sqlite_radio.isChecked())
        self.test_result.clear()

    def _saved_place(self) -> Location:
        return database.resolve(self._saved or database.default_db_path())

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.choice_box.setTitle(self.tr("From the next start (this computer)"))
        current = database.current_location()
        self.now_label.setText(
            self.tr("This station uses now: {location}").format(
                location=current.display if current is not None else self.tr("no database")
            )
        )
        source = source_text(database_location.source(), self._saved_place(), current)
        self.now_source.setText(source)
        self.now_source.setVisible(bool(source))
        self.sqlite_radio.setText(self.tr("This computer (SQLite file)"))
        self.sqlite_radio.setAccessibleName(self.sqlite_radio.text())
        self.server_radio.setText(self.tr("A PostgreSQL server, shared by the site's stations"))
        self.server_radio.setAccessibleName(self.tr("A PostgreSQL server"))
        self.path_label.setText(self.tr("&File"))
        self.path_edit.setAccessibleName(self.tr("Database file"))
        self.path_button.setText(self.tr("Choose…"))
        self.path_button.setAccessibleName(self.tr("Choose the database file"))
        self.server.retranslate()
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to this database"))
        self.restart_hint.setText(
            self.tr(
                "Saved for this computer only and used from the next start; --db and "
                "RECEPTIONIST_DB, when given, win over it."
            )
        )
        self.retranslate_problems()
