"""Exporting the movements between two periods' tiers (the year's adjustment catalogue)
to CSV or Excel: one row per customer who moved, grouped up, down, dropped out, new."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.roles import Permission
from ..store import audit
from . import clock
from ._tables import write_csv, write_xlsx
from .access import authorize
from .exports import EXPORT_FORMATS
from .tier_views import Movements
from .tiers import movements

MOVEMENT_HEADERS = ("movement", "customer_ref", "name", "phone", "from_tier", "to_tier")


def _rows(moved: Movements) -> Iterator[list]:
    for kind, group in (
        ("up", moved.up),
        ("down", moved.down),
        ("dropped", moved.dropped),
        ("new", moved.new),
    ):
        for m in group:
            yield [kind, m.customer_ref, m.name, m.phone, m.before or "", m.after or ""]


def export_movements(
    actor_id: int,
    from_period: str,
    to_period: str,
    path: str | Path,
    *,
    file_format: str = "csv",
) -> int:
    """Write who moved between ``from_period`` and ``to_period`` to ``path`` (phones as
    the actor may see them); returns how many rows were written."""
    authorize(actor_id, Permission.EXPORT)
    if file_format not in EXPORT_FORMATS:
        raise ValidationError("export_format", field="format")
    moved = movements(actor_id, from_period, to_period)
    writer = write_xlsx if file_format == "xlsx" else write_csv
    try:
        count = writer(path, MOVEMENT_HEADERS, _rows(moved))
    except OSError:
        raise DeskError("export_write_failed", field="file") from None
    audit.record(
        clock.now(),
        actor_id,
        "tiers.export_movements",
        "tier_run",
        0,
        count=count,
        file_format=file_format,
        from_period=moved.from_period,
        to_period=moved.to_period,
    )
    return count
