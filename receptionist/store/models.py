"""Peewee models (models only; opening and migrating live in ``connection`` and
``migrations``). All models bind to one ``DatabaseProxy`` so the same code runs on SQLite
and, later, PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()

# Each ``foo = ForeignKeyField(...)`` is followed by ``foo_id: int`` (``| None`` when
# nullable): peewee gives every foreign key that accessor (the column's value, no query),
# and the annotation tells the type checker about it; it makes no class attribute, so
# peewee sees nothing new. tests/store/test_models.py checks each one matches its field.

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


# The column type of a point in time, by backend (``connection`` gives each database its
# mapping): fixed-width UTC text on SQLite (text order is time order), a real
# ``timestamptz`` on PostgreSQL.
UTC_TIME = "UTCTIME"
SQLITE_FIELD_TYPES = {UTC_TIME: "VARCHAR(27)"}
POSTGRESQL_FIELD_TYPES = {UTC_TIME: "TIMESTAMPTZ"}

_text_times = True  # SQLite's text; False on PostgreSQL (``use_backend``)


def use_backend(postgresql: bool) -> None:
    """How ``UTCDateTimeField`` converts: set by ``connection`` when a database opens."""
    global _text_times
    _text_times = not postgresql


class UTCDateTimeField(Field):
    """An aware datetime: fixed-width UTC text on SQLite, ``timestamptz`` on PostgreSQL."""

    field_type = UTC_TIME

    def db_value(self, value: datetime | None) -> str | datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC field")
        if not _text_times:
            return value
        return value.astimezone(UTC).strftime(_FORMAT)

    def python_value(self, value: str | datetime | None) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):  # PostgreSQL's sessions speak UTC
            return value if value.tzinfo is UTC else value.astimezone(UTC)
        # fromisoformat (C, Python >= 3.11 reads the "Z") instead of strptime: 50x faster,
        # and a visit-log page converts hundreds of these (docs/performance.md).
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = UTCDateTimeField()


class Setting(BaseModel):
    """A site-wide setting (shared by every desk of the site)."""

    key = CharField(max_length=64, primary_key=True)
    value = TextField()


class Staff(BaseModel):
    id = AutoField()
    name = CharField(max_length=100, unique=True)
    department = CharField(max_length=100, default="")
    role = CharField(max_length=20)
    active = BooleanField(default=True)
    created_at = UTCDateTimeField()
    # Issue 11 (schema v6): how this person signs in. ``secret_hash`` is argon2id's
    # encoded hash of a password or PIN (``secret_kind``: "password" | "pin"; both empty:
    # cannot sign in yet); wrong secrets are counted and lock the account until
    # ``locked_until``, in the database so that every station sees it.
    secret_hash = TextField(default="", constraints=[SQL("DEFAULT ''")])
    secret_kind = CharField(max_length=8, default="", constraints=[SQL("DEFAULT ''")])
    sign_in_failures = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    locked_until = UTCDateTimeField(null=True)
    last_sign_in_at = UTCDateTimeField(null=True)


class Station(BaseModel):
    """A desk or a kiosk of the site, named on its own computer; visits and audit entries
    record where they happened. A kiosk's staff PIN and its lock after wrong PINs are its
    own (empty ``pin_hash``: the site's PIN)."""

    id = AutoField()
    name = CharField(max_length=60, unique=True)
    kind = CharField(max_length=10)  # desk | kiosk
    location = CharField(max_length=100, default="")
    pin_hash = TextField(default="")
    pin_failures = IntegerField(default=0)
    pin_locked_until = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField()


class Customer(BaseModel):
    id = AutoField()
    name = CharField(max_length=100)
    phone = CharField(max_length=20, null=True, unique=True)
    phone_search = CharField(max_length=20, null=True, index=True)
    phone_last4 = CharField(max_length=4, null=True, index=True)
    email = CharField(max_length=254, default="")
    company = CharField(max_length=120, default="", index=True)
    title = CharField(max_length=60, default="")
    kind = CharField(max_length=12)
    category = CharField(max_length=12)
    account_manager = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="account_manager_id"
    )
    account_manager_id: int | None
    source = CharField(max_length=60, default="")
    preferences = TextField(default="")
    notes = TextField(default="")
    # ``consent``: the privacy notice accepted (kiosk); ``contact_consent`` (schema v7):
    # the customer agreed to be contacted (call-backs, greetings).
    consent = BooleanField(default=False)
    # Issue 12 (schema v7, was ``external_ref``): the customer's reference in the site's
    # other systems (purchase imports match by it); unique when given ('' = none).
    customer_ref = CharField(max_length=60, default="")
    visit_count = IntegerField(default=0)
    last_visit_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField()
    updated_at = UTCDateTimeField()
    # Issue 10: bumped by every change, so that a save made from an older read is told
    # (optimistic locking: two desks editing the same customer).
    row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    # Issue 11 (schema v6): when the customer was erased (anonymised on request or by
    # retention); None: not erased. Counts and visits stay for reports.
    erased_at = UTCDateTimeField(null=True)
    # Issue 12 (schema v7): preference tags, one per line ("green tea", "no stairs");
    # ``preferences`` stays the free text.
    preference_tags = TextField(default="", constraints=[SQL("DEFAULT ''")])
    contact_consent = BooleanField(default=False, constraints=[SQL("DEFAULT false")])


