"""What can go wrong with the database file itself: one stable code per fault (``db_...``
and ``schema_newer``), its sentence in the catalogue (``messages.py``).

``store`` is the only layer that knows SQLite's exceptions; it classifies a failure once
into a ``DatabaseFault`` with one of these codes. The desk and the kiosk translate the code
(``ui/common/labels.py::error_text``); the command line prints the English sentence and
exits with ``exit_code`` of the fault. Nothing here names a customer or a path.
"""

from __future__ import annotations

from typing import Any

from .errors import DeskError

# Exit codes of the command line (documented in ``cli/main.py``): 3 the database cannot
# be used as it is (someone must act on the file, folder or disk); 4 it is busy, retrying
# later works.
EXIT_UNUSABLE = 3
EXIT_BUSY = 4


# Faults that pass by themselves: another writer, a server that is restarting.
TEMPORARY = frozenset({"db_busy", "db_server_unreachable", "db_server_lost"})


class DatabaseFault(DeskError):
    """The database file, its folder or its disk refused; nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)

    @property
    def temporary(self) -> bool:
        """True when the same request may work if it is simply tried again later."""
        return self.code in TEMPORARY

    @property
    def server_gone(self) -> bool:
        """True when the database server cannot be reached (the desk shows a banner and
        reconnects by itself)."""
        return self.code in ("db_server_unreachable", "db_server_lost")

    @property
    def exit_code(self) -> int:
        return EXIT_BUSY if self.temporary else EXIT_UNUSABLE
