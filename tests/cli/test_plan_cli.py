"""``receptionist plan``, ``expected`` and ``print invitation`` through ``cli.main``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime

import pytest

from receptionist.domain.invite_code import parse_invite_code
from receptionist.services import clock, planning
from receptionist.store.connection import close_database, open_database
from tests import staffing

from ..conftest import row_counts as counts

INVITE = re.compile(r"I-[0-9A-Z]{4}-[0-9A-Z]{4}")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """An aware time on a local calendar day of March 2024."""
    return datetime(2024, 3, day, hour, minute).astimezone()


@pytest.fixture
def customer_id(run) -> int:
    """A problem customer who came before (phone, company, note never on an invitation);
    it is 09:00 on 4 March."""
    clock.set_clock(lambda: local(4, 9))
    assert run("staff", "add", "Front desk", "--role", "receptionist")[0] == 0
    assert run("staff", "add", "李经理", "--role", "host")[0] == 0
    status, out, err = run(
        "checkin",
        "--name",
        "王小明",
        "--phone",
        "13912345678",
        "--company",
        "上海锦江国际酒店管理有限公司",
        "--category",
        "problem",
        "--purpose",
        "complaint",
        "--json",
    )
    assert status == 0, err
    assert run("checkout", json.loads(out)["code"])[0] == 0
    status, out, err = run("search", "王小明", "--json")
    return json.loads(out)["customers"][0]["id"]


def plan(run, *args: str) -> dict:
    status, out, err = run("plan", *args, "--json")
    assert status == 0, err
    return json.loads(out)


def pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(done.stdout.split())


# --- plan --------------------------------------------------------------------------------


def test_plan_by_phone_prints_the_invitation_code_and_time(run, customer_id):
    status, out, err = run(
        "plan",
        "--customer-phone",
        "139 1234 5678",
        "--at",
        "2024-03-05 10:30",
        "--purpose",
        "complaint",
        "--host",
        "李经理",
        "--party",
        "2",
    )
    assert status == 0 and err == ""
    code = INVITE.search(out).group(0)
    assert parse_invite_code(code) == code
    lines = out.splitlines()
    assert lines[0] == (f"Planned a visit of 王小明 on 2024-03-05 10:30: invitation code {code}")
    assert lines[1] == "  complaint · host 李经理 · party 2"
    assert lines[2] == f"Print the invitation: receptionist print invitation {code}"


def test_plan_by_id_as_json(run, customer_id):
    visit = plan(
        run,
        "--customer-id",
        str(customer_id),
        "--at",
        "2024-03-04T16:05",
        "--purpose",
        "relationship",
        "--note",
        "带样品",
    )
    assert visit["status"] == "planned" and visit["code"] == visit["invite_code"]
    assert INVITE.fullmatch(visit["invite_code"])
    assert datetime.fromisoformat(visit["expected_at"]) == local(4, 16, 5)
    assert (visit["customer"]["name"], visit["purpose"], visit["host"], visit["party_size"]) == (
        "王小明",
        "relationship",
        None,
        1,
    )
    assert visit["check_in_at"] is None


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("--customer-phone", "13800000000"),
            "No customer has this phone number; check it, or use --customer-id.",
        ),
        (("--customer-phone", "12"), "Phone number is too short"),
        (("--customer-id", "999"), "No such customer."),
        (
            ("--customer-id", "1", "--at", "2024-03-03 10:00"),
            "The expected day is in the past; choose today or later.",
        ),
        (("--customer-id", "1", "--host", "Nobody"), "No active staff member has this name"),
        (("--customer-id", "1", "--party", "0"), "Party size"),
    ],
)
def test_refused_plan_writes_nothing(run, customer_id, db_target, args, message):
    before = counts(db_target)
    full = [*args] + ([] if "--at" in args else ["--at", "2024-03-05 10:00"])
    status, out, err = run("plan", *full, "--purpose", "sales")
    assert status == 2 and out == ""
    assert err.startswith(message) and len(err.strip().splitlines()) == 1, err
    assert "13912345678" not in err and "王小明" not in err
    assert counts(db_target) == before


@pytest.mark.parametrize(
    "args",
    [
        ("--customer-id", "1", "--at", "tomorrow", "--purpose", "sales"),
        ("--customer-id", "1", "--at", "2024-03-05", "--purpose", "sales"),  # no time
        ("--customer-id", "1", "--at", "2024-03-05 10:00", "--purpose", "lunch"),
        (
            "--customer-id",
            "1",
            "--customer-phone",
            "13912345678",
            "--at",
            "2024-03-05 10:00",
            "--purpose",
            "sales",
        ),
        ("--at", "2024-03-05 10:00", "--purpose", "sales"),  # nobody
        ("--customer-id", "1", "--purpose", "sales"),  # no time
    ],
)
def test_bad_arguments_are_refused(run, customer_id, db_target, args):
    before = counts(db_target)
    status, out, err = run("plan", *args)
    assert status == 2 and out == "" and "usage:" in err
    assert counts(db_target) == before


# --- expected ----------------------------------------------------------------------------


def test_expected_lists_the_days_planned_visitors_earliest_first(run, customer_id):
    status, out, err = run(
        "checkin",
        "--name",
        "Emma Brown",
        "--phone",
        "+1 202 555 0143",
        "--purpose",
        "sales",
        "--json",
    )
    assert status == 0, err
    assert run("checkout", json.loads(out)["code"])[0] == 0
    late = plan(
        run,
        "--customer-id",
        str(customer_id),
        "--at",
        "2024-03-04 15:00",
        "--purpose",
        "sales",
        "--host",
        "李经理",
    )
    early = plan(
        run,
        "--customer-phone",
        "+1 202 555 0143",
        "--at",
        "2024-03-04 11:15",
        "--purpose",
        "after_sales",
        "--party",
        "3",
    )
    tomorrow = plan(
        run,
        "--customer-id",
        str(customer_id),
        "--at",
        "2024-03-05 09:30",
        "--purpose",
        "relationship",
    )
    status, out, err = run("expected")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["At", "Invitation", "Name", "Purpose", "Host", "Party"]
    assert lines[2].split() == ["11:15", early["invite_code"], "Emma", "Brown", "after_sales", "3"]
    assert lines[3].split() == ["15:00", late["invite_code"], "王小明", "sales", "李经理", "1"]
    assert lines[-1] == "2 expected today."
    status, out, _ = run("expected", "--day", "2024-03-05", "--json")
    assert [v["invite_code"] for v in json.loads(out)] == [tomorrow["invite_code"]]
    assert run("expected", "--day", "2024-03-06")[1].strip() == (
        "Nobody is expected on 2024-03-06."
    )
    assert run("expected", "--day", "2024-03-32")[0] == 2  # argparse


# --- print invitation --------------------------------------------------------------------


@pytest.fixture
def invite_code(run, customer_id) -> str:
    return plan(
        run,
        "--customer-id",
        str(customer_id),
        "--at",
        "2024-03-05 10:30",
        "--purpose",
        "complaint",
        "--host",
        "李经理",
        "--note",
        "上次投诉未解决",
    )["invite_code"]


@needs_poppler
@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", ("Invitation", "Tuesday,5March2024", "10:30", "Complaint")),
        ("zh_CN", ("来访邀请", "2024年3月5日星期二", "10:30", "投诉接待")),
    ],
)
def test_print_invitation_to_the_default_file(run, invite_code, db_target, tmp_path, lang, words):
    before = counts(db_target)
    status, out, err = run(
        "--lang", lang, "print", "invitation", invite_code.lower().replace("-", "")
    )
    assert status == 0, err
    path = tmp_path / f"{invite_code}-invitation.pdf"
    assert out.strip() == f"Saved the invitation of {invite_code} (a6) to {path.name}."
    text = pdf_text(path)
    for word in (invite_code, "王小明", "李经理", *words):
        assert word in text, word
    for secret in ("13912345678", "5678", "上次投诉未解决", "problem", "Problem", "问题", "锦江"):
        assert secret not in text, secret
    assert counts(db_target) == before  # not in the print history


@needs_poppler
def test_print_invitation_on_a_receipt_to_a_named_file(run, invite_code, tmp_path):
    out_file = tmp_path / "invite.pdf"
    status, out, err = run(
        "print",
        "invitation",
        invite_code,
        "--format",
        "receipt80",
        "--out",
        str(out_file),
        "--lang",
        "zh_CN",
    )
    assert status == 0, err
    assert str(out_file) in out and "(receipt80)" in out
    assert "来访邀请" in pdf_text(out_file)


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("print", "invitation", "I-2222-2222"),
            "No visit has this invitation code; check the code on the invitation.",
        ),
        (
            ("print", "invitation", "V-0304-0001"),
            "No visit has this invitation code; check the code on the invitation.",
        ),
    ],
)
def test_unknown_invitation_code_prints_nothing(run, invite_code, tmp_path, args, message):
    status, out, err = run(*args)
    assert (status, out, err.strip()) == (2, "", message)
    assert not list(tmp_path.glob("*.pdf"))


def test_bad_format_is_refused(run, invite_code, tmp_path):
    status, out, err = run("print", "invitation", invite_code, "--format", "label62")
    assert status == 2 and out == "" and "invalid choice" in err
    assert not list(tmp_path.glob("*.pdf"))


def test_an_arrived_visitor_is_not_expected_and_gets_no_invitation(
    run, invite_code, db_target, tmp_path
):
    """The desk checks the expected visitor in (a service; no command does this)."""
    clock.set_clock(lambda: local(5, 10, 20))
    assert len(json.loads(run("expected", "--json")[1])) == 1
    open_database(db_target)
    try:
        planning.check_in_expected(1, planning.invitation(staffing.desk_id(), invite_code).id)
    finally:
        close_database()
    assert run("expected")[1].strip() == "Nobody is expected today."
    status, out, err = run("print", "invitation", invite_code)
    assert status == 2 and out == "" and "no longer planned" in err
    assert not list(tmp_path.glob("*.pdf"))


def test_printing_an_invitation_on_a_printer(run, invite_code, qapp, db_target, monkeypatch):
    from receptionist.ui.printing import support as print_support

    sent = []

    def fake_print(doc, printer_name, copies=1, output_file=None):
        sent.append((doc.kind, doc.fmt, printer_name))
        return print_support.PrintOutcome(True, printer_name, "Sent.")

    monkeypatch.setattr(print_support, "print_document", fake_print)
    before = counts(db_target)
    status, out, err = run("print", "invitation", invite_code, "--printer", "Office")
    assert status == 0, err
    assert sent == [("invitation", "a6", "Office")]
    assert out.strip() == f"Printed the invitation of {invite_code} (a6) on Office."
    assert counts(db_target) == before
