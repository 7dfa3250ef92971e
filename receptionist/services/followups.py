"""Follow-up and call-back tasks (回访): the Today list (one's own with OWN_VISITS,
another person's or the department's with FOLLOW_UPS), recording an outcome or skipping
with a reason (the assignee, or FOLLOW_UPS), assigning (FOLLOW_UPS) and adding a task by
hand (DESK). A complaint's call-back is never done by, nor assigned to, its handler.

Audit entries name the task and its kind, never the outcome's text (free text about a
customer is cleared by erasure; the trail is never changed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.errors import Conflict, NotFound, Refused, ValidationError
from ..domain.followups import TaskKind, TaskStatus
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_reason
from ..store import audit
from ..store import customers as customer_store
from ..store import followups as store
from ..store.connection import transaction
from ..store.models import FollowUp, Staff
from . import clock
from .access import allowed, authorize


@dataclass(frozen=True)
class TaskView:
    id: int
    kind: str
    customer_id: int
    customer_name: str
    due_on: date
    assignee_id: int | None
    assignee_name: str
    status: str
    outcome: str
    overdue: bool
    visit_id: int | None
    complaint_id: int | None
    rule_key: str | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "customer_id": self.customer_id,
            "customer": self.customer_name,
            "due": self.due_on.isoformat(),
            "overdue": self.overdue,
            "assignee_id": self.assignee_id,
            "assignee": self.assignee_name,
            "status": self.status,
            "outcome": self.outcome,
            "visit_id": self.visit_id,
            "complaint_id": self.complaint_id,
            "rule_key": self.rule_key,
        }


@dataclass(frozen=True)
class PersonLoad:
    """One person's open tasks due by today in a department's Today list (staff_id None:
    the unassigned)."""

    staff_id: int | None
    name: str
    due: int
    overdue: int


@dataclass(frozen=True)
class DepartmentToday:
    department: str
    tasks: list[TaskView]
    people: list[PersonLoad]


def _today() -> date:
    return clock.local(clock.now()).date()


def _view(row: FollowUp, today: date) -> TaskView:
    return TaskView(
        id=row.id,
        kind=row.kind,
        customer_id=row.customer_id,
        customer_name=getattr(row, "name", ""),
        due_on=row.due_on,
        assignee_id=row.assignee_id,
        assignee_name=getattr(row, "assignee_name", None) or "",
        status=row.status,
        outcome=row.outcome,
        overdue=row.status == TaskStatus.OPEN and row.due_on < today,
        visit_id=row.visit_id,
        complaint_id=row.complaint_id,
        rule_key=row.rule_key,
    )


def due(
    actor_id: int, for_staff_id: int | None = None, include_overdue: bool = True
) -> list[TaskView]:
    """Open tasks due today (and, with ``include_overdue``, before), overdue first: the
    actor's own, or ``for_staff_id``'s (FOLLOW_UPS)."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    whose = actor.id if for_staff_id is None else for_staff_id
    if whose != actor.id:
        authorize(actor_id, Permission.FOLLOW_UPS)
    today = _today()
    rows = store.open_due(today, [whose], None if include_overdue else today)
    return [_view(r, today) for r in rows]


def department_due(actor_id: int) -> DepartmentToday:
    """The Today list of the actor's department (everyone's for one without a department)
    with the unassigned tasks, and each person's due and overdue counts."""
    actor = authorize(actor_id, Permission.FOLLOW_UPS)
    today = _today()
    people = store.staff_of_department(actor.department)
    ids: list[int | None] = [p.id for p in people]
    rows = store.open_due(today, [*ids, None] if actor.department else None, None)
    tasks = [_view(r, today) for r in rows]
    names = {p.id: p.name for p in people}
    loads = []
    for staff_id in [*ids, None]:
        mine = [t for t in tasks if t.assignee_id == staff_id]
        if staff_id is None and not mine:
            continue
        name = names.get(staff_id, "") if staff_id is not None else ""
        loads.append(PersonLoad(staff_id, name, len(mine), sum(t.overdue for t in mine)))
    return DepartmentToday(actor.department, tasks, loads)


