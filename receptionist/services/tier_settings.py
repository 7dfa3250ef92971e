"""The site's tier rules (shares, period kind) and the service standard per tier
(按等级提供对等服务), kept as site settings."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..domain import tiers as rules
from ..domain.enums import Tier
from ..domain.errors import ValidationError
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..store import audit
from ..store import settings as store
from ..store import tiers as tier_store
from ..store.connection import transaction
from . import clock
from .access import authorize
from .tier_views import ServiceStandard, TierSettings

_SHARES_KEY = "tier_shares"
_KIND_KEY = "tier_period_kind"
_STANDARD_KEY = "tier_standard."
CONTACT_DAYS_RANGE = (1, 366)
RECIPIENTS_MAX = 200
NOTE_MAX = 500

# Until the site sets its own: the closer the tier, the more often and the more care.
DEFAULT_STANDARDS: dict[Tier, tuple[int | None, bool]] = {
    Tier.PLATINUM: (30, True),
    Tier.GOLD: (60, True),
    Tier.IRON: (90, False),
    Tier.LEAD: (180, False),
}


def tier_settings() -> TierSettings:
    """The shares (platinum, gold, iron, lead, whole percents) and the period kind."""
    saved = store.get_many([_SHARES_KEY, _KIND_KEY])
    try:
        shares = rules.check_shares(saved[_SHARES_KEY].split(","))
    except (KeyError, ValidationError):
        shares = rules.DEFAULT_SHARES
    kind = saved.get(_KIND_KEY)
    return TierSettings(shares, kind if kind in rules.PERIOD_KINDS else rules.YEAR)


def save_tier_settings(actor_id: int, shares: Sequence[int], period_kind: str) -> TierSettings:
    """Set the tier shares and whether periods are years or quarters (admin)."""
    authorize(actor_id, Permission.SETTINGS)
    checked = rules.check_shares(shares)
    if period_kind not in rules.PERIOD_KINDS:
        raise ValidationError("period_kind_invalid", field="period_kind")
    with transaction():
        store.put(_SHARES_KEY, ",".join(str(s) for s in checked))
        store.put(_KIND_KEY, period_kind)
        audit.record(
            clock.now(),
            actor_id,
            "settings.tiers",
            "setting",
            0,
            shares=list(checked),
            period_kind=period_kind,
        )
    return TierSettings(checked, period_kind)


def _tier(value: str | Tier) -> Tier:
    try:
        return Tier(value)
    except ValueError as exc:
        raise ValidationError("tier_invalid", field="tier") from exc


def _standard(tier: Tier, text: str | None) -> ServiceStandard:
    days, gifts = DEFAULT_STANDARDS[tier]
    data = {}
    if text:
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
    return ServiceStandard(
        str(tier),
        data.get("contact_every_days", days),
        bool(data.get("holiday_gifts", gifts)),
        str(data.get("gift_recipients", "")),
        str(data.get("note", "")),
    )


def service_standards() -> list[ServiceStandard]:
    """The service standard of each tier, best first."""
    saved = store.get_many([_STANDARD_KEY + str(t) for t in rules.TIER_ORDER])
    return [_standard(t, saved.get(_STANDARD_KEY + str(t))) for t in rules.TIER_ORDER]


def save_service_standard(
    actor_id: int,
    tier: str | Tier,
    contact_every_days: int | None,
    holiday_gifts: bool,
    gift_recipients: str,
    note: str,
) -> ServiceStandard:
    """Set how a tier is served: contact every N days (None: no fixed rhythm), holiday
    gifts or not and who receives them, a note for the desk."""
    authorize(actor_id, Permission.TIERS)
    which = _tier(tier)
    shortest, longest = CONTACT_DAYS_RANGE
    if contact_every_days is not None and not shortest <= contact_every_days <= longest:
        raise ValidationError(
            "contact_days_invalid", field="contact_every_days", shortest=shortest, longest=longest
        )
    standard = ServiceStandard(
        str(which),
        contact_every_days,
        bool(holiday_gifts),
        clean_text(
            gift_recipients, field="gift_recipients", maximum=RECIPIENTS_MAX, required=False
        ),
        clean_text(
            note, field="standard_note", maximum=NOTE_MAX, required=False, allow_newlines=True
        ),
    )
    body = standard.to_json()
    del body["tier"]
    with transaction():
        store.put(_STANDARD_KEY + str(which), json.dumps(body, ensure_ascii=False))
        audit.record(
            clock.now(), actor_id, "settings.service_standard", "setting", 0, tier=str(which)
        )
    return standard


def standard_for(actor_id: int, customer_id: int) -> tuple[str, int, str, ServiceStandard] | None:
    """(tier, stars, period, the tier's service standard) of a customer in the tiers in
    force now, for the desk's playbook; None when the customer has no tier."""
    authorize(actor_id, Permission.DESK)
    placed = tier_store.tier_of(customer_id)
    if placed is None:
        return None
    tier, stars, period = placed
    saved = store.get_many([_STANDARD_KEY + tier]).get(_STANDARD_KEY + tier)
    return tier, stars, period, _standard(Tier(tier), saved)
