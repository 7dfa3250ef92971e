"""Tier runs and their results: a period's activity per customer in one aggregate query
(over the covering index ``purchase(purchased_on, customer_id, amount_cents)``), the
results written in bulk, the runs kept (the year's adjustment catalogue)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, cast

from peewee import JOIN, Case, PostgresqlDatabase, fn

from ..domain.tiers import Activity, Placing
from .models import Customer, Purchase, Staff, TierResult, TierRun, database

CHUNK = 20_000  # rows written between two progress reports


def _day(value: date | str) -> date:
    """A date from an aggregate: SQLite hands back the stored text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def period_activity(starts_on: date, ends_on: date) -> list[Activity]:
    """Revenue, purchases (refunds not counted) and the last purchase's date per customer
    with revenue above zero between ``starts_on`` and ``ends_on`` (both included)."""
    bought = Purchase.amount_cents > 0
    query = (
        Purchase.select(
            Purchase.customer_id,
            fn.SUM(Purchase.amount_cents),
            fn.SUM(Case(None, [(bought, 1)], 0)),
            fn.MAX(Case(None, [(bought, Purchase.purchased_on)], None)),
        )
        .where(Purchase.purchased_on.between(starts_on, ends_on))
        .group_by(Purchase.customer_id)
        .having(fn.SUM(Purchase.amount_cents) > 0)
    )
    rows = database.execute(query).fetchall()  # plain tuples: no per-row model work
    if rows and isinstance(rows[0][3], str):  # SQLite hands back the stored text
        day = date.fromisoformat
        return [Activity(c, revenue, count, day(last)) for c, revenue, count, last in rows]
    # PostgreSQL's SUM of a bigint is a numeric (Decimal): back to integers.
    return [Activity(c, int(revenue), int(count), last) for c, revenue, count, last in rows]


def add_run(
    period: str,
    starts_on: date,
    ends_on: date,
    at: datetime,
    by: int | None,
    customers: int,
    parameters: str,
) -> int:
    """A new current run of ``period``; the period's run in force before it is kept, no
    longer current."""
    TierRun.update(current=False).where(
        (TierRun.period == period) & (TierRun.current == True)  # noqa: E712 - SQL
    ).execute()
    return TierRun.insert(
        period=period,
        starts_on=starts_on,
        ends_on=ends_on,
        computed_at=at,
        computed_by=by,
        customers=customers,
        parameters=parameters,
        current=True,
    ).execute()


_RESULT_COLUMNS = (
    "run_id",
    "customer_id",
    "revenue_cents",
    "purchases",
    "last_purchase_on",
    "rank",
    "tier",
    "stars",
)


def _rows(run_id: int, placings: Sequence[Placing]) -> Iterable[tuple]:
    for p in placings:
        yield (
            run_id,
            p.customer_id,
            p.revenue_cents,
            p.purchases,
            p.last_purchase_on,
            p.rank,
            str(p.tier),
            p.stars,
        )


def write_results(
    run_id: int,
    placings: Sequence[Placing],
    written: Callable[[int], None] | None = None,
) -> None:
    """The run's results in bulk (``COPY`` on PostgreSQL, multi-row INSERTs on SQLite),
    calling ``written(rows so far)`` after each chunk (it may raise to stop)."""
    # In customer order: the table's key (run, customer) and its index (customer, run)
    # then grow in order instead of at random places (measured: 2x faster at 500,000).
    rows = _rows(run_id, sorted(placings, key=lambda p: p.customer_id))
    done = 0
    while True:
        chunk = [row for _, row in zip(range(CHUNK), rows, strict=False)]
        if not chunk:
            return
        _write_chunk(chunk)
        done += len(chunk)
        if written:
            written(done)


def _write_chunk(chunk: list[tuple]) -> None:
    if isinstance(database.obj, PostgresqlDatabase):
        names = ", ".join(f'"{c}"' for c in _RESULT_COLUMNS)
        with database.cursor().copy(f'COPY "tier_result" ({names}) FROM STDIN') as copy:
            for row in chunk:
                copy.write_row(row)
        return
    # One prepared statement, executed per row by the driver: building multi-row INSERTs
    # in peewee cost ten times the writing itself (measured: benchmarks/measure_tiers.py).
    names = ", ".join(f'"{c}"' for c in _RESULT_COLUMNS)
    marks = ", ".join("?" * len(_RESULT_COLUMNS))
    database.cursor().executemany(
        f'INSERT INTO "tier_result" ({names}) VALUES ({marks})',
        [(*row[:4], row[4].isoformat(), *row[5:]) for row in chunk],
    )


def run(run_id: int) -> TierRun | None:
    return TierRun.get_or_none(TierRun.id == run_id)


def current_run(period: str) -> TierRun | None:
    return TierRun.get_or_none((TierRun.period == period) & (TierRun.current == True))  # noqa: E712


