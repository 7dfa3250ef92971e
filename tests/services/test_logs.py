"""The log file's formatter keeps tracebacks and drops what may be personal data."""

from __future__ import annotations

import logging

import psycopg
import pytest

from receptionist.domain.errors import ValidationError
from receptionist.services.logs import WITHHELD, PrivateFormatter
from tests.log_scan import PHONE, RunLog, leaks


def _logged(error_factory) -> str:
    handler = RunLog()
    log = logging.getLogger("receptionist.test_logs")
    log.addHandler(handler)
    try:
        try:
            error_factory()
        except Exception:
            log.exception("a background job failed")
    finally:
        log.removeHandler(handler)
    return "\n".join(handler.lines)


def _unique_violation():
    error = psycopg.errors.UniqueViolation(
        'duplicate key value violates unique constraint "customer_phone"\n'
        "DETAIL:  Key (phone)=(+8613800138000) already exists."
    )
    raise error


def test_a_database_error_keeps_its_frames_not_its_values():
    text = _logged(_unique_violation)
    assert "13800138000" not in text and WITHHELD in text
    assert "_unique_violation" in text  # the frame is kept: where it happened
    assert "UniqueViolation" in text


def test_a_value_error_built_from_what_was_typed_is_withheld():
    typed_text = "13912345678 张三"  # what a visitor typed (not on the raising line)

    def typed():
        raise ValueError(f"not a phone: {typed_text}")

    text = _logged(typed)
    assert "张三" not in text and "13912345678" not in text and "ValueError" in text


def test_chained_causes_are_withheld_too():
    name = "王大伟"

    def chained():
        try:
            raise KeyError(name)
        except KeyError as error:
            raise RuntimeError(f"lookup failed for {name}") from error

    text = _logged(chained)
    assert "王大伟" not in text
    assert "direct cause" in text and "KeyError" in text and "RuntimeError" in text


def test_our_refusals_and_programming_errors_keep_their_sentences():
    def refusal():
        raise ValidationError("name_too_long", field="name", maximum=100)

    assert "is longer than 100 characters" in _logged(refusal)

    def bug():
        return None.missing  # type: ignore[attr-defined]

    assert "has no attribute 'missing'" in _logged(bug)


@pytest.mark.parametrize("line", ["call 138 0013 8000", "+8613800138000 checked in", "13800138000"])
def test_the_scan_finds_a_phone(line):
    found = leaks([line.replace(" ", "")], set())
    assert found and PHONE.search(found[0])


def test_the_scan_finds_a_name():
    assert leaks(["visitor 张三 arrived"], {"张三"}) == ["visitor 张三 arrived"]


def test_the_formatter_is_the_log_files():
    from receptionist.ui import app

    assert isinstance(PrivateFormatter(), logging.Formatter)
    with open(app.__file__, encoding="utf-8") as source:
        assert "PrivateFormatter()" in source.read()
