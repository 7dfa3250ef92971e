"""Forward migrations of the schema, per backend.

Each version is a list of statements frozen at the time it was written (never generated
from the current models, so an old database always migrates the same way). A version is
applied with its version bump in one transaction. ``tests/store/test_migrations.py``
checks, on each backend, that a database built by migration equals one built from the
models.

SQLite has every version from 1. PostgreSQL arrived with version 4: an empty server
database is created at ``PG_BASELINE`` in one step (``PG_V4``), and later versions come
in pairs (``V5`` for SQLite, ``PG_V5`` for PostgreSQL) wherever their SQL differs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime

from peewee import Database, PostgresqlDatabase

Step = Callable[[Database], None] | str

V1: list[Step] = [
    """CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "department" VARCHAR(100) NOT NULL, "role" VARCHAR(20) NOT NULL, "active" INTEGER NOT NULL, "created_at" VARCHAR(27) NOT NULL)""",
    """CREATE UNIQUE INDEX "staff_name" ON "staff" ("name")""",
    """CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" VARCHAR(27) NOT NULL, "staff_id" INTEGER, "action" VARCHAR(40) NOT NULL, "record_type" VARCHAR(20) NOT NULL, "record_id" INTEGER NOT NULL, "details" TEXT NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "audit_entry_record_type_record_id" ON "audit_entry" ("record_type", "record_id")""",
    """CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "phone" VARCHAR(20), "phone_search" VARCHAR(20), "phone_last4" VARCHAR(4), "email" VARCHAR(254) NOT NULL, "company" VARCHAR(120) NOT NULL, "title" VARCHAR(60) NOT NULL, "kind" VARCHAR(12) NOT NULL, "category" VARCHAR(12) NOT NULL, "account_manager_id" INTEGER, "source" VARCHAR(60) NOT NULL, "preferences" TEXT NOT NULL, "notes" TEXT NOT NULL, "consent" INTEGER NOT NULL, "external_ref" VARCHAR(60) NOT NULL, "visit_count" INTEGER NOT NULL, "last_visit_at" VARCHAR(27), "created_at" VARCHAR(27) NOT NULL, "updated_at" VARCHAR(27) NOT NULL, FOREIGN KEY ("account_manager_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "customer_phone" ON "customer" ("phone")""",
    """CREATE INDEX "customer_phone_search" ON "customer" ("phone_search")""",
    """CREATE INDEX "customer_phone_last4" ON "customer" ("phone_last4")""",
    """CREATE INDEX "customer_company" ON "customer" ("company")""",
    """CREATE INDEX "customer_account_manager_id" ON "customer" ("account_manager_id")""",
    """CREATE TABLE "category_change" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "from_category" VARCHAR(12), "to_category" VARCHAR(12) NOT NULL, "reason" TEXT NOT NULL, "staff_id" INTEGER, "changed_at" VARCHAR(27) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "category_change_customer_id" ON "category_change" ("customer_id")""",
    """CREATE TABLE "company_term" ("term" VARCHAR(32) NOT NULL, "company" VARCHAR(120) NOT NULL, PRIMARY KEY ("term", "company")) WITHOUT ROWID""",
    """CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "applied_at" VARCHAR(27) NOT NULL)""",
    """CREATE TABLE "search_term" ("term" VARCHAR(32) NOT NULL, "customer_id" INTEGER NOT NULL, PRIMARY KEY ("term", "customer_id")) WITHOUT ROWID""",
    """CREATE TABLE "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "visit" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(16) NOT NULL, "customer_id" INTEGER NOT NULL, "purpose" VARCHAR(16) NOT NULL, "flow" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, "host_id" INTEGER, "receptionist_id" INTEGER, "checked_out_by_id" INTEGER, "party_size" INTEGER NOT NULL, "room" VARCHAR(20) NOT NULL, "note" TEXT NOT NULL, "status" VARCHAR(10) NOT NULL, "station" VARCHAR(10) NOT NULL, "check_in_at" VARCHAR(27), "check_out_at" VARCHAR(27), "playbook_done" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("host_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("receptionist_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("checked_out_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "visit_code" ON "visit" ("code")""",
    """CREATE INDEX "visit_check_in_at" ON "visit" ("check_in_at")""",
    """CREATE INDEX "visit_status_check_in_at" ON "visit" ("status", "check_in_at")""",
    """CREATE INDEX "visit_customer_id_check_in_at" ON "visit" ("customer_id", "check_in_at")""",
    """CREATE INDEX "visit_host_id_check_in_at" ON "visit" ("host_id", "check_in_at")""",
    """CREATE INDEX "visit_purpose_check_in_at" ON "visit" ("purpose", "check_in_at")""",
    """CREATE INDEX "visit_flow_check_in_at" ON "visit" ("flow", "check_in_at")""",
    """CREATE INDEX "visit_category_check_in_at" ON "visit" ("category", "check_in_at")""",
    """CREATE TABLE "visit_code_counter" ("day" VARCHAR(4) NOT NULL PRIMARY KEY, "last" INTEGER NOT NULL)""",
]

# Issue 3: what a visitor thought of a visit, and what was printed for it when.
V2: list[Step] = [
    """CREATE TABLE "feedback" ("id" INTEGER NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "overall" INTEGER NOT NULL, "attitude" INTEGER, "professionalism" INTEGER, "speed" INTEGER, "environment" INTEGER, "recommend" INTEGER, "comment" TEXT NOT NULL, "source" VARCHAR(10) NOT NULL, "entered_by_id" INTEGER, "entered_at" VARCHAR(27) NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("entered_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "feedback_visit_id" ON "feedback" ("visit_id")""",
    """CREATE TABLE "print_record" ("id" INTEGER NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "document" VARCHAR(8) NOT NULL, "fmt" VARCHAR(16) NOT NULL, "printer" VARCHAR(200), "outcome" VARCHAR(10) NOT NULL, "staff_id" INTEGER, "printed_at" VARCHAR(27) NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "print_record_visit_id" ON "print_record" ("visit_id")""",
]

# Issue 5: planned visits (invitation code, expected time) and host notifications.
V3: list[Step] = [
    """ALTER TABLE "visit" ADD COLUMN "invite_code" VARCHAR(16)""",
    """ALTER TABLE "visit" ADD COLUMN "expected_at" VARCHAR(27)""",
    """CREATE UNIQUE INDEX "visit_invite_code" ON "visit" ("invite_code")""",
    """CREATE INDEX "visit_status_expected_at" ON "visit" ("status", "expected_at")""",
    """CREATE TABLE "notification" ("id" INTEGER NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "host_id" INTEGER, "urgent" INTEGER NOT NULL, "created_at" VARCHAR(27) NOT NULL, "seen_at" VARCHAR(27), "seen_by_id" INTEGER, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("host_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("seen_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "notification_visit_id" ON "notification" ("visit_id")""",
    """CREATE INDEX "notification_seen_at" ON "notification" ("seen_at")""",
]

