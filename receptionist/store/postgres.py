"""The PostgreSQL backend: one server shared by every desk and kiosk of a site.

``SiteDatabase`` is peewee's ``PostgresqlDatabase`` (on psycopg 3) with what a desk needs
from it:

- every connection speaks UTC (``timestamptz`` values come back as aware UTC datetimes),
  gives up connecting after a few seconds, and notices a dead server within seconds
  (TCP keepalives, ``tcp_user_timeout``) instead of hanging while a person waits;
- a server error about the connection, the login or the server itself comes out as a
  ``DatabaseFault`` with a stable code (``classify``), like SQLite's file faults; errors
  about the data (a constraint) pass through unchanged;
- a connection found dead is dropped, and the next statement outside a transaction
  connects again: a station reconnects by itself when the server is back, and a
  transaction cut by the loss is refused as a whole (the server rolled it back).
"""

from __future__ import annotations

import contextlib
import logging
import select
from typing import Any

import peewee
import psycopg
from peewee import PostgresqlDatabase
from psycopg import pq
from psycopg.types.json import Json, Jsonb

from ..domain.faults import DatabaseFault
from .faults import driver_error

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 4
# Connection options every station uses (libpq keywords; the URL may not override them).
CONNECTION_OPTIONS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "application_name": "receptionist",
    "options": "-c TimeZone=UTC -c lock_timeout=10s -c statement_timeout=60s",
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 8000,
}

# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BUSY = {"40001", "40P01", "55P03", "57014", "53300"}  # retry later
_GONE = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_LOGIN = {"28000", "28P01"}


def classify(error: BaseException, connecting: bool = False) -> DatabaseFault | None:
    """The ``DatabaseFault`` a psycopg error stands for, or None when it is about the data
    or the statement. ``connecting``: the error came from opening a connection."""
    error = driver_error(error)
    if not isinstance(error, psycopg.Error):
        return None
    state = error.sqlstate or ""
    if state in _LOGIN:
        return DatabaseFault("db_login_failed")
    if state == "3D000":
        return DatabaseFault("db_missing")
    if state in _BUSY:
        return DatabaseFault("db_busy")
    if state == "53100":
        return DatabaseFault("db_disk_full")
    if state == "25006":
        return DatabaseFault("db_server_read_only")
    connection_level = isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)
    if state in _GONE or (not state and connection_level):
        if connecting:
            return _connect_fault(str(error))
        return DatabaseFault("db_server_lost")
    return None


def _connect_fault(text: str) -> DatabaseFault:
    """libpq reports a refused connection as text only (no SQLSTATE)."""
    if "password" in text or "authentication" in text or "role" in text:
        return DatabaseFault("db_login_failed")
    if "database" in text and "does not exist" in text:
        return DatabaseFault("db_missing")
    if any(word in text.lower() for word in _TLS_WORDS):
        # No TLS on the server, a certificate that does not match, a CA file unread.
        return DatabaseFault("db_tls_failed")
    return DatabaseFault("db_server_unreachable")


_TLS_WORDS = ("ssl", "tls", "certificate")


def _is_gone(fault: DatabaseFault) -> bool:
    return fault.code in ("db_server_lost", "db_server_unreachable")


def hung_up(conn: psycopg.Connection) -> bool:
    """Whether the server has closed an idle connection: a server that stops or restarts
    says so on every connection and closes it, and nothing reads that until the next
    statement, which would fail though the server may be back by then. Reads what is
    waiting on the socket, without blocking."""
    if conn.info.transaction_status is not pq.TransactionStatus.IDLE:
        return False  # a statement is running (another thread's) or a transaction is open
    try:
        for _ in range(_HANGUP_READS):
            readable, _, _ = select.select([conn.fileno()], [], [], 0)
            if not readable:
                return False
            conn.pgconn.consume_input()  # a notice, the server's farewell, or the end
            if conn.pgconn.status is pq.ConnStatus.BAD:
                return True
    except (psycopg.OperationalError, OSError, ValueError):
        return True
    return False


_HANGUP_READS = 4  # the farewell message, then the end of the stream


