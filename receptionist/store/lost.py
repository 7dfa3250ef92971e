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

EPOCH = date(1970, 1, 1)
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


def _day_number(column: str, postgres: bool) -> str:
    """A date column (or a UTC time's day) as whole days since 1970-01-01."""
    if postgres:
        return f"(({column})::date - DATE '1970-01-01')"
    return f"CAST(julianday(substr({column}, 1, 10)) - 2440587.5 AS INTEGER)"


def _detect_sql(postgres: bool) -> str:
    """Each customer's distinct activity days (a purchase, a visit's check-in day in UTC)
    as day numbers since 1970; their count, the last, and the median of the gaps between
    consecutive ones (the middle one or two of the ordered gaps), for the customers who
    may count as lost (the rule itself is decided in ``domain.lost``): not erased, not
    internal, no review in progress, none made since their last activity."""
    p = "%s" if postgres else "?"
    bought = _day_number("purchased_on", postgres)
    visited = _day_number("check_in_at AT TIME ZONE 'UTC'" if postgres else "check_in_at", postgres)
    reviewed = _day_number("r.last_activity_on", postgres)
    active = ", ".join(f"'{s}'" for s in rules.ACTIVE)
    return f"""
WITH days AS (
  SELECT customer_id, {bought} AS d FROM purchase WHERE amount_cents > 0
  UNION
  SELECT customer_id, {visited} AS d FROM visit WHERE check_in_at IS NOT NULL
), agg AS (
  SELECT customer_id, COUNT(*) AS n, MAX(d) AS last_d FROM days GROUP BY customer_id
), maybe AS (
  SELECT agg.customer_id, agg.n, agg.last_d FROM agg JOIN customer c ON c.id = agg.customer_id
  WHERE c.erased_at IS NULL AND c.kind <> 'internal'
    AND (agg.last_d < {p} OR (agg.n >= {p} AND agg.last_d < {p}))
    AND NOT EXISTS (
      SELECT 1 FROM lost_review r WHERE r.customer_id = agg.customer_id
        AND (r.status IN ({active})
             OR (r.last_activity_on IS NOT NULL AND {reviewed} >= agg.last_d)))
), gaps AS (
  SELECT days.customer_id,
         days.d - LAG(days.d) OVER (PARTITION BY days.customer_id ORDER BY days.d) AS gap
  FROM days JOIN maybe ON maybe.customer_id = days.customer_id
  WHERE maybe.n >= {p} AND maybe.last_d >= {p}
), ranked AS (
  SELECT customer_id, gap,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY gap) AS rn,
         COUNT(*) OVER (PARTITION BY customer_id) AS k
  FROM gaps WHERE gap IS NOT NULL
), med AS (
  SELECT customer_id, AVG(gap) AS m FROM ranked
  WHERE rn = (k + 1) / 2 OR rn = k / 2 + 1 GROUP BY customer_id
)
SELECT maybe.customer_id, maybe.n, maybe.last_d, med.m
FROM maybe LEFT JOIN med ON med.customer_id = maybe.customer_id
ORDER BY maybe.customer_id
"""


def lock_detection() -> None:
    """In the caller's transaction: one detection at a time (PostgreSQL: an advisory
    lock; SQLite: its writers are one at a time already)."""
    if _is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))


def candidates(today: date, threshold_days: int) -> list[Candidate]:
    """Customers who may count as lost today: idle more than ``threshold_days``, or with
    at least ``MIN_ACTIVITIES`` activity days and idle at least a day (the gaps' median
    is computed only for these last, whose idle time is within the threshold: the
    domain applies the factor)."""
    postgres = _is_postgres()
    today_n = (today - EPOCH).days
    cut = today_n - threshold_days
    least = rules.MIN_ACTIVITIES
    params = (cut, least, today_n, least, cut)
    rows = database.execute_sql(_detect_sql(postgres), params).fetchall()
    return [
        Candidate(c, int(n), EPOCH + timedelta(days=int(last)), None if m is None else float(m))
        for c, n, last, m in rows
    ]


def add_reviews(found: Sequence[tuple[int, str, date]], at: datetime) -> list[int]:
    """Open reviews for (customer, rule, last activity day); their ids."""
    ids: list[int] = []
    for customer_id, rule, last_on in found:
        ids.append(
            LostReview.insert(
                customer=customer_id,
                detected_at=at,
                rule=rule,
                last_activity_on=last_on,
                status=rules.OPEN,
            ).execute()
        )
    return ids


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
