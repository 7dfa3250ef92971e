"""Lost customers (流失客户分析): detection (a scheduled job or a manager's command), the
reviews with each customer's tier history and last contacts, the analysis (where they
went, why, can they be won back and by whom: a win-back task), the outcome, and the
report by reason and by competitor.

The report is for managers in the app and as a file; e-mailing it to the responsible
department's manager arrives with issue 14."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from ..domain import lost as rules
from ..domain.errors import Conflict, DeskError, NotFound, ValidationError
from ..domain.money import plain
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_text, mask_phone
from ..store import audit
from ..store import lost as store
from ..store import settings as settings_store
from ..store.connection import transaction
from . import clock
from ._tables import write_csv, write_xlsx
from .access import authorize
from .exports import EXPORT_FORMATS
from .lost_views import Detected, LostReport, LostSettings, ReportLine, ReviewView
from .notices import notify_win_back

COMPETITOR_MAX = 100
OUTCOME_MAX = 500
LIST_LIMIT = 500
LAST_VISITS = 3
SUGGESTIONS = 20
REVENUE_DAYS = 365  # "their last period": the year up to their last activity
_KEYS = ("lost_threshold_days", "lost_factor", "lost_win_back_days")


def lost_settings() -> LostSettings:
    """The detection threshold (days), the interval factor and the win-back task's delay."""
    saved = settings_store.get_many(list(_KEYS))
    try:
        checked = rules.check_rules(
            saved.get(_KEYS[0], rules.DEFAULT_THRESHOLD_DAYS),
            saved.get(_KEYS[1], rules.DEFAULT_FACTOR),
        )
    except ValidationError:
        checked = rules.LostRules()
    try:
        win_back = rules.check_win_back_days(saved.get(_KEYS[2], rules.DEFAULT_WIN_BACK_DAYS))
    except ValidationError:
        win_back = rules.DEFAULT_WIN_BACK_DAYS
    return LostSettings(checked.threshold_days, checked.factor, win_back)


def save_lost_settings(
    actor_id: int, threshold_days: int, factor: float, win_back_days: int
) -> LostSettings:
    """Set the detection rules and the win-back delay (admin)."""
    authorize(actor_id, Permission.SETTINGS)
    checked = rules.check_rules(threshold_days, factor)
    win_back_days = rules.check_win_back_days(win_back_days)
    with transaction():
        settings_store.put(_KEYS[0], str(checked.threshold_days))
        settings_store.put(_KEYS[1], str(checked.factor))
        settings_store.put(_KEYS[2], str(win_back_days))
        audit.record(
            clock.now(),
            actor_id,
            "settings.lost",
            "setting",
            0,
            threshold_days=checked.threshold_days,
            factor=checked.factor,
            win_back_days=win_back_days,
        )
    return LostSettings(checked.threshold_days, checked.factor, win_back_days)


def detect(actor_id: int) -> Detected:
    """Open a review for each customer newly detected as lost; a customer with a review
    in progress, or reviewed since their last activity, is not detected again."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    return _detect(actor_id)


def detect_scheduled() -> Detected:
    """The app's scheduled detection (no person acts): the same as ``detect``."""
    return _detect(None)


def _detect(actor_id: int | None) -> Detected:
    settings = lost_settings()
    checked = rules.LostRules(settings.threshold_days, settings.factor)
    now = clock.now()
    today = clock.local(now).date()
    with transaction():
        store.lock_detection()
        found = []
        for c in store.candidates(today, checked.threshold_days, checked.factor):
            rule = rules.rule_for(rules.Activity(c.days, c.last_on, c.median_gap), today, checked)
            if rule:
                found.append((c.customer_id, rule, c.last_on))
        ids = store.add_reviews(found, now)
        threshold = sum(1 for _, rule, _ in found if rule == rules.THRESHOLD)
        audit.record(
            now,
            actor_id,
            "lost.detect",
            "lost_review",
            0,
            created=len(ids),
            threshold=threshold,
            interval=len(ids) - threshold,
        )
    return Detected(ids, threshold, len(ids) - threshold)


