"""What people type at the desk: names, phones, email, party size, notes."""

from __future__ import annotations

import pytest

from receptionist.domain.errors import ValidationError
from receptionist.domain.validation import (
    NAME_MAX,
    NOTE_MAX,
    PARTY_MAX,
    clean_company,
    clean_email,
    clean_name,
    clean_note,
    clean_party_size,
    clean_phone,
    clean_reason,
    display_phone,
    mask_phone,
    mask_phone_middle,
)


def refused(func, value, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(value)
    assert info.value.field == field
    assert info.value.message
    return info.value


# --- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("  张三  ", "张三"),
        ("张三", "张三"),
        ("欧阳娜娜", "欧阳娜娜"),
        ("محمد علي", "محمد علي"),
        ("Zoë O'Brien-Smith", "Zoë O'Brien-Smith"),
        ("Иван Петров", "Иван Петров"),
        ("😀 Smiley", "😀 Smiley"),
        ("John    Smith", "John Smith"),
        ("王\u3000五", "王 五"),  # ideographic space collapses to one space
        ("x", "x"),
    ],
)
def test_clean_name_accepts_any_script_trims_and_collapses_spaces(typed, clean):
    assert clean_name(typed) == clean


def test_name_length_limits():
    assert clean_name("张" * NAME_MAX) == "张" * NAME_MAX
    err = refused(clean_name, "张" * (NAME_MAX + 1), "name")
    assert err.code == "name_too_long"
    # Surrounding spaces do not count.
    assert clean_name("  " + "a" * NAME_MAX + "  ") == "a" * NAME_MAX


def test_name_length_is_counted_after_collapsing_spaces():
    typed = "a" * 50 + "   " + "b" * 49  # 102 typed, 100 once collapsed
    assert clean_name(typed) == "a" * 50 + " " + "b" * 49


@pytest.mark.parametrize("typed", ["", "   ", None, "\u3000"])
def test_name_is_required(typed):
    err = refused(clean_name, typed, "name")
    assert err.code == "name_required"


@pytest.mark.parametrize(
    "typed", ["John\tSmith", "张\n三", "a\x00b", "a\x1bb", "a\u2028b", "bell\x07"]
)
def test_name_with_control_characters_is_refused(typed):
    err = refused(clean_name, typed, "name")
    assert err.code == "name_control"


# --- phones ------------------------------------------------------------------------------

MOBILE = "+8613800138000"


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "+86 138 0013 8000",
        "+8613800138000",
        "138-0013-8000",
        "138 0013 8000",
        "+86-138-0013-8000",
        "(+86) 138 0013 8000",
        "１３８００１３８０００",
        "＋８６ １３８－００１３－８０００",
    ],
)
def test_mainland_mobile_in_any_usual_form(typed):
    phone = clean_phone(typed)
    assert phone is not None
    assert phone.e164 == MOBILE
    assert phone.search == "13800138000"
    assert phone.last4 == "8000"
    assert phone.display == "138 0013 8000"


@pytest.mark.parametrize(
    ("typed", "e164", "search"),
    [
        ("010-62345678", "+861062345678", "01062345678"),
        ("(010) 6234 5678", "+861062345678", "01062345678"),
        ("+86 10 6234 5678", "+861062345678", "01062345678"),
        ("021-63456789", "+862163456789", "02163456789"),
        ("0755-83456789", "+8675583456789", "075583456789"),
        ("0755 8345 6789", "+8675583456789", "075583456789"),
    ],
)
def test_landline_with_area_code(typed, e164, search):
    phone = clean_phone(typed)
    assert phone.e164 == e164
    assert phone.search == search  # what a person types from the start
    assert phone.last4 == e164[-4:]


@pytest.mark.parametrize(
    ("typed", "e164", "search"),
    [
        ("+1 202 555 0143", "+12025550143", "12025550143"),
        ("+1 (650) 253-0000", "+16502530000", "16502530000"),
        ("+44 20 7946 0958", "+442079460958", "442079460958"),
        ("+44 7911 123456", "+447911123456", "447911123456"),
    ],
)
def test_international_numbers(typed, e164, search):
    phone = clean_phone(typed)
    assert phone.e164 == e164
    assert phone.search == search
    assert phone.display.startswith("+")


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_phone_is_none(typed):
    assert clean_phone(typed) is None


@pytest.mark.parametrize("typed", ["62345678", "12345678"])
def test_landline_without_area_code_is_refused_with_a_hint(typed):
    err = refused(clean_phone, typed, "phone")
    assert "area code" in err.message


@pytest.mark.parametrize("typed", ["000", "1380013", "138 0013"])
def test_too_short_is_refused_with_the_reason(typed):
    err = refused(clean_phone, typed, "phone")
    assert err.code == "phone_too_short"
    assert "too short" in err.message
    assert "11 digits" in err.message


@pytest.mark.parametrize("typed", ["138001380001", "1380013800012345", "+1 202 555 01433"])
def test_too_long_is_refused_with_the_reason(typed):
    err = refused(clean_phone, typed, "phone")
    assert err.code == "phone_too_long"
    assert "too long" in err.message


@pytest.mark.parametrize("typed", ["abc", "138abc00138", "call me", "138O0138000"])
def test_letters_are_refused(typed):
    err = refused(clean_phone, typed, "phone")
    assert err.code == "phone_chars"


