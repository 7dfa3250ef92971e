"""Personal data as the law asks: the full phone number shown on purpose and audited, a
customer's data export, erasure on request, and retention.

Lists show masked phones (``domain.validation.mask_phone``) to every role;
``reveal_phone`` gives the full number to a role with ``PHONE_FULL`` and records that it
was seen. ``export_customer`` gathers everything held on one customer (for a request
under PIPL / GDPR); ``erase_customer`` anonymises them for good (``store.privacy``);
retention anonymises, the same way, customers with no visit for the months the kiosk's
privacy notice states (one setting: the notice says what the job does). Purchases do
not exist yet (issue 12): until they do, "no purchase" holds for everyone and only
visits count.

Every function takes the acting staff member first and checks the role before it reads
or writes; the scheduled retention acts as the system (``actor_id`` None in the trail).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..domain import money
from ..domain import search as rules
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.roles import Permission
from ..store import audit
from ..store import complaints as complaint_store
from ..store import customers as customer_store
from ..store import lost as lost_store
from ..store import privacy as store
from ..store import settings as settings_store
from ..store.connection import transaction
from ..store.models import Customer
from . import clock
from .access import authorize
from .settings import RETENTION_MONTHS_RANGE, kiosk_settings

__all__ = [
    "RetentionReport",
    "erase_customer",
    "export_customer",
    "export_pdf",
    "retention_candidates",
    "retention_months",
    "reveal_phone",
    "run_retention",
    "run_scheduled_retention",
    "set_retention_months",
]

_RETENTION_KEY = "kiosk_retention_months"  # the kiosk's privacy notice states it
_DAYS_PER_MONTH = 30.44  # a calendar-average month: the cut-off needs no calendar rules
EXPORT_FORMAT = 2  # the version of the export's layout (2: the archive's lists, issue 12)


def _customer(customer_id: int) -> Customer:
    row = customer_store.get(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    return row


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


# -- the full phone number -----------------------------------------------------------------
def reveal_phone(actor_id: int, customer_id: int) -> str:
    """The customer's full phone number (E.164; "" when they have none), for a role that
    needs it; the view is audited (``customer.phone_view``)."""
    authorize(actor_id, Permission.PHONE_FULL)
    with transaction():
        row = _customer(customer_id)
        audit.record(clock.now(), actor_id, "customer.phone_view", "customer", row.id)
    return row.phone or ""


# -- the export ----------------------------------------------------------------------------
def export_customer(actor_id: int, customer_id: int) -> dict:
    """Everything held on the customer, as JSON-ready data: their record, category
    history, visits (purpose, flow, times, host, feedback, the notifications sent about
    them) and the audit entries about them. Other people's personal data is left out:
    visits of other visitors claiming this customer at the kiosk are theirs. Audited
    (``customer.export``)."""
    authorize(actor_id, Permission.EXPORT)
    now = clock.now()
    with transaction():
        row = _customer(customer_id)
        audit.record(now, actor_id, "customer.export", "customer", row.id)
        visits = store.visits_of(row.id)
        ids = [v.id for v in visits]
        feedback = {f.visit_id: f for f in store.feedback_of(ids)}
        notes: dict[int, list] = {}
        for n in store.notifications_of(ids):
            notes.setdefault(n.visit_id, []).append(n)
        history = customer_store.category_history(row.id)
        entries = store.audit_about(row.id, ids)
        archive = _archive_data(row.id)
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "customer": _customer_data(row),
        "category_history": [
            {
                "from": c.from_category,
                "to": c.to_category,
                "reason": c.reason,
                "staff": name,
                "changed_at": _iso(c.changed_at),
            }
            for c, name in reversed(history)
        ],
        "visits": [_visit_data(v, feedback.get(v.id), notes.get(v.id, [])) for v in visits],
        **archive,
        "audit": [
            {
                "at": _iso(e.at),
                "staff": e.staff.name if e.staff is not None else None,
                "action": e.action,
                "record_type": e.record_type,
                "record_id": e.record_id,
                "details": e.details,
            }
            for e in entries
        ],
    }


def _archive_data(customer_id: int) -> dict:
    """The archive's lists about the customer (issue 12): special dates, purchases (money
    in cents and as currency units), their place in each tier computation, the
    records merged into theirs, and (issue 13) their complaints with the steps, their
    follow-up tasks and their lost-customer reviews."""
    return {
        "special_dates": [
            {"kind": d.kind, "label": d.label, "month": d.month, "day": d.day, "year": d.year}
            for d in store.special_dates_of(customer_id)
        ],
        "purchases": [
            {
                "date": p.purchased_on.isoformat(),
                "amount": money.plain(p.amount_cents),
                "amount_cents": p.amount_cents,
                "note": p.note,
                "reference": p.reference,
            }
            for p in store.purchases_of(customer_id)
        ],
        "tiers": [
            {
                "period": run.period,
                "current": bool(run.current),
                "computed_at": _iso(run.computed_at),
                "revenue": money.plain(result.revenue_cents),
                "rank": result.rank,
                "tier": result.tier,
                "stars": result.stars,
            }
            for result, run in store.tier_results_of(customer_id)
        ],
        "merged_records": [
            {"name": m.merged_name, "company": m.merged_company, "merged_at": _iso(m.merged_at)}
            for m in store.merges_into(customer_id)
        ],
        "complaints": _complaints_data(customer_id),
        "follow_ups": [
            {
                "kind": f.kind,
                "due": f.due_on.isoformat(),
                "status": f.status,
                "outcome": f.outcome,
                "done_at": _iso(f.done_at),
            }
            for f in store.follow_ups_of(customer_id)
        ],
        "lost_reviews": [
            {
                "detected_at": _iso(r.detected_at),
                "status": r.status,
                "reason": r.reason,
                "competitor": r.competitor,
                "reason_note": r.reason_note,
                "outcome": r.outcome,
            }
            for r in lost_store.of_customer(customer_id)
        ],
    }


def _complaints_data(customer_id: int) -> list[dict]:
    """The customer's complaints (issue 13) with their steps: who, when, the note."""
    rows = complaint_store.of_customer(customer_id)
    steps: dict[int, list[dict]] = {}
    for s in complaint_store.steps_of(r.id for r in rows):
        steps.setdefault(s.complaint_id, []).append(
            {
                "step": s.step,
                "action": s.action,
                "note": s.note,
                "resolved": s.resolved,
                "staff": s.staff.name if s.staff is not None else None,
                "at": _iso(s.at),
            }
        )
    return [
        {
            "subject": r.subject,
            "description": r.description,
            "severity": r.severity,
            "channel": r.channel,
            "status": r.status,
            "resolution": r.resolution,
            "opened_at": _iso(r.opened_at),
            "closed_at": _iso(r.closed_at),
            "steps": steps.get(r.id, []),
        }
        for r in rows
    ]


