"""Follow-up tasks: the facts the rules read, the tasks themselves (inserted only when
their ``rule_key`` is new: insert-or-ignore, the unique index the last guard) and the
holiday calendar. The ``complaint`` table is read directly (closed complaints)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, cast

from peewee import JOIN

from ..domain import followups as rules
from .concurrency import for_update
from .models import Complaint, Customer, FollowUp, Holiday, SpecialDate, Staff, TierResult, Visit
from .tiers import latest_current_run

CHUNK = 500
LISTED_VISIT_STATUSES = ("on_site", "done")


def _live() -> Any:
    return Customer.erased_at.is_null()


def prospect_visits(since: datetime) -> list[tuple[int, int, datetime, int | None, int | None]]:
    """(visit, customer, check-in time, host, account manager) of prospects' visits
    checked in since ``since``."""
    query = (
        Visit.select(Visit.id, Customer.id, Visit.check_in_at, Visit.host, Customer.account_manager)
        .join(Customer, on=(Visit.customer == Customer.id))
        .where(
            (Visit.category == "prospect")
            & (Visit.check_in_at >= since)
            & Visit.status.in_(LISTED_VISIT_STATUSES)
            & _live()
        )
    )
    return [
        (v.id, v.customer.id, v.check_in_at, v.host_id, v.customer.account_manager_id)
        for v in query
    ]


def closed_complaints(since: datetime) -> list[tuple[int, int, datetime, int | None, int | None]]:
    """(complaint, customer, closed at, handler, account manager) of complaints closed
    since ``since``."""
    query = (
        Complaint.select(
            Complaint.id,
            Customer.id,
            Complaint.closed_at,
            Complaint.handler,
            Customer.account_manager,
        )
        .join(Customer, on=(Complaint.customer == Customer.id))
        .where(
            (Complaint.status == "closed")
            & Complaint.closed_at.is_null(False)
            & (Complaint.closed_at >= since)
            & _live()
        )
    )
    return [
        (c.id, c.customer.id, c.closed_at, c.handler_id, c.customer.account_manager_id)
        for c in query
    ]


def care_customers() -> list[tuple[int, str, str | None, int | None]]:
    """(customer, category, tier now or None, account manager) of every VIP customer and
    every customer placed platinum or gold in the tiers in force now."""
    latest = latest_current_run()
    tiers: dict[int, str] = {}
    if latest is not None:
        placed = TierResult.select(TierResult.customer, TierResult.tier).where(
            (TierResult.run == latest.id) & TierResult.tier.in_(rules.LARGE_TIERS)
        )
        tiers = {r.customer_id: r.tier for r in placed}
    found: dict[int, tuple[int, str, str | None, int | None]] = {}
    vips = Customer.select(Customer.id, Customer.category, Customer.account_manager).where(
        Customer.category.in_(rules.CARE_CATEGORIES) & _live()
    )
    for c in vips:
        found[c.id] = (c.id, c.category, tiers.get(c.id), c.account_manager_id)
    ids = [i for i in tiers if i not in found]
    for start in range(0, len(ids), CHUNK):
        rows = Customer.select(Customer.id, Customer.category, Customer.account_manager).where(
            Customer.id.in_(ids[start : start + CHUNK]) & _live()
        )
        for c in rows:
            found[c.id] = (c.id, c.category, tiers[c.id], c.account_manager_id)
    return sorted(found.values())


def special_days(months: Sequence[int]) -> list[tuple[int, int, str, int, int, int | None]]:
    """(special date, customer, kind, month, day, account manager) in ``months``."""
    query = (
        SpecialDate.select(
            SpecialDate.id,
            Customer.id,
            SpecialDate.kind,
            SpecialDate.month,
            SpecialDate.day,
            Customer.account_manager,
        )
        .join(Customer, on=(SpecialDate.customer == Customer.id))
        .where(SpecialDate.month.in_(list(months)) & _live())
    )
    return [
        (s.id, s.customer.id, s.kind, s.month, s.day, s.customer.account_manager_id) for s in query
    ]


def holiday_customers() -> list[tuple[int, int | None]]:
    """(customer, account manager) of VIP and existing customers who agreed to be contacted."""
    query = Customer.select(Customer.id, Customer.account_manager).where(
        Customer.category.in_(rules.HOLIDAY_CATEGORIES)
        & (Customer.contact_consent == True)  # noqa: E712 - SQL
        & _live()
    )
    return [(c.id, c.account_manager_id) for c in query.order_by(Customer.id)]


def active_staff_ids() -> set[int]:
    return {s.id for s in Staff.select(Staff.id).where(Staff.active == True)}  # noqa: E712


# -- tasks ----------------------------------------------------------------------------------


def existing_keys(keys: Iterable[str]) -> set[str]:
    wanted = list(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        query = FollowUp.select(FollowUp.rule_key).where(
            FollowUp.rule_key.in_(wanted[start : start + CHUNK])
        )
        found.update(str(r.rule_key) for r in query)
    return found


def insert_new(tasks: Iterable[rules.WantedTask], at: datetime, by: int | None) -> list[int]:
    """Insert the tasks whose rule key is new (insert-or-ignore: a desk running the rules
    at the same moment made it first); the ids of those this call made."""
    wanted = list(tasks)
    known = existing_keys(t.rule_key for t in wanted)
    made = []
    for task in wanted:
        if task.rule_key in known:
            continue
        FollowUp.insert(
            kind=str(task.kind),
            customer=task.customer_id,
            visit=task.visit_id,
            complaint=task.complaint_id,
            assignee=task.assignee_id,
            due_on=task.due_on,
            status=str(rules.TaskStatus.OPEN),
            outcome="",
            rule_key=task.rule_key,
            created_at=at,
            created_by=by,
        ).on_conflict_ignore().execute()
        known.add(task.rule_key)
        made.append(task.rule_key)
    return [r.id for r in _by_keys(made, at)]


def _by_keys(keys: list[str], at: datetime) -> list[FollowUp]:
    rows: list[FollowUp] = []
    for start in range(0, len(keys), CHUNK):
        rows.extend(
            FollowUp.select(FollowUp.id).where(
                FollowUp.rule_key.in_(keys[start : start + CHUNK]) & (FollowUp.created_at == at)
            )
        )
    return sorted(rows, key=lambda r: r.id)


def add(fields: dict) -> int:
    return int(FollowUp.insert(**fields).execute())


def lock(task_id: int) -> FollowUp | None:
    return for_update(FollowUp.select().where(FollowUp.id == task_id)).first()


def get(task_id: int) -> FollowUp | None:
    return FollowUp.get_or_none(FollowUp.id == task_id)


def update(task_id: int, expected_status: str, **fields: object) -> int:
    """Change an open task; 0 when it was no longer ``expected_status``."""
    return int(
        FollowUp.update(**fields)
        .where((FollowUp.id == task_id) & (FollowUp.status == expected_status))
        .execute()
    )


def open_due(until: date, assignees: Sequence[int | None] | None, since: date | None) -> list:
    """Open tasks due on or before ``until`` (and on or after ``since``), overdue first,
    with the customer's name and the assignee's; ``assignees``: only theirs (None in it:
    the unassigned), None: everyone's."""
    Assignee = Staff.alias()
    query = (
        FollowUp.select(FollowUp, Customer.name, Assignee.name.alias("assignee_name"))
        .join(Customer, on=(FollowUp.customer == Customer.id))
        .switch(FollowUp)
        .join(Assignee, JOIN.LEFT_OUTER, on=(FollowUp.assignee == Assignee.id))
        .where((FollowUp.status == str(rules.TaskStatus.OPEN)) & (FollowUp.due_on <= until))
    )
    if since is not None:
        query = query.where(FollowUp.due_on >= since)
    if assignees is not None:
        ids = [a for a in assignees if a is not None]
        condition = FollowUp.assignee.in_(ids) if ids else None
        if None in assignees:
            unassigned = FollowUp.assignee.is_null()
            condition = unassigned if condition is None else (condition | unassigned)
        query = query.where(condition)
    return list(query.order_by(FollowUp.due_on, FollowUp.id).objects())


