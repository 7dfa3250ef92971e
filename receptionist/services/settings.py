"""Site-wide settings shared by every desk of a site."""

from __future__ import annotations

import base64
import binascii
import struct
from datetime import time

from ..domain import credentials
from ..domain.enums import Role, SiteKind
from ..domain.errors import Conflict, ValidationError
from ..domain.pin import clean_pin, hash_pin
from ..domain.roles import Permission
from ..domain.validation import clean_name, clean_text
from ..store import audit
from ..store import settings as store
from ..store import stations as station_store
from ..store.connection import transaction
from . import auth, clock, staff
from .access import authorize
from .views import KioskSettings, SiteSettings, StaffView

SITE_NAME_MAX = 80
_SITE_NAME_KEY = "site_name"
_SITE_KIND_KEY = "site_kind"
_HOTEL_MODE_KEY = "hotel_mode"  # written before site kinds existed; still kept in step


def site_settings() -> SiteSettings:
    """The site's name and kind. A database from before site kinds, with hotel mode on,
    reads as a hotel."""
    values = store.get_many([_SITE_NAME_KEY, _SITE_KIND_KEY, _HOTEL_MODE_KEY])  # not the logo
    try:
        kind = SiteKind(values.get(_SITE_KIND_KEY, ""))
    except ValueError:
        kind = SiteKind.HOTEL if values.get(_HOTEL_MODE_KEY) == "1" else SiteKind.OFFICE
    return SiteSettings(site_name=values.get(_SITE_NAME_KEY, ""), site_kind=kind)


def clean_site_name(site_name: str) -> str:
    """The site's name as it is saved (trimmed), or ValidationError (field ``site_name``)."""
    return clean_text(site_name, field="site_name", maximum=SITE_NAME_MAX, required=True)


def clean_site_kind(site_kind: SiteKind | str | bool) -> SiteKind:
    """A kind of site; ``True`` / ``False`` are hotel mode on / off (as callers before
    site kinds said it)."""
    if isinstance(site_kind, bool):
        return SiteKind.HOTEL if site_kind else SiteKind.OFFICE
    try:
        return SiteKind(site_kind)
    except ValueError:
        raise ValidationError("site_kind_invalid", field="site_kind") from None


def put_site(name: str, kind: SiteKind) -> None:
    """Within a transaction: the site's name and kind (the caller checks and audits)."""
    store.put(_SITE_NAME_KEY, name)
    store.put(_SITE_KIND_KEY, str(kind))
    store.put(_HOTEL_MODE_KEY, "1" if kind is SiteKind.HOTEL else "0")


def save_site_settings(
    actor_id: int, site_name: str, site_kind: SiteKind | str | bool
) -> SiteSettings:
    """Rename the site or change its kind (hotel wording follows the kind)."""
    authorize(actor_id, Permission.SETTINGS)
    name, kind = clean_site_name(site_name), clean_site_kind(site_kind)
    with transaction():
        put_site(name, kind)
        audit.record(clock.now(), actor_id, "settings.save", "setting", 0, site_kind=str(kind))
    return site_settings()


def set_up_site(
    site_name: str,
    site_kind: SiteKind | str,
    admin_name: str = "",
    admin_password: str = "",
    department: str = "",
) -> tuple[SiteSettings, StaffView | None]:
    """The first start (the desk's first-start dialog, ``receptionist setup``): the
    site's name and kind and, while no admin can sign in, the first admin with a
    password, all in one transaction, audited as done by that admin. A site named before
    sign-in existed keeps its name and gets its admin; refused (Conflict ``site_set_up``)
    once the site has a name and an admin: its settings are changed in Settings then."""
    name, kind = clean_site_name(site_name), clean_site_kind(site_kind)
    wanted = auth.needs_admin()
    if wanted:  # checked before anything is written; the service checks them again
        clean_name(admin_name)
        credentials.secret_kind(Role.ADMIN, admin_password)
    staff.clean_department(department)
    with transaction():
        named = site_settings().set_up
        if named and not wanted:
            raise Conflict("site_set_up", field="site_name")
        if not named:
            put_site(name, kind)
        person = (
            auth._put_first_admin(admin_name, admin_password, department)  # noqa: SLF001
            if wanted
            else None
        )
        audit.record(
            clock.now(),
            person.id if person else None,
            "settings.setup",
            "setting",
            0,
            site_kind=str(kind),
        )
    return site_settings(), person


# -- the desk's idle lock -----------------------------------------------------------------
_LOCK_KEY = "desk_lock_minutes"
LOCK_MINUTES_DEFAULT = 5
LOCK_MINUTES_RANGE = (0, 240)  # 0: never


def desk_lock_minutes() -> int:
    """Minutes without input after which a desk locks to the sign-in screen (0: never)."""
    value = _in_range(store.get_many([_LOCK_KEY]).get(_LOCK_KEY) or "", LOCK_MINUTES_RANGE)
    return LOCK_MINUTES_DEFAULT if value is None else value


def save_desk_lock_minutes(actor_id: int, minutes: int | str) -> int:
    """Set the idle time after which every desk of the site locks (0: never)."""
    authorize(actor_id, Permission.SETTINGS)
    value = _in_range(minutes, LOCK_MINUTES_RANGE)
    if value is None:
        shortest, longest = LOCK_MINUTES_RANGE
        raise ValidationError(
            "lock_minutes_invalid", field="lock_minutes", shortest=shortest, longest=longest
        )
    with transaction():
        store.put(_LOCK_KEY, str(value))
        audit.record(clock.now(), actor_id, "settings.lock", "setting", 0, minutes=value)
    return value


LOGO_MAX_BYTES = 512 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_LOGO_KEY = "site_logo"


def check_logo(png: bytes) -> None:
    """Refuse what cannot be a site logo: a PNG (signature, then an IHDR chunk with a
    non-empty size) of at most 512 KB."""
    if len(png) > LOGO_MAX_BYTES:
        raise ValidationError("logo_too_large", field="logo", size=LOGO_MAX_BYTES // 1024)
    ok = len(png) >= 24 and png.startswith(_PNG_SIGNATURE) and png[12:16] == b"IHDR"
    if ok:
        width, height = struct.unpack(">II", png[16:24])
        ok = width > 0 and height > 0
    if not ok:
        raise ValidationError("logo_invalid", field="logo")


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
    authorize(actor_id, Permission.SETTINGS)
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


def _in_range(value: int | str, bounds: tuple[int, int]) -> int | None:
    """``value`` as a whole number within ``bounds``, else None."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if bounds[0] <= number <= bounds[1] else None


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
    authorize(actor_id, Permission.SETTINGS)
    idle = _in_range(idle_seconds, IDLE_SECONDS_RANGE)
    if idle is None:
        shortest, longest = IDLE_SECONDS_RANGE
        raise ValidationError(
            "idle_seconds_invalid", field="idle_seconds", shortest=shortest, longest=longest
        )
    months = _in_range(retention_months, RETENTION_MONTHS_RANGE)
    if months is None:
        shortest, longest = RETENTION_MONTHS_RANGE
        raise ValidationError(
            "retention_months_invalid", field="retention_months", shortest=shortest, longest=longest
        )
    hashed = hash_pin(clean_pin(pin)) if pin else None
    with transaction():
        store.put(_IDLE_KEY, str(idle))
        store.put(_RETENTION_KEY, str(months))
        store.put(_CLOSING_KEY, closing_time.replace(second=0, microsecond=0).isoformat("minutes"))
        if hashed:  # a new PIN also lifts the locks of the kiosks that use it
            store.put(_PIN_KEY, hashed)
            station_store.lift_site_pin_locks()
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
