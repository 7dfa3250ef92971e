"""Purchases per customer (the objective data the value tiers come from) and the site's
currency. Amounts are integer cents of the site's currency; a negative amount is a
refund. Recording and correcting purchases is ARCHIVE's; seeing amounts is REPORTS'
(a receptionist sees the customer's tier, not what they spent).

Audit entries carry the amounts (in cents): an amount is not personal data, and the
trail of a corrected amount is only honest with the old and the new value in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.enums import Category
from ..domain.errors import NotFound, ValidationError
from ..domain.money import CURRENCIES, DEFAULT_CURRENCY, parse_amount, plain
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_reason, clean_text
from ..store import audit
from ..store import purchases as store
from ..store import settings as settings_store
from ..store.connection import transaction
from ..store.models import Purchase
from . import clock
from ._customer_guards import locked
from .access import authorize

REFERENCE_MAX = 60
PAGE_LIMIT = 50
_CURRENCY_KEY = "currency"
SOURCES = ("desk", "cli", "import")


@dataclass(frozen=True)
class PurchaseView:
    id: int
    customer_id: int
    purchased_on: date
    amount_cents: int
    note: str
    reference: str
    source: str
    created_at: datetime

    @property
    def cursor(self) -> tuple[date, int]:
        """Where the next page starts (``list_purchases(before=...)``)."""
        return (self.purchased_on, self.id)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "date": self.purchased_on.isoformat(),
            "amount": float(plain(self.amount_cents)),
            "amount_cents": self.amount_cents,
            "note": self.note,
            "reference": self.reference,
            "source": self.source,
        }


@dataclass(frozen=True)
class PurchaseRecorded:
    """A recorded purchase; ``suggest_existing``: it is the first purchase of a prospect,
    so the desk asks staff whether to move them to existing (never done silently)."""

    purchase: PurchaseView
    suggest_existing: bool


@dataclass(frozen=True)
class PurchaseSummary:
    count: int
    total_cents: int
    first_on: date | None
    last_on: date | None

    def to_json(self) -> dict:
        return {
            "count": self.count,
            "total": float(plain(self.total_cents)),
            "total_cents": self.total_cents,
            "first": self.first_on.isoformat() if self.first_on else None,
            "last": self.last_on.isoformat() if self.last_on else None,
        }


def _view(row: Purchase) -> PurchaseView:
    return PurchaseView(
        id=row.id,
        customer_id=row.customer_id,
        purchased_on=row.purchased_on,
        amount_cents=int(row.amount_cents),
        note=row.note,
        reference=row.reference,
        source=row.source,
        created_at=row.created_at,
    )


def clean_amount(amount: str | int) -> int:
    """An amount as cents: text in currency units ("1280.50", "-20"), or cents as an
    int. Zero is refused (``amount_zero``): a purchase of nothing is a typing error."""
    cents = amount if isinstance(amount, int) else parse_amount(str(amount))
    if cents == 0:
        raise ValidationError("amount_zero", field="amount")
    return cents


def clean_purchase_date(value: date | str) -> date:
    """A purchase's date: ``YYYY-MM-DD`` text or a date, not after today."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("purchase_date_invalid", field="purchased_on") from None
    if value > clock.local(clock.now()).date():
        raise ValidationError("purchase_date_future", field="purchased_on")
    return value


def clean_reference(value: str | None) -> str:
    return clean_text(value, field="reference", maximum=REFERENCE_MAX, required=False)


def record_purchase(
    actor_id: int,
    customer_id: int,
    purchased_on: date | str,
    amount: str | int,
    note: str = "",
    reference: str = "",
    source: str = "desk",
) -> PurchaseRecorded:
    """Record a purchase (or, with a negative amount, a refund) of a customer."""
    authorize(actor_id, Permission.ARCHIVE)
    if source not in SOURCES:
        raise ValueError(f"unknown purchase source {source!r}")
    cents = clean_amount(amount)
    day = clean_purchase_date(purchased_on)
    text, ref = clean_note(note), clean_reference(reference)
    now = clock.now()
    with transaction():
        customer = locked(customer_id)
        row = store.add(customer.id, day, cents, text, ref, source, now, actor_id)
        first = not store.has_other(customer.id, row.id)
        audit.record(
            now,
            actor_id,
            "purchase.record",
            "purchase",
            row.id,
            customer_id=customer.id,
            purchased_on=day.isoformat(),
            amount_cents=cents,
        )
    suggest = first and cents > 0 and customer.category == str(Category.PROSPECT)
    return PurchaseRecorded(purchase=_view(row), suggest_existing=suggest)


