"""Two customers side by side, with a choice per field of which value the merge keeps."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from ...services import clock
from ...services.merge import MergeSide
from ..common.labels import category_label, kind_label
from ..common.retranslate import Retranslating

# The fields shown with a choice (a merge may take them from the other customer).
CHOSEN = ("name", "phone", "company", "email", "title", "kind", "category")
# Shown for information: a merge adds the visits up.
SHOWN = ("visits", "last_visit")


def _value(side: MergeSide, field: str) -> str:
    if field == "phone":
        return side.phone_display
    if field == "kind":
        return kind_label(side.kind)
    if field == "category":
        return category_label(side.category)
    if field == "visits":
        return str(side.visit_count)
    if field == "last_visit":
        at = side.last_visit_at
        return clock.local(at).strftime("%Y-%m-%d %H:%M") if at else "—"
    return str(getattr(side, field)) or "—"


class MergeCompare(Retranslating, QWidget):
    """The kept customer on the left, the other on the right; each field of ``CHOSEN``
    has a pair of radio buttons (the left one checked: keep the kept customer's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_compare")
        self._sides: tuple[MergeSide, MergeSide] | None = None
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.keep_title = QLabel(objectName="merge_keep_title")
        self.other_title = QLabel(objectName="merge_other_title")
        for label in (self.keep_title, self.other_title):
            label.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.keep_title, 0, 1)
        grid.addWidget(self.other_title, 0, 2)
        self.labels: dict[str, QLabel] = {}
        self.keep_choice: dict[str, QRadioButton] = {}
        self.other_choice: dict[str, QRadioButton] = {}
        self.plain: dict[str, tuple[QLabel, QLabel]] = {}
        self._groups: list[QButtonGroup] = []
        for row, field in enumerate(CHOSEN + SHOWN, start=1):
            self.labels[field] = QLabel(objectName=f"merge_label_{field}")
            grid.addWidget(self.labels[field], row, 0)
            if field in CHOSEN:
                keep = QRadioButton(objectName=f"merge_keep_{field}")
                other = QRadioButton(objectName=f"merge_other_{field}")
                group = QButtonGroup(self)
                group.addButton(keep)
                group.addButton(other)
                self._groups.append(group)
                keep.setChecked(True)
                self.keep_choice[field], self.other_choice[field] = keep, other
                grid.addWidget(keep, row, 1)
                grid.addWidget(other, row, 2)
            else:
                left = QLabel(objectName=f"merge_keep_{field}")
                right = QLabel(objectName=f"merge_other_{field}")
                self.plain[field] = (left, right)
                grid.addWidget(left, row, 1)
                grid.addWidget(right, row, 2)
        self.retranslate()

    def show_sides(self, sides: tuple[MergeSide, MergeSide] | None) -> None:
        """Show a pair (None: nothing chosen); every choice back to "keep"."""
        self._sides = sides
        for field in CHOSEN:
            self.keep_choice[field].setChecked(True)
        self._fill()

    def take(self) -> dict[str, str]:
        """The fields whose other value was chosen, as ``merge_customers`` takes them;
        a field whose values are the same is never taken."""
        if self._sides is None:
            return {}
        keep, other = self._sides
        return {
            field: "other"
            for field in CHOSEN
            if self.other_choice[field].isChecked() and _value(keep, field) != _value(other, field)
        }

    def _fill(self) -> None:
        sides = self._sides
        self.setEnabled(sides is not None)
        for field in CHOSEN + SHOWN:
            values = [_value(s, field) for s in sides] if sides else ["", ""]
            if field in CHOSEN:
                same = sides is not None and values[0] == values[1]
                for button, value in zip(
                    (self.keep_choice[field], self.other_choice[field]), values, strict=True
                ):
                    button.setText(value)
                    button.setAccessibleName(f"{self.labels[field].text()}: {value}")
                self.other_choice[field].setEnabled(not same)
            else:
                for label, value in zip(self.plain[field], values, strict=True):
                    label.setText(value)
        if sides is None:
            self.keep_title.setText("")
            self.other_title.setText("")
            return
        keep, other = sides
        self.keep_title.setText(self.tr("Keep #{id}").format(id=keep.id))
        self.other_title.setText(self.tr("Merge #{id} into it").format(id=other.id))

    def retranslate(self) -> None:
        names = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "company": self.tr("Company"),
            "email": self.tr("Email"),
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "category": self.tr("Category"),
            "visits": self.tr("Visits"),
            "last_visit": self.tr("Last visit"),
        }
        for field, text in names.items():
            self.labels[field].setText(text)
        self._fill()