Customer.add_index(
    Customer.index(Customer.customer_ref, unique=True, name="customer_customer_ref").where(
        Customer.customer_ref != ""
    )
)


class SpecialDate(BaseModel):
    """A day the customer cares about (birthday, wedding anniversary, company founding
    day, other with a label); the year is optional. Found by (month, day) for "this week"."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", column_name="customer_id", index=True)
    customer_id: int
    kind = CharField(max_length=12)
    label = CharField(max_length=60, default="")
    month = IntegerField()
    day = IntegerField()
    year = IntegerField(null=True)

    class Meta:
        indexes = ((("month", "day"), False),)


class Purchase(BaseModel):
    """What a customer bought (or a refund: a negative amount), the objective data the
    value tiers are computed from. Money is exact: integer cents of the site's currency."""

    id = AutoField()
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", column_name="customer_id", index=False
    )
    customer_id: int
    purchased_on = DateField()
    amount_cents = BigIntegerField()
    note = TextField(default="")
    reference = CharField(max_length=60, default="")
    source = CharField(max_length=10)  # desk | import | cli
    created_at = UTCDateTimeField()
    created_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="created_by_id", index=False
    )
    created_by_id: int | None

    class Meta:
        indexes = (
            (("customer", "purchased_on"), False),
            # Covers a period's revenue per customer (tier recompute) without the rows.
            (("purchased_on", "customer", "amount_cents"), False),
        )


class TierRun(BaseModel):
    """One recompute of a period's value tiers (kept: the year's adjustment catalogue).
    ``current``: the period's result in force (a recompute replaces it, keeping the run).
    ``period``: "2026" or "2026-Q1"; ``parameters``: the cut-offs and star formula used
    (JSON)."""

    id = AutoField()
    period = CharField(max_length=7, index=True)
    starts_on = DateField()
    ends_on = DateField()
    computed_at = UTCDateTimeField()
    computed_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="computed_by_id", index=False
    )
    computed_by_id: int | None
    customers = IntegerField()
    parameters = TextField(default="")
    current = BooleanField()


class TierResult(BaseModel):
    """A customer's place in one run: revenue, purchases and the last one in the period,
    competition rank, tier and stars."""

    run = ForeignKeyField(TierRun, on_delete="CASCADE", column_name="run_id", index=False)
    run_id: int
    customer = ForeignKeyField(
        Customer, on_delete="CASCADE", column_name="customer_id", index=False
    )
    customer_id: int
    revenue_cents = BigIntegerField()
    purchases = IntegerField()
    last_purchase_on = DateField()
    rank = IntegerField()
    tier = CharField(max_length=8)
    stars = IntegerField()

    class Meta:
        primary_key = CompositeKey("run", "customer")
        without_rowid = True
        indexes = ((("customer", "run"), False), (("run", "tier", "customer"), False))


