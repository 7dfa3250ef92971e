"""Lost-customer reviews: who drifted away (one aggregate query over every customer's
activity days, the median gap by a window function), the reviews and what the list and
the report show about them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from peewee import JOIN, PostgresqlDatabase, fn

from ..domain import lost as rules
from .models import (
    Customer,
    FollowUp,
    LostReview,
    Purchase,
    Staff,
    TierResult,
    TierRun,
    Visit,
    database,
)

_LOCK = 7_413_013  # PostgreSQL advisory lock: one detection at a time across desks
CHUNK = 900  # ids per IN (...): under SQLite's variable limit


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    days: int
    last_on: date
    median_gap: float | None


def _is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _detect_sql(postgres: bool) -> str:
    """Each customer's activity days (any purchase, a refund too: the customer was in
    touch; a visit's check-in day in UTC), each day once; their count, the last one and
    the median of the gaps between consecutive ones (the middle one or two of the ordered
    gaps), by two window passes and one grouping; only customers the rules may catch
    (the domain decides): not erased, not internal, no review in progress and none made
    since their last activity.

    Measured at 1,000,000 customers and 11,000,000 activities: 47 s on SQLite
    (docs/cli.md, ``lost detect``); the two sorts of the window passes are the cost."""
    p = "%s" if postgres else "?"
    if postgres:
        visit_day = "(check_in_at AT TIME ZONE 'UTC')::date"
        gap = "day - LAG(day) OVER (PARTITION BY customer_id ORDER BY day)"
        idle = f"({p}::date - agg.last_day)"
    else:
        visit_day = "substr(check_in_at, 1, 10)"
        gap = "julianday(day) - julianday(LAG(day) OVER (PARTITION BY customer_id ORDER BY day))"
        idle = f"(julianday({p}) - julianday(agg.last_day))"
    active = ", ".join(f"'{s}'" for s in rules.ACTIVE)
    return f"""
WITH acts AS (
  SELECT customer_id, purchased_on AS day FROM purchase
  UNION ALL
  SELECT customer_id, {visit_day} FROM visit WHERE check_in_at IS NOT NULL
), stepped AS (
  SELECT customer_id, day, {gap} AS gap FROM acts
), ranked AS (
  SELECT customer_id, day, gap,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY COALESCE(gap, -1)) AS rn,
         COUNT(*) OVER (PARTITION BY customer_id) AS n
  FROM stepped WHERE gap IS NULL OR gap > 0
), agg AS (
  SELECT customer_id, MAX(n) AS n, MAX(day) AS last_day,
         AVG(CASE WHEN rn = n / 2 + 1 OR rn = (n - 1) / 2 + 2 THEN gap END) AS m
  FROM ranked GROUP BY customer_id
)
SELECT agg.customer_id, agg.n, agg.last_day, agg.m FROM agg
JOIN customer c ON c.id = agg.customer_id
WHERE c.erased_at IS NULL AND c.kind <> 'internal'
  AND (agg.last_day < {p} OR (agg.n >= {p} AND {idle} > {p} * agg.m))
  AND NOT EXISTS (
    SELECT 1 FROM lost_review r WHERE r.customer_id = agg.customer_id
      AND (r.status IN ({active}) OR r.last_activity_on >= agg.last_day))
