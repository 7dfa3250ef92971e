"""Print records: what was printed (or saved, or failed) for a visit, and when."""

from __future__ import annotations

from peewee import JOIN

from .models import PrintRecord, Staff


def insert(**fields) -> PrintRecord:
    return PrintRecord.create(**fields)


def _with_staff():
    return PrintRecord.select(PrintRecord, Staff).join(
        Staff, JOIN.LEFT_OUTER, on=(PrintRecord.staff == Staff.id)
    )


def existing(record_id: int) -> PrintRecord:
    """A print record known to exist (the one just written: none is deleted)."""
    return _with_staff().where(PrintRecord.id == record_id).get()


def for_visit(visit_id: int) -> list[PrintRecord]:
    """A visit's print records, newest first."""
    return list(
        _with_staff()
        .where(PrintRecord.visit == visit_id)
        .order_by(PrintRecord.printed_at.desc(), PrintRecord.id.desc())
    )
