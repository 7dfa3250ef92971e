"""``receptionist complaint open|show|step`` and ``receptionist complaints``, on both
backends: the contract's options and JSON, the call-back by someone other than the
handler, refused roles."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import ADMIN

NAME, PHONE, DESK_PIN, HOST_PASSWORD = "张三", "13800138000", "4821", "host-Passw0rd-9"


@pytest.fixture
def customer_id(run, monkeypatch) -> int:
    """张三 on site (to complain); a receptionist "Front desk" with a PIN and a host
    "Hugo Host" with a password."""
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", HOST_PASSWORD)
    assert run("user", "add", "Hugo Host", "--role", "host")[0] == 0
    monkeypatch.delenv("RECEPTIONIST_NEW_PASSWORD")
    code, out, err = run("checkin", "--name", NAME, "--phone", PHONE, "--purpose", "complaint")
    assert code == 0, err
    return json.loads(run("search", PHONE, "--json")[1])["customers"][0]["id"]


def as_user(monkeypatch, name: str, secret: str) -> None:
    monkeypatch.setenv("RECEPTIONIST_USER", name)
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", secret)


def test_open_prints_the_id_and_show_lists_the_steps_with_who_and_when(run, customer_id):
    code, out, err = run(
        "complaint", "open", "--customer-phone", PHONE, "--subject", "Late delivery",
        "--severity", "urgent", "--handler", "Hugo Host",
    )  # fmt: skip
    assert code == 0, err
    cid = int(out.splitlines()[0])
    assert "problem" in out  # the suggestion, not applied
    code, out, err = run("complaint", "step", str(cid), "1", "--note", "listened to all")
    assert code == 0, err
    assert "step 1 recorded" in out and "next step 2 confirm" in out
    code, out, err = run("complaint", "show", str(cid), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == cid and data["customer_id"] == customer_id
    assert (data["subject"], data["severity"], data["handler"]) == (
        "Late delivery", "urgent", "Hugo Host",
    )  # fmt: skip
    assert (data["status"], data["step"], data["next_step"]) == ("open", 1, 2)
    [step] = data["steps"]
    assert (step["step"], step["name"], step["action"], step["staff"]) == (
        1, "listen", "done", ADMIN,
    )  # fmt: skip
    assert step["note"] == "listened to all" and step["at"]
    code, out, err = run("complaint", "show", str(cid))
    assert code == 0, err
    assert "1 listen" in out and ADMIN in out and "Late delivery" in out


def test_open_json_and_the_call_back_by_someone_else(run, customer_id, monkeypatch):
    code, out, err = run(
        "complaint", "open", "--customer-id", str(customer_id), "--subject", "Broken cup",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    opened = json.loads(out)
    cid = opened["id"]
    assert opened["handler"] == ADMIN and opened["suggest_category"] == "problem"
    for n in ("1", "2", "3", "4"):
        assert run("complaint", "step", str(cid), n, "--note", f"step {n}")[0] == 0
    code, out, err = run(
        "complaint", "step", str(cid), "5", "--note", "called", "--resolved", "yes"
    )
    assert code == 5 and "someone other than the complaint's handler" in err
    as_user(monkeypatch, "Front desk", DESK_PIN)
    code, out, err = run("complaint", "step", str(cid), "5", "--note", "called")
    assert code == 2 and "resolved" in err
    code, out, err = run(
        "complaint", "step", str(cid), "5", "--note", "happy now", "--resolved", "yes", "--json"
    )
    assert code == 0, err
    closed = json.loads(out)
    assert (closed["status"], closed["resolution"]) == ("closed", "resolved")
    assert closed["steps"][-1]["staff"] == "Front desk" and closed["steps"][-1]["resolved"]


def test_steps_out_of_order_and_bad_numbers_are_refused(run, customer_id):
    cid = run("complaint", "open", "--customer-id", str(customer_id), "--subject", "x")[1]
    cid = cid.splitlines()[0]
    code, _out, err = run("complaint", "step", cid, "3", "--note", "too early")
    assert code == 2 and "do step 1 before step 3" in err
    code, _out, err = run("complaint", "step", cid, "6", "--note", "no such step")
    assert code == 2 and "1 to 5" in err
    code, _out, err = run("complaint", "step", cid, "1", "--note", "x", "--resolved", "maybe")
    assert code == 2
    code, _out, err = run("complaint", "show", "999999")
    assert code == 2 and "No such complaint" in err


def test_the_list_with_open_and_overdue(run, customer_id):
    first = run("complaint", "open", "--customer-id", str(customer_id), "--subject", "One")[1]
    run("complaint", "open", "--customer-id", str(customer_id), "--subject", "Two")
    code, out, err = run("complaints", "--open", "--json")
    assert code == 0, err
    listed = json.loads(out)["complaints"]
    assert [c["subject"] for c in listed] == ["One", "Two"]
    assert all(c["overdue"] is False for c in listed)
    assert int(first.splitlines()[0]) == listed[0]["id"]
    code, out, err = run("complaints", "--overdue", "--json")
    assert code == 0 and json.loads(out) == {"complaints": []}
    code, out, err = run("complaints")
    assert code == 0 and "One" in out and "step 0/5" in out
    assert run("complaints", "--overdue")[1].strip() == "No complaints."


def test_a_host_sees_only_their_own_and_may_not_open(run, customer_id, monkeypatch):
    run("complaint", "open", "--customer-id", str(customer_id), "--subject", "Theirs")
    as_user(monkeypatch, "Hugo Host", HOST_PASSWORD)
    code, _out, err = run("complaint", "open", "--customer-id", str(customer_id), "--subject", "x")
    assert code == 5 and "role" in err
    code, out, err = run("complaints", "--json")
    assert code == 0 and json.loads(out) == {"complaints": []}