def _customer_data(row: Customer) -> dict:
    manager = row.account_manager if row.account_manager_id else None
    return {
        "id": row.id,
        "name": row.name,
        "phone": row.phone,
        "email": row.email,
        "company": row.company,
        "title": row.title,
        "kind": row.kind,
        "category": row.category,
        "account_manager": manager.name if manager else None,
        "source": row.source,
        "preferences": row.preferences,
        "preference_tags": [t for t in row.preference_tags.splitlines() if t],
        "notes": row.notes,
        "consent": bool(row.consent),
        "contact_consent": bool(row.contact_consent),
        "customer_ref": row.customer_ref,
        "visit_count": row.visit_count,
        "last_visit_at": _iso(row.last_visit_at),
        "created_at": _iso(row.created_at),
        "updated_at": _iso(row.updated_at),
        "erased_at": _iso(row.erased_at),
    }


def _visit_data(v, fb, notifications: list) -> dict:
    host = v.host if v.host_id else None
    station = v.station_ref if v.station_id else None
    return {
        "code": v.code,
        "status": v.status,
        "purpose": v.purpose,
        "flow": v.flow,
        "category": v.category,
        "host": host.name if host else None,
        "party_size": v.party_size,
        "room": v.room,
        "note": v.note,
        "station": station.name if station else v.station,
        "expected_at": _iso(v.expected_at),
        "check_in_at": _iso(v.check_in_at),
        "check_out_at": _iso(v.check_out_at),
        "feedback": None
        if fb is None
        else {
            "overall": fb.overall,
            "attitude": fb.attitude,
            "professionalism": fb.professionalism,
            "speed": fb.speed,
            "environment": fb.environment,
            "recommend": fb.recommend,
            "comment": fb.comment,
            "source": fb.source,
            "entered_at": _iso(fb.entered_at),
        },
        "notifications": [
            {
                "host": n.host.name if n.host_id else None,
                "urgent": bool(n.urgent),
                "created_at": _iso(n.created_at),
                "seen_at": _iso(n.seen_at),
            }
            for n in notifications
        ],
    }


def export_pdf(data: dict, lang: str = "en") -> bytes:
    """``export_customer``'s data as a readable PDF (``lang``: "en" or "zh_CN")."""
    from ..printing.data_export import build_export_pdf  # reportlab loads only for this

    return build_export_pdf(data, lang)


