"""Visit rows: codes, check-in and check-out, the on-site board and the visit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from ..domain.errors import Conflict
from .concurrency import for_update, refused_as
from .models import Customer, SearchTerm, Staff, Station, Visit, VisitCodeCounter

Host = Staff.alias("host")
Claimed = Customer.alias("claimed")


def next_sequence(day: str) -> int:
    """The next sequence number for a month-day; call inside the check-in transaction."""
    return reserve_sequences(day, 1)


def reserve_sequences(day: str, count: int) -> int:
    """Reserve ``count`` consecutive sequence numbers for a month-day; returns the first.

    One upsert: the day's counter row is created or bumped in a single statement, which
    holds its row lock until the transaction ends, so two stations checking in at the
    same moment on PostgreSQL never get the same number (the second waits for the first;
    SQLite's writers take turns anyway)."""
    VisitCodeCounter.insert(day=day, last=count).on_conflict(
        conflict_target=[VisitCodeCounter.day],
        update={VisitCodeCounter.last: VisitCodeCounter.last + count},
    ).execute()
    return VisitCodeCounter.get_by_id(day).last - count + 1


# Every write that can put a visit on site: the database keeps one on-site visit per
# customer (the partial unique index ``visit_one_on_site``) even when two stations passed
# the "not on site yet" check at the same moment.
def _one_on_site():
    return refused_as("visit_one_on_site", Conflict("already_on_site"))


def insert(**fields) -> Visit:
    with _one_on_site():
        return Visit.create(**fields)


def _with_people():
    # Only the columns a VisitView shows (and the printed documents use): the whole
    # customer row, three timestamps included, was converted for every visit-log row
    # (docs/performance.md).
    return (
        Visit.select(
            Visit,
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.company,
            Host.id,
            Host.name,
            Station.id,
            Station.name,
            Claimed.id,
            Claimed.name,
        )
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(Host, JOIN.LEFT_OUTER, on=(Visit.host == Host.id))
        .switch(Visit)
        .join(Station, JOIN.LEFT_OUTER, on=(Visit.station_ref == Station.id))
        .switch(Visit)
        .join(Claimed, JOIN.LEFT_OUTER, on=(Visit.claimed_customer == Claimed.id))
    )


def by_code(code: str) -> Visit | None:
    return _with_people().where(Visit.code == code).first()


def by_id(visit_id: int) -> Visit | None:
    return _with_people().where(Visit.id == visit_id).first()


def existing(visit_id: int) -> Visit:
    """A visit known to exist (visits are never deleted), e.g. the one just written."""
    return _with_people().where(Visit.id == visit_id).get()


def on_site_for_customer(customer_id: int) -> Visit | None:
    return (
        Visit.select().where((Visit.customer == customer_id) & (Visit.status == "on_site")).first()
    )


def on_site() -> list[Visit]:
    return list(
        _with_people().where(Visit.status == "on_site").order_by(Visit.check_in_at, Visit.id)
    )


def count_on_site() -> int:
    return Visit.select().where(Visit.status == "on_site").count()


def lock(visit_id: int) -> None:
    """Hold the visit's row until the transaction ends (PostgreSQL; see ``for_update``):
    a read-then-write of the visit by another station waits for this one."""
    for_update(Visit.select(Visit.id).where(Visit.id == visit_id)).execute()


def status_of(visit_id: int) -> str | None:
    """The visit's status as committed now (after a lock: what another station left)."""
    return Visit.select(Visit.status).where(Visit.id == visit_id).scalar()


def transition(visit: Visit, expected: str, **fields) -> bool:
    """Write ``fields`` (a new status among them) only while the visit's status is still
    ``expected``: False, and nothing written, when another station changed it since it
    was read. A visit put on site while its customer is on site already is refused with
    ``Conflict("already_on_site")``."""
    with _one_on_site():
        changed = (
            Visit.update(**fields)
            .where((Visit.id == visit.id) & (Visit.status == expected))
            .execute()
        )
    if changed != 1:
        return False
    for key, value in fields.items():
        setattr(visit, key, value)
    return True


def set_playbook_done(visit: Visit, steps: str) -> None:
    """The playbook steps done (comma-separated ids); lock the visit before reading it."""
    Visit.update(playbook_done=steps).where(Visit.id == visit.id).execute()
    visit.playbook_done = steps


@dataclass(frozen=True)
class LogFilter:
    """Filters of the visit log; ``None`` means any.

    A visitor is given either as ``customer_ids`` (a few thousand at most: each customer's
    visits are an index range) or as ``name_term``, an exact term of the search index (the
    visits of every customer with that term: a common name, matched by walking the visits
    newest first, which finds a page quickly exactly because the name is common)."""

    since: datetime | None = None
    until: datetime | None = None
    purpose: str | None = None
    flow: str | None = None
    category: str | None = None
    host_id: int | None = None
    station_id: int | None = None  # the desk or kiosk that checked the visitor in
    customer_id: int | None = None
    customer_ids: tuple[int, ...] | None = None
    name_term: str | None = None
    # The visitor matched more customers than customer_ids holds (shown, not queried).
    visitor_capped: bool = False


def _filtered(query, flt: LogFilter, newest_first: bool = False):
    query = query.where(Visit.check_in_at.is_null(False))
    if flt.since is not None:
        query = query.where(Visit.check_in_at >= flt.since)
    if flt.until is not None:
        query = query.where(Visit.check_in_at < flt.until)
    if flt.purpose:
        query = query.where(Visit.purpose == flt.purpose)
    if flt.flow:
        query = query.where(Visit.flow == flt.flow)
    if flt.category:
        query = query.where(Visit.category == flt.category)
    if flt.host_id is not None:
        query = query.where(Visit.host == flt.host_id)
    if flt.station_id is not None:
        query = query.where(Visit.station_ref == flt.station_id)
    if flt.customer_id is not None:
        query = query.where(Visit.customer == flt.customer_id)
    if flt.customer_ids is not None:
        query = query.where(Visit.customer.in_(list(flt.customer_ids)))
    if flt.name_term is not None:
        term_ids = SearchTerm.select(SearchTerm.customer_id).where(SearchTerm.term == flt.name_term)
        # A page walks the visits newest first and keeps those of the term's customers
        # (``+ 0`` keeps SQLite off the customer index): left to itself it would read every
        # visit of every such customer and sort them — thousands for a common surname.
        # A count reads the customer index (it needs every match anyway).
        customer = Visit.customer + 0 if newest_first else Visit.customer
        query = query.where(customer.in_(term_ids))
    return query


# What a visit-log row shows, read as plain named tuples: a page is read as fast as the
# rows arrive (building peewee model objects for them took longer than the query).
_LOG_COLUMNS = (
    Visit.id,
    Visit.code,
    Visit.customer.alias("customer_id"),
    Customer.name.alias("customer_name"),
    Customer.phone.alias("customer_phone"),
    Customer.company.alias("customer_company"),
    Visit.category,
    Visit.purpose,
    Visit.flow,
    Visit.host.alias("host_id"),
    Host.name.alias("host_name"),
    Visit.party_size,
    Visit.room,
    Visit.note,
    Visit.status,
    Visit.station,
    Station.name.alias("station_name"),
    Visit.check_in_at,
    Visit.check_out_at,
    Visit.playbook_done,
    Visit.invite_code,
    Visit.expected_at,
)


def log_page(flt: LogFilter, limit: int, after: tuple[datetime, int] | None = None) -> list:
    """Visits newest first, one page after the ``(check_in_at, id)`` of the last row seen,
    as named tuples with the fields of ``_LOG_COLUMNS``.

    Keyset pagination: every page is an index range, however deep the user scrolls.
    """
    people = (
        Visit.select(*_LOG_COLUMNS)
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(Host, JOIN.LEFT_OUTER, on=(Visit.host == Host.id))
        .switch(Visit)
        .join(Station, JOIN.LEFT_OUTER, on=(Visit.station_ref == Station.id))
    )
    query = _filtered(people, flt, newest_first=True)
    if after is not None:
        at, visit_id = after
        # The first condition bounds the index range; the second breaks ties on the id.
        query = query.where(
            (Visit.check_in_at <= at)
            & ((Visit.check_in_at < at) | ((Visit.check_in_at == at) & (Visit.id < visit_id)))
        )
    return list(
        query.order_by(Visit.check_in_at.desc(), Visit.id.desc()).limit(limit).namedtuples()
    )


def count_log(flt: LogFilter) -> int:
    """How many visits match ``flt`` (index-only where the filter allows; can take a while
    over millions of visits: the desk counts off its GUI thread)."""
    return _filtered(Visit.select(fn.COUNT(Visit.id)), flt).scalar()


def by_invite_code(invite_code: str) -> Visit | None:
    return _with_people().where(Visit.invite_code == invite_code).first()


def planned_between(since: datetime, until: datetime) -> list[Visit]:
    """Planned (not yet arrived) visits expected in ``[since, until)``, earliest first."""
    return list(
        _with_people()
        .where(
            (Visit.status == "planned") & (Visit.expected_at >= since) & (Visit.expected_at < until)
        )
        .order_by(Visit.expected_at, Visit.id)
    )


def planned_for_customer(customer_id: int, since: datetime, until: datetime) -> Visit | None:
    """The customer's earliest planned visit expected in ``[since, until)``, if any."""
    return (
        Visit.select()
        .where(
            (Visit.status == "planned")
            & (Visit.expected_at >= since)
            & (Visit.expected_at < until)
            & (Visit.customer == customer_id)
        )
        .order_by(Visit.expected_at)
        .first()
    )


def planned_before(until: datetime) -> list[Visit]:
    """Planned visits expected before ``until`` (candidates for no-shows)."""
    return list(
        Visit.select(Visit.id, Visit.code).where(
            (Visit.status == "planned") & (Visit.expected_at < until)
        )
    )


def reopen(visit_id: int, checked_out_at: datetime) -> bool:
    """Take a check-out back (done → on site), only while the visit is still the check-out
    that was seen; False when another station changed it meanwhile."""
    with _one_on_site():
        changed = (
            Visit.update(status="on_site", check_out_at=None, checked_out_by=None)
            .where(
                (Visit.id == visit_id)
                & (Visit.status == "done")
                & (Visit.check_out_at == checked_out_at)
            )
            .execute()
        )
    return changed == 1


def unarrive(visit_id: int, checked_in_at: datetime, **fields) -> bool:
    """Take an invited visitor's arrival back (on site → planned) with ``fields``, only while
    the visit is still the arrival that was seen; False when it changed meanwhile."""
    changed = (
        Visit.update(status="planned", check_in_at=None, station_ref=None, **fields)
        .where(
            (Visit.id == visit_id)
            & (Visit.status == "on_site")
            & (Visit.check_in_at == checked_in_at)
        )
        .execute()
    )
    return changed == 1


def last_check_in_at(customer_id: int, excluding: int) -> datetime | None:
    """When the customer last checked in, not counting visit ``excluding``."""
    row = (
        Visit.select(Visit.check_in_at)
        .where(
            (Visit.customer == customer_id)
            & (Visit.check_in_at.is_null(False))
            & (Visit.id != excluding)
        )
        .order_by(Visit.check_in_at.desc())
        .first()
    )
    return row.check_in_at if row else None
