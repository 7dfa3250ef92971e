"""The dashboard's tier filter puts each visit on its local day by arithmetic (the zone's
offset looked up once per UTC day); it must agree, minute for minute, with the clock's
own local time in zones off by half or three quarters of an hour and across
daylight-saving switches, including switches at local midnight."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from receptionist.services import clock
from receptionist.store.reports import _LocalDays

# (zone, a day with a switch or an odd offset)
ZONES = [
    ("Asia/Shanghai", date(2026, 3, 10)),
    ("Asia/Kolkata", date(2026, 3, 12)),  # +5:30
    ("Asia/Kathmandu", date(2026, 3, 12)),  # +5:45
    ("Europe/Berlin", date(2026, 3, 29)),  # spring forward at 02:00
    ("Europe/Berlin", date(2026, 10, 25)),  # fall back at 03:00
    ("America/Sao_Paulo", date(2018, 11, 4)),  # forward at local midnight
    ("America/Sao_Paulo", date(2019, 2, 17)),  # back at local midnight: 23:00 twice
    ("America/St_Johns", date(2026, 11, 1)),  # -3:30, back at 02:00
    ("Australia/Lord_Howe", date(2026, 4, 5)),  # a half-hour switch
]


@pytest.fixture
def zone(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("name", "day"), ZONES)
def test_the_local_day_of_every_minute_is_the_clock_s(zone, name, day):
    zone(name)
    days = _LocalDays(clock.local)
    start = datetime.combine(day - timedelta(days=1), datetime.min.time(), UTC)
    first = int(start.timestamp()) // 60
    wrong = [
        minute
        for minute in range(first, first + 3 * 1440)  # the day before to the day after
        if days.of(minute) != clock.local(datetime.fromtimestamp(minute * 60, UTC)).date()
    ]
    assert wrong == []
