"""Live language switching: a widget's texts are set in ``retranslate()``, called once
when it is built and again whenever Qt announces a language change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # the mixin is only ever combined with a widget
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mixin (list it before the Qt base class) that calls ``self.retranslate()`` on
    ``QEvent.LanguageChange``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
