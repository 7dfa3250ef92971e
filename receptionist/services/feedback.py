"""The loop back: a visitor's feedback (from the returned card, the kiosk or a call),
stored with the visit, who entered it and when."""

from __future__ import annotations

from ..domain.enums import VisitStatus
from ..domain.errors import Conflict
from ..domain.feedback import (
    FeedbackSource,
    clean_comment,
    clean_overall,
    clean_rating,
    clean_recommend,
    clean_source,
)
from ..domain.roles import Permission
from ..store import audit
from ..store import feedback as store
from ..store.connection import transaction
from ..store.models import Feedback
from . import clock
from ._lookup import visit_row
from .access import authorize
from .views import FeedbackView

__all__ = ["FeedbackSource", "feedback_for", "record_feedback"]

# A visit that has taken place (or is taking place) can have feedback.
RECEIVED = (VisitStatus.ON_SITE, VisitStatus.DONE)


def _view(row: Feedback, code: str) -> FeedbackView:
    staff = row.entered_by if row.entered_by_id else None
    return FeedbackView(
        code=code,
        overall=row.overall,
        attitude=row.attitude,
        professionalism=row.professionalism,
        speed=row.speed,
        environment=row.environment,
        recommend=row.recommend,
        comment=row.comment,
        source=FeedbackSource(row.source),
        entered_by=staff.name if staff else None,
        entered_at=row.entered_at,
    )


def record_feedback(
    actor_id: int,
    code: str,
    *,
    overall: int,
    attitude: int | None = None,
    professionalism: int | None = None,
    speed: int | None = None,
    environment: int | None = None,
    recommend: int | None = None,
    comment: str = "",
    source: str = "card",
) -> FeedbackView:
    """Store a visit's feedback. One per visit: a second one is refused
    (``feedback_exists``) and changes nothing. Ratings 1-5, recommend 0-10."""
    authorize(actor_id, Permission.DESK)
    ratings = {
        "overall": clean_overall(overall),
        "attitude": clean_rating(attitude, "attitude"),
        "professionalism": clean_rating(professionalism, "professionalism"),
        "speed": clean_rating(speed, "speed"),
        "environment": clean_rating(environment, "environment"),
    }
    score = clean_recommend(recommend)
    text = clean_comment(comment)
    origin = clean_source(source)
    now = clock.now()
    with transaction():
        visit = visit_row(code)
        if visit.status not in RECEIVED:
            raise Conflict("visit_not_received", field="code")
        if store.for_visit(visit.id) is not None:
            raise Conflict("feedback_exists", field="code")
        row = store.insert(
            visit=visit.id,
            **ratings,
            recommend=score,
            comment=text,
            source=str(origin),
            entered_by=actor_id,
            entered_at=now,
        )
        audit.record(
            now,
            actor_id,
            "visit.feedback",
            "visit",
            visit.id,
            code=visit.code,
            feedback_id=row.id,
            source=str(origin),
        )
    return _view(store.existing_for_visit(visit.id), visit.code)


def feedback_for(actor_id: int, code: str) -> FeedbackView | None:
    """The visit's feedback, or ``None`` when none has been entered yet."""
    authorize(actor_id, Permission.DESK)
    visit = visit_row(code)
    row = store.for_visit(visit.id)
    return _view(row, visit.code) if row else None
