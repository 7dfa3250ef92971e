"""Starting the desk on a database it cannot open: one sentence, exit code 1, no crash."""

from __future__ import annotations

from receptionist.store import migrations
from receptionist.store.connection import close_database, open_database
from receptionist.ui import app
from receptionist.ui.common import ask


def test_a_newer_database_gives_a_sentence_not_a_traceback(tmp_path, monkeypatch, qapp):
    path = tmp_path / "newer.sqlite3"
    open_database(path).execute_sql(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
        (migrations.LATEST + 1, "2099-01-01T00:00:00.000000Z"),
    )
    close_database()
    shown = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "receptionist.log")
    assert app.run(str(path), "en") == 1
    assert len(shown) == 1
    assert "newer version" in shown[0]
    assert "Traceback" not in shown[0]
    assert "newer version" in (tmp_path / "logs" / "receptionist.log").read_text()
