"""The dashboard's queries: sums from the summaries (``store.report_summary`` keeps them)
and the few small tables read directly (complaints, follow-ups, tier runs).

Which table answers: without a host, department, station or tier filter the roll-ups
(``report_day``: a few rows a day; ``report_host_day``); with a host, department or
station filter the full summary (``report_visit_day``, by host through its index); with a
tier filter the visits themselves (a tier is the customer's, which no summary holds;
read a visit at a time and put on local days here).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from peewee import JOIN, SQL, Case, Expression, fn

from .models import (
    MEASURES,
    Feedback,
    ReportDay,
    ReportFirstVisit,
    ReportHostDay,
    ReportTierMove,
    ReportVisitDay,
    Staff,
    Station,
    TierResult,
    TierRun,
    Visit,
)
from .report_summary import COUNTED, day_param, is_postgresql

__all__ = [
    "ReportFilter",
    "comments",
    "conversion",
    "day_rows",
    "host_rows",
    "staff_ids",
    "tier_visits",
    "station_id",
    "tier_moves",
    "current_runs",
]

Row = tuple  # (key..., *measures) in ``MEASURES`` order
LocalDate = Callable[[datetime], date]
LocalTime = Callable[[datetime], datetime]


@dataclass(frozen=True)
class ReportFilter:
    """What the figures are narrowed to (None: anything). ``host_ids``: a host, or the
    staff of a department; ``tier_run_id`` with ``tier``: customers at that tier in that
    run."""

    purpose: str | None = None
    category: str | None = None
    host_ids: tuple[int, ...] | None = None
    station_id: int | None = None
    tier_run_id: int | None = None
    tier: str | None = None

    @property
    def by_tier(self) -> bool:
        return self.tier is not None

    @property
    def by_place(self) -> bool:
        """A filter that only the full summary answers (host, department, station)."""
        return self.host_ids is not None or self.station_id is not None


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _summary_where(model: Any, start: date, end: date, flt: ReportFilter):
    cond = (model.day >= day_param(start)) & (model.day <= day_param(end))
    if flt.purpose is not None:
        cond &= model.purpose == flt.purpose
    if flt.category is not None:
        cond &= model.category == flt.category
    if flt.host_ids is not None:
        cond &= _host_in(model.host_id, flt.host_ids)
    if flt.station_id is not None:
        cond &= model.station_id == flt.station_id
    return cond


# Up to this many hosts are read through ``report_visit_day(host_id, day)``; a department
# of more is read along the days (SQLite at 1 M customers, 21 hosts of 57: 160 ms by the
# index, 54 ms along the days).
_HOSTS_BY_INDEX = 4


def _host_in(column: Any, host_ids: tuple[int, ...]) -> Any:
    if len(host_ids) <= _HOSTS_BY_INDEX or is_postgresql():
        return column.in_(host_ids or (-1,))
    return (column + 0).in_(host_ids)  # "+ 0": not by the index


def _sums(model: Any) -> list:
    return [fn.SUM(getattr(model, m)) for m in MEASURES]


def _visit_where(since: datetime, until: datetime, flt: ReportFilter):
    # With a tier the tier's customers drive (their visits by ``visit_customer_visits``):
    # the status is kept off its own index, else SQLite reads the year's
    # million visits by ``visit(status, check_in_at)`` (gold: 742 ms against 102 ms).
    # PostgreSQL's planner, with its statistics, needs no such hint.
    status = Visit.status.concat("") if flt.by_tier and not is_postgresql() else Visit.status
    cond = (Visit.check_in_at >= since) & (Visit.check_in_at < until) & status.in_(COUNTED)
    if flt.purpose is not None:
        cond &= Visit.purpose == flt.purpose
    if flt.category is not None:
        cond &= Visit.category == flt.category
    if flt.host_ids is not None:
        cond &= Visit.host.in_(flt.host_ids or (-1,))
    if flt.station_id is not None:
        cond &= Visit.station_id == flt.station_id
    return cond


def _tier_customers(flt: ReportFilter) -> Any:
    t = TierResult
    return t.select(t.customer_id).where(
        (t.run_id == (flt.tier_run_id or -1)) & (t.tier == flt.tier)
    )


def _in_tier(customer: Any, flt: ReportFilter) -> Any:
    """The tier filter as ``customer IN (the tier's customers)``: they drive the query.
    PostgreSQL gets ``= ANY(ARRAY(…))``: with ``IN`` its planner prefers a parallel scan
    of the whole year's visits with a hash join (1 M customers, a year of gold: 280 ms
    against 70 ms by ``visit_customer_visits``)."""
    if not flt.by_tier:
        return True
    if is_postgresql():
        return customer == fn.ANY(fn.ARRAY(_tier_customers(flt)))
    return customer.in_(_tier_customers(flt))


def _of_tier(customer: Any, flt: ReportFilter) -> Any:
    """The tier filter as a check of each row (EXISTS): the query keeps its own order."""
    if not flt.by_tier:
        return True
    t = TierResult
    return fn.EXISTS(
        t.select(SQL("1")).where(
            (t.run_id == (flt.tier_run_id or -1))
            & (t.customer_id == customer)
            & (t.tier == flt.tier)
        )
    )


TierComment = tuple[datetime, int | None, str, int, str]


_M = {name: i for i, name in enumerate(MEASURES)}
_RATED = tuple(
    (_M[f"{name}_sum"], _M[f"{name}_n"])
    for name in ("attitude", "professionalism", "speed", "environment", "recommend")
)


_F = 5  # where a tier visit's feedback starts in its row (after id, minute, purpose,
# category, host): id, overall, attitude, professionalism, speed, environment, recommend,
# comment, check-in time (these two only with a comment)


def _add_feedback(total: list[int], row: tuple) -> None:
    """One tier visit's row added to its summary row, as ``_measures`` counts it in SQL
    (the feedback's id None: no feedback, the visit alone)."""
    total[_M["visits"]] += 1
    if row[_F] is None:
        return
    total[_M["feedback"]] += 1
    total[_M["overall_sum"]] += row[_F + 1]
    for i, (at_sum, at_n) in enumerate(_RATED, _F + 2):
        value = row[i]
        if value is not None:
            total[at_sum] += value
            total[at_n] += 1
    recommend = row[_F + 6]
    if recommend is not None and recommend >= 9:
        total[_M["promoters"]] += 1
    elif recommend is not None and recommend <= 6:
        total[_M["detractors"]] += 1


class _LocalDays:
    """The local day of a UTC minute (minutes since 1970), by arithmetic: the zone's
    offset is looked up once per UTC day, and a UTC day in which the offset changes
    (a daylight-saving switch) asks ``local`` minute by minute. A local day starts on a
    whole minute in every zone, also those half or three quarters of an hour off UTC."""

    _EPOCH = date(1970, 1, 1).toordinal()

    def __init__(self, local: LocalTime) -> None:
        self._local = local
        self._offsets: dict[int, int | None] = {}  # UTC day -> offset in minutes

    def _offset(self, utc_day: int) -> int | None:
        first = self._local(datetime.fromtimestamp(utc_day * 86_400, UTC)).utcoffset()
        last = self._local(datetime.fromtimestamp(utc_day * 86_400 + 86_340, UTC)).utcoffset()
        if first is None or first != last:
            return None
        return int(first.total_seconds()) // 60

    def of(self, minute: int) -> date:
        utc_day = minute // 1440
        if utc_day not in self._offsets:
            self._offsets[utc_day] = self._offset(utc_day)
        offset = self._offsets[utc_day]
        if offset is None:
            return self._local(datetime.fromtimestamp(minute * 60, UTC)).date()
        return date.fromordinal(self._EPOCH + (minute + offset) // 1440)


def tier_visits(
    since: datetime,
    until: datetime,
    flt: ReportFilter,
    local: LocalTime,
    limit: int = 5000,
    *,
    counts_only: bool = False,
) -> tuple[list[tuple], list[TierComment]]:
    """The tier's visits in the span, read once (its customers drive): (day, purpose,
    category, host_id, *measures) for ``day_rows`` and ``host_rows``, and every comment
    (check-in time, host id, purpose, overall, comment; at most ``limit``), newest first.
    ``local``: a UTC time in the site's zone (days are local days). ``counts_only``: the
    visits alone (every other measure 0, no comments), for the year before, whose
    feedback the dashboard does not show.

    The visits come from ``visit_customer_visits`` alone (it carries every column read
    here), their feedback by its visit: a row per visit (one feedback at most), summed
    here rather than grouped in SQL (a temporary B-tree for 8,000 rows: 56 -> 37 ms)."""
    f = Feedback
    # The check-in's UTC minute as minutes since 1970: an integer is cheaper for the
    # driver than a time (8,000 rows a year of gold), and its local day is arithmetic.
    # The time of a visit itself only where it has a comment.
    minute = (
        fn.floor(fn.date_part("epoch", Visit.check_in_at) / 60).cast("bigint")
        if is_postgresql()
        else fn.strftime("%s", fn.substr(Visit.check_in_at, 1, 16)).cast("INTEGER") / 60
    )
    where = _visit_where(since, until, flt) & _in_tier(Visit.customer_id, flt)
    keys = (Visit.id, minute, Visit.purpose, Visit.category, Visit.host_id)
    query: Any = (
        Visit.select(*keys).where(where)
        if counts_only
        else Visit.select(
            *keys,
            f.id,
            f.overall,
            f.attitude,
            f.professionalism,
            f.speed,
            f.environment,
            f.recommend,
            Case(None, [(f.comment != "", f.comment)], None),
            Case(None, [(f.comment != "", Visit.check_in_at)], None),
        )
        .join(f, JOIN.LEFT_OUTER, on=(f.visit == Visit.id))
        .where(where)
    )
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(MEASURES))
    days = _LocalDays(local)
    said: list[tuple[datetime, int, TierComment]] = []
    # the rows as the driver gives them (a visit each: peewee's conversions cost more
    # than the query); the time of comments only
    for row in Visit._meta.database.execute_sql(*query.sql()).fetchall():
        total = sums[(days.of(row[1]), row[2], row[3], row[4] or 0)]
        if counts_only:
            total[_M["visits"]] += 1
            continue
        _add_feedback(total, row)
        if row[_F + 7]:  # a comment
            at = cast(datetime, Visit.check_in_at.python_value(row[_F + 8]))
            said.append((at, row[0], (at, row[4], row[2], row[_F + 1], row[_F + 7])))
    said.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [(*key, *values) for key, values in sums.items()], [s[2] for s in said[:limit]]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_of(column: Any) -> Any:
    """The Monday of a DATE column's week, in SQL."""
    if is_postgresql():
        return fn.date_trunc(SQL("'week'"), column).cast("date")
    # (peewee's ``%`` is GLOB: the modulo spelt out)
    weekday = Expression(fn.strftime("%w", column).cast("INTEGER") + 6, "%", 7)
    return fn.date(column, fn.printf("-%d days", weekday))


def day_rows(
    start: date,
    end: date,
    flt: ReportFilter,
    weekly: bool = False,
    tier_rows: list[tuple] | None = None,
    *,
    counts_only: bool = False,
) -> list[Row]:
    """(day, purpose, category, *measures) for the local days ``start``..``end``;
    ``weekly``: summed per week, ``day`` its Monday. With a tier filter, from
    ``tier_rows`` (``tier_visits``). ``counts_only``: the visits alone (every other
    measure 0), for the year before, whose feedback the dashboard does not show (a
    department's year on SQLite: 56 -> 28 ms)."""
    if flt.by_tier:
        merged: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(MEASURES))
        for day, purpose, category, _host, *values in tier_rows or ():
            if start <= day <= end:
                total = merged[(_monday(day) if weekly else day, purpose, category)]
                for i, value in enumerate(values):
                    total[i] += value
        return [(*key, *values) for key, values in merged.items()]
    model: Any = ReportVisitDay if flt.by_place else ReportDay
    # Weeks in SQL from ``report_day`` (a few rows a day: the whole history's 29,000 day
    # rows are 4,000 week rows); from ``report_visit_day`` (200,000 rows a year) the
    # Monday of every row costs more than summing its days here (a department's year on
    # SQLite: 108 -> 75 ms).
    in_sql = weekly and not flt.by_place
    bucket = _week_of(model.day) if in_sql else model.day
    sums = [fn.SUM(model.visits)] if counts_only else _sums(model)
    query = (
        model.select(bucket, model.purpose, model.category, *sums)
        .where(_summary_where(model, start, end, flt))
        .group_by(bucket, model.purpose, model.category)
    )
    # the driver's rows (peewee's conversions cost a third of the query: 5,000 rows of
    # a department's year), each day's text converted once
    days: dict[Any, date] = {}
    width = len(MEASURES)
    summed: dict[tuple, list[int]] = defaultdict(lambda: [0] * width)
    for d, p, c, *values in model._meta.database.execute_sql(*query.sql()).fetchall():
        day = days.get(d)
        if day is None:
            day = days[d] = _monday(_day(d)) if weekly and not in_sql else _day(d)
        total = summed[(day, p, c)]
        for i, value in enumerate(values):
            total[i] += int(value or 0)
    return [(*key, *values) for key, values in summed.items()]


