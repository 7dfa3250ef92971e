"""Site-wide settings shared by every desk of a site."""

from __future__ import annotations

from ..domain.validation import clean_text
from ..store import audit
from ..store import settings as store
from ..store.customers import transaction
from . import clock
from .staff import require_actor
from .views import SiteSettings


def site_settings() -> SiteSettings:
    values = store.get_all()
    defaults = SiteSettings()
    return SiteSettings(
        site_name=values.get("site_name", defaults.site_name),
        hotel_mode=values.get("hotel_mode", "0") == "1",
    )


def save_site_settings(actor_id: int, site_name: str, hotel_mode: bool) -> SiteSettings:
    require_actor(actor_id)
    name = clean_text(site_name, field="site_name", label="Site name", maximum=80,
                       required=True)
    with transaction():
        store.put("site_name", name)
        store.put("hotel_mode", "1" if hotel_mode else "0")
        audit.record(clock.now(), actor_id, "settings.save", "setting", 0,
                     hotel_mode=hotel_mode)
    return site_settings()
