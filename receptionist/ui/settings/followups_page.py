"""The "Follow-ups" tab of the settings (SETTINGS, admins): each follow-up rule on or off
and its days, the public holiday calendar the holiday greetings read (day and name; add,
remove), and when a customer counts as lost (the threshold, the interval factor) and when
the win-back task is due. Only what changed is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import followups as rules
from ...domain import lost as lost_rules
from ...domain.errors import DeskError, ValidationError
from ...domain.followups import Rule, RuleSetting
from ...domain.roles import Permission
from ...domain.validation import clean_text
from ...services import access, followup_rules, lost
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from .page import GENERAL, Problem, SettingsPage, register_page

HOLIDAYS = "holidays"
THRESHOLD, FACTOR, WIN_BACK = "lost_threshold", "lost_factor", "lost_win_back"


def _check_holiday(day: str, name: str) -> tuple[date, str]:
    try:
        when = date.fromisoformat(day.strip())
    except ValueError:
        raise ValidationError("holiday_day_invalid", field="day") from None
    named = clean_text(name, field="holiday_name", maximum=rules.HOLIDAY_NAME_MAX, required=True)
    return when, named


@register_page
class FollowUpsSettingsPage(SettingsPage):
    NAME = "followups_settings_page"
    ORDER = 28
    FIELDS = {
        "rule": GENERAL,
        "day": HOLIDAYS,
        "holiday_name": HOLIDAYS,
        "threshold_days": THRESHOLD,
        "factor": FACTOR,
        "win_back_days": WIN_BACK,
    }

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        return access.allowed(ctx.actor, Permission.SETTINGS)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rules: dict[Rule, RuleSetting] = {}
        self._holidays: list[tuple[date, str]] = []
        self._lost: tuple[int, float, int] = (0, 0.0, 0)

        self.rules_box = QGroupBox(objectName="followup_rules_box")
        self.enabled: dict[Rule, QCheckBox] = {}
        self.days: dict[Rule, QSpinBox] = {}
        rules_grid = QGridLayout(self.rules_box)
        for row, rule in enumerate(Rule):
            box = self.enabled[rule] = QCheckBox(objectName=f"followup_rule_{rule}")
            rules_grid.addWidget(box, 2 * row, 0)
            if rule is not Rule.CARE:  # the tier's service standard sets its rhythm
                spin = self.days[rule] = QSpinBox(objectName=f"followup_rule_{rule}_days")
                spin.setRange(*rules.DAYS_RANGE)
                box.toggled.connect(spin.setEnabled)
                rules_grid.addWidget(spin, 2 * row, 1)
            self.error_labels[str(rule)] = error_label(f"followup_rule_{rule}_error")
            self.fields[str(rule)] = self.days.get(rule, box)
            rules_grid.addWidget(self.error_labels[str(rule)], 2 * row + 1, 0, 1, 2)
        self.care_hint = QLabel(objectName="followup_care_hint")
        self.care_hint.setWordWrap(True)
        self.care_hint.setProperty("role", "hint")
        rules_grid.addWidget(self.care_hint, 2 * len(Rule), 0, 1, 2)

        self.holidays_box = QGroupBox(objectName="followup_holidays_box")
        self.holidays = QTableWidget(0, 2, objectName="followup_holidays")
        self.holidays.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidays.verticalHeader().hide()
        header = self.holidays.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holidays.setMinimumHeight(150)
        self.add_holiday = QPushButton(objectName="followup_holiday_add")
        self.add_holiday.clicked.connect(self._add_holiday)
        self.remove_holiday = QPushButton(objectName="followup_holiday_remove")
        self.remove_holiday.clicked.connect(self._remove_holiday)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_holiday)
        buttons.addWidget(self.remove_holiday)
        buttons.addStretch(1)
        self.error_labels[HOLIDAYS] = error_label("followup_holidays_error")
        self.fields[HOLIDAYS] = self.holidays
        holidays_column = QVBoxLayout(self.holidays_box)
        holidays_column.addWidget(self.holidays)
        holidays_column.addLayout(buttons)
        holidays_column.addWidget(self.error_labels[HOLIDAYS])

        self.lost_box = QGroupBox(objectName="lost_settings_box")
        self.threshold = QSpinBox(objectName="lost_threshold_days")
        self.threshold.setRange(*lost_rules.THRESHOLD_RANGE)
        self.factor = QDoubleSpinBox(objectName="lost_factor")
        self.factor.setRange(*lost_rules.FACTOR_RANGE)
        self.factor.setDecimals(1)
        self.factor.setSingleStep(0.5)
        self.win_back = QSpinBox(objectName="lost_win_back_days")
        self.win_back.setRange(*lost_rules.WIN_BACK_RANGE)
        for key, field in ((THRESHOLD, self.threshold), (FACTOR, self.factor)):
            self.error_labels[key] = error_label(f"{key}_error")
            self.fields[key] = field
        self.error_labels[WIN_BACK] = error_label("lost_win_back_days_error")
        self.fields[WIN_BACK] = self.win_back
        self.lost_labels = [QLabel(), QLabel(), QLabel()]
        lost_form = QFormLayout(self.lost_box)
        for label, key, entry in zip(
            self.lost_labels,
            (THRESHOLD, FACTOR, WIN_BACK),
            (self.threshold, self.factor, self.win_back),
            strict=True,
        ):
            label.setBuddy(entry)
            lost_form.addRow(label, with_error(entry, self.error_labels[key]))

        self.error_labels[GENERAL] = error_label("followup_settings_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.holidays_box)
        layout.addWidget(self.lost_box)
        layout.addWidget(self.error_labels[GENERAL])
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Follow-ups")

    def _rule_texts(self) -> dict[Rule, tuple[str, str, str]]:
        """Each rule: its check box, and the prefix and suffix of its days."""
        days = self.tr(" days")
        return {
            Rule.PROSPECT_VISIT: (
                self.tr("Follow up a prospect after a visit"),
                "",
                self.tr(" days after the visit"),
            ),
            Rule.COMPLAINT_CLOSED: (
                self.tr("Satisfaction call-back after a complaint closes"),
                "",
                self.tr(" days after closing"),
            ),
            Rule.CARE: (self.tr("Care calls for VIP customers"), "", ""),
            Rule.GREETING: (
                self.tr("Birthday and anniversary greetings"),
                "",
                self.tr(" days ahead"),
            ),
            Rule.HOLIDAY: (self.tr("Holiday greetings"), "", self.tr(" days ahead")),
            Rule.CALLBACK: (
                self.tr("Regular call-backs for platinum and gold customers"),
                self.tr("every "),
                days,
            ),
        }

    def retranslate(self) -> None:
        self.rules_box.setTitle(self.tr("Follow-up rules"))
        for rule, (text, prefix, suffix) in self._rule_texts().items():
            self.enabled[rule].setText(text)
            self.enabled[rule].setAccessibleName(text)
            if rule in self.days:
                self.days[rule].setPrefix(prefix)
                self.days[rule].setSuffix(suffix)
                self.days[rule].setAccessibleName(self.tr("{rule}: days").format(rule=text))
        self.care_hint.setText(
            self.tr("VIP care calls follow each tier's service standard (Settings → Tiers).")
        )
        self.holidays_box.setTitle(self.tr("Public holidays"))
        self.holidays.setHorizontalHeaderLabels([self.tr("Day (YYYY-MM-DD)"), self.tr("Name")])
        self.holidays.setAccessibleName(self.tr("Public holidays"))
        self.add_holiday.setText(self.tr("Add holiday"))
        self.add_holiday.setAccessibleName(self.tr("Add a holiday"))
        self.remove_holiday.setText(self.tr("Remove holiday"))
        self.remove_holiday.setAccessibleName(self.tr("Remove the selected holiday"))
        self.lost_box.setTitle(self.tr("Lost customers"))
        labels = (
            self.tr("Lost after no activity for"),
            self.tr("Or after their usual interval times"),
            self.tr("Win-back task due after"),
        )
        for label, text in zip(self.lost_labels, labels, strict=True):
            label.setText(text)
        self.threshold.setSuffix(self.tr(" days"))
        self.threshold.setAccessibleName(labels[0])
        self.factor.setSuffix(" ×")
        self.factor.setAccessibleName(labels[1])
        self.win_back.setSuffix(self.tr(" days"))
        self.win_back.setAccessibleName(labels[2])
        self.retranslate_problems()

    # -- the holiday table ----------------------------------------------------------------

    def _append_row(self, day: str, name: str) -> QTableWidgetItem:
        """Add a row; its day cell."""
        row = self.holidays.rowCount()
        self.holidays.insertRow(row)
        day_cell = QTableWidgetItem(day)
        self.holidays.setItem(row, 0, day_cell)
        self.holidays.setItem(row, 1, QTableWidgetItem(name))
        return day_cell

    def _add_holiday(self) -> None:
        day_cell = self._append_row("", "")
        self.holidays.setCurrentItem(day_cell)
        self.holidays.editItem(day_cell)

    def _remove_holiday(self) -> None:
        rows = sorted({index.row() for index in self.holidays.selectedIndexes()}, reverse=True)
        for row in rows:
            self.holidays.removeRow(row)

    def _typed_holidays(self) -> list[tuple[str, str]]:
        """Each row's day and name as typed; rows left empty are not holidays."""
        typed = []
        for row in range(self.holidays.rowCount()):
            cells = [self.holidays.item(row, column) for column in (0, 1)]
            day, name = (cell.text().strip() if cell else "" for cell in cells)
            if day or name:
                typed.append((day, name))
        return typed

    # -- load, check, save ----------------------------------------------------------------

    def load(self) -> None:
        actor_id = self.ctx.actor.id
        self._rules = followup_rules.rule_settings(actor_id)
        for rule, setting in self._rules.items():
            self.enabled[rule].setChecked(setting.enabled)
            if rule in self.days:
                self.days[rule].setValue(setting.days)
                self.days[rule].setEnabled(setting.enabled)
        self._holidays = followup_rules.holidays(actor_id)
        self.holidays.setRowCount(0)
        for day, name in self._holidays:
            self._append_row(day.isoformat(), name)
        saved = lost.lost_settings()
        self._lost = (saved.threshold_days, saved.factor, saved.win_back_days)
        self.threshold.setValue(saved.threshold_days)
        self.factor.setValue(saved.factor)
        self.win_back.setValue(saved.win_back_days)

    def _typed_rules(self) -> dict[Rule, tuple[bool, int]]:
        return {
            rule: (box.isChecked(), self.days[rule].value() if rule in self.days else 0)
            for rule, box in self.enabled.items()
        }

    def _typed_lost(self) -> tuple[int, float, int]:
        return (self.threshold.value(), round(self.factor.value(), 1), self.win_back.value())

    def check(self) -> list[Problem]:
        problems = []
        for rule, (enabled, days) in self._typed_rules().items():
            try:
                rules.check_setting(rule, enabled, days)
            except ValidationError as error:
                problems.append(Problem(str(rule), error))
        for day, name in self._typed_holidays():
            try:
                _check_holiday(day, name)
            except ValidationError as error:
                problems.append(Problem(HOLIDAYS, error))
                break
        threshold, factor, win_back = self._typed_lost()
        try:
            lost_rules.check_rules(threshold, factor)
        except ValidationError as error:
            problems.append(Problem(self.FIELDS.get(error.field or "", THRESHOLD), error))
        try:
            lost_rules.check_win_back_days(win_back)
        except ValidationError as error:
            problems.append(Problem(WIN_BACK, error))
        return problems

    def save(self, actor_id: int) -> None:
        typed_rules = self._typed_rules()
        saved_rules = {rule: (s.enabled, s.days) for rule, s in self._rules.items()}
        if typed_rules != saved_rules:
            changes = {str(rule): typed for rule, typed in typed_rules.items()}
            self._rules = followup_rules.save_rule_settings(actor_id, changes)
        calendar = sorted(
            dict(_check_holiday(day, name) for day, name in self._typed_holidays()).items()
        )
        if calendar != sorted(self._holidays):
            self._holidays = followup_rules.save_holidays(actor_id, calendar)
        if self._typed_lost() != self._lost:
            saved = lost.save_lost_settings(actor_id, *self._typed_lost())
            self._lost = (saved.threshold_days, saved.factor, saved.win_back_days)

    def problem(self, error: DeskError) -> Problem:
        key = self.FIELDS.get(error.field or "", GENERAL)
        return Problem(key, error)
