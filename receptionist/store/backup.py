"""Copies of an SQLite database file, made and put back with SQLite's online backup API.

``snapshot`` copies a database (open by the desk or not: the API reads a consistent
state while others keep writing) to a temporary name next to its target, checks the copy
(``PRAGMA integrity_check``, our schema marker, its schema version) and only then renames
it into place: a backup under its real name is always whole and sound. ``snapshot_bytes``
does the same in memory, for a backup sealed with a passphrase (``backup_cipher``): the
plain copy never touches the disk.

``candidate`` turns a backup file (plain or sealed) into a checked database file ready
to be installed; ``install`` puts it in place of the site's database with the same API
(another desk that has the file open sees the restored content, as after any write).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ..domain.faults import DatabaseFault
from . import faults, integrity, migrations
from .faults import driver

PARTIAL = ".partial"

# A database too damaged for the backup API to write into (``install`` replaces it).
_NOT_USABLE = ("db_empty_file", "db_damaged", "db_not_a_database", "db_not_ours")


def _partial(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _version(connection) -> int:
    """Our schema version of the open ``connection``; ``DatabaseFault`` when the
    database is damaged or not ours (``integrity.check_ours``'s rule; an empty database is
    nobody's backup)."""
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except driver.DatabaseError:
        rows = []
    if rows != [("ok",)]:
        raise DatabaseFault("db_damaged")
    marker = integrity.SCHEMA_MARKER
    columns = {row[1] for row in connection.execute(f"PRAGMA table_info({marker})")}
    if not columns >= integrity.MARKER_COLUMNS:
        raise DatabaseFault("db_not_ours")
    row = connection.execute(f"SELECT MAX(version) FROM {marker}").fetchone()
    return int(row[0] or 0)


def _without_v10_summaries(connection) -> None:
    """A copy at schema v10 leaves the dashboard's day summaries out: their rows are
    deleted and every hour with visits marked, so they are recomputed from the visits
    when the copy is next opened (and migrated). SQLite 3.40.0 to 3.41.0 take v10's
    summary rows for damage (a false "NULL value" from ``integrity_check`` on a WITHOUT
    ROWID table whose key is not its leading columns; v11 reorders them), so a v10
    database could be neither backed up nor migrated. The summaries are derived from the
    visits: nothing of the site's is left out."""
    try:
        row = connection.execute(f"SELECT MAX(version) FROM {integrity.SCHEMA_MARKER}").fetchone()
        if row is None or row[0] != 10:  # noqa: PLR2004 - the one version with them
            return
        for table in migrations.V10_SUMMARIES:
            connection.execute(f'DELETE FROM "{table}"')
        connection.execute(migrations.V10_MARK_EVERY_HOUR)
        connection.commit()
    except driver.Error:  # not ours, or damaged: the check that follows says which
        connection.rollback()


def version_of(path: Path) -> int:
    """The schema version recorded in the database at ``path``, read only; 0 when it
    cannot be read (damaged, not ours)."""
    try:
        connection = driver.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            marker = integrity.SCHEMA_MARKER
            row = connection.execute(f"SELECT MAX(version) FROM {marker}").fetchone()
        finally:
            connection.close()
    except driver.Error:
        return 0
    return int(row[0] or 0)


def _copy(source: Path, dest) -> None:
    """Copy the database at ``source`` into the open connection ``dest``; a failure is
    raised as the ``DatabaseFault`` it stands for (``db_damaged``, ``db_busy``...)."""
    try:
        connection = driver.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            connection.backup(dest)
        finally:
            connection.close()
    except driver.Error as error:
        raise faults.classify(error) or error from None


def snapshot(source: Path, target: Path, verify: bool = True) -> int:
    """Copy the database at ``source`` to ``target``; returns its schema version (0 when
    not verified). Checked before it takes its name (``verify``): a copy that fails
    ``integrity_check`` or is not ours raises ``DatabaseFault`` and leaves nothing."""
    partial = _partial(target)
    _remove(partial)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        dest = driver.connect(partial)
        try:
            _copy(source, dest)
            dest.execute("PRAGMA journal_mode = delete")  # one self-contained file
            _without_v10_summaries(dest)
            version = _version(dest) if verify else 0
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return version


def snapshot_bytes(source: Path) -> tuple[bytes, int]:
    """The database at ``source`` as bytes (copied and checked in memory) and its schema
    version."""
    dest = driver.connect(":memory:")
    try:
        _copy(source, dest)
        _without_v10_summaries(dest)
        version = _version(dest)
        return dest.serialize(), version
    finally:
        dest.close()


def seal(source: Path, target: Path, passphrase: str) -> int:
    """A backup of ``source`` sealed with ``passphrase`` at ``target`` (written under a
    temporary name, then renamed); returns its schema version."""
    from . import backup_cipher  # cryptography loads only for a sealed backup

    data, version = snapshot_bytes(source)
    partial = _partial(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with partial.open("wb") as out:
            backup_cipher.seal(data, passphrase, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return version


def candidate(backup: Path, work: Path, passphrase: str | None) -> int:
    """Turn the backup file ``backup`` into a checked database file at ``work``; returns
    its schema version. Refused with ``DatabaseFault`` (``work`` removed):
    ``backup_passphrase_needed``, ``backup_wrong_passphrase``, ``backup_damaged``,
    ``backup_not_ours``, ``backup_schema_newer``."""
    from . import backup_cipher

    _remove(work)
    try:
        if backup_cipher.is_sealed(backup):
            if not passphrase:
                raise DatabaseFault("backup_passphrase_needed")
            with work.open("wb") as out:
                backup_cipher.unseal(backup, passphrase, out)
        else:
            shutil.copyfile(backup, work)
        return _check_candidate(work)
    except BaseException:
        _remove(work)
        raise


def _check_candidate(work: Path) -> int:
    try:
        integrity.check_file(work)
        connection = driver.connect(work)
        try:
            _without_v10_summaries(connection)
            version = _version(connection)
        finally:
            connection.close()
    except DatabaseFault as fault:
        if fault.code in ("db_not_a_database", "db_not_ours"):
            raise DatabaseFault("backup_not_ours") from None
        raise DatabaseFault("backup_damaged") from None
    except driver.DatabaseError:
        raise DatabaseFault("backup_damaged") from None
    if version > migrations.LATEST:
        raise DatabaseFault("backup_schema_newer")
    return version


def install(work: Path, target: Path) -> None:
    """Put the checked database file ``work`` in place of the database at ``target``
    (removing ``work``). Through the backup API (desks that have the file open see the
    change as after any write); a file too damaged for that is replaced whole. Another
    writer holding the file past the busy timeout raises ``DatabaseFault("db_busy")``."""
    try:
        source = driver.connect(work)
        try:
            dest = driver.connect(target, timeout=5)
            try:
                source.backup(dest)
                sound = dest.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                dest.close()
        finally:
            source.close()
    except driver.Error as error:
        fault = faults.classify(error)
        if fault is None or fault.code not in _NOT_USABLE:
            raise fault or error from None
        sound = False
    if not sound:
        for extra in ("-wal", "-shm"):
            _remove(target.with_name(target.name + extra))
        os.replace(work, target)
    _remove(work)
