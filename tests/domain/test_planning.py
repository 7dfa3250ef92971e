"""The one rule of an invitation (``domain/planning.py``): usable when planned for today;
used once the visitor has arrived; no longer valid when cancelled or missed; for another
day otherwise. The status wins over the day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from receptionist.domain.enums import VisitStatus
from receptionist.domain.planning import InvitationState, invitation_state

TODAY = date(2024, 11, 22)


def test_planned_for_today_is_usable():
    assert invitation_state(VisitStatus.PLANNED, TODAY, TODAY) is InvitationState.USABLE
    assert invitation_state("planned", TODAY, TODAY) is InvitationState.USABLE  # as stored


@pytest.mark.parametrize("days", [-1, 1, 365])
def test_planned_for_another_day_is_not_usable_today(days):
    day = TODAY + timedelta(days=days)
    assert invitation_state(VisitStatus.PLANNED, day, TODAY) is InvitationState.OTHER_DAY


def test_planned_without_a_day_is_not_for_today():
    assert invitation_state(VisitStatus.PLANNED, None, TODAY) is InvitationState.OTHER_DAY


@pytest.mark.parametrize(
    ("status", "state"),
    [
        (VisitStatus.ON_SITE, InvitationState.USED),
        (VisitStatus.DONE, InvitationState.USED),
        (VisitStatus.CANCELLED, InvitationState.CANCELLED),
        (VisitStatus.NO_SHOW, InvitationState.NO_SHOW),
    ],
)
@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=1), None])
def test_the_status_wins_over_the_day(status, state, day):
    assert invitation_state(status, day, TODAY) is state


def test_an_unknown_status_is_refused():
    with pytest.raises(ValueError):
        invitation_state("lost", TODAY, TODAY)
