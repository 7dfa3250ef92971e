"""Backups of an SQLite site from the command line (``services/backup.py``):

- ``backup [--out FILE] [--dir DIR] [--passphrase-stdin]``: a checked copy of the site's
  database into its backups folder (rotated) or ``--out``; sealed with a passphrase from
  stdin or ``RECEPTIONIST_BACKUP_PASSPHRASE``;
- ``restore FILE [--yes] [--passphrase-stdin]``: checks the file first (a damaged, foreign,
  wrong-passphrase or newer-schema file is refused with exit 3 and nothing is written),
  asks unless ``--yes``, keeps the current database as a ``before-restore`` copy, puts the
  backup in place and opens it the normal way (migrating it).

Both open the database themselves (``opens_db=False``): ``restore`` must not open, and so
migrate, the database it is about to replace. Both sign their user in first, on the
site's database, when it exists (``restore``: when it is at this app's schema version).
A PostgreSQL site is refused with exit 2: its server's tools back it up
(docs/multi-desk.md).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..domain.errors import DeskError
from ..domain.roles import Permission
from ..services import backup as backups
from . import output as out
from .common import json_flag


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help="a checked copy of the site's SQLite database into its backups folder "
        "(rotated: 7 daily, 4 weekly, 12 monthly) or --out FILE",
    )
    p.set_defaults(
        func=_backup,
        writes=False,
        opens_db=False,
        before_sign_in=_sqlite_site,
        requires=Permission.BACKUPS,
    )
    p.add_argument("--out", metavar="FILE", help="write the backup here (not rotated)")
    p.add_argument(
        "--dir",
        metavar="DIR",
        help="the backups folder (default: $RECEPTIONIST_BACKUP_DIR, else backups/ next "
        "to the database)",
    )
    _passphrase_flag(p, "encrypt the backup with a passphrase read from stdin")
    json_flag(p)
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup FILE in place of the site's SQLite database (the current one "
        "is kept in the backups folder first)",
    )
    p.set_defaults(
        func=_restore,
        writes=False,
        opens_db=False,
        before_sign_in=_replaced_site,
        requires=Permission.BACKUPS,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask first")
    p.add_argument("--dir", metavar="DIR", help="the backups folder (as for backup)")
    _passphrase_flag(p, "the encrypted backup's passphrase, read from stdin")
    json_flag(p)


def _passphrase_flag(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"{text} (else $RECEPTIONIST_BACKUP_PASSPHRASE, when set)",
    )


def _sqlite_site(args: argparse.Namespace) -> None:
    """``backup``: a server site is sent to the server's tools before anyone signs in;
    where no database file exists nobody signs in (opening would create an empty one)
    and the backup says it is missing."""
    args.signs_in = backups.database_file(args.place).exists()


def _replaced_site(args: argparse.Namespace) -> None:
    """``restore``: the user signs in on the database about to be replaced when it is one
    this app can open without migrating it (at this app's schema version). A missing,
    damaged, foreign or older file cannot be signed in to without changing it: then,
    as for ``db`` verbs, whoever may write its folder may put a backup in its place."""
    from ..services import db_admin  # psycopg loads only for this command

    path = backups.database_file(args.place)
    try:
        seen = db_admin.check(str(path)) if path.exists() else None
    except DeskError:
        seen = None
    args.signs_in = seen is not None and seen.version == seen.latest


def _passphrase(args: argparse.Namespace) -> str | None:
    if not args.passphrase_stdin:
        return backups.env_passphrase()
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Backup passphrase: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _backup(args: argparse.Namespace) -> str:
    backups.database_file(args.place)  # a server site is refused before stdin is read
    done = backups.backup(args.place, args.out, args.dir, _passphrase(args))
    made = done.backup
    if args.json:
        return out.to_json(
            {
                "file": str(made.path),
                "made_at": made.made_at.isoformat(),
                "schema_version": made.version,
                "encrypted": made.encrypted,
                "bytes": made.size,
                "removed": [str(path) for path in done.removed],
            }
        )
    sealed = ", encrypted" if made.encrypted else ""
    text = f"Backed up to {made.path} ({_size(made.size)}, schema version {made.version}{sealed})."
    if done.removed:
        text += f"\nRemoved {len(done.removed)} older backups (7 daily, 4 weekly, 12 monthly kept)."
    return text


def _confirm(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise DeskError("restore_needs_yes")
    question = (
        f"Replace the database {args.place.display} with the backup {args.file}? "
        "The current database is kept in the backups folder first. [y/N] "
    )
    print(question, end="", file=sys.stderr, flush=True)  # stdout stays the result's
    try:
        return input().strip().lower() in ("y", "yes")
    except (EOFError, KeyboardInterrupt):
        return False


def _restore(args: argparse.Namespace) -> str:
    backups.database_file(args.place)
    if args.passphrase_stdin and not args.yes:
        raise DeskError("restore_needs_yes")  # stdin carries the passphrase, not the answer
    passphrase = _passphrase(args)
    backups.check_backup(args.file, passphrase)  # refused before anyone is asked
    if not _confirm(args):
        return "Nothing was restored."
    done = backups.restore(args.file, args.place, passphrase, args.dir)
    if args.json:
        return out.to_json(
            {
                "restored_from": str(done.restored_from),
                "backup_schema_version": done.backup_version,
                "schema_version": done.version,
                "kept_current": str(done.kept_current) if done.kept_current else None,
            }
        )
    text = f"Restored {done.restored_from} into {args.place.display}"
    if done.version != done.backup_version:
        text += f" (migrated from schema version {done.backup_version} to {done.version})"
    text += "."
    if done.kept_current:
        text += f"\nThe database as it was is kept in {done.kept_current}."
    return text
