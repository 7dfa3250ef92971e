"""Feedback rows: one per visit."""

from __future__ import annotations

from peewee import JOIN

from .models import Feedback, Staff, Visit


def for_visit(visit_id: int) -> Feedback | None:
    return (
        Feedback.select(Feedback, Visit, Staff)
        .join(Visit, on=(Feedback.visit == Visit.id))
        .switch(Feedback)
        .join(Staff, JOIN.LEFT_OUTER, on=(Feedback.entered_by == Staff.id))
        .where(Feedback.visit == visit_id)
        .first()
    )


def insert(**fields) -> Feedback:
    return Feedback.create(**fields)
