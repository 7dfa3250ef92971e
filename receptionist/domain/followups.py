"""Follow-up and call-back tasks (回访): their kinds and statuses, and the rules that make
them, as pure functions from facts to the tasks wanted.

Every wanted task carries a ``rule_key`` naming the rule and its occasion
(``prospect_visit:<visit>``, ``complaint_closed:<complaint>``, ``care:<customer>:<period
start>``, ``callback:<customer>:<period start>``, ``birthday:<customer>:<year>``,
``anniversary:<special date>:<year>``, ``holiday:<day>:<customer>``): the store inserts a
task only when no task has that key, so running the rules again never makes one twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from .errors import ValidationError


class TaskKind(StrEnum):
    COMPLAINT_CALLBACK = "complaint_callback"
    PROSPECT_FOLLOW_UP = "prospect_follow_up"
    VIP_CARE = "vip_care"
    SATISFACTION_SURVEY = "satisfaction_survey"
    BIRTHDAY = "birthday_greeting"
    ANNIVERSARY = "anniversary_greeting"
    HOLIDAY = "holiday_greeting"
    WIN_BACK = "win_back"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class Rule(StrEnum):
    """The rules, each with a site setting: on or off, and its number of days."""

    PROSPECT_VISIT = "prospect_visit"  # days after the visit
    COMPLAINT_CLOSED = "complaint_closed"  # days after closing
    CARE = "care"  # on/off only: the tier's service standard sets the rhythm
    GREETING = "greeting"  # days ahead of a birthday or anniversary
    HOLIDAY = "holiday"  # days ahead of a public holiday
    CALLBACK = "callback"  # every N days for platinum and gold customers (定时回访)


DEFAULT_DAYS: dict[Rule, int] = {
    Rule.PROSPECT_VISIT: 3,
    Rule.COMPLAINT_CLOSED: 2,
    Rule.CARE: 0,
    Rule.GREETING: 7,
    Rule.HOLIDAY: 7,
    Rule.CALLBACK: 90,
}
DAYS_RANGE = (1, 366)
LOOKBACK_DAYS = 14  # an event older than this (visit, closed complaint) makes no task
LARGE_TIERS = ("platinum", "gold")
CARE_CATEGORIES = ("vip",)
HOLIDAY_CATEGORIES = ("vip", "existing")
ANNIVERSARY_KINDS = ("wedding", "founding")


@dataclass(frozen=True)
class RuleSetting:
    enabled: bool
    days: int


RuleSettings = Mapping[Rule, RuleSetting]


def default_settings() -> dict[Rule, RuleSetting]:
    return {rule: RuleSetting(True, days) for rule, days in DEFAULT_DAYS.items()}


def check_setting(rule: Rule, enabled: bool, days: int) -> RuleSetting:
    """A rule's setting, its days in range (the care rule has none: 0)."""
    if rule is Rule.CARE:
        return RuleSetting(bool(enabled), 0)
    shortest, longest = DAYS_RANGE
    if not shortest <= int(days) <= longest:
        raise ValidationError(
            "follow_up_days_invalid", field="days", shortest=shortest, longest=longest
        )
    return RuleSetting(bool(enabled), int(days))


@dataclass(frozen=True)
class WantedTask:
    rule_key: str
    kind: TaskKind
    customer_id: int
    due_on: date
    assignee_id: int | None
    visit_id: int | None = None
    complaint_id: int | None = None


# -- facts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProspectVisit:
    visit_id: int
    customer_id: int
    day: date  # the local day of the check-in
    host_id: int | None
    account_manager_id: int | None


@dataclass(frozen=True)
class ClosedComplaint:
    complaint_id: int
    customer_id: int
    closed_on: date
    handler_id: int | None
    account_manager_id: int | None


@dataclass(frozen=True)
class CareCustomer:
    customer_id: int
    category: str
    tier: str | None  # in the tiers in force now
    account_manager_id: int | None


@dataclass(frozen=True)
class SpecialDay:
    special_id: int
    customer_id: int
    kind: str
    month: int
    day: int
    account_manager_id: int | None


@dataclass(frozen=True)
class HolidayCustomer:
    customer_id: int
    account_manager_id: int | None


# -- the rules ------------------------------------------------------------------------------


def _on(settings: RuleSettings, rule: Rule) -> RuleSetting | None:
    setting = settings.get(rule, RuleSetting(True, DEFAULT_DAYS[rule]))
    return setting if setting.enabled else None


def prospect_follow_ups(
    visits: Iterable[ProspectVisit], today: date, settings: RuleSettings
) -> list[WantedTask]:
    """A prospect's visit: a follow-up some days later, by the host, else the account
    manager, else unassigned."""
    setting = _on(settings, Rule.PROSPECT_VISIT)
    if setting is None:
        return []
    return [
        WantedTask(
            f"prospect_visit:{v.visit_id}",
            TaskKind.PROSPECT_FOLLOW_UP,
            v.customer_id,
            v.day + timedelta(days=setting.days),
            v.host_id or v.account_manager_id,
            visit_id=v.visit_id,
        )
        for v in visits
        if v.day >= today - timedelta(days=LOOKBACK_DAYS)
    ]