def open_tasks(
    actor_id: int, first: date | None = None, last: date | None = None
) -> list[TaskView]:
    """Everyone's open tasks due from ``first`` to ``last`` (both included; default:
    everything due by today), overdue first."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    today = _today()
    return [_view(r, today) for r in store.open_due(last or today, None, first)]


def _open_task(task_id: int) -> FollowUp:
    row = store.lock(task_id)
    if row is None:
        raise NotFound("follow_up_unknown", field="task")
    if row.status != TaskStatus.OPEN:
        raise Conflict("follow_up_closed", field="task")
    return row


def _handler_of(row: FollowUp) -> int | None:
    if row.kind != TaskKind.COMPLAINT_CALLBACK or row.complaint_id is None:
        return None
    return store.complaint_handler(row.complaint_id)


def _may_close(actor_id: int, row: FollowUp) -> None:
    actor = authorize(actor_id, Permission.OWN_VISITS)
    mine = row.assignee_id == actor.id
    unassigned_at_desk = row.assignee_id is None and allowed(actor, Permission.DESK)
    if not (mine or unassigned_at_desk or allowed(actor, Permission.FOLLOW_UPS)):
        raise Refused("follow_up_not_yours", field="task")
    if _handler_of(row) == actor.id:
        raise Refused("callback_by_handler", field="task")


def _close(actor_id: int, task_id: int, status: TaskStatus, outcome: str) -> TaskView:
    now = clock.now()
    with transaction():
        row = _open_task(task_id)
        _may_close(actor_id, row)
        store.update(
            task_id,
            str(TaskStatus.OPEN),
            status=str(status),
            outcome=outcome,
            done_at=now,
            done_by=actor_id,
        )
        audit.record(now, actor_id, f"follow_up.{status}", "follow_up", task_id, kind=row.kind)
        updated = store.get(task_id)
    assert updated is not None
    return _view(updated, _today())


def record_outcome(actor_id: int, task_id: int, outcome: str) -> TaskView:
    """The task is done; ``outcome``: what came of it (a note, may be empty)."""
    authorize(actor_id, Permission.OWN_VISITS)
    return _close(actor_id, task_id, TaskStatus.DONE, clean_note(outcome))


def skip(actor_id: int, task_id: int, reason: str) -> TaskView:
    """The task is not done, for ``reason`` (required)."""
    authorize(actor_id, Permission.OWN_VISITS)
    return _close(actor_id, task_id, TaskStatus.SKIPPED, clean_reason(reason))


def _active_staff(staff_id: int) -> Staff:
    person = store.staff(staff_id)
    if person is None or not person.active:
        raise NotFound("assignee_unknown", field="assignee")
    return person


def assign(actor_id: int, task_id: int, staff_id: int | None) -> TaskView:
    """Give an open task to ``staff_id`` (None: unassigned). A complaint's call-back never
    goes to the complaint's handler."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    now = clock.now()
    with transaction():
        row = _open_task(task_id)
        if staff_id is not None:
            _active_staff(staff_id)
            if _handler_of(row) == staff_id:
                raise Refused("callback_by_handler", field="assignee")
        store.update(task_id, str(TaskStatus.OPEN), assignee=staff_id)
        audit.record(now, actor_id, "follow_up.assign", "follow_up", task_id, assignee=staff_id)
        updated = store.get(task_id)
    assert updated is not None
    return _view(updated, _today())


def add_task(
    actor_id: int,
    customer_id: int,
    kind: str | TaskKind,
    due_on: date | str,
    assignee_id: int | None = None,
) -> TaskView:
    """A task made by hand (no rule key)."""
    authorize(actor_id, Permission.DESK)
    try:
        which = TaskKind(kind)
    except ValueError:
        raise ValidationError("follow_up_kind_invalid", field="kind") from None
    if isinstance(due_on, str):
        try:
            due_on = date.fromisoformat(due_on.strip())
        except ValueError:
            raise ValidationError("follow_up_due_invalid", field="due_on") from None
    now = clock.now()
    with transaction():
        customer = customer_store.lock(customer_id)
        if customer is None or customer.erased_at is not None:
            raise NotFound("customer_unknown", field="customer")
        if assignee_id is not None:
            _active_staff(assignee_id)
        task_id = store.add(
            {
                "kind": str(which),
                "customer": customer_id,
                "assignee": assignee_id,
                "due_on": due_on,
                "status": str(TaskStatus.OPEN),
                "outcome": "",
                "rule_key": None,
                "created_at": now,
                "created_by": actor_id,
            }
        )
        audit.record(now, actor_id, "follow_up.add", "follow_up", task_id, kind=str(which))
        row = store.get(task_id)
    assert row is not None
    return _view(row, _today())
