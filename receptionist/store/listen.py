"""Change notices from the PostgreSQL server (``LISTEN receptionist``).

The schema's triggers call ``pg_notify('receptionist', <table>)`` for every statement that
changes a visit, customer, notification, staff member or setting; the server delivers
the notice when the writer's transaction commits, to every connection listening, from
any station (a desk, a kiosk, the command line). ``Subscription`` is one such
connection: of its own (never the models'), in autocommit, so it holds no transaction
while it waits. The payload is a table's name, never a row's content.
"""

from __future__ import annotations

import contextlib

import psycopg

from ..domain.faults import DatabaseFault
from .postgres import classify, connect_raw

CHANNEL = "receptionist"
GATHER_S = 0.02  # after a notice, what else arrives this soon comes in the same batch


class Subscription:
    """A connection that listens for the change notices of the database at ``url``;
    connecting raises ``DatabaseFault`` (``db_server_unreachable``, ...)."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self._conn = connect_raw(url, password)
        try:
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self.close()
            raise _fault(error) from None

    def wait(self, timeout: float) -> frozenset[str]:
        """The tables changed since the last call, waiting up to ``timeout`` seconds for
        the first notice (an empty set: none came); ``DatabaseFault`` when the server
        has gone away or cut the connection."""
        try:
            first = [n.payload for n in self._conn.notifies(timeout=timeout, stop_after=1)]
            if not first:
                return frozenset()
            more = [n.payload for n in self._conn.notifies(timeout=GATHER_S)]
        except psycopg.Error as error:
            raise _fault(error) from None
        return frozenset(first + more)

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._conn.close()


def _fault(error: psycopg.Error) -> DatabaseFault:
    return classify(error) or DatabaseFault("db_server_lost")
