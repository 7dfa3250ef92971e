"""``receptionist print`` and ``receptionist feedback`` through ``cli.main`` (and one
subprocess): PDFs read back with pdftotext, every outcome recorded, refusals write nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from receptionist.store.connection import close_database

from ..conftest import row_counts as counts
from .conftest import ADMIN

CODE = re.compile(r"V-\d{4}-\d{4}")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


@pytest.fixture
def visit_code(run) -> str:
    """A problem customer on site, with a phone and a note that must never be printed."""
    assert run("staff", "add", "Front desk", "--role", "receptionist")[0] == 0
    assert run("staff", "add", "李经理", "--role", "host")[0] == 0
    code, out, err = run(
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
        "--host",
        "李经理",
        "--note",
        "上次投诉未解决",
    )
    assert code == 0, err
    return CODE.search(out).group(0)


def history(run, code: str) -> list[dict]:
    status, out, err = run("print", "history", code, "--json")
    assert status == 0, err
    return json.loads(out)


def pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(done.stdout.split())  # layout aside: the words, in order


def page_size(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


# --- print to a file ---------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("fmt, width_pt", [("label62", 175.7), ("receipt80", 226.8), ("a6", 297.6)])
def test_print_slip_to_a_file(run, visit_code, tmp_path, fmt, width_pt):
    out_file = tmp_path / f"slip-{fmt}.pdf"
    status, out, err = run("print", "slip", visit_code, "--format", fmt, "--out", str(out_file))
    assert status == 0, err
    assert str(out_file) in out and err == ""
    text = pdf_text(out_file)
    assert visit_code in text and "王小明" in text and "李经理" in text
    for secret in ("13912345678", "5678", "上次投诉未解决", "problem", "Problem", "问题"):
        assert secret not in text
    assert abs(page_size(out_file)[0] - width_pt) < 1
    (record,) = history(run, visit_code)
    assert (record["document"], record["fmt"], record["outcome"], record["printer"]) == (
        "slip",
        fmt,
        "saved",
        None,
    )


@needs_poppler
def test_print_card_in_chinese(run, visit_code, tmp_path):
    out_file = tmp_path / "card.pdf"
    status, out, err = run(
        "--lang", "zh_CN", "print", "card", visit_code, "--format", "a5", "--out", str(out_file)
    )
    assert status == 0, err
    text = pdf_text(out_file)
    assert visit_code in text and "王小明" in text and "反馈" in text
    assert "13912345678" not in text
    width, height = page_size(out_file)
    assert (round(width), round(height)) == (420, 595)  # A5 in points
    assert [r["document"] for r in history(run, visit_code)] == ["card"]


def test_default_file_is_code_and_document_in_the_current_folder(run, visit_code, tmp_path):
    assert run("print", "slip", visit_code)[0] == 0
    assert run("print", "card", visit_code.lower())[0] == 0
    assert (tmp_path / f"{visit_code}-slip.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / f"{visit_code}-card.pdf").read_bytes().startswith(b"%PDF")
    assert [(r["document"], r["fmt"]) for r in history(run, visit_code)] == [
        ("card", "a6"),
        ("slip", "label62"),
    ]  # newest first


def test_history_as_text(run, visit_code):
    status, out, _ = run("print", "history", visit_code)
    assert status == 0 and out.strip() == "Nothing has been printed for this visit."
    run("print", "slip", visit_code)
    status, out, _ = run("print", "history", visit_code)
    assert "label62" in out and "saved" in out and ADMIN in out


# --- refusals: one sentence, exit 2, nothing written -------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (("print", "slip", "V-0101-9999"), "No visit has this code; check the code on the slip."),
        (("print", "card", "nonsense"), "No visit has this code; check the code on the slip."),
    ],
)
def test_unknown_code_prints_nothing(run, visit_code, db_target, tmp_path, args, message):
    before = counts(db_target)
    pdfs = set(tmp_path.rglob("*.pdf"))
    status, out, err = run(*args)
    assert (status, out, err.strip()) == (2, "", message)
    assert counts(db_target) == before and set(tmp_path.rglob("*.pdf")) == pdfs


@pytest.mark.parametrize(
    "args",
    [
        ("print", "slip", "{code}", "--format", "a5"),
        ("print", "card", "{code}", "--format", "label62"),
        ("print", "slip", "{code}", "--out", "x.pdf", "--printer", "Office"),
        ("print", "slip"),
        ("print",),
    ],
)
def test_bad_arguments_are_refused(run, visit_code, db_target, tmp_path, args):
    before = counts(db_target)
    status, out, err = run(*(a.format(code=visit_code) for a in args))
    assert status == 2 and out == "" and err
    assert counts(db_target) == before
    assert not list(tmp_path.glob("*.pdf"))


def test_unwritable_output_records_nothing(run, visit_code, db_target, tmp_path):
    before = counts(db_target)
    status, out, err = run(
        "print", "slip", visit_code, "--out", str(tmp_path / "missing" / "slip.pdf")
    )
    assert status == 2 and out == ""
    assert err.startswith("Cannot write the PDF to ") and len(err.strip().splitlines()) == 1
    assert counts(db_target) == before


def test_unknown_actor_prints_nothing(run, visit_code, db_target, tmp_path):
    before = counts(db_target)
    status, _, err = run("print", "slip", visit_code, "--user", "Nobody")
    assert status == 5 and err.startswith("Wrong name, password or PIN")
    assert counts(db_target) == before and not list(tmp_path.glob("*.pdf"))


# --- print on a printer ------------------------------------------------------------------


@pytest.fixture
def fallback(qapp, tmp_path, monkeypatch):
    """The printouts folder in tmp_path. ``qapp`` first: the CLI reuses the test run's
    QApplication (a QGuiApplication of its own would stop pytest-qt making one later)."""
    from receptionist.ui.printing import support as print_support

    folder = tmp_path / "Printouts"
    folder.mkdir()
    monkeypatch.setattr(print_support, "fallback_dir", lambda: folder)
    return folder


def test_missing_printer_saves_the_pdf_and_records_the_failure(run, visit_code, fallback):
    status, out, err = run(
        "print", "slip", visit_code, "--format", "a6", "--printer", "No Such Printer 42"
    )
    assert status == 2 and out == ""
    saved = fallback / f"{visit_code}-slip-a6.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "No Such Printer 42" in err and str(saved) in err
    (record,) = history(run, visit_code)
    assert (record["outcome"], record["printer"], record["fmt"]) == (
        "failed",
        "No Such Printer 42",
        "a6",
    )


def test_a_printed_document_is_recorded(run, visit_code, fallback, monkeypatch):
    from receptionist.ui.printing import support as print_support

    sent = []

    def fake_print(doc, printer_name, copies=1, output_file=None):
        sent.append((doc.kind, doc.fmt, printer_name))
        return print_support.PrintOutcome(True, printer_name, "Sent.")

    monkeypatch.setattr(print_support, "print_document", fake_print)
    status, out, err = run("print", "card", visit_code, "--printer", "Office")
    assert status == 0, err
    assert sent == [("card", "a6", "Office")]
    assert out.strip() == f"Printed the card of {visit_code} (a6) on Office."
    (record,) = history(run, visit_code)
    assert (record["outcome"], record["printer"]) == ("printed", "Office")
    assert not list(fallback.iterdir())


def test_printing_to_a_file_does_not_load_qt(run, visit_code, db_target, tmp_path):
    close_database()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    script = (
        "import sys; from receptionist import cli; "
        f"rc = cli.main(['--db', {db_target!r}, 'print', 'slip', {visit_code!r}, "
        f"'--out', {str(tmp_path / 'noqt.pdf')!r}]); "
        "assert rc == 0, rc; assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "noqt.pdf").exists()


# --- feedback ----------------------------------------------------------------------------


def test_feedback_is_recorded(run, visit_code):
    assert run("checkout", visit_code)[0] == 0
    status, out, err = run(
        "feedback",
        visit_code,
        "--overall",
        "5",
        "--attitude",
        "4",
        "--speed",
        "3",
        "--recommend",
        "9",
        "--comment",
        "接待很周到",
    )
    assert status == 0, err
    assert out.splitlines() == [
        f"Recorded the feedback on {visit_code}: overall 5/5, attitude 4/5, speed 3/5, "
        "recommend 9/10.",
        "Comment: 接待很周到",
    ]


def test_feedback_as_json(run, visit_code):
    status, out, err = run(
        "feedback", visit_code.lower(), "--overall", "2", "--source", "call", "--json"
    )
    assert status == 0, err
    data = json.loads(out)
    assert data["code"] == visit_code
    assert (data["overall"], data["attitude"], data["source"], data["entered_by"]) == (
        2,
        None,
        "call",
        ADMIN,
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (("--overall", "6"), "Ratings are whole numbers from 1 to 5."),
        (("--overall", "five"), "Ratings are whole numbers from 1 to 5."),
        (("--overall", "5", "--environment", "0"), "Ratings are whole numbers from 1 to 5."),
        (
            ("--overall", "5", "--recommend", "11"),
            "The recommend score is a whole number from 0 to 10.",
        ),
        (("--overall", "5", "--comment", "x" * 1001), "Comment is longer than 1000 characters."),
    ],
)
def test_bad_feedback_is_refused(run, visit_code, db_target, args, message):
    before = counts(db_target)
    status, out, err = run("feedback", visit_code, *args)
    assert (status, out, err.strip()) == (2, "", message)
    assert counts(db_target) == before


def test_second_feedback_and_unknown_code(run, visit_code, db_target):
    assert run("feedback", visit_code, "--overall", "4")[0] == 0
    before = counts(db_target)
    status, out, err = run("feedback", visit_code, "--overall", "1")
    assert (status, out) == (2, "")
    assert err.strip() == "This visit already has feedback; it is entered only once."
    status, _, err = run("feedback", "V-0101-9999", "--overall", "1")
    assert status == 2 and err.strip() == "No visit has this code; check the code on the slip."
    status, _, err = run("feedback", visit_code)  # --overall is required
    assert status == 2 and "--overall" in err
    assert counts(db_target) == before
