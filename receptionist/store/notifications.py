"""Host notifications: written at kiosk check-in, read and marked seen by the desks."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN

from .models import Customer, Notification, Staff, Visit

Host = Staff.alias("host")
SeenBy = Staff.alias("seen_by")


def insert(**fields) -> Notification:
    return Notification.create(**fields)


def _with_visit():
    return (
        Notification.select(
            Notification,
            Visit.id,
            Visit.code,
            Visit.category,
            Visit.purpose,
            Visit.claimed_customer,
            Customer.id,
            Customer.name,
            Host.id,
            Host.name,
            SeenBy.id,
            SeenBy.name,
        )
        .join(Visit, on=(Notification.visit == Visit.id))
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Notification)
        .join(Host, JOIN.LEFT_OUTER, on=(Notification.host == Host.id))
        .switch(Notification)
        .join(SeenBy, JOIN.LEFT_OUTER, on=(Notification.seen_by == SeenBy.id))
    )


def _for_host(query, host_id: int | None):
    return query if host_id is None else query.where(Notification.host == host_id)


def unseen(limit: int, host_id: int | None = None) -> list[Notification]:
    """Unseen notifications, newest first (``host_id``: that host's only)."""
    query = _with_visit().where(Notification.seen_at.is_null())
    return list(_for_host(query, host_id).order_by(Notification.id.desc()).limit(limit))


def recent(limit: int, host_id: int | None = None) -> list[Notification]:
    return list(_for_host(_with_visit(), host_id).order_by(Notification.id.desc()).limit(limit))


def mark_seen(
    ids: list[int] | None, at: datetime, staff_id: int, host_id: int | None = None
) -> int:
    """Mark the given unseen notifications (None: all unseen; ``host_id``: only that
    host's) seen; how many changed."""
    query = Notification.update(seen_at=at, seen_by=staff_id).where(Notification.seen_at.is_null())
    if ids is not None:
        query = query.where(Notification.id.in_(ids))
    return _for_host(query, host_id).execute()
