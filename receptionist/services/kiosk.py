"""What the self-service kiosk may do, and nothing more.

The kiosk runs unattended in a lobby, so this module is its whole reach: every view it
returns carries only what the person at the screen typed or owns (an invitation's host
and time, its greeting with surname and title; a walk-in's typed surname), never a
customer's stored data, and there is no way to search or list visitors from here. Kiosk
visits are recorded with no staff member (``receptionist`` empty), ``station = kiosk``
and the kiosk's named station; the desk gets a notification.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.enums import Category, Purpose, Station
from ..domain.errors import Conflict, NotFound, PhoneTaken, ValidationError
from ..domain.greeting import surname
from ..domain.invite_code import parse_invite_code
from ..domain.pin import after_failure, pin_matches
from ..domain.refusals import RefusalWindow
from ..domain.validation import Phone, clean_company, clean_name, clean_phone
from ..store import audit
from ..store import claims as claim_store
from ..store import customers as customer_store
from ..store import staff as staff_store
from ..store import stations as station_store
from ..store.connection import transaction
from . import clock
from ._lookup import visit_row
from .checkout_codes import checkout_code, verified_code
from .customers import record_registration
from .notifications import notify_host
from .outbox import TellState, tell_state
from .planning import planned_row
from .printing import slip_of, write_print_record
from .settings import kiosk_pin_hash
from .visits import (
    arrive_planned,
    check_invitation,
    parse_purpose,
    record_check_in,
    record_check_out,
)

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument


@dataclass(frozen=True)
class Greeting:
    """How the kiosk may address a visitor: surname and title only (either may be '')."""

    surname: str
    title: str


@dataclass(frozen=True)
class KioskInvitation:
    invite_code: str
    greeting: Greeting
    host_name: str | None
    purpose: Purpose
    expected_at: datetime


@dataclass(frozen=True)
class KioskReceipt:
    """What the done screen shows and the slip printer needs: ``code`` is the short visit
    code, ``checkout_code`` the slip's long form the kiosk takes to check out."""

    code: str
    checkout_code: str
    greeting: Greeting | None
    host_name: str | None
    # How far the host has been told (``outbox.TellState``): messages on their way, one
    # delivered, or none could (no channel, every one failed): the front desk tells them.
    host_told: TellState
    visit_id: int = 0


@dataclass(frozen=True)
class KioskHost:
    id: int
    name: str
    department: str


def _greeting(name: str, title: str) -> Greeting:
    return Greeting(surname=surname(name), title=title or "")


# -- invited visitors --------------------------------------------------------------------
def _usable_invitation(text: str):
    row = planned_row(text)
    check_invitation(row, clock.now())
    return row


def find_invitation(text: str) -> KioskInvitation:
    """The invitation of a code typed or scanned at the kiosk, if it can be used today."""
    row = _usable_invitation(text)
    customer = customer_store.existing(row.customer_id)
    host = row.host if row.host_id else None
    return KioskInvitation(
        invite_code=row.invite_code,
        greeting=_greeting(customer.name, customer.title),
        host_name=host.name if host else None,
        purpose=Purpose(row.purpose),
        expected_at=row.expected_at,
    )


def _record_consent(customer, now: datetime) -> None:
    if not customer.consent:
        customer_store.update(customer, consent=True, updated_at=now)
    audit.record(now, None, "customer.consent", "customer", customer.id, station=str(Station.KIOSK))


def _require_consent(consent: bool) -> None:
    if not consent:
        raise ValidationError("consent_required", field="consent")


def _notify(visit) -> KioskReceipt:
    """The desk's list learns of the arrival (the host's own messages were written by the
    check-in itself: ``outbox.notify_arrival``)."""
    notify_host(visit.id, visit.host_id, visit.category)
    return KioskReceipt(
        code=visit.code,
        checkout_code=checkout_code(visit.code),
        greeting=None,
        host_name=visit.host_name,
        host_told=tell_state(visit.id),
        visit_id=visit.id,
    )


def host_told(receipt: KioskReceipt) -> TellState:
    """How far the host of the kiosk's own check-in has been told, now (the done page
    asks while it shows)."""
    return tell_state(receipt.visit_id)


