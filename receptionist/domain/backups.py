"""Backups of an SQLite site: their file names and which of them to keep.

A backup's name carries when it was made (UTC) and the schema version it holds:
``receptionist-20261128T235209Z-v4.sqlite3`` (``.rcbk`` when encrypted with a passphrase).
A copy kept just before a restore ends in ``-before-restore``: rotation never removes it.

Rotation (``keep``) is the usual grandfather-father-son rule: the newest backup of each
of the last ``daily`` days that have one, of each of the last ``weekly`` ISO weeks and of
each of the last ``monthly`` months; the newest backup of all is always kept. Counting
days that *have* a backup (not calendar days back from now) means a desk left off for a
month does not lose every backup at its next start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PREFIX = "receptionist"
PLAIN_SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".rcbk"
BEFORE_RESTORE = "before-restore"
STAMP = "%Y%m%dT%H%M%SZ"
DAILY, WEEKLY, MONTHLY = 7, 4, 12
DUE_AFTER = timedelta(days=1)  # an automatic backup is due when the newest is this old

_NAME = re.compile(
    rf"^{PREFIX}-(?P<stamp>\d{{8}}T\d{{6}}Z)-v(?P<version>\d+)(?:-(?P<kind>{BEFORE_RESTORE}))?"
    rf"(?P<suffix>{re.escape(PLAIN_SUFFIX)}|{re.escape(ENCRYPTED_SUFFIX)})$"
)


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says about it."""

    made_at: datetime  # UTC
    version: int
    encrypted: bool
    before_restore: bool = False

    @property
    def file_name(self) -> str:
        kind = f"-{BEFORE_RESTORE}" if self.before_restore else ""
        suffix = ENCRYPTED_SUFFIX if self.encrypted else PLAIN_SUFFIX
        return f"{PREFIX}-{self.made_at.strftime(STAMP)}-v{self.version}{kind}{suffix}"


def parse_name(file_name: str) -> BackupName | None:
    """The backup a file name describes; None for any other file."""
    match = _NAME.match(file_name)
    if match is None:
        return None
    made_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    return BackupName(
        made_at,
        int(match["version"]),
        match["suffix"] == ENCRYPTED_SUFFIX,
        match["kind"] is not None,
    )


def _newest_per(
    times: list[datetime], period: Callable[[datetime], object], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[object] = set()
    for moment in times:  # newest first
        bucket = period(moment)
        if bucket in seen:
            continue
        if len(seen) == count:
            break
        seen.add(bucket)
        kept.add(moment)
    return kept


def keep(
    times: Iterable[datetime],
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> set[datetime]:
    """Which of the backups made at ``times`` (UTC) to keep; the others may go."""
    ordered = sorted(set(times), reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0]}
    kept |= _newest_per(ordered, lambda t: t.date(), daily)
    kept |= _newest_per(ordered, lambda t: t.isocalendar()[:2], weekly)
    kept |= _newest_per(ordered, lambda t: (t.year, t.month), monthly)
    return kept


def due(newest: datetime | None, now: datetime, every: timedelta = DUE_AFTER) -> bool:
    """True when an automatic backup should be made: none yet, or the newest is
    ``every`` old (a day by default; or from the future: a clock set back)."""
    return newest is None or not (now - every < newest <= now)
