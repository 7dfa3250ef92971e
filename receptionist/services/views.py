"""Plain data returned by services; the UI and the CLI read these, never peewee rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, time

from ..domain.enums import Category, Flow, Kind, Purpose, Role, SiteKind, Station, VisitStatus


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    department: str
    role: Role
    active: bool
    # How they sign in: "password", "pin", or "" (no secret yet: cannot sign in).
    secret_kind: str = ""


@dataclass(frozen=True)
class CustomerView:
    id: int
    name: str
    phone: str | None  # E.164, or None
    phone_display: str
    company: str
    email: str
    title: str
    kind: Kind
    category: Category
    visit_count: int
    last_visit_at: datetime | None
    on_site: bool = False
    notes: str = ""
    # The customer's version when read: an edit names it (``update_customer``), so a
    # save made after another station's change of the same fields is refused.
    row_version: int = 1
    # Their personal data was erased (on request or by retention): ``name`` is a neutral
    # ``#id`` the UI shows as "Erased customer"; the record cannot be used again.
    erased: bool = False

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.phone,
            "company": self.company,
            "kind": str(self.kind),
            "category": str(self.category),
            "visit_count": self.visit_count,
            "last_visit_at": _iso(self.last_visit_at),
            "on_site": self.on_site,
            "row_version": self.row_version,
        }


@dataclass(frozen=True)
class CustomerHit:
    """One row of the search results: enough to recognise and pick a customer."""

    id: int
    name: str
    phone_masked: str
    company: str
    category: Category
    last_visit_at: datetime | None
    on_site: bool

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.phone_masked,
            "company": self.company,
            "category": str(self.category),
            "last_visit_at": _iso(self.last_visit_at),
            "on_site": self.on_site,
        }


@dataclass(frozen=True)
class VisitView:
    id: int
    code: str
    customer_id: int
    customer_name: str
    customer_phone: str | None
    customer_company: str
    category: Category  # the customer's category at check-in
    purpose: Purpose
    flow: Flow
    host_id: int | None
    host_name: str | None
    party_size: int
    room: str
    note: str
    status: VisitStatus
    station: Station
    check_in_at: datetime | None
    check_out_at: datetime | None
    playbook_done: tuple[str, ...] = field(default=())
    invite_code: str | None = None  # planned visits (and those that were planned)
    expected_at: datetime | None = None
    station_name: str | None = None  # the named desk or kiosk it was checked in at
    # A kiosk arrival claiming a stored customer, until the desk confirms or rejects it
    # (``services.claims``): that customer's id and name, for the desk only.
    claimed_customer_id: int | None = None
    claimed_customer_name: str | None = None
    open_complaint: bool = False  # the customer has an open complaint (the board's flag)

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "invite_code": self.invite_code,
            "expected_at": _iso(self.expected_at),
            "customer": {
                "name": self.customer_name,
                "phone": self.customer_phone,
                "company": self.customer_company,
                "category": str(self.category),
            },
            "purpose": str(self.purpose),
            "flow": str(self.flow),
            "host": self.host_name,
            "party_size": self.party_size,
            "room": self.room,
            "status": str(self.status),
            "station": str(self.station),
            "station_name": self.station_name,
            "check_in_at": _iso(self.check_in_at),
            "check_out_at": _iso(self.check_out_at),
            "playbook_done": list(self.playbook_done),
        }


@dataclass(frozen=True)
class CategoryChangeView:
    from_category: Category | None
    to_category: Category
    reason: str
    staff_name: str | None
    changed_at: datetime

    def to_json(self) -> dict:
        data = asdict(self)
        data["changed_at"] = _iso(self.changed_at)
        return {k: (str(v) if isinstance(v, Category) else v) for k, v in data.items()}


@dataclass(frozen=True)
class SearchResult:
    """Customers for a query; ``visit`` is set when the query was a known visit code."""

    hits: tuple[CustomerHit, ...]
    visit: VisitView | None = None


@dataclass(frozen=True)
class SiteSettings:
    """What the whole site shares. ``site_name`` is "" until the site is set up: visitor
    text then says "the front desk", never the product's name."""

    site_name: str = ""
    site_kind: SiteKind = SiteKind.OFFICE

    @property
    def hotel_mode(self) -> bool:
        """Guests instead of visitors, and a room number with each visit."""
        return self.site_kind is SiteKind.HOTEL

    @property
    def set_up(self) -> bool:
        """Whether the site has been given its name (the first-start setup is done)."""
        return bool(self.site_name)


@dataclass(frozen=True)
class KioskSettings:
    """Site-wide kiosk and end-of-day settings (the PIN itself is never read back)."""

    idle_seconds: int = 60
    pin_set: bool = False
    closing_time: time = time(18, 0)
    retention_months: int = 24  # what the kiosk's privacy notice says


@dataclass(frozen=True)
class NotificationView:
    """A visitor who checked in at the kiosk, for the desk to tell the host."""

    id: int
    visit_code: str
    customer_name: str
    category: Category
    host_name: str | None
    purpose: Purpose
    urgent: bool  # VIP or problem customer: sound and flash
    created_at: datetime
    seen_at: datetime | None
    seen_by: str | None
    claim: bool = False  # a possible returning customer the desk has still to confirm


@dataclass(frozen=True)
class PrintRecordView:
    """One print of a visit's document: printed, saved as a PDF, or failed."""

    document: str  # "slip" | "card"
    fmt: str
    printer: str | None
    outcome: str  # "printed" | "saved" | "failed"
    printed_at: datetime
    staff_name: str | None

    def to_json(self) -> dict:
        data = asdict(self)
        data["printed_at"] = _iso(self.printed_at)
        return data


@dataclass(frozen=True)
class FeedbackView:
    """A visitor's feedback on one visit; ``entered_by`` is the staff member's name."""

    code: str
    overall: int
    attitude: int | None
    professionalism: int | None
    speed: int | None
    environment: int | None
    recommend: int | None
    comment: str
    source: str
    entered_by: str | None
    entered_at: datetime

    def to_json(self) -> dict:
        data = asdict(self)
        data["entered_at"] = _iso(self.entered_at)
        data["source"] = str(self.source)
        return data


@dataclass(frozen=True)
class StationView:
    """A named desk or kiosk of the site. ``own_pin``: a kiosk with a staff PIN of its
    own (otherwise it uses the site's). ``mark`` is what a computer keeps to find its
    station again after it was renamed elsewhere (its id and creation time)."""

    id: int
    name: str
    kind: Station  # desk or kiosk
    location: str
    own_pin: bool
    mark: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": str(self.kind),
            "location": self.location,
            "own_pin": self.own_pin,
        }
