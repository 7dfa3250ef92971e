"""Site-wide settings shared by every desk of a site."""

from __future__ import annotations

import base64
import binascii
import struct
from datetime import time

from ..domain.errors import ValidationError
from ..domain.pin import clean_pin, hash_pin
from ..domain.validation import clean_text
from ..store import audit
from ..store import settings as store
from ..store.connection import transaction
from . import clock
from .staff import require_actor
from .views import KioskSettings, SiteSettings


def site_settings() -> SiteSettings:
    values = store.get_many(["site_name", "hotel_mode"])  # not the logo
    defaults = SiteSettings()
    return SiteSettings(
        site_name=values.get("site_name", defaults.site_name),
        hotel_mode=values.get("hotel_mode", "0") == "1",
    )


def save_site_settings(actor_id: int, site_name: str, hotel_mode: bool) -> SiteSettings:
    require_actor(actor_id)
    name = clean_text(site_name, field="site_name", label="Site name", maximum=80, required=True)
    with transaction():
        store.put("site_name", name)
        store.put("hotel_mode", "1" if hotel_mode else "0")
        audit.record(clock.now(), actor_id, "settings.save", "setting", 0, hotel_mode=hotel_mode)
    return site_settings()


LOGO_MAX_BYTES = 512 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_LOGO_KEY = "site_logo"


def check_logo(png: bytes) -> None:
    """Refuse what cannot be a site logo: a PNG (signature, then an IHDR chunk with a
    non-empty size) of at most 512 KB."""
    if len(png) > LOGO_MAX_BYTES:
        raise ValidationError(
            f"The logo is larger than {LOGO_MAX_BYTES // 1024} KB; use a smaller image.",
            field="logo",
            code="logo_too_large",
        )
    ok = len(png) >= 24 and png.startswith(_PNG_SIGNATURE) and png[12:16] == b"IHDR"
    if ok:
        width, height = struct.unpack(">II", png[16:24])
        ok = width > 0 and height > 0
    if not ok:
        raise ValidationError("The logo must be a PNG image.", field="logo", code="logo_invalid")


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
        audit.record(
            clock.now(), actor_id, "settings.logo", "setting", 0, size=len(png) if png else 0
        )
    return site_logo()


# -- the kiosk and the end of the day ---------------------------------------------------
IDLE_SECONDS_RANGE = (15, 600)
_IDLE_KEY = "kiosk_idle_seconds"
_PIN_KEY = "kiosk_pin_hash"
_CLOSING_KEY = "closing_time"
_RETENTION_KEY = "kiosk_retention_months"
PIN_FAILURES_KEY = "kiosk_pin_failures"
PIN_LOCKED_KEY = "kiosk_pin_locked_until"
RETENTION_MONTHS_RANGE = (1, 120)


def _closing(value: str | None) -> time:
    try:
        return time.fromisoformat(value) if value else KioskSettings().closing_time
    except ValueError:
        return KioskSettings().closing_time


def kiosk_settings() -> KioskSettings:
    values = store.get_many([_IDLE_KEY, _PIN_KEY, _CLOSING_KEY, _RETENTION_KEY])
    defaults = KioskSettings()
    return KioskSettings(
        idle_seconds=_int(values.get(_IDLE_KEY), defaults.idle_seconds),
        pin_set=bool(values.get(_PIN_KEY)),
        closing_time=_closing(values.get(_CLOSING_KEY)),
        retention_months=_int(values.get(_RETENTION_KEY), defaults.retention_months),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _in_range(value: int | str, bounds: tuple[int, int], field: str, message: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = bounds[0] - 1
    if not bounds[0] <= number <= bounds[1]:
        raise ValidationError(message, field=field, code=f"{field}_invalid")
    return number


def save_kiosk_settings(
    actor_id: int,
    *,
    idle_seconds: int | str,
    closing_time: time,
    retention_months: int | str = 24,
    pin: str | None = None,
) -> KioskSettings:
    """Save the kiosk's idle time, the closing time, the retention period the privacy
    notice states and (when given) a new staff PIN."""
    require_actor(actor_id)
    idle = _in_range(
        idle_seconds,
        IDLE_SECONDS_RANGE,
        "idle_seconds",
        "The idle time must be {} to {} seconds.".format(*IDLE_SECONDS_RANGE),
    )
    months = _in_range(
        retention_months,
        RETENTION_MONTHS_RANGE,
        "retention_months",
        "The retention period must be {} to {} months.".format(*RETENTION_MONTHS_RANGE),
    )
    hashed = hash_pin(clean_pin(pin)) if pin else None
    with transaction():
        store.put(_IDLE_KEY, str(idle))
        store.put(_RETENTION_KEY, str(months))
        store.put(_CLOSING_KEY, closing_time.replace(second=0, microsecond=0).isoformat("minutes"))
        if hashed:  # a new PIN also lifts a lock on the old one
            store.put(_PIN_KEY, hashed)
            store.put(PIN_FAILURES_KEY, "0")
            store.put(PIN_LOCKED_KEY, "")
        audit.record(
            clock.now(),
            actor_id,
            "settings.kiosk",
            "setting",
            0,
            idle_seconds=idle,
            pin_changed=bool(hashed),
        )
    return kiosk_settings()


def kiosk_pin_hash() -> str | None:
    return store.get_many([_PIN_KEY]).get(_PIN_KEY) or None
