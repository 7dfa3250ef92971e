"""Keeping the dashboard's summaries right (schema v10).

Why triggers that mark and a refresh that recomputes, rather than services adding and
subtracting: visits are written by many paths (check-in at the desk, the kiosk and the
command line, planned arrivals, check-out, cancel, no-show, claims, merges, erasure,
retention, demo data, the benchmark generator's bulk load); the database's triggers see
every one of them, whoever wrote it, and only mark what changed: the UTC hour of a visit
(or of the visit a feedback is about) in ``report_dirty_hour``, the customer of a visit or
a purchase in ``report_dirty_customer``. ``refresh`` then recomputes each marked local day
and customer from the visits themselves, so a summary row is always exactly what the
visits say — no running total to drift. The dashboard refreshes before it reads (a few
milliseconds after a day at the desk: today's hours and visitors); after a bulk load
everything is marked and the first refresh takes a while (``docs/performance.md``).

Local days are the computer's (``services.clock``), which the caller passes in: an hour
of a zone with a half-hour offset touches two local days, and both are recomputed.
Refreshes run in short transactions of a few days or a thousand customers each, so that a
desk marking the same hour never waits long for one (PostgreSQL: an advisory lock makes
two refreshing stations take turns).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import cast

from peewee import JOIN, SQL, Case, PostgresqlDatabase, Value, fn

from .models import (
    MEASURES,
    Feedback,
    Purchase,
    ReportDay,
    ReportDirtyCustomer,
    ReportDirtyHour,
    ReportFirstVisit,
    ReportHostDay,
    ReportVisitDay,
    Visit,
    database,
)

__all__ = [
    "COUNTED",
    "MARK_ALL_PG",
    "PG_TRIGGERS",
    "mark_all",
    "refresh",
    "day_param",
    "is_postgresql",
]

# The marking triggers on PostgreSQL (table, trigger): a copy of a whole site
# (``store.transfer``) turns them off while it copies, since the summaries and marks
# travel with the rows.
PG_TRIGGERS = (
    ("visit", "report_visit_changed"),
    ("feedback", "report_feedback_changed"),
    ("purchase", "report_purchase_changed"),
    ("tier_result", "report_tier_result_changed"),
)
COUNTED = ("on_site", "done")  # a visit that happened (checked in, not cancelled)
_LOCK = 7_515_001  # pg_advisory_xact_lock: one refresh at a time across stations
_HOURS_PER_STEP = 96
_CUSTOMERS_PER_STEP = 1000
# More marked customers than this (a bulk load, the migration to v10): every customer is
# recomputed set-wise, ``_CUSTOMERS_PER_RANGE`` ids per transaction.
_BULK_CUSTOMERS = 20_000
_CUSTOMERS_PER_RANGE = 20_000
_HOUR = timedelta(hours=1)

DayStart = Callable[[date], datetime]
LocalDate = Callable[[datetime], date]


def is_postgresql() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def day_param(day: date) -> date | str:
    """A date as a query parameter (SQLite's DATE columns hold ISO text)."""
    return day if is_postgresql() else day.isoformat()


def _lock() -> None:
    if is_postgresql():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))


def _measures():
    """The summary's measures over visits LEFT JOIN feedback, in ``MEASURES`` order."""
    f = Feedback

    def total(column):
        return fn.COALESCE(fn.SUM(column), 0)

    return [
        fn.COUNT(Visit.id),
        fn.COUNT(f.id),
        total(f.overall),
        total(f.attitude),
        fn.COUNT(f.attitude),
        total(f.professionalism),
        fn.COUNT(f.professionalism),
        total(f.speed),
        fn.COUNT(f.speed),
        total(f.environment),
        fn.COUNT(f.environment),
        total(f.recommend),
        fn.COUNT(f.recommend),
        total(Case(None, [(f.recommend >= 9, 1)], 0)),
        total(Case(None, [(f.recommend <= 6, 1)], 0)),
    ]


def _recompute_day(day: date, day_start: DayStart) -> None:
    for model in (ReportVisitDay, ReportDay, ReportHostDay):
        model.delete().where(model.day == day).execute()
    host = fn.COALESCE(Visit.host_id, SQL("0"))
    station = fn.COALESCE(Visit.station_id, SQL("0"))
    visits = (
        Visit.select(
            Value(day_param(day)), Visit.purpose, Visit.category, host, station, *_measures()
        )
        .join(Feedback, JOIN.LEFT_OUTER, on=(Feedback.visit == Visit.id))
        .where(
            (Visit.check_in_at >= day_start(day))
            & (Visit.check_in_at < day_start(day + timedelta(days=1)))
            & Visit.status.in_(COUNTED)
        )
        .group_by(Visit.purpose, Visit.category, host, station)
    )
    v = ReportVisitDay
    keys = [v.day, v.purpose, v.category, v.host_id, v.station_id]
    v.insert_from(visits, keys + [getattr(v, m) for m in MEASURES]).execute()
    for model, group in ((ReportDay, ("purpose", "category")), (ReportHostDay, ("host_id",))):
        columns = [getattr(v, g) for g in group]
        sums = [fn.SUM(getattr(v, m)) for m in MEASURES]
        rolled = v.select(v.day, *columns, *sums).where(v.day == day).group_by(v.day, *columns)
        targets = [model.day] + [getattr(model, g) for g in group]
        model.insert_from(rolled, targets + [getattr(model, m) for m in MEASURES]).execute()


