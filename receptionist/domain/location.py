"""Where the database is: an SQLite file, or a PostgreSQL server.

``--db``, ``RECEPTIONIST_DB`` and Settings → Database all take the same text:

- ``postgresql://user@host:5432/dbname?sslmode=require`` (or ``postgres://``): a server.
  libpq reads what the URL leaves out the way it always does (``PGPASSWORD``,
  ``~/.pgpass`` / ``PGPASSFILE``, ``PGSSLMODE``, ``sslrootcert``...).
- ``sqlite:///relative/file`` or ``sqlite:////absolute/file`` (as SQLAlchemy and peewee
  write them), or a bare path: an SQLite file.

A password written into the URL works (libpq allows it) but is never shown: ``display``
masks it, and Settings saves it in the OS keyring, never in a file of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
_PG_SCHEMES = ("postgresql://", "postgres://")
_SQLITE_SCHEME = "sqlite:///"


@dataclass(frozen=True)
class Location:
    backend: str  # SQLITE or POSTGRESQL
    path: Path | None = None  # the SQLite file
    url: str = ""  # the PostgreSQL URL as given (may hold a password: never show it)

    @property
    def is_postgresql(self) -> bool:
        return self.backend == POSTGRESQL

    @property
    def display(self) -> str:
        """The location for people: the file's path, or the URL without its password."""
        if not self.is_postgresql:
            return str(self.path)
        return without_password(self.url)

    @property
    def user(self) -> str:
        return unquote(urlsplit(self.url).username or "")

    @property
    def has_password(self) -> bool:
        return urlsplit(self.url).password is not None

    @property
    def keyring_name(self) -> str:
        """How the OS keyring names this server's password: ``user@host:port/dbname``
        (the URL without scheme, password or options)."""
        parts = urlsplit(self.url)
        host = parts.hostname or "localhost"
        port = parts.port or 5432
        return f"{unquote(parts.username or '')}@{host}:{port}{parts.path or '/'}"


def without_password(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]  # as written: a bad port must not stop this
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def is_url(text: str) -> bool:
    return text.startswith(_PG_SCHEMES) or text.startswith(_SQLITE_SCHEME)


def parse(text: str | Path) -> Location:
    """The location ``text`` names (see the module's notes); never touches the network
    or the disk."""
    if isinstance(text, Path):
        return Location(SQLITE, path=text.expanduser().absolute())
    value = text.strip()
    if value.startswith(_PG_SCHEMES):
        if value.startswith("postgres://"):
            value = "postgresql://" + value[len("postgres://") :]
        return Location(POSTGRESQL, url=value)
    if value.startswith(_SQLITE_SCHEME):
        value = value[len(_SQLITE_SCHEME) :]
    return Location(SQLITE, path=Path(value).expanduser().absolute())
