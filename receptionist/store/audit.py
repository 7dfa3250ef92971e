"""The audit trail: append only."""

from __future__ import annotations

import json
from datetime import datetime

from . import stations
from .models import AuditEntry


def record(
    at: datetime, staff_id: int | None, action: str, record_type: str, record_id: int, **details
) -> None:
    """Append an entry, at this process's station (``stations.current_id``)."""
    AuditEntry.create(
        at=at,
        staff=staff_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True),
        station_ref=stations.current_id(),
    )


def entries(record_type: str, record_id: int) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id)
    )
