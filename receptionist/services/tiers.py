"""Value tiers and stars per period (客观分级): recompute a period, show a result, the
runs kept (the year's adjustment catalogue), movements between periods, and the category
changes the tiers suggest (confirmed by staff, never applied silently)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable

from ..domain import tiers as rules
from ..domain.errors import Conflict, NotFound
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone
from ..store import audit
from ..store import tiers as store
from ..store.connection import transaction
from . import clock
from .access import allowed, authorize
from .customers import change_category
from .tier_settings import tier_settings
from .tier_views import Move, Movements, Suggestion, TierRow, TierRunView
from .views import StaffView

Progress = Callable[[int, int], None]

# What a confirmed suggestion records as the category change's reason (English, like a
# reason typed at the desk; the code and the period say the rest).
REASONS = {
    rules.SUGGEST_VIP: "Tier {tier} in {period}: suggested VIP",
    rules.SUGGEST_REVIEW: "VIP with tier {tier} in {period}: reviewed",
    rules.SUGGEST_EXISTING: "First purchase recorded: suggested existing customer",
}


class RecomputeCancelled(Conflict):
    """The person cancelled a recompute; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("tiers_recompute_cancelled")


def _period(period: str | None) -> rules.Period:
    kind = tier_settings().period_kind
    if period is None:
        return rules.period_of(clock.local(clock.now()).date(), kind)
    return rules.parse_period(period, kind)


def _run_view(row, who: str | None, counts: dict[str, int] | None = None) -> TierRunView:
    return TierRunView(
        row.id,
        row.period,
        row.starts_on,
        row.ends_on,
        row.computed_at,
        who,
        row.customers,
        bool(row.current),
        counts or {},
    )


