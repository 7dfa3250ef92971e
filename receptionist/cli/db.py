"""The database from the command line, for the site's administrator (docs/multi-desk.md):

- ``db init URL``: create (on a server, when the user may) and migrate a database;
- ``db migrate --to URL``: copy the site's database (``--db`` / ``RECEPTIONIST_DB``) into
  an empty PostgreSQL database, in one transaction, every table verified;
- ``db check``: backend, place, schema version and row counts, read only.

Nobody signs in (``signs_in=False``): whoever can open the database with its own
credentials (the file's permissions, the server's login) may run them.

These verbs open their databases themselves (``opens_db=False``): ``init`` names its own,
``migrate`` must not create a missing source file, ``check`` must not migrate. A
password is never printed: places are shown as ``Location.display`` shows them.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..domain.errors import DeskError
from ..domain.faults import DatabaseFault
from ..services import database
from . import output as out
from .common import json_flag

if TYPE_CHECKING:
    from ..services.db_admin import MigrateReport, TableReport

CHECKSUM_SHOWN = 16  # hex digits of a checksum in the table (JSON has all 64)


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "db",
        parents=[common],
        help="the database: create one, move a site onto a PostgreSQL server, check one",
        description="the database: create one, move a site onto a PostgreSQL server, "
        "check one (docs/multi-desk.md). Nobody signs in: the database's own "
        "credentials (the file's permissions, the server's login) are the proof.",
    )
    p.set_defaults(func=None, writes=False, signs_in=False)
    db_sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    q = db_sub.add_parser(
        "init",
        parents=[common],
        help="create and migrate the database at URL (postgresql://..., sqlite:///PATH "
        "or a path); says so when it is already current",
    )
    q.set_defaults(func=_init, writes=False, opens_db=False)
    q.add_argument("url", metavar="URL")
    q = db_sub.add_parser(
        "migrate",
        parents=[common],
        help="copy the site's database (--db) into the empty PostgreSQL database at "
        "URL, in one transaction, and verify every table (rows and checksum)",
    )
    q.set_defaults(func=_migrate, writes=False, opens_db=False)
    q.add_argument("--to", dest="target", required=True, metavar="URL")
    json_flag(q)
    q = db_sub.add_parser(
        "check",
        parents=[common],
        help="backend, place, schema version and row counts of the database (read only)",
    )
    q.set_defaults(func=_check, writes=False, opens_db=False)
    json_flag(q)


def _about(err: DeskError, prefix: str) -> DeskError:
    """``err`` with what was being done before its sentence."""
    err.message = f"{prefix}: {err.message}"
    return err


def _init(args: argparse.Namespace) -> str:
    from ..services import db_admin  # psycopg loads only for these commands

    shown = database.resolve(args.url).display
    try:
        done = db_admin.init(args.url)
    except DeskError as err:
        raise _about(err, f"Cannot initialise {shown}") from None
    if done.already_current:
        return f"{done.where} is already at schema version {done.version}; nothing to do."
    if done.version_before:
        return (
            f"{done.where}: migrated from schema version {done.version_before} to {done.version}."
        )
    made = "Created the database and its schema" if done.database_created else "Created the schema"
    return f"{made} (version {done.version}): {done.where}"


def _migrate(args: argparse.Namespace) -> str:
    from ..services import db_admin

    target = database.resolve(args.target).display
    try:  # a bad target is refused before anything is opened
        db_admin.migration_target(args.target)
    except DeskError as err:
        raise _about(err, f"Cannot copy into {target}") from None
    source = database.resolve(args.db).display
    try:
        db_admin.open_source(args.db)
    except DeskError as err:
        raise _about(err, f"Cannot open the site's database {source}") from None
    try:
        report = db_admin.migrate_to(args.target, _progress)
    except DeskError as err:
        raise _about(err, f"Cannot copy into {target}") from None
    text = _migrate_json(report) if args.json else _migrate_text(report)
    if not report.ok:
        out.emit(text)
        raise DatabaseFault("db_copy_mismatch")
    return text


def _progress(table: TableReport) -> None:
    verdict = "match" if table.match else "NO MATCH"
    print(
        f"{table.table}: {table.rows:,} rows copied and checked, {verdict} ({table.seconds:.1f} s)",
        file=sys.stderr,
        flush=True,
    )


def _short(checksum: str) -> str:
    return checksum[:CHECKSUM_SHOWN]


def _migrate_text(report: MigrateReport) -> str:
    rows = []
    for t in report.tables:
        count = str(t.rows) if t.rows == t.target_rows else f"{t.rows} (server {t.target_rows})"
        checksum = _short(t.checksum)
        if t.checksum != t.target_checksum:
            checksum += f" (server {_short(t.target_checksum)})"
        rows.append([t.table, count, checksum, "yes" if t.match else "NO"])
    if report.ok:
        head = (
            f"Copied {report.source} into {report.target} (schema version {report.version}) "
            f"in {report.seconds:.1f} s; every table matches."
        )
    else:
        head = (
            f"Rolled back: the copy of {report.source} into {report.target} did not "
            "match, and nothing was kept on the server."
        )
    return head + "\n" + out.table(["table", "rows", "checksum", "match"], rows)


def _migrate_json(report: MigrateReport) -> str:
    return out.to_json(
        {
            "source": report.source,
            "target": report.target,
            "schema_version": report.version,
            "ok": report.ok,
            "seconds": round(report.seconds, 3),
            "tables": [
                {
                    "table": t.table,
                    "rows": t.rows,
                    "checksum": t.checksum,
                    "match": t.match,
                    "target_rows": t.target_rows,
                    "target_checksum": t.target_checksum,
                }
                for t in report.tables
            ],
        }
    )


def _check(args: argparse.Namespace) -> str:
    from ..services import db_admin

    shown = database.resolve(args.db).display
    try:
        report = db_admin.check(args.db)
    except DeskError as err:
        raise _about(err, f"Cannot check the database {shown}") from None
    if args.json:
        return out.to_json(
            {
                "backend": report.backend,
                "where": report.where,
                "schema_version": report.version,
                "latest_version": report.latest,
                "tables": [{"table": name, "rows": rows} for name, rows in report.tables],
            }
        )
    version = f"{report.version} (this app: {report.latest})"
    if report.version < report.latest:
        version += "; a station migrates it when it next opens it"
    facts = [("backend", report.backend), ("where", report.where), ("schema version", version)]
    head = "\n".join(f"{label:<15} {value}" for label, value in facts)
    counts = out.table(["table", "rows"], [[name, str(rows)] for name, rows in report.tables])
    return head + "\n\n" + counts
