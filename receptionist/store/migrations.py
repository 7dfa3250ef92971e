"""Forward migrations of the schema.

Each version is a list of statements frozen at the time it was written (never generated
from the current models, so an old database always migrates the same way). A version is
applied with its version bump in one transaction. ``tests/store/test_migrations.py``
checks that a database built by migration equals one built from the models.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from peewee import Database

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

MIGRATIONS: dict[int, list[Step]] = {
    1: V1,
    2: V2,
    3: V3,
}

LATEST = max(MIGRATIONS)


def current_version(db: Database) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: Database, target: int | None = None) -> list[int]:
    """Apply every missing version up to ``target`` (default: ``LATEST``, read when called);
    return the versions applied."""
    target = LATEST if target is None else target
    applied = []
    version = current_version(db)
    for number in range(version + 1, target + 1):
        with db.atomic():
            for step in MIGRATIONS[number]:
                if isinstance(step, str):
                    db.execute_sql(step)
                else:
                    step(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (number, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
            )
        applied.append(number)
    return applied