def host_rows(
    start: date,
    end: date,
    flt: ReportFilter,
    tier_rows: list[tuple] | None = None,
) -> list[Row]:
    """(host_id, *measures) per host (0: visits without a host) over the days (with a
    tier filter, from ``tier_rows``)."""
    if flt.by_tier:
        merged: dict[int, list[int]] = defaultdict(lambda: [0] * len(MEASURES))
        for day, _p, _c, host_id, *values in tier_rows or ():
            if start <= day <= end:
                total = merged[host_id]
                for i, value in enumerate(values):
                    total[i] += value
        return [(host_id, *values) for host_id, values in merged.items()]
    narrow = flt.purpose is None and flt.category is None and flt.station_id is None
    model: Any = ReportHostDay if narrow else ReportVisitDay
    cond = (model.day >= day_param(start)) & (model.day <= day_param(end))
    if narrow and flt.host_ids is not None:
        cond &= model.host_id.in_(flt.host_ids or (-1,))
    elif not narrow:
        cond = _summary_where(model, start, end, flt)
    query = model.select(model.host_id, *_sums(model)).where(cond).group_by(model.host_id)
    return [(h, *(int(v or 0) for v in values)) for h, *values in query.tuples()]


def comments(
    since: datetime,
    until: datetime,
    flt: ReportFilter,
    *,
    host_id: int | None = None,
    purpose: str | None = None,
    limit: int = 3,
) -> list[tuple[datetime, int | None, str, int, str]]:
    """The latest visits' comments (check-in time, host id, purpose, overall, comment) of
    one host or one purpose, newest first."""
    query: Any = Visit.select(
        Visit.check_in_at, Visit.host_id, Visit.purpose, Feedback.overall, Feedback.comment
    ).join(Feedback, on=(Feedback.visit == Visit.id))
    cond = _visit_where(since, until, flt) & (Feedback.comment != "")
    cond &= _of_tier(Visit.customer_id, flt)
    if host_id is not None:
        cond &= Visit.host == host_id if host_id else Visit.host.is_null()
    if purpose is not None:
        cond &= Visit.purpose == purpose
    rows = query.where(cond).order_by(Visit.check_in_at.desc(), Visit.id.desc()).limit(limit)
    return list(rows.tuples())


