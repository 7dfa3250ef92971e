"""Tables in the desk's narrow columns: the name column must stay readable.

When a table is too narrow, the less important columns are hidden (their text is also
in the row's tooltip) and come back when there is room again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFitter(QObject):
    """Keeps column ``keep`` at least ``min_chars`` average characters wide by hiding the
    columns of ``hide_order``, first one first. ``fixed`` gives the width of columns that
    do not size to their contents; ``capped`` columns size to their contents up to that
    many average characters (a host's whole name, but not a 100-character one)."""

    def __init__(
        self,
        view: QTableView,
        keep: int,
        min_chars: int,
        hide_order: Sequence[int],
        fixed: Mapping[int, int] | None = None,
        capped: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._keep = keep
        self._min_chars = min_chars
        self._hide_order = tuple(hide_order)
        self._fixed = dict(fixed or {})
        self._capped = dict(capped or {})
        self._header_hints: dict[int, int] = {}
        for column in self._capped:
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._pending = False
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _natural_width(self, column: int) -> int:
        if column in self._fixed:
            return self._fixed[column]
        header = self._view.horizontalHeader()
        # A hidden section's size hint is 0: use the one it had when it was shown.
        if header.isSectionHidden(column):
            title = self._header_hints.get(column, 0)
        else:
            title = self._header_hints[column] = header.sectionSizeHint(column)
        natural = max(self._view.sizeHintForColumn(column), title)
        if column in self._capped:
            return min(natural, self._capped[column] * self._view.fontMetrics().averageCharWidth())
        return natural

    def fit(self, *_args) -> None:
        """Fit once the pending events are handled. Opening the desk or refreshing a full
        board sends dozens of resizes and model signals, and each fit measures every cell
        of a hidden table (docs/performance.md, cold start): a burst costs one fit."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        if not self._view.isVisible():
            # A hidden table's size hints measure every row, not the rows in view (Qt's
            # sizeHintForColumn): with 200 on site that was 70,000 data() calls at start.
            # Showing it resizes its viewport, which fits it then.
            return
        count = self._view.model().columnCount()
        room = self._view.viewport().width() - sum(
            self._natural_width(c) for c in range(count) if c != self._keep
        )
        needed = self._min_chars * self._view.fontMetrics().averageCharWidth()
        hidden: set[int] = set()
        for column in self._hide_order:
            if room >= needed:
                break
            if column < count:
                hidden.add(column)
                room += self._natural_width(column)
        for column in range(count):
            if self._view.isColumnHidden(column) != (column in hidden):
                self._view.setColumnHidden(column, column in hidden)
        for column in self._capped:  # after showing it: a shown column gets its old width
            if column < count and not self._view.isColumnHidden(column):
                self._view.setColumnWidth(column, self._natural_width(column))
