"""The backups' names and the rotation rule, on fixed times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from receptionist.domain import backups


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def test_a_name_says_when_which_schema_and_whether_sealed():
    name = backups.BackupName(at("2026-11-28", 23), 4, encrypted=True)
    assert name.file_name == "receptionist-20261128T230000Z-v4.rcbk"
    assert backups.parse_name(name.file_name) == name
    plain = backups.BackupName(at("2026-01-02", 3), 12, False, before_restore=True)
    assert plain.file_name == "receptionist-20260102T030000Z-v12-before-restore.sqlite3"
    assert backups.parse_name(plain.file_name) == plain


def test_other_files_are_not_backups():
    for other in (
        "receptionist.sqlite3",
        "receptionist-20261128T230000Z-v4.sqlite3.partial",
        "notes-20261128T230000Z-v4.sqlite3",
        "receptionist-2026-11-28-v4.sqlite3",
    ):
        assert backups.parse_name(other) is None


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly():
    newest = at("2026-11-28", 2)
    times = [newest - timedelta(days=n) for n in range(400)]
    kept = backups.keep(times)
    days = sorted((t.date() for t in kept), reverse=True)
    assert days[:7] == [(newest - timedelta(days=n)).date() for n in range(7)]
    # weekly: the newest of each of the last 4 ISO weeks (this one, then their Sundays)
    for sunday in ("2026-11-22", "2026-11-15", "2026-11-08"):
        assert at(sunday, 2).date() in days
    assert at("2026-11-01", 2).date() not in days  # a fifth week back, same month
    # monthly: the newest of each of the last 12 months, back to December 2025
    assert at("2026-10-31", 2).date() in days and at("2025-12-31", 2).date() in days
    assert at("2025-11-30", 2).date() not in days
    assert len(kept) == len(set(days)) <= 7 + 4 + 12
    assert min(days) == at("2025-12-31").date()


def test_several_backups_a_day_keep_the_newest_of_each_day():
    times = [at("2026-11-28", h) for h in (1, 9, 17)] + [at("2026-11-27", h) for h in (8, 20)]
    assert backups.keep(times) == {at("2026-11-28", 17), at("2026-11-27", 20)}


def test_a_desk_left_off_for_months_keeps_its_old_backups():
    times = [at("2026-01-10") - timedelta(days=n) for n in range(10)]
    assert len(backups.keep(times, daily=7, weekly=0, monthly=0)) == 7
    assert backups.keep([]) == set()


def test_a_backup_is_due_when_the_newest_is_a_day_old_or_missing():
    now = at("2026-11-28", 12)
    assert backups.due(None, now)
    assert not backups.due(now - timedelta(hours=23), now)
    assert backups.due(now - timedelta(days=1), now)
    assert backups.due(now + timedelta(hours=2), now)  # from the future: a clock set back
