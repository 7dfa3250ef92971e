"""The dashboard as a printed report (issue 15): the figures a manager has on screen,
laid out on A4 with the site's name (``printing.dashboard_report``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.roles import Permission
from .access import authorize
from .report_views import Dashboard
from .settings import site_settings

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument


def dashboard_document(actor_id: int, board: Dashboard, lang: str = "en") -> PrintedDocument:
    """``board`` (from ``reports.dashboard``) as a printed report in ``lang`` (REPORTS)."""
    authorize(actor_id, Permission.REPORTS)
    from ..printing.dashboard_report import build_dashboard_report  # reportlab on demand

    return build_dashboard_report(board.to_json(), site_settings().site_name, lang)