def _locked_purchase(purchase_id: int) -> Purchase:
    row = store.lock(purchase_id)
    if row is None:
        raise NotFound("purchase_unknown")
    return row


def correct_purchase(
    actor_id: int,
    purchase_id: int,
    *,
    amount: str | int | None = None,
    purchased_on: date | str | None = None,
    note: str | None = None,
    reason: str,
) -> PurchaseView:
    """Correct a mistyped purchase (amount, date or note); the audit trail keeps the old
    and new values and the reason."""
    authorize(actor_id, Permission.ARCHIVE)
    why = clean_reason(reason)
    wanted: dict[str, object] = {}
    if amount is not None:
        wanted["amount_cents"] = clean_amount(amount)
    if purchased_on is not None:
        wanted["purchased_on"] = clean_purchase_date(purchased_on)
    if note is not None:
        wanted["note"] = clean_note(note)
    now = clock.now()
    with transaction():
        row = _locked_purchase(purchase_id)
        locked(row.customer_id)
        changes = {f: v for f, v in wanted.items() if getattr(row, f) != v}
        if changes:
            store.update(row.id, **changes)
            before = {f: _audited(getattr(row, f)) for f in changes}
            audit.record(
                now,
                actor_id,
                "purchase.correct",
                "purchase",
                row.id,
                customer_id=row.customer_id,
                before=before,
                after={f: _audited(v) for f, v in changes.items()},
                reason=why,
            )
            for field, value in changes.items():
                setattr(row, field, value)
    return _view(row)


def _audited(value: object) -> object:
    """A value as the audit trail keeps it: a date as ISO text, a note only as its length
    (free text may name people)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return f"{len(value)} characters"
    return value


def delete_purchase(actor_id: int, purchase_id: int, reason: str) -> None:
    """Delete a purchase recorded by mistake; the audit trail keeps what it was and why."""
    authorize(actor_id, Permission.ARCHIVE)
    why = clean_reason(reason)
    now = clock.now()
    with transaction():
        row = _locked_purchase(purchase_id)
        locked(row.customer_id)
        store.delete(row.id)
        audit.record(
            now,
            actor_id,
            "purchase.delete",
            "purchase",
            row.id,
            customer_id=row.customer_id,
            purchased_on=row.purchased_on.isoformat(),
            amount_cents=int(row.amount_cents),
            reason=why,
        )


def list_purchases(
    actor_id: int,
    customer_id: int,
    before: tuple[date, int] | None = None,
    limit: int = PAGE_LIMIT,
) -> list[PurchaseView]:
    """The customer's purchases newest first, ``limit`` at a time; the next page starts
    ``before`` the last one's ``cursor``."""
    authorize(actor_id, Permission.REPORTS)
    return [_view(row) for row in store.page(customer_id, before, limit)]


def purchase_summary(actor_id: int, customer_id: int) -> PurchaseSummary:
    """How many purchases the customer made, their total, the first and the last date."""
    authorize(actor_id, Permission.REPORTS)
    t = store.totals(customer_id)
    return PurchaseSummary(t.count, t.total_cents, t.first_on, t.last_on)


def currency() -> str:
    """The site's currency (ISO 4217 code), ``DEFAULT_CURRENCY`` until one is chosen."""
    value = settings_store.get_many([_CURRENCY_KEY]).get(_CURRENCY_KEY, "")
    return value if value in CURRENCIES else DEFAULT_CURRENCY


def save_currency(actor_id: int, code: str) -> str:
    """Set the site's currency (one of ``CURRENCIES``)."""
    authorize(actor_id, Permission.SETTINGS)
    value = code.strip().upper()
    if value not in CURRENCIES:
        raise ValidationError("currency_invalid", field="currency")
    with transaction():
        settings_store.put(_CURRENCY_KEY, value)
        audit.record(clock.now(), actor_id, "settings.currency", "setting", 0, currency=value)
    return value
