"""The roll call (点名): the evacuation list on screen, grouped by host, a box to tick per
visitor as they are found, and a running count "12 of 15 accounted for".

Ticking a host ticks all of their visitors. Refresh reads who is on site again and keeps
the ticks of everyone still listed (new arrivals come unticked, people checked out go).
The ticks live in this window only: nothing is saved, closing the window forgets them
(it asks first while someone is still unaccounted for).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import evacuation
from ...services.evacuation import EvacuationList, Evacuee
from ..common import ask
from ..common.background import Background
from ..common.context import DeskContext
from ..common.labels import station_kind_label
from ..common.retranslate import Retranslating

VISIT = Qt.ItemDataRole.UserRole  # a visitor's item: the visit id
COL_NAME, COL_COMPANY, COL_PEOPLE, COL_SINCE, COL_STATION = range(5)
SCALE = 1.35  # the list's text, times the desk's


def _time(at: datetime, made_at: datetime) -> str:
    local = at.astimezone()
    if local.date() == made_at.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class RollCallWindow(Retranslating, QWidget):
    """``show_list(found)`` shows a list read elsewhere (the desk's action);
    ``refresh()`` reads it again off the GUI thread."""

    counted = Signal(int, int)  # visitors ticked, visitors listed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.found: EvacuationList | None = None
        self.setObjectName("roll_call_window")
        self.heading = QLabel(objectName="roll_call_heading")
        self.heading.setProperty("role", "heading")
        self.count_label = QLabel(objectName="roll_call_count")
        big = QFont(self.count_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.count_label.setFont(big)
        self.people_label = QLabel(objectName="roll_call_people")
        people_font = QFont(self.people_label.font())
        people_font.setPointSizeF(people_font.pointSizeF() * 1.3)
        self.people_label.setFont(people_font)
        self.hint = QLabel(objectName="roll_call_hint")
        self.hint.setWordWrap(True)
        self.status = QLabel(objectName="roll_call_status")
        self.refresh_button = QPushButton(objectName="roll_call_refresh_button")
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

        self.tree = QTreeWidget(objectName="roll_call_tree")
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        font = QFont(self.tree.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.tree.setFont(font)
        # Roomy lines: easy to hit with a finger or a mouse in a hurry.
        self.tree.setStyleSheet("QTreeWidget::item { padding: 5px 2px; }")
        header = self.tree.header()
        header.setFont(font)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(lambda *_: self._count())

        top = QHBoxLayout()
        counts = QVBoxLayout()
        counts.addWidget(self.heading)
        counts.addWidget(self.count_label)
        counts.addWidget(self.people_label)
        top.addLayout(counts, 1)
        side = QVBoxLayout()
        side.addWidget(self.refresh_button)
        side.addWidget(self.status)
        side.addStretch(1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)

        self._background = Background(self)
        self._background.done.connect(self._read)
        self._background.failed.connect(self._not_read)
        self.retranslate()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roll call — evacuation list"))
        self.setAccessibleName(self.tr("Roll call"))
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Company"),
                self.tr("People"),
                self.tr("Since"),
                self.tr("Checked in at"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Everyone on site, by host: tick who is found"))
        self.refresh_button.setText(self.tr("Refresh"))
        keys = self.refresh_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Read who is on site again; the ticks of people still here stay")
        self.refresh_button.setToolTip(f"{tip} ({keys})")
        self.refresh_button.setAccessibleName(tip)
        self.hint.setText(
            self.tr(
                "Tick each visitor as they are found (Space ticks the selected line; a "
                "host's line ticks all of theirs). The ticks stay in this window only: "
                "they are not saved, and closing the window forgets them."
            )
        )
        self.count_label.setAccessibleName(self.tr("Accounted for"))
        self.people_label.setAccessibleName(self.tr("People accounted for"))
        if self.found is not None:
            self.show_list(self.found)

    # -- the list ---------------------------------------------------------------------
    def ticked_ids(self) -> set[int]:
        """The visits ticked off."""
        return {
            item.data(0, VISIT)
            for item in self._visitor_items()
            if item.checkState(0) == Qt.CheckState.Checked
        }

    def host_items(self) -> list[QTreeWidgetItem]:
        """One line per host, in the list's order."""
        tree = self.tree
        found = (tree.topLevelItem(g) for g in range(tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    @staticmethod
    def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (item.child(n) for n in range(item.childCount()))
        return [child for child in found if child is not None]

    def _visitor_items(self) -> list[QTreeWidgetItem]:
        return [item for host in self.host_items() for item in self._children(host)]

    def show_list(self, found: EvacuationList, keep: set[int] | None = None) -> None:
        """Show ``found``; the visits in ``keep`` (default: those ticked now) stay ticked."""
        ticked = self.ticked_ids() if keep is None else keep
        current = self.tree.currentItem()
        current_id = current.data(0, VISIT) if current is not None else None
        self.found = found
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for group in found.groups():
            host = QTreeWidgetItem(self.tree)
            host.setText(COL_NAME, self._host_text(group.host_name))
            host.setText(COL_PEOPLE, str(group.head_count))
            host.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsAutoTristate  # ticking a host ticks all of theirs
            )
            host.setCheckState(0, Qt.CheckState.Unchecked)
            bold = QFont(self.tree.font())
            bold.setBold(True)
            for column in range(self.tree.columnCount()):
                host.setFont(column, bold)
            for person in group.people:
                item = self._visitor_item(host, person, found.made_at)
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked if person.visit_id in ticked else Qt.CheckState.Unchecked,
                )
                if person.visit_id == current_id:
                    chosen = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._label_hosts()
        self._count()
        first = chosen or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.heading.setText(
            " · ".join(
                x
                for x in (
                    found.site_name,
                    self.tr("on site at {time}").format(
                        time=found.made_at.astimezone().strftime("%H:%M")
                    ),
                )
                if x
            )
        )

    def _host_text(self, host_name: str) -> str:
        return self.tr("Host: {name}").format(name=host_name) if host_name else self.tr("No host")

    def _visitor_item(self, host: QTreeWidgetItem, person: Evacuee, made_at) -> QTreeWidgetItem:
        item = QTreeWidgetItem(host)
        name = person.name
        if person.room:
            name = self.tr("{name} (room {room})").format(name=name, room=person.room)
        item.setText(COL_NAME, name)
        item.setText(COL_COMPANY, person.company)
        item.setText(COL_PEOPLE, str(person.party_size))
        item.setTextAlignment(COL_PEOPLE, Qt.AlignmentFlag.AlignCenter)
        item.setText(COL_SINCE, _time(person.since, made_at))
        item.setText(COL_STATION, person.station_name or station_kind_label(person.station))
        item.setData(0, VISIT, person.visit_id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        return item

    def _label_hosts(self) -> None:
        """Each host's line: how many of theirs are accounted for."""
        for host in self.host_items():
            people = self._children(host)
            done = sum(1 for p in people if p.checkState(0) == Qt.CheckState.Checked)
            host.setText(
                COL_COMPANY,
                self.tr("{done} of {total} accounted for").format(done=done, total=len(people)),
            )

    def _count(self) -> None:
        if self.found is None:
            return
        ticked = self.ticked_ids()
        total = self.found.visitors
        people = sum(p.party_size for p in self.found.people if p.visit_id in ticked)
        self.count_label.setText(
            self.tr("{done} of {total} accounted for").format(done=len(ticked), total=total)
            if total
            else self.tr("Nobody is on site.")
        )
        self.people_label.setText(
            self.tr("People (with their parties): {done} of {total}").format(
                done=people, total=self.found.head_count
            )
        )
        self.tree.blockSignals(True)
        self._label_hosts()
        self.tree.blockSignals(False)
        self.counted.emit(len(ticked), total)

    # -- reading again ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read who is on site now (off the GUI thread); the ticks of those still listed
        stay."""
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Reading…"))
        self._background.run(evacuation.evacuation_list, self._ctx.actor.id, "refresh")

    def _read(self, found: EvacuationList) -> None:
        self.refresh_button.setEnabled(True)
        self.show_list(found)
        self.status.setText(
            self.tr("Read at {time}").format(time=found.made_at.astimezone().strftime("%H:%M"))
        )

    def _not_read(self) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Could not read the list; the one shown is kept."))

    def forget_ticks(self) -> None:
        """Untick everyone (the window then closes without asking)."""
        if self.found is not None:
            self.show_list(self.found, keep=set())

    def closeEvent(self, event: QCloseEvent) -> None:
        found = self.found
        missing = found is not None and 0 < len(self.ticked_ids()) < found.visitors
        if missing and not ask.confirm(
            self,
            self.tr("Close the roll call"),
            self.tr("Not everyone is ticked off. Close anyway? The ticks are not saved."),
        ):
            event.ignore()
            return
        super().closeEvent(event)