class CustomerMerge(BaseModel):
    """A duplicate merged into ``kept``: its rows moved there and its row deleted. The old
    name and company stay here so that search finds the kept customer by them (erasing the
    kept customer blanks them)."""

    id = AutoField()
    kept = ForeignKeyField(Customer, on_delete="CASCADE", column_name="kept_id", index=True)
    kept_id: int
    merged_id = IntegerField()
    merged_name = CharField(max_length=100)
    merged_company = CharField(max_length=120, default="")
    moved = TextField(default="")  # JSON: how many rows of each kind moved
    merged_at = UTCDateTimeField()
    merged_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="merged_by_id", index=False
    )
    merged_by_id: int | None


class SearchTerm(BaseModel):
    """One index term of a customer's name (see ``domain.search``).

    A derived index, maintained only by ``store.customers``: no foreign key and no index
    on ``customer_id`` (that index would double the table); a customer's rows are found
    again by recomputing its terms.
    """

    term = CharField(max_length=32)
    customer_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("term", "customer_id")
        without_rowid = True


class CompanyTerm(BaseModel):
    """One index term of a company name; customers are found by ``Customer.company``."""

    term = CharField(max_length=32)
    company = CharField(max_length=120)

    class Meta:
        primary_key = CompositeKey("term", "company")
        without_rowid = True


class CategoryChange(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", column_name="customer_id", index=True)
    customer_id: int
    from_category = CharField(max_length=12, null=True)
    to_category = CharField(max_length=12)
    reason = TextField()
    staff = ForeignKeyField(
        Staff, column_name="staff_id", null=True, on_delete="SET NULL", index=False
    )
    staff_id: int | None
    changed_at = UTCDateTimeField()


class Visit(BaseModel):
    id = AutoField()
    code = CharField(max_length=16, unique=True)
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", column_name="customer_id", index=False
    )
    customer_id: int
    purpose = CharField(max_length=16)
    flow = CharField(max_length=16)
    category = CharField(max_length=12)
    # Staff are deactivated, never deleted: no index needed for these foreign keys beyond
    # the (host, check_in_at) one the visit log filters by.
    host = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="host_id", index=False
    )
    host_id: int | None
    receptionist = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="receptionist_id", index=False
    )
    receptionist_id: int | None
    checked_out_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="checked_out_by_id", index=False
    )
    checked_out_by_id: int | None
    party_size = IntegerField(default=1)
    room = CharField(max_length=20, default="")
    note = TextField(default="")
    status = CharField(max_length=10)
    station = CharField(max_length=10, default="desk")
    check_in_at = UTCDateTimeField(null=True)
    check_out_at = UTCDateTimeField(null=True)
    playbook_done = TextField(default="")
    # Issue 5: a planned visit has an invitation code (random, unguessable: the kiosk
    # accepts it) and the time it is expected. While planned, ``code`` holds the
    # invitation code; check-in gives the visit its V-MMDD-NNNN code.
    invite_code = CharField(max_length=16, null=True, unique=True)
    expected_at = UTCDateTimeField(null=True)
    # Issue 10: the station (named desk or kiosk) where the visitor checked in; ``station``
    # above keeps its kind. Empty for visits from before stations had names.
    station_ref = ForeignKeyField(
        Station, null=True, on_delete="SET NULL", column_name="station_id", index=False
    )
    station_id: int | None
    # Issue 11 (schema v6): a kiosk arrival whose phone matched a stored customer: the
    # visit belongs to the person as typed (``customer``) and *claims* this customer until
    # the desk confirms (the visit moves to them) or rejects the match (cleared).
    claimed_customer = ForeignKeyField(
        Customer,
        null=True,
        on_delete="SET NULL",
        column_name="claimed_customer_id",
        backref="claims",
        index=True,
    )
    claimed_customer_id: int | None

    class Meta:
        indexes = (
            (("status", "expected_at"), False),
            (("check_in_at",), False),
            (("status", "check_in_at"), False),
            (("host", "check_in_at"), False),
            (("purpose", "check_in_at"), False),
            (("flow", "check_in_at"), False),
            (("category", "check_in_at"), False),
        )


