"""This computer's settings, declared once in ``ui/common/options.py``: each option reads
back what was written, as its type, and its default when the value is missing or garbled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from receptionist.ui.common import options
from receptionist.ui.common.options import Option

UI = Path(options.__file__).resolve().parents[1]


def _declared() -> list[Option]:
    found = []
    for value in vars(options).values():
        if isinstance(value, Option):
            found.append(value)
        elif isinstance(value, dict):
            found += [v for v in value.values() if isinstance(v, Option)]
    found.append(options.printer_paper_format("Office/Floor 2", "card"))
    return found


# A value of the right type that differs from every default, per type.
SAMPLES = {bool: True, int: 42, str: "zh_CN", bytes: b"\x01\x00\xff geometry"}
GARBLED = {bool: "maybe", int: "forty-two", str: ["a", "b"], bytes: "not bytes"}


def _sample(option: Option):
    return option.choices[-1] if option.choices else SAMPLES[option.kind]


def test_every_key_is_declared_once():
    keys = [option.key for option in _declared()]
    assert len(keys) == len(set(keys))
    assert {"ui/language", "desk/actor_id", "desk/geometry", "printing/auto_slip"} <= set(keys)


@pytest.mark.parametrize("option", _declared(), ids=lambda o: o.key)
def test_an_option_round_trips_its_type(option):
    value = _sample(option)
    assert value != option.default
    option.set(value)
    read = option.get()
    assert read == value
    assert type(read) is option.kind


@pytest.mark.parametrize("option", _declared(), ids=lambda o: o.key)
def test_a_missing_or_garbled_value_reads_as_the_default(option):
    assert option.get() == option.default
    options.desk_settings().setValue(option.key, GARBLED[option.kind])
    assert option.get() == option.default


@pytest.mark.parametrize("option", _declared(), ids=lambda o: o.key)
def test_a_wrong_value_is_refused_when_written(option):
    with pytest.raises(ValueError):
        option.set(GARBLED[option.kind])
    assert option.get() == option.default


def test_a_value_outside_the_choices_reads_as_the_default():
    options.desk_settings().setValue("printing/slip_format", "a5")  # a card format
    assert options.PAPER_FORMAT["slip"].get() == "label62"


def test_a_settings_file_written_by_an_earlier_version_still_loads(tmp_path):
    """The stored keys and their text form are those the desk wrote before options.py."""
    folder = tmp_path / "earlier"
    (folder / "Receptionist").mkdir(parents=True)
    (folder / "Receptionist" / "Receptionist.conf").write_text(
        "[desk]\nactor_id=7\ngeometry=@ByteArray(\\x1\\0\\x61)\n"
        "[printing]\nauto_slip=true\ncard_at_checkout=false\nslip_printer=\ncard_format=a5\n"
        "paper\\Label QL\\slip=receipt80\n"
        "[ui]\nlanguage=zh_CN\n"
    )
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    assert options.ACTOR_ID.get() == 7
    assert options.DESK_GEOMETRY.get() == b"\x01\x00a"
    assert (options.AUTO_SLIP.get(), options.CARD_AT_CHECKOUT.get()) == (True, False)
    assert options.PRINTER["slip"].get() == ""  # no printer: save a PDF
    assert options.PRINTER["card"].get() is None  # never chosen
    assert options.PAPER_FORMAT["card"].get() == "a5"
    assert options.printer_paper_format("Label QL", "slip").get() == "receipt80"
    assert options.LANGUAGE.get() == "zh_CN"


def test_geometry_is_stored_as_a_byte_array():
    options.DESK_GEOMETRY.set(QByteArray(b"\x01\x02"))
    assert isinstance(options.desk_settings().value("desk/geometry"), QByteArray)


def test_only_options_py_makes_a_qsettings():
    """Docstrings may name QSettings; only options.py constructs or imports it."""
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "options.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"QSettings\(|import .*\bQSettings\b", line)
    ]
    assert offenders == []
