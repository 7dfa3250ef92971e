"""The rule that pre-selects the reception flow at check-in (staff can change it)."""

from __future__ import annotations

from .enums import Category, Flow, Purpose


def suggest_flow(
    *, purpose: Purpose, category: Category, previous_visits: int, has_open_complaint: bool
) -> Flow:
    """Pre-select the flow stage for a new visit.

    - a complaint (the purpose, or one still open) -> complaint handling; this comes first
      because a first-time visitor who comes to complain needs complaint handling, not a
      sales introduction;
    - first visit -> initial reception;
    - existing customer (or VIP) coming for after-sales -> maintenance;
    - otherwise -> follow-up.
    """
    if purpose is Purpose.COMPLAINT or has_open_complaint:
        return Flow.COMPLAINT
    if previous_visits == 0:
        return Flow.INITIAL
    if purpose is Purpose.AFTER_SALES and category in (Category.EXISTING, Category.VIP):
        return Flow.MAINTENANCE
    return Flow.FOLLOW_UP