def _days_of(hours: Iterable[datetime], local_date: LocalDate) -> set[date]:
    days = set()
    for hour in hours:
        days.add(local_date(hour))
        days.add(local_date(hour + _HOUR - timedelta(microseconds=1)))
    return days


def _refresh_days(day_start: DayStart, local_date: LocalDate) -> int:
    done = 0
    while True:
        with database.atomic():
            _lock()
            hours = [
                row.hour
                for row in ReportDirtyHour.select()
                .order_by(ReportDirtyHour.hour)
                .limit(_HOURS_PER_STEP)
            ]
            if not hours:
                return done
            days = _days_of(hours, local_date)
            ReportDirtyHour.delete().where(ReportDirtyHour.hour.in_(hours)).execute()
            for day in sorted(days):
                # the day's other marked hours (wholly inside it) are done with it
                start, end = day_start(day), day_start(day + timedelta(days=1))
                ReportDirtyHour.delete().where(
                    (ReportDirtyHour.hour >= start) & (ReportDirtyHour.hour <= end - _HOUR)
                ).execute()
                _recompute_day(day, day_start)
            done += len(days)


def _first_visits(ids: list[int], local_date: LocalDate) -> list[dict]:
    """The first counted visit of each of ``ids`` that has one, with the days to its
    first purchase (positive amount) on or after that visit's local day."""
    first: dict[int, tuple] = {}
    visits = (
        Visit.select(
            Visit.customer_id,
            Visit.id,
            Visit.check_in_at,
            Visit.purpose,
            Visit.category,
            Visit.host_id,
            Visit.station_id,
        )
        .where(
            Visit.customer.in_(ids) & Visit.check_in_at.is_null(False) & Visit.status.in_(COUNTED)
        )
        .order_by(Visit.customer_id, Visit.check_in_at, Visit.id)
        .tuples()
    )
    for row in cast(Iterable[tuple], visits):
        first.setdefault(row[0], row)
    bought: dict[int, list[date]] = defaultdict(list)
    purchases = (
        Purchase.select(Purchase.customer_id, Purchase.purchased_on)
        .where(Purchase.customer.in_(list(first)) & (Purchase.amount_cents > 0))
        .tuples()
    )
    for customer_id, on in cast(Iterable[tuple], purchases):
        bought[customer_id].append(on if isinstance(on, date) else date.fromisoformat(on))
    rows = []
    for customer_id, (_, visit_id, at, purpose, category, host_id, station_id) in first.items():
        day = local_date(at)
        after = [(on - day).days for on in bought.get(customer_id, ()) if on >= day]
        rows.append(
            {
                "customer_id": customer_id,
                "visit_id": visit_id,
                "day": day_param(day),
                "purpose": purpose,
                "category": category,
                "host_id": host_id or 0,
                "station_id": station_id or 0,
                "bought_after_days": min(after) if after else None,
            }
        )
    return rows


def _first_visit_sql(mark: str) -> str:
    """Each customer's first counted visit in an id range (ties: the smaller id)."""
    where = (
        f"WHERE customer_id >= {mark} AND customer_id < {mark} AND check_in_at IS NOT NULL "
        "AND status IN ('on_site', 'done')"
    )
    columns = "purpose, category, COALESCE(host_id, 0), COALESCE(station_id, 0)"
    if is_postgresql():
        return (
            f"SELECT DISTINCT ON (customer_id) customer_id, id, check_in_at, {columns} "
            f"FROM visit {where} ORDER BY customer_id, check_in_at, id"
        )
    # SQLite takes the bare columns from the row that holds the MIN()
    return (
        f"SELECT customer_id, id, MIN(check_in_at), {columns} FROM visit {where} "
        "GROUP BY customer_id"
    )


