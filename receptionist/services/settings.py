"""Site-wide settings shared by every desk of a site."""

from __future__ import annotations

import base64
import binascii
import struct

from ..domain.errors import ValidationError
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


LOGO_MAX_BYTES = 512 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_LOGO_KEY = "site_logo"


def check_logo(png: bytes) -> None:
    """Refuse what cannot be a site logo: a PNG (signature, then an IHDR chunk with a
    non-empty size) of at most 512 KB."""
    if len(png) > LOGO_MAX_BYTES:
        raise ValidationError(f"The logo is larger than {LOGO_MAX_BYTES // 1024} KB; use a "
                              "smaller image.", field="logo", code="logo_too_large")
    ok = len(png) >= 24 and png.startswith(_PNG_SIGNATURE) and png[12:16] == b"IHDR"
    if ok:
        width, height = struct.unpack(">II", png[16:24])
        ok = width > 0 and height > 0
    if not ok:
        raise ValidationError("The logo must be a PNG image.", field="logo",
                              code="logo_invalid")


def site_logo() -> bytes | None:
    """The site's logo (PNG bytes) printed on slips and cards, or ``None``."""
    value = store.get_all().get(_LOGO_KEY)
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def set_site_logo(actor_id: int, png: bytes | None) -> bytes | None:
    """Set (PNG, at most 512 KB) or clear (``None``) the site's logo."""
    require_actor(actor_id)
    if png is not None:
        check_logo(bytes(png))
    with transaction():
        store.put(_LOGO_KEY, base64.b64encode(png).decode("ascii") if png else "")
        audit.record(clock.now(), actor_id, "settings.logo", "setting", 0,
                     size=len(png) if png else 0)
    return site_logo()
