"""The archive half of the demo data (issue 12): preference tags, sources, account
managers, birthdays (a few of them this week, so the check-in glance has something to
say), and two years of purchases that the value tiers are computed from.

Drawn from its own random sequence after everything else, so the demo's customers and
visits stay what they were for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.enums import Category, Kind
from ..store import demo as demo_store
from . import clock
from . import demo_data as data


def add_archive(seed: int, people: list, hosts: list[int], today: date) -> int:
    """Fill the archive fields of ``people`` (``demo._Person`` with ids) and add their
    purchases; returns how many purchases were written."""
    rng = random.Random(seed * 7919 + 12)
    details: dict[int, dict] = {}
    dates: list[dict] = []
    purchases: list[dict] = []
    now = clock.now()
    for person in people:
        fields: dict = {}
        if rng.random() < 0.45:
            tags = rng.sample(data.PREFERENCE_TAGS, rng.randint(1, 2))
            fields["preference_tags"] = "\n".join(tags)
        if rng.random() < 0.15:
            fields["preferences"] = rng.choice(data.PREFERENCES)
        if rng.random() < 0.6:
            fields["source"] = rng.choice(data.SOURCES)
        if hosts and person.category in (Category.VIP, Category.EXISTING) and rng.random() < 0.7:
            fields["account_manager_id"] = rng.choice(hosts)
        fields["contact_consent"] = rng.random() < 0.7
        details[person.id] = fields
        if rng.random() < 0.5:
            # One in ten birthdays falls in the coming week.
            day = (
                today + timedelta(days=rng.randint(0, 6))
                if rng.random() < 0.1
                else date(2001, 1, 1) + timedelta(days=rng.randrange(365))
            )
            kind = "founding" if person.kind is Kind.BUSINESS and rng.random() < 0.2 else "birthday"
            year = rng.randint(1960, 2000) if kind == "birthday" and rng.random() < 0.6 else None
            dates.append(
                {
                    "customer": person.id,
                    "kind": kind,
                    "label": "",
                    "month": day.month,
                    "day": day.day,
                    "year": year,
                }
            )
        purchases.extend(_purchases(rng, person, today, now))
    # A few prospects bought something already: the first-purchase suggestion has work.
    prospects = [p for p in people if p.category is Category.PROSPECT]
    for person in rng.sample(prospects, min(3, len(prospects))):
        purchases.extend(_purchases(rng, person, today, now, count=1))
    demo_store.set_archive_fields(details)
    demo_store.insert_special_dates(dates)
    demo_store.insert_purchases(purchases)
    return len(purchases)


def _purchases(rng: random.Random, person, today: date, now, count: int | None = None) -> list:
    low, high = data.PURCHASES_PER_YEAR[person.category]
    rows = []
    for year in (today.year - 1, today.year):
        last = today if year == today.year else date(year, 12, 31)
        span = (last - date(year, 1, 1)).days
        times = count if count is not None else rng.randint(low, high)
        if count is not None and year != today.year:
            continue
        for _ in range(times):
            yuan = rng.choices(
                [a for a, _ in data.PURCHASE_AMOUNTS], weights=[w for _, w in data.PURCHASE_AMOUNTS]
            )[0]
            cents = int(yuan * rng.uniform(0.7, 1.4)) * 100
            rows.append(
                {
                    "customer": person.id,
                    "purchased_on": date(year, 1, 1) + timedelta(days=rng.randint(0, span)),
                    "amount_cents": cents,
                    "note": rng.choice(data.PURCHASE_NOTES),
                    "reference": "",
                    "source": "import",
                    "created_at": now,
                    "created_by": None,
                }
            )
    return rows
