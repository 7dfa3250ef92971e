"""A PostgreSQL server's address as Settings → Database shows it: host, port, database
name, user, TLS mode and CA certificate file, to and from the ``postgresql://`` URL that
``--db``, ``RECEPTIONIST_DB`` and the saved setting hold (``domain.location``).

The URL built here never holds a password (the OS keyring or libpq's own sources keep
it); a pasted URL's password is handed back separately. Libpq parameters the form has no
field for (``connect_timeout``, ``target_session_attrs``...) are kept as they were.
Checking that the CA file exists is I/O: ``services.database`` does it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .errors import ValidationError

SSL_MODES = ("disable", "prefer", "require", "verify-full")  # libpq's sslmode, as offered
DEFAULT_SSL_MODE = "prefer"  # libpq's own default
DEFAULT_PORT = 5432
PORT_RANGE = (1, 65535)
DEFAULT_DBNAME = "receptionist"
_SCHEMES = ("postgresql://", "postgres://")
_NOT_IN_HOST = set(" \t/@?#,")  # a single host name or address; no socket paths, no lists


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    dbname: str = DEFAULT_DBNAME
    user: str = ""
    sslmode: str = DEFAULT_SSL_MODE
    sslrootcert: str = ""  # the CA certificate file ("" = libpq's default)
    extra: tuple[tuple[str, str], ...] = ()  # other libpq parameters of a pasted URL

    def url(self) -> str:
        """``postgresql://user@host:port/dbname?sslmode=...`` (never a password)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = [("sslmode", self.sslmode)]
        if self.sslrootcert:
            query.append(("sslrootcert", self.sslrootcert))
        query += list(self.extra)
        return (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.dbname, safe='')}?{urlencode(query, quote_via=quote, safe='/')}"
        )


class AddressProblems(ValidationError):
    """Several problems at once (the first one's sentence as the message)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.code, field=first.field, **first.params)
        self.errors = errors


def from_fields(
    host: str,
    port: str,
    dbname: str,
    user: str,
    sslmode: str,
    sslrootcert: str = "",
    extra: tuple[tuple[str, str], ...] = (),
) -> ServerAddress:
    """The address typed into the form (``extra``: a pasted URL's other parameters);
    ``AddressProblems`` (every problem, each naming its field) when something cannot be
    right."""
    found: list[ValidationError] = []
    host, dbname, user = host.strip(), dbname.strip(), user.strip()
    if not host:
        found.append(ValidationError("server_host_required", field="host"))
    elif _NOT_IN_HOST & set(host):
        found.append(ValidationError("server_host_invalid", field="host"))
    number = _port(port)
    if number is None:
        lowest, highest = PORT_RANGE
        found.append(
            ValidationError(
                "server_port_invalid",
                field="port",
                lowest=lowest,
                highest=highest,
            )
        )
    if not dbname:
        found.append(ValidationError("server_dbname_required", field="dbname"))
    if not user:
        found.append(ValidationError("server_user_required", field="user"))
    if sslmode not in SSL_MODES:
        found.append(
            ValidationError("server_sslmode_invalid", field="sslmode", choices=", ".join(SSL_MODES))
        )
    if found:
        raise AddressProblems(found)
    assert number is not None
    return ServerAddress(host, number, dbname, user, sslmode, sslrootcert.strip(), extra)


def _port(text: str) -> int | None:
    value = text.strip()
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if PORT_RANGE[0] <= number <= PORT_RANGE[1] else None


def from_url(text: str) -> tuple[ServerAddress, str | None]:
    """The parts (not yet checked: see ``from_fields``) and the password (None when none)
    of a pasted ``postgresql://`` URL; ``ValidationError(field="url")`` when the form
    cannot show it: not such a URL, a garbled port, several hosts or a socket folder, or
    a TLS mode it does not offer."""
    value = text.strip()
    if not value.startswith(_SCHEMES):
        raise ValidationError("server_url_invalid", field="url")
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        raise ValidationError("server_url_invalid", field="url") from None
    query = parse_qsl(parts.query, keep_blank_values=True)
    options = dict(query)
    if parts.fragment or "host" in options or "hostaddr" in options or "," in parts.netloc:
        raise ValidationError("server_url_invalid", field="url")
    sslmode = options.get("sslmode", DEFAULT_SSL_MODE)
    if sslmode not in SSL_MODES:
        raise ValidationError("server_sslmode_invalid", field="url", choices=", ".join(SSL_MODES))
    address = ServerAddress(
        host=unquote(parts.hostname or ""),
        port=port or DEFAULT_PORT,
        dbname=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or "") or options.get("user", ""),
        sslmode=sslmode,
        sslrootcert=options.get("sslrootcert", ""),
        extra=tuple(
            (key, item)
            for key, item in query
            if key not in ("sslmode", "sslrootcert", "user", "password")
        ),
    )
    password = unquote(parts.password) if parts.password is not None else options.get("password")
    return address, password or None
