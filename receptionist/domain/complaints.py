"""The five-step complaint (处理投诉五步) as pure rules: severities, channels, the steps and
the state machine, who may call back, deadlines by severity and what is overdue.

A complaint's state is the last step done (``step``, 0 before the first), its ``status``
(open | closed) and, after step 5, the customer's answer (``resolution``). Steps go in
order: step N only after N-1. A step can be reopened with a reason: reopening step k
undoes k and every later step. Step 5 (the call-back) is done by someone other than the
handler, whatever their role, and records whether the customer says it is resolved:
"resolved" closes the complaint, "not resolved" reopens step 3 (a new solution).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import Conflict, Refused, ValidationError

SEVERITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("desk", "phone", "kiosk", "card")
OPEN = "open"
CLOSED = "closed"
RESOLVED = "resolved"
NOT_RESOLVED = "not_resolved"
DONE = "done"
REOPENED = "reopened"

LISTEN, CONFIRM, PROPOSE, CARRY_OUT, CALL_BACK = 1, 2, 3, 4, 5
STEP_NAMES: dict[int, str] = {
    LISTEN: "listen",
    CONFIRM: "confirm",
    PROPOSE: "propose",
    CARRY_OUT: "carry_out",
    CALL_BACK: "call_back",
}
STEPS = tuple(STEP_NAMES)
SUBJECT_MAX = 200
DESCRIPTION_MAX = 4000

# Hours to acknowledge (step 1 done) and to resolve (closed), until the site sets its own.
DEFAULT_DEADLINES: dict[str, tuple[int, int]] = {
    "urgent": (1, 24),
    "high": (4, 3 * 24),
    "normal": (24, 7 * 24),
    "low": (2 * 24, 14 * 24),
}
DEADLINE_HOURS_MAX = 366 * 24


@dataclass(frozen=True)
class State:
    """Where a complaint stands: the last step done, open or closed, the answer to the
    call-back (None before step 5, or after a reopened step 5)."""

    step: int = 0
    status: str = OPEN
    resolution: str | None = None

    @property
    def next_step(self) -> int | None:
        """The step to do next; None once closed."""
        return None if self.status == CLOSED else self.step + 1


def check_severity(value: str) -> str:
    text = (value or "").strip().lower()
    if text not in SEVERITIES:
        raise ValidationError("severity_invalid", field="severity")
    return text


def check_channel(value: str) -> str:
    text = (value or "").strip().lower()
    if text not in CHANNELS:
        raise ValidationError("channel_invalid", field="channel")
    return text


def check_step_number(step: int) -> int:
    if step not in STEP_NAMES:
        raise ValidationError("complaint_step_invalid", field="step")
    return step


def after_step(
    state: State, step: int, *, resolved: bool | None, actor_id: int, handler_id: int | None
) -> State:
    """The state once ``actor_id`` has done ``step``; refused when the complaint is
    closed, the step is out of order, the call-back lacks the customer's answer (or a
    step before it has one), or the handler would call back their own complaint."""
    check_step_number(step)
    if state.status == CLOSED:
        raise Conflict("complaint_closed")
    if step != state.step + 1:
        raise Conflict("complaint_step_order", step=step, expected=state.step + 1)
    if step != CALL_BACK:
        if resolved is not None:
            raise ValidationError("complaint_resolved_step5_only", field="resolved")
        return State(step, OPEN, None)
    if resolved is None:
        raise ValidationError("complaint_resolved_required", field="resolved")
    if handler_id is not None and actor_id == handler_id:
        raise Refused("complaint_call_back_by_handler")
    if resolved:
        return State(CALL_BACK, CLOSED, RESOLVED)
    return State(PROPOSE - 1, OPEN, NOT_RESOLVED)


def after_reopen(state: State, step: int) -> State:
    """The state once ``step`` (done before) is reopened: it and every later step are
    to do again; a closed complaint opens again."""
    check_step_number(step)
    if step > state.step:
        raise Conflict("complaint_step_not_done", step=step)
    return State(step - 1, OPEN, None)


def check_deadline_hours(acknowledge: int, resolve: int) -> tuple[int, int]:
    """Hours to acknowledge and to resolve: whole hours from 1, acknowledging no later
    than resolving."""
    if not (1 <= acknowledge <= DEADLINE_HOURS_MAX and 1 <= resolve <= DEADLINE_HOURS_MAX):
        raise ValidationError(
            "complaint_deadline_invalid", field="deadline", maximum=DEADLINE_HOURS_MAX
        )
    if acknowledge > resolve:
        raise ValidationError("complaint_deadline_order", field="deadline")
    return acknowledge, resolve


def deadlines(
    opened_at: datetime, severity: str, hours: dict[str, tuple[int, int]]
) -> tuple[datetime, datetime]:
    """When a complaint opened at ``opened_at`` must be acknowledged and resolved."""
    acknowledge, resolve = hours.get(severity, DEFAULT_DEADLINES[severity])
    return opened_at + timedelta(hours=acknowledge), opened_at + timedelta(hours=resolve)


def is_overdue(
    now: datetime,
    *,
    status: str,
    step: int,
    acknowledge_by: datetime | None,
    resolve_by: datetime | None,
) -> bool:
    """Open and either not acknowledged (step 1 not done) by ``acknowledge_by`` or not
    closed by ``resolve_by``."""
    if status == CLOSED:
        return False
    if step < LISTEN and acknowledge_by is not None and now > acknowledge_by:
        return True
    return resolve_by is not None and now > resolve_by
