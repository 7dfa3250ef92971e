"""Translated words of the customer archive: tiers, stars, kinds of special dates, what
each kind of customer expects, and the check-in glance as one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.archive import Expectation, SpecialDateKind
from ...domain.enums import Kind, Tier
from ...services.archive import Glance, SpecialDateSoon

CONTEXT = "CustomerArchive"
STAR, NO_STAR = "★", "☆"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tier_label(tier: Tier) -> str:
    return {
        Tier.PLATINUM: _t("Platinum"),
        Tier.GOLD: _t("Gold"),
        Tier.IRON: _t("Iron"),
        Tier.LEAD: _t("Lead"),
    }[Tier(tier)]


def stars_text(stars: int | None) -> str:
    """★★★★☆ for 4 of 5; '' when none."""
    return STAR * stars + NO_STAR * (5 - stars) if stars else ""


def tier_text(tier: Tier | None, stars: int | None) -> str:
    if tier is None:
        return ""
    return f"{tier_label(tier)} {stars_text(stars)}".strip()


def date_kind_label(kind: SpecialDateKind) -> str:
    return {
        SpecialDateKind.BIRTHDAY: _t("Birthday"),
        SpecialDateKind.WEDDING: _t("Wedding anniversary"),
        SpecialDateKind.FOUNDING: _t("Founding day"),
        SpecialDateKind.OTHER: _t("Other"),
    }[SpecialDateKind(kind)]


def expectation_label(value: Expectation) -> str:
    return {
        Expectation.PRICE: _t("price"),
        Expectation.DELIVERY: _t("delivery"),
        Expectation.AFTER_SALES: _t("after-sales service"),
        Expectation.CARE: _t("care"),
        Expectation.TIMELY_INFORMATION: _t("timely information"),
    }[Expectation(value)]


def expectations_text(kind: Kind, values: tuple[Expectation, ...]) -> str:
    """ "Business customers value price, delivery and after-sales service." """
    items = [expectation_label(v) for v in values]
    listed = _t("{first} and {last}").format(first=_t(", ").join(items[:-1]), last=items[-1])
    return {
        Kind.CONSUMER: _t("Consumers value {list}."),
        Kind.BUSINESS: _t("Business customers value {list}."),
        Kind.INTERNAL: _t("Internal customers value {list}."),
    }[Kind(kind)].format(list=listed)


def soon_text(soon: SpecialDateSoon) -> str:
    """ "Birthday today", "Wedding anniversary in 3 days" (with the label of "other")."""
    what = soon.label if soon.kind is SpecialDateKind.OTHER else date_kind_label(soon.kind)
    if soon.days == 0:
        return _t("{what} today").format(what=what)
    if soon.days == 1:
        return _t("{what} tomorrow").format(what=what)
    return _t("{what} in {days} days").format(what=what, days=soon.days)


def glance_text(glance: Glance) -> str:
    """The glance as one line: "🎂 Birthday in 3 days · green tea, no stairs · Gold ★★★★☆
    · AM: Sarah Chen"; '' when there is nothing to say."""
    if glance.empty:
        return ""
    parts = []
    if glance.soon:
        parts.append("🎂 " + _t(", ").join(soon_text(s) for s in glance.soon))
    likes = list(glance.preference_tags)
    if glance.preference_line:
        likes.append(glance.preference_line)
    if likes:
        parts.append(_t(", ").join(likes))
    if glance.tier is not None:
        parts.append(tier_text(glance.tier, glance.stars))
    if glance.account_manager:
        parts.append(_t("AM: {name}").format(name=glance.account_manager))
    return " · ".join(parts)
