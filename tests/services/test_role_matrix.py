"""Every public service function against every role, checked against THE table
(``services.permissions``): refused exactly when the role lacks the permission, and a
refused call writes nothing; the table names every public function and nothing else."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

import receptionist.services as services_package
from receptionist.domain.enums import Role
from receptionist.domain.errors import DeskError, Refused
from receptionist.domain.roles import may
from receptionist.services import customers, notifications, planning, visits
from receptionist.services.backup_settings import BackupSettings
from receptionist.services.permissions import PERMISSIONS, Open, checked
from receptionist.services.reports import dashboard, report_period
from receptionist.services.visit_log import LogFilter
from receptionist.store import notifications as notification_store
from receptionist.store.audit import TrailFilter
from tests import staffing

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
    b"\x00\x90wS\xde"
)


def public_functions() -> set[str]:
    """``module.function`` for every public function defined in a services module."""
    found = set()
    for info in pkgutil.iter_modules(services_package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"receptionist.services.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ == module.__name__:
                found.add(f"{info.name}.{name}")
    return found


def test_every_public_service_function_is_in_the_table():
    missing = sorted(public_functions() - set(PERMISSIONS))
    assert missing == [], f"add these to services/permissions.py: {missing}"


def test_the_table_names_only_functions_that_exist():
    stale = sorted(set(PERMISSIONS) - public_functions())
    assert stale == [], f"no such public service function: {stale}"


def test_every_entry_is_a_permission_or_says_why_it_is_open():
    for name, entry in PERMISSIONS.items():
        assert isinstance(entry, Open) or entry in checked().values(), name
        if isinstance(entry, Open):
            assert len(entry.reason) > 20, name


def test_the_role_matrix_in_the_docs_is_current():
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "role_matrix", root / "scripts" / "role_matrix.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    written = (root / "docs" / "roles.md").read_text(encoding="utf-8")
    assert written == script.render(), "run: python scripts/role_matrix.py"


# -- the matrix ----------------------------------------------------------------------------


@pytest.fixture
def world(db, fixed_clock, tmp_path):
    """One member of every role (the manager and the host in Sales), a customer, a visit
    on site, a planned visit and a notification for the host."""
    people = {
        Role.ADMIN: staffing.add("Ada Admin", "", Role.ADMIN),
        Role.MANAGER: staffing.add("Mona Manager", "Sales", Role.MANAGER),
        Role.RECEPTIONIST: staffing.add("Rita Desk", "Reception", Role.RECEPTIONIST),
        Role.HOST: staffing.add("Hugo Host", "Sales", Role.HOST),
    }
    seller = staffing.add("Sam Seller", "Sales", Role.HOST)  # whom staff functions manage
    desk = people[Role.RECEPTIONIST].id
    host = people[Role.HOST]
    customer = customers.register_customer(desk, name="Matrix Person", phone="13700137000")
    visit = visits.check_in(desk, customer_id=customer.id, purpose="sales", host_id=host.id)
    planned = planning.plan_visit(
        desk,
        customer_id=customer.id,
        purpose="sales",
        expected_at=fixed_clock.at + timedelta(hours=2),
    )
    notification_store.insert(visit=visit.id, host=host.id, urgent=False, created_at=fixed_clock.at)
    (tmp_path / "customers.csv").write_text("name,phone\nImported Person,\n", encoding="utf-8")
    (tmp_path / "purchases.csv").write_text(
        "customer_ref,name,phone,date,amount\n,,13700137000,2026-01-02,10\n", encoding="utf-8"
    )
    return SimpleNamespace(
        people=people,
        seller=seller,
        customer=customer,
        visit=visit,
        planned=planned,
        files=tmp_path,
    )


def arguments(name: str, w: SimpleNamespace, role: Role) -> tuple[tuple, dict]:
    """Generic arguments (after the actor) for the checked function ``name``."""
    sales_host = w.seller
    return {
        "audit.verify_trail": ((), {}),
        "audit.audit_page": ((TrailFilter(),), {}),
        "audit.trail_filter": ((), {"actor": "Ada Admin"}),
        "auth.set_secret": ((sales_host.id, "a long password 1"), {}),
        "auth.create_staff": ((f"Staff by {role}", "host", "a long password 1", "Sales"), {}),
        "auth.list_users": ((), {}),
        "backup_settings.backups_overview": ((), {}),
        "backup_settings.save_backup_settings": ((BackupSettings(),), {}),
        "backup_settings.back_up_now": ((), {}),
        "backup_settings.check_backup_file": (("no-such-backup.sqlite3",), {}),
        "backup_settings.restore_backup": (("no-such-backup.sqlite3",), {}),
        "claims.confirm_claim": ((w.visit.id,), {}),
        "claims.reject_claim": ((w.visit.id,), {}),
        "merge.duplicate_candidates": ((), {}),
        "merge.merge_sides": ((w.customer.id, w.customer.id), {}),
        "merge.merge_customers": ((w.customer.id, 424242), {"take": {"phone": "other"}}),
        "privacy.reveal_phone": ((w.customer.id,), {}),
        "privacy.export_customer": ((w.customer.id,), {}),
        "privacy.erase_customer": ((w.customer.id,), {}),
        "privacy.retention_candidates": ((), {}),
        "privacy.run_retention": ((), {"dry_run": True}),
        "privacy.set_retention_months": ((24,), {}),
        "settings.save_desk_lock_minutes": ((5,), {}),
        "customers.register_customer": ((), {"name": f"New {role}"}),
        "customers.find_by_phone": (("13700137000",), {}),
        "customers.change_category": ((w.customer.id, "vip", "big buyer"), {}),
        "customers.update_customer": ((w.customer.id, 999), {"company": "Acme"}),
        "customers.category_history": ((w.customer.id,), {}),
        "imports.preview_import": ((w.files / "customers.csv", "customers"), {}),
        "imports.import_customers": ((w.files / "customers.csv",), {}),
        "imports.import_purchases": ((w.files / "purchases.csv",), {}),
        "exports.export_customers": ((w.files / f"export-{role}.csv",), {}),
        "customers.get_customer": ((w.customer.id,), {}),
        "archive.customer_profile": ((w.customer.id,), {}),
        "archive.save_profile": ((w.customer.id, 999), {"source": "Fair"}),
        "archive.checkin_glance": ((w.customer.id,), {}),
        "customers.search": (("Matrix",), {}),
        "customers.match_customers": (("1370",), {"limit": 10}),
        "demo.has_customers": ((), {}),
        "demo.generate": ((), {"customers": 2, "visits": 2, "seed": 3}),
        "feedback.feedback_for": ((w.visit.code,), {}),
        "feedback.record_feedback": ((w.visit.code,), {"overall": 5}),
        "notifications.unseen_notifications": ((), {}),
        "notifications.recent_notifications": ((), {}),
        "notifications.mark_seen": ((None,), {}),
        "planning.plan_visit": (
            (),
            {
                "customer_id": w.customer.id,
                "purpose": "sales",
                "expected_at": datetime(2030, 1, 1, 9, tzinfo=UTC),
            },
        ),
        "planning.check_in_expected": ((w.planned.id,), {}),
        "planning.cancel_planned": ((w.planned.id,), {}),
        "planning.invitation": ((w.planned.invite_code,), {}),
        "planning.expected_on": ((), {}),
        "planning.after_closing": ((), {}),
        "printing.slip_data": ((w.visit.code,), {}),
        "printing.card_data": ((w.visit.code,), {}),
        "printing.slip_document": ((w.visit.code,), {}),
        "printing.card_document": ((w.visit.code,), {}),
        "printing.invitation_data": ((w.planned.invite_code,), {}),
        "printing.invitation_document": ((w.planned.invite_code,), {}),
        "printing.print_history": ((w.visit.code,), {}),
        "evacuation.evacuation_list": ((), {}),
        "evacuation.evacuation_document": ((), {"lang": "zh_CN"}),
        "printing.record_print": ((w.visit.code, "slip", "label62", None, "saved"), {}),
        "purchases.record_purchase": ((w.customer.id, "2024-11-01", "88.00"), {}),
        "purchases.correct_purchase": ((999999,), {"amount": "1", "reason": "typo"}),
        "purchases.delete_purchase": ((999999, "typo"), {}),
        "purchases.list_purchases": ((w.customer.id,), {}),
        "purchases.purchase_summary": ((w.customer.id,), {}),
        "purchases.save_currency": (("USD",), {}),
        "timeline.timeline": ((w.customer.id,), {}),
        "settings.save_site_settings": (("Matrix Site", "office"), {}),
        "complaints.open_complaint": ((w.customer.id, f"Complaint by {role}"), {}),
        "complaints.record_step": ((999999, 1, "listened"), {}),
        "complaints.reopen_step": ((999999, 1, "why"), {}),
        "complaints.change_handler": ((999999, sales_host.id), {}),
        "complaints.complaint": ((999999,), {}),
        "complaints.complaints": ((), {}),
        "complaints.overdue_count": ((), {}),
        "complaints.open_complaints_of": ((w.customer.id,), {}),
        "complaint_settings.save_complaint_deadlines": (({"low": (24, 240)},), {}),
        "settings.set_site_logo": ((PNG,), {}),
        "settings.save_kiosk_settings": ((), {"idle_seconds": 60, "closing_time": time(18)}),
        "staff.add_staff": ((f"Added by {role}", "Sales", "host"), {}),
        "staff.checked_new_member": ((f"Checked by {role}", "Sales", "host"), {}),
        "staff.set_active": ((sales_host.id, True), {}),
        "staff.list_staff": ((), {"active_only": False}),
        "staff.find_by_name": ((sales_host.name,), {}),
        "stations.list_stations": ((), {}),
        "stations.find_station": (("No such station",), {}),
        "stations.add_station": ((f"Desk of {role}", "desk"), {}),
        "stations.update_station": ((1,), {"location": "Lobby"}),
        "stations.rename_station": (("No such station", "Other"), {}),
        "stations.set_station_pin": (("No such station", "1357"), {}),
        "today.today_at_desk": ((), {}),
        "undo.undo_check_out": ((w.visit.code,), {}),
        "undo.undo_check_in": ((w.visit.code,), {}),
        "visit_log.visit_log_page": ((LogFilter(),), {}),
        "visit_log.count_visits": ((LogFilter(),), {}),
        "visit_log.log_filter_for_days": ((), {"visitor": "Matrix"}),
        "visits.check_in": ((), {"customer_id": w.customer.id, "purpose": "sales"}),
        "visits.check_in_walk_in": ((), {"name": f"Walk {role}", "purpose": "sales"}),
        "visits.check_out": ((w.visit.code,), {}),
        "visits.set_playbook_step": ((w.visit.id, "no-such-step", True), {}),
        "visits.visit_by_code": ((w.visit.code,), {}),
        "visits.on_site_board": ((), {}),
        "lost.save_lost_settings": ((365, 3.0, 7), {}),
        "lost.detect": ((), {}),
        "lost.reviews": ((), {}),
        "lost.review": ((424242,), {}),
        "lost.competitor_suggestions": ((), {}),
        "lost.analyse": ((424242, "Rival", "price"), {}),
        "lost.close": ((424242, "", False), {}),
        "lost.report": ((), {}),
        "lost.export_report": ((w.files / f"lost-{role}.csv",), {}),
        "list_exports.export_visits": ((w.files / f"visits-{role}.csv", LogFilter()), {}),
        "list_exports.export_complaints": ((w.files / f"complaints-{role}.csv",), {}),
        "list_exports.export_followups": ((w.files / f"followups-{role}.csv",), {}),
        "list_exports.export_lost": (
            (w.files / f"lost-list-{role}.xlsx",),
            {"file_format": "xlsx"},
        ),
        "list_exports.export_tiers": ((w.files / f"tiers-{role}.csv",), {"period": "2024"}),
        "list_exports.export_audit": ((w.files / f"audit-{role}.csv", TrailFilter()), {}),
        "tiers.recompute": (("2024",), {}),
        "tiers.show": (("2024",), {}),
        "tiers.runs": ((), {}),
        "reports.dashboard": ((report_period("year"),), {}),
        "reports.refresh_summaries": ((), {}),
        "report_print.dashboard_document": (
            (dashboard(w.people[Role.ADMIN].id, report_period("today")), "en"),
            {},
        ),
        "dashboard_export.export_dashboard": (
            (w.files / f"dashboard-{role}.xlsx", report_period("today")),
            {},
        ),
        "tiers.movements": (("2023", "2024"), {}),
        "tiers.suggestions": ((), {}),
        "tiers.confirm_suggestions": ((["1:vip"],), {}),
        "tier_settings.save_tier_settings": (([1, 4, 15, 80], "year"), {}),
        "tier_settings.save_service_standard": (("gold", 60, True, "", ""), {}),
        "tier_settings.standard_for": ((w.customer.id,), {}),
        "tier_exports.export_movements": (("2023", "2024", w.files / f"moves-{role}.csv"), {}),
        "followups.due": ((), {}),
        "followups.open_tasks": ((), {}),
        "followups.department_due": ((), {}),
        "followups.record_outcome": ((999999, "called"), {}),
        "followups.skip": ((999999, "no answer"), {}),
        "followups.assign": ((999999, None), {}),
        "followups.add_task": ((w.customer.id, "vip_care", "2030-01-01"), {}),
        "followup_rules.rule_settings": ((), {}),
        "followup_rules.save_rule_settings": (({"callback": (True, 30)},), {}),
        "followup_rules.holidays": ((), {}),
        "followup_rules.save_holidays": (([("2030-01-01", "New Year")],), {}),
        "followup_rules.run_rules": ((), {}),
        "channels.all_staff_channels": ((), {}),
        "channels.staff_channels": ((w.seller.id,), {}),
        "channels.set_staff_channels": ((w.seller.id, {"email": f"{role}@example.com"}), {}),
        "channels.send_test": ((w.seller.id, "wecom"), {}),
        "message_settings.mail_settings": ((), {}),
        "message_settings.set_setting": (("smtp.port", "2525"), {}),
        "message_settings.shown_settings": ((), {}),
        "message_settings.save_mail_settings": (
            (),
            {
                "host": "",
                "port": 25,
                "security": "none",
                "user": "",
                "sender": "",
                "language": "en",
            },
        ),
        "outbox.send_due": ((), {}),
        "outbox.outbox_entries": ((), {}),
        "outbox.recent_failures": ((datetime(2020, 1, 1, tzinfo=UTC),), {}),
        "outbox.retry_message": ((999999,), {}),
    }[name]


def function(name: str):
    module, attr = name.split(".")
    return getattr(importlib.import_module(f"receptionist.services.{module}"), attr)


def test_every_checked_function_has_generic_arguments(world):
    for name in checked():
        arguments(name, world, Role.ADMIN)  # a KeyError names the one without


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_refused_exactly_what_the_table_denies(world, table_counts, role):
    actor = world.people[role]
    for name, permission in checked().items():
        args, kwargs = arguments(name, world, role)
        call = function(name)
        if may(role, permission):
            try:
                call(actor.id, *args, **kwargs)
            except Refused as refused:  # other refusals (a sign-in rule) are fine
                assert refused.code != "role_refused", f"{name} refused {role}"
            except DeskError:
                pass  # the check passed; the generic arguments failed a later rule
            continue
        before = table_counts()
        with pytest.raises(Refused) as info:
            call(actor.id, *args, **kwargs)
        assert info.value.code == "role_refused", name
        assert table_counts() == before, f"{name} wrote something for {role}"


def test_nobody_signed_in_and_an_unknown_actor_are_refused(world):
    for name in checked():
        args, kwargs = arguments(name, world, Role.ADMIN)
        with pytest.raises(DeskError) as info:
            function(name)(None, *args, **kwargs)
        assert info.value.code == "sign_in_required", name
        with pytest.raises(DeskError) as info:
            function(name)(424242, *args, **kwargs)
        assert info.value.code == "actor_unknown", name


def test_a_host_sees_and_marks_only_their_own_notifications(world):
    other = staffing.add("Otto Host", "Sales", Role.HOST)
    notification_store.insert(
        visit=world.visit.id, host=other.id, urgent=False, created_at=world.visit.check_in_at
    )
    host, desk = world.people[Role.HOST], world.people[Role.RECEPTIONIST]
    assert len(notifications.unseen_notifications(desk.id)) == 2
    [own] = notifications.unseen_notifications(host.id)
    assert own.host_name == host.name
    assert [n.host_name for n in notifications.recent_notifications(host.id)] == [host.name]
    assert notifications.mark_seen(host.id) == 1  # all of theirs: not Otto's
    [left] = notifications.unseen_notifications(desk.id)
    assert left.host_name == other.name
