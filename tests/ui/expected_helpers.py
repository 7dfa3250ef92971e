"""Helpers for the desk tests of planned visits, notifications and closing time: a clock
frozen at a local time of today, and a planned visit in one line."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from receptionist.services import clock, customers, planning
from receptionist.services.views import VisitView
from receptionist.ui.printing import support as print_support
from receptionist.ui.settings import print_page as print_settings


def today_at(hour: int, minute: int = 0) -> datetime:
    """Today (local) at ``hour:minute``, as an aware local time."""
    return datetime.combine(datetime.now().date(), time(hour, minute)).astimezone()


def freeze_at(hour: int, minute: int = 0) -> datetime:
    """Point the services' clock at today ``hour:minute`` local (the db fixture puts the
    real clock back); the frozen time."""
    moment = today_at(hour, minute).astimezone(UTC)
    clock.set_clock(lambda: moment)
    return moment


def plan(actor_id: int, name: str, at: datetime, **fields) -> VisitView:
    """Register ``name`` and plan their visit at ``at`` (purpose sales unless given)."""
    customer = customers.register_customer(actor_id, name=name, company=fields.pop("company", ""))
    fields.setdefault("purpose", "sales")
    return planning.plan_visit(actor_id, customer_id=customer.id, expected_at=at, **fields)


def without_printers(monkeypatch, folder: Path) -> Path:
    """This computer has no printer and saves PDFs into ``folder`` (created); the folder.
    (The same set-up as test_printing's ``printouts`` and ``no_printers`` fixtures.)"""
    folder.mkdir(exist_ok=True)
    monkeypatch.setattr(print_support, "fallback_dir", lambda: folder)
    for module in (print_support, print_settings):
        monkeypatch.setattr(module, "available_printers", lambda: [])
    monkeypatch.setattr(print_support, "default_printer", lambda: None)
    return folder
