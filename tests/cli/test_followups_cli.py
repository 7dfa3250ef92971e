"""``receptionist followups due`` and ``followups run-rules``: the verbs and JSON fields
scripts rely on; running the rules twice makes nothing twice; refused roles exit 5."""

from __future__ import annotations

import json
from datetime import date

from receptionist.services import customers, database, visits
from receptionist.store.models import FollowUp
from tests import staffing
from tests.cli.conftest import ADMIN

REFUSED = 5


def seed(target: str) -> int:
    """A host and a prospect's visit with that host today."""
    database.open_database(database.resolve(target))
    try:
        admin = staffing.admin_id()
        host = staffing.add("Hugo Host", "Sales", "host")
        cid = customers.register_customer(admin, name="王芳", category="prospect").id
        visits.check_in(admin, customer_id=cid, purpose="sales", host_id=host.id)
        return cid
    finally:
        database.close_database()


def as_json(run, *args: str):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_run_rules_twice_then_the_hosts_list(run, db_target):
    run("staff", "list")
    cid = seed(db_target)
    made = as_json(run, "followups", "run-rules")
    assert (made["made"], made["by_kind"]) == (1, {"prospect_follow_up": 1})
    assert as_json(run, "followups", "run-rules")["made"] == 0
    code, out, _ = run("followups", "run-rules")
    assert (code, out.strip()) == (0, "Made 0 follow-up tasks.")
    # due in three days: not on today's list yet
    assert as_json(run, "followups", "due", "--for", "Hugo Host") == []
    assert as_json(run, "followups", "due") == []  # the admin has none of their own
    database.open_database(database.resolve(db_target))
    try:
        FollowUp.update(due_on=date(2020, 1, 1)).execute()
    finally:
        database.close_database()
    (task,) = as_json(run, "followups", "due", "--for", "Hugo Host")
    assert (task["kind"], task["customer_id"], task["customer"]) == (
        "prospect_follow_up",
        cid,
        "王芳",
    )
    assert (task["due"], task["overdue"], task["assignee"]) == ("2020-01-01", True, "Hugo Host")
    code, out, _ = run("followups", "due", "--for", "Hugo Host")
    assert code == 0 and "OVERDUE" in out and "王芳" in out
    assert ADMIN not in out


def test_a_receptionist_sees_their_own_list_but_not_anothers_nor_runs_rules(
    run, db_target, monkeypatch
):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    seed(db_target)
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "2468")
    assert as_json(run, "followups", "due") == []
    code, out, err = run("followups", "run-rules")
    assert (code, out) == (REFUSED, "") and "Your role may not do this" in err
    assert run("followups", "due", "--for", "Hugo Host")[0] == REFUSED
