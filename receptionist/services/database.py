"""Opening and closing the database: the one entry the desk, the kiosk and the command
line use (none of them imports ``store``). The database is an SQLite file on this
computer, or a PostgreSQL server shared by the site's stations (``domain.location``)."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from ..store import connection, probe
from ..store.probe import ConnectionReport

log = logging.getLogger(__name__)

ENV_DB = connection.ENV_DB
KEYRING_SERVICE = "Receptionist database"


def app_data_dir() -> Path:
    """The per-user application data folder (logs, the default database)."""
    return connection.app_data_dir()


def default_db_path() -> Path:
    """``RECEPTIONIST_DB`` when it names a file, else ``receptionist.sqlite3`` in the
    app-data folder."""
    return connection.default_db_path()


def resolve(where: str | Path | Location | None = None) -> Location:
    """The database ``where`` names (a path, ``sqlite:///...``, ``postgresql://...``);
    without it, ``RECEPTIONIST_DB``, else this computer's SQLite file."""
    return connection.resolve(where)


def current_location() -> Location | None:
    """Where the open database is (None before one is opened)."""
    return connection.current_location()


def saved_password(place: Location) -> str | None:
    """The server password saved from Settings in the OS keyring, when libpq has none of
    its own (in the URL, ``PGPASSWORD``; ``~/.pgpass`` is read by libpq itself and wins
    over nothing here: the keyring is asked only when the URL and ``PGPASSWORD`` have
    none). None when there is no keyring or nothing saved."""
    if not place.is_postgresql or place.has_password or os.environ.get("PGPASSWORD"):
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, place.keyring_name)
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop the desk
        log.info("the OS keyring could not be read", exc_info=True)
        return None


def save_password(place: Location, password: str | None) -> bool:
    """Keep (or, with None, forget) the server's password in the OS keyring; False when
    this computer has no usable keyring (the password then stays unsaved: never in a
    file of ours)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            if password:
                keyring.set_password(KEYRING_SERVICE, place.keyring_name, password)
            else:
                with contextlib.suppress(PasswordDeleteError):
                    keyring.delete_password(KEYRING_SERVICE, place.keyring_name)
            return True
        except KeyringError:
            return False
    except Exception:  # noqa: BLE001
        log.info("the OS keyring could not be written", exc_info=True)
        return False


def keyring_usable() -> bool:
    """True when this computer has an OS keyring to keep a password in (False: the
    password goes to ``~/.pgpass`` instead; Settings says so)."""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0  # the fail and null ones are 0, -1
    except Exception:  # noqa: BLE001 - no keyring at all, or a broken one
        log.info("no usable OS keyring", exc_info=True)
        return False


def test_connection(where: str | Path | Location, password: str | None = None) -> ConnectionReport:
    """Try the database ``where`` names on a connection of its own (the open database is
    never touched; nothing is created or written): the server's version, the schema's
    (None when empty: it will be created), whether it is ours. ``password``: the one
    typed in Settings; without it, the one saved in the keyring (as opening would).
    Raises ``DatabaseFault`` with the code opening would raise (``db_login_failed``,
    ``db_missing``, ``db_server_unreachable``, ``db_not_a_database``...)."""
    place = resolve(where)
    return probe.probe(place, password or saved_password(place))


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def check_ca_file(path: str) -> None:
    """Refuse a CA certificate file (``sslrootcert``) that is not there; "" is libpq's
    default and passes."""
    if path.strip() and not Path(path.strip()).expanduser().is_file():
        raise ValidationError("server_ca_missing", field="sslrootcert")


def sqlite_location(path: str) -> Location:
    """The SQLite file typed in Settings (``ValidationError`` when it names nothing or a
    folder; whether it can be used is for ``test_connection``)."""
    if not path.strip():
        raise ValidationError("sqlite_path_required", field="path")
    place = resolve(Path(path.strip()))
    assert place.path is not None
    if place.path.is_dir():
        raise ValidationError("sqlite_path_is_folder", field="path")
    return place


def open_database(where: str | Path | Location | None = None) -> Location:
    """Open (creating if needed) and migrate the database ``where`` names (default: as
    ``resolve``); raises ``DeskError`` with a sentence when it cannot. Returns where it is.

    A server is first tried with libpq's own sources of a password (``PGPASSWORD``,
    ``~/.pgpass``, none at all); the OS keyring is asked only when the server wants a
    password those did not give: loading the keyring costs a start about 100 ms."""
    global _password
    place = resolve(where)
    _password = None
    try:
        connection.open_database(place)
    except DatabaseFault as fault:
        if fault.code != "db_login_failed":
            raise
        password = saved_password(place)
        if not password:
            raise
        connection.open_database(place, password=password)
        _password = password
    return place


_password: str | None = None  # the keyring's password the open database needed, if any


def password_in_use() -> str | None:
    """The password from the OS keyring that the open database needed (None when libpq
    found its own): for another connection to the same server, e.g. the listener's."""
    return _password


def check_integrity() -> bool:
    """Read every page of the open SQLite database (about 1.4 ms per MB; safe on another
    thread: it uses a read-only connection of its own). False when it is damaged; every
    later write is then refused with ``DatabaseFault("db_damaged")``. A PostgreSQL
    server checks its own pages: True."""
    return connection.check_integrity()


def close_database() -> None:
    connection.close_database()


def release_thread_connection() -> None:
    """Close the connection this thread opened (each thread that reads the database gets
    its own on first use): a worker thread calls it when its job is done."""
    connection.close_database()


def transaction():
    """One transaction for a whole command (a savepoint when nested)."""
    return connection.transaction()
