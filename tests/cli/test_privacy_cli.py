"""``receptionist customer export``, ``customer erase`` and ``retention`` (issue 11,
personal data), on both backends."""

from __future__ import annotations

import json

import pytest

NAME, PHONE = "张三", "13800138000"


DESK_PIN = "4821"


@pytest.fixture
def visited(run, monkeypatch):
    """张三 checked in and out at the desk (by the site's admin, who signs in from the
    environment); a receptionist "Front desk" with a PIN on the staff."""
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    code, out, err = run(
        "checkin", "--name", NAME, "--phone", PHONE, "--company", "华为", "--purpose", "sales",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    visit = json.loads(out)
    assert run("checkout", visit["code"])[0] == 0
    hits = json.loads(run("search", PHONE, "--json")[1])["customers"]
    return {**visit, "customer_id": hits[0]["id"]}


def test_export_writes_json_and_a_pdf(run, visited, tmp_path):
    out_file, pdf = tmp_path / "zhang.json", tmp_path / "zhang.pdf"
    code, out, err = run(
        "customer", "export", "--phone", PHONE, "--out", str(out_file),
        "--pdf", str(pdf), "--lang", "zh_CN",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["customer"]["name"] == NAME and data["customer"]["company"] == "华为"
    assert [v["code"] for v in data["visits"]] == [visited["code"]]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert NAME not in out and PHONE not in out  # the terminal says where, not what


def as_desk(monkeypatch) -> None:
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", DESK_PIN)


def test_export_is_refused_to_a_receptionist(run, visited, tmp_path, monkeypatch):
    out_file = tmp_path / "zhang.json"
    as_desk(monkeypatch)
    code, out, err = run(
        "customer", "export", "--id", str(visited["customer_id"]),
        "--out", str(out_file),
    )  # fmt: skip
    assert code == 5 and "role" in err and not out_file.exists()


def test_erase_asks_unless_yes_then_search_finds_nothing(run, visited):
    cid = str(visited["customer_id"])
    code, _out, err = run("customer", "erase", "--id", cid)
    assert code == 2 and "--yes" in err  # no terminal to ask at: nothing erased
    assert NAME in run("search", NAME)[1]
    code, out, err = run("customer", "erase", "--id", cid, "--yes")
    assert code == 0, err
    assert NAME not in run("search", NAME, "--json")[1]
    assert json.loads(run("search", PHONE, "--json")[1])["customers"] == []
    code, _out, err = run("customer", "erase", "--id", cid, "--yes")
    assert code == 2 and "erased" in err


def test_retention_dry_run_and_json(run, visited, monkeypatch):
    code, out, err = run("retention", "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["dry_run"] and report["count"] == 0 and report["months"] == 24
    code, out, err = run("retention")
    assert code == 0 and out.startswith("Anonymised 0 customers"), err
    as_desk(monkeypatch)
    assert run("retention", "--dry-run")[0] == 5
