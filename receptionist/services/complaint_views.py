"""What the complaint services return: a complaint with its steps (who, when, note), and
the outcome of a write with the category the desk should suggest (never applied
silently: staff confirm it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.complaints import STEP_NAMES
from ..domain.enums import Category


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


@dataclass(frozen=True)
class ComplaintStepView:
    """One step done ("done") or reopened ("reopened", the note is the reason)."""

    step: int
    action: str
    note: str
    resolved: bool | None
    staff_id: int | None
    staff_name: str | None
    at: datetime

    @property
    def name(self) -> str:
        return STEP_NAMES[self.step]

    def to_json(self) -> dict:
        return {
            "step": self.step,
            "name": self.name,
            "action": self.action,
            "note": self.note,
            "resolved": self.resolved,
            "staff": self.staff_name,
            "staff_id": self.staff_id,
            "at": _iso(self.at),
        }


@dataclass(frozen=True)
class ComplaintView:
    id: int
    customer_id: int
    customer_name: str
    visit_code: str | None
    subject: str
    description: str
    severity: str
    channel: str
    handler_id: int | None
    handler_name: str | None
    status: str
    step: int  # the last step done, 0 before the first
    resolution: str | None
    category_before: Category | None
    opened_at: datetime
    acknowledge_by: datetime | None
    resolve_by: datetime | None
    closed_at: datetime | None
    overdue: bool
    row_version: int
    steps: tuple[ComplaintStepView, ...] = ()

    @property
    def next_step(self) -> int | None:
        """The step to do next; None once closed."""
        return None if self.status == "closed" else self.step + 1

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "customer": self.customer_name,
            "visit": self.visit_code,
            "subject": self.subject,
            "description": self.description,
            "severity": self.severity,
            "channel": self.channel,
            "handler": self.handler_name,
            "handler_id": self.handler_id,
            "status": self.status,
            "step": self.step,
            "next_step": self.next_step,
            "resolution": self.resolution,
            "opened_at": _iso(self.opened_at),
            "acknowledge_by": _iso(self.acknowledge_by),
            "resolve_by": _iso(self.resolve_by),
            "closed_at": _iso(self.closed_at),
            "overdue": self.overdue,
            "row_version": self.row_version,
            "steps": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True)
class ComplaintChange:
    """A complaint after a write. ``suggest_category``: the category the desk asks staff
    to give the customer now (problem when a complaint opens or reopens; the category
    before it when their last open complaint closes); None when nothing changes."""

    complaint: ComplaintView
    suggest_category: Category | None = None


@dataclass(frozen=True)
class OpenComplaint:
    """A customer's open complaint as the check-in glance shows it."""

    id: int
    subject: str
    severity: str
    overdue: bool


@dataclass(frozen=True)
class DeadlineHours:
    """Hours to acknowledge (step 1 done) and to resolve (closed), per severity."""

    by_severity: dict[str, tuple[int, int]]

    def to_json(self) -> dict:
        return {
            s: {"acknowledge_hours": a, "resolve_hours": r}
            for s, (a, r) in self.by_severity.items()
        }
