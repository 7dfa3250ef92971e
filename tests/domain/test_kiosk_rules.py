"""Invitation codes, surnames for the kiosk greeting, and the staff PIN."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from receptionist.domain import pin
from receptionist.domain.errors import ValidationError
from receptionist.domain.greeting import surname
from receptionist.domain.invite_code import ALPHABET, new_invite_code, parse_invite_code


def test_new_codes_are_well_formed_and_differ():
    codes = {new_invite_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert parse_invite_code(code) == code
        assert code[0:2] == "I-" and code[6] == "-" and len(code) == 11
        assert set(code[2:6] + code[7:]) <= set(ALPHABET)


@pytest.mark.parametrize(
    "typed", ["I-7KQM-3XPA", "i7kqm3xpa", " I 7KQM 3XPA ", "Ｉ-７ＫＱＭ-３ＸＰＡ"]
)
def test_typed_and_scanned_spellings_parse(typed):
    assert parse_invite_code(typed) == "I-7KQM-3XPA"


@pytest.mark.parametrize(
    "typed",
    ["", "V-1122-0001", "I-7KQM-3XP", "I-7KQM-3XPAA", "I-0KQM-3XPA", "I-1KQM-3XPA", "X-7KQM-3XPA"],
)
def test_other_text_is_not_an_invitation_code(typed):
    assert parse_invite_code(typed) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", "张"),
        ("欧阳娜娜", "欧阳"),
        ("司马光", "司马"),
        ("Emily Zhang", "Zhang"),
        ("  John  Smith ", "Smith"),
        ("Madonna", "Madonna"),
        ("", ""),
    ],
)
def test_surname(name, expected):
    assert surname(name) == expected


def test_pin_hash_round_trip_and_refusals():
    stored = pin.hash_pin("2468", iterations=1000)
    # Not stored in clear: no field of the stored form is the PIN (the hex salt and digest
    # may contain "2468" by chance, about 1 run in 700).
    assert stored.startswith("pbkdf2_sha256$1000$") and "2468" not in stored.split("$")
    assert pin.pin_matches("2468", stored)
    assert not pin.pin_matches("2469", stored)
    assert not pin.pin_matches("", stored)
    assert not pin.pin_matches("2468", "garbage")
    assert pin.hash_pin("2468") != pin.hash_pin("2468")  # salted


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "１２３４", " "])
def test_pin_must_be_four_to_eight_digits(bad):
    with pytest.raises(ValidationError) as err:
        pin.clean_pin(bad)
    assert err.value.code == "pin_invalid"


def test_the_fifth_failure_locks():
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    failures = 0
    for _ in range(pin.MAX_FAILURES - 1):
        failures, locked = pin.after_failure(failures, now)
        assert locked is None
    failures, locked = pin.after_failure(failures, now)
    assert failures == 0 and (locked - now).total_seconds() == pin.LOCK_MINUTES * 60
