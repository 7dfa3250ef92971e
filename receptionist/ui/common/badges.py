"""The coloured category badge, drawn the same way in every list of the desk.

A model returns the ``Category`` under ``CATEGORY_ROLE`` for the badge column; the
delegate paints a rounded pill with the translated label.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.enums import Category
from .labels import category_colors, category_label

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 20
_Index = QModelIndex | QPersistentModelIndex


class CategoryBadgeDelegate(QStyledItemDelegate):
    """Paints ``index.data(CATEGORY_ROLE)`` as a coloured pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        value = index.data(CATEGORY_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        category = Category(value)
        bg, fg = category_colors(category)
        label = category_label(category)
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(label) + 16
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.x() + 4,
            option.rect.center().y() - height / 2 + 1,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(fg)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        value = index.data(CATEGORY_ROLE)
        if value is not None:
            metrics = QFontMetrics(option.font)
            size.setWidth(
                max(size.width(), metrics.horizontalAdvance(category_label(Category(value))) + 28)
            )
            size.setHeight(max(size.height(), metrics.height() + 10))
        return size
