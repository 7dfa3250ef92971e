"""Turning store rows into views (shared by the services)."""

from __future__ import annotations

from ..domain.enums import Category, Flow, Kind, Purpose, Role, Station, VisitStatus
from ..domain.validation import display_phone, mask_phone, mask_phone_middle
from ..store.models import Customer, Staff, Visit
from .views import CustomerHit, CustomerView, StaffView, VisitView


def staff_view(row: Staff) -> StaffView:
    return StaffView(
        id=row.id,
        name=row.name,
        department=row.department,
        role=Role(row.role),
        active=bool(row.active),
        secret_kind=row.secret_kind or "",
    )


def customer_view(row: Customer, on_site: bool = False, phone_full: bool = True) -> CustomerView:
    """The customer as the services return it; ``phone_full`` False (a role without
    ``Permission.PHONE_FULL``): no phone, and ``phone_display`` masked (``138****8000``)."""
    return CustomerView(
        id=row.id,
        name=row.name,
        phone=row.phone if phone_full else None,
        phone_display=display_phone(row.phone) if phone_full else mask_phone_middle(row.phone),
        company=row.company,
        email=row.email,
        title=row.title,
        kind=Kind(row.kind),
        category=Category(row.category),
        visit_count=row.visit_count,
        last_visit_at=row.last_visit_at,
        on_site=on_site,
        notes=row.notes,
        row_version=row.row_version,
        erased=row.erased_at is not None,
    )


def customer_hit(row: Customer, on_site: bool) -> CustomerHit:
    return CustomerHit(
        id=row.id,
        name=row.name,
        phone_masked=mask_phone(row.phone),
        company=row.company,
        category=Category(row.category),
        last_visit_at=row.last_visit_at,
        on_site=on_site,
    )


def visit_view(row: Visit) -> VisitView:
    customer = row.customer
    host = getattr(row, "host", None) if row.host_id else None
    station = getattr(row, "station_ref", None) if row.station_id else None
    claimed = getattr(row, "claimed_customer", None) if row.claimed_customer_id else None
    done = tuple(s for s in (row.playbook_done or "").split(",") if s)
    return VisitView(
        id=row.id,
        code=row.code,
        customer_id=customer.id,
        customer_name=customer.name,
        customer_phone=customer.phone,
        customer_company=customer.company,
        category=Category(row.category),
        purpose=Purpose(row.purpose),
        flow=Flow(row.flow),
        host_id=row.host_id,
        host_name=host.name if host else None,
        party_size=row.party_size,
        room=row.room,
        note=row.note,
        status=VisitStatus(row.status),
        station=Station(row.station),
        station_name=station.name if station else None,
        check_in_at=row.check_in_at,
        check_out_at=row.check_out_at,
        playbook_done=done,
        invite_code=row.invite_code,
        expected_at=row.expected_at,
        claimed_customer_id=row.claimed_customer_id,
        claimed_customer_name=claimed.name if claimed else None,
    )


# Enum members by value: a visit-log page converts hundreds of these.
_CATEGORIES = {m.value: m for m in Category}
_PURPOSES = {m.value: m for m in Purpose}
_FLOWS = {m.value: m for m in Flow}
_STATUSES = {m.value: m for m in VisitStatus}
_STATIONS = {m.value: m for m in Station}


def log_row_view(row) -> VisitView:
    """A visit-log row (``store.visits.log_page``'s named tuple) as a view."""
    done = row.playbook_done
    return VisitView(
        id=row.id,
        code=row.code,
        customer_id=row.customer_id,
        customer_name=row.customer_name,
        customer_phone=row.customer_phone,
        customer_company=row.customer_company,
        category=_CATEGORIES[row.category],
        purpose=_PURPOSES[row.purpose],
        flow=_FLOWS[row.flow],
        host_id=row.host_id,
        host_name=row.host_name,
        party_size=row.party_size,
        room=row.room,
        note=row.note,
        status=_STATUSES[row.status],
        station=_STATIONS[row.station],
        station_name=row.station_name,
        check_in_at=row.check_in_at,
        check_out_at=row.check_out_at,
        playbook_done=tuple(s for s in done.split(",") if s) if done else (),
        invite_code=row.invite_code,
        expected_at=row.expected_at,
    )