def conversion(start: date, end: date, flt: ReportFilter, within_days: int) -> tuple[int, int]:
    """(prospects whose first visit is in the days, those of them who bought within
    ``within_days`` days of it)."""
    r = ReportFirstVisit
    cond = (r.category == "prospect") & (r.day >= day_param(start)) & (r.day <= day_param(end))
    if flt.purpose is not None:
        cond &= r.purpose == flt.purpose
    if flt.category is not None and flt.category != "prospect":
        return 0, 0
    if flt.host_ids is not None:
        cond &= r.host_id.in_(flt.host_ids or (-1,))
    if flt.station_id is not None:
        cond &= r.station_id == flt.station_id
    bought = fn.SUM(Case(None, [(r.bought_after_days <= within_days, 1)], 0))
    query: Any = r.select(fn.COUNT(r.customer_id), bought).where(
        cond & _in_tier(r.customer_id, flt)
    )
    prospects, converted = query.tuples().get()
    return int(prospects or 0), int(converted or 0)


def staff_ids(*, name: str | None = None, department: str | None = None) -> tuple[int, ...]:
    """Staff (active or not) by exact name or department."""
    cond = Staff.name == name if name is not None else Staff.department == department
    return tuple(s.id for s in Staff.select(Staff.id).where(cond).order_by(Staff.id))