# Issue 10: named stations (a visit and an audit entry record theirs; a kiosk's PIN lock
# is its own), a row version on customers (a save from an older read is told), and one
# visit on site per customer enforced by the database.
V4: list[Step] = [
    """CREATE TABLE "station" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, "kind" VARCHAR(10) NOT NULL, "location" VARCHAR(100) NOT NULL, "pin_hash" TEXT NOT NULL, "pin_failures" INTEGER NOT NULL, "pin_locked_until" VARCHAR(27), "created_at" VARCHAR(27) NOT NULL)""",
    """CREATE UNIQUE INDEX "station_name" ON "station" ("name")""",
    """ALTER TABLE "customer" ADD COLUMN "row_version" INTEGER NOT NULL DEFAULT 1""",
    """ALTER TABLE "visit" ADD COLUMN "station_id" INTEGER REFERENCES "station" ("id") ON DELETE SET NULL""",
    """ALTER TABLE "audit_entry" ADD COLUMN "station_id" INTEGER REFERENCES "station" ("id") ON DELETE SET NULL""",
    """CREATE UNIQUE INDEX "visit_one_on_site" ON "visit" ("customer_id") WHERE ("status" = 'on_site')""",
]

# Issue 11: the audit trail is chained and append-only. Each entry stores the hash of the
# entry before it and its own (``store.audit``); the rows already there are chained in id
# order while the migration runs, then the database refuses UPDATE and DELETE of an entry.
_V5_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def _v5_chain_audit(db: Database) -> None:
    """Chain the existing audit entries in id order (frozen: the formula of version 5;
    ``store.audit.entry_hash`` computes the same)."""
    mark = "%s" if is_postgresql(db) else "?"
    rows = db.execute_sql(
        "SELECT id, at, staff_id, station_id, action, record_type, record_id, details "
        "FROM audit_entry ORDER BY id"
    ).fetchall()
    prev = ""
    updates = []
    for id_, at, staff_id, station_id, action, record_type, record_id, details in rows:
        when = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
        content = json.dumps(
            [
                when.strftime(_V5_TIME),
                staff_id,
                station_id,
                action,
                record_type,
                record_id,
                details,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        digest = hashlib.sha256(f"{prev}\n{content}".encode()).hexdigest()
        updates.append((prev, digest, id_))
        prev = digest
    if updates:
        db.cursor().executemany(
            f"UPDATE audit_entry SET prev_hash = {mark}, hash = {mark} WHERE id = {mark}", updates
        )


_APPEND_ONLY = "audit entries are append-only: they cannot be changed or deleted"

V5: list[Step] = [
    """ALTER TABLE "audit_entry" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT ''""",
    """ALTER TABLE "audit_entry" ADD COLUMN "hash" VARCHAR(64) NOT NULL DEFAULT ''""",
    _v5_chain_audit,
    """CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")""",
    f"""CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry" BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END""",
    f"""CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry" BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END""",
]

# Issue 11: staff sign in (a salted argon2id hash of a password or PIN, failures counted
# and the account locked in the database so every station sees it), a customer can be
# erased (anonymised, the time kept), and a kiosk arrival may *claim* a stored customer
# until the desk confirms it (the visit belongs to the person as typed meanwhile).
_V6_COMMON: list[Step] = [
    """ALTER TABLE "staff" ADD COLUMN "secret_hash" TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE "staff" ADD COLUMN "secret_kind" VARCHAR(8) NOT NULL DEFAULT ''""",
    """ALTER TABLE "staff" ADD COLUMN "sign_in_failures" INTEGER NOT NULL DEFAULT 0""",
    """ALTER TABLE "visit" ADD COLUMN "claimed_customer_id" INTEGER REFERENCES "customer" ("id") ON DELETE SET NULL""",
    """CREATE INDEX "visit_claimed_customer_id" ON "visit" ("claimed_customer_id")""",
]
V6: list[Step] = [
    *_V6_COMMON,
    """ALTER TABLE "staff" ADD COLUMN "locked_until" VARCHAR(27)""",
    """ALTER TABLE "staff" ADD COLUMN "last_sign_in_at" VARCHAR(27)""",
    """ALTER TABLE "customer" ADD COLUMN "erased_at" VARCHAR(27)""",
]

# What other stations listen for (LISTEN receptionist): a statement that changed the
# board's tables notifies at its commit, whoever made it (a desk, a kiosk, the command
# line, a script). The payload is the table's name, never a row's content.
_PG_NOTIFY: list[Step] = [
    """CREATE FUNCTION "receptionist_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('receptionist', TG_TABLE_NAME); RETURN NULL; END $$""",
    """CREATE TRIGGER "visit_changed" AFTER INSERT OR UPDATE OR DELETE ON "visit" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
    """CREATE TRIGGER "customer_changed" AFTER INSERT OR UPDATE OR DELETE ON "customer" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
    """CREATE TRIGGER "notification_changed" AFTER INSERT OR UPDATE OR DELETE ON "notification" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
    """CREATE TRIGGER "staff_changed" AFTER INSERT OR UPDATE OR DELETE ON "staff" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
    """CREATE TRIGGER "setting_changed" AFTER INSERT OR UPDATE OR DELETE ON "setting" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
]

# PostgreSQL's first version: the whole schema of version 4 (timestamps as timestamptz,
# flags as boolean), frozen.
_PG_TABLES_V4: list[Step] = [
    """CREATE TABLE "staff" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "department" VARCHAR(100) NOT NULL, "role" VARCHAR(20) NOT NULL, "active" BOOLEAN NOT NULL, "created_at" TIMESTAMPTZ NOT NULL)""",
    """CREATE UNIQUE INDEX "staff_name" ON "staff" ("name")""",
    """CREATE TABLE "station" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, "kind" VARCHAR(10) NOT NULL, "location" VARCHAR(100) NOT NULL, "pin_hash" TEXT NOT NULL, "pin_failures" INTEGER NOT NULL, "pin_locked_until" TIMESTAMPTZ, "created_at" TIMESTAMPTZ NOT NULL)""",
    """CREATE UNIQUE INDEX "station_name" ON "station" ("name")""",
    """CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMPTZ NOT NULL, "staff_id" INTEGER, "action" VARCHAR(40) NOT NULL, "record_type" VARCHAR(20) NOT NULL, "record_id" INTEGER NOT NULL, "details" TEXT NOT NULL, "station_id" INTEGER, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "audit_entry_record_type_record_id" ON "audit_entry" ("record_type", "record_id")""",
    """CREATE TABLE "customer" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "phone" VARCHAR(20), "phone_search" VARCHAR(20), "phone_last4" VARCHAR(4), "email" VARCHAR(254) NOT NULL, "company" VARCHAR(120) NOT NULL, "title" VARCHAR(60) NOT NULL, "kind" VARCHAR(12) NOT NULL, "category" VARCHAR(12) NOT NULL, "account_manager_id" INTEGER, "source" VARCHAR(60) NOT NULL, "preferences" TEXT NOT NULL, "notes" TEXT NOT NULL, "consent" BOOLEAN NOT NULL, "external_ref" VARCHAR(60) NOT NULL, "visit_count" INTEGER NOT NULL, "last_visit_at" TIMESTAMPTZ, "created_at" TIMESTAMPTZ NOT NULL, "updated_at" TIMESTAMPTZ NOT NULL, "row_version" INTEGER NOT NULL DEFAULT 1, FOREIGN KEY ("account_manager_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "customer_phone" ON "customer" ("phone")""",
    """CREATE INDEX "customer_phone_search" ON "customer" ("phone_search")""",
    """CREATE INDEX "customer_phone_last4" ON "customer" ("phone_last4")""",
    """CREATE INDEX "customer_phone_last4_id" ON "customer" ("phone_last4", "id")""",
    """CREATE INDEX "customer_company" ON "customer" ("company")""",
    """CREATE INDEX "customer_account_manager_id" ON "customer" ("account_manager_id")""",
    """CREATE TABLE "category_change" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "from_category" VARCHAR(12), "to_category" VARCHAR(12) NOT NULL, "reason" TEXT NOT NULL, "staff_id" INTEGER, "changed_at" TIMESTAMPTZ NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "category_change_customer_id" ON "category_change" ("customer_id")""",
    """CREATE TABLE "company_term" ("term" VARCHAR(32) NOT NULL, "company" VARCHAR(120) NOT NULL, PRIMARY KEY ("term", "company"))""",
    """CREATE TABLE "visit" ("id" SERIAL NOT NULL PRIMARY KEY, "code" VARCHAR(16) NOT NULL, "customer_id" INTEGER NOT NULL, "purpose" VARCHAR(16) NOT NULL, "flow" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, "host_id" INTEGER, "receptionist_id" INTEGER, "checked_out_by_id" INTEGER, "party_size" INTEGER NOT NULL, "room" VARCHAR(20) NOT NULL, "note" TEXT NOT NULL, "status" VARCHAR(10) NOT NULL, "station" VARCHAR(10) NOT NULL, "check_in_at" TIMESTAMPTZ, "check_out_at" TIMESTAMPTZ, "playbook_done" TEXT NOT NULL, "invite_code" VARCHAR(16), "expected_at" TIMESTAMPTZ, "station_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("host_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("receptionist_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("checked_out_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("station_id") REFERENCES "station" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "visit_code" ON "visit" ("code")""",
    """CREATE UNIQUE INDEX "visit_invite_code" ON "visit" ("invite_code")""",
    """CREATE INDEX "visit_status_expected_at" ON "visit" ("status", "expected_at")""",
    """CREATE INDEX "visit_check_in_at" ON "visit" ("check_in_at")""",
    """CREATE INDEX "visit_status_check_in_at" ON "visit" ("status", "check_in_at")""",
    """CREATE INDEX "visit_customer_id_check_in_at" ON "visit" ("customer_id", "check_in_at")""",
    """CREATE INDEX "visit_host_id_check_in_at" ON "visit" ("host_id", "check_in_at")""",
    """CREATE INDEX "visit_purpose_check_in_at" ON "visit" ("purpose", "check_in_at")""",
    """CREATE INDEX "visit_flow_check_in_at" ON "visit" ("flow", "check_in_at")""",
    """CREATE INDEX "visit_category_check_in_at" ON "visit" ("category", "check_in_at")""",
    """CREATE UNIQUE INDEX "visit_one_on_site" ON "visit" ("customer_id") WHERE ("status" = 'on_site')""",
    """CREATE TABLE "feedback" ("id" SERIAL NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "overall" INTEGER NOT NULL, "attitude" INTEGER, "professionalism" INTEGER, "speed" INTEGER, "environment" INTEGER, "recommend" INTEGER, "comment" TEXT NOT NULL, "source" VARCHAR(10) NOT NULL, "entered_by_id" INTEGER, "entered_at" TIMESTAMPTZ NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("entered_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "feedback_visit_id" ON "feedback" ("visit_id")""",
    """CREATE TABLE "notification" ("id" SERIAL NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "host_id" INTEGER, "urgent" BOOLEAN NOT NULL, "created_at" TIMESTAMPTZ NOT NULL, "seen_at" TIMESTAMPTZ, "seen_by_id" INTEGER, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("host_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("seen_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "notification_visit_id" ON "notification" ("visit_id")""",
    """CREATE INDEX "notification_seen_at" ON "notification" ("seen_at")""",
    """CREATE TABLE "print_record" ("id" SERIAL NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "document" VARCHAR(8) NOT NULL, "fmt" VARCHAR(16) NOT NULL, "printer" VARCHAR(200), "outcome" VARCHAR(10) NOT NULL, "staff_id" INTEGER, "printed_at" TIMESTAMPTZ NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "print_record_visit_id" ON "print_record" ("visit_id")""",
    """CREATE TABLE "schema_version" ("id" SERIAL NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "applied_at" TIMESTAMPTZ NOT NULL)""",
    """CREATE TABLE "search_term" ("term" VARCHAR(32) NOT NULL, "customer_id" INTEGER NOT NULL, PRIMARY KEY ("term", "customer_id"))""",
    """CREATE TABLE "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "visit_code_counter" ("day" VARCHAR(4) NOT NULL PRIMARY KEY, "last" INTEGER NOT NULL)""",
]
PG_V4: list[Step] = [*_PG_TABLES_V4, *_PG_NOTIFY]

# Version 5 on PostgreSQL: as ``V5``; one trigger function refuses UPDATE, DELETE and
# TRUNCATE of an entry, whoever runs them (the app's role should also hold INSERT and
# SELECT only on the table: docs/multi-desk.md).
PG_V5: list[Step] = [
    """ALTER TABLE "audit_entry" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT ''""",
    """ALTER TABLE "audit_entry" ADD COLUMN "hash" VARCHAR(64) NOT NULL DEFAULT ''""",
    _v5_chain_audit,
    """CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")""",
    f"""CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = '{_APPEND_ONLY} (' || TG_OP || ')'; END $$""",
    """CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()""",
    """CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"()""",
]

PG_V6: list[Step] = [
    *_V6_COMMON,
    """ALTER TABLE "staff" ADD COLUMN "locked_until" TIMESTAMPTZ""",
    """ALTER TABLE "staff" ADD COLUMN "last_sign_in_at" TIMESTAMPTZ""",
    """ALTER TABLE "customer" ADD COLUMN "erased_at" TIMESTAMPTZ""",
]

# Issue 12: the customer archive, purchases and value tiers. The customer's reference in
# the site's other systems is renamed ``customer_ref`` and unique when given; preference
# tags and consent to be contacted join the customer; special dates, purchases (integer
# cents), tier runs with their results, and merges get their tables.
_V7_COMMON: list[Step] = [
    """ALTER TABLE "customer" RENAME COLUMN "external_ref" TO "customer_ref" """,
    """CREATE UNIQUE INDEX "customer_customer_ref" ON "customer" ("customer_ref") WHERE ("customer_ref" != '')""",
    """ALTER TABLE "customer" ADD COLUMN "preference_tags" TEXT NOT NULL DEFAULT ''""",
]
_V7_INDEXES: list[Step] = [
    """CREATE INDEX "special_date_customer_id" ON "special_date" ("customer_id")""",
    """CREATE INDEX "special_date_month_day" ON "special_date" ("month", "day")""",
    """CREATE INDEX "purchase_customer_id_purchased_on" ON "purchase" ("customer_id", "purchased_on")""",
    """CREATE INDEX "purchase_purchased_on_customer_id_amount_cents" ON "purchase" ("purchased_on", "customer_id", "amount_cents")""",
    """CREATE INDEX "tier_run_period" ON "tier_run" ("period")""",
    """CREATE INDEX "tier_result_customer_id_run_id" ON "tier_result" ("customer_id", "run_id")""",
    """CREATE INDEX "customer_merge_kept_id" ON "customer_merge" ("kept_id")""",
]
V7: list[Step] = [
    *_V7_COMMON,
    """ALTER TABLE "customer" ADD COLUMN "contact_consent" INTEGER NOT NULL DEFAULT false""",
    """CREATE TABLE "special_date" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(12) NOT NULL, "label" VARCHAR(60) NOT NULL, "month" INTEGER NOT NULL, "day" INTEGER NOT NULL, "year" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "purchase" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "purchased_on" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, "note" TEXT NOT NULL, "reference" VARCHAR(60) NOT NULL, "source" VARCHAR(10) NOT NULL, "created_at" VARCHAR(27) NOT NULL, "created_by_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "tier_run" ("id" INTEGER NOT NULL PRIMARY KEY, "period" VARCHAR(7) NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "computed_at" VARCHAR(27) NOT NULL, "computed_by_id" INTEGER, "customers" INTEGER NOT NULL, "parameters" TEXT NOT NULL, "current" INTEGER NOT NULL, FOREIGN KEY ("computed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "tier_result" ("run_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "revenue_cents" INTEGER NOT NULL, "purchases" INTEGER NOT NULL, "last_purchase_on" DATE NOT NULL, "rank" INTEGER NOT NULL, "tier" VARCHAR(8) NOT NULL, "stars" INTEGER NOT NULL, PRIMARY KEY ("run_id", "customer_id"), FOREIGN KEY ("run_id") REFERENCES "tier_run" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE) WITHOUT ROWID""",
    """CREATE TABLE "customer_merge" ("id" INTEGER NOT NULL PRIMARY KEY, "kept_id" INTEGER NOT NULL, "merged_id" INTEGER NOT NULL, "merged_name" VARCHAR(100) NOT NULL, "merged_company" VARCHAR(120) NOT NULL, "moved" TEXT NOT NULL, "merged_at" VARCHAR(27) NOT NULL, "merged_by_id" INTEGER, FOREIGN KEY ("kept_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("merged_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    *_V7_INDEXES,
]

# Version 7 on PostgreSQL: as ``V7``, and the audit trail's pages read newest first by
# (at, id) from one index (an SQLite index on "at" ends with the rowid already).
PG_V7: list[Step] = [
    *_V7_COMMON,
    """ALTER TABLE "customer" ADD COLUMN "contact_consent" BOOLEAN NOT NULL DEFAULT false""",
    """CREATE TABLE "special_date" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(12) NOT NULL, "label" VARCHAR(60) NOT NULL, "month" INTEGER NOT NULL, "day" INTEGER NOT NULL, "year" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "purchase" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "purchased_on" DATE NOT NULL, "amount_cents" BIGINT NOT NULL, "note" TEXT NOT NULL, "reference" VARCHAR(60) NOT NULL, "source" VARCHAR(10) NOT NULL, "created_at" TIMESTAMPTZ NOT NULL, "created_by_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "tier_run" ("id" SERIAL NOT NULL PRIMARY KEY, "period" VARCHAR(7) NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "computed_at" TIMESTAMPTZ NOT NULL, "computed_by_id" INTEGER, "customers" INTEGER NOT NULL, "parameters" TEXT NOT NULL, "current" BOOLEAN NOT NULL, FOREIGN KEY ("computed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "tier_result" ("run_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "revenue_cents" BIGINT NOT NULL, "purchases" INTEGER NOT NULL, "last_purchase_on" DATE NOT NULL, "rank" INTEGER NOT NULL, "tier" VARCHAR(8) NOT NULL, "stars" INTEGER NOT NULL, PRIMARY KEY ("run_id", "customer_id"), FOREIGN KEY ("run_id") REFERENCES "tier_run" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "customer_merge" ("id" SERIAL NOT NULL PRIMARY KEY, "kept_id" INTEGER NOT NULL, "merged_id" INTEGER NOT NULL, "merged_name" VARCHAR(100) NOT NULL, "merged_company" VARCHAR(120) NOT NULL, "moved" TEXT NOT NULL, "merged_at" TIMESTAMPTZ NOT NULL, "merged_by_id" INTEGER, FOREIGN KEY ("kept_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("merged_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    *_V7_INDEXES,
    """CREATE INDEX "audit_entry_at_id" ON "audit_entry" ("at", "id")""",
]

# Issue 13: after the visit — complaints in five steps, follow-up tasks made by hand or by
# idempotent rules (a unique rule key), the site's holiday calendar, and lost-customer
# reviews.
_V8_INDEXES: list[Step] = [
    """CREATE INDEX "complaint_visit_id" ON "complaint" ("visit_id")""",
    """CREATE INDEX "complaint_customer_id_status" ON "complaint" ("customer_id", "status")""",
    """CREATE INDEX "complaint_status_resolve_by" ON "complaint" ("status", "resolve_by")""",
    """CREATE INDEX "complaint_handler_id_status" ON "complaint" ("handler_id", "status")""",
    """CREATE INDEX "complaint_step_complaint_id" ON "complaint_step" ("complaint_id")""",
    """CREATE INDEX "follow_up_customer_id" ON "follow_up" ("customer_id")""",
    """CREATE UNIQUE INDEX "follow_up_rule_key" ON "follow_up" ("rule_key")""",
    """CREATE INDEX "follow_up_status_due_on" ON "follow_up" ("status", "due_on")""",
    """CREATE INDEX "follow_up_assignee_id_status_due_on" ON "follow_up" ("assignee_id", "status", "due_on")""",
    """CREATE UNIQUE INDEX "holiday_day" ON "holiday" ("day")""",
    """CREATE INDEX "lost_review_customer_id" ON "lost_review" ("customer_id")""",
    """CREATE INDEX "lost_review_status" ON "lost_review" ("status")""",
]
V8: list[Step] = [
    """CREATE TABLE "complaint" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "visit_id" INTEGER, "subject" VARCHAR(200) NOT NULL, "description" TEXT NOT NULL, "severity" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "handler_id" INTEGER, "status" VARCHAR(8) NOT NULL, "step" INTEGER NOT NULL, "resolution" VARCHAR(12), "category_before" VARCHAR(12), "opened_at" VARCHAR(27) NOT NULL, "opened_by_id" INTEGER, "acknowledge_by" VARCHAR(27), "resolve_by" VARCHAR(27), "closed_at" VARCHAR(27), "row_version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL, FOREIGN KEY ("handler_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("opened_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "complaint_step" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "step" INTEGER NOT NULL, "action" VARCHAR(10) NOT NULL, "note" TEXT NOT NULL, "resolved" INTEGER, "staff_id" INTEGER, "at" VARCHAR(27) NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "customer_id" INTEGER NOT NULL, "visit_id" INTEGER, "complaint_id" INTEGER, "assignee_id" INTEGER, "due_on" DATE NOT NULL, "status" VARCHAR(8) NOT NULL, "outcome" TEXT NOT NULL, "rule_key" VARCHAR(80), "created_at" VARCHAR(27) NOT NULL, "created_by_id" INTEGER, "done_at" VARCHAR(27), "done_by_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE SET NULL, FOREIGN KEY ("assignee_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("done_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "holiday" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "name" VARCHAR(60) NOT NULL)""",
    """CREATE TABLE "lost_review" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "detected_at" VARCHAR(27) NOT NULL, "rule" VARCHAR(10) NOT NULL, "last_activity_on" DATE, "status" VARCHAR(10) NOT NULL, "competitor" VARCHAR(100) NOT NULL, "reason" VARCHAR(10), "reason_note" TEXT NOT NULL, "can_win_back" INTEGER, "owner_id" INTEGER, "follow_up_id" INTEGER, "analysed_at" VARCHAR(27), "analysed_by_id" INTEGER, "outcome" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("owner_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("follow_up_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL, FOREIGN KEY ("analysed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    *_V8_INDEXES,
]

# Version 8 on PostgreSQL: as ``V8``; the desks hear of complaints and follow-ups (their
# counts and the Today list) as they hear of visits.
PG_V8: list[Step] = [
    """CREATE TABLE "complaint" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "visit_id" INTEGER, "subject" VARCHAR(200) NOT NULL, "description" TEXT NOT NULL, "severity" VARCHAR(8) NOT NULL, "channel" VARCHAR(8) NOT NULL, "handler_id" INTEGER, "status" VARCHAR(8) NOT NULL, "step" INTEGER NOT NULL, "resolution" VARCHAR(12), "category_before" VARCHAR(12), "opened_at" TIMESTAMPTZ NOT NULL, "opened_by_id" INTEGER, "acknowledge_by" TIMESTAMPTZ, "resolve_by" TIMESTAMPTZ, "closed_at" TIMESTAMPTZ, "row_version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL, FOREIGN KEY ("handler_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("opened_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "complaint_step" ("id" SERIAL NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "step" INTEGER NOT NULL, "action" VARCHAR(10) NOT NULL, "note" TEXT NOT NULL, "resolved" BOOLEAN, "staff_id" INTEGER, "at" TIMESTAMPTZ NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE CASCADE, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "follow_up" ("id" SERIAL NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "customer_id" INTEGER NOT NULL, "visit_id" INTEGER, "complaint_id" INTEGER, "assignee_id" INTEGER, "due_on" DATE NOT NULL, "status" VARCHAR(8) NOT NULL, "outcome" TEXT NOT NULL, "rule_key" VARCHAR(80), "created_at" TIMESTAMPTZ NOT NULL, "created_by_id" INTEGER, "done_at" TIMESTAMPTZ, "done_by_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id") ON DELETE SET NULL, FOREIGN KEY ("assignee_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("done_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    """CREATE TABLE "holiday" ("id" SERIAL NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "name" VARCHAR(60) NOT NULL)""",
    """CREATE TABLE "lost_review" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "detected_at" TIMESTAMPTZ NOT NULL, "rule" VARCHAR(10) NOT NULL, "last_activity_on" DATE, "status" VARCHAR(10) NOT NULL, "competitor" VARCHAR(100) NOT NULL, "reason" VARCHAR(10), "reason_note" TEXT NOT NULL, "can_win_back" BOOLEAN, "owner_id" INTEGER, "follow_up_id" INTEGER, "analysed_at" TIMESTAMPTZ, "analysed_by_id" INTEGER, "outcome" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("owner_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("follow_up_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL, FOREIGN KEY ("analysed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)""",
    *_V8_INDEXES,
    """CREATE TRIGGER "complaint_changed" AFTER INSERT OR UPDATE OR DELETE ON "complaint" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
    """CREATE TRIGGER "follow_up_changed" AFTER INSERT OR UPDATE OR DELETE ON "follow_up" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
]

# Issue 14: messages to people outside the app. Each staff member's channels (e-mail, the
# work-chat webhooks) and the outbox the background sender delivers from.
_V9_INDEXES: list[Step] = [
    """CREATE UNIQUE INDEX "staff_channel_staff_id_channel" ON "staff_channel" ("staff_id", "channel")""",
    """CREATE INDEX "outbox_message_visit_id" ON "outbox_message" ("visit_id")""",
    """CREATE UNIQUE INDEX "outbox_message_dedupe_key" ON "outbox_message" ("dedupe_key")""",
    """CREATE INDEX "outbox_message_status_id" ON "outbox_message" ("status", "id")""",
    """CREATE INDEX "outbox_message_last_error_at" ON "outbox_message" ("last_error_at")""",
    """CREATE INDEX "outbox_message_created_at" ON "outbox_message" ("created_at")""",
]
V9: list[Step] = [
    """CREATE TABLE "staff_channel" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "channel" VARCHAR(10) NOT NULL, "address" TEXT NOT NULL, "secret" TEXT NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "outbox_message" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "recipient_id" INTEGER, "channel" VARCHAR(10) NOT NULL, "subject" VARCHAR(200) NOT NULL, "body" TEXT NOT NULL, "visit_id" INTEGER, "dedupe_key" VARCHAR(80), "status" VARCHAR(8) NOT NULL, "attempts" INTEGER NOT NULL, "created_at" VARCHAR(27) NOT NULL, "next_try_at" VARCHAR(27) NOT NULL, "expires_at" VARCHAR(27) NOT NULL, "sent_at" VARCHAR(27), "last_error" TEXT NOT NULL, "last_error_at" VARCHAR(27), "claimed_by" VARCHAR(40) NOT NULL, "claimed_until" VARCHAR(27), FOREIGN KEY ("recipient_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL)""",
    *_V9_INDEXES,
]
PG_V9: list[Step] = [
    """CREATE TABLE "staff_channel" ("id" SERIAL NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "channel" VARCHAR(10) NOT NULL, "address" TEXT NOT NULL, "secret" TEXT NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "outbox_message" ("id" SERIAL NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "recipient_id" INTEGER, "channel" VARCHAR(10) NOT NULL, "subject" VARCHAR(200) NOT NULL, "body" TEXT NOT NULL, "visit_id" INTEGER, "dedupe_key" VARCHAR(80), "status" VARCHAR(8) NOT NULL, "attempts" INTEGER NOT NULL, "created_at" TIMESTAMPTZ NOT NULL, "next_try_at" TIMESTAMPTZ NOT NULL, "expires_at" TIMESTAMPTZ NOT NULL, "sent_at" TIMESTAMPTZ, "last_error" TEXT NOT NULL, "last_error_at" TIMESTAMPTZ, "claimed_by" VARCHAR(40) NOT NULL, "claimed_until" TIMESTAMPTZ, FOREIGN KEY ("recipient_id") REFERENCES "staff" ("id") ON DELETE SET NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE SET NULL)""",
    *_V9_INDEXES,
    """CREATE TRIGGER "outbox_message_changed" AFTER INSERT OR UPDATE OR DELETE ON "outbox_message" FOR EACH STATEMENT EXECUTE FUNCTION "receptionist_changed"()""",
]

# Issue 15: the dashboard's summaries. Per local day: visits and the feedback on them by
# purpose, category, host and station (and two roll-ups of it), each customer's first
# visit, tier movements between two runs; the triggers mark the UTC hours and customers
# whose visits, feedback or purchases changed (``store.report_summary`` recomputes them),
# and drop a pair of runs' movements when either run's results change. The rows already
# there are marked, so the first refresh computes everything. Indexes for the complaints
# opened / closed and the follow-ups done in a period, and for a tier's customers in a run
# (the dashboard's tier filter).
_V10_MEASURES = '"visits" INTEGER NOT NULL, "feedback" INTEGER NOT NULL, "overall_sum" INTEGER NOT NULL, "attitude_sum" INTEGER NOT NULL, "attitude_n" INTEGER NOT NULL, "professionalism_sum" INTEGER NOT NULL, "professionalism_n" INTEGER NOT NULL, "speed_sum" INTEGER NOT NULL, "speed_n" INTEGER NOT NULL, "environment_sum" INTEGER NOT NULL, "environment_n" INTEGER NOT NULL, "recommend_sum" INTEGER NOT NULL, "recommend_n" INTEGER NOT NULL, "promoters" INTEGER NOT NULL, "detractors" INTEGER NOT NULL'
_V10_TABLES: list[Step] = [
    f"""CREATE TABLE "report_visit_day" ({_V10_MEASURES}, "day" DATE NOT NULL, "purpose" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, "host_id" INTEGER NOT NULL, "station_id" INTEGER NOT NULL, PRIMARY KEY ("day", "purpose", "category", "host_id", "station_id"))%W%""",
    """CREATE INDEX "report_visit_day_host_id_day" ON "report_visit_day" ("host_id", "day")""",
    f"""CREATE TABLE "report_day" ({_V10_MEASURES}, "day" DATE NOT NULL, "purpose" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, PRIMARY KEY ("day", "purpose", "category"))%W%""",
    f"""CREATE TABLE "report_host_day" ({_V10_MEASURES}, "day" DATE NOT NULL, "host_id" INTEGER NOT NULL, PRIMARY KEY ("day", "host_id"))%W%""",
    """CREATE TABLE "report_first_visit" ("customer_id" INTEGER NOT NULL PRIMARY KEY, "visit_id" INTEGER NOT NULL, "day" DATE NOT NULL, "purpose" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, "host_id" INTEGER NOT NULL, "station_id" INTEGER NOT NULL, "bought_after_days" INTEGER)""",
    """CREATE INDEX "report_first_visit_conversion" ON "report_first_visit" ("category", "day", "purpose", "host_id", "station_id", "bought_after_days")""",
    """CREATE TABLE "report_dirty_hour" ("hour" %T% NOT NULL PRIMARY KEY)""",
    """CREATE TABLE "report_dirty_customer" ("customer_id" INTEGER NOT NULL PRIMARY KEY)""",
    """CREATE TABLE "report_tier_move" ("from_run_id" INTEGER NOT NULL, "to_run_id" INTEGER NOT NULL, "from_tier" VARCHAR(8) NOT NULL, "to_tier" VARCHAR(8) NOT NULL, "customers" INTEGER NOT NULL, PRIMARY KEY ("from_run_id", "to_run_id", "from_tier", "to_tier"))%W%""",
    """CREATE INDEX "report_tier_move_to_run_id" ON "report_tier_move" ("to_run_id")""",
    """CREATE INDEX "complaint_opened_at" ON "complaint" ("opened_at")""",
    """CREATE INDEX "complaint_closed_at" ON "complaint" ("closed_at")""",
    """CREATE INDEX "follow_up_done_at" ON "follow_up" ("done_at")""",
    """CREATE INDEX "tier_result_run_id_tier_customer_id" ON "tier_result" ("run_id", "tier", "customer_id")""",
]


def _v10_tables(without_rowid: str, time_type: str) -> list[Step]:
    return [
        step.replace("%W%", without_rowid).replace("%T%", time_type)
        if isinstance(step, str)
        else step
        for step in _V10_TABLES
    ]


_V10_VISIT_COLUMNS = (
    '"customer_id", "purpose", "category", "host_id", "station_id", "status", "check_in_at"'
)
_SQLITE_HOUR = "substr({row}.check_in_at, 1, 13) || ':00:00.000000Z'"


def _sqlite_mark(row: str) -> str:
    hour = _SQLITE_HOUR.replace("{row}", row)
    return (
        f"""INSERT OR IGNORE INTO "report_dirty_hour" ("hour") SELECT {hour} WHERE {row}.check_in_at IS NOT NULL; """
        f"""INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") SELECT {row}.customer_id WHERE {row}.check_in_at IS NOT NULL;"""
    )


def _sqlite_feedback_mark(row: str) -> str:
    hour = _SQLITE_HOUR.replace("{row}", "v")
    return f"""INSERT OR IGNORE INTO "report_dirty_hour" ("hour") SELECT {hour} FROM "visit" v WHERE v.id = {row}.visit_id AND v.check_in_at IS NOT NULL;"""


def _sqlite_tier_drop(row: str) -> str:
    return f"""DELETE FROM "report_tier_move" WHERE "from_run_id" = {row}.run_id OR "to_run_id" = {row}.run_id;"""


V10: list[Step] = [
    *_v10_tables(" WITHOUT ROWID", "VARCHAR(27)"),
    f"""CREATE TRIGGER "report_visit_inserted" AFTER INSERT ON "visit" BEGIN {_sqlite_mark("NEW")} END""",
    f"""CREATE TRIGGER "report_visit_updated" AFTER UPDATE OF {_V10_VISIT_COLUMNS} ON "visit" BEGIN {_sqlite_mark("OLD")} {_sqlite_mark("NEW")} END""",
    f"""CREATE TRIGGER "report_visit_deleted" AFTER DELETE ON "visit" BEGIN {_sqlite_mark("OLD")} END""",
    f"""CREATE TRIGGER "report_feedback_inserted" AFTER INSERT ON "feedback" BEGIN {_sqlite_feedback_mark("NEW")} END""",
    f"""CREATE TRIGGER "report_feedback_updated" AFTER UPDATE ON "feedback" BEGIN {_sqlite_feedback_mark("OLD")} {_sqlite_feedback_mark("NEW")} END""",
    f"""CREATE TRIGGER "report_feedback_deleted" AFTER DELETE ON "feedback" BEGIN {_sqlite_feedback_mark("OLD")} END""",
    """CREATE TRIGGER "report_purchase_inserted" AFTER INSERT ON "purchase" BEGIN INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") VALUES (NEW.customer_id); END""",
    """CREATE TRIGGER "report_purchase_updated" AFTER UPDATE OF "customer_id", "purchased_on", "amount_cents" ON "purchase" BEGIN INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") VALUES (OLD.customer_id); INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") VALUES (NEW.customer_id); END""",
    """CREATE TRIGGER "report_purchase_deleted" AFTER DELETE ON "purchase" BEGIN INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") VALUES (OLD.customer_id); END""",
    f"""CREATE TRIGGER "report_tier_result_updated" AFTER UPDATE ON "tier_result" BEGIN {_sqlite_tier_drop("OLD")} {_sqlite_tier_drop("NEW")} END""",
    f"""CREATE TRIGGER "report_tier_result_deleted" AFTER DELETE ON "tier_result" BEGIN {_sqlite_tier_drop("OLD")} END""",
    f"""INSERT OR IGNORE INTO "report_dirty_hour" ("hour") SELECT DISTINCT {_SQLITE_HOUR.replace("{row}", "visit")} FROM "visit" WHERE check_in_at IS NOT NULL""",
    """INSERT OR IGNORE INTO "report_dirty_customer" ("customer_id") SELECT DISTINCT customer_id FROM "visit" WHERE check_in_at IS NOT NULL""",
]

_PG_HOUR = "date_trunc('hour', {row}.check_in_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"


def _pg_mark(row: str) -> str:
    hour = _PG_HOUR.replace("{row}", row)
    return (
        f"""IF {row}.check_in_at IS NOT NULL THEN INSERT INTO "report_dirty_hour" ("hour") VALUES ({hour}) ON CONFLICT DO NOTHING; """
        f"""INSERT INTO "report_dirty_customer" ("customer_id") VALUES ({row}.customer_id) ON CONFLICT DO NOTHING; END IF;"""
    )


def _pg_feedback_mark(row: str) -> str:
    hour = _PG_HOUR.replace("{row}", "v")
    return f"""INSERT INTO "report_dirty_hour" ("hour") SELECT {hour} FROM "visit" v WHERE v.id = {row}.visit_id AND v.check_in_at IS NOT NULL ON CONFLICT DO NOTHING;"""


PG_V10: list[Step] = [
    *_v10_tables("", "TIMESTAMPTZ"),
    f"""CREATE FUNCTION "report_visit_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN {_pg_mark("OLD")} END IF; IF TG_OP <> 'DELETE' THEN {_pg_mark("NEW")} END IF; RETURN NULL; END $$""",
    f"""CREATE TRIGGER "report_visit_changed" AFTER INSERT OR DELETE OR UPDATE OF {_V10_VISIT_COLUMNS} ON "visit" FOR EACH ROW EXECUTE FUNCTION "report_visit_changed"()""",
    f"""CREATE FUNCTION "report_feedback_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN {_pg_feedback_mark("OLD")} END IF; IF TG_OP <> 'DELETE' THEN {_pg_feedback_mark("NEW")} END IF; RETURN NULL; END $$""",
    """CREATE TRIGGER "report_feedback_changed" AFTER INSERT OR UPDATE OR DELETE ON "feedback" FOR EACH ROW EXECUTE FUNCTION "report_feedback_changed"()""",
    """CREATE FUNCTION "report_purchase_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "report_dirty_customer" ("customer_id") VALUES (OLD.customer_id) ON CONFLICT DO NOTHING; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "report_dirty_customer" ("customer_id") VALUES (NEW.customer_id) ON CONFLICT DO NOTHING; END IF; RETURN NULL; END $$""",
    """CREATE TRIGGER "report_purchase_changed" AFTER INSERT OR DELETE OR UPDATE OF "customer_id", "purchased_on", "amount_cents" ON "purchase" FOR EACH ROW EXECUTE FUNCTION "report_purchase_changed"()""",
    """CREATE FUNCTION "report_tier_result_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "report_tier_move" WHERE "from_run_id" = OLD.run_id OR "to_run_id" = OLD.run_id; IF TG_OP = 'UPDATE' THEN DELETE FROM "report_tier_move" WHERE "from_run_id" = NEW.run_id OR "to_run_id" = NEW.run_id; END IF; RETURN NULL; END $$""",
    """CREATE TRIGGER "report_tier_result_changed" AFTER UPDATE OR DELETE ON "tier_result" FOR EACH ROW EXECUTE FUNCTION "report_tier_result_changed"()""",
    f"""INSERT INTO "report_dirty_hour" ("hour") SELECT DISTINCT {_PG_HOUR.replace("{row}", "visit")} FROM "visit" WHERE check_in_at IS NOT NULL""",
    """INSERT INTO "report_dirty_customer" ("customer_id") SELECT DISTINCT customer_id FROM "visit" WHERE check_in_at IS NOT NULL""",
]

# Schema v11 (issue 15 made right):
# - The dashboard's day summaries get their key columns first. SQLite 3.40.0 to 3.41.0
#   (Debian 12's, and some Python builds') report a false "NULL value in
#   report_day.visits" from ``PRAGMA integrity_check`` / ``quick_check`` for every row of
#   a WITHOUT ROWID table whose primary key is not its leading columns: the desk's check
#   at start marked a sound database damaged (no writes) and every backup failed its
#   check, once the dashboard had filled its summaries. Rebuilt by copy, rows kept.
# - A customer's visits carry what the dashboard's tier filter counts, so a tier's visits
#   are read from the index alone (a year of gold at a million customers: 85 -> 37 ms on
#   SQLite). It replaces ``visit(customer_id, check_in_at)`` (``id`` after the time keeps
#   "newest first" an index read): a check-in writes no more indexes than before.
_V11_SUMMARIES = (
    (
        "report_visit_day",
        '"day" DATE NOT NULL, "purpose" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL, "host_id" INTEGER NOT NULL, "station_id" INTEGER NOT NULL',
        '"day", "purpose", "category", "host_id", "station_id"',
    ),
    (
        "report_day",
        '"day" DATE NOT NULL, "purpose" VARCHAR(16) NOT NULL, "category" VARCHAR(12) NOT NULL',
        '"day", "purpose", "category"',
    ),
    ("report_host_day", '"day" DATE NOT NULL, "host_id" INTEGER NOT NULL', '"day", "host_id"'),
)
_V11_MEASURE_COLUMNS = '"visits", "feedback", "overall_sum", "attitude_sum", "attitude_n", "professionalism_sum", "professionalism_n", "speed_sum", "speed_n", "environment_sum", "environment_n", "recommend_sum", "recommend_n", "promoters", "detractors"'


def _v11(without_rowid: str, pkey_renamed: bool) -> list[Step]:
    steps: list[Step] = []
    for table, keys, key_columns in _V11_SUMMARIES:
        columns = f"{key_columns}, {_V11_MEASURE_COLUMNS}"
        steps += [
            f'''CREATE TABLE "{table}_v11" ({keys}, {_V10_MEASURES}, PRIMARY KEY ({key_columns})){without_rowid}''',
            f'''INSERT INTO "{table}_v11" ({columns}) SELECT {columns} FROM "{table}"''',
            f'''DROP TABLE "{table}"''',
            f'''ALTER TABLE "{table}_v11" RENAME TO "{table}"''',
        ]
        if pkey_renamed:  # PostgreSQL names the key's index after the table it was made for
            steps.append(
                f'''ALTER TABLE "{table}" RENAME CONSTRAINT "{table}_v11_pkey" TO "{table}_pkey"'''
            )
    return [
        *steps,
        """CREATE INDEX "report_visit_day_host_id_day" ON "report_visit_day" ("host_id", "day")""",
        'DROP INDEX "visit_customer_id_check_in_at"',
        """CREATE INDEX "visit_customer_visits" ON "visit" ("customer_id", "check_in_at", "id", "status", "purpose", "category", "host_id", "station_id")""",
    ]


# The summaries v11 rebuilt, and how v10 marks an hour of visits to recompute (a copy of
# a v10 database leaves them out: ``backup``).
V10_SUMMARIES = tuple(table for table, _keys, _columns in _V11_SUMMARIES)
V10_MARK_EVERY_HOUR = f"""INSERT OR IGNORE INTO "report_dirty_hour" ("hour") SELECT DISTINCT {_SQLITE_HOUR.replace("{row}", "visit")} FROM "visit" WHERE check_in_at IS NOT NULL"""

V11: list[Step] = _v11(" WITHOUT ROWID", pkey_renamed=False)
PG_V11: list[Step] = _v11("", pkey_renamed=True)

# Indexes PostgreSQL has beyond the models' (a schema comparison leaves them out). An
# SQLite index ends with the rowid, so "these last four digits, newest first" is a range
# of ``customer_phone_last4`` read in order; PostgreSQL's index on the column alone made
# it read every match's row and sort them (~90 rows at a million customers: 0.55 ms
# against 0.13 ms read from this index alone; docs/performance.md).
PG_EXTRA_INDEXES = ("customer_phone_last4_id", "audit_entry_at_id")

MIGRATIONS: dict[int, list[Step]] = {
    1: V1,
    2: V2,
    3: V3,
    4: V4,
    5: V5,
    6: V6,
    7: V7,
    8: V8,
    9: V9,
    10: V10,
    11: V11,
}

PG_BASELINE = 4
PG_MIGRATIONS: dict[int, list[Step]] = {
    4: PG_V4,
    5: PG_V5,
    6: PG_V6,
    7: PG_V7,
    8: PG_V8,
    9: PG_V9,
    10: PG_V10,
    11: PG_V11,
}

LATEST = max(MIGRATIONS)
assert max(PG_MIGRATIONS) == LATEST, "every version needs its PostgreSQL migration"

# Taken by the migrating transaction on PostgreSQL, so that two stations starting at the
# same moment do not both migrate (the second waits, then finds nothing to do).
_PG_MIGRATION_LOCK = 7_510_001


def is_postgresql(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def current_version(db: Database) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _steps(db: Database, version: int, number: int) -> list[Step]:
    if not is_postgresql(db):
        return MIGRATIONS[number]
    if version == 0 and number < PG_BASELINE:
        return []  # an empty server database starts at the baseline
    return PG_MIGRATIONS[number]


def migrate(db: Database, target: int | None = None) -> list[int]:
    """Apply every missing version up to ``target`` (default: ``LATEST``, read when called);
    return the versions applied."""
    target = LATEST if target is None else target
    applied: list[int] = []
    postgresql = is_postgresql(db)
    if postgresql:
        if current_version(db) >= target:
            return applied
        with db.atomic():  # one transaction for every version: all or nothing
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_MIGRATION_LOCK,))
            version = current_version(db)
            for number in range(version + 1, target + 1):
                steps = _steps(db, version, number)
                if not steps and number < PG_BASELINE:
                    continue
                _apply(db, number, steps)
                applied.append(number)
        return applied
    version = current_version(db)
    for number in range(version + 1, target + 1):
        with db.atomic():
            _apply(db, number, MIGRATIONS[number])
        applied.append(number)
    return applied


def _apply(db: Database, number: int, steps: list[Step]) -> None:
    for step in steps:
        if isinstance(step, str):
            db.execute_sql(step)
        else:
            step(db)
    now = datetime.now(UTC)
    if is_postgresql(db):
        db.execute_sql(
            "INSERT INTO schema_version (version, applied_at) VALUES (%s, %s)", (number, now)
        )
    else:
        db.execute_sql(
            "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
            (number, now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
        )
