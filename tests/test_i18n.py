"""Translations are complete and the shipped .qm files are what the .ts sources compile to.

A new ``self.tr("...")`` without a Chinese translation makes this fail: run
``python scripts/i18n.py update``, translate, then ``python scripts/i18n.py compile``.
"""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from receptionist.domain import messages
from receptionist.domain.errors import CustomerChanged
from receptionist.ui.common import i18n, labels

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()


@pytest.fixture
def work(tmp_path):
    """Copies of the committed .ts files, refreshed from the current sources by lupdate."""
    for lang in script.LANGUAGES:
        shutil.copyfile(script.ts_path(lang), script.ts_path(lang, tmp_path))
    return tmp_path


def test_sources_include_every_translated_ui_module():
    names = {p.relative_to(script.PACKAGE).as_posix() for p in script.sources()}
    assert {"ui/common/labels.py", "ui/visit_log/window.py", "ui/settings/dialog.py"} <= names
    assert "domain/messages.py" in names  # the error catalogue, marked without Qt
    assert not any("store" in p.parts or "services" in p.parts for p in script.sources())


def test_every_message_of_the_sources_is_translated(work):
    problems = []
    for lang in script.LANGUAGES:
        script.lupdate(script.ts_path(lang, work), lang, drop_obsolete=False)
        problems += script.problems(script.ts_path(lang, work))
    assert problems == [], "run scripts/i18n.py update and translate:\n" + "\n".join(problems)


def test_a_new_untranslated_string_is_caught(work, tmp_path, monkeypatch):
    module = tmp_path / "new_widget.py"
    module.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewWidget(QWidget):\n"
        "    def retranslate(self):\n"
        "        self.setWindowTitle(self.tr('A string nobody has translated yet'))\n",
        encoding="utf-8",
    )
    real_sources = script.sources
    monkeypatch.setattr(script, "sources", lambda: [*real_sources(), module])
    ts = script.ts_path("zh_CN", work)
    script.lupdate(ts, "zh_CN", drop_obsolete=False)
    found = script.problems(ts)
    assert any("A string nobody has translated yet" in p and "unfinished" in p for p in found)