# A customer's visits in time order (the timeline, the last visit; ``id`` after the time:
# "newest first" is read from the index), carrying what the dashboard's tier filter
# counts, so a tier's visits are read from the index alone (schema v11; it replaced
# ``visit(customer_id, check_in_at)``: docs/performance.md).
Visit.add_index(
    Visit.index(
        Visit.customer,
        Visit.check_in_at,
        Visit.id,
        Visit.status,
        Visit.purpose,
        Visit.category,
        Visit.host,
        Visit.station_ref,
        name="visit_customer_visits",
    )
)

# One visit on site per customer, enforced by the database too: two stations checking
# the same customer in at the same moment give one visit (services tell the second).
Visit.add_index(
    Visit.index(Visit.customer, unique=True, name="visit_one_on_site").where(
        Visit.status == "on_site"
    )
)


class VisitCodeCounter(BaseModel):
    """The last sequence number given for a month-day (see ``domain.visit_code``)."""

    day = CharField(max_length=4, primary_key=True)
    last = IntegerField()


class AuditEntry(BaseModel):
    """Who did what, when; never updated or deleted (the database refuses it). ``details``
    holds no personal data."""

    id = AutoField()
    at = UTCDateTimeField()
    staff = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="staff_id", index=False
    )
    staff_id: int | None
    action = CharField(max_length=40)
    record_type = CharField(max_length=20)
    record_id = IntegerField()
    details = TextField(default="")
    station_ref = ForeignKeyField(
        Station, null=True, on_delete="SET NULL", column_name="station_id", index=False
    )
    station_id: int | None
    # The chain (schema v5, ``store.audit``): the hash of the entry before (empty for the
    # first) and SHA-256 of that hash and this entry's content, both as hex text.
    prev_hash = CharField(max_length=64, default="", constraints=[SQL("DEFAULT ''")])
    hash = CharField(max_length=64, default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("record_type", "record_id"), False), (("at",), False))


class Feedback(BaseModel):
    """What a visitor thought of a visit: from the returned card, the kiosk or a call.

    One per visit. Ratings are 1-5 (``overall`` required), ``recommend`` 0-10.
    """

    id = AutoField()
    visit = ForeignKeyField(Visit, on_delete="CASCADE", column_name="visit_id", unique=True)
    visit_id: int
    overall = IntegerField()
    attitude = IntegerField(null=True)
    professionalism = IntegerField(null=True)
    speed = IntegerField(null=True)
    environment = IntegerField(null=True)
    recommend = IntegerField(null=True)
    comment = TextField(default="")
    source = CharField(max_length=10)
    entered_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="entered_by_id", index=False
    )
    entered_by_id: int | None
    entered_at = UTCDateTimeField()


class PrintRecord(BaseModel):
    """One print (or save, or failed print) of a visit's slip or feedback card."""

    id = AutoField()
    visit = ForeignKeyField(Visit, on_delete="CASCADE", column_name="visit_id", index=True)
    visit_id: int
    document = CharField(max_length=8)
    fmt = CharField(max_length=16)
    printer = CharField(max_length=200, null=True)
    outcome = CharField(max_length=10)
    staff = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="staff_id", index=False
    )
    staff_id: int | None
    printed_at = UTCDateTimeField()


class Notification(BaseModel):
    """ "Your visitor is here": written when a visitor checks in at the kiosk, shown on
    every desk until a receptionist marks it seen (and tells the host)."""

    id = AutoField()
    visit = ForeignKeyField(Visit, on_delete="CASCADE", column_name="visit_id", index=True)
    visit_id: int
    host = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="host_id", index=False
    )
    host_id: int | None
    urgent = BooleanField(default=False)  # a VIP or problem customer
    created_at = UTCDateTimeField()
    seen_at = UTCDateTimeField(null=True, index=True)
    seen_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="seen_by_id", index=False
    )
    seen_by_id: int | None


