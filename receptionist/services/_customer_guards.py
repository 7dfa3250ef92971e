"""Several stations writing one customer: the checks that turn a lost race into a
sentence (shared by the customer and visit services)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..domain.errors import Conflict, CustomerChanged, NotFound, PhoneTaken
from ..domain.faults import DatabaseFault
from ..domain.validation import Phone, mask_phone_middle
from ..store import customers as store
from ..store.models import Customer


def check_phone_free(phone: Phone | None, customer_id: int | None = None) -> None:
    """Refuse a phone number another customer (not ``customer_id``) has."""
    existing = store.by_phone(phone.e164) if phone else None
    if existing is not None and existing.id != customer_id:
        raise PhoneTaken(existing.id, mask_phone_middle(existing.phone))


@contextlib.contextmanager
def phone_unique(phone: Phone | None) -> Iterator[None]:
    """Around a transaction that writes ``phone``: when another station wrote the same
    number a moment after this one found it free, the database refused the write and
    the transaction was rolled back; say whose number it is now (``PhoneTaken``)."""
    try:
        yield
    except store.PhoneInUse:
        check_phone_free(phone)
        raise DatabaseFault("db_busy") from None  # that number has changed hands again


def locked(customer_id: int) -> Customer:
    """The customer's row, locked until the transaction ends: a check-in, an arrival or
    a re-tag of one customer at two stations take turns (PostgreSQL). An erased customer
    is refused (``customer_erased``): their record is never used again."""
    row = store.lock(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    refuse_erased(row)
    return row


def refuse_erased(row: Customer) -> None:
    """Refuse to write to a customer whose data was erased (``customer_erased``)."""
    if row.erased_at is not None:
        raise Conflict("customer_erased")


def refuse_clashes(
    row: Customer, expected_version: int, changes: dict[str, tuple[str, str]]
) -> None:
    """Refuse ``changes`` (field -> (the value wanted, the value stored)) made from the
    read at ``row_version`` ``expected_version`` when another station has changed any of
    those fields since (``CustomerChanged``); changes to other fields, or a check-in's
    visit count, are no reason to refuse."""
    if row.row_version == expected_version:
        return
    changed_since = store.fields_changed_since(row.id, expected_version)
    clashes = {f: values for f, values in changes.items() if f in changed_since}
    if clashes:
        raise CustomerChanged(clashes)
