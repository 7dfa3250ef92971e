"""THE table: which permission each public service function checks before it reads or
writes (``access.authorize(actor_id, permission)`` as its first action).

One entry per public function of every module of ``receptionist.services`` (public: no
leading underscore, defined in that module). A function no staff member acts through is
marked ``Open`` with the reason; that list is kept short. ``tests/services/test_role_matrix.py``
calls every checked function with every role against this table, and
``scripts/role_matrix.py`` prints it as ``docs/roles.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.roles import Permission


@dataclass(frozen=True)
class Open:
    """Not acted by a staff member: why no role is checked."""

    reason: str


CHECK = Open("the check itself: says whether an actor may do something")
SIGN_IN = Open("signing in or setting up the first admin: nobody is signed in yet")
KIOSK = Open(
    "acts as the kiosk station, no person signed in: the kiosk's own rules apply "
    "(its codes, refusal limits and exit PIN) and it returns only what the visitor typed"
)
PURE = Open("a pure helper: parses, cleans or computes from its arguments; reads no records")
PLUMBING = Open(
    "database plumbing that runs before anyone can sign in: the database's own "
    "credentials (access to the file, the server's login) are the proof"
)
FILES = Open(
    "works on the database file, open or not (a restore runs with it closed), so it cannot "
    "ask that database who acts: access to the file is the proof (the CLI's backup and "
    "restore do not check BACKUPS yet)"
)
STEP = Open(
    "a step run inside another service's transaction, after that service (or the kiosk) "
    "checked its actor; called by nobody else"
)
JOB = Open("a job the app runs by itself (at start, daily): no person acts")
SENDER = Open(
    "the background sender of a desk or kiosk (and what it reads to send): delivers the "
    "outbox's messages as they were written, whoever is signed in or not"
)
SITE = Open("the site's name, kind, logo and kiosk rules: shown on the sign-in screen and kiosk")
TIER_RULES = Open(
    "the site's tier rules (shares, period kind, service standard per tier): published "
    "with every tier result and in the help; they name no customer"
)

PERMISSIONS: dict[str, Permission | Open] = {
    # messages to people (issue 14): channels, the mail server, the outbox, notices
    "channels.secret_name": PURE,
    "channels.all_staff_channels": Permission.SETTINGS,
    "channels.staff_channels": Permission.SETTINGS,
    "channels.set_staff_channels": Permission.SETTINGS,
    "channels.send_test": Permission.SETTINGS,
    "message_settings.message_language": STEP,
    "message_settings.smtp_config": SENDER,
    "message_settings.mail_settings": Permission.SETTINGS,
    "message_settings.set_setting": Permission.SETTINGS,
    "message_settings.shown_settings": Permission.SETTINGS,
    "message_settings.save_mail_settings": Permission.SETTINGS,
    "message_settings.check_mail_settings": PURE,
    "outbox.enqueue": STEP,
    "outbox.notify_arrival": STEP,
    "outbox.deliver_due": SENDER,
    "outbox.send_due": Permission.DESK,
    "outbox.outbox_entries": Permission.DESK,
    "outbox.recent_failures": Permission.DESK,
    "outbox.retry_message": Permission.DESK,
    "outbox.tell_state": STEP,
    "outbox.delete_old": JOB,
    "notices.write_due_notices": JOB,
    "notices.notify_win_back": STEP,
    "kiosk.host_told": KIOSK,
    # access
    "access.authorize": CHECK,
    "access.allowed": CHECK,
    # archive (the customer page and the check-in glance)
    "archive.customer_profile": Permission.DESK,
    "archive.save_profile": Permission.DESK,
    "archive.checkin_glance": Permission.DESK,
    # audit
    "audit.verify_trail": Permission.AUDIT,
    "audit.audit_page": Permission.AUDIT,
    "audit.trail_filter": Permission.AUDIT,
    "audit.page_after": PURE,
    # auth
    "auth.needs_admin": SIGN_IN,
    "auth.create_first_admin": SIGN_IN,
    "auth.sign_in": SIGN_IN,
    "auth.recent_staff": SIGN_IN,
    "auth.set_secret": Permission.STAFF,  # anyone may set their own secret
    "auth.prove": SIGN_IN,
    "auth.create_staff": Permission.STAFF,
    "auth.list_users": Permission.STAFF,
    # backup
    "backup.database_file": FILES,
    "backup.backup_folder": FILES,
    "backup.env_passphrase": FILES,
    "backup.list_backups": FILES,
    "backup.newest_backup": FILES,
    "backup.backup": FILES,
    "backup.rotate": FILES,
    "backup.backup_if_due": JOB,
    "backup.check_backup": FILES,
    "backup.restore": FILES,
    # backup_settings
    "backup_settings.backups_overview": Permission.BACKUPS,
    "backup_settings.save_backup_settings": Permission.BACKUPS,
    "backup_settings.back_up_now": Permission.BACKUPS,
    "backup_settings.check_backup_file": Permission.BACKUPS,
    "backup_settings.restore_backup": Permission.BACKUPS,
    "backup_settings.scheduled_backup": JOB,
    # claims
    "claims.confirm_claim": Permission.DESK,
    "claims.reject_claim": Permission.DESK,
    # complaints (issue 13): a host (OWN_VISITS) only the complaints they handle, checked
    # in the service; reopening is COMPLAINTS' or the handler's
    "complaints.clean_subject": PURE,
    "complaints.clean_description": PURE,
    "complaints.clean_step_note": PURE,
    "complaints.open_complaint": Permission.DESK,
    "complaints.record_step": Permission.OWN_VISITS,
    "complaints.reopen_step": Permission.OWN_VISITS,
    "complaints.change_handler": Permission.COMPLAINTS,
    "complaints.complaint": Permission.OWN_VISITS,
    "complaints.complaints": Permission.OWN_VISITS,
    "complaints.overdue_count": Permission.DESK,
    "complaints.open_complaints_of": Permission.DESK,
    "complaints.first_open_complaint": STEP,
    "complaints.customers_with_open_complaints": STEP,
    "complaints.has_open_complaint": STEP,
    "complaint_settings.deadline_hours": Open(
        "the site's complaint deadlines by severity: rules, not personal data"
    ),
    "complaint_settings.complaint_deadlines": Open(
        "the site's complaint deadlines by severity: rules, not personal data"
    ),
    "complaint_settings.save_complaint_deadlines": Permission.SETTINGS,
    # checkout_codes
    "checkout_codes.ensure_secret": JOB,
    "checkout_codes.checkout_code": PURE,
    "checkout_codes.verified_code": PURE,
    # clock
    "clock.now": PURE,
    "clock.get_clock": PURE,
    "clock.set_clock": PURE,
    "clock.local_day_start": PURE,
    "clock.local": PURE,
    # customers
    "customers.parse_category": PURE,
    "customers.parse_kind": PURE,
    "customers.register_customer": Permission.DESK,
    "customers.record_registration": STEP,
    "customers.get_customer": Permission.DESK,
    "customers.find_by_phone": Permission.DESK,
    "customers.search": Permission.DESK,
    "customers.match_customers": Permission.DESK,
    "customers.change_category": Permission.DESK,
    "customers.update_customer": Permission.DESK,
    "customers.category_history": Permission.DESK,
    # imports and exports of the archive (issue 12)
    "imports.preview_import": Permission.ARCHIVE,
    "imports.import_customers": Permission.ARCHIVE,
    "imports.import_purchases": Permission.ARCHIVE,
    "exports.export_customers": Permission.EXPORT,
    # exports of the desk's lists (issue 15): EXPORT, the audit trail AUDIT
    "list_exports.export_columns": PURE,
    "list_exports.export_visits": Permission.EXPORT,
    "list_exports.export_complaints": Permission.EXPORT,
    "list_exports.export_followups": Permission.EXPORT,
    "list_exports.export_lost": Permission.EXPORT,
    "list_exports.export_tiers": Permission.EXPORT,
    "list_exports.export_audit": Permission.AUDIT,
    # database
    "database.app_data_dir": PLUMBING,
    "database.default_db_path": PLUMBING,
    "database.resolve": PLUMBING,
    "database.current_location": PLUMBING,
    "database.saved_password": PLUMBING,
    "database.save_password": PLUMBING,
    "database.keyring_usable": PLUMBING,
    "database.test_connection": PLUMBING,
    "database.check_ca_file": PLUMBING,
    "database.sqlite_location": PLUMBING,
    "database.open_database": PLUMBING,
    "database.password_in_use": PLUMBING,
    "database.check_integrity": PLUMBING,
    "database.close_database": PLUMBING,
    "database.release_thread_connection": PLUMBING,
    "database.transaction": PLUMBING,
    # db_admin
    "db_admin.init": PLUMBING,
    "db_admin.migration_target": PLUMBING,
    "db_admin.open_source": PLUMBING,
    "db_admin.migrate_to": PLUMBING,
    "db_admin.check": PLUMBING,
    # demo
    "demo.has_customers": Permission.SETTINGS,
    "demo.generate": Permission.SETTINGS,
    # feedback
    "feedback.record_feedback": Permission.DESK,
    "feedback.feedback_for": Permission.DESK,
    # kiosk
    "kiosk.find_invitation": KIOSK,
    "kiosk.check_in_invited": KIOSK,
    "kiosk.check_walk_in": KIOSK,
    "kiosk.check_in_walk_in": KIOSK,
    "kiosk.forget_refusals": KIOSK,
    "kiosk.check_out_paused": KIOSK,
    "kiosk.check_out": KIOSK,
    "kiosk.slip_document": KIOSK,
    "kiosk.record_slip_print": KIOSK,
    "kiosk.hosts": KIOSK,
    "kiosk.departments": KIOSK,
    "kiosk.exit_pin_set": KIOSK,
    "kiosk.exit_locked_until": KIOSK,
    "kiosk.verify_exit_pin": KIOSK,
    "kiosk.check_exit_unlocked": KIOSK,
    # live
    "live.listener_for_open_database": PLUMBING,
    # logs
    "logs.safe_message": PURE,
    "logs.format_exception": PURE,
    # notifications
    "notifications.notify_host": STEP,
    "notifications.unseen_notifications": Permission.OWN_VISITS,
    "notifications.recent_notifications": Permission.OWN_VISITS,
    "notifications.mark_seen": Permission.OWN_VISITS,
    # permissions
    "permissions.checked": PURE,
    # planning
    "planning.plan_visit": Permission.DESK,
    "planning.planned_row": STEP,
    "planning.invitation": Permission.DESK,
    "planning.expected_on": Permission.DESK,
    "planning.check_in_expected": Permission.DESK,
    "planning.cancel_planned": Permission.DESK,
    "planning.mark_no_shows": JOB,
    "planning.after_closing": Permission.DESK,
    # printing
    "printing.slip_data": Permission.DESK,
    "printing.card_data": Permission.DESK,
    "printing.slip_document": Permission.DESK,
    "printing.card_document": Permission.DESK,
    "printing.invitation_data": Permission.DESK,
    "printing.invitation_document": Permission.DESK,
    "printing.record_print": Permission.DESK,
    "printing.write_print_record": STEP,
    "printing.slip_of": STEP,
    "printing.print_history": Permission.DESK,
    # lost customers (issue 13)
    "lost.lost_settings": Open(
        "the site's lost-customer rules (days without activity, interval factor, win-back "
        "delay): shown with every review; they name no customer"
    ),
    "lost.save_lost_settings": Permission.SETTINGS,
    "lost.detect": Permission.FOLLOW_UPS,
    "lost.detect_scheduled": JOB,
    "lost.reviews": Permission.REPORTS,
    "lost.review": Permission.REPORTS,
    "lost.competitor_suggestions": Permission.REPORTS,
    "lost.analyse": Permission.FOLLOW_UPS,
    "lost.close": Permission.FOLLOW_UPS,
    "lost.report": Permission.REPORTS,
    "lost.export_report": Permission.EXPORT,
    # merge (issue 12: duplicate customers)
    "merge.duplicate_candidates": Permission.ARCHIVE,
    "merge.merge_sides": Permission.ARCHIVE,
    "merge.merge_customers": Permission.ARCHIVE,
    "merge.parse_take": PURE,
    # privacy
    "privacy.reveal_phone": Permission.PHONE_FULL,
    "privacy.export_customer": Permission.EXPORT,
    "privacy.export_pdf": PURE,
    "privacy.erase_customer": Permission.RETENTION,
    "privacy.retention_candidates": Permission.RETENTION,
    "privacy.run_retention": Permission.RETENTION,
    "privacy.set_retention_months": Permission.SETTINGS,
    "privacy.retention_months": SITE,
    "privacy.cutoff_for": PURE,
    "privacy.run_scheduled_retention": JOB,
    # purchases
    "purchases.clean_amount": PURE,
    "purchases.clean_purchase_date": PURE,
    "purchases.clean_reference": PURE,
    "purchases.record_purchase": Permission.ARCHIVE,
    "purchases.correct_purchase": Permission.ARCHIVE,
    "purchases.delete_purchase": Permission.ARCHIVE,
    "purchases.list_purchases": Permission.REPORTS,
    "purchases.purchase_summary": Permission.REPORTS,
    "purchases.currency": Open("the site's currency: how any amount is shown; not personal"),
    "purchases.save_currency": Permission.SETTINGS,
    # timeline
    "timeline.timeline": Permission.DESK,
    # settings
    "settings.site_settings": SITE,
    "settings.clean_site_name": PURE,
    "settings.clean_site_kind": PURE,
    "settings.save_site_settings": Permission.SETTINGS,
    "settings.set_up_site": SIGN_IN,
    "settings.desk_lock_minutes": SITE,
    "settings.save_desk_lock_minutes": Permission.SETTINGS,
    "settings.put_site": STEP,
    "settings.check_logo": PURE,
    "settings.site_logo": SITE,
    "settings.set_site_logo": Permission.SETTINGS,
    "settings.kiosk_settings": SITE,
    "settings.save_kiosk_settings": Permission.SETTINGS,
    "settings.kiosk_pin_hash": KIOSK,
    # staff
    "staff.list_staff": Permission.DESK,
    "staff.require_actor": CHECK,
    "staff.clean_department": PURE,
    "staff.add_staff": Permission.STAFF,
    "staff.set_active": Permission.STAFF,
    "staff.put_staff_row": STEP,
    "staff.checked_new_member": Permission.STAFF,
    "staff.find_by_name": Permission.DESK,
    # stations
    "stations.parse_station_kind": PURE,
    "stations.clean_station_name": PURE,
    "stations.clean_location": PURE,
    "stations.default_station_name": PURE,
    "stations.station_view": PURE,
    "stations.list_stations": Permission.DESK,
    "stations.find_station": Permission.DESK,
    "stations.current_station": PLUMBING,
    "stations.add_station": Permission.SETTINGS,
    "stations.update_station": Permission.SETTINGS,
    "stations.rename_station": Permission.SETTINGS,
    "stations.set_station_pin": Permission.SETTINGS,
    "stations.open_station": PLUMBING,
    "stations.use_station": PLUMBING,
    # today
    "today.today_at_desk": Permission.DESK,
    # undo
    "undo.undo_check_out": Permission.DESK,
    "undo.undo_check_in": Permission.DESK,
    # visit_log
    "visit_log.log_filter_for_days": Permission.VISIT_LOG,
    "visit_log.visit_log_page": Permission.VISIT_LOG,
    "visit_log.page_after": PURE,
    "visit_log.count_visits": Permission.VISIT_LOG,
    # visits
    "visits.parse_purpose": PURE,
    "visits.parse_flow": PURE,
    "visits.suggested_flow": PURE,
    "visits.playbook_for": PURE,
    "visits.active_host_id": STEP,
    "visits.check_in": Permission.DESK,
    "visits.record_check_in": STEP,
    "visits.check_invitation": STEP,
    "visits.arrive_planned": STEP,
    "visits.check_in_walk_in": Permission.DESK,
    "visits.visit_by_code": Permission.DESK,
    "visits.check_out": Permission.DESK,
    "visits.record_check_out": STEP,
    "visits.on_site_board": Permission.DESK,
    "visits.set_playbook_step": Permission.DESK,
    # the evacuation list (issue 15): the desk's roles, every read audited
    "evacuation.evacuation_list": Permission.DESK,
    "evacuation.evacuation_document": Permission.DESK,
    # tiers and stars (issue 12)
    "tiers.recompute": Permission.TIERS,
    "tiers.show": Permission.REPORTS,
    # the manager's dashboard (issue 15)
    "reports.dashboard": Permission.REPORTS,
    "reports.refresh_summaries": Permission.REPORTS,
    "reports.refresh_scheduled": JOB,
    "reports.report_period": PURE,
    "report_print.dashboard_document": Permission.REPORTS,
    "dashboard_export.export_dashboard": Permission.REPORTS,
    "dashboard_export.dashboard_sheets": PURE,
    "dashboard_export.dashboard_words_keys": PURE,
    "tiers.runs": Permission.REPORTS,
    "tiers.movements": Permission.REPORTS,
    "tiers.suggestions": Permission.TIERS,
    "tiers.confirm_suggestions": Permission.TIERS,
    "tier_settings.tier_settings": TIER_RULES,
    "tier_settings.save_tier_settings": Permission.SETTINGS,
    "tier_settings.service_standards": TIER_RULES,
    "tier_settings.save_service_standard": Permission.TIERS,
    "tier_settings.standard_for": Permission.DESK,
    "tier_exports.export_movements": Permission.EXPORT,
    # follow-ups and call-backs (issue 13): one's own tasks with OWN_VISITS (another
    # person's, the department's, assigning: FOLLOW_UPS, checked in the service)
    "followups.due": Permission.OWN_VISITS,
    "followups.department_due": Permission.FOLLOW_UPS,
    "followups.open_tasks": Permission.FOLLOW_UPS,
    "followups.record_outcome": Permission.OWN_VISITS,
    "followups.skip": Permission.OWN_VISITS,
    "followups.assign": Permission.FOLLOW_UPS,
    "followups.add_task": Permission.DESK,
    "followup_rules.rule_settings": Permission.SETTINGS,
    "followup_rules.save_rule_settings": Permission.SETTINGS,
    "followup_rules.holidays": Permission.SETTINGS,
    "followup_rules.save_holidays": Permission.SETTINGS,
    "followup_rules.run_rules": Permission.FOLLOW_UPS,
    "followup_rules.run_scheduled_rules": JOB,
}


def checked() -> dict[str, Permission]:
    """The functions that check a permission, and which."""
    return {name: entry for name, entry in PERMISSIONS.items() if isinstance(entry, Permission)}
