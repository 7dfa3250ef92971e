"""The notices that reach people through the outbox by themselves (issue 14):

- each morning (from ``DIGEST_HOUR``), a digest of a staff member's follow-up tasks due
  today and overdue;
- a complaint past its resolve-by time, to its handler and their department's managers
  (every manager when the department has none), once per deadline;
- a lost customer assigned for win-back, to its owner (``notify_win_back``, written in
  the transaction that assigns it).

Each daily notice has a dedupe key, so running this again (on every desk, from ``outbox
send``) writes nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.followups import TaskKind
from ..domain.outbox import ComplaintFacts, DigestFacts, MessageKind, TaskLine, WinBackFacts
from ..store import channels as channel_store
from ..store import complaints as complaint_store
from ..store import followups as followup_store
from ..store.connection import transaction
from . import clock
from .outbox import enqueue

DIGEST_HOUR = 8  # local time: digests are written from this hour on


@dataclass(frozen=True)
class NoticesWritten:
    digests: int = 0
    complaints: int = 0


def _digests(now: datetime, today: date) -> int:
    reachable = channel_store.with_channels()
    if not reachable:
        return 0
    by_assignee: dict[int, tuple[list[TaskLine], list[TaskLine]]] = {}
    for task in followup_store.open_due(today, sorted(reachable), None):
        line = TaskLine(customer_name=task.name, kind=TaskKind(task.kind), due_on=task.due_on)
        due, overdue = by_assignee.setdefault(task.assignee_id, ([], []))
        (overdue if task.due_on < today else due).append(line)
    written = 0
    for staff_id, (due, overdue) in by_assignee.items():
        facts = DigestFacts(day=today, due_today=tuple(due), overdue=tuple(overdue))
        written += enqueue(
            MessageKind.DIGEST, staff_id, facts, dedupe_key=f"digest:{today}", now=now
        )
    return written


def _complaints(now: datetime) -> int:
    written = 0
    for complaint in complaint_store.past_deadline(now):
        handler = complaint.handler if complaint.handler_id else None
        facts = ComplaintFacts(
            number=complaint.id,
            customer_name=complaint.customer.name,
            resolve_by=clock.local(complaint.resolve_by),
            handler_name=handler.name if handler else "",
        )
        recipients = [handler.id] if handler else []
        department = handler.department if handler else ""
        recipients += [m.id for m in channel_store.managers(department) if m.id not in recipients]
        key = f"overdue:{complaint.id}:{complaint.resolve_by:%Y%m%d%H%M}"
        for staff_id in recipients:
            written += enqueue(
                MessageKind.COMPLAINT_OVERDUE, staff_id, facts, dedupe_key=key, now=now
            )
    return written


def write_due_notices() -> NoticesWritten:
    """Write the notices due now that were not written yet (a job: no person acts)."""
    now = clock.now()
    local = clock.local(now)
    with transaction():
        digests = _digests(now, local.date()) if local.hour >= DIGEST_HOUR else 0
        complaints = _complaints(now)
    return NoticesWritten(digests=digests, complaints=complaints)


def notify_win_back(
    owner_id: int, customer_name: str, last_activity_on: date | None, review_id: int
) -> int:
    """Tell the owner of a win-back; call inside the transaction that assigns it."""
    facts = WinBackFacts(customer_name=customer_name, last_activity_on=last_activity_on)
    return enqueue(MessageKind.WIN_BACK, owner_id, facts, dedupe_key=f"win_back:{review_id}")
