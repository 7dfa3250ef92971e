"""What can go wrong with the database file itself, as data: one stable code per fault,
each with an English sentence saying what happened and what to do.

``store`` is the only layer that knows SQLite's exceptions; it classifies a failure once
into a ``DatabaseFault`` with one of these codes. The desk and the kiosk translate the code
(``ui/common/labels.py::error_text``); the command line prints the English sentence and
exits with ``EXIT_CODE`` of the fault. Nothing here names a customer or a path.
"""

from __future__ import annotations

from .errors import DeskError

FAULT_MESSAGES: dict[str, str] = {
    "db_read_only": (
        "The database file is read-only, so nothing can be saved in it; make the file "
        "writable (or copy it to a folder you can write to) and try again."
    ),
    "db_folder_read_only": (
        "The folder or disk holding the database is read-only (the database also writes "
        "small files beside itself), so nothing can be saved; make it writable, or move "
        "the database to a writable folder, and try again."
    ),
    "db_disk_full": (
        "The disk holding the database is full, so nothing was saved; free some space on "
        "it and try again."
    ),
    "db_busy": (
        "Another desk, kiosk or program is writing to the database right now, so nothing "
        "was saved; try again in a moment."
    ),
    "db_io_error": (
        "The disk holding the database reported a read or write error, so nothing was "
        "saved; check the disk (or network drive) and try again."
    ),
    "db_damaged": (
        "The database file is damaged, so nothing will be written to it; restore it from "
        "a backup copy, or ask your administrator."
    ),
    "db_not_a_database": (
        "This file is not a Receptionist database (it is not a database file at all); "
        "check the path given with --db or RECEPTIONIST_DB."
    ),
    "db_empty_file": (
        "The database file is empty (0 bytes), perhaps from a copy that did not finish; "
        "restore it from a backup copy, or delete it to start a new, empty database."
    ),
    "db_not_ours": (
        "This database file belongs to another program, so it was left unchanged; check "
        "the path given with --db or RECEPTIONIST_DB."
    ),
    "db_cannot_open": (
        "The database file cannot be opened (a folder on the way is missing or not "
        "accessible); check the path given with --db or RECEPTIONIST_DB."
    ),
    "schema_newer": (
        "This database was written by a newer version of Receptionist; update the app to open it."
    ),
}

# Exit codes of the command line (documented in ``cli/main.py``): 3 the database cannot
# be used as it is (someone must act on the file, folder or disk); 4 it is busy, retrying
# later works.
EXIT_UNUSABLE = 3
EXIT_BUSY = 4


class DatabaseFault(DeskError):
    """The database file, its folder or its disk refused; nothing was changed."""

    code = "db_fault"

    def __init__(self, code: str) -> None:
        super().__init__(FAULT_MESSAGES[code], code=code)

    @property
    def temporary(self) -> bool:
        """True when the same request may work if it is simply tried again later."""
        return self.code == "db_busy"

    @property
    def exit_code(self) -> int:
        return EXIT_BUSY if self.temporary else EXIT_UNUSABLE