def check_in_invited(text: str, *, consent: bool) -> KioskReceipt:
    """An invited visitor checks in with their invitation code."""
    _require_consent(consent)
    with transaction():
        row = _usable_invitation(text)
        customer = customer_store.existing(row.customer_id)
        _record_consent(customer, clock.now())
        visit = arrive_planned(None, row, Station.KIOSK)
        receipt = _notify(visit)
    return KioskReceipt(
        code=receipt.code,
        checkout_code=receipt.checkout_code,
        greeting=_greeting(customer.name, customer.title),
        host_name=receipt.host_name,
        host_told=receipt.host_told,
        visit_id=receipt.visit_id,
    )


# -- walk-ins ----------------------------------------------------------------------------
# A phone number and a surname are no proof of identity (issue 11): a walk-in whose phone
# is on file is recorded on a new record of the person as typed (no phone: the number is
# the stored customer's), and the visit *claims* the stored customer until the desk
# confirms or rejects it (``services.claims``). Nothing of the stored customer is read
# into what the kiosk shows, and nothing on their record changes.
def check_walk_in(name: str, phone: str, company: str = "") -> None:
    """Validate the details step (name and phone required at the kiosk)."""
    clean_name(name)
    _required_phone(phone)
    clean_company(company)


def _required_phone(phone: str) -> Phone:
    value = clean_phone(phone)
    if value is None:
        raise ValidationError("phone_required", field="phone")
    return value


def check_in_walk_in(
    *,
    name: str,
    phone: str,
    company: str = "",
    purpose: str | Purpose,
    host_id: int | None,
    consent: bool,
) -> KioskReceipt:
    """A visitor without an appointment checks in: an unknown phone registers a new
    prospect; a phone on file registers the person as typed, without the phone, and
    their visit claims that customer for the desk to confirm. One transaction, with the
    host notification (never urgent: no stored category is trusted here). The greeting
    is the typed name's, with no title."""
    _require_consent(consent)
    check_walk_in(name, phone, company)
    parse_purpose(purpose)
    value = _required_phone(phone)
    now = clock.now()
    with transaction():
        claimed = customer_store.by_phone(value.e164)
        if claimed is None:
            try:
                created = record_registration(
                    None, name=name, phone=phone, company=company, category=Category.PROSPECT
                )
            except PhoneTaken as taken:  # registered at another station a moment ago
                claimed = customer_store.existing(taken.customer_id)
        if claimed is not None:
            created = record_registration(
                None, name=name, company=company, category=Category.PROSPECT
            )
        customer = customer_store.existing(created.id)
        _record_consent(customer, now)
        visit = record_check_in(
            None, customer_id=customer.id, purpose=purpose, host_id=host_id, station=Station.KIOSK
        )
        if claimed is not None:
            claim_store.mark_claim(visit.id, claimed.id)
            audit.record(now, None, "visit.claim", "visit", visit.id, station=str(Station.KIOSK))
        receipt = _notify(visit)
    return KioskReceipt(
        code=receipt.code,
        checkout_code=receipt.checkout_code,
        greeting=_greeting(name, ""),
        host_name=receipt.host_name,
        host_told=receipt.host_told,
        visit_id=receipt.visit_id,
    )


# -- leaving -----------------------------------------------------------------------------
# The kiosk takes the slip's long code (or the random invitation code), never the
# sequential short one. Refused codes are counted per station in this process: after
# REFUSAL_LIMIT within REFUSAL_WINDOW the kiosk's check-out sends everyone to the desk for
# REFUSAL_PAUSE (each refusal and each pause is in the audit trail). In memory, not in the
# database: a station is one kiosk process, only staff can restart it, and it needs no
# schema change; staff leaving the kiosk with the PIN lift the pause.
REFUSAL_LIMIT = 5
REFUSAL_WINDOW = timedelta(minutes=10)
REFUSAL_PAUSE = timedelta(minutes=15)
_refusals: dict[int | None, RefusalWindow] = {}


def _refusal_window() -> RefusalWindow:
    station_id = station_store.current_id()
    if station_id not in _refusals:
        _refusals[station_id] = RefusalWindow(REFUSAL_LIMIT, REFUSAL_WINDOW, REFUSAL_PAUSE)
    return _refusals[station_id]


def forget_refusals() -> None:
    """Lift every station's pause and forget its refused codes (a new kiosk session)."""
    _refusals.clear()


def check_out_paused() -> bool:
    """Whether this kiosk's check-out sends everyone to the desk for now."""
    return _refusal_window().paused_until(clock.now()) is not None


def _leaving_row(text: str):
    invite = parse_invite_code(text)
    if invite:
        return planned_row(invite)
    code = verified_code(text)
    if code is None:
        raise NotFound("visit_unknown", field="code")
    return visit_row(code)