class Complaint(BaseModel):
    """A customer's complaint, handled in five steps (1 listen, 2 empathise and confirm, 3
    propose, 4 carry out, 5 call back and confirm — step 5 by someone other than the
    handler). ``step``: the last step done (0: none yet); ``status`` open | closed;
    ``resolution`` after step 5: resolved | not_resolved (which reopens step 3).
    ``category_before``: the customer's category when it was opened (a suggestion to
    return to it when their last complaint closes). Deadlines from the site's settings by
    severity."""

    id = AutoField()
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", column_name="customer_id", index=False
    )
    customer_id: int
    visit = ForeignKeyField(
        Visit, null=True, on_delete="SET NULL", column_name="visit_id", index=True
    )
    visit_id: int | None
    subject = CharField(max_length=200)
    description = TextField(default="")
    severity = CharField(max_length=8)  # low | normal | high | urgent
    channel = CharField(max_length=8)  # desk | phone | kiosk | card
    handler = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="handler_id", index=False
    )
    handler_id: int | None
    status = CharField(max_length=8)
    step = IntegerField(default=0)
    resolution = CharField(max_length=12, null=True)
    category_before = CharField(max_length=12, null=True)
    opened_at = UTCDateTimeField()
    opened_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="opened_by_id", index=False
    )
    opened_by_id: int | None
    acknowledge_by = UTCDateTimeField(null=True)
    resolve_by = UTCDateTimeField(null=True)
    closed_at = UTCDateTimeField(null=True)
    row_version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("customer", "status"), False),
            (("status", "resolve_by"), False),
            (("handler", "status"), False),
            (("opened_at",), False),
            (("closed_at",), False),
        )


class ComplaintStep(BaseModel):
    """One step of a complaint done (``action`` "done"), or reopened with a reason
    ("reopened"): who, when, the note; step 5 records the customer's answer."""

    id = AutoField()
    complaint = ForeignKeyField(
        Complaint, on_delete="CASCADE", column_name="complaint_id", index=True
    )
    complaint_id: int
    step = IntegerField()
    action = CharField(max_length=10)
    note = TextField(default="")
    resolved = BooleanField(null=True)
    staff = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="staff_id", index=False
    )
    staff_id: int | None
    at = UTCDateTimeField()


class FollowUp(BaseModel):
    """A call-back or follow-up task (回访): its kind, due day, assignee and outcome, and
    what caused it. ``rule_key`` names the rule and occasion that made it
    ("prospect_visit:123", "birthday:45:2026"), unique, so running the rules again
    never makes it twice; None for a task made by hand."""

    id = AutoField()
    kind = CharField(max_length=20)
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", column_name="customer_id", index=True
    )
    customer_id: int
    visit = ForeignKeyField(
        Visit, null=True, on_delete="SET NULL", column_name="visit_id", index=False
    )
    visit_id: int | None
    complaint = ForeignKeyField(
        Complaint, null=True, on_delete="SET NULL", column_name="complaint_id", index=False
    )
    complaint_id: int | None
    assignee = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="assignee_id", index=False
    )
    assignee_id: int | None
    due_on = DateField()
    status = CharField(max_length=8)  # open | done | skipped
    outcome = TextField(default="")
    rule_key = CharField(max_length=80, null=True, unique=True)
    created_at = UTCDateTimeField()
    created_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="created_by_id", index=False
    )
    created_by_id: int | None
    done_at = UTCDateTimeField(null=True)
    done_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="done_by_id", index=False
    )
    done_by_id: int | None

    class Meta:
        indexes = (
            (("status", "due_on"), False),
            (("assignee", "status", "due_on"), False),
            (("done_at",), False),
        )


class Holiday(BaseModel):
    """A public holiday of the site's calendar (mainland China's by default, editable):
    the greeting rule makes its list before each."""

    id = AutoField()
    day = DateField(unique=True)
    name = CharField(max_length=60)


