"""The rule of an invitation: a planned visit is checked in with it on its own day only.

One rule for every place that checks a visitor in by invitation: the desk's services
(``services/visits.py``), the kiosk's (``services/kiosk.py``) and the desk's own wording of
why not (``ui/desk/expected_panel.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from .enums import VisitStatus


class InvitationState(StrEnum):
    """Whether an invitation can be used now, and if not, why."""

    USABLE = "usable"  # planned, for today
    USED = "used"  # the visitor has arrived (on site, or gone again)
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"  # the day passed without the visitor
    OTHER_DAY = "other_day"  # planned, for an earlier or a later day


def invitation_state(
    status: VisitStatus | str, expected_day: date | None, today: date
) -> InvitationState:
    """The state of an invitation whose visit has ``status`` and is expected on
    ``expected_day`` (local), seen on ``today`` (local)."""
    status = VisitStatus(status)
    if status in (VisitStatus.ON_SITE, VisitStatus.DONE):
        return InvitationState.USED
    if status is VisitStatus.CANCELLED:
        return InvitationState.CANCELLED
    if status is VisitStatus.NO_SHOW:
        return InvitationState.NO_SHOW
    if expected_day != today:
        return InvitationState.OTHER_DAY
    return InvitationState.USABLE


def is_late(expected_at: datetime | None, now: datetime) -> bool:
    """An expected visitor is late once their expected time has passed (they are still
    expected: a no-show only at the end of the day)."""
    return expected_at is not None and expected_at < now
