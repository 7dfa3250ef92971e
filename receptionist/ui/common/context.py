"""What every part of the desk window needs to know: who is acting, the site settings,
the language. One instance per desk window; widgets read it, never a global."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ...domain.enums import Role
from ...services.views import SiteSettings, StaffView


class DeskSignals(QObject):
    """Tells the panels that shared data changed, so each can refresh itself."""

    visits_changed = Signal()  # a check-in, check-out or playbook tick
    customer_changed = Signal(int)  # a customer's data or category changed (id)
    staff_changed = Signal()  # the staff list changed
    settings_changed = Signal()  # site settings changed (site name, hotel mode)
    actor_changed = Signal()  # a different staff member is at the desk
    checked_out = Signal(object)  # a visit was checked out (VisitView)


# Who is at a desk nobody has signed in to yet (it opens locked): nobody may act as them.
NOBODY = StaffView(id=0, name="", department="", role=Role.HOST, active=False)


@dataclass
class DeskContext:
    actor: StaffView
    site: SiteSettings
    language: str = "en"  # "en" or "zh_CN"
    signals: DeskSignals = field(default_factory=DeskSignals)

    @property
    def signed_in(self) -> bool:
        """Whether a staff member has signed in (not ``NOBODY``)."""
        return self.actor.id != NOBODY.id

    @property
    def hotel_mode(self) -> bool:
        return self.site.hotel_mode
