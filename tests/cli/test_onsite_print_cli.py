"""``receptionist onsite --print`` (issue 15): the evacuation list as an A4 PDF (--out, or
in the working folder when there is no printer), on a named printer, its exit codes; the
plain ``onsite`` keeps its contract. No test reaches this computer's real default
printer: ``_default_printer`` is replaced."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from receptionist.cli import evacuation as cli_evacuation

from ..conftest import row_counts as counts


@pytest.fixture
def no_printer(monkeypatch):
    monkeypatch.setattr(cli_evacuation, "_default_printer", lambda: None)


@pytest.fixture
def on_site(run, no_printer):
    """李经理's two visitors (one with two more people) and one without a host."""
    assert run("staff", "add", "李经理", "--role", "host")[0] == 0
    for name, host, party in (("王小明", "李经理", "3"), ("John Smith", "李经理", "1")):
        code, _, err = run(
            "checkin", "--name", name, "--purpose", "sales", "--host", host, "--party", party
        )
        assert code == 0, err
    assert run("checkin", "--name", "Aaron Walker", "--purpose", "sales")[0] == 0


def text_of(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_out_writes_the_list_grouped_by_host(run, on_site, tmp_path):
    target = tmp_path / "list.pdf"
    code, out, err = run("onsite", "--print", "--out", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Saved the evacuation list (3 visitors, 5 people) to {target}."
    text = text_of(target)
    assert "4 visitors" not in text and "3 visitors · 5 people on site" in text
    order = [text.index(s) for s in ("Host: 李经理", "John Smith", "王小明", "No host", "Aaron")]
    assert order == sorted(order)


def test_without_a_printer_the_pdf_lands_in_the_working_folder(run, on_site, tmp_path):
    code, out, err = run("--lang", "zh_CN", "onsite", "--print", "--json")
    assert code == 0, err
    result = json.loads(out)
    (made,) = tmp_path.glob("evacuation-*.pdf")
    assert re.fullmatch(r"evacuation-\d{8}-\d{4}\.pdf", made.name)
    assert result == {"visitors": 3, "people": 5, "printer": None, "file": str(made)}
    assert "紧急疏散名单" in text_of(made) and "接待人：李经理" in text_of(made)


def test_plain_onsite_keeps_its_json(run, on_site):
    code, out, _ = run("onsite", "--json")
    assert code == 0
    assert sorted(v["customer"]["name"] for v in json.loads(out)) == [
        "Aaron Walker",
        "John Smith",
        "王小明",
    ]


def test_a_printer_that_is_not_there_saves_the_pdf_and_exits_2(run, on_site, tmp_path, qapp):
    code, out, err = run("onsite", "--print", "--printer", "No Such Printer 42")
    (made,) = tmp_path.glob("evacuation-*.pdf")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "The printer “No Such Printer 42” is not available on this computer. "
        f"The PDF was saved to {made}."
    )


@pytest.mark.parametrize(
    "args",
    [
        ("onsite", "--print", "--out", "x.pdf", "--printer", "Office"),
        ("onsite", "--print", "--out"),
    ],
)
def test_bad_arguments_exit_2_and_write_nothing(run, on_site, tmp_path, args):
    code, out, err = run(*args)
    assert code == 2 and out == "" and err
    assert not list(tmp_path.glob("*.pdf"))


def test_an_unwritable_file_exits_2_in_one_sentence(run, on_site, tmp_path):
    code, out, err = run("onsite", "--print", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert (code, out) == (2, "")
    assert err.startswith("Cannot write the PDF to ") and len(err.strip().splitlines()) == 1


def test_a_host_may_not_print_it(run, on_site, tmp_path, monkeypatch, db_target):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "a long password 1")
    assert run("user", "add", "Hannah Host", "--role", "host")[0] == 0
    before = counts(db_target)
    monkeypatch.setenv("RECEPTIONIST_USER", "Hannah Host")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "a long password 1")
    code, out, err = run("onsite", "--print")
    assert (code, out) == (5, "") and err
    assert not list(tmp_path.glob("*.pdf"))
    assert counts(db_target) == before  # not even an audit entry
