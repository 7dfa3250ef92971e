"""The five-step complaint's pure rules: order, reopening, the call-back by someone
other than the handler, closing, deadlines and overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from receptionist.domain import complaints as rules
from receptionist.domain.complaints import State
from receptionist.domain.errors import Conflict, Refused, ValidationError

HANDLER, OTHER = 7, 8


def walk(*steps: int) -> State:
    state = State()
    for step in steps:
        state = rules.after_step(state, step, resolved=None, actor_id=HANDLER, handler_id=HANDLER)
    return state


def test_steps_go_in_order():
    state = walk(1, 2)
    assert (state.step, state.next_step) == (2, 3)
    with pytest.raises(Conflict) as info:
        rules.after_step(state, 4, resolved=None, actor_id=HANDLER, handler_id=HANDLER)
    assert info.value.code == "complaint_step_order"
    assert "do step 3 before step 4" in info.value.message
    with pytest.raises(Conflict):
        rules.after_step(state, 2, resolved=None, actor_id=HANDLER, handler_id=HANDLER)


@pytest.mark.parametrize("step", [0, 6, -1])
def test_a_step_is_one_to_five(step):
    with pytest.raises(ValidationError) as info:
        rules.after_step(State(), step, resolved=None, actor_id=HANDLER, handler_id=HANDLER)
    assert info.value.code == "complaint_step_invalid"


def test_the_handler_may_not_call_back_whatever_the_answer():
    for answer in (True, False):
        with pytest.raises(Refused) as info:
            rules.after_step(walk(1, 2, 3, 4), 5, resolved=answer, actor_id=HANDLER,
                             handler_id=HANDLER)  # fmt: skip
        assert info.value.code == "complaint_call_back_by_handler"
        assert "someone other than the complaint's handler" in info.value.message


def test_the_call_back_needs_the_customers_answer_and_only_it_has_one():
    with pytest.raises(ValidationError) as info:
        rules.after_step(walk(1, 2, 3, 4), 5, resolved=None, actor_id=OTHER, handler_id=HANDLER)
    assert info.value.code == "complaint_resolved_required"
    with pytest.raises(ValidationError) as info:
        rules.after_step(walk(1), 2, resolved=True, actor_id=OTHER, handler_id=HANDLER)
    assert info.value.code == "complaint_resolved_step5_only"


def test_resolved_closes_and_not_resolved_reopens_step_three():
    done = walk(1, 2, 3, 4)
    closed = rules.after_step(done, 5, resolved=True, actor_id=OTHER, handler_id=HANDLER)
    assert closed == State(5, rules.CLOSED, rules.RESOLVED)
    assert closed.next_step is None
    again = rules.after_step(done, 5, resolved=False, actor_id=OTHER, handler_id=HANDLER)
    assert again == State(2, rules.OPEN, rules.NOT_RESOLVED)
    assert again.next_step == 3
    with pytest.raises(Conflict) as info:
        rules.after_step(closed, 1, resolved=None, actor_id=OTHER, handler_id=HANDLER)
    assert info.value.code == "complaint_closed"


def test_reopening_a_step_undoes_it_and_every_later_one():
    assert rules.after_reopen(walk(1, 2, 3, 4), 2) == State(1, rules.OPEN, None)
    closed = State(5, rules.CLOSED, rules.RESOLVED)
    assert rules.after_reopen(closed, 5) == State(4, rules.OPEN, None)
    with pytest.raises(Conflict) as info:
        rules.after_reopen(walk(1, 2), 3)
    assert info.value.code == "complaint_step_not_done"


def test_deadlines_by_severity_and_overdue():
    opened = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    hours = dict(rules.DEFAULT_DEADLINES)
    ack, resolve = rules.deadlines(opened, "urgent", hours)
    assert (ack - opened, resolve - opened) == (timedelta(hours=1), timedelta(days=1))
    ack_low, resolve_low = rules.deadlines(opened, "low", hours)
    assert (ack_low - opened, resolve_low - opened) == (timedelta(days=2), timedelta(days=14))

    def overdue(now: datetime, step: int, status: str = rules.OPEN) -> bool:
        return rules.is_overdue(now, status=status, step=step, acknowledge_by=ack,
                                resolve_by=resolve)  # fmt: skip

    assert not overdue(ack, 0)  # at the deadline is in time
    assert overdue(ack + timedelta(minutes=1), 0)  # not acknowledged
    assert not overdue(ack + timedelta(minutes=1), 1)  # acknowledged
    assert overdue(resolve + timedelta(minutes=1), 4)  # not closed
    assert not overdue(resolve + timedelta(days=9), 5, rules.CLOSED)


def test_deadline_hours_are_checked():
    assert rules.check_deadline_hours(2, 48) == (2, 48)
    for bad, code in (((0, 5), "complaint_deadline_invalid"), ((9, 5), "complaint_deadline_order")):
        with pytest.raises(ValidationError) as info:
            rules.check_deadline_hours(*bad)
        assert info.value.code == code


def test_severity_and_channel_are_checked():
    assert rules.check_severity(" Urgent ") == "urgent"
    assert rules.check_channel("phone") == "phone"
    with pytest.raises(ValidationError):
        rules.check_severity("critical")
    with pytest.raises(ValidationError):
        rules.check_channel("email")
