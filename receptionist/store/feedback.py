"""Feedback rows: one per visit."""

from __future__ import annotations

from peewee import JOIN

from ..domain.errors import Conflict
from .concurrency import refused_as
from .models import Feedback, Staff, Visit


def _of_visit(visit_id: int):
    return (
        Feedback.select(Feedback, Visit, Staff)
        .join(Visit, on=(Feedback.visit == Visit.id))
        .switch(Feedback)
        .join(Staff, JOIN.LEFT_OUTER, on=(Feedback.entered_by == Staff.id))
        .where(Feedback.visit == visit_id)
    )


def for_visit(visit_id: int) -> Feedback | None:
    return _of_visit(visit_id).first()


def existing_for_visit(visit_id: int) -> Feedback:
    """The feedback a visit is known to have (the one just written: none is deleted)."""
    return _of_visit(visit_id).get()


def insert(**fields) -> Feedback:
    """One per visit: entered at two desks at the same moment, the second is refused
    (``feedback_exists``) by the database's unique index."""
    with refused_as("feedback_visit_id", Conflict("feedback_exists", field="code")):
        return Feedback.create(**fields)
