"""Refusals counted in a sliding window: after ``limit`` refusals within ``window``, a
pause of ``pause`` during which everything is refused (the kiosk's check-out codes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class RefusalWindow:
    limit: int
    window: timedelta
    pause: timedelta
    _times: list[datetime] = field(default_factory=list)
    _paused_until: datetime | None = None

    def paused_until(self, now: datetime) -> datetime | None:
        """The end of the pause, while one lasts."""
        until = self._paused_until
        return until if until is not None and until > now else None

    def refused(self, now: datetime) -> datetime | None:
        """Count one refusal at ``now``; the end of the pause it starts, if it does."""
        self._times = [t for t in self._times if now - t < self.window] + [now]
        if len(self._times) < self.limit:
            return None
        self._times = []
        self._paused_until = now + self.pause
        return self._paused_until