def _views(rows: list[tuple]) -> list[ReviewView]:
    customers = sorted({row.customer_id for row, *_ in rows})
    tiers = store.tier_history(customers)
    visits = store.last_visits(customers, LAST_VISITS)
    bought = store.last_purchases(customers)
    return [
        ReviewView(
            id=row.id,
            customer_id=row.customer_id,
            name=name,
            phone=mask_phone(phone),
            erased=erased_at is not None,
            detected_at=row.detected_at,
            rule=row.rule,
            last_activity_on=row.last_activity_on,
            status=row.status,
            competitor=row.competitor,
            reason=row.reason,
            reason_note=row.reason_note,
            can_win_back=row.can_win_back,
            owner_id=row.owner_id,
            owner_name=owner,
            follow_up_id=row.follow_up_id,
            outcome=row.outcome,
            tiers=tiers.get(row.customer_id, []),
            last_visits=visits.get(row.customer_id, []),
            last_purchase=bought.get(row.customer_id),
        )
        for row, name, phone, erased_at, owner in rows
    ]


def reviews(actor_id: int, status: str | None = None, limit: int = LIST_LIMIT) -> list[ReviewView]:
    """The reviews, newest first (at most ``limit``), with each customer's tier
    history and last contacts (last visits, last purchase)."""
    authorize(actor_id, Permission.REPORTS)
    if status is not None and status not in rules.STATUSES:
        raise ValidationError("lost_status_invalid", field="status")
    return _views(store.reviews(status, limit))


def review(actor_id: int, review_id: int) -> ReviewView:
    """One review, as the list shows it."""
    authorize(actor_id, Permission.REPORTS)
    rows = store.reviews(None, 1, review_id)
    if not rows:
        raise NotFound("lost_review_unknown")
    return _views(rows)[0]


def competitor_suggestions(actor_id: int) -> list[str]:
    """The competitors named before, most named first."""
    authorize(actor_id, Permission.REPORTS)
    return store.competitors(SUGGESTIONS)


def _open_review(review_id: int):
    row = store.locked(review_id)
    if row is None:
        raise NotFound("lost_review_unknown")
    if row.status not in rules.ACTIVE:
        raise Conflict("lost_review_closed")
    return row


