"""The sentences of Settings → Database: what a "Test connection" found, and where the
database open now came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DeskError
from ...domain.location import Location
from ...services.database import ConnectionReport
from ..common.labels import error_text
from .database_location import Source

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def report_text(outcome: object) -> tuple[str, bool]:
    """One sentence for a test's outcome (a ``ConnectionReport``, a refusal, or None when
    the test itself failed), and whether it is bad news."""
    if isinstance(outcome, DeskError):
        return error_text(outcome), True
    if not isinstance(outcome, ConnectionReport):
        return translate(
            "DatabaseReport", "The test could not be finished; the log file says why."
        ), True
    if outcome.backend == "postgresql":
        return _server_text(outcome)
    return _file_text(outcome)


def _server_text(report: ConnectionReport) -> tuple[str, bool]:
    values = {
        "version": report.server_version,
        "found": report.schema_version,
        "latest": report.latest,
    }
    if not report.ours:
        text = translate(
            "DatabaseReport",
            "Connected to PostgreSQL {version}, but this database holds another program's "
            "tables, so Receptionist will not use it; choose another database name.",
        )
        return text.format(**values), True
    if report.newer:
        text = translate(
            "DatabaseReport",
            "Connected to PostgreSQL {version}, but this database was written by a newer "
            "version of Receptionist (schema version {found}); update the app on this "
            "computer first.",
        )
        return text.format(**values), True
    if report.empty:
        text = translate(
            "DatabaseReport",
            "Connected to PostgreSQL {version}. The database is empty: Receptionist "
            "creates its tables when it first starts with it.",
        )
    elif report.schema_version != report.latest:
        text = translate(
            "DatabaseReport",
            "Connected to PostgreSQL {version}: a Receptionist database at schema version "
            "{found}, updated to version {latest} when the app starts with it.",
        )
    else:
        text = translate(
            "DatabaseReport",
            "Connected to PostgreSQL {version}: a Receptionist database, schema version {found}.",
        )
    return text.format(**values), False


def _file_text(report: ConnectionReport) -> tuple[str, bool]:
    values = {"found": report.schema_version, "latest": report.latest}
    if not report.ours:
        text = translate(
            "DatabaseReport",
            "This file holds another program's tables, so Receptionist will not use it; "
            "choose another file.",
        )
        return text, True
    if report.newer:
        text = translate(
            "DatabaseReport",
            "This file was written by a newer version of Receptionist (schema version "
            "{found}); update the app on this computer first.",
        )
        return text.format(**values), True
    if not report.exists:
        text = translate(
            "DatabaseReport",
            "There is no file there yet: a new, empty database is created there when the "
            "app starts.",
        )
    elif report.empty:
        text = translate(
            "DatabaseReport",
            "The file is an empty database: Receptionist creates its tables when it first "
            "starts with it.",
        )
    elif report.schema_version != report.latest:
        text = translate(
            "DatabaseReport",
            "A Receptionist database file at schema version {found}; a backup copy is made "
            "and it is updated to version {latest} when the app starts with it.",
        )
    else:
        text = translate("DatabaseReport", "A Receptionist database file, schema version {found}.")
    return text.format(**values), False


def source_text(source: Source | None, saved: Location | None, current: Location | None) -> str:
    """Where the database open now came from, and what the next start opens when the
    saved location is another one."""
    said = (
        {
            Source.OPTION: translate(
                "DatabaseReport",
                "Given with --db when the app was started; --db wins over this tab.",
            ),
            Source.ENVIRONMENT: translate(
                "DatabaseReport",
                "Given by RECEPTIONIST_DB on this computer; it wins over this tab.",
            ),
            Source.SETTINGS: translate("DatabaseReport", "Saved in this tab."),
            Source.DEFAULT: translate(
                "DatabaseReport",
                "This computer's own database file (nothing is saved in this tab).",
            ),
        }.get(source, "")
        if source is not None
        else ""
    )
    moving = saved is not None and current is not None and saved != current
    if moving and source in (Source.SETTINGS, Source.DEFAULT):
        assert saved is not None
        said += " " + translate(
            "DatabaseReport",
            "From the next start this station uses {location}: restart the app to use it.",
        ).format(location=saved.display)
    return said.strip()
