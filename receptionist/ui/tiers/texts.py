"""What the tiers window shows for a tier, stars and a suggestion's reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain import tiers as rules
from ...services.tier_views import Suggestion
from ..common import labels

# A tier's label colours (background, text): bright for the best, grey for lead.
TIER_COLOURS: dict[str, tuple[str, str]] = {
    "platinum": ("#3b4a8c", "#ffffff"),
    "gold": ("#f2c230", "#3d2e00"),
    "iron": ("#9aa3ad", "#1c2026"),
    "lead": ("#e3e6ea", "#3c4450"),
}


def tier_colours(tier: str | None) -> tuple[QColor, QColor] | None:
    """(background, text) of ``tier``'s coloured label; None without a tier."""
    if not tier:
        return None
    back, text = TIER_COLOURS[tier]
    return QColor(back), QColor(text)


def tier_text(tier: str | None) -> str:
    """The tier's translated name, or "no tier"."""
    if not tier:
        return QCoreApplication.translate("TiersWindow", "no tier")
    return labels.tier_label(tier)


def stars_text(stars: int) -> str:
    """★★★☆☆ for 3 of 5."""
    return "★" * stars + "☆" * (5 - stars)


def reason_text(s: Suggestion) -> str:
    """Why the category change is suggested, in a sentence."""
    if s.reason == rules.SUGGEST_VIP:
        return QCoreApplication.translate("TiersWindow", "{tier} in {period}").format(
            tier=tier_text(s.tier), period=s.period
        )
    if s.reason == rules.SUGGEST_REVIEW and s.tier:
        return QCoreApplication.translate(
            "TiersWindow", "VIP, but {tier} in {period}: review"
        ).format(tier=tier_text(s.tier), period=s.period)
    if s.reason == rules.SUGGEST_REVIEW:
        return QCoreApplication.translate(
            "TiersWindow", "VIP without a tier in {period}: review"
        ).format(period=s.period)
    return QCoreApplication.translate("TiersWindow", "Prospect with a purchase")