@pytest.mark.parametrize("typed", ["+", "1", "+999 123"])
def test_unparsable_numbers_are_refused(typed):
    assert refused(clean_phone, typed, "phone").code == "phone_unparsable"


@pytest.mark.parametrize(
    "typed",
    [
        "62345678",
        "1380013",
        "138001380001",
        "1380013800012345",
        "138abc00138",
        "+999 123",
        "+44 20 7946 095",
        "020-1234567",
    ],
)
def test_phone_error_never_repeats_what_was_typed(typed):
    err = refused(clean_phone, typed, "phone")
    digits = "".join(c for c in typed if c.isdigit())
    assert typed not in err.message
    assert typed not in str(err)
    assert digits not in err.message.replace(" ", "").replace("-", "")


def test_display_and_mask():
    assert display_phone(MOBILE) == "138 0013 8000"
    assert display_phone(None) == ""
    assert mask_phone(MOBILE).endswith("8000")
    assert "13800" not in mask_phone(MOBILE)
    assert mask_phone(None) == ""


@pytest.mark.parametrize(
    ("e164", "masked"),
    [
        ("+8613800138000", "138****8000"),
        ("+861012345678", "010****5678"),
        ("+12025550143", "+1 202***0143"),
        (None, ""),
    ],
)
def test_mask_phone_middle(e164, masked):
    assert mask_phone_middle(e164) == masked


# --- email, party size, note, company, reason --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [("  Li.Lei@Example.COM ", "li.lei@example.com"), ("a@b.cn", "a@b.cn"), ("", ""), (None, "")],
)
def test_email_accepted(typed, clean):
    assert clean_email(typed) == clean


@pytest.mark.parametrize("typed", ["no-at-sign", "a@b", "a @b.cn", "a@@b.cn", "x" * 250 + "@b.cn"])
def test_email_refused(typed):
    err = refused(clean_email, typed, "email")
    assert typed.strip() not in err.message


@pytest.mark.parametrize(
    ("typed", "size"), [(1, 1), ("3", 3), (" 4 ", 4), (PARTY_MAX, PARTY_MAX), (None, 1), ("", 1)]
)
def test_party_size_accepted(typed, size):
    assert clean_party_size(typed) == size


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        (0, "party_size_range"),
        (-1, "party_size_range"),
        (PARTY_MAX + 1, "party_size_range"),
        ("x", "party_size_invalid"),
        ("2.5", "party_size_invalid"),
        (2.5, "party_size_invalid"),
        (True, "party_size_invalid"),
    ],
)
def test_party_size_refused(typed, code):
    err = refused(clean_party_size, typed, "party_size")
    assert err.code == code


def test_note_keeps_newlines_and_tabs_but_not_other_controls():
    assert clean_note("  line one\nline two\tend  ") == "line one\nline two\tend"
    assert clean_note(None) == ""
    assert clean_note("x" * NOTE_MAX) == "x" * NOTE_MAX
    assert refused(clean_note, "x" * (NOTE_MAX + 1), "note").code == "note_too_long"
    assert refused(clean_note, "bad\x00note", "note").code == "note_control"


def test_company_is_optional_and_reason_is_required():
    assert clean_company(None) == ""
    assert clean_company("  华为技术有限公司 ") == "华为技术有限公司"
    assert refused(clean_reason, "  ", "reason").code == "reason_required"
    assert clean_reason("投诉已解决\n客户满意") == "投诉已解决\n客户满意"


# --- text that is not valid, invisible or reordered ---------------------------------------

INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\ufeff", "\u0301", "\u200b\u2060 \ufeff", "\u3164"]


@pytest.mark.parametrize("typed", INVISIBLE)
def test_a_name_of_invisible_characters_only_counts_as_empty(typed):
    assert refused(clean_name, typed, "name").code == "name_required"
    assert refused(clean_reason, typed, "reason").code == "reason_required"
    assert clean_company(typed) == ""


def test_invisible_characters_a_paste_brings_at_the_ends_are_trimmed():
    assert clean_name("\ufeff张三\u200b ") == "张三"
    assert clean_name("e\u0301 Lee") == "e\u0301 Lee"  # a combining mark on a letter stays
    assert clean_name("Zoë\u200dX") == "Zoë\u200dX"  # inside a name: left alone


@pytest.mark.parametrize(
    "typed",
    [
        "abc\u202edcba",
        "\u202aName",
        "Name\u202c",
        "\u202bx",
        "\u202dx",
        "x\u2066y\u2069",
        "\u2067x",
    ],
)
def test_direction_overrides_are_refused_in_names_companies_and_notes(typed):
    for func, field in ((clean_name, "name"), (clean_company, "company"), (clean_note, "note")):
        err = refused(func, typed, field)
        assert err.code == "text_bidi"
        assert typed not in err.message


@pytest.mark.parametrize("typed", ["\udce9t\udce9", "a\ud800", "\udfff"])
def test_lone_surrogates_are_refused_with_a_sentence(typed):
    for func, field in ((clean_name, "name"), (clean_company, "company"), (clean_note, "note")):
        err = refused(func, typed, field)
        assert err.code == "text_invalid"
        assert "not valid text" in err.message
    refused(clean_email, f"{typed}@example.com", "email")
    assert refused(clean_phone, typed, "phone").code == "phone_chars"


def test_right_to_left_text_itself_is_welcome():
    assert clean_name("محمد علي") == "محمد علي"
    assert clean_name("דוד\u200f כהן") == "דוד\u200f כהן"  # a right-to-left mark is not an override
