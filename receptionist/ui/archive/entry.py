"""The desk's entry points to the archive's dialogs (their modules load when opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.context import DeskContext


def open_import(ctx: DeskContext, parent: QWidget) -> None:
    from .import_dialog import ImportDialog

    ImportDialog(ctx, parent).exec()


def open_export(ctx: DeskContext, parent: QWidget) -> None:
    from .export_dialog import ExportDialog

    ExportDialog(ctx, parent).exec()
