"""Several stations writing at once: row locks, and which unique index a refused write
hit, on either backend.

Two stations can pass the same check at the same moment (PostgreSQL reads committed
rows, so "is this customer on site?" can be answered "no" to both); the unique index
then refuses the second write. The store turns that refusal into what it means (see
``visits`` and ``customers``) instead of letting an ``IntegrityError`` reach a person.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import peewee

from .faults import driver_error
from .models import database

# SQLite names the columns, not the index; peewee names an index ``table_column...``
# unless the model gives it a name of its own.
_NAMED = {"visit.customer_id": "visit_one_on_site"}
_SQLITE_PREFIX = "UNIQUE constraint failed: "


def unique_index(error: peewee.IntegrityError) -> str | None:
    """The name of the unique index ``error`` is about, or None (another constraint)."""
    inner = driver_error(error)
    diag = getattr(inner, "diag", None)  # psycopg: the server names the index
    if diag is not None:
        return diag.constraint_name if getattr(inner, "sqlstate", "") == "23505" else None
    text = str(inner)
    if not text.startswith(_SQLITE_PREFIX):
        return None
    columns = text[len(_SQLITE_PREFIX) :]
    if columns in _NAMED:
        return _NAMED[columns]
    table = columns.split(".", 1)[0]
    return "_".join([table] + [c.split(".", 1)[1] for c in columns.split(", ")])


@contextlib.contextmanager
def refused_as(index: str, error: type[Exception] | Exception) -> Iterator[None]:
    """Raise ``error`` instead of an ``IntegrityError`` about the unique index ``index``.

    On PostgreSQL the failed statement spoils the transaction (or the savepoint) it ran
    in: let ``error`` end it."""
    try:
        yield
    except peewee.IntegrityError as refused:
        if unique_index(refused) != index:
            raise
        raise error from None


def for_update(query: peewee.Select) -> peewee.Select:
    """``query`` locking the rows it reads until the transaction ends (PostgreSQL's
    ``FOR UPDATE``: another station's locking read or write of them waits). SQLite needs
    none: its transactions take the write lock when they begin (``connection``), so
    writers take turns anyway."""
    return query.for_update() if database.obj.for_update else query