def test_lupdate_extracts_texts_marked_in_a_module_without_qt(work, tmp_path, monkeypatch):
    """The error catalogue marks its texts with a ``QT_TRANSLATE_NOOP`` of its own and
    never imports PySide6; lupdate's Python parser still finds them by the name."""
    module = tmp_path / "catalogue.py"
    module.write_text(
        "def QT_TRANSLATE_NOOP(context, text):\n"
        "    return text\n\n\n"
        "MESSAGES = {\n"
        '    "x": QT_TRANSLATE_NOOP(\n'
        '        "Errors", "A refusal nobody has translated yet, "\n'
        '        "longer than {maximum} characters."\n'
        "    ),\n"
        "}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(script, "sources", lambda: [module])
    assert "PySide6" not in module.read_text(encoding="utf-8")
    ts = script.ts_path("zh_CN", work)
    script.lupdate(ts, "zh_CN", drop_obsolete=False)
    assert (
        "receptionist_zh_CN.ts: Errors: 'A refusal nobody has translated yet, longer than "
        "{maximum} characters.' is unfinished"
    ) in script.problems(ts)


def test_every_sentence_of_the_error_catalogue_is_translated():
    """Each catalogue text is a message of the committed Chinese file, context Errors,
    translated with the same placeholders: adding an error without its Chinese fails."""
    translated = {}
    for context in ET.parse(script.ts_path("zh_CN")).getroot().iter("context"):
        if context.findtext("name") == messages.CONTEXT:
            for message in context.iter("message"):
                kind = message.find("translation").get("type")
                translated[message.findtext("source")] = kind is None
    missing = [code for code, text in messages.MESSAGES.items() if not translated.get(text)]
    assert missing == [], "run scripts/i18n.py update and translate these codes"
    assert len(translated) == len(messages.MESSAGES)  # nothing else speaks in "Errors"


def test_the_desk_says_a_catalogue_sentence_in_chinese(qapp):
    zh = _translator("zh_CN")
    text = messages.MESSAGES["name_too_long"]
    assert zh.translate("Errors", text).format(maximum=100) == "姓名不能超过 100 个字符。"
    assert zh.translate("Errors", messages.MESSAGES["cancel_not_planned"]) == (
        "只有尚未到访的预约才能取消。"
    )


def test_the_fields_another_station_changed_are_named_in_the_desks_language(qapp):
    """``CustomerChanged`` names fields, not values: the desk says their labels as a list
    in the language it speaks."""
    error = CustomerChanged({"name": ("张三", "张叁"), "phone": ("138 0013 8000", "")})
    assert "customer's details (name, phone number) after" in error.message
    assert "张" not in error.message and "138" not in error.message
    zh = _translator("zh_CN")
    QCoreApplication.installTranslator(zh)
    try:
        text = labels.error_text(error)
    finally:
        QCoreApplication.removeTranslator(zh)
    assert "修改了其中的姓名、电话号码，" in text


def test_problems_reports_empty_vanished_and_broken_messages(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN" sourcelanguage="en"><context><name>C</name>'
        "<message><source>Empty</source><translation></translation></message>"
        '<message><source>Gone</source><translation type="vanished">没了</translation>'
        "</message>"
        '<message numerus="yes"><source>%n rows</source><translation>'
        "<numerusform></numerusform></translation></message>"
        "<message><source>Fine</source><translation>好</translation></message>"
        "<message><source>Hi {name}</source><translation>你好 {姓名}</translation></message>"
        "<message><source>&amp;Save</source><translation>保存</translation></message>"
        "<message><source>&amp;Open {n}</source><translation>打开 {n}(&amp;O)</translation>"
        "</message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = script.problems(ts)
    assert len(found) == 5
    assert not any("Fine" in p or "Open" in p for p in found)
    assert any("Hi {name}" in p for p in found) and any("&Save" in p for p in found)


def test_lrelease_is_deterministic(tmp_path):
    first = script.compile_all(tmp_path / "a")
    second = script.compile_all(tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_shipped_qm_files_are_compiled_from_the_ts(tmp_path):
    for built in script.compile_all(tmp_path):
        shipped = script.QM_DIR / built.name
        assert shipped.exists(), f"{shipped.name} missing: run scripts/i18n.py compile"
        assert shipped.read_bytes() == built.read_bytes(), (
            f"{shipped.name} is stale: run scripts/i18n.py compile"
        )


def test_qm_files_are_where_the_app_loads_them():
    assert i18n.qm_directory() == script.QM_DIR


def _translator(lang: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"receptionist_{lang}", str(i18n.qm_directory()))
    return translator


def test_chinese_translations(qapp):
    zh = _translator("zh_CN")
    assert zh.translate("Labels", "Prospect") == "潜在客户"
    assert zh.translate("Labels", "VIP") == "VIP客户"
    assert zh.translate("Labels", "Complaint handling") == "投诉处理"
    assert zh.translate("Labels", "Relationship care") == "关系维护接待"
    assert zh.translate("VisitLogWindow", "Visit log") == "接待记录"
    check_in = zh.translate("CheckInPanel", "Check in")
    assert check_in and all("\u4e00" <= ch <= "\u9fff" for ch in check_in)
    summary = zh.translate("VisitLogWindow", "Visits 1–{loaded} of {total}")
    assert summary.format(loaded=100, total="48,213") == "接待记录 1–100，共 48,213 条"


def test_the_english_file_loads(qapp):
    """English is the source language: its file holds only plural forms (none today) and
    still loads, so a plural added later reads "1 visit" / "2 visits"."""
    _translator("en")  # asserts that it loads


def test_check_command_passes():
    assert script.check() == []
