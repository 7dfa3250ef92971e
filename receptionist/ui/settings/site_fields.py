"""The fields that say where a desk is — language, site name, kind of site — built and
worded once for the first-start setup and the General settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...domain.enums import SiteKind
from ...services import settings
from ..common import i18n
from ..common.labels import site_kind_label


def language_combo(name: str = "language_combo") -> QComboBox:
    """The languages, each named in its own language, so anyone can find theirs."""
    combo = QComboBox(objectName=name)
    for lang in i18n.LANGUAGES:
        combo.addItem(i18n.LANGUAGE_NAMES[lang], lang)
    return combo


def site_kind_combo(name: str = "site_kind_combo") -> QComboBox:
    """The kinds of site; ``retranslate_site_kinds`` (re)labels them."""
    combo = QComboBox(objectName=name)
    for kind in SiteKind:
        combo.addItem("", str(kind))
    retranslate_site_kinds(combo)
    return combo


def retranslate_site_kinds(combo: QComboBox) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, site_kind_label(SiteKind(combo.itemData(index))))


class SiteFields:
    """Labels and inputs for the language, the site's name and its kind (with the hint
    that a hotel speaks of guests); the owner lays them out. ``names`` are the widgets'
    object names: language combo, name edit, kind combo, kind hint."""

    def __init__(self, names: tuple[str, str, str, str]) -> None:
        language, site_name, site_kind, hint = names
        self.language_label = QLabel()
        self.language_combo = language_combo(language)
        self.site_name_label = QLabel()
        self.site_name_edit = QLineEdit(objectName=site_name)
        self.site_name_edit.setMaxLength(settings.SITE_NAME_MAX)
        self.site_kind_label = QLabel()
        self.site_kind_combo = site_kind_combo(site_kind)
        self.site_kind_hint = QLabel(objectName=hint)
        self.site_kind_hint.setWordWrap(True)
        self.site_kind_hint.setProperty("role", "hint")
        self.language_label.setBuddy(self.language_combo)
        self.site_name_label.setBuddy(self.site_name_edit)
        self.site_kind_label.setBuddy(self.site_kind_combo)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.language_label.setText(translate("SiteFields", "&Language"))
        self.language_combo.setAccessibleName(translate("SiteFields", "Language"))
        self.site_name_label.setText(translate("SiteFields", "&Site name"))
        self.site_name_edit.setAccessibleName(translate("SiteFields", "Site name"))
        self.site_name_edit.setPlaceholderText(
            translate("SiteFields", "As visitors know it, e.g. Star Motors")
        )
        self.site_kind_label.setText(translate("SiteFields", "&Kind of site"))
        self.site_kind_combo.setAccessibleName(translate("SiteFields", "Kind of site"))
        retranslate_site_kinds(self.site_kind_combo)
        self.site_kind_hint.setText(
            translate(
                "SiteFields",
                "At a hotel, visitors are called guests and a room number can be recorded "
                "with each visit.",
            )
        )