ORDER BY agg.customer_id
"""


def lock_detection() -> None:
    """In the caller's transaction: one detection at a time (PostgreSQL: an advisory
    lock; SQLite: its writers are one at a time already)."""
    if _is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))


def candidates(today: date, threshold_days: int, factor: float) -> list[Candidate]:
    """Customers the rules catch today (the same rules as ``domain.lost.rule_for``, which
    the caller applies again to name the rule): idle more than ``threshold_days``, or with
    at least ``MIN_ACTIVITIES`` activity days and idle more than ``factor`` times their
    median gap."""
    postgres = _is_postgres()
    cut = today - timedelta(days=threshold_days)
    params: tuple = (cut, rules.MIN_ACTIVITIES, today, factor)
    if not postgres:
        params = (cut.isoformat(), rules.MIN_ACTIVITIES, today.isoformat(), factor)
    rows = database.execute_sql(_detect_sql(postgres), params).fetchall()
    return [
        Candidate(
            c,
            int(n),
            last if isinstance(last, date) else date.fromisoformat(last),
            None if m is None else float(m),
        )
        for c, n, last, m in rows
    ]


def add_reviews(found: Sequence[tuple[int, str, date]], at: datetime) -> list[int]:
    """Open reviews for (customer, rule, last activity day), written in bulk; their ids
    (the caller holds the detection lock: the reviews after the last one are these)."""
    if not found:
        return []
    before = LostReview.select(fn.MAX(LostReview.id)).scalar() or 0
    for start in range(0, len(found), CHUNK):
        LostReview.insert_many(
            [
                {
                    "customer": customer_id,
                    "detected_at": at,
                    "rule": rule,
                    "last_activity_on": last_on,
                    "status": rules.OPEN,
                }
                for customer_id, rule, last_on in found[start : start + CHUNK]
            ]
        ).execute()
    query = LostReview.select(LostReview.id).where(LostReview.id > before)
    return list(query.order_by(LostReview.id).scalars())


def get(review_id: int) -> LostReview | None:
    return LostReview.get_or_none(LostReview.id == review_id)


def locked(review_id: int) -> LostReview | None:
    """The review, locked for update on PostgreSQL (SQLite's writers are serialised)."""
    query = LostReview.select().where(LostReview.id == review_id)
    if _is_postgres():
        query = query.for_update()
    return query.first()


def save(review_id: int, **fields: Any) -> None:
    LostReview.update(**fields).where(LostReview.id == review_id).execute()


def add_win_back(
    customer_id: int, owner_id: int, due_on: date, key: str, at: datetime, by: int
) -> int:
    return FollowUp.insert(
        kind="win_back",
        customer=customer_id,
        assignee=owner_id,
        due_on=due_on,
        status="open",
        rule_key=key,
        created_at=at,
        created_by=by,
    ).execute()


def reassign_win_back(follow_up_id: int, owner_id: int, due_on: date) -> None:
    FollowUp.update(assignee=owner_id, due_on=due_on).where(
        (FollowUp.id == follow_up_id) & (FollowUp.status == "open")
    ).execute()


def end_win_back(follow_up_id: int, status: str, outcome: str, at: datetime, by: int) -> int:
    """Close the review's win-back task if it is still open (1) — done or skipped with the
    review's outcome; 0 when its owner had already recorded one."""
    return int(
        FollowUp.update(status=status, outcome=outcome, done_at=at, done_by=by)
        .where((FollowUp.id == follow_up_id) & (FollowUp.status == "open"))
        .execute()
    )


def active_staff(staff_id: int) -> bool:
    return (
        Staff.select(Staff.id).where((Staff.id == staff_id) & (Staff.active == True)).exists()  # noqa: E712
    )


def reviews(status: str | None, limit: int, review_id: int | None = None) -> list[tuple]:
    """(review, customer name, phone, erased_at, owner name) newest first."""
    query = (
        LostReview.select(
            LostReview,
            Customer.name.alias("customer_name"),
            Customer.phone.alias("customer_phone"),
            Customer.erased_at.alias("customer_erased_at"),
            Staff.name.alias("owner_name"),
        )
        .join(Customer, on=(LostReview.customer == Customer.id))
        .switch(LostReview)
        .join(Staff, JOIN.LEFT_OUTER, on=(LostReview.owner == Staff.id))
        .order_by(LostReview.detected_at.desc(), LostReview.id.desc())
        .limit(limit)
        .objects()
    )
    if status:
        query = query.where(LostReview.status == status)
    if review_id is not None:
        query = query.where(LostReview.id == review_id)
    found: list[Any] = list(query)
    return [
        (row, row.customer_name, row.customer_phone, row.customer_erased_at, row.owner_name or "")
        for row in found
    ]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def tier_history(customer_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    """Per customer, (period, tier) of the runs in force, oldest period first."""
    found: dict[int, list[tuple[str, str]]] = {}
    for part in _chunks(customer_ids):
        query = (
            TierResult.select(TierResult.customer_id, TierRun.period, TierResult.tier)
            .join(TierRun)
            .where(TierResult.customer.in_(list(part)) & (TierRun.current == True))  # noqa: E712
            .order_by(TierRun.starts_on)
            .tuples()
        )
        for customer_id, period, tier in cast(Any, query):
            found.setdefault(customer_id, []).append((period, tier))
    return found


def last_visits(customer_ids: Sequence[int], per: int) -> dict[int, list[datetime]]:
    """Per customer, the check-in times of their last ``per`` visits, newest first."""
    found: dict[int, list[datetime]] = {}
    for customer_id in customer_ids:
        times = (
            Visit.select(Visit.check_in_at)
            .where((Visit.customer == customer_id) & Visit.check_in_at.is_null(False))
            .order_by(Visit.check_in_at.desc())
            .limit(per)
        )
        found[customer_id] = [v.check_in_at for v in times]
    return found


def last_purchases(customer_ids: Sequence[int]) -> dict[int, tuple[date, int]]:
    """Per customer, their last purchase's day and amount (cents)."""
    found: dict[int, tuple[date, int]] = {}
    for customer_id in customer_ids:
        row = (
            Purchase.select(Purchase.purchased_on, Purchase.amount_cents)
            .where((Purchase.customer == customer_id) & (Purchase.amount_cents > 0))
            .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
            .first()
        )
        if row is not None:
            found[customer_id] = (row.purchased_on, int(row.amount_cents))
    return found


def competitors(limit: int) -> list[str]:
    """The competitors named in reviews, most named first."""
    count = fn.COUNT(LostReview.id)
    query = (
        LostReview.select(LostReview.competitor, count)
        .where(LostReview.competitor != "")
        .group_by(LostReview.competitor)
        .order_by(count.desc(), LostReview.competitor)
        .limit(limit)
        .tuples()
    )
    return [name for name, _ in cast(Any, query)]


def report_rows(since: datetime | None) -> list[tuple[int, int, str | None, str, date | None]]:
    """(review id, customer, reason, competitor, last activity) of the reviews detected
    at or after ``since`` (any status)."""
    query = LostReview.select(
        LostReview.id,
        LostReview.customer_id,
        LostReview.reason,
        LostReview.competitor,
        LostReview.last_activity_on,
    )
    if since is not None:
        query = query.where(LostReview.detected_at >= since)
    return list(cast(Any, query.tuples()))


def revenue_before(customer_id: int, last_on: date, days: int) -> int:
    """The customer's purchases (refunds netted) in the ``days`` ending on ``last_on``."""
    total = (
        Purchase.select(fn.SUM(Purchase.amount_cents))
        .where(
            (Purchase.customer == customer_id)
            & Purchase.purchased_on.between(last_on - timedelta(days=days - 1), last_on)
        )
        .scalar()
    )
    return int(total or 0)


def move(keep_id: int, other_id: int) -> int:
    """Merging customers: the other's reviews now belong to the kept one."""
    return LostReview.update(customer=keep_id).where(LostReview.customer == other_id).execute()


def erase(customer_id: int) -> None:
    """Erasure: what was learnt in words (competitor, notes, outcome) cleared."""
    LostReview.update(competitor="", reason_note="", outcome="").where(
        LostReview.customer == customer_id
    ).execute()


def of_customer(customer_id: int) -> list[LostReview]:
    return list(
        LostReview.select().where(LostReview.customer == customer_id).order_by(LostReview.id)
    )
