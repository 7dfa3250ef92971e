"""Real faults for tests, never mocks: a read-only bind mount, a tiny tmpfs that fills
up, another process holding the write lock, and damaged copies of a real database
(truncated, a page overwritten with garbage, zero length, random bytes), another
program's SQLite file. Mounting needs root (CI runs as root, and there a test that cannot
mount fails); elsewhere the tests that need a mount skip with the reason.

Every mount is undone in a ``finally`` even when the test fails; the caller closes the
database first (a file open for writing keeps a mount busy), and a mount still busy is
detached lazily so it never outlives the test run.
"""

from __future__ import annotations

import functools
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import staffing


@functools.cache
def mount_problem() -> str | None:
    """Why this process cannot mount file systems, or None when it can (tried once)."""
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a file system needs root (CI runs the tests as root)"
    with tempfile.TemporaryDirectory() as folder:
        tried = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
            capture_output=True,
            text=True,
        )
        if tried.returncode != 0:
            return f"mount is not permitted here: {tried.stderr.strip()}"
        unmount(Path(folder))
    return None


def need_mount() -> None:
    """Skip where mounting is impossible (a developer's machine without root); on CI,
    which runs as root, the same problem fails the test: a fault test never turns into a
    skip there."""
    problem = mount_problem()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount file systems for the fault tests: {problem}")
        pytest.skip(problem)


def unmount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextmanager
def read_only(source: Path, target: Path) -> Iterator[Path]:
    """``source`` (a folder or a file) seen read-only at ``target``."""
    need_mount()
    if not target.exists():
        target.mkdir() if source.is_dir() else target.touch()
    subprocess.run(["mount", "--bind", str(source), str(target)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], check=True)
        yield target
    finally:
        unmount(target)


@contextmanager
def tiny_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``: a disk that really fills up."""
    need_mount()
    folder.mkdir(exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        unmount(folder)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder`` to the last byte, then give back ``leave`` bytes;
    the filler file (delete it to free the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for block in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * block)
            except OSError:
                continue
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


HOLDER = textwrap.dedent("""
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
""")


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another process (another desk, say) holds the database's write lock until the
    block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("\n", timeout=30)


# -- damaged files -----------------------------------------------------------------------
PAGE = 4096


def make_sample(path: Path, customers: int = 120, visits: int = 240) -> Path:
    """A real, closed Receptionist database with demo data (a few hundred pages)."""
    from receptionist.services import demo
    from receptionist.store.connection import close_database, open_database

    open_database(path)
    try:
        staffing.add("Front desk", "Reception", "receptionist")
        demo.generate(staffing.admin_id(), customers=customers, visits=visits, seed=3)
    finally:
        close_database()
    return path


def copy_of(template: Path, folder: Path, name: str = "desk.sqlite3") -> Path:
    target = folder / name
    shutil.copyfile(template, target)
    return target


def truncate(path: Path, by: int) -> Path:
    os.truncate(path, path.stat().st_size - by)
    return path


def table_root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    finally:
        connection.close()


def overwrite_page(path: Path, page: int | None = None) -> Path:
    """Garbage over one page (1-based; default the middle one), the file's length kept:
    what a failing disk or a crashed copy leaves."""
    pages = path.stat().st_size // PAGE
    number = page if page is not None else pages // 2
    with path.open("r+b") as file:
        file.seek((number - 1) * PAGE)
        file.write(random.Random(number).randbytes(PAGE))
    return path


def random_bytes(path: Path, size: int = 50_000) -> Path:
    path.write_bytes(random.Random(size).randbytes(size))
    return path


def other_programs_database(path: Path) -> Path:
    """An SQLite file of some other program: tables, rows, rollback journal."""
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
        "CREATE TABLE tags (note_id INTEGER, tag TEXT);"
        "INSERT INTO notes (body) VALUES ('shopping list'), ('call the plumber');"
    )
    connection.commit()
    connection.close()
    return path


def snapshot(path: Path) -> tuple[str, list[str]]:
    """The file's bytes (as a digest) and the names beside it: to prove nothing changed
    (no -wal / -shm / -journal left behind, no backup made)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""
    return digest, sorted(p.name for p in path.parent.iterdir())
