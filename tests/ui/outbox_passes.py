"""The outbox sender as the UI tests drive it: timers that never fire by themselves, and
one pass run now with its result (issue 14)."""

from __future__ import annotations

from receptionist.ui.common.outbox_sender import OutboxSender, PassResult, Timing

WAIT_MS = 10_000
HOUR_MS = 60 * 60 * 1000
NEVER = Timing(
    pass_ms=HOUR_MS,
    notices_first_ms=HOUR_MS,
    notices_ms=HOUR_MS,
    cleanup_first_ms=HOUR_MS,
    cleanup_ms=HOUR_MS,
    retry_ms=HOUR_MS,
)


def run(qtbot, sender: OutboxSender) -> PassResult:
    """One pass, driven now; its result."""
    with qtbot.waitSignal(sender.finished, timeout=WAIT_MS) as blocker:
        sender.run_pass()
    return blocker.args[0]
