"""The loop back: a visitor's feedback stored with the visit (services.feedback)."""

from __future__ import annotations

import json

import pytest

from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.domain.feedback import (
    FeedbackSource,
    clean_comment,
    clean_overall,
    clean_rating,
    clean_recommend,
    clean_source,
)
from receptionist.services import feedback, visits
from receptionist.services.views import FeedbackView
from receptionist.store.models import AuditEntry, Feedback, Visit
from tests import staffing


@pytest.fixture
def visit(fixed_clock, actor, host, zhang):
    """A visit that has taken place (checked in, then out)."""
    made = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    fixed_clock.tick(minutes=40)
    return visits.check_out(actor.id, made.code)


# --- domain rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected", [(1, 1), (5, 5), ("3", 3), (" 4 ", 4), (None, None), ("", None), (2.0, 2)]
)
def test_clean_rating_accepts_1_to_5(value, expected):
    assert clean_rating(value, "speed") == expected


@pytest.mark.parametrize("value", [0, 6, -1, "x", "3.5", 2.5, True])
def test_clean_rating_refuses_anything_else(value):
    with pytest.raises(ValidationError) as info:
        clean_rating(value, "speed")
    assert (info.value.field, info.value.code) == ("speed", "rating_range")


def test_the_overall_rating_is_required():
    assert clean_overall("4") == 4
    with pytest.raises(ValidationError) as info:
        clean_overall(None)
    assert (info.value.field, info.value.code) == ("overall", "overall_required")


@pytest.mark.parametrize("value, expected", [(0, 0), (10, 10), ("7", 7), (None, None)])
def test_clean_recommend_accepts_0_to_10(value, expected):
    assert clean_recommend(value) == expected


@pytest.mark.parametrize("value", [-1, 11, "ten", 9.5])
def test_clean_recommend_refuses_anything_else(value):
    with pytest.raises(ValidationError) as info:
        clean_recommend(value)
    assert (info.value.field, info.value.code) == ("recommend", "recommend_range")


def test_clean_comment():
    assert clean_comment("  很好，谢谢！\n下次再来  ") == "很好，谢谢！\n下次再来"
    assert clean_comment(None) == ""
    assert clean_comment("字" * 1000) == "字" * 1000
    with pytest.raises(ValidationError) as info:
        clean_comment("字" * 1001)
    assert (info.value.field, info.value.code) == ("comment", "comment_too_long")
    with pytest.raises(ValidationError) as info:
        clean_comment("bad\x00text")
    assert info.value.code == "comment_control"


def test_clean_source():
    assert clean_source("kiosk") is FeedbackSource.KIOSK
    with pytest.raises(ValidationError) as info:
        clean_source("email")
    assert (info.value.field, info.value.code) == ("source", "source_invalid")


# --- recording ---------------------------------------------------------------------------


def test_record_feedback_stores_everything(visit, actor, fixed_clock):
    at = fixed_clock.tick(days=2)
    view = feedback.record_feedback(
        actor.id,
        visit.code,
        overall=5,
        attitude=4,
        professionalism="5",
        speed=3,
        environment=4,
        recommend=9,
        comment="  接待很周到。\nThank you!  ",
        source="card",
    )
    assert view == FeedbackView(
        code=visit.code,
        overall=5,
        attitude=4,
        professionalism=5,
        speed=3,
        environment=4,
        recommend=9,
        comment="接待很周到。\nThank you!",
        source=FeedbackSource.CARD,
        entered_by=actor.name,
        entered_at=at,
    )
    assert feedback.feedback_for(actor.id, visit.code) == view
    # A scanned or typed code in another spelling finds the same visit.
    assert feedback.feedback_for(actor.id, visit.code.lower().replace("-", "")) == view
    row = Feedback.get()
    assert row.visit_id == visit.id and row.entered_by_id == actor.id
    data = view.to_json()
    assert data["entered_at"] == at.isoformat() and data["source"] == "card"
    json.dumps(data)