def attach_driver() -> None:
    """Give peewee the psycopg it did not import itself (``store/__init__.py`` keeps it
    out of peewee's import, which every start would pay for): the names peewee's
    psycopg 3 adapter reads. Nothing to do when peewee found psycopg on its own."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    peewee.psycopg = psycopg  # type: ignore[attr-defined]
    peewee.TransactionStatus = pq.TransactionStatus  # type: ignore[attr-defined]
    peewee.Json_pg3 = Json  # type: ignore[attr-defined]
    peewee.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
    adapter: Any = peewee.Psycopg3Adapter
    adapter.txn_idle = pq.TransactionStatus.IDLE
    adapter.txn_inerror = pq.TransactionStatus.INERROR
    adapter.txn_unknown = pq.TransactionStatus.UNKNOWN


attach_driver()


class SiteDatabase(PostgresqlDatabase):
    """A PostgreSQL database whose faults are ``DatabaseFault``s (see the module)."""

    def __init__(self, url: str, password: str | None = None, **kwargs: Any) -> None:
        params = dict(CONNECTION_OPTIONS)
        if password:
            params["password"] = password
        params.update(kwargs)
        super().__init__(url, prefer_psycopg3=True, **params)

    @property
    def _peewee(self) -> Any:
        """peewee's per-thread connection state (its stubs do not declare it)."""
        return vars(self)["_state"]

    def _connect(self):
        try:
            return super()._connect()  # type: ignore[misc]
        except psycopg.Error as error:
            fault = classify(error, connecting=True) or DatabaseFault("db_server_unreachable")
            log.info("cannot connect to the database server: %s (%s)", fault.code, error)
            raise fault from None

    def _dead(self) -> bool:
        conn = self._peewee.conn
        return conn is not None and (bool(conn.closed) or hung_up(conn))

    def _drop(self) -> None:
        """Close a connection found dead; outside a transaction, forget it so that the
        next statement connects again."""
        conn = self._peewee.conn
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
        if not self._peewee.transactions:
            self._peewee.reset()

    def cursor(self, named_cursor=None):
        if self._dead():
            if self._peewee.transactions:  # the server dropped the transaction with it
                raise DatabaseFault("db_server_lost")
            self._peewee.reset()
        try:
            return super().cursor(named_cursor)
        except psycopg.Error as error:
            raise self._fault(error) from None

    def _fault(self, error: BaseException) -> BaseException:
        fault = classify(error)
        if fault is None:
            return error
        if _is_gone(fault):
            self._drop()
        log.info("database fault %s", fault.code)
        return fault

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as error:
            fault = self._fault(error)
            if fault is error:
                raise
            raise fault from error

    def begin(self, isolation_level=None):
        try:
            super().begin(isolation_level)
        except peewee.DatabaseError as error:
            fault = self._fault(error)
            if fault is error:
                raise
            raise fault from error

    def commit(self):
        try:
            super().commit()
        except peewee.DatabaseError as error:
            fault = self._fault(error)
            if fault is error:
                raise
            raise fault from error

    def rollback(self):
        if self._dead() or self.is_closed():
            return  # the server has already dropped the transaction with the connection
        try:
            super().rollback()
        except peewee.DatabaseError as error:
            fault = self._fault(error)
            if fault is error:
                raise
            # Rolling back after a lost connection: the cause is already being raised.

    def close(self):
        if self._dead():
            self._peewee.reset()
            return True
        return super().close()


def connect_raw(url: str, password: str | None = None, **kwargs: Any) -> psycopg.Connection:
    """A plain autocommit psycopg connection with the station's options (the listener's,
    the checks'); faults as ``DatabaseFault``."""
    params = dict(CONNECTION_OPTIONS)
    if password:
        params["password"] = password
    params.update(kwargs)
    try:
        return psycopg.connect(url, autocommit=True, **params)
    except psycopg.Error as error:
        fault = classify(error, connecting=True) or DatabaseFault("db_server_unreachable")
        log.info("cannot connect to the database server: %s (%s)", fault.code, error)
        raise fault from None
