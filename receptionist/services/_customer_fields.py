"""The fields the desk edits on a customer (``customers.update_customer``): each one's
rule, its stored form, how it is read back and how a conflict shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import archive as rules
from ..domain.enums import Kind
from ..domain.errors import Conflict, ValidationError
from ..domain.validation import (
    Phone,
    clean_company,
    clean_email,
    clean_name,
    clean_notes,
    clean_phone,
    clean_title,
    display_phone,
)
from ..store import archive as archive_store
from ..store.models import Customer


def clean_account_manager(value: object) -> int | None:
    """A staff member's id, or None for no account manager (checked to be active staff
    when it is written)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not str(value).strip().isdigit():
        raise ValidationError("account_manager_unknown", field="account_manager")
    return int(str(value).strip())


def _clean_kind(value: object) -> str:
    try:
        return str(Kind(str(value)))
    except ValueError:
        raise ValidationError("kind_invalid", field="kind") from None


# What the desk edits on a customer, each with its rule (the clean, stored value).
EDITABLE: dict[str, Callable[[Any], Any]] = {
    "name": clean_name,
    "phone": clean_phone,
    "company": clean_company,
    "email": clean_email,
    "title": clean_title,
    "notes": clean_notes,
    "kind": _clean_kind,
    "source": rules.clean_source,
    "account_manager": clean_account_manager,
    "preferences": rules.clean_preferences,
    "preference_tags": lambda v: rules.tags_text(rules.clean_tags(v)),
    "special_dates": rules.clean_special_dates,
    "contact_consent": rules.clean_consent,
    "customer_ref": rules.clean_customer_ref,
}


def stored(value: Any) -> Any:
    """A cleaned value as it is compared with the stored one."""
    return value.e164 if isinstance(value, Phone) else value


def special_dates(customer_id: int) -> tuple[rules.SpecialDateValue, ...]:
    return rules.clean_special_dates(
        [
            {"kind": d.kind, "month": d.month, "day": d.day, "year": d.year, "label": d.label}
            for d in archive_store.special_dates_of(customer_id)
        ]
    )


def current(row: Customer, field: str) -> Any:
    """The stored value of ``field`` in the form its rule returns."""
    if field == "special_dates":
        return special_dates(row.id)
    if field == "account_manager":
        return row.account_manager_id
    if field == "contact_consent":
        return bool(row.contact_consent)
    return getattr(row, field)


def _date_text(d: rules.SpecialDateValue) -> str:
    day = f"{d.month:02d}-{d.day:02d}"
    return f"{d.kind}{' ' + d.label if d.label else ''} {f'{d.year}-' if d.year else ''}{day}"


def shown(field: str, value: Any) -> str:
    """A value as a conflict shows it to the desk."""
    if field == "phone":
        return display_phone(value)
    if field == "special_dates":
        return "; ".join(_date_text(d) for d in value)
    if field == "account_manager":
        return archive_store.staff_name(value) or ""
    if field == "contact_consent":
        return "✓" if value else "✗"
    if field == "preference_tags":
        return ", ".join(rules.parse_tags(value))
    return "" if value is None else str(value)


def columns(row: Customer, changes: dict[str, Any]) -> dict[str, Any]:
    """The customer columns an edit's ``changes`` write (special dates are rows of their
    own), after checking what needs the database: an active account manager, a
    reference no other customer has."""
    cols = {f: v for f, v in changes.items() if f != "special_dates"}
    if "account_manager" in cols:
        manager = cols.pop("account_manager")
        if manager is not None and not archive_store.active_staff(manager):
            raise ValidationError("account_manager_unknown", field="account_manager")
        cols["account_manager_id"] = manager
    ref = cols.get("customer_ref")
    if ref and archive_store.id_by_customer_ref(ref) not in (None, row.id):
        raise Conflict("customer_ref_taken", field="customer_ref")
    return cols


def write_special_dates(customer_id: int, changes: dict[str, Any]) -> None:
    if "special_dates" in changes:
        archive_store.replace_special_dates(
            customer_id,
            [
                {"kind": str(d.kind), "label": d.label, "month": d.month, "day": d.day}
                | {"year": d.year}
                for d in changes["special_dates"]
            ],
        )
