"""What a start loads: an SQLite desk never loads PostgreSQL's driver, and no station asks
the OS keyring unless the server wants a password (each costs a start ~80-100 ms,
docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests import postgres

PROBE = textwrap.dedent("""
    import json, sys
    import receptionist.cli.main, receptionist.ui.app, receptionist.ui.kiosk.app
    from receptionist.services import database
    database.open_database(sys.argv[1])
    database.close_database()
    print(json.dumps({name: name in sys.modules for name in ("psycopg", "keyring")}))
""")


def _loaded(where: str) -> dict[str, bool]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, where], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_sqlite_station_loads_neither_the_server_driver_nor_the_keyring(tmp_path):
    assert _loaded(str(tmp_path / "desk.sqlite3")) == {"psycopg": False, "keyring": False}


def test_a_server_station_without_a_password_to_find_never_asks_the_keyring(request):
    name = postgres.worker_name(request, "_imports")
    url = postgres.create_database(name)
    try:
        assert _loaded(url) == {"psycopg": True, "keyring": False}
    finally:
        postgres.drop_database(name)
