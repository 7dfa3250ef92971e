"""The follow-up rules' site settings (on or off, and their days) and the public holiday
calendar they read (mainland China's 2026 and 2027 holidays until the site edits it),
and running the rules: at the desk's start and daily (acting as the system), or from the
command line (FOLLOW_UPS). Running them twice makes nothing twice."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import followups as rules
from ..domain.errors import ValidationError
from ..domain.followups import Rule, RuleSetting
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..store import audit
from ..store import followups as store
from ..store import settings as settings_store
from ..store.connection import transaction
from . import clock
from .access import authorize
from .tier_settings import service_standards

_RULES_KEY = "follow_up_rules"
_SEEDED_KEY = "follow_up_holidays_seeded"


@dataclass(frozen=True)
class RulesReport:
    """What a run of the rules made: the new tasks' ids and their count per kind."""

    task_ids: tuple[int, ...]
    by_kind: dict[str, int]

    @property
    def count(self) -> int:
        return len(self.task_ids)

    def to_json(self) -> dict:
        return {"made": self.count, "by_kind": dict(self.by_kind), "task_ids": list(self.task_ids)}


def _saved_settings() -> dict[Rule, RuleSetting]:
    found = rules.default_settings()
    text = settings_store.get_many([_RULES_KEY]).get(_RULES_KEY)
    try:
        saved = json.loads(text) if text else {}
    except ValueError:
        saved = {}
    for rule in Rule:
        entry = saved.get(str(rule)) if isinstance(saved, dict) else None
        if isinstance(entry, dict):
            try:
                found[rule] = rules.check_setting(
                    rule, bool(entry.get("enabled", True)), int(entry.get("days", 0))
                )
            except (ValidationError, TypeError, ValueError):
                continue
    return found


def rule_settings(actor_id: int) -> dict[Rule, RuleSetting]:
    """Each rule: on or off, and its days."""
    authorize(actor_id, Permission.SETTINGS)
    return _saved_settings()


def save_rule_settings(
    actor_id: int, changes: Mapping[str | Rule, tuple[bool, int]]
) -> dict[Rule, RuleSetting]:
    """Turn rules on or off and set their days (``{rule: (enabled, days)}``)."""
    authorize(actor_id, Permission.SETTINGS)
    with transaction():
        current = _saved_settings()
        for name, (enabled, days) in changes.items():
            try:
                rule = Rule(name)
            except ValueError:
                raise ValidationError("follow_up_rule_unknown", field="rule") from None
            current[rule] = rules.check_setting(rule, enabled, days)
        body = {str(r): {"enabled": s.enabled, "days": s.days} for r, s in current.items()}
        settings_store.put(_RULES_KEY, json.dumps(body, sort_keys=True))
        audit.record(clock.now(), actor_id, "settings.follow_up_rules", "setting", 0, rules=body)
    return current


# -- the holiday calendar -------------------------------------------------------------------


def _seed_holidays(actor_id: int | None) -> None:
    """Mainland China's holidays, once per database (a site that empties its calendar
    keeps it empty)."""
    if settings_store.get_many([_SEEDED_KEY]):
        return
    with transaction():
        settings_store.put_new(_SEEDED_KEY, "1")
        if store.holidays():
            return
        store.seed_holidays((date.fromisoformat(day), name) for day, name in rules.CHINA_HOLIDAYS)
        audit.record(
            clock.now(),
            actor_id,
            "settings.holidays",
            "setting",
            0,
            holidays=len(rules.CHINA_HOLIDAYS),
            source="default",
        )


def holidays(actor_id: int) -> list[tuple[date, str]]:
    """The site's public holidays, in date order."""
    authorize(actor_id, Permission.SETTINGS)
    _seed_holidays(actor_id)
    return [(h.day, h.name) for h in store.holidays()]


def _clean_holiday(day: date | str, name: str) -> tuple[date, str]:
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day.strip())
        except ValueError:
            raise ValidationError("holiday_day_invalid", field="day") from None
    cleaned = clean_text(name, field="holiday_name", maximum=rules.HOLIDAY_NAME_MAX, required=True)
    return day, cleaned


def save_holidays(actor_id: int, days: Sequence[tuple[date | str, str]]) -> list[tuple[date, str]]:
    """Replace the calendar (one row per holiday: its first day and name)."""
    authorize(actor_id, Permission.SETTINGS)
    cleaned = dict(_clean_holiday(day, name) for day, name in days)
    calendar = sorted(cleaned.items())
    with transaction():
        settings_store.put(_SEEDED_KEY, "1")
        store.replace_holidays(calendar)
        audit.record(
            clock.now(), actor_id, "settings.holidays", "setting", 0, holidays=len(calendar)
        )
    return calendar


# -- running the rules ----------------------------------------------------------------------


def _wanted(today: date) -> list[rules.WantedTask]:
    settings = _saved_settings()
    since = clock.local_day_start(today - timedelta(days=rules.LOOKBACK_DAYS))
    visits = [
        rules.ProspectVisit(vid, cid, clock.local(at).date(), host, manager)
        for vid, cid, at, host, manager in store.prospect_visits(since)
    ]
    complaints = [
        rules.ClosedComplaint(kid, cid, clock.local(at).date(), handler, manager)
        for kid, cid, at, handler, manager in store.closed_complaints(since)
    ]
    large = [rules.CareCustomer(*row) for row in store.care_customers()]
    every = {s.tier: s.contact_every_days for s in service_standards()}
    ahead = today + timedelta(days=settings[Rule.GREETING].days)
    months = sorted({today.month, ahead.month, (today + timedelta(days=1)).month})
    specials = [rules.SpecialDay(*row) for row in store.special_days(months)]
    holiday_list = store.holiday_days(today, today + timedelta(days=settings[Rule.HOLIDAY].days))
    greeted = [rules.HolidayCustomer(*row) for row in store.holiday_customers()]
    wanted = [
        *rules.prospect_follow_ups(visits, today, settings),
        *rules.complaint_call_backs(complaints, today, settings),
        *rules.care_contacts(large, today, settings, every),
        *rules.scheduled_call_backs(large, today, settings),
        *rules.greetings(specials, today, settings),
        *rules.holiday_greetings(holiday_list, greeted, today, settings),
    ]
    return rules.only_active(wanted, store.active_staff_ids())


def _run(actor_id: int | None) -> RulesReport:
    _seed_holidays(actor_id)
    now = clock.now()
    with transaction():
        wanted = _wanted(clock.local(now).date())
        made = store.insert_new(wanted, now, actor_id)
        kinds = {t.rule_key: str(t.kind) for t in wanted}
        by_kind: dict[str, int] = {}
        for row in store.rows(made):
            kind = kinds[str(row.rule_key)]
            by_kind[kind] = by_kind.get(kind, 0) + 1
        audit.record(now, actor_id, "follow_ups.run", "setting", 0, made=len(made), **by_kind)
    return RulesReport(tuple(made), by_kind)


def run_rules(actor_id: int) -> RulesReport:
    """Run every rule now (the command line's ``followups run-rules``)."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    return _run(actor_id)


def run_scheduled_rules() -> RulesReport:
    """The desk's job (at start and daily), acting as the system: audited with no staff."""
    return _run(None)
