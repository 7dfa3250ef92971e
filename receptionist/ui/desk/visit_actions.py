"""What the desk does with a visit in one action, from wherever it is asked: check out
(the board, a scanned visit code) and check in an invited visitor (the expected list, a
scanned invitation code). Each returns the sentence to show when it could not, never
asks a question (one scan is one action; the desk offers Undo), and tells the desk's
signals what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DeskError
from ...domain.invite_code import parse_invite_code
from ...domain.planning import InvitationState, invitation_state
from ...services import clock, planning, visits
from ...services.views import VisitView
from ..common import labels
from ..common.context import DeskContext
from .onsite_model import since_text


def check_out_visit(ctx: DeskContext, visit: VisitView) -> str | None:
    """Check ``visit`` out, without a question: one scan is one check-out, and the desk
    offers Undo right after (``ctx.signals.checked_out``). None when it worked, else the
    sentence saying why not."""
    try:
        done = visits.check_out(ctx.actor.id, visit.code)
    except DeskError as err:
        return labels.error_text(err)
    ctx.signals.visits_changed.emit()
    ctx.signals.checked_out.emit(done)
    return None


def invitation_problem(visit: VisitView) -> str | None:
    """Why this invitation cannot be checked in now, or None when it can: the rule's
    answer (``domain/planning.py``), said to staff with the visitor's name and times."""
    translate = QCoreApplication.translate
    name, code = visit.customer_name, visit.invite_code or visit.code
    expected = clock.local(visit.expected_at).date() if visit.expected_at else None
    state = invitation_state(visit.status, expected, clock.local(clock.now()).date())
    if state is InvitationState.USED:
        return translate(
            "Expected", "The invitation {code} was already used: {name} checked in at {time}."
        ).format(code=code, name=name, time=since_text(visit.check_in_at))
    if state is InvitationState.CANCELLED:
        return translate("Expected", "The visit of {name} ({code}) was cancelled.").format(
            name=name, code=code
        )
    if state is InvitationState.NO_SHOW:
        return translate(
            "Expected", "{name} did not come on {day}; the invitation {code} has expired."
        ).format(name=name, code=code, day=_day(visit))
    if state is InvitationState.OTHER_DAY:
        return translate(
            "Expected", "{name} is expected on {day} at {time}, not today ({code})."
        ).format(name=name, code=code, day=_day(visit), time=expected_time(visit))
    return None


def _day(visit: VisitView) -> str:
    return clock.local(visit.expected_at).date().isoformat() if visit.expected_at else "—"


def expected_time(visit: VisitView) -> str:
    """The local time a planned visit is expected at (``HH:MM``), or a dash."""
    return clock.local(visit.expected_at).strftime("%H:%M") if visit.expected_at else "—"


def check_in_planned(ctx: DeskContext, visit: VisitView) -> tuple[VisitView | None, str]:
    """Check an expected visitor in; the on-site visit, or None and the reason."""
    try:
        done = planning.check_in_expected(ctx.actor.id, visit.id)
    except DeskError as err:
        return None, labels.error_text(err)
    ctx.signals.visits_changed.emit()
    return done, ""


def find_invitation(actor_id: int, text: str) -> VisitView | None:
    """The visit of an invitation code as typed or scanned, or None."""
    if parse_invite_code(text) is None:
        return None
    try:
        return planning.invitation(actor_id, text)
    except DeskError:
        return None


def check_in_invitation(ctx: DeskContext, visit: VisitView) -> tuple[VisitView | None, str]:
    """An invitation code was typed or scanned: check the visitor in, without a question
    (one scan is one check-in; the desk offers Undo). The on-site visit, or None and why
    not."""
    problem = invitation_problem(visit)
    if problem is not None:
        return None, problem
    return check_in_planned(ctx, visit)
