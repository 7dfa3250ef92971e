"""``receptionist purchase add`` and ``receptionist purchases``, on both backends."""

from __future__ import annotations

import json

import pytest

NAME, PHONE, DESK_PIN = "张三", "13800138000", "4821"


@pytest.fixture
def customer_id(run, monkeypatch) -> int:
    """张三, a prospect; a receptionist "Front desk" with a PIN on the staff."""
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    code, out, err = run(
        "checkin", "--name", NAME, "--phone", PHONE, "--purpose", "sales", "--json"
    )
    assert code == 0, err
    return json.loads(run("search", PHONE, "--json")[1])["customers"][0]["id"]


def test_add_then_list_in_exact_amounts(run, customer_id):
    code, out, err = run(
        "purchase", "add", "--customer-phone", PHONE, "--date", "2024-03-01",
        "--amount", "1280.50", "--reference", "INV-1", "--json",
    )  # fmt: skip
    assert code == 0, err
    first = json.loads(out)
    assert first["amount_cents"] == 128050 and first["amount"] == 1280.5
    assert first["suggest_existing"] is True and first["currency"] == "CNY"
    code, out, err = run(
        "purchase", "add", "--customer-id", str(customer_id), "--date", "2024-04-01",
        "--amount=-20", "--note", "returned a cup",
    )  # fmt: skip
    assert code == 0, err
    assert "-¥20.00" in out and "first purchase" not in out
    code, out, err = run("purchases", "--customer-id", str(customer_id), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [p["amount_cents"] for p in data["purchases"]] == [-2000, 128050]
    assert data["summary"]["total_cents"] == 126050 and data["summary"]["count"] == 2
    code, out, err = run("purchases", "--customer-phone", PHONE)
    assert code == 0, err
    assert "2 purchases, ¥1,260.50 in total" in out and "INV-1" in out


def test_a_bad_amount_or_a_future_date_is_refused(run, customer_id):
    code, out, err = run(
        "purchase", "add", "--customer-id", str(customer_id), "--date", "2024-03-01",
        "--amount", "12.345",
    )  # fmt: skip
    assert code != 0 and "at most two decimals" in err
    code, out, err = run(
        "purchase", "add", "--customer-id", str(customer_id), "--date", "2999-01-01",
        "--amount", "5",
    )  # fmt: skip
    assert code != 0 and "future" in err
    assert (
        json.loads(run("purchases", "--customer-id", str(customer_id), "--json")[1])["purchases"]
        == []
    )


def test_a_receptionist_may_neither_add_nor_list(run, customer_id, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", DESK_PIN)
    code, _out, err = run(
        "purchase", "add", "--customer-id", str(customer_id), "--date", "2024-03-01",
        "--amount", "5",
    )  # fmt: skip
    assert code == 5 and "role" in err
    code, _out, err = run("purchases", "--customer-id", str(customer_id))
    assert code == 5 and "role" in err
