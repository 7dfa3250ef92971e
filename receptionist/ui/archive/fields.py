"""Translated names of the import's canonical fields (``domain.importing``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(name: str) -> str:
    """The field ``name`` as people call it, in the current language."""
    labels = {
        "name": QCoreApplication.translate("ArchiveFields", "Name"),
        "phone": QCoreApplication.translate("ArchiveFields", "Phone"),
        "company": QCoreApplication.translate("ArchiveFields", "Company"),
        "title": QCoreApplication.translate("ArchiveFields", "Title"),
        "kind": QCoreApplication.translate("ArchiveFields", "Kind"),
        "category": QCoreApplication.translate("ArchiveFields", "Category"),
        "email": QCoreApplication.translate("ArchiveFields", "Email"),
        "customer_ref": QCoreApplication.translate("ArchiveFields", "Customer reference"),
        "source": QCoreApplication.translate("ArchiveFields", "Source"),
        "notes": QCoreApplication.translate("ArchiveFields", "Notes"),
        "birthday": QCoreApplication.translate("ArchiveFields", "Birthday"),
        "date": QCoreApplication.translate("ArchiveFields", "Date"),
        "amount": QCoreApplication.translate("ArchiveFields", "Amount"),
        "note": QCoreApplication.translate("ArchiveFields", "Note"),
        "reference": QCoreApplication.translate("ArchiveFields", "Purchase reference"),
    }
    return labels.get(name, name)
