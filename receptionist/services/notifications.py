"""Host notifications: a visitor checked in at the kiosk; the desk tells the host."""

from __future__ import annotations

from ..domain.enums import Category, Purpose
from ..domain.roles import Permission
from ..store import audit
from ..store import notifications as store
from ..store.connection import transaction
from ..store.models import Notification
from . import clock
from .access import allowed, authorize
from .views import NotificationView, StaffView

URGENT = (Category.VIP, Category.PROBLEM)


def notify_host(visit_id: int, host_id: int | None, category: Category | str) -> None:
    """Write the notification for a kiosk arrival; call inside its check-in transaction."""
    store.insert(
        visit=visit_id, host=host_id, urgent=Category(category) in URGENT, created_at=clock.now()
    )


def _view(row: Notification) -> NotificationView:
    visit = row.visit
    host = row.host if row.host_id else None
    seen_by = row.seen_by if row.seen_by_id else None
    return NotificationView(
        id=row.id,
        visit_code=visit.code,
        customer_name=visit.customer.name,
        category=Category(visit.category),
        host_name=host.name if host else None,
        purpose=Purpose(visit.purpose),
        urgent=bool(row.urgent),
        created_at=row.created_at,
        seen_at=row.seen_at,
        seen_by=seen_by.name if seen_by else None,
        claim=visit.claimed_customer_id is not None,
    )


def _own_only(actor: StaffView) -> int | None:
    """A host sees their own notifications only; the desk sees every one."""
    return None if allowed(actor, Permission.DESK) else actor.id


def unseen_notifications(actor_id: int, limit: int = 50) -> list[NotificationView]:
    """Notifications nobody has marked seen, newest first (a host: their own)."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    return [_view(n) for n in store.unseen(limit, _own_only(actor))]


def recent_notifications(actor_id: int, limit: int = 50) -> list[NotificationView]:
    """The latest notifications, seen or not, newest first (a host: their own)."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    return [_view(n) for n in store.recent(limit, _own_only(actor))]


def mark_seen(actor_id: int, notification_ids: list[int] | None = None) -> int:
    """Mark notifications seen (None: every unseen one; a host: their own only); how
    many changed."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    now = clock.now()
    with transaction():
        changed = store.mark_seen(notification_ids, now, actor_id, _own_only(actor))
        if changed:
            audit.record(
                now,
                actor_id,
                "notification.seen",
                "notification",
                notification_ids[0] if notification_ids and len(notification_ids) == 1 else 0,
                count=changed,
            )
        return changed
