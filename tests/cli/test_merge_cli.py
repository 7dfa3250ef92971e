"""``receptionist customer duplicates`` and ``customer merge`` (issue 12), on both
backends."""

from __future__ import annotations

import json

import pytest

DESK_PIN = "4821"


def _register(run, name: str, *extra: str) -> int:
    code, out, err = run("checkin", "--name", name, *extra, "--purpose", "sales", "--json")
    assert code == 0, err
    visit = json.loads(out)
    assert run("checkout", visit["code"])[0] == 0
    return json.loads(run("search", name, "--json")[1])["customers"][0]["id"]


@pytest.fixture
def twins(run):
    keep = _register(run, "张伟", "--phone", "13812345678", "--company", "Acme")
    other = _register(run, "章伟", "--phone", "13812345679", "--company", "ACME")
    return keep, other


def test_duplicates_lists_pairs_with_reasons(run, twins):
    keep, other = twins
    code, out, err = run("customer", "duplicates", "--json")
    assert code == 0, err
    assert json.loads(out)["pairs"] == [
        {
            "keep_id": keep,
            "other_id": other,
            "keep_name": "张伟",
            "other_name": "章伟",
            "keep_company": "Acme",
            "other_company": "ACME",
            "reasons": ["similar_name_phone"],
        }
    ]
    code, out, err = run("customer", "duplicates")
    assert code == 0 and "name reads the same, similar phone" in out and "章伟" in out


def test_merge_moves_the_visits_and_takes_the_chosen_fields(run, twins):
    keep, other = twins
    code, out, err = run(
        "customer", "merge", str(keep), str(other), "--take", "phone=other", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["merged_id"] == other and result["moved"]["visits"] == 1
    assert result["kept"]["phone"] == "+8613812345679" and result["kept"]["visit_count"] == 2
    hits = json.loads(run("search", "章伟", "--json")[1])["customers"]
    assert [h["id"] for h in hits] == [keep]
    assert json.loads(run("customer", "duplicates", "--json")[1])["pairs"] == []


def test_merge_refusals_exit_2_and_write_nothing(run, twins):
    keep, other = twins
    for args in (
        (str(keep), str(keep)),
        (str(keep), str(other), "--take", "visit_count=other"),
        (str(keep), str(other), "--take", "phone"),
        (str(keep), "999"),
    ):
        code, out, err = run("customer", "merge", *args)
        assert code == 2 and out == "" and err.strip(), args
    code, out, _err = run("customer", "merge", str(keep), str(other))
    assert code == 0 and out.startswith(f"Merged customer #{other} into #{keep}")


def test_a_receptionist_is_refused(run, twins, monkeypatch):
    keep, other = twins
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", DESK_PIN)
    for args in (("duplicates",), ("merge", str(keep), str(other))):
        code, _out, err = run("customer", *args)
        assert code == 5 and "role" in err, args