def analyse(
    actor_id: int,
    review_id: int,
    competitor: str,
    reason: str,
    reason_note: str = "",
    can_win_back: bool = False,
    owner_id: int | None = None,
) -> ReviewView:
    """Record where the customer went and why; when they can be won back, the owner gets
    a win-back task (due in the site's win-back days), linked to the review (analysing
    again moves that task to the new owner instead of making another)."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    name = clean_text(competitor, field="competitor", maximum=COMPETITOR_MAX, required=False)
    why = rules.check_reason(reason)
    note = clean_note(reason_note)
    if can_win_back and (owner_id is None or not store.active_staff(owner_id)):
        raise ValidationError("lost_owner_required", field="owner")
    now = clock.now()
    due = clock.local(now).date() + timedelta(days=lost_settings().win_back_days)
    with transaction():
        row = _open_review(review_id)
        follow_up_id = row.follow_up_id
        if can_win_back and owner_id is not None:
            if follow_up_id is None:
                follow_up_id = store.add_win_back(
                    row.customer_id, owner_id, due, rules.win_back_key(row.id), now, actor_id
                )
            else:
                store.reassign_win_back(follow_up_id, owner_id, due)
            notify_win_back(owner_id, row.customer.name, row.last_activity_on, row.id)
        store.save(
            row.id,
            competitor=name,
            reason=why,
            reason_note=note,
            can_win_back=bool(can_win_back),
            owner=owner_id if can_win_back else None,
            follow_up=follow_up_id,
            status=rules.ANALYSED,
            analysed_at=now,
            analysed_by=actor_id,
        )
        audit.record(
            now,
            actor_id,
            "lost.analyse",
            "lost_review",
            row.id,
            reason=why,
            can_win_back=bool(can_win_back),
            owner_id=owner_id if can_win_back else None,
            follow_up_id=follow_up_id,
        )
    return review(actor_id, review_id)


def close(actor_id: int, review_id: int, outcome: str, won_back: bool) -> ReviewView:
    """End the review: won back or lost for good, with what happened in words. Its
    win-back task, if still open, ends with it (done when won back, else skipped) with
    the same words, so that nobody keeps calling a customer the review has closed."""
    authorize(actor_id, Permission.FOLLOW_UPS)
    text = clean_text(outcome, field="outcome", maximum=OUTCOME_MAX, required=False)
    status = rules.closing_status(won_back)
    now = clock.now()
    with transaction():
        row = _open_review(review_id)
        store.save(row.id, status=status, outcome=text)
        audit.record(now, actor_id, "lost.close", "lost_review", row.id, status=status)
        if row.follow_up_id is not None:
            task_status = "done" if won_back else "skipped"
            if store.end_win_back(row.follow_up_id, task_status, text, now, actor_id):
                audit.record(
                    now,
                    actor_id,
                    f"follow_up.{task_status}",
                    "follow_up",
                    row.follow_up_id,
                    kind="win_back",
                )
    return review(actor_id, review_id)


def _lines(groups: dict[str, list[tuple[int, int]]]) -> list[ReportLine]:
    lines = [
        ReportLine(key, len(items), len({c for c, _ in items}), sum(r for _, r in items))
        for key, items in groups.items()
    ]
    return sorted(lines, key=lambda line: (-line.reviews, line.key))


def report(actor_id: int, since: date | str | None = None) -> LostReport:
    """Reviews detected since ``since`` (local day; all when None) by reason and by
    competitor: how many, how many customers, and the revenue lost (each customer's
    purchases in the year up to their last activity)."""
    authorize(actor_id, Permission.REPORTS)
    if isinstance(since, str):
        try:
            since = date.fromisoformat(since.strip())
        except ValueError:
            raise ValidationError("lost_since_invalid", field="since") from None
    start = clock.local_day_start(since) if since else None
    by_reason: dict[str, list[tuple[int, int]]] = {}
    by_competitor: dict[str, list[tuple[int, int]]] = {}
    for _, customer_id, reason, competitor, last_on in store.report_rows(start):
        revenue = store.revenue_before(customer_id, last_on, REVENUE_DAYS) if last_on else 0
        by_reason.setdefault(reason or "", []).append((customer_id, revenue))
        by_competitor.setdefault(competitor, []).append((customer_id, revenue))
    return LostReport(since, _lines(by_reason), _lines(by_competitor))


REPORT_HEADERS = ("grouping", "key", "reviews", "customers", "revenue_lost")


def _report_rows(made: LostReport) -> Iterator[list]:
    for grouping, lines in (("reason", made.by_reason), ("competitor", made.by_competitor)):
        for line in lines:
            yield [grouping, line.key, line.reviews, line.customers, plain(line.revenue_cents)]


def export_report(
    actor_id: int, path: str | Path, *, since: date | str | None = None, file_format: str = "csv"
) -> int:
    """Write the report (by reason, then by competitor) to ``path``; the rows written."""
    authorize(actor_id, Permission.EXPORT)
    if file_format not in EXPORT_FORMATS:
        raise ValidationError("export_format", field="format")
    made = report(actor_id, since)
    writer = write_xlsx if file_format == "xlsx" else write_csv
    try:
        count = writer(path, REPORT_HEADERS, _report_rows(made))
    except OSError:
        raise DeskError("export_write_failed", field="file") from None
    audit.record(
        clock.now(),
        actor_id,
        "lost.export_report",
        "lost_review",
        0,
        count=count,
        file_format=file_format,
        since=made.since.isoformat() if made.since else None,
    )
    return count
