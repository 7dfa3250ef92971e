"""The "Tiers" tab of the settings: the four shares (platinum, gold, iron, lead, whole
percents summing to 100) and the period kind (year or quarter) — SETTINGS (admins); the
service standard of each tier (contact every N days, holiday gifts and who receives them,
a note) — TIERS (managers edit this part; admins everything)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import tiers as rules
from ...domain.errors import DeskError, ValidationError
from ...domain.roles import Permission
from ...services import access, tier_settings
from ...services.tier_views import ServiceStandard
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.labels import tier_label
from ..tiers.texts import TIER_COLOURS
from .page import GENERAL, Problem, SettingsPage, register_page

TIERS = tuple(str(t) for t in rules.TIER_ORDER)
_STANDARD_FIELDS = ("contact_every_days", "gift_recipients", "standard_note", "tier")


@register_page
class TiersSettingsPage(SettingsPage):
    NAME = "tiers_settings_page"
    ORDER = 25
    FIELDS = {"shares": "shares", "period_kind": "period_kind"}

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        """Admins (the rules) and managers (the service standards)."""
        return access.allowed(ctx.actor, Permission.SETTINGS) or access.allowed(
            ctx.actor, Permission.TIERS
        )

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_rules = access.allowed(ctx.actor, Permission.SETTINGS)
        self.may_standards = access.allowed(ctx.actor, Permission.TIERS)
        self._settings = tier_settings.tier_settings()
        self._standards: dict[str, ServiceStandard] = {}
        self._saving: str | None = None

        self.rules_box = QGroupBox(objectName="tiers_rules_box")
        self.shares = {t: QSpinBox(objectName=f"tiers_share_{t}") for t in TIERS}
        self.share_labels = {t: QLabel() for t in TIERS}
        shares_row = QHBoxLayout()
        for t in TIERS:
            self.shares[t].setRange(0, 100)
            self.shares[t].setSuffix(" %")
            self.share_labels[t].setBuddy(self.shares[t])
            shares_row.addWidget(self.share_labels[t])
            shares_row.addWidget(self.shares[t])
            shares_row.addSpacing(6)
        shares_row.addStretch(1)
        shares_widget = QWidget()
        shares_widget.setLayout(shares_row)
        shares_row.setContentsMargins(0, 0, 0, 0)
        self.period_kind = QComboBox(objectName="tiers_period_kind")
        self.shares_hint = QLabel(objectName="tiers_shares_hint")
        self.shares_hint.setWordWrap(True)
        self.shares_hint.setProperty("role", "hint")
        self.error_labels = {
            key: error_label(f"tiers_{key}_error")
            for key in ("shares", "period_kind", *(f"standard_{t}" for t in TIERS), GENERAL)
        }
        self.fields = {"shares": self.shares["platinum"], "period_kind": self.period_kind}
        self.shares_title = QLabel()
        self.kind_title = QLabel()
        self.kind_title.setBuddy(self.period_kind)
        rules_form = QFormLayout(self.rules_box)
        rules_form.addRow(self.shares_title, with_error(shares_widget, self.error_labels["shares"]))
        rules_form.addRow(self.shares_hint)
        rules_form.addRow(
            self.kind_title, with_error(self.period_kind, self.error_labels["period_kind"])
        )

        self.standards_box = QGroupBox(objectName="tiers_standards_box")
        grid = QGridLayout(self.standards_box)
        self.headers = [QLabel() for _ in range(5)]
        for column, label in enumerate(self.headers):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.contact: dict[str, QSpinBox] = {}
        self.gifts: dict[str, QCheckBox] = {}
        self.recipients: dict[str, QLineEdit] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.tier_names: dict[str, QLabel] = {}
        for i, t in enumerate(TIERS):
            row = 1 + 2 * i
            back, text = TIER_COLOURS[t]
            name = QLabel(objectName=f"tiers_standard_{t}_label")
            name.setStyleSheet(f"background:{back}; color:{text}; padding: 2px 8px;")
            self.tier_names[t] = name
            days = QSpinBox(objectName=f"tiers_standard_{t}_days")
            days.setRange(0, tier_settings.CONTACT_DAYS_RANGE[1])
            gifts = QCheckBox(objectName=f"tiers_standard_{t}_gifts")
            who = QLineEdit(objectName=f"tiers_standard_{t}_recipients")
            who.setMaxLength(tier_settings.RECIPIENTS_MAX)
            note = QLineEdit(objectName=f"tiers_standard_{t}_note")
            note.setMaxLength(tier_settings.NOTE_MAX)
            name.setBuddy(days)
            self.contact[t], self.gifts[t], self.recipients[t], self.notes[t] = (
                days,
                gifts,
                who,
                note,
            )
            for column, widget in enumerate((name, days, gifts, who, note)):
                grid.addWidget(widget, row, column)
            grid.addWidget(self.error_labels[f"standard_{t}"], row + 1, 1, 1, 4)
            self.fields[f"standard_{t}"] = days
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.standards_box)
        layout.addWidget(self.error_labels[GENERAL])
        layout.addStretch(1)
        self.rules_box.setVisible(self.may_rules)
        self.standards_box.setVisible(self.may_standards)
        self.retranslate()

    def retranslate(self) -> None:
        self.rules_box.setTitle(self.tr("How customers are ranked (whole site)"))
        self.shares_title.setText(self.tr("Shares"))
        for t in TIERS:
            self.share_labels[t].setText(tier_label(t))
            self.shares[t].setAccessibleName(self.tr("Share of {tier}").format(tier=tier_label(t)))
        self.shares_hint.setText(
            self.tr(
                "Of the customers with revenue in a period, the top share is platinum, the "
                "next gold, then iron; the rest are lead. The four must add up to 100 %."
            )
        )
        self.kind_title.setText(self.tr("&Period"))
        chosen = self.period_kind.currentData() or self._settings.period_kind
        self.period_kind.clear()
        self.period_kind.addItem(self.tr("Calendar year"), rules.YEAR)
        self.period_kind.addItem(self.tr("Quarter"), rules.QUARTER)
        self.period_kind.setCurrentIndex(self.period_kind.findData(chosen))
        self.period_kind.setAccessibleName(self.tr("Tiers are computed per"))
        self.standards_box.setTitle(self.tr("Service by tier"))
        for label, text in zip(
            self.headers,
            (
                self.tr("Tier"),
                self.tr("Contact every"),
                self.tr("Holiday gifts"),
                self.tr("Who receives them"),
                self.tr("Note for the desk"),
            ),
            strict=True,
        ):
            label.setText(text)
        for t in TIERS:
            name = tier_label(t)
            self.tier_names[t].setText(name)
            self.contact[t].setSuffix(self.tr(" days"))
            self.contact[t].setSpecialValueText(self.tr("no fixed rhythm"))
            self.contact[t].setAccessibleName(
                self.tr("{tier}: contact every how many days").format(tier=name)
            )
            self.gifts[t].setText(self.tr("Yes"))
            self.gifts[t].setAccessibleName(self.tr("{tier}: holiday gifts").format(tier=name))
            self.recipients[t].setPlaceholderText(self.tr("e.g. the buyer and the boss"))
            self.recipients[t].setAccessibleName(
                self.tr("{tier}: who receives the gifts").format(tier=name)
            )
            self.notes[t].setAccessibleName(self.tr("{tier}: note for the desk").format(tier=name))
        self.retranslate_problems()

    def title(self) -> str:
        return self.tr("Tiers")

    def load(self) -> None:
        self._settings = tier_settings.tier_settings()
        for t, share in zip(TIERS, self._settings.shares, strict=True):
            self.shares[t].setValue(share)
        self.period_kind.setCurrentIndex(self.period_kind.findData(self._settings.period_kind))
        self._standards = {s.tier: s for s in tier_settings.service_standards()}
        for t in TIERS:
            s = self._standards[t]
            self.contact[t].setValue(s.contact_every_days or 0)
            self.gifts[t].setChecked(s.holiday_gifts)
            self.recipients[t].setText(s.gift_recipients)
            self.notes[t].setText(s.note)

    def _shares(self) -> list[int]:
        return [self.shares[t].value() for t in TIERS]

    def check(self) -> list[Problem]:
        if not self.may_rules:
            return []
        try:
            rules.check_shares(self._shares())
        except ValidationError as err:
            return [self.problem(err)]
        return []

    def _typed(self, t: str) -> tuple[int | None, bool, str, str]:
        days = self.contact[t].value() or None
        return days, self.gifts[t].isChecked(), self.recipients[t].text(), self.notes[t].text()

    def save(self, actor_id: int) -> None:
        """Save what changed (nothing at all when nothing did)."""
        self._saving = None
        if self.may_rules and (
            tuple(self._shares()) != tuple(self._settings.shares)
            or self.period_kind.currentData() != self._settings.period_kind
        ):
            tier_settings.save_tier_settings(
                actor_id, self._shares(), self.period_kind.currentData()
            )
        if self.may_standards:
            for t in TIERS:
                s = self._standards[t]
                typed = self._typed(t)
                if typed != (s.contact_every_days, s.holiday_gifts, s.gift_recipients, s.note):
                    self._saving = t
                    tier_settings.save_service_standard(actor_id, t, *typed)
        self._saving = None
        self.load()

    def problem(self, error: DeskError) -> Problem:
        """A refusal of a tier's standard goes next to that tier's row."""
        if self._saving is not None and (error.field or "") in _STANDARD_FIELDS:
            return Problem(f"standard_{self._saving}", error)
        return super().problem(error)