def staff_of_department(department: str) -> list[Staff]:
    query = Staff.select().where(Staff.active == True)  # noqa: E712 - SQL
    if department:
        query = query.where(Staff.department == department)
    return list(query.order_by(Staff.name))


# -- holidays -------------------------------------------------------------------------------


def holidays() -> list[Holiday]:
    return list(Holiday.select().order_by(Holiday.day))


def holiday_days(start: date, end: date) -> list[date]:
    query = Holiday.select(Holiday.day).where((Holiday.day >= start) & (Holiday.day <= end))
    return [h.day for h in query]


def replace_holidays(days: Iterable[tuple[date, str]]) -> None:
    cast(Any, Holiday).delete().execute()
    rows = [{"day": d, "name": n} for d, n in days]
    if rows:
        Holiday.insert_many(rows).execute()


def rows(task_ids: Sequence[int]) -> list[FollowUp]:
    found: list[FollowUp] = []
    ids = list(task_ids)
    for start in range(0, len(ids), CHUNK):
        found.extend(FollowUp.select().where(FollowUp.id.in_(ids[start : start + CHUNK])))
    return sorted(found, key=lambda r: r.id)


def complaint_handler(complaint_id: int) -> int | None:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    return complaint.handler_id if complaint else None


def staff(staff_id: int) -> Staff | None:
    return Staff.get_or_none(Staff.id == staff_id)


def seed_holidays(days: Iterable[tuple[date, str]]) -> None:
    """Add the shipped calendar; a day another station added meanwhile is kept."""
    rows = [{"day": d, "name": n} for d, n in days]
    if rows:
        Holiday.insert_many(rows).on_conflict_ignore().execute()
