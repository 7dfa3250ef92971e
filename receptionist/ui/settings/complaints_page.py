"""The "Complaints" tab of the settings (SETTINGS, admins): per severity, the hours to
acknowledge a complaint (step 1 done) and the time to resolve it (hours or days).
Complaints opened from then on get the new deadlines."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import complaints as rules
from ...domain.errors import DeskError, ValidationError
from ...domain.roles import Permission
from ...services import access, complaint_settings
from ..common.context import DeskContext
from ..common.forms import error_label
from ..complaints import texts
from .page import GENERAL, Problem, SettingsPage, register_page

HOURS, DAYS = "hours", "days"


@register_page
class ComplaintsSettingsPage(SettingsPage):
    NAME = "complaints_settings_page"
    ORDER = 27

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        return access.allowed(ctx.actor, Permission.SETTINGS)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = QLabel(objectName="complaint_deadlines_intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")
        self.acknowledge: dict[str, QSpinBox] = {}
        self.resolve: dict[str, QSpinBox] = {}
        self.unit: dict[str, QComboBox] = {}
        self.names: dict[str, QLabel] = {}
        self.headers = [QLabel(), QLabel(), QLabel()]
        grid = QGridLayout()
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        for row, severity in enumerate(rules.SEVERITIES, start=1):
            self.names[severity] = QLabel()
            ack = self.acknowledge[severity] = QSpinBox(
                objectName=f"complaint_acknowledge_{severity}"
            )
            ack.setRange(1, rules.DEADLINE_HOURS_MAX)
            res = self.resolve[severity] = QSpinBox(objectName=f"complaint_resolve_{severity}")
            res.setRange(1, rules.DEADLINE_HOURS_MAX)
            unit = self.unit[severity] = QComboBox(objectName=f"complaint_resolve_unit_{severity}")
            unit.addItem("", HOURS)
            unit.addItem("", DAYS)
            resolve_box = QWidget()
            resolve_row = QHBoxLayout(resolve_box)
            resolve_row.setContentsMargins(0, 0, 0, 0)
            resolve_row.addWidget(res)
            resolve_row.addWidget(unit)
            self.error_labels[severity] = error_label(f"complaint_deadline_{severity}_error")
            self.fields[severity] = ack
            grid.addWidget(self.names[severity], 2 * row - 1, 0)
            grid.addWidget(ack, 2 * row - 1, 1)
            grid.addWidget(resolve_box, 2 * row - 1, 2)
            grid.addWidget(self.error_labels[severity], 2 * row, 0, 1, 3)
        self.error_labels[GENERAL] = error_label("complaint_deadlines_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error_labels[GENERAL])
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Complaints")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "How soon a complaint must be acknowledged (step 1, listen) and resolved "
                "(the customer confirms on the call-back). Complaints opened from now on "
                "get these deadlines."
            )
        )
        for header, text in zip(
            self.headers,
            (self.tr("Severity"), self.tr("Acknowledge within"), self.tr("Resolve within")),
            strict=True,
        ):
            header.setText(text)
        for severity in rules.SEVERITIES:
            name = texts.severity(severity)
            self.names[severity].setText(name)
            self.acknowledge[severity].setSuffix(self.tr(" h"))
            self.acknowledge[severity].setAccessibleName(
                self.tr("{severity}: hours to acknowledge").format(severity=name)
            )
            self.resolve[severity].setAccessibleName(
                self.tr("{severity}: time to resolve").format(severity=name)
            )
            self.unit[severity].setItemText(0, self.tr("hours"))
            self.unit[severity].setItemText(1, self.tr("days"))
            self.unit[severity].setAccessibleName(
                self.tr("{severity}: hours or days").format(severity=name)
            )
        self.retranslate_problems()

    def load(self) -> None:
        for severity, (acknowledge, resolve) in complaint_settings.deadline_hours().items():
            self.acknowledge[severity].setValue(acknowledge)
            days = resolve % 24 == 0
            self.unit[severity].setCurrentIndex(1 if days else 0)
            self.resolve[severity].setValue(resolve // 24 if days else resolve)

    def hours(self) -> dict[str, tuple[int, int]]:
        """What was typed, in hours."""
        typed = {}
        for severity in rules.SEVERITIES:
            factor = 24 if self.unit[severity].currentData() == DAYS else 1
            typed[severity] = (
                self.acknowledge[severity].value(),
                self.resolve[severity].value() * factor,
            )
        return typed

    def check(self) -> list[Problem]:
        problems = []
        for severity, (acknowledge, resolve) in self.hours().items():
            try:
                rules.check_deadline_hours(acknowledge, resolve)
            except ValidationError as error:
                problems.append(Problem(severity, error))
        return problems

    def save(self, actor_id: int) -> None:
        if self.hours() != complaint_settings.deadline_hours():
            complaint_settings.save_complaint_deadlines(actor_id, self.hours())

    def problem(self, error: DeskError) -> Problem:
        return Problem(GENERAL, error)
