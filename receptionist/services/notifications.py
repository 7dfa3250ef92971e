"""Host notifications: a visitor checked in at the kiosk; the desk tells the host."""

from __future__ import annotations

from ..domain.enums import Category, Purpose
from ..store import audit
from ..store import notifications as store
from ..store.connection import transaction
from ..store.models import Notification
from . import clock
from .staff import require_actor
from .views import NotificationView

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


def unseen_notifications(limit: int = 50) -> list[NotificationView]:
    """Notifications nobody has marked seen, newest first."""
    return [_view(n) for n in store.unseen(limit)]


def recent_notifications(limit: int = 50) -> list[NotificationView]:
    return [_view(n) for n in store.recent(limit)]


def mark_seen(actor_id: int, notification_ids: list[int] | None = None) -> int:
    """Mark notifications seen (None: every unseen one); how many changed."""
    require_actor(actor_id)
    now = clock.now()
    with transaction():
        changed = store.mark_seen(notification_ids, now, actor_id)
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
