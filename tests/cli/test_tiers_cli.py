"""``receptionist tiers ...``: the verbs and JSON fields scripts outside the tests rely on
(``recompute``, ``show`` with customer_ref, name, phone, revenue, rank, tier, stars), the
runs kept, movements, suggestions and their confirmation; refused roles exit 5."""

from __future__ import annotations

import json

from receptionist.services import customers, database
from receptionist.store.models import Customer
from tests import staffing
from tests.cli.conftest import ADMIN
from tests.tiering import buy

REFUSED = 5


def seed(target: str) -> None:
    """Three customers with references, purchases in 2025 and 2026."""
    database.open_database(database.resolve(target))
    try:
        admin = staffing.admin_id()
        ids = []
        for i, name in enumerate(["王芳", "Bob Lee", "陈静"]):
            cid = customers.register_customer(
                admin, name=name, phone=f"1390013900{i}", category="existing"
            ).id
            Customer.update(customer_ref=f"ERP-{i + 1}").where(Customer.id == cid).execute()
            ids.append(cid)
        buy(ids[0], "2025-04-01", 1_234_56)
        buy(ids[1], "2025-05-01", 50_000)
        buy(ids[1], "2025-06-01", -50_000)  # refunded to zero: no tier
        buy(ids[2], "2025-07-01", 9_990)
        buy(ids[1], "2026-01-10", 88_800)
    finally:
        database.close_database()


def as_json(run, *args: str):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_recompute_then_show_gives_the_contract_fields(run, db_target):
    run("staff", "list")  # the site and its admin exist
    seed(db_target)
    made = as_json(run, "tiers", "recompute", "--period", "2025")
    assert (made["period"], made["customers"], made["computed_by"]) == ("2025", 2, ADMIN)
    rows = as_json(run, "tiers", "show", "--period", "2025")
    assert [(r["customer_ref"], r["name"], r["rank"], r["tier"]) for r in rows] == [
        ("ERP-1", "王芳", 1, "platinum"),
        ("ERP-3", "陈静", 2, "lead"),
    ]
    first = rows[0]
    assert first["revenue"] == 1234.56 and first["revenue_cents"] == 123456
    assert first["phone"] == "139 0013 9000"  # the admin sees phones whole
    # R 3 (陈静 bought later), F 5, M 5: the mean 4.33 gives 4 stars
    assert (first["purchases"], first["last_purchase"], first["stars"]) == (1, "2025-04-01", 4)
    code, out, _ = run("tiers", "show", "--period", "2025")
    assert code == 0 and "王芳" in out and "1234.56" in out and "Bob Lee" not in out


def test_runs_are_kept_and_an_old_run_reopens(run, db_target):
    run("staff", "list")
    seed(db_target)
    first = as_json(run, "tiers", "recompute", "--period", "2025")["run"]
    second = as_json(run, "tiers", "recompute", "--period", "2025")["run"]
    listed = as_json(run, "tiers", "runs")
    assert [(r["run"], r["current"]) for r in listed] == [(second, True), (first, False)]
    assert len(as_json(run, "tiers", "show", "--run", str(first))) == 2
    code, _, err = run("tiers", "show", "--period", "2024")
    assert code != 0 and "not been computed for 2024" in err


def test_movements_suggestions_and_confirm(run, db_target):
    run("staff", "list")
    seed(db_target)
    assert run("tiers", "recompute", "--period", "2025")[0] == 0
    assert run("tiers", "recompute", "--period", "2026")[0] == 0
    moved = as_json(run, "tiers", "movements", "--from", "2025", "--to", "2026")
    assert [m["name"] for m in moved["dropped"]] == ["王芳", "陈静"]
    assert [(m["name"], m["to"]) for m in moved["new"]] == [("Bob Lee", "platinum")]
    found = as_json(run, "tiers", "suggestions")
    assert [(s["name"], s["suggested"], s["reason"]) for s in found] == [
        ("Bob Lee", "vip", "tier_high")
    ]
    code, out, _ = run("tiers", "confirm", found[0]["id"])
    assert code == 0 and "Confirmed 1" in out
    assert as_json(run, "tiers", "suggestions") == []
    assert run("tiers", "confirm", "--all")[0] == 0  # nothing left: confirms none


def test_a_receptionist_may_not_recompute(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    seed(db_target)
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "2468")
    code, out, err = run("tiers", "recompute", "--period", "2025")
    assert (code, out) == (REFUSED, "") and "Your role may not do this" in err
    assert run("tiers", "show", "--period", "2025")[0] == REFUSED
