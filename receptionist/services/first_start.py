"""The first start from the command line: the site's name and kind and its first admin,
in one transaction (``receptionist setup``).

A site from before sign-in (named, but with no admin who can sign in) keeps its name and
gets its admin; a site whose admin can sign in is refused (``setup_done``).
"""

from __future__ import annotations

from ..domain.enums import SiteKind
from ..store import audit
from ..store.connection import transaction
from . import auth, clock, settings
from .views import SiteSettings, StaffView


def set_up(
    site_name: str,
    site_kind: SiteKind | str,
    admin_name: str,
    password: str,
    department: str = "",
) -> tuple[SiteSettings, StaffView, bool]:
    """Name the site and create its first admin with ``password``. Returns the site's
    settings, the admin, and whether the site was named now (False: it had its name
    already and keeps it)."""
    name, kind = settings.clean_site_name(site_name), settings.clean_site_kind(site_kind)
    with transaction():
        admin = auth._put_first_admin(admin_name, password, department)
        named_now = not settings.site_settings().set_up
        if named_now:
            settings._put_site(name, kind)
        audit.record(clock.now(), admin.id, "settings.setup", "setting", 0, site_kind=str(kind))
    return settings.site_settings(), admin, named_now
