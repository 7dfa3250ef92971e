"""The customer archive at the desk: a customer's whole profile for their page, saving
the page's edits, and the check-in glance (what matters now, without opening the page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain import archive as rules
from ..domain.archive import Expectation, SpecialDateKind, SpecialDateValue
from ..domain.enums import Category, Kind, Tier
from ..domain.errors import NotFound
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone_middle
from ..store import archive as store
from ..store import customers as customer_store
from . import clock, customers
from ._customer_fields import special_dates
from .access import allowed, authorize
from .complaint_views import OpenComplaint
from .complaints import first_open_complaint


@dataclass(frozen=True)
class CustomerProfile:
    """Everything the archive holds on a customer, for their page. ``phone`` is None
    for a role without ``PHONE_FULL`` (``phone_display`` is then masked)."""

    id: int
    name: str
    phone: str | None
    phone_display: str
    email: str
    company: str
    title: str
    kind: Kind
    expectations: tuple[Expectation, ...]
    category: Category
    source: str
    account_manager_id: int | None
    account_manager_name: str | None
    preferences: str
    preference_tags: tuple[str, ...]
    special_dates: tuple[SpecialDateValue, ...]
    contact_consent: bool
    notes: str
    customer_ref: str
    visit_count: int
    last_visit_at: datetime | None
    row_version: int
    erased: bool
    tier: Tier | None = None
    stars: int | None = None
    tier_period: str | None = None


@dataclass(frozen=True)
class SpecialDateSoon:
    """A special date today (``days`` 0) or within ``SOON_DAYS``; ``years``: how many
    years it marks (an age, an anniversary) when its year is known."""

    kind: SpecialDateKind
    label: str
    days: int
    years: int | None


@dataclass(frozen=True)
class Glance:
    """What the desk sees of a customer at check-in; ``open_complaint``: their most
    urgent open complaint (the check-in panel's banner)."""

    customer_id: int
    kind: Kind
    expectations: tuple[Expectation, ...]
    soon: tuple[SpecialDateSoon, ...]
    preference_tags: tuple[str, ...]
    preference_line: str  # the first line of the free text
    tier: Tier | None
    stars: int | None
    account_manager: str | None
    open_complaint: OpenComplaint | None = None

    @property
    def empty(self) -> bool:
        """Nothing worth a line (the kind's expectation alone is not news)."""
        return not (
            self.open_complaint
            or self.soon
            or self.preference_tags
            or self.preference_line
            or self.tier
            or self.account_manager
        )


def customer_profile(actor_id: int, customer_id: int) -> CustomerProfile:
    actor = authorize(actor_id, Permission.DESK)
    row = customer_store.get(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    full = allowed(actor, Permission.PHONE_FULL)
    tier = store.current_tier(row.id)
    kind = Kind(row.kind)
    return CustomerProfile(
        id=row.id,
        name=row.name,
        phone=row.phone if full else None,
        phone_display=display_phone(row.phone) if full else mask_phone_middle(row.phone),
        email=row.email,
        company=row.company,
        title=row.title,
        kind=kind,
        expectations=rules.EXPECTATIONS[kind],
        category=Category(row.category),
        source=row.source,
        account_manager_id=row.account_manager_id,
        account_manager_name=store.staff_name(row.account_manager_id),
        preferences=row.preferences,
        preference_tags=rules.parse_tags(row.preference_tags),
        special_dates=special_dates(row.id),
        contact_consent=bool(row.contact_consent),
        notes=row.notes,
        customer_ref=row.customer_ref,
        visit_count=row.visit_count,
        last_visit_at=row.last_visit_at,
        row_version=row.row_version,
        erased=row.erased_at is not None,
        tier=Tier(tier[1]) if tier else None,
        stars=tier[2] if tier else None,
        tier_period=tier[0] if tier else None,
    )


def save_profile(
    actor_id: int, customer_id: int, expected_version: int, **fields: object
) -> CustomerProfile:
    """Save the customer page's edits (``customers.update_customer``: validated per
    field, audited by field name, refused with ``CustomerChanged`` when another station
    changed the same fields since ``expected_version``); the profile as saved."""
    customers.update_customer(actor_id, customer_id, expected_version, **fields)
    return customer_profile(actor_id, customer_id)


def _soon(dates: list, today: date) -> tuple[SpecialDateSoon, ...]:
    found = []
    for d in dates:
        days = rules.days_until(d.month, d.day, today)
        if days <= rules.SOON_DAYS:
            when = today.toordinal() + days
            years = date.fromordinal(when).year - d.year if d.year else None
            found.append(
                SpecialDateSoon(
                    kind=SpecialDateKind(d.kind),
                    label=d.label,
                    days=days,
                    years=years if years and years > 0 else None,
                )
            )
    return tuple(sorted(found, key=lambda s: s.days))


def checkin_glance(actor_id: int, customer_id: int, today: date | None = None) -> Glance:
    """What matters now about a customer at check-in (four indexed reads): their most
    urgent open complaint, a special date today or in the next ``SOON_DAYS`` days, the
    preference tags and the first line of the preferences, the current tier and stars,
    the account manager, and what the customer's kind expects. ``today``: the local date
    (tests give one)."""
    authorize(actor_id, Permission.DESK)
    row, dates = store.glance_rows(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    kind = Kind(row.kind)
    if row.erased_at is not None:
        return Glance(customer_id, kind, rules.EXPECTATIONS[kind], (), (), "", None, None, None)
    day = today or clock.local(clock.now()).date()
    tier = store.current_tier(customer_id)
    lines = (row.preferences or "").strip().splitlines()
    return Glance(
        customer_id=customer_id,
        kind=kind,
        expectations=rules.EXPECTATIONS[kind],
        soon=_soon(dates, day),
        preference_tags=rules.parse_tags(row.preference_tags),
        preference_line=lines[0].strip() if lines else "",
        tier=Tier(tier[1]) if tier else None,
        stars=tier[2] if tier else None,
        account_manager=getattr(row, "manager_name", None),
        open_complaint=first_open_complaint(customer_id),
    )
