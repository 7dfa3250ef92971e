"""The dashboard's figures against values computed by hand from ``tests/reports_data.py``
(on SQLite and PostgreSQL), its filters, last year, empty periods and who may see it."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from receptionist.domain.errors import NotFound, Refused, ValidationError
from receptionist.domain.reports import custom_period, period_of
from receptionist.services import clock
from receptionist.services.report_views import DashboardFilters
from receptionist.services.reports import dashboard, report_period
from receptionist.store import report_summary
from receptionist.store.models import Feedback, ReportDirtyCustomer, Visit
from tests import reports_data, staffing

MARCH = custom_period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def shanghai(monkeypatch):
    """The local zone of the site: no daylight saving, so an hour is an hour."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def site(db, shanghai):
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    yield reports_data.build()
    clock.set_clock(None)


def _series(counts) -> dict[str, int]:
    return {s.key: s.total for s in counts}


def test_visits_by_purpose_category_and_day_with_last_year(site):
    board = dashboard(site.manager.id, MARCH)
    visits = board.visits.current
    assert visits.total == 6  # v6 cancelled and v8 planned do not count
    assert board.period.bucket == "day" and len(visits.buckets) == 31
    per_day = dict(zip(visits.buckets, visits.per_bucket, strict=True))
    assert {k: v for k, v in per_day.items() if v} == {
        date(2026, 3, 2): 2,
        date(2026, 3, 10): 2,
        date(2026, 3, 15): 1,
        date(2026, 3, 20): 1,
    }
    assert _series(visits.by_purpose) == {
        "sales": 3,
        "after_sales": 2,
        "complaint": 0,
        "relationship": 1,
    }
    assert _series(visits.by_category) == {"prospect": 4, "existing": 1, "vip": 1, "problem": 0}
    sales = next(s for s in visits.by_purpose if s.key == "sales")
    assert sales.counts[1] == 2 and sales.counts[14] == 1  # 2 and 15 March
    last = board.visits.last_year
    assert (last.period.start, last.period.end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert last.total == 2 and _series(last.by_purpose)["sales"] == 1
    assert board.visits.change == 2.0  # (6 - 2) / 2


def test_a_longer_period_is_counted_per_week(site):
    board = dashboard(site.manager.id, custom_period(date(2026, 2, 25), date(2026, 3, 31)))
    visits = board.visits.current
    assert board.period.bucket == "week"
    assert visits.buckets[0] == date(2026, 2, 23) and visits.buckets[-1] == date(2026, 3, 30)
    per_week = dict(zip(visits.buckets, visits.per_bucket, strict=True))
    assert per_week == {
        date(2026, 2, 23): 0,
        date(2026, 3, 2): 2,
        date(2026, 3, 9): 3,  # Tuesday the 10th twice, Sunday the 15th
        date(2026, 3, 16): 1,
        date(2026, 3, 23): 0,
        date(2026, 3, 30): 0,
    }
    trend = {p.bucket: (p.answers, p.overall) for p in board.satisfaction.trend}
    assert trend[date(2026, 3, 2)] == (2, 3.5) and trend[date(2026, 3, 9)] == (2, 3.5)
    # a host's or station's weeks are summed from its days (not in SQL): the same figures
    hu = dashboard(
        site.manager.id,
        custom_period(date(2026, 2, 25), date(2026, 3, 31)),
        DashboardFilters(host="Hu Host"),
    )
    assert hu.period.bucket == "week"
    hu_weeks = dict(zip(hu.visits.current.buckets, hu.visits.current.per_bucket, strict=True))
    assert hu_weeks == {
        date(2026, 2, 23): 0,
        date(2026, 3, 2): 1,
        date(2026, 3, 9): 2,
        date(2026, 3, 16): 0,
        date(2026, 3, 23): 0,
        date(2026, 3, 30): 0,
    }
    gold = dashboard(
        site.manager.id,
        custom_period(date(2026, 2, 25), date(2026, 3, 31)),
        DashboardFilters(tier="gold"),
    )
    assert (
        dict(zip(gold.visits.current.buckets, gold.visits.current.per_bucket, strict=True))[
            date(2026, 3, 9)
        ]
        == 2
    )


def test_satisfaction_averages_nps_trend_and_lowest_rated(site):
    sat = dashboard(site.manager.id, MARCH, min_answers=2).satisfaction
    avg = sat.averages
    assert avg.answers == 4
    assert (avg.overall, avg.attitude, avg.professionalism) == (3.5, 3.67, 3.5)
    assert (avg.speed, avg.environment, avg.recommend) == (1.0, 5.0, 7.25)
    assert (sat.nps.promoters, sat.nps.passives, sat.nps.detractors) == (2, 1, 1)
    assert sat.nps.score == 25.0
    trend = {p.bucket: p for p in sat.trend if p.answers}
    assert set(trend) == {date(2026, 3, 2), date(2026, 3, 10)}
    assert (trend[date(2026, 3, 2)].overall, trend[date(2026, 3, 2)].nps) == (3.5, 0.0)
    assert (trend[date(2026, 3, 10)].overall, trend[date(2026, 3, 10)].nps) == (3.5, 50.0)
    assert sat.min_answers == 2
    assert [(h.key, h.answers, h.overall) for h in sat.lowest_hosts] == [
        ("Ma Host", 2, 2.5),
        ("Hu Host", 2, 4.5),
    ]
    assert [c.text for c in sat.lowest_hosts[0].comments] == ["Slow"]
    assert [c.text for c in sat.lowest_hosts[1].comments] == ["OK", "Great"]  # newest first
    assert [(p.key, p.answers, p.overall) for p in sat.lowest_purposes] == [("sales", 2, 3.5)]
    slow = sat.lowest_purposes[0].comments[0]
    assert (slow.text, slow.host, slow.purpose, slow.overall) == ("Slow", "Ma Host", "sales", 2)


def test_purposes_with_fewer_answers_are_ranked_when_the_minimum_allows(site):
    sat = dashboard(site.manager.id, MARCH, min_answers=1).satisfaction
    assert [(p.key, p.overall) for p in sat.lowest_purposes] == [
        ("after_sales", 3.0),
        ("sales", 3.5),
        ("relationship", 4.0),
    ]
    assert sat.lowest_purposes[0].comments == ()  # v3's feedback has no comment


def test_complaints_opened_closed_overdue_and_time_per_step(site):
    c = dashboard(site.manager.id, MARCH).complaints
    assert (c.opened, c.closed, c.closed_resolved, c.resolved_share) == (3, 2, 2, 1.0)
    assert c.overdue == 1  # K2: open past its deadline
    assert (c.call_backs, c.call_backs_resolved) == (3, 2)
    assert [(s.step, s.done, s.mean_seconds) for s in c.steps] == [
        (1, 3, 4800.0),
        (2, 3, 315600.0),
        (3, 3, 58800.0),
        (4, 3, 82800.0),
        (5, 3, 86400.0),
    ]


def test_tiers_distribution_and_movements_between_the_last_two_periods(site):
    tiers = dashboard(site.manager.id, MARCH).tiers
    assert (tiers.period, tiers.previous_period) == ("2025", "2024")
    assert {t.tier: t.customers for t in tiers.distribution} == {
        "platinum": 0,
        "gold": 2,
        "iron": 1,
        "lead": 1,
    }
    assert tiers.moves == {"up": 1, "down": 1, "same": 1, "dropped": 1, "new": 1}
    matrix = {(m.from_tier, m.to_tier): m.customers for m in tiers.matrix}
    assert matrix == {
        ("lead", "iron"): 1,
        ("gold", "gold"): 1,
        ("platinum", "gold"): 1,
        (None, "lead"): 1,
        ("iron", None): 1,
    }


def test_follow_ups_done_and_overdue_per_staff_member(site):
    f = dashboard(site.manager.id, MARCH).follow_ups
    assert [(s.name, s.department, s.done, s.overdue) for s in f.staff] == [
        ("Hu Host", "Sales", 1, 1),
        (None, "", 0, 1),
    ]
    assert (f.done, f.overdue) == (1, 2)


def test_conversion_of_prospects_within_n_days(site):
    board = dashboard(site.manager.id, MARCH)
    conv = board.conversion
    assert (conv.within_days, conv.prospects, conv.bought, conv.rate) == (90, 2, 1, 0.5)
    longer = dashboard(site.manager.id, MARCH, conversion_days=150).conversion
    assert (longer.bought, longer.rate) == (2, 1.0)  # C2 bought 121 days after


@pytest.mark.parametrize(
    ("filters", "visits", "last_year"),
    [
        (DashboardFilters(purpose="sales"), 3, 1),
        (DashboardFilters(category="prospect"), 4, 1),
        (DashboardFilters(host="Hu Host"), 3, 1),
        (DashboardFilters(department="Service"), 3, 1),
        (DashboardFilters(station="Kiosk A"), 1, 0),
        (DashboardFilters(tier="gold"), 2, 1),  # C3 and C4 in the 2025 run
        (DashboardFilters(host="Hu Host", purpose="relationship"), 1, 0),
    ],
)
def test_filters_narrow_the_visits(site, filters, visits, last_year):
    board = dashboard(site.manager.id, MARCH, filters)
    assert board.visits.current.total == visits
    assert board.visits.last_year.total == last_year
    assert board.filters == filters


def test_filters_narrow_satisfaction_complaints_follow_ups_and_conversion(site):
    board = dashboard(site.manager.id, MARCH, DashboardFilters(host="Hu Host"), min_answers=1)
    assert board.satisfaction.averages.answers == 2  # v1 and v4
    assert board.satisfaction.averages.overall == 4.5
    assert [h.key for h in board.satisfaction.lowest_hosts] == ["Hu Host"]
    assert (board.complaints.opened, board.complaints.overdue) == (2, 1)  # K3, K4; K2
    assert [s.name for s in board.follow_ups.staff] == ["Hu Host"]
    assert (board.conversion.prospects, board.conversion.bought) == (1, 1)  # C1
    gold = dashboard(site.manager.id, MARCH, DashboardFilters(tier="gold"))
    assert gold.satisfaction.averages.answers == 2  # v3 and v4
    assert gold.satisfaction.averages.overall == 3.5
    assert gold.conversion.prospects == 0
    last = gold.visits.last_year  # March 2025: lv2 of C3 (gold), not lv1 of C5 (iron)
    assert last.total == 1 and _series(last.by_purpose)["after_sales"] == 1
    assert _series(last.by_category) == {"prospect": 0, "existing": 1, "vip": 0, "problem": 0}


def test_the_tier_filter_s_comments_are_its_visits_comments_newest_first(site):
    # the tier's visits are read once (sums and comments together): the comments are
    # those the same filter gives one host or purpose at a time, newest first
    from receptionist.store import reports as store

    gold = dashboard(site.manager.id, MARCH, DashboardFilters(tier="gold"), min_answers=1)
    flt = store.ReportFilter(tier_run_id=site.run_2025, tier="gold")
    since, until = clock.local_day_start(MARCH.start), clock.local_day_start(date(2026, 4, 1))
    seen = 0
    for low in (*gold.satisfaction.lowest_hosts, *gold.satisfaction.lowest_purposes):
        which = {"host_id": low.host_id} if low.host_id else {"purpose": low.key}
        expected = store.comments(since, until, flt, limit=3, **which)
        assert [(c.at, c.purpose, c.overall, c.text) for c in low.comments] == [
            (at, purpose, overall, text) for at, _h, purpose, overall, text in expected
        ]
        seen += len(low.comments)
    assert seen  # the tier has comments in March


def test_the_tier_filter_puts_a_visit_on_its_local_day_half_an_hour_off_utc(site, monkeypatch):
    # Kolkata is UTC+5:30: a visit at 00:15 local is at 18:45 UTC the day before, in an
    # hour of UTC that starts on the day before locally
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    v3 = Visit.get_by_id(site.v3)  # C3: gold in the 2025 run
    Visit.create(
        code="KOLKATA-1",
        customer=v3.customer_id,
        purpose="sales",
        flow="initial",
        category="existing",
        status="done",
        station="desk",
        check_in_at=reports_data.at(date(2026, 3, 12), 0, 15),
    )
    for filters in (None, DashboardFilters(tier="gold")):
        visits = dashboard(site.manager.id, MARCH, filters).visits.current
        per_day = dict(zip(visits.buckets, visits.per_bucket, strict=True))
        assert (per_day[date(2026, 3, 11)], per_day[date(2026, 3, 12)]) == (0, 1)


def test_an_unknown_name_in_a_filter_is_refused(site):
    for filters in (
        DashboardFilters(host="Nobody"),
        DashboardFilters(department="Nowhere"),
        DashboardFilters(station="No such desk"),
    ):
        with pytest.raises(NotFound) as info:
            dashboard(site.manager.id, MARCH, filters)
        assert info.value.code == "report_filter_unknown"
    with pytest.raises(ValidationError):
        dashboard(site.manager.id, MARCH, DashboardFilters(purpose="shopping"))


def test_an_empty_period_has_zeros_and_no_division_by_zero(site):
    board = dashboard(site.manager.id, custom_period(date(2019, 1, 1), date(2019, 12, 31)))
    assert board.period.bucket == "week"
    assert board.visits.current.total == 0 and board.visits.change is None
    sat = board.satisfaction
    assert sat.averages.answers == 0 and sat.averages.overall is None
    assert sat.nps.score is None and sat.lowest_hosts == () and sat.lowest_purposes == ()
    assert board.complaints.resolved_share is None
    assert all(s.mean_seconds is None for s in board.complaints.steps)
    assert board.conversion.rate is None
    assert board.to_json()["visits"]["change"] is None


def test_the_figures_follow_every_change_to_the_visits(site):
    """The summaries are kept by triggers: a feedback, a cancel and a moved visit show at
    once, whoever wrote them."""
    manager = site.manager.id
    assert dashboard(manager, MARCH).visits.current.total == 6
    Feedback.create(
        visit=site.v5, overall=1, recommend=0, comment="", source="kiosk", entered_at=clock.now()
    )
    Visit.update(status="cancelled").where(Visit.id == site.v7).execute()
    Visit.update(host=site.h2.id).where(Visit.id == site.v4).execute()
    board = dashboard(manager, MARCH, min_answers=1)
    assert board.visits.current.total == 5
    assert board.satisfaction.averages.answers == 5
    assert board.satisfaction.nps.detractors == 2
    hosts = {h.key: (h.answers, h.overall) for h in board.satisfaction.lowest_hosts}
    assert hosts == {"Hu Host": (2, 3.0), "Ma Host": (3, 3.0)}
    Visit.delete().where(Visit.id == site.v5).execute()
    assert dashboard(manager, MARCH).visits.current.total == 4


def test_rebuilding_every_summary_gives_the_same_figures(site, monkeypatch):
    """After a bulk load (everything marked) the customers are recomputed set-wise, a
    range of ids at a time: the figures are the same as the row-by-row refresh's."""
    board = dashboard(site.manager.id, MARCH, min_answers=1).to_json()
    # marks on some customers only (the lowest stays as it is): the rows of customers
    # outside the marked range are kept, those inside recomputed
    ReportDirtyCustomer.insert_many([{"customer_id": site.c3}, {"customer_id": site.c5}]).execute()
    monkeypatch.setattr(report_summary, "_BULK_CUSTOMERS", 0)
    assert dashboard(site.manager.id, MARCH, min_answers=1).to_json() == board
    report_summary.mark_all()
    monkeypatch.setattr(report_summary, "_CUSTOMERS_PER_RANGE", 2)
    again = dashboard(site.manager.id, MARCH, min_answers=1).to_json()
    assert again == board
    assert again["conversion"]["prospects"] == 2


def test_periods_and_the_same_period_last_year(site):
    assert report_period("week") == period_of("week", date(2026, 3, 20))
    week = report_period("week")
    assert (week.start, week.end) == (date(2026, 3, 16), date(2026, 3, 22))
    board = dashboard(site.manager.id, week)
    assert (board.last_year.start, board.last_year.end) == (date(2025, 3, 17), date(2025, 3, 23))
    assert board.visits.current.total == 1  # v7, on site today
    today = dashboard(site.manager.id, report_period("today"))
    assert today.visits.current.total == 1 and len(today.visits.current.buckets) == 1


@pytest.mark.parametrize("role", ["receptionist", "host"])
def test_receptionists_and_hosts_are_refused(site, role):
    who = staffing.add(f"A {role}", "", role)
    with pytest.raises(Refused):
        dashboard(who.id, MARCH)


def test_an_admin_sees_the_dashboard(site):
    admin = staffing.add("Ada Admin", "", "admin")
    assert dashboard(admin.id, MARCH).visits.current.total == 6


def test_to_json_names_every_figure(site):
    data = dashboard(site.manager.id, MARCH).to_json()
    assert set(data) == {
        "period",
        "last_year",
        "filters",
        "computed_at",
        "visits",
        "satisfaction",
        "complaints",
        "tiers",
        "follow_ups",
        "conversion",
    }
    assert data["satisfaction"]["nps"]["score"] == 25.0
    assert data["visits"]["current"]["buckets"][0] == "2026-03-01"
    assert os.environ["TZ"] == "Asia/Shanghai"


def test_the_tier_filter_sums_each_measure_as_the_summaries_do(site):
    # the tier's visits are summed in Python, a row per visit; every measure must be what
    # the summaries' SQL (``_measures``, grouped) gives for the same visits
    from peewee import JOIN

    from receptionist.store import reports as store
    from receptionist.store.models import MEASURES, TierResult

    since, until = clock.local_day_start(MARCH.start), clock.local_day_start(date(2026, 4, 1))
    every = [0] * len(MEASURES)
    for tier in ("gold", "iron", "lead"):  # the 2025 run: C3, C4 / C1 / C2
        flt = store.ReportFilter(tier_run_id=site.run_2025, tier=tier)
        rows, _said = store.tier_visits(since, until, flt, clock.local)
        got = [sum(row[4 + i] for row in rows) for i in range(len(MEASURES))]
        of_tier = TierResult.select(TierResult.customer_id).where(
            (TierResult.run_id == site.run_2025) & (TierResult.tier == tier)
        )
        expected = (
            Visit.select(*report_summary._measures())
            .join(Feedback, JOIN.LEFT_OUTER, on=(Feedback.visit == Visit.id))
            .where(
                (Visit.check_in_at >= since)
                & (Visit.check_in_at < until)
                & Visit.status.in_(report_summary.COUNTED)
                & Visit.customer_id.in_(of_tier)
            )
            .tuples()
            .get()
        )
        assert got == [int(v) for v in expected], tier
        counted, _ = store.tier_visits(since, until, flt, clock.local, counts_only=True)
        assert sum(row[4] for row in counted) == got[0]
        every = [a + b for a, b in zip(every, got, strict=True)]
    # the fixture gives every measure something to count: none is checked as 0 = 0
    assert all(every), dict(zip(MEASURES, every, strict=True))