def _refused() -> Conflict:
    now, station_id = clock.now(), station_store.current_id() or 0
    paused = _refusal_window().refused(now)
    with transaction():
        audit.record(now, None, "kiosk.checkout_refused", "station", station_id)
        if paused:
            audit.record(now, None, "kiosk.checkout_paused", "station", station_id)
    return Conflict("kiosk_checkout_refused", field="code")


def check_out(text: str) -> str:
    """Check out by the slip's long visit code (or the invitation code); the short visit
    code. Every refusal says the same, so the kiosk does not tell which codes are on site;
    while paused after repeated refusals, ``kiosk_checkout_paused`` whatever the code."""
    if check_out_paused():
        raise Conflict("kiosk_checkout_paused", field="code")
    try:
        with transaction():
            return record_check_out(None, _leaving_row(text)).code
    except (Conflict, NotFound):
        raise _refused() from None


def slip_document(checkout_code_text: str, fmt: str, lang: str) -> PrintedDocument:
    """The slip of the visit the kiosk has just checked in, by the long code of its
    receipt (the check part cannot be guessed: a short code alone is refused)."""
    code = verified_code(checkout_code_text)
    if code is None:
        raise NotFound("visit_unknown", field="code")
    return slip_of(code, fmt, lang)


def record_slip_print(code: str, fmt: str, printer: str | None, printed: bool) -> None:
    """Note the kiosk's slip in the visit's print history (the desk then asks before
    printing it again)."""
    write_print_record(None, code, "slip", fmt, printer, "printed" if printed else "failed")


# -- hosts -------------------------------------------------------------------------------
def hosts() -> list[KioskHost]:
    """Active staff a visitor may ask for (the kiosk filters them by name and department
    as the visitor types: the list is small and already on screen)."""
    return [
        KioskHost(id=row.id, name=row.name, department=row.department)
        for row in staff_store.all_staff(active_only=True)
    ]


def departments() -> list[str]:
    return staff_store.departments()


# -- the staff PIN -----------------------------------------------------------------------
# Each kiosk station counts its own wrong PINs and locks on its own: five wrong PINs at
# one kiosk do not lock another. A kiosk with a PIN of its own uses it; the others use
# the site's PIN (Settings → Kiosk, ``receptionist kiosk-pin``).
def _this_kiosk():
    """The station row of this kiosk (``station_not_set`` before it learnt it)."""
    station_id = station_store.current_id()
    row = station_store.get(station_id) if station_id is not None else None
    if row is None:
        raise NotFound("station_not_set")
    return row


def _exit_pin(row) -> str | None:
    return row.pin_hash or kiosk_pin_hash()


def exit_pin_set() -> bool:
    """Whether staff have a PIN to leave this kiosk (its own, or the site's)."""
    return _exit_pin(_this_kiosk()) is not None


def _locked_until(row) -> datetime | None:
    until = row.pin_locked_until
    return until if until is not None and until > clock.now() else None


def exit_locked_until() -> datetime | None:
    return _locked_until(_this_kiosk())


def verify_exit_pin(pin: str) -> None:
    """Let staff leave the kiosk, or refuse: ``pin_wrong`` (counted), ``pin_locked``
    (after repeated wrong PINs at this kiosk), ``pin_not_set``."""
    row = _this_kiosk()
    stored = _exit_pin(row)
    if stored is None:
        raise NotFound("pin_not_set")
    check_exit_unlocked()
    matches = pin_matches(pin, stored)  # slow on purpose: outside the transaction
    with transaction():
        row = _this_kiosk()
        until = _locked_until(row)
        if until is not None:  # another try locked it meanwhile
            raise _locked(until)
        if matches:
            station_store.update(row, pin_failures=0)
            _refusals.pop(row.id, None)
            audit.record(clock.now(), None, "kiosk.exit", "station", row.id)
            return
        failures, locked = after_failure(row.pin_failures, clock.now())
        station_store.update(row, pin_failures=failures, pin_locked_until=locked)
        audit.record(clock.now(), None, "kiosk.pin_wrong", "station", row.id, locked=bool(locked))
    if locked:
        raise _locked(locked)
    raise ValidationError("pin_wrong", field="pin")


def check_exit_unlocked() -> None:
    """Refuse (``pin_locked``, saying until when) while the exit is locked after repeated
    wrong PINs."""
    until = exit_locked_until()
    if until is not None:
        raise _locked(until)


def _locked(until: datetime) -> Conflict:
    return Conflict("pin_locked", field="pin", time=clock.local(until).strftime("%H:%M"))
