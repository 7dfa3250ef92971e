"""Translated words of the customer archive: tiers, stars, kinds of special dates, what
each kind of customer expects, and the check-in glance as one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.archive import Expectation, SpecialDateKind
from ...domain.enums import Kind, Tier
from ...services.archive import Glance, SpecialDateSoon
from ..common.labels import tier_label

translate = QCoreApplication.translate
STAR, NO_STAR = "★", "☆"


def stars_text(stars: int | None) -> str:
    """★★★★☆ for 4 of 5; '' when none."""
    return STAR * stars + NO_STAR * (5 - stars) if stars else ""


def tier_text(tier: Tier | None, stars: int | None) -> str:
    if tier is None:
        return ""
    return f"{tier_label(tier)} {stars_text(stars)}".strip()


def date_kind_label(kind: SpecialDateKind) -> str:
    return {
        SpecialDateKind.BIRTHDAY: translate("CustomerArchive", "Birthday"),
        SpecialDateKind.WEDDING: translate("CustomerArchive", "Wedding anniversary"),
        SpecialDateKind.FOUNDING: translate("CustomerArchive", "Founding day"),
        SpecialDateKind.OTHER: translate("CustomerArchive", "Other"),
    }[SpecialDateKind(kind)]


def expectation_label(value: Expectation) -> str:
    return {
        Expectation.PRICE: translate("CustomerArchive", "price"),
        Expectation.DELIVERY: translate("CustomerArchive", "delivery"),
        Expectation.AFTER_SALES: translate("CustomerArchive", "after-sales service"),
        Expectation.CARE: translate("CustomerArchive", "care"),
        Expectation.TIMELY_INFORMATION: translate("CustomerArchive", "timely information"),
    }[Expectation(value)]


def expectations_text(kind: Kind, values: tuple[Expectation, ...]) -> str:
    """ "Business customers value price, delivery and after-sales service." """
    items = [expectation_label(v) for v in values]
    listed = translate("CustomerArchive", "{first} and {last}").format(
        first=translate("CustomerArchive", ", ").join(items[:-1]), last=items[-1]
    )
    return {
        Kind.CONSUMER: translate("CustomerArchive", "Consumers value {list}."),
        Kind.BUSINESS: translate("CustomerArchive", "Business customers value {list}."),
        Kind.INTERNAL: translate("CustomerArchive", "Internal customers value {list}."),
    }[Kind(kind)].format(list=listed)


def soon_text(soon: SpecialDateSoon) -> str:
    """ "Birthday today", "Wedding anniversary in 3 days" (with the label of "other")."""
    what = soon.label if soon.kind is SpecialDateKind.OTHER else date_kind_label(soon.kind)
    if soon.days == 0:
        return translate("CustomerArchive", "{what} today").format(what=what)
    if soon.days == 1:
        return translate("CustomerArchive", "{what} tomorrow").format(what=what)
    return translate("CustomerArchive", "{what} in {days} days").format(what=what, days=soon.days)


def glance_text(glance: Glance) -> str:
    """The glance as one line: "Birthday in 3 days · Gold ★★★★☆ · AM: Sarah Chen · green
    tea, no stairs"; '' when there is nothing to say."""
    if glance.empty:
        return ""
    # Short and urgent first: what is cut to fit is the end of the preferences.
    parts = []
    complaint = glance.open_complaint
    if complaint is not None:
        text = (
            translate("CustomerArchive", "Open complaint, overdue: {subject}")
            if complaint.overdue
            else translate("CustomerArchive", "Open complaint: {subject}")
        )
        parts.append("⚠ " + text.format(subject=complaint.subject))
    if glance.soon:
        parts.append(translate("CustomerArchive", ", ").join(soon_text(s) for s in glance.soon))
    if glance.tier is not None:
        parts.append(tier_text(glance.tier, glance.stars))
    if glance.account_manager:
        parts.append(translate("CustomerArchive", "AM: {name}").format(name=glance.account_manager))
    likes = list(glance.preference_tags)
    if glance.preference_line:
        likes.append(glance.preference_line)
    if likes:
        parts.append(translate("CustomerArchive", ", ").join(likes))
    return " · ".join(parts)
