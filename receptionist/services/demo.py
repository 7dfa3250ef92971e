"""Realistic demo data, reproducible from a seed.

Staff, customers, category changes and today's on-site visitors go through the same
services as the desk (``add_staff``, ``register_customer``, ``change_category``,
``check_in``, ``set_playbook_step``), so they obey every rule: valid, unique phones and
search terms for every customer. Thousands of finished past visits would take too long one
``check_in`` at a time, so they are computed here with the same domain rules (flow
suggestion, playbooks, visit codes from the shared counter) and written in bulk by
``store.demo``, visit counts and audit entries included.

Past times come from pointing ``clock`` at each event while it is written; the clock is
put back afterwards. The whole run is one transaction: all there or nothing. Running it on
a database that already has data adds more: existing demo staff are reused and a phone
already on file is drawn again. A site not set up yet gets the demo showroom's name, so
the desk opens straight on its window; a site's own name is never replaced.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..domain.enums import Category, Kind, Role, Station, VisitStatus
from ..domain.errors import ValidationError
from ..domain.flow import suggest_flow
from ..domain.playbooks import playbook
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_party_size, clean_phone
from ..domain.visit_code import day_key, format_visit_code
from ..store import audit
from ..store import customers as customer_store
from ..store import demo as demo_store
from ..store import staff as staff_store
from ..store.connection import transaction
from . import clock
from . import demo_data as data
from ._convert import staff_view
from ._demo_archive import add_archive
from .access import authorize
from .customers import change_category, register_customer
from .settings import put_site, site_settings
from .staff import put_staff_row
from .visits import check_in, set_playbook_step


@dataclass
class _Visit:
    check_in: datetime
    check_out: datetime | None = None  # None: still on site


@dataclass
class _Person:
    name: str
    phone: str | None
    company: str
    kind: Kind
    category: Category  # the category they end with
    visits: list[_Visit] = field(default_factory=list)
    weight: float = 1.0
    registered: datetime = field(init=False)  # set by _plan, once the visits are known
    changed_at: datetime | None = None  # when tagged VIP/problem (registered as existing)
    reason: str = ""
    id: int = 0

    def category_at(self, at: datetime) -> Category:
        if self.changed_at is not None and at < self.changed_at:
            return Category.EXISTING
        return self.category


@dataclass
class _Desk:
    receptionists: list[int]
    hosts: dict[str, list[int]]  # by department

    @property
    def all_hosts(self) -> list[int]:
        return [h for ids in self.hosts.values() for h in ids]


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Generator:
    def __init__(self, seed: int, base: datetime):
        self.rng = random.Random(seed)
        self.base = base
        self.today = clock.local(base).date()
        self.phones: set[str] = set()
        self.surnames = [*data.SURNAMES, *data.COMPOUND_SURNAMES]
        self.surname_weights = [1 / (i + 4) for i in range(len(data.SURNAMES))] + [0.004] * len(
            data.COMPOUND_SURNAMES
        )

    # -- people ---------------------------------------------------------------------
    def chinese_name(self) -> str:
        surname = self.rng.choices(self.surnames, weights=self.surname_weights)[0]
        if self.rng.random() < 0.3:
            return surname + self.rng.choice(data.GIVEN_ONE)
        return surname + self.rng.choice(data.GIVEN_TWO)

    def english_name(self) -> str:
        return f"{self.rng.choice(data.FIRST_NAMES)} {self.rng.choice(data.LAST_NAMES)}"

    def _phone_text(self, chinese: bool) -> str | None:
        r = self.rng.random()
        digits = self.rng.randrange
        if r < (0.07 if chinese else 0.15):
            return None
        if chinese and r < 0.15 or not chinese and r < 0.2:
            area, starts = self.rng.choice(data.LANDLINES)
            return f"{area}-{self.rng.choice(starts)}{digits(10**7):07d}"
        if not chinese and r < 0.35:
            return f"+852 {self.rng.choice('569')}{digits(10**7):07d}"
        return f"{self.rng.choice(data.MOBILE_PREFIXES)}{digits(10**8):08d}"

    def phone(self, chinese: bool) -> str | None:
        """A valid phone that no customer has yet (or None: some people give none)."""
        while True:
            text = self._phone_text(chinese)
            if text is None:
                return None
            try:
                value = clean_phone(text)
            except ValidationError:
                continue
            if (
                value is None  # never: the text is not empty
                or value.e164 in self.phones
                or customer_store.by_phone(value.e164) is not None
            ):
                continue
            self.phones.add(value.e164)
            return text

    def company(self, chinese: bool) -> str:
        if chinese and self.rng.random() < 0.85 or not chinese and self.rng.random() < 0.2:
            suffix = "股份有限公司" if self.rng.random() < 0.2 else "有限公司"
            pick = self.rng.choice
            return pick(data.CITIES) + pick(data.BRANDS) + pick(data.TRADES) + suffix
        return (
            f"{self.rng.choice(data.EN_BRANDS)} {self.rng.choice(data.EN_TRADES)} "
            f"{self.rng.choice(data.EN_SUFFIXES)}"
        )

    def person(self, companies: list[str]) -> _Person:
        chinese = self.rng.random() < 0.75
        name = self.chinese_name() if chinese else self.english_name()
        kind = _pick(self.rng, {Kind.CONSUMER: 55, Kind.BUSINESS: 40, Kind.INTERNAL: 5})
        if kind is Kind.INTERNAL:
            company = self.rng.choice(data.INTERNAL_UNITS)
        elif kind is Kind.BUSINESS or self.rng.random() < 0.1:
            if companies and self.rng.random() < 0.5:
                company = self.rng.choice(companies)  # colleagues of someone on file
            else:
                company = self.company(chinese)
                companies.append(company)
        else:
            company = ""
        category = _pick(self.rng, data.CATEGORY_WEIGHTS)
        person = _Person(name, self.phone(chinese), company, kind, category)
        person.weight = data.VISIT_WEIGHT[category] * self.rng.paretovariate(2.0)
        return person

    # -- time -------------------------------------------------------------------------
    def local_at(self, day: date, hour: int, minute: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute).astimezone().astimezone(UTC)

    def past_visit(self, taken: set[tuple[int, date]], who: int) -> _Visit:
        """A visit in office hours over the last ``DAYS`` days, over at least 3 h ago."""
        latest = self.base - timedelta(hours=6)
        tries = 0
        while True:
            tries += 1
            day = self.today - timedelta(days=self.rng.randint(0, data.DAYS))
            if day.weekday() >= 5 and self.rng.random() > 0.3:
                continue
            at = self.local_at(day, self.rng.choice(data.HOURS), self.rng.randrange(60))
            # One visit a day per person, unless they have (nearly) used every day.
            if at > latest or ((who, day) in taken and tries < 500):
                continue
            taken.add((who, day))
            stay = timedelta(minutes=self.rng.randint(15, 150))
            return _Visit(at, check_out=at + stay)


def _staff(actor_id: int) -> tuple[_Desk, int]:
    """The demo staff (created when missing, reused when there); returns the desk and how
    many staff were added."""
    existing = {s.name: staff_view(s) for s in staff_store.all_staff(False)}
    desk = _Desk(receptionists=[], hosts={})
    added = 0
    for name, department, role in data.STAFF:
        row = existing.get(name)
        if row is None:
            row = put_staff_row(actor_id, name, department, role)
            added += 1
        if not row.active:
            continue
        if role is Role.RECEPTIONIST:
            desk.receptionists.append(row.id)
        else:
            desk.hosts.setdefault(department, []).append(row.id)
    desk.receptionists = desk.receptionists or [actor_id]
    return desk, added


def has_customers(actor_id: int) -> bool:
    """Whether the database has any customer yet (``demo --if-empty`` skips then)."""
    authorize(actor_id, Permission.SETTINGS)
    return customer_store.count() > 0


def generate(actor_id: int, customers: int = 300, visits: int = 1500, seed: int = 7) -> dict:
    """Add demo staff, ``customers`` customers and ``visits`` visits (6-10 of them still on
    site, checked in within the last three hours).

    Returns what was made: ``staff_added``, ``customers``, ``visits``, ``on_site``,
    ``category_changes`` and ``seconds``.
    """
    if customers < 0 or visits < 0:
        raise ValidationError("demo_size_negative", field="customers")
    if visits and not customers:
        raise ValidationError("demo_visits_alone", field="customers")
    actor = authorize(actor_id, Permission.SETTINGS)
    started = time.perf_counter()
    previous_clock = clock.get_clock()  # put back afterwards, whatever it was (tests freeze it)
    base = clock.now()
    gen = _Generator(seed, base)
    try:
        with transaction():
            desk, staff_added = _staff(actor.id)
            if not site_settings().set_up:
                put_site(data.SITE_NAME, data.SITE_KIND)
                kind = str(data.SITE_KIND)
                audit.record(clock.now(), actor.id, "settings.save", "setting", 0, site_kind=kind)
            people = _plan(gen, customers, visits)
            changes = _register(people, actor.id)
            past = _past_visits(gen, people, desk)
            on_site = _on_site_visits(gen, people, desk)
            purchases = add_archive(seed, people, desk.all_hosts, gen.today)
    finally:
        clock.set_clock(previous_clock)
    return {
        "staff_added": staff_added,
        "customers": len(people),
        "visits": past + on_site,
        "on_site": on_site,
        "category_changes": changes,
        "purchases": purchases,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _plan(gen: _Generator, customers: int, visits: int) -> list[_Person]:
    """Who comes when, decided before anything is written."""
    rng = gen.rng
    companies: list[str] = []
    people = [gen.person(companies) for _ in range(customers)]
    on_site = min(rng.randint(6, 10), visits, customers)
    taken: set[tuple[int, date]] = set()
    weights = [p.weight for p in people]
    for _ in range(visits - on_site):
        who = rng.choices(range(customers), weights=weights)[0]
        people[who].visits.append(gen.past_visit(taken, who))
    for who in rng.sample(range(customers), on_site):
        people[who].visits.append(_Visit(gen.base - timedelta(minutes=rng.randint(5, 180))))
    for person in people:
        person.visits.sort(key=lambda v: v.check_in)
        if person.visits:
            first = person.visits[0].check_in
            person.registered = first - timedelta(minutes=rng.randint(1, 30))
        else:
            person.registered = gen.base - timedelta(days=rng.uniform(0.1, data.DAYS))
        if person.category in data.REASONS and len(person.visits) >= 2:
            # Tagged VIP or problem half-way through their history, with a reason.
            middle = len(person.visits) // 2
            left = person.visits[middle - 1].check_out  # over: only the last can be on site
            if left is not None:
                person.changed_at = left + (person.visits[middle].check_in - left) / 2
                person.reason = rng.choice(data.REASONS[person.category])
    return people


def _at(moment: datetime) -> None:
    clock.set_clock(lambda: moment)


def _register(people: list[_Person], actor_id: int) -> int:
    """Register everyone in the order they first came; returns the category changes."""
    for person in sorted(people, key=lambda p: p.registered):
        _at(person.registered)
        person.id = register_customer(
            actor_id,
            name=person.name,
            phone=person.phone,
            company=person.company,
            kind=person.kind,
            category=person.category_at(person.registered),
        ).id
    changed = sorted(
        ((p.changed_at, p) for p in people if p.changed_at is not None), key=lambda c: c[0]
    )
    for changed_at, person in changed:
        _at(changed_at)
        change_category(actor_id, person.id, person.category, person.reason)
    return len(changed)


def _choose(gen: _Generator, category: Category, desk: _Desk) -> dict:
    """Purpose, host, receptionist, party size and note of one visit."""
    rng = gen.rng
    purpose = _pick(rng, data.PURPOSE_WEIGHTS[category])
    pool = desk.hosts.get(data.DEPARTMENT_FOR[purpose]) or desk.all_hosts
    return {
        "purpose": purpose,
        "host": rng.choice(pool) if pool and rng.random() < 0.95 else None,
        "receptionist": rng.choice(desk.receptionists),
        "party_size": clean_party_size(rng.choices((1, 2, 3, 4, 5), weights=(70, 18, 7, 3, 2))[0]),
        "note": clean_note(rng.choice(data.NOTES) if rng.random() < 0.12 else ""),
    }


def _past_visits(gen: _Generator, people: list[_Person], desk: _Desk) -> int:
    """Finished visits, written in bulk with the rules ``check_in``/``check_out`` apply:
    flow suggested by rule, codes from the counter, visit counts, playbook, audit."""
    past = sorted(
        ((v.check_in, p.id, p, v) for p in people for v in p.visits if v.check_out is not None),
        key=lambda t: (t[0], t[1]),
    )
    rows: list[dict] = []
    ticks: list[tuple[str, ...]] = []
    seen: dict[int, int] = {}
    for at, _, person, visit in past:
        category = person.category_at(at)
        fields = _choose(gen, category, desk)
        purpose = fields["purpose"]
        flow = suggest_flow(
            purpose=purpose,
            category=category,
            previous_visits=seen.get(person.id, 0),
            has_open_complaint=category is Category.PROBLEM,
        )
        seen[person.id] = seen.get(person.id, 0) + 1
        done = tuple(s.id for s in playbook(category, purpose) if gen.rng.random() < 0.8)
        ticks.append(done)
        rows.append(
            {
                **fields,
                "purpose": str(purpose),
                "flow": str(flow),
                "category": str(category),
                "customer": person.id,
                "checked_out_by": fields["receptionist"],
                "room": "",
                "status": str(VisitStatus.DONE),
                "station": str(Station.DESK),
                "check_in_at": at,
                "check_out_at": visit.check_out,
                "playbook_done": ",".join(done),
            }
        )
    _number(rows)
    ids = demo_store.insert_visits(rows)
    audit: list[tuple] = []
    for row, done in zip(rows, ticks, strict=True):
        vid, who = ids[row["code"]], row["receptionist"]
        audit.append(
            (
                row["check_in_at"],
                who,
                "visit.check_in",
                "visit",
                vid,
                {
                    "code": row["code"],
                    "purpose": row["purpose"],
                    "flow": row["flow"],
                    "station": row["station"],
                },
            )
        )
        audit.extend(
            (row["check_in_at"], who, "visit.playbook", "visit", vid, {"step": step, "done": True})
            for step in done
        )
        audit.append(
            (row["check_out_at"], who, "visit.check_out", "visit", vid, {"code": row["code"]})
        )
    demo_store.insert_audit(audit)
    totals: dict[int, tuple[int, datetime]] = {}
    for row in rows:
        count, _ = totals.get(row["customer"], (0, row["check_in_at"]))
        totals[row["customer"]] = (count + 1, row["check_in_at"])
    demo_store.add_visit_totals(totals)
    return len(rows)


def _number(rows: list[dict]) -> None:
    """Give each visit (in check-in order) its code from the month-day counter."""
    by_day: dict[date, list[dict]] = {}
    for row in rows:
        by_day.setdefault(clock.local(row["check_in_at"]).date(), []).append(row)
    for day, day_rows in by_day.items():
        first = demo_store.reserve_sequences(day_key(day), len(day_rows))
        for offset, row in enumerate(day_rows):
            row["code"] = format_visit_code(day, first + offset)


def _on_site_visits(gen: _Generator, people: list[_Person], desk: _Desk) -> int:
    """Today's visitors still here: checked in through the desk's own ``check_in``."""
    here = sorted(
        ((v.check_in, p) for p in people for v in p.visits if v.check_out is None),
        key=lambda t: t[0],
    )
    for at, person in here:
        _at(at)
        fields = _choose(gen, person.category_at(at), desk)
        who = fields.pop("receptionist")
        view = check_in(who, customer_id=person.id, host_id=fields.pop("host"), **fields)
        for step in playbook(view.category, view.purpose):
            if gen.rng.random() < 0.3:
                set_playbook_step(who, view.id, step.id, True)
    return len(here)
