"""The site's complaint deadlines by severity (hours to acknowledge, hours to resolve),
kept as site settings: ``complaint_deadline.<severity>`` = "acknowledge,resolve"."""

from __future__ import annotations

from collections.abc import Mapping

from ..domain import complaints as rules
from ..domain.errors import ValidationError
from ..domain.roles import Permission
from ..store import audit
from ..store import settings as store
from ..store.connection import transaction
from . import clock
from .access import authorize
from .complaint_views import DeadlineHours

_KEY = "complaint_deadline."


def _parse(text: str) -> tuple[int, int] | None:
    try:
        acknowledge, resolve = (int(part) for part in text.split(","))
        return rules.check_deadline_hours(acknowledge, resolve)
    except (ValueError, ValidationError):
        return None


def deadline_hours() -> dict[str, tuple[int, int]]:
    """Hours to acknowledge and to resolve per severity: the site's, else the defaults."""
    saved = store.get_many([_KEY + s for s in rules.SEVERITIES])
    hours = dict(rules.DEFAULT_DEADLINES)
    for severity in rules.SEVERITIES:
        parsed = _parse(saved.get(_KEY + severity, ""))
        if parsed is not None:
            hours[severity] = parsed
    return hours


def complaint_deadlines() -> DeadlineHours:
    """The deadlines the complaint list and the settings window show."""
    return DeadlineHours(deadline_hours())


def save_complaint_deadlines(actor_id: int, hours: Mapping[str, tuple[int, int]]) -> DeadlineHours:
    """Set the hours to acknowledge and to resolve of some severities (admin); complaints
    opened from now on get them."""
    authorize(actor_id, Permission.SETTINGS)
    checked = {
        rules.check_severity(severity): rules.check_deadline_hours(int(a), int(r))
        for severity, (a, r) in hours.items()
    }
    with transaction():
        for severity, (acknowledge, resolve) in checked.items():
            store.put(_KEY + severity, f"{acknowledge},{resolve}")
        audit.record(
            clock.now(),
            actor_id,
            "settings.complaint_deadlines",
            "setting",
            0,
            **{s: list(v) for s, v in checked.items()},
        )
    return complaint_deadlines()