def _rebuild_range(low: int, high: int, local_date: LocalDate) -> int:
    """Every customer with an id in ``low``..``high - 1``, recomputed set-wise (after a
    bulk load or a migration: most customers are marked)."""
    mark = "%s" if is_postgresql() else "?"
    firsts: dict[int, list] = {}
    for customer_id, visit_id, at, purpose, category, host_id, station_id in database.execute_sql(
        _first_visit_sql(mark), (low, high)
    ).fetchall():
        when = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        firsts[customer_id] = [
            customer_id,
            visit_id,
            local_date(when),
            purpose,
            category,
            host_id,
            station_id,
            None,
        ]
    purchases = database.execute_sql(
        f"SELECT customer_id, purchased_on FROM purchase WHERE customer_id >= {mark} "
        f"AND customer_id < {mark} AND amount_cents > 0",
        (low, high),
    ).fetchall()
    for customer_id, on in purchases:
        row = firsts.get(customer_id)
        if row is None:
            continue
        after = ((on if isinstance(on, date) else date.fromisoformat(on)) - row[2]).days
        if after >= 0 and (row[7] is None or after < row[7]):
            row[7] = after
    database.execute_sql(
        f"DELETE FROM report_first_visit WHERE customer_id >= {mark} AND customer_id < {mark}",
        (low, high),
    )
    if firsts:
        marks = ", ".join([mark] * 8)
        cursor = database.cursor()
        cursor.executemany(
            "INSERT INTO report_first_visit (customer_id, visit_id, day, purpose, category, "
            f"host_id, station_id, bought_after_days) VALUES ({marks})",
            [(*r[:2], day_param(r[2]), *r[3:]) for r in firsts.values()],
        )
    return len(firsts)


def _rebuild_customers(local_date: LocalDate) -> int:
    """Every customer from the lowest marked id to the highest, a range of ids per
    transaction (each range's rows replaced); the marks are dropped first."""
    with database.atomic():
        _lock()
        low, high = database.execute_sql(
            "SELECT MIN(customer_id), MAX(customer_id) FROM report_dirty_customer"
        ).fetchone()
        ReportDirtyCustomer.delete().execute()
    done = 0
    for start in range(low or 0, (high or -1) + 1, _CUSTOMERS_PER_RANGE):
        with database.atomic():
            _lock()
            done += _rebuild_range(start, start + _CUSTOMERS_PER_RANGE, local_date)
    return done


def _refresh_customers(local_date: LocalDate) -> int:
    if ReportDirtyCustomer.select().count() > _BULK_CUSTOMERS:
        return _rebuild_customers(local_date)
    done = 0
    while True:
        with database.atomic():
            _lock()
            ids = [
                row.customer_id
                for row in ReportDirtyCustomer.select()
                .order_by(ReportDirtyCustomer.customer_id)
                .limit(_CUSTOMERS_PER_STEP)
            ]
            if not ids:
                return done
            ReportDirtyCustomer.delete().where(ReportDirtyCustomer.customer_id.in_(ids)).execute()
            ReportFirstVisit.delete().where(ReportFirstVisit.customer_id.in_(ids)).execute()
            rows = _first_visits(ids, local_date)
            if rows:
                ReportFirstVisit.insert_many(rows).execute()
            done += len(ids)


def refresh(day_start: DayStart, local_date: LocalDate) -> tuple[int, int]:
    """Recompute every marked local day and customer; (days, customers) recomputed.
    ``day_start(day)``: the day's local midnight as an aware UTC time;
    ``local_date(at)``: the local day of an aware time."""
    return _refresh_days(day_start, local_date), _refresh_customers(local_date)


_MARK_ALL = (
    "INSERT INTO report_dirty_hour (hour) SELECT DISTINCT {hour} FROM visit "
    "WHERE check_in_at IS NOT NULL",
    "INSERT INTO report_dirty_customer (customer_id) SELECT DISTINCT customer_id "
    "FROM visit WHERE check_in_at IS NOT NULL",
)
# Marking every visit's hour and customer on PostgreSQL (a bulk loader runs these).
MARK_ALL_PG = tuple(
    s.format(hour="date_trunc('hour', check_in_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'")
    for s in _MARK_ALL
)
_MARK_ALL_SQLITE = tuple(
    s.format(hour="substr(check_in_at, 1, 13) || ':00:00.000000Z'") for s in _MARK_ALL
)


def mark_all() -> None:
    """Forget the summaries and mark every visit's hour and customer (after a bulk load
    with the triggers off, or when the computer's time zone changed): the next refresh
    recomputes everything."""
    with database.atomic():
        for model in (ReportVisitDay, ReportDay, ReportHostDay, ReportFirstVisit):
            model.delete().execute()
        ReportDirtyHour.delete().execute()
        ReportDirtyCustomer.delete().execute()
        for statement in MARK_ALL_PG if is_postgresql() else _MARK_ALL_SQLITE:
            database.execute_sql(statement)