class LostReview(BaseModel):
    """A customer detected as drifting away (流失) and what was learnt: where they went,
    why, whether they can be won back and by whom (the win-back ``follow_up``), and how it
    ended. ``status``: open | analysed | won_back | lost."""

    id = AutoField()
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", column_name="customer_id", index=True
    )
    customer_id: int
    detected_at = UTCDateTimeField()
    rule = CharField(max_length=10)  # threshold | interval
    last_activity_on = DateField(null=True)
    status = CharField(max_length=10, index=True)
    competitor = CharField(max_length=100, default="")
    reason = CharField(max_length=10, null=True)  # product|service|both|price|moved|other
    reason_note = TextField(default="")
    can_win_back = BooleanField(null=True)
    owner = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="owner_id", index=False
    )
    owner_id: int | None
    follow_up = ForeignKeyField(
        FollowUp, null=True, on_delete="SET NULL", column_name="follow_up_id", index=False
    )
    follow_up_id: int | None
    analysed_at = UTCDateTimeField(null=True)
    analysed_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="analysed_by_id", index=False
    )
    analysed_by_id: int | None
    outcome = TextField(default="")


class StaffChannel(BaseModel):
    """How a staff member is reached beyond the desk's list (issue 14): an e-mail address
    or a work-chat webhook's address, one row per channel. ``secret``: the channel's
    signing secret sealed by ``services.secrets`` ("" none), never the plain text."""

    id = AutoField()
    staff = ForeignKeyField(Staff, on_delete="CASCADE", column_name="staff_id", index=False)
    staff_id: int
    channel = CharField(max_length=10)  # email | wecom | dingtalk | feishu | webhook
    address = TextField()
    secret = TextField(default="")

    class Meta:
        indexes = ((("staff", "channel"), True),)


class OutboxMessage(BaseModel):
    """A message to a person outside the app, written in the same transaction as what
    caused it and delivered by a background sender (``services.outbox``). The address is
    the recipient's channel when it is sent, so a corrected address reaches them.
    ``status``: pending | sent | failed; ``claimed_by`` / ``claimed_until``: the sender
    delivering it now (another station's sender leaves it alone until then).
    ``dedupe_key``: unique when given, so a daily notice is written once."""

    id = AutoField()
    kind = CharField(max_length=20)
    recipient = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", column_name="recipient_id", index=False
    )
    recipient_id: int | None
    channel = CharField(max_length=10)
    subject = CharField(max_length=200)
    body = TextField()
    visit = ForeignKeyField(
        Visit, null=True, on_delete="SET NULL", column_name="visit_id", index=True
    )
    visit_id: int | None
    dedupe_key = CharField(max_length=80, null=True, unique=True)
    status = CharField(max_length=8)
    attempts = IntegerField(default=0)
    created_at = UTCDateTimeField()
    next_try_at = UTCDateTimeField()
    expires_at = UTCDateTimeField()
    sent_at = UTCDateTimeField(null=True)
    last_error = TextField(default="")
    last_error_at = UTCDateTimeField(null=True)
    claimed_by = CharField(max_length=40, default="")
    claimed_until = UTCDateTimeField(null=True)

    class Meta:
        indexes = (
            (("status", "id"), False),
            (("last_error_at",), False),
            (("created_at",), False),
        )


# -- the dashboard's summaries (issue 15, schema v10) --------------------------------------
# Derived tables, never written by a service: database triggers on visit, feedback,
# purchase and tier_result mark what changed (``ReportDirtyHour`` / ``ReportDirtyCustomer``
# / dropping a ``ReportTierMove`` pair), and ``store.report_summary.refresh`` recomputes
# the marked local days and customers from the visits before the dashboard reads them.
# Every path that writes a visit is covered by the triggers, whoever writes it.


# What a summary row counts: visits (on site or done), the feedback on them, and the sums
# and counts of each rating (a rating left empty is not counted).
MEASURES = (
    "visits",
    "feedback",
    "overall_sum",
    "attitude_sum",
    "attitude_n",
    "professionalism_sum",
    "professionalism_n",
    "speed_sum",
    "speed_n",
    "environment_sum",
    "environment_n",
    "recommend_sum",
    "recommend_n",
    "promoters",
    "detractors",
)

_ModelT = TypeVar("_ModelT", bound=type[BaseModel])