def latest_current_run() -> TierRun | None:
    """The current run of the period that ends last (the tiers in force now)."""
    return (
        TierRun.select()
        .where(TierRun.current == True)  # noqa: E712 - SQL
        .order_by(TierRun.ends_on.desc(), TierRun.id.desc())
        .first()
    )


def runs(period: str | None = None) -> list[tuple[TierRun, str | None]]:
    """Every run (of ``period``), newest first, with who computed it."""
    query = (
        TierRun.select(TierRun, Staff.name.alias("who"))
        .join(Staff, JOIN.LEFT_OUTER, on=TierRun.computed_by == Staff.id)
        .order_by(TierRun.computed_at.desc(), TierRun.id.desc())
        .objects()
    )
    if period is not None:
        query = query.where(TierRun.period == period)
    return [(row, cast(Any, row).who) for row in query]


def results(run_id: int) -> list[tuple]:
    """The run's results by rank with each customer: (customer id, customer_ref, name,
    phone, category, revenue, purchases, last purchase, rank, tier, stars)."""
    query = (
        TierResult.select(
            TierResult.customer_id,
            Customer.customer_ref,
            Customer.name,
            Customer.phone,
            Customer.category,
            TierResult.revenue_cents,
            TierResult.purchases,
            TierResult.last_purchase_on,
            TierResult.rank,
            TierResult.tier,
            TierResult.stars,
        )
        .join(Customer, on=TierResult.customer == Customer.id)
        .where(TierResult.run == run_id)
        .order_by(TierResult.rank, TierResult.customer_id)
        .tuples()
    )
    rows: Iterable[tuple] = cast(Any, query)
    return [(*row[:7], _day(row[7]), *row[8:]) for row in rows]


def tiers_of(run_id: int) -> dict[int, str]:
    """customer id -> tier in the run."""
    query = (
        TierResult.select(TierResult.customer_id, TierResult.tier)
        .where(TierResult.run == run_id)
        .tuples()
    )
    return dict(cast(Any, query))


def customers_by_id(ids: Iterable[int]) -> dict[int, tuple[str, str, str | None, str]]:
    """customer id -> (customer_ref, name, phone, category)."""
    found: dict[int, tuple[str, str, str | None, str]] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), 500):
        query = (
            Customer.select(
                Customer.id, Customer.customer_ref, Customer.name, Customer.phone, Customer.category
            )
            .where(Customer.id.in_(wanted[start : start + 500]))
            .tuples()
        )
        rows: Iterable[tuple] = cast(Any, query)
        found.update({row[0]: tuple(row[1:]) for row in rows})
    return found


def tier_of(customer_id: int) -> tuple[str, int, str] | None:
    """(tier, stars, period) of the customer in the tiers in force now; None without."""
    latest = latest_current_run()
    if latest is None:
        return None
    row = TierResult.get_or_none(
        (TierResult.run == latest.id) & (TierResult.customer == customer_id)
    )
    return (row.tier, row.stars, latest.period) if row else None


def suggestion_candidates(run_id: int | None) -> list[tuple[int, str, str | None, bool]]:
    """(customer id, category, tier in the run or None, has bought) for every customer a
    suggestion may concern: platinum or gold and not VIP, every VIP, every prospect who
    has bought. Erased customers are left out."""
    living = Customer.erased_at.is_null()
    found: dict[int, tuple[int, str, str | None, bool]] = {}
    if run_id is not None:
        high = (
            TierResult.select(TierResult.customer_id, Customer.category, TierResult.tier)
            .join(Customer, on=TierResult.customer == Customer.id)
            .where(
                (TierResult.run == run_id)
                & TierResult.tier.in_(("platinum", "gold"))
                & (Customer.category != "vip")
                & living
            )
            .tuples()
        )
        found.update({cid: (cid, cat, tier, True) for cid, cat, tier in cast(Any, high)})
    if run_id is not None:  # without tiers computed, no VIP has fallen
        result = TierResult.alias()
        vips = (
            Customer.select(Customer.id, result.tier)
            .join(
                result,
                JOIN.LEFT_OUTER,
                on=(result.customer == Customer.id) & (result.run == run_id),
            )
            .where((Customer.category == "vip") & living)
            .tuples()
        )
        found.update({cid: (cid, "vip", tier, True) for cid, tier in cast(Any, vips)})
    bought = Purchase.select(Purchase.id).where(
        (Purchase.customer == Customer.id) & (Purchase.amount_cents > 0)
    )
    prospects = (
        Customer.select(Customer.id)
        .where((Customer.category == "prospect") & living & fn.EXISTS(bought))
        .tuples()
    )
    for (cid,) in cast(Any, prospects):
        found.setdefault(cid, (cid, "prospect", None, True))
    return sorted(found.values())