def staff_names(ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (name, department)."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    query = Staff.select(Staff.id, Staff.name, Staff.department).where(Staff.id.in_(wanted))
    return {i: (n, d) for i, n, d in cast(Iterable[tuple], query.tuples())}


def station_id(name: str) -> int | None:
    row = Station.get_or_none(Station.name == name)
    return None if row is None else row.id


def current_runs() -> list[TierRun]:
    """Every period's result in force, the period that ends last first."""
    return list(
        TierRun.select()
        .where(TierRun.current == True)  # noqa: E712 - SQL
        .order_by(TierRun.ends_on.desc(), TierRun.id.desc())
    )


def tier_moves(from_run_id: int, to_run_id: int) -> list[tuple[str, str, int]]:
    """(tier before, tier after, customers) between two runs ("": none; ``from_run_id``
    0: no run before), counted once per pair and kept (``ReportTierMove``)."""
    m = ReportTierMove
    cond = (m.from_run_id == from_run_id) & (m.to_run_id == to_run_id)
    rows: list[tuple] = list(
        cast(Any, m.select(m.from_tier, m.to_tier, m.customers).where(cond).tuples())
    )
    if rows:
        return [(a, b, n) for a, b, n in rows if n]
    a, b = TierResult.alias("a"), TierResult.alias("b")
    moves: dict[tuple[str, str], int] = {}
    after = (
        b.select(fn.COALESCE(a.tier, SQL("''")), b.tier, fn.COUNT(b.customer_id))
        .join(a, JOIN.LEFT_OUTER, on=((a.customer_id == b.customer_id) & (a.run_id == from_run_id)))
        .where(b.run_id == to_run_id)
        .group_by(fn.COALESCE(a.tier, SQL("''")), b.tier)
        .tuples()
    )
    for old, new, count in cast(Iterable[tuple], after):
        moves[(old, new)] = int(count)
    if from_run_id:
        dropped = (
            a.select(a.tier, fn.COUNT(a.customer_id))
            .where(
                (a.run_id == from_run_id)
                & ~fn.EXISTS(
                    b.select(b.customer_id).where(
                        (b.run_id == to_run_id) & (b.customer_id == a.customer_id)
                    )
                )
            )
            .group_by(a.tier)
            .tuples()
        )
        for old, count in cast(Iterable[tuple], dropped):
            moves[(old, "")] = int(count)
    with m._meta.database.atomic():
        m.delete().where(cond).execute()
        rows = [(old, new, n) for (old, new), n in sorted(moves.items())]
        # an empty pair is kept as one row of 0, so it is not counted again
        m.insert_many(
            [
                {
                    "from_run_id": from_run_id,
                    "to_run_id": to_run_id,
                    "from_tier": o,
                    "to_tier": t,
                    "customers": n,
                }
                for o, t, n in rows or [("", "", 0)]
            ]
        ).execute()
    return rows