def _measures(model: _ModelT) -> _ModelT:
    """Give a summary table the ``MEASURES`` columns, after its key. The key's columns
    come first (schema v11): SQLite 3.40.0 to 3.41.0 report false "NULL value" errors in
    ``PRAGMA integrity_check`` for a WITHOUT ROWID table whose primary key is not its
    leading columns, which made a sound database look damaged (docs/testing.md)."""
    for name in MEASURES:
        model._meta.add_field(name, IntegerField())
    return model


@_measures
class ReportVisitDay(BaseModel):
    """One local day's visits by purpose, category (at the visit), host and station
    (0: none): what a filter on host, department or station reads."""

    day = DateField()
    purpose = CharField(max_length=16)
    category = CharField(max_length=12)
    host_id = IntegerField()
    station_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("day", "purpose", "category", "host_id", "station_id")
        without_rowid = True
        indexes = ((("host_id", "day"), False),)


@_measures
class ReportDay(BaseModel):
    """``ReportVisitDay`` summed over hosts and stations (a few rows a day): what the
    dashboard reads without a host, department or station filter."""

    day = DateField()
    purpose = CharField(max_length=16)
    category = CharField(max_length=12)

    class Meta:
        primary_key = CompositeKey("day", "purpose", "category")
        without_rowid = True


@_measures
class ReportHostDay(BaseModel):
    """``ReportVisitDay`` summed per host and day: the lowest-rated hosts."""

    day = DateField()
    host_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("day", "host_id")
        without_rowid = True


class ReportFirstVisit(BaseModel):
    """A customer's first visit (on site or done) and how many days after its local day
    they first bought (a purchase of a positive amount on or after it; None: not yet)."""

    customer_id = IntegerField(primary_key=True)
    visit_id = IntegerField()
    day = DateField()
    purpose = CharField(max_length=16)
    category = CharField(max_length=12)
    host_id = IntegerField()
    station_id = IntegerField()
    bought_after_days = IntegerField(null=True)


# Covers "prospects whose first visit is in the period, and who bought", with any filter
# on the visit (no row read).
ReportFirstVisit.add_index(
    ReportFirstVisit.index(
        ReportFirstVisit.category,
        ReportFirstVisit.day,
        ReportFirstVisit.purpose,
        ReportFirstVisit.host_id,
        ReportFirstVisit.station_id,
        ReportFirstVisit.bought_after_days,
        name="report_first_visit_conversion",
    )
)


class ReportDirtyHour(BaseModel):
    """A UTC hour whose visits or feedback changed since the summaries were refreshed."""

    hour = UTCDateTimeField(primary_key=True)


class ReportDirtyCustomer(BaseModel):
    """A customer whose visits or purchases changed since ``ReportFirstVisit`` was."""

    customer_id = IntegerField(primary_key=True)


class ReportTierMove(BaseModel):
    """How many customers went from one tier to another between two runs (``from_run_id``
    0: no earlier run; tier "": none), counted once per pair of runs; a change of either
    run's results drops the pair's rows (triggers)."""

    from_run_id = IntegerField()
    to_run_id = IntegerField()
    from_tier = CharField(max_length=8)
    to_tier = CharField(max_length=8)
    customers = IntegerField()

    class Meta:
        primary_key = CompositeKey("from_run_id", "to_run_id", "from_tier", "to_tier")
        without_rowid = True
        indexes = ((("to_run_id",), False),)


ALL_MODELS = (
    SchemaVersion,
    Setting,
    Staff,
    Station,
    Customer,
    SpecialDate,
    Purchase,
    TierRun,
    TierResult,
    CustomerMerge,
    SearchTerm,
    CompanyTerm,
    CategoryChange,
    Visit,
    VisitCodeCounter,
    AuditEntry,
    Feedback,
    PrintRecord,
    Notification,
    Complaint,
    ComplaintStep,
    FollowUp,
    Holiday,
    LostReview,
    StaffChannel,
    OutboxMessage,
    ReportVisitDay,
    ReportDay,
    ReportHostDay,
    ReportFirstVisit,
    ReportDirtyHour,
    ReportDirtyCustomer,
    ReportTierMove,
)

__all__ = ["SQL", "ALL_MODELS", "database"] + [m.__name__ for m in ALL_MODELS]
