"""The customer's tier standard in the desk's playbook (按等级提供对等服务): one line,
not a step to tick, saying how the site serves the customer's tier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from ...domain.errors import DeskError
from ...services import tier_settings
from ...services.tier_views import ServiceStandard
from ..common import labels


def standard_text(tier: str, stars: int, period: str, standard: ServiceStandard) -> str:
    """ "Gold ★★★★ (2025): contact every 60 days; holiday gifts for the buyer; note"."""
    parts = []
    if standard.contact_every_days:
        parts.append(
            QCoreApplication.translate("TierStandard", "contact every {days} days").format(
                days=standard.contact_every_days
            )
        )
    if standard.holiday_gifts and standard.gift_recipients:
        parts.append(
            QCoreApplication.translate("TierStandard", "holiday gifts for {who}").format(
                who=standard.gift_recipients
            )
        )
    elif standard.holiday_gifts:
        parts.append(QCoreApplication.translate("TierStandard", "holiday gifts"))
    else:
        parts.append(QCoreApplication.translate("TierStandard", "no holiday gifts"))
    if standard.note:
        parts.append(standard.note)
    head = QCoreApplication.translate("TierStandard", "{tier} {stars} ({period})").format(
        tier=labels.tier_label(tier), stars="★" * stars, period=period
    )
    return QCoreApplication.translate("TierStandard", "{head}: {standard}").format(
        head=head, standard=QCoreApplication.translate("TierStandard", "; ").join(parts)
    )


def standard_item(actor_id: int, customer_id: int) -> QListWidgetItem | None:
    """The playbook's line for the customer's tier standard; None without a tier."""
    try:
        found = tier_settings.standard_for(actor_id, customer_id)
    except DeskError:
        return None
    if found is None:
        return None
    item = QListWidgetItem(standard_text(*found))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # information, not a step to tick
    return item