def recompute(
    actor_id: int,
    period: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TierRunView:
    """Compute ``period``'s tiers and stars (default: the current year or quarter) and
    make them the period's result in force; the runs before are kept. One transaction:
    ``progress(done, total)`` is told as results are written; ``cancelled()`` true stops
    it and nothing is changed (``RecomputeCancelled``)."""
    actor = authorize(actor_id, Permission.TIERS)
    span = _period(period)
    settings = tier_settings()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise RecomputeCancelled

    now = clock.now()
    with transaction():
        activity = store.period_activity(span.starts_on, span.ends_on)
        check()
        placings = rules.place(activity, settings.shares)
        total = len(placings)
        if progress:
            progress(0, total)
        check()
        parameters = {
            "shares": list(settings.shares),
            "cutoffs": list(rules.cutoffs(total, settings.shares)),
            "stars": "rfm-quintiles-v1",
        }
        run_id = store.add_run(
            span.label, span.starts_on, span.ends_on, now, actor_id, total, json.dumps(parameters)
        )

        def written(done: int) -> None:
            if progress:
                progress(done, total)
            check()

        store.write_results(run_id, placings, written)
        counts = Counter(str(p.tier) for p in placings)
        audit.record(
            now,
            actor_id,
            "tiers.recompute",
            "tier_run",
            run_id,
            period=span.label,
            customers=total,
        )
    row = store.run(run_id)
    return _run_view(row, actor.name, {str(t): counts.get(str(t), 0) for t in rules.TIER_ORDER})


def _chosen_run(period: str | None, run_id: int | None):
    if run_id is not None:
        row = store.run(run_id)
        if row is None:
            raise NotFound("tier_run_unknown", field="run")
        return row
    label = _period(period).label
    row = store.current_run(label)
    if row is None:
        raise NotFound("tiers_not_computed", field="period", period=label)
    return row


def _phone_shown(actor: StaffView) -> Callable[[str | None], str]:
    """How phones are shown to ``actor``: whole with PHONE_FULL, else masked."""
    return display_phone if allowed(actor, Permission.PHONE_FULL) else mask_phone


def show(actor_id: int, period: str | None = None, run_id: int | None = None) -> list[TierRow]:
    """The period's result in force (or the run ``run_id``, current or older) by rank;
    phones masked unless the actor may see them whole."""
    phone = _phone_shown(authorize(actor_id, Permission.REPORTS))
    row = _chosen_run(period, run_id)
    return [
        TierRow(cid, ref, name, phone(tel), category, revenue, count, last, rank, tier, stars)
        for cid, ref, name, tel, category, revenue, count, last, rank, tier, stars in store.results(
            row.id
        )
    ]


def runs(actor_id: int, period: str | None = None) -> list[TierRunView]:
    """Every recompute kept (of ``period``), newest first: the adjustment catalogue."""
    authorize(actor_id, Permission.REPORTS)
    label = None if period is None else _period(period).label
    return [_run_view(row, who) for row, who in store.runs(label)]


def movements(actor_id: int, from_period: str, to_period: str) -> Movements:
    """Who went up, down, dropped out or is new between two periods' results in force."""
    phone = _phone_shown(authorize(actor_id, Permission.REPORTS))
    before = store.tiers_of(_chosen_run(from_period, None).id)
    after = store.tiers_of(_chosen_run(to_period, None).id)
    kinds: dict[str, list[tuple[int, str | None, str | None]]] = {
        rules.UP: [],
        rules.DOWN: [],
        rules.DROPPED: [],
        rules.NEW: [],
        rules.SAME: [],
    }
    for cid in sorted(before.keys() | after.keys()):
        kind = rules.movement(before.get(cid), after.get(cid))
        if kind is not None:
            kinds[kind].append((cid, before.get(cid), after.get(cid)))
    moved = [m for k in (rules.UP, rules.DOWN, rules.DROPPED, rules.NEW) for m in kinds[k]]
    people = store.customers_by_id(cid for cid, _, _ in moved)

    def moves(kind: str) -> tuple[Move, ...]:
        def key(m: tuple[int, str | None, str | None]) -> tuple:
            return (rules.tier_index(m[2]), rules.tier_index(m[1]), m[0])

        return tuple(
            Move(cid, people[cid][0], people[cid][1], phone(people[cid][2]), old, new)
            for cid, old, new in sorted(kinds[kind], key=key)
        )

    return Movements(
        _period(from_period).label,
        _period(to_period).label,
        moves(rules.UP),
        moves(rules.DOWN),
        moves(rules.DROPPED),
        moves(rules.NEW),
        len(kinds[rules.SAME]),
    )


def _suggestions(phone: Callable[[str | None], str]) -> list[Suggestion]:
    latest = store.latest_current_run()
    run_id, period = (latest.id, latest.period) if latest else (None, None)
    found = []
    for cid, category, tier, bought in store.suggestion_candidates(run_id):
        suggested = rules.suggestion_for(category, tier, bought)
        if suggested is not None:
            found.append((cid, category, tier, *suggested))
    people = store.customers_by_id(cid for cid, *_ in found)
    return [
        Suggestion(
            f"{cid}:{to}",
            cid,
            people[cid][0],
            people[cid][1],
            phone(people[cid][2]),
            category,
            to,
            reason,
            tier,
            period if reason != rules.SUGGEST_EXISTING else None,
        )
        for cid, category, tier, to, reason in found
    ]


def suggestions(actor_id: int) -> list[Suggestion]:
    """The category changes the tiers in force now suggest: platinum or gold and not VIP
    (→ VIP), a VIP at lead or without a tier (→ existing, for review), a prospect who has
    bought (→ existing). Each for staff to confirm."""
    return _suggestions(_phone_shown(authorize(actor_id, Permission.TIERS)))


def confirm_suggestions(actor_id: int, ids: Iterable[str] | None = None) -> list[Suggestion]:
    """Apply the suggestions named by ``ids`` (None: all of them), each as a category
    change with its reason, in one transaction. A suggestion that no longer applies
    refuses the whole confirmation (``suggestion_gone``): nothing is changed."""
    authorize(actor_id, Permission.TIERS)
    with transaction():
        current = {s.id: s for s in _suggestions(mask_phone)}
        wanted = list(current) if ids is None else list(dict.fromkeys(ids))
        gone = [i for i in wanted if i not in current]
        if gone:
            raise Conflict("suggestion_gone", field="suggestion")
        done = []
        for sid in wanted:
            s = current[sid]
            reason = REASONS[s.reason].format(tier=s.tier or "none", period=s.period)
            change_category(actor_id, s.customer_id, s.suggested, reason)
            done.append(s)
    return done
