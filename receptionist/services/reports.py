"""The manager's dashboard (issue 15): every figure for a period and a filter, in one call.

``dashboard(actor_id, period, filters)`` (Permission.REPORTS: managers and admins) returns
a ``report_views.Dashboard``. Visits and satisfaction come from the summaries of
``store.report_summary`` (refreshed first: a few milliseconds after a day at the desk),
complaints, follow-ups and tiers from their own tables. Local days are the computer's.

What each filter narrows:
- visits, satisfaction, conversion: the visit's purpose, its category (as tagged at the
  visit), its host, the host's department (now), its station; tier: the customer's tier
  in the tier run that covers the period's last day (else the latest run ended before it;
  no run: nobody).
- complaints: purpose, category and station of the visit the complaint is about (one
  without a visit is left out when any of them is set); host and department: its handler.
- follow-ups: purpose, category and station of the visit it came from; host and
  department: its assignee.
- tiers: not filtered (the whole customer base's result in force).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from ..domain import reports as rules
from ..domain import tiers as tier_rules
from ..domain.enums import Category, Purpose
from ..domain.errors import NotFound, ValidationError
from ..domain.roles import Permission
from ..store import report_records, report_summary
from ..store import reports as store
from ..store.models import MEASURES
from ..store.reports import ReportFilter
from . import clock
from .access import authorize
from .report_views import (
    CommentView,
    ComplaintFigures,
    ConversionFigures,
    CountSeries,
    Dashboard,
    DashboardFilters,
    FollowUpFigures,
    LowRated,
    NpsView,
    PeriodView,
    RatingAverages,
    Satisfaction,
    StaffFollowUps,
    StepTime,
    TierCount,
    TierFigures,
    TierMoveCount,
    TrendPoint,
    VisitCounts,
    VisitFigures,
)

__all__ = [
    "CONVERSION_DAYS",
    "MIN_ANSWERS",
    "dashboard",
    "report_period",
    "refresh_summaries",
]

CONVERSION_DAYS = 90  # a prospect "bought" with a purchase within this many days
CONVERSION_DAYS_MAX = 3660
MIN_ANSWERS = 5  # a host or purpose needs this much feedback to be ranked
LOWEST = 5  # how many lowest-rated hosts and purposes
COMMENTS = 3  # the latest comments shown for each
_M = {name: i for i, name in enumerate(MEASURES)}


def report_period(
    kind: str = "month", start: date | None = None, end: date | None = None
) -> rules.ReportPeriod:
    """The period the dashboard shows: ``kind`` today | week | month | quarter | year
    around today's local date, or custom (``start`` and ``end``, both included; either one
    given alone makes a custom period from or to today)."""
    today = clock.local(clock.now()).date()
    if start is not None or end is not None or kind == rules.PeriodKind.CUSTOM:
        return rules.custom_period(start or today, end or today)
    try:
        return rules.period_of(kind, today)
    except ValueError:
        raise ValidationError("report_period_invalid", field="period") from None


def refresh_summaries(actor_id: int) -> tuple[int, int]:
    """Bring the dashboard's summaries up to date now (days, customers recomputed);
    ``dashboard`` does it by itself, this is for a job or a benchmark."""
    authorize(actor_id, Permission.REPORTS)
    return _refresh()


def refresh_scheduled() -> tuple[int, int]:
    """The desk's daily job: the summaries brought up to date in the background, so the
    first dashboard after a bulk load or an upgrade does not wait for it (no person
    acts; short transactions, see ``store.report_summary``)."""
    return _refresh()


def _refresh() -> tuple[int, int]:
    return report_summary.refresh(clock.local_day_start, lambda at: clock.local(at).date())


def _window(start: date, end: date) -> tuple[datetime, datetime]:
    return clock.local_day_start(start), clock.local_day_start(end + timedelta(days=1))


def _local_date(at: datetime) -> date:
    return clock.local(at).date()


def _tier_run_for(period: rules.ReportPeriod) -> int | None:
    runs = store.current_runs()
    covering = [r for r in runs if r.starts_on <= period.end <= r.ends_on]
    if covering:
        return min(covering, key=lambda r: ((r.ends_on - r.starts_on).days, -r.id)).id
    before = [r for r in runs if r.ends_on < period.end]
    return before[0].id if before else None


def _resolve(filters: DashboardFilters, period: rules.ReportPeriod) -> ReportFilter:
    purpose = category = tier = None
    try:
        purpose = Purpose(filters.purpose).value if filters.purpose else None
        category = Category(filters.category).value if filters.category else None
        tier = tier_rules.Tier(filters.tier).value if filters.tier else None
    except ValueError:
        raise ValidationError("report_filter_unknown", field="filters") from None
    host_ids: tuple[int, ...] | None = None
    if filters.host:
        host_ids = store.staff_ids(name=filters.host)
        if not host_ids:
            raise NotFound("report_filter_unknown", field="host")
    if filters.department:
        in_department = store.staff_ids(department=filters.department)
        if not in_department:
            raise NotFound("report_filter_unknown", field="department")
        host_ids = tuple(i for i in in_department if host_ids is None or i in host_ids)
    station = None
    if filters.station:
        station = store.station_id(filters.station)
        if station is None:
            raise NotFound("report_filter_unknown", field="station")
    return ReportFilter(
        purpose=purpose,
        category=category,
        host_ids=host_ids,
        station_id=station,
        tier_run_id=_tier_run_for(period) if tier else None,
        tier=tier,
    )


def _period_view(period: rules.ReportPeriod) -> PeriodView:
    return PeriodView(str(period.kind), period.start, period.end, str(period.bucket))


# -- visits ----------------------------------------------------------------------------------


def _visit_counts(period: rules.ReportPeriod, bucket: rules.Bucket, rows: list) -> VisitCounts:
    buckets = rules.bucket_starts(period.start, period.end, bucket)
    index = {b: i for i, b in enumerate(buckets)}
    per_bucket = [0] * len(buckets)
    by_purpose = {p.value: [0] * len(buckets) for p in Purpose}
    by_category = {c.value: [0] * len(buckets) for c in Category}
    for day, purpose, category, *values in rows:
        i = index[rules.bucket_start(day, bucket)]
        visits = values[_M["visits"]]
        per_bucket[i] += visits
        by_purpose.setdefault(purpose, [0] * len(buckets))[i] += visits
        by_category.setdefault(category, [0] * len(buckets))[i] += visits

    def series(counts: dict[str, list[int]]) -> tuple[CountSeries, ...]:
        return tuple(CountSeries(k, tuple(v), sum(v)) for k, v in counts.items())

    return VisitCounts(
        _period_view(period),
        tuple(buckets),
        tuple(per_bucket),
        series(by_purpose),
        series(by_category),
        sum(per_bucket),
    )


# -- satisfaction ----------------------------------------------------------------------------


def _add(total: list[int], values) -> None:
    for i, value in enumerate(values):
        total[i] += value


def _averages(m: list[int]) -> RatingAverages:
    feedback = m[_M["feedback"]]
    return RatingAverages(
        answers=feedback,
        overall=rules.mean(m[_M["overall_sum"]], feedback),
        attitude=rules.mean(m[_M["attitude_sum"]], m[_M["attitude_n"]]),
        professionalism=rules.mean(m[_M["professionalism_sum"]], m[_M["professionalism_n"]]),
        speed=rules.mean(m[_M["speed_sum"]], m[_M["speed_n"]]),
        environment=rules.mean(m[_M["environment_sum"]], m[_M["environment_n"]]),
        recommend=rules.mean(m[_M["recommend_sum"]], m[_M["recommend_n"]]),
    )


def _nps(m: list[int]) -> NpsView:
    answers, promoters, detractors = (
        m[_M["recommend_n"]],
        m[_M["promoters"]],
        m[_M["detractors"]],
    )
    passives = answers - promoters - detractors
    score = rules.nps(promoters, detractors, answers)
    return NpsView(answers, promoters, passives, detractors, score)


def _ranked(totals: dict, min_answers: int) -> list:
    """Keys with at least ``min_answers`` feedback, lowest mean overall first."""
    ok = [(k, m) for k, m in totals.items() if m[_M["feedback"]] >= max(1, min_answers)]
    ok.sort(key=lambda km: (km[1][_M["overall_sum"]] / km[1][_M["feedback"]], str(km[0])))
    return ok[:LOWEST]


def _satisfaction(
    period: rules.ReportPeriod,
    rows: list,
    flt: ReportFilter,
    min_answers: int,
    tier_rows: list | None,
    tier_said: list | None,
) -> Satisfaction:
    bucket = period.bucket
    buckets = rules.bucket_starts(period.start, period.end, bucket)
    size = len(MEASURES)
    whole = [0] * size
    per_bucket = {b: [0] * size for b in buckets}
    per_purpose: dict[str, list[int]] = defaultdict(lambda: [0] * size)
    for day, purpose, _category, *values in rows:
        _add(whole, values)
        _add(per_bucket[rules.bucket_start(day, bucket)], values)
        _add(per_purpose[purpose], values)
    since, until = _window(period.start, period.end)
    hosts = {h: list(v) for h, *v in store.host_rows(period.start, period.end, flt, tier_rows)}
    low_hosts = _ranked({h: m for h, m in hosts.items() if h}, min_answers)
    names = store.staff_names(h for h, _ in low_hosts)
    pool = tier_said if flt.by_tier else None

    def comments(**which) -> tuple[CommentView, ...]:
        if pool is None:
            rows = store.comments(since, until, flt, limit=COMMENTS, **which)
        else:
            rows = [
                r
                for r in pool
                if ("host_id" not in which or r[1] == which["host_id"])
                and ("purpose" not in which or r[2] == which["purpose"])
            ][:COMMENTS]
        known = store.staff_names({r[1] for r in rows if r[1]})
        return tuple(
            CommentView(at, known[host][0] if host in known else None, purpose, overall, text)
            for at, host, purpose, overall, text in rows
        )

    def low(key: str, host: int | None, m: list[int], **which) -> LowRated:
        overall = rules.mean(m[_M["overall_sum"]], m[_M["feedback"]])
        return LowRated(key, host, m[_M["feedback"]], overall, comments(**which))

    return Satisfaction(
        averages=_averages(whole),
        nps=_nps(whole),
        trend=tuple(
            TrendPoint(
                b,
                m[_M["feedback"]],
                rules.mean(m[_M["overall_sum"]], m[_M["feedback"]]),
                rules.nps(m[_M["promoters"]], m[_M["detractors"]], m[_M["recommend_n"]]),
            )
            for b, m in per_bucket.items()
        ),
        min_answers=min_answers,
        lowest_hosts=tuple(low(names.get(h, ("", ""))[0], h, m, host_id=h) for h, m in low_hosts),
        lowest_purposes=tuple(
            low(p, None, m, purpose=p) for p, m in _ranked(dict(per_purpose), min_answers)
        ),
    )


# -- complaints, follow-ups, tiers, conversion -------------------------------------------


def _complaints(period: rules.ReportPeriod, flt: ReportFilter) -> ComplaintFigures:
    since, until = _window(period.start, period.end)
    counts = report_records.complaint_counts(since, until, clock.now(), flt)
    spent: dict[int, list[float]] = {step: [] for step in range(1, 6)}
    call_backs = confirmed = 0
    for opened_at, events in report_records.complaint_events(since, until, flt).values():
        for at, step, seconds in rules.step_times(opened_at, events):
            if since <= at < until and step in spent:
                spent[step].append(seconds)
        in_span = [
            r
            for at, step, action, r in events
            if step == 5 and action == "done" and since <= at < until
        ]
        call_backs += len(in_span)
        confirmed += sum(1 for r in in_span if r)
    return ComplaintFigures(
        opened=counts["opened"],
        closed=counts["closed"],
        closed_resolved=counts["closed_resolved"],
        resolved_share=rules.ratio(counts["closed_resolved"], counts["closed"]),
        overdue=counts["overdue"],
        call_backs=call_backs,
        call_backs_resolved=confirmed,
        steps=tuple(
            StepTime(step, len(times), rules.mean(sum(times), len(times), 0))
            for step, times in spent.items()
        ),
    )


def _follow_ups(period: rules.ReportPeriod, flt: ReportFilter) -> FollowUpFigures:
    since, until = _window(period.start, period.end)
    today = clock.local(clock.now()).date()
    counts = report_records.follow_up_counts(since, until, today, flt)
    names = store.staff_names(counts)
    rows = [
        StaffFollowUps(
            staff_id or None,
            names.get(staff_id, (None, ""))[0],
            names.get(staff_id, (None, ""))[1],
            done,
            overdue,
        )
        for staff_id, (done, overdue) in counts.items()
    ]
    rows.sort(key=lambda r: (-r.overdue, -r.done, r.name is None, r.name or ""))
    return FollowUpFigures(tuple(rows), sum(r.done for r in rows), sum(r.overdue for r in rows))


def _tiers() -> TierFigures:
    runs = store.current_runs()
    if not runs:
        return TierFigures(None, None, tuple(TierCount(t.value, 0) for t in tier_rules.TIER_ORDER))
    latest = runs[0]
    period = tier_rules.parse_period(latest.period, tier_rules.QUARTER)
    before_label = tier_rules.previous_period(period).label
    before = next((r for r in runs if r.period == before_label), None)
    moves = store.tier_moves(before.id if before else 0, latest.id)
    per_tier: dict[str, int] = defaultdict(int)
    kinds = {k: 0 for k in (tier_rules.UP, tier_rules.DOWN, tier_rules.SAME)}
    kinds.update({tier_rules.DROPPED: 0, tier_rules.NEW: 0})
    for old, new, count in moves:
        if new:
            per_tier[new] += count
        kind = tier_rules.movement(old or None, new or None)
        if kind is not None and before is not None:
            kinds[kind] += count
    return TierFigures(
        period=latest.period,
        previous_period=before.period if before else None,
        distribution=tuple(TierCount(t.value, per_tier[t.value]) for t in tier_rules.TIER_ORDER),
        moves=kinds if before else {},
        matrix=tuple(TierMoveCount(o or None, n or None, c) for o, n, c in moves) if before else (),
    )


def _conversion(period: rules.ReportPeriod, flt: ReportFilter, days: int) -> ConversionFigures:
    prospects, bought = store.conversion(period.start, period.end, flt, days)
    return ConversionFigures(days, prospects, bought, rules.ratio(bought, prospects))


# -- the dashboard ---------------------------------------------------------------------------


def dashboard(
    actor_id: int,
    period: rules.ReportPeriod,
    filters: DashboardFilters | None = None,
    *,
    conversion_days: int = CONVERSION_DAYS,
    min_answers: int = MIN_ANSWERS,
) -> Dashboard:
    """Every figure of the dashboard for ``period`` (``report_period``) narrowed by
    ``filters`` (names; an unknown host, department or station is refused with
    ``report_filter_unknown``), with the same period last year beside the visits.
    Prospects count as converted with a purchase within ``conversion_days`` days of their
    first visit; hosts and purposes are ranked with ``min_answers`` feedback or more.
    Reads only (its summaries are brought up to date first); call it off the GUI thread."""
    authorize(actor_id, Permission.REPORTS)
    if not 0 <= conversion_days <= CONVERSION_DAYS_MAX:
        raise ValidationError(
            "conversion_days_invalid", field="days", shortest=0, longest=CONVERSION_DAYS_MAX
        )
    filters = filters or DashboardFilters()
    flt = _resolve(filters, period)
    _refresh()
    last = rules.last_year(period)
    bucket = period.bucket
    weekly = bucket is rules.Bucket.WEEK
    tier_rows = last_tier_rows = tier_said = None
    if flt.by_tier:  # the visits themselves, once per period
        tier_rows, tier_said = store.tier_visits(
            *_window(period.start, period.end), flt, clock.local
        )
        last_tier_rows, _ = store.tier_visits(
            *_window(last.start, last.end), flt, clock.local, counts_only=True
        )  # the year before: its visits only
    rows = store.day_rows(period.start, period.end, flt, weekly, tier_rows)
    last_rows = store.day_rows(last.start, last.end, flt, weekly, last_tier_rows, counts_only=True)
    current = _visit_counts(period, bucket, rows)
    before = _visit_counts(last, bucket, last_rows)
    change = rules.ratio(current.total - before.total, before.total)
    return Dashboard(
        period=_period_view(period),
        last_year=_period_view(last),
        filters=filters,
        computed_at=clock.now(),
        visits=VisitFigures(current, before, change),
        satisfaction=_satisfaction(period, rows, flt, min_answers, tier_rows, tier_said),
        complaints=_complaints(period, flt),
        tiers=_tiers(),
        follow_ups=_follow_ups(period, flt),
        conversion=_conversion(period, flt, conversion_days),
    )
