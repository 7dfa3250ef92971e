"""The demo site the screenshot scripts put on screen: its administrator (the first
start's, made when the site has none yet) generates and names it; a receptionist of the
demo staff then works at the desk."""

from __future__ import annotations

from receptionist.domain.enums import Role, SiteKind
from receptionist.services import auth, demo, settings, staff
from receptionist.services.views import StaffView

ADMIN, ADMIN_PASSWORD = "Emma Walsh", "star motors 2026"
SITE_NAME = "星辰汽车展厅 Star Motors"


def site_admin() -> StaffView:
    """The site's administrator: set up as the first start does when there is none."""
    if auth.needs_admin():
        return auth.create_first_admin(ADMIN, ADMIN_PASSWORD)
    return auth.sign_in(ADMIN, ADMIN_PASSWORD)


def demo_site(customers: int, visits: int, seed: int) -> tuple[StaffView, StaffView]:
    """Demo data and the site's name; (the administrator, the desk's receptionist)."""
    admin = site_admin()
    demo.generate(admin.id, customers=customers, visits=visits, seed=seed)
    settings.save_site_settings(admin.id, SITE_NAME, SiteKind.SHOWROOM)
    desk = next(p for p in staff.list_staff(admin.id) if p.role == Role.RECEPTIONIST)
    return admin, desk
