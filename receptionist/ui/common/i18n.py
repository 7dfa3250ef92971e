"""Loading the UI translations and switching language at run time.

English is the source language; ``receptionist_en.qm`` holds only its plural forms.
The chosen language belongs to one computer, so it lives in ``QSettings``. Installing or
removing a translator makes Qt send ``LanguageChange`` to every widget, whose
``retranslate()`` then updates its text.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import options

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
# Each language's name in its own language: never translated.
LANGUAGE_NAMES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def qm_directory() -> Path:
    """Where the compiled ``.qm`` files ship (package data of ``receptionist``)."""
    return Path(str(resources.files("receptionist").joinpath("resources", "i18n")))


def saved_language() -> str | None:
    """The language chosen on this computer, or None when none was chosen yet."""
    value = options.LANGUAGE.get()
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    options.LANGUAGE.set(lang)


def system_language() -> str:
    """Chinese when the computer speaks Chinese, otherwise English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def _load(directory: str | Path, name: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(directory)):
        return translator
    return None


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Install the app's translation for ``lang`` and Qt's own (buttons, calendars)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in ((qt_dir, f"qtbase_{lang}"), (qm_directory(), f"receptionist_{lang}")):
        translator = _load(directory, name)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(lang))


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def switch_language(app: QCoreApplication, lang: str) -> None:
    """Replace the installed translations; every widget then gets ``LanguageChange``."""
    remove_translators(app)
    install_translators(app, lang)