def test_only_overall_is_required(visit, actor):
    view = feedback.record_feedback(actor.id, visit.code, overall=3)
    assert (
        view.attitude,
        view.professionalism,
        view.speed,
        view.environment,
        view.recommend,
        view.comment,
        view.source,
    ) == (None, None, None, None, None, "", FeedbackSource.CARD)


def test_no_feedback_yet_is_none(visit):
    assert feedback.feedback_for(staffing.desk_id(), visit.code) is None


def test_feedback_while_on_site_is_allowed(fixed_clock, actor, zhang):
    on_site = visits.check_in(actor.id, customer_id=zhang.id, purpose="after_sales")
    view = feedback.record_feedback(actor.id, on_site.code, overall=4, source="kiosk")
    assert view.source is FeedbackSource.KIOSK


def test_audit_entry_has_no_comment(visit, actor):
    feedback.record_feedback(actor.id, visit.code, overall=2, comment="王先生很不满意")
    (entry,) = [e for e in AuditEntry.select() if e.action == "visit.feedback"]
    assert entry.staff_id == actor.id and entry.record_id == visit.id
    details = json.loads(entry.details)
    assert details["code"] == visit.code and details["source"] == "card"
    assert "王先生" not in entry.details and "comment" not in details


def test_second_feedback_is_refused_and_changes_nothing(visit, actor, table_counts):
    first = feedback.record_feedback(actor.id, visit.code, overall=5, comment="好")
    other = staffing.add("Second desk", role="receptionist")
    before = table_counts()
    with pytest.raises(Conflict) as info:
        feedback.record_feedback(other.id, visit.code, overall=1, comment="差")
    assert info.value.code == "feedback_exists"
    assert table_counts() == before
    assert feedback.feedback_for(actor.id, visit.code) == first


@pytest.mark.parametrize("text", ["V-0101-9999", "not a code", ""])
def test_unknown_code(actor, text, table_counts):
    before = table_counts()
    with pytest.raises(NotFound) as info:
        feedback.record_feedback(actor.id, text, overall=5)
    assert info.value.code == "visit_unknown"
    assert table_counts() == before
    with pytest.raises(NotFound):
        feedback.feedback_for(actor.id, text)


@pytest.mark.parametrize("status", ["planned", "cancelled", "no_show"])
def test_visit_not_received_is_refused(visit, actor, status, table_counts):
    Visit.update(status=status).where(Visit.id == visit.id).execute()
    before = table_counts()
    with pytest.raises(Conflict) as info:
        feedback.record_feedback(actor.id, visit.code, overall=5)
    assert info.value.code == "visit_not_received"
    assert table_counts() == before


@pytest.mark.parametrize(
    "fields, field, code",
    [
        ({"overall": None}, "overall", "overall_required"),
        ({"overall": 0}, "overall", "rating_range"),
        ({"overall": 5, "attitude": 6}, "attitude", "rating_range"),
        ({"overall": 5, "professionalism": "abc"}, "professionalism", "rating_range"),
        ({"overall": 5, "speed": -2}, "speed", "rating_range"),
        ({"overall": 5, "environment": 10}, "environment", "rating_range"),
        ({"overall": 5, "recommend": 11}, "recommend", "recommend_range"),
        ({"overall": 5, "comment": "x" * 1001}, "comment", "comment_too_long"),
        ({"overall": 5, "source": "fax"}, "source", "source_invalid"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(visit, actor, fields, field, code, table_counts):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        feedback.record_feedback(actor.id, visit.code, **fields)
    assert (info.value.field, info.value.code) == (field, code)
    assert table_counts() == before


def test_unknown_actor_is_refused(visit, table_counts):
    before = table_counts()
    with pytest.raises(NotFound) as info:
        feedback.record_feedback(999, visit.code, overall=5)
    assert info.value.code == "actor_unknown"
    assert table_counts() == before


def test_failure_inside_the_transaction_leaves_nothing(visit, actor, monkeypatch, table_counts):
    """The feedback row and its audit entry are written together or not at all."""
    from receptionist.store import audit

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    before = table_counts()
    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        feedback.record_feedback(actor.id, visit.code, overall=5)
    assert table_counts() == before
