"""The evacuation list (紧急疏散名单): everyone on site now, by host, to print at once
and to call the roll from. It lists personal data (who is in the building, with whom),
so every read is audited (``visit.evacuation_list``: how many, never who)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.enums import Station
from ..domain.roles import Permission
from ..printing.evacuation_data import EvacuationList, Evacuee, HostGroup
from ..store import audit
from ..store import evacuation as store
from . import clock
from .access import authorize
from .settings import site_settings

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument

__all__ = [
    "EvacuationList",
    "Evacuee",
    "HostGroup",
    "evacuation_document",
    "evacuation_list",
]


def _order(person: Evacuee) -> tuple:
    # By host (no host last; two hosts of one name apart), then by name; the visit id
    # breaks ties so the order is the same on every read.
    return (
        person.host_id is None,
        person.host_name.casefold(),
        person.host_id or 0,
        person.name.casefold(),
        person.visit_id,
    )


def _evacuee(row) -> Evacuee:
    return Evacuee(
        visit_id=row.id,
        code=row.code,
        name=row.customer_name,
        company=row.customer_company or "",
        host_id=row.host_id,
        host_name=row.host_name or "",
        since=row.check_in_at,
        station=Station(row.station),
        station_name=row.station_name or "",
        party_size=row.party_size,
        room=row.room or "",
    )


def evacuation_list(actor_id: int, purpose: str = "view") -> EvacuationList:
    """Everyone on site now, sorted by host (visitors without a host last), then by
    name. ``purpose`` ("view", "print", "refresh") is noted in the audit entry."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    people = tuple(sorted((_evacuee(r) for r in store.on_site_people()), key=_order))
    site = site_settings()
    found = EvacuationList(
        site_name=site.site_name, made_at=now, people=people, hotel_mode=site.hotel_mode
    )
    audit.record(
        now,
        actor_id,
        "visit.evacuation_list",
        "visit",
        0,
        visitors=found.visitors,
        people=found.head_count,
        purpose=purpose if purpose in ("view", "print", "refresh") else "view",
    )
    return found


def evacuation_document(
    actor_id: int, lang: str = "en", found: EvacuationList | None = None
) -> tuple[EvacuationList, PrintedDocument]:
    """The list (read now, or ``found`` when the caller has just read it) and its A4
    document with labels in ``lang`` (zh_CN or en)."""
    authorize(actor_id, Permission.DESK)
    if found is None:
        found = evacuation_list(actor_id, "print")
    from ..printing.documents import build_evacuation  # reportlab loads only when printing

    return found, build_evacuation(found, "zh_CN" if lang.lower().startswith("zh") else "en")