def complaint_call_backs(
    complaints: Iterable[ClosedComplaint], today: date, settings: RuleSettings
) -> list[WantedTask]:
    """A closed complaint: a satisfaction call-back within some days, by someone other
    than its handler (the account manager when that is someone else, else unassigned)."""
    setting = _on(settings, Rule.COMPLAINT_CLOSED)
    if setting is None:
        return []
    wanted = []
    for c in complaints:
        if c.closed_on < today - timedelta(days=LOOKBACK_DAYS):
            continue
        manager = c.account_manager_id
        wanted.append(
            WantedTask(
                f"complaint_closed:{c.complaint_id}",
                TaskKind.COMPLAINT_CALLBACK,
                c.customer_id,
                c.closed_on + timedelta(days=setting.days),
                manager if manager != c.handler_id else None,
                complaint_id=c.complaint_id,
            )
        )
    return wanted


def period_start(today: date, every_days: int) -> date:
    """The start of the ``every_days``-long period ``today`` falls in (periods counted
    from day one of the calendar, so every run on any desk agrees)."""
    return date.fromordinal(today.toordinal() - (today.toordinal() - 1) % every_days)


def care_contacts(
    customers: Iterable[CareCustomer],
    today: date,
    settings: RuleSettings,
    contact_every: Mapping[str, int | None],
) -> list[WantedTask]:
    """A VIP, platinum or gold customer: a care contact once in each period of their
    tier's service standard (``contact_every``: tier -> days or None). A VIP without a
    platinum or gold tier is served at gold's rhythm."""
    if _on(settings, Rule.CARE) is None:
        return []
    wanted = []
    for c in customers:
        tier = c.tier if c.tier in LARGE_TIERS else None
        if tier is None and c.category not in CARE_CATEGORIES:
            continue
        every = contact_every.get(tier or "gold")
        if not every:
            continue
        start = period_start(today, every)
        wanted.append(
            WantedTask(
                f"care:{c.customer_id}:{start.isoformat()}",
                TaskKind.VIP_CARE,
                c.customer_id,
                today,
                c.account_manager_id,
            )
        )
    return wanted


def scheduled_call_backs(
    customers: Iterable[CareCustomer], today: date, settings: RuleSettings
) -> list[WantedTask]:
    """A large customer (platinum or gold): a satisfaction call-back every N days (定时回访)."""
    setting = _on(settings, Rule.CALLBACK)
    if setting is None:
        return []
    start = period_start(today, setting.days)
    return [
        WantedTask(
            f"callback:{c.customer_id}:{start.isoformat()}",
            TaskKind.SATISFACTION_SURVEY,
            c.customer_id,
            today,
            c.account_manager_id,
        )
        for c in customers
        if c.tier in LARGE_TIERS
    ]


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next (month, day) on or after ``today``; 29 February is the 28th in other years."""
    for year in (today.year, today.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            when = date(year, month, day - 1)
        if when >= today:
            return when
    raise AssertionError("unreachable")


def greetings(days: Iterable[SpecialDay], today: date, settings: RuleSettings) -> list[WantedTask]:
    """A birthday or an anniversary within some days: a greeting, due on the day."""
    setting = _on(settings, Rule.GREETING)
    if setting is None:
        return []
    wanted = []
    for d in days:
        if d.kind == "birthday":
            kind, key = TaskKind.BIRTHDAY, f"birthday:{d.customer_id}"
        elif d.kind in ANNIVERSARY_KINDS:
            kind, key = TaskKind.ANNIVERSARY, f"anniversary:{d.special_id}"
        else:
            continue
        when = next_occurrence(d.month, d.day, today)
        if when > today + timedelta(days=setting.days):
            continue
        wanted.append(
            WantedTask(f"{key}:{when.year}", kind, d.customer_id, when, d.account_manager_id)
        )
    return wanted


def holiday_greetings(
    holidays: Iterable[date],
    customers: Iterable[HolidayCustomer],
    today: date,
    settings: RuleSettings,
) -> list[WantedTask]:
    """Before each public holiday within some days: a greeting for each VIP and existing
    customer who agreed to be contacted, due the day before (today when that is past)."""
    setting = _on(settings, Rule.HOLIDAY)
    if setting is None:
        return []
    coming = [d for d in holidays if today <= d <= today + timedelta(days=setting.days)]
    people = list(customers)
    return [
        WantedTask(
            f"holiday:{day.isoformat()}:{c.customer_id}",
            TaskKind.HOLIDAY,
            c.customer_id,
            max(today, day - timedelta(days=1)),
            c.account_manager_id,
        )
        for day in coming
        for c in people
    ]


def only_active(tasks: Iterable[WantedTask], active_staff: set[int]) -> list[WantedTask]:
    """The tasks with an inactive assignee left unassigned."""
    return [t if t.assignee_id in active_staff else replace(t, assignee_id=None) for t in tasks]


# -- mainland China's public holidays (the first day of each; editable by the site) ----------

CHINA_HOLIDAYS: tuple[tuple[str, str], ...] = (
    ("2026-01-01", "元旦 New Year's Day"),
    ("2026-02-15", "春节 Spring Festival"),
    ("2026-04-04", "清明节 Qingming Festival"),
    ("2026-05-01", "劳动节 Labour Day"),
    ("2026-06-19", "端午节 Dragon Boat Festival"),
    ("2026-09-25", "中秋节 Mid-Autumn Festival"),
    ("2026-10-01", "国庆节 National Day"),
    # 2027: the festival days; adjust to the State Council's schedule once published.
    ("2027-01-01", "元旦 New Year's Day"),
    ("2027-02-06", "春节 Spring Festival"),
    ("2027-04-05", "清明节 Qingming Festival"),
    ("2027-05-01", "劳动节 Labour Day"),
    ("2027-06-09", "端午节 Dragon Boat Festival"),
    ("2027-09-15", "中秋节 Mid-Autumn Festival"),
    ("2027-10-01", "国庆节 National Day"),
)
HOLIDAY_NAME_MAX = 60