# -- erasure -------------------------------------------------------------------------------
def _erase(row: Customer, now: datetime) -> None:
    """Anonymise ``row`` (locked, not erased, no open visit) in the caller's transaction."""
    company = row.company
    store.anonymise(row, now)
    customer_store.forget_company(company, rules.text_terms(company))


def erase_customer(actor_id: int, customer_id: int) -> None:
    """Erase the customer on request, for good: name, phone, e-mail, company, title,
    notes, preferences, source, external reference and search terms; consent withdrawn;
    the free text of their visits and feedback cleared. Visit counts and the visits'
    purpose, flow and times stay for reports. Refused for a customer already erased or
    with a visit on site or planned. Audited (``customer.erase``, no personal data)."""
    authorize(actor_id, Permission.RETENTION)
    now = clock.now()
    with transaction():
        row = customer_store.lock(customer_id)
        if row is None:
            raise NotFound("customer_unknown")
        if row.erased_at is not None:
            raise Conflict("customer_erased")
        if store.has_open_visit(row.id):
            raise Conflict("customer_erase_open_visit")
        _erase(row, now)
        audit.record(now, actor_id, "customer.erase", "customer", row.id, reason="request")


# -- retention -----------------------------------------------------------------------------
def retention_months() -> int:
    """How long a customer is kept after their last visit: the months the kiosk's
    privacy notice states (Settings → Kiosk, or ``set_retention_months``)."""
    return kiosk_settings().retention_months


def set_retention_months(actor_id: int, months: int | str) -> int:
    """Set the retention period (the kiosk's privacy notice states the same number)."""
    authorize(actor_id, Permission.SETTINGS)
    try:
        value = int(months)
    except (TypeError, ValueError):
        value = 0
    shortest, longest = RETENTION_MONTHS_RANGE
    if not shortest <= value <= longest:
        raise ValidationError(
            "retention_months_invalid", field="retention_months", shortest=shortest, longest=longest
        )
    with transaction():
        settings_store.put(_RETENTION_KEY, str(value))
        audit.record(
            clock.now(), actor_id, "settings.retention", "setting", 0, retention_months=value
        )
    return value


def cutoff_for(now: datetime, months: int) -> datetime:
    return now - timedelta(days=round(months * _DAYS_PER_MONTH))


@dataclass(frozen=True)
class RetentionReport:
    """What a retention run did (or, ``dry_run``, would do): the customers anonymised,
    the cut-off (no visit since) and the months it follows from."""

    cutoff: datetime
    months: int
    dry_run: bool
    customer_ids: tuple[int, ...] = field(default=())

    @property
    def count(self) -> int:
        return len(self.customer_ids)

    def to_json(self) -> dict:
        return {
            "cutoff": self.cutoff.isoformat(),
            "months": self.months,
            "dry_run": self.dry_run,
            "count": self.count,
            "customer_ids": list(self.customer_ids),
        }


def retention_candidates(actor_id: int, now: datetime | None = None) -> RetentionReport:
    """The customers retention would anonymise at ``now`` (default: the clock's)."""
    authorize(actor_id, Permission.RETENTION)
    return _candidates(now or clock.now())


def _candidates(now: datetime) -> RetentionReport:
    months = retention_months()
    cutoff = cutoff_for(now, months)
    ids = tuple(store.retention_candidates(cutoff))
    return RetentionReport(cutoff=cutoff, months=months, dry_run=True, customer_ids=ids)


def run_retention(actor_id: int, dry_run: bool = False) -> RetentionReport:
    """Anonymise every customer with no visit since the cut-off (``dry_run``: only say
    who; nothing is written)."""
    authorize(actor_id, Permission.RETENTION)
    return _run(actor_id, dry_run)


def run_scheduled_retention() -> RetentionReport:
    """The desk's retention job (at start and daily), acting as the system: audited
    with no staff member."""
    return _run(None, dry_run=False)


def _run(actor_id: int | None, dry_run: bool) -> RetentionReport:
    now = clock.now()
    if dry_run:
        return _candidates(now)
    with transaction():
        found = _candidates(now)
        erased = []
        for customer_id in found.customer_ids:
            row = customer_store.lock(customer_id)
            # Checked again under the lock: a desk may have checked them in meanwhile.
            if row is None or row.erased_at is not None or store.has_open_visit(row.id):
                continue
            _erase(row, now)
            audit.record(now, actor_id, "customer.erase", "customer", row.id, reason="retention")
            erased.append(row.id)
        audit.record(
            now,
            actor_id,
            "retention.run",
            "setting",
            0,
            months=found.months,
            count=len(erased),
        )
    return RetentionReport(
        cutoff=found.cutoff, months=found.months, dry_run=False, customer_ids=tuple(erased)
    )
