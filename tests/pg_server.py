"""A PostgreSQL server of a test module's own, to stop and start mid-session (the shared
server of ``tests/postgres.py`` is never stopped). ``scripts/pg-server`` runs it: a
throw-away cluster on loopback; ``stop_server`` is a fast shutdown (every session is
cut, as when the server is stopped or restarted for real), ``start_server`` brings it
back on the same port."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg-server"


class OwnServer:
    def __init__(self, folder: Path, url: str) -> None:
        self.folder = folder
        self.url = url  # its "postgres" database

    def _run(self, action: str) -> None:
        subprocess.run(["bash", str(SCRIPT), action, str(self.folder)], check=True, timeout=120)

    def stop_server(self) -> None:
        self._run("stop-server")

    def start_server(self) -> None:
        self._run("start-server")

    def database(self, name: str) -> str:
        """An empty database ``name`` (dropped first if it exists); its URL."""
        with psycopg.connect(self.url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        return urlunsplit(urlsplit(self.url)._replace(path="/" + name))


@contextmanager
def own_server() -> Iterator[OwnServer]:
    """A new server for the block; stopped and deleted after it. Its folder is directly
    under the temporary folder: as root the server runs as ``postgres``, which must be
    able to reach it (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="receptionist-pg-"))
    try:
        done = subprocess.run(
            ["bash", str(SCRIPT), "start", str(folder)],
            check=True,
            timeout=120,
            stdout=subprocess.PIPE,  # the URL; what went wrong goes to the test's output
            text=True,
        )
        yield OwnServer(folder, done.stdout.strip())
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], check=False, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)
