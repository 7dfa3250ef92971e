"""``receptionist`` and ``python -m receptionist``: the desk window, the kiosk, or a command.

Nothing is opened at import: the database is opened inside ``main`` and Qt is imported
only when a window is wanted, so the commands run without a display.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# Start-up allocates thousands of objects that live as long as the process (modules, Qt
# wrappers): cyclic collections meanwhile free nothing and cost ~30 ms of the desk's cold
# start (docs/performance.md). Collection resumes once the first frame is up
# (``ui.app.run``, ``ui.kiosk.app.run_kiosk``) or before a command runs (``cli.main``).
gc.disable()

from . import cli  # noqa: E402 - after the collector is paused


def _open_desk(db_path: str | None, lang: str | None, station: str | None = None) -> int:
    try:
        from .ui.app import run
    except ImportError as exc:
        print(f"The desk window cannot start: {exc}", file=sys.stderr)
        return 1
    return run(db_path, lang, station)


def _open_kiosk(db_path: str | None, lang: str | None, station: str | None = None) -> int:
    try:
        from .ui.kiosk.app import run_kiosk
    except ImportError as exc:
        print(f"The kiosk cannot start: {exc}", file=sys.stderr)
        return 1
    return run_kiosk(db_path, lang, station)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desk window (no command, or ``desk``), the kiosk (``kiosk``) or one command;
    the exit code."""
    return cli.main(argv, open_desk=_open_desk, open_kiosk=_open_kiosk)


if __name__ == "__main__":
    sys.exit(main())
