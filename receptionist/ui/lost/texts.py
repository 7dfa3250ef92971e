"""The lost-customer window's words for the rules, reasons and statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import lost as rules
from ..tiers.texts import tier_text


def rule_text(rule: str) -> str:
    return {
        rules.THRESHOLD: QCoreApplication.translate("LostTexts", "No activity for too long"),
        rules.INTERVAL: QCoreApplication.translate("LostTexts", "Long past their usual interval"),
    }.get(rule, rule)


def reason_text(reason: str | None) -> str:
    return {
        "product": QCoreApplication.translate("LostTexts", "Product"),
        "service": QCoreApplication.translate("LostTexts", "Service"),
        "both": QCoreApplication.translate("LostTexts", "Product and service"),
        "price": QCoreApplication.translate("LostTexts", "Price"),
        "moved": QCoreApplication.translate("LostTexts", "Moved away"),
        "other": QCoreApplication.translate("LostTexts", "Other"),
        None: QCoreApplication.translate("LostTexts", "Not analysed yet"),
        "": QCoreApplication.translate("LostTexts", "Not analysed yet"),
    }.get(reason, reason or "")


def status_text(status: str) -> str:
    return {
        rules.OPEN: QCoreApplication.translate("LostTexts", "Open"),
        rules.ANALYSED: QCoreApplication.translate("LostTexts", "Analysed"),
        rules.WON_BACK: QCoreApplication.translate("LostTexts", "Won back"),
        rules.LOST: QCoreApplication.translate("LostTexts", "Lost"),
    }.get(status, status)


def tiers_text(tiers: list[tuple[str, str]]) -> str:
    return "  ".join(f"{period} {tier_text(tier)}" for period, tier in tiers)
