"""Search as you type, per query kind, through ``services.customers.search`` (the call
the desk makes on each keystroke); floor: the bare index lookup for the same query and
the fetch of the rows it found, sent straight through the driver (``bare.py``: sqlite3,
or psycopg on a connection of its own to the same server).

Queries are drawn from the generated data (seeded): a varied set per kind, not one string
repeated.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import partial

from receptionist.domain import search as rules
from receptionist.services import customers

from .bare import Bare
from .common import DESK_ACTOR, measurement, timed

TARGET = {"p50_ms": 3.0, "p99_ms": 16.0, "ratio_p50": 40.0}
KINDS = (
    "cjk_1",
    "cjk_2",
    "cjk_3",
    "latin_prefix",
    "pinyin_initials",
    "phone_full",
    "phone_last4",
    "company_substring",
    "visit_code",
)
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def draw_queries(con: Bare, per_kind: int, seed: int) -> dict[str, list[str]]:
    """``per_kind`` realistic queries of each kind, taken from random customers/visits."""
    rnd = random.Random(seed)
    top = con.all("SELECT max(id) FROM customer")[0][0]
    queries: dict[str, list[str]] = {k: [] for k in KINDS}

    def full() -> bool:
        return all(len(queries[k]) >= per_kind for k in KINDS if k != "visit_code")

    while not full():
        ids = [rnd.randint(1, top) for _ in range(2000)]
        marks = ",".join("?" * len(ids))
        rows = con.all(
            f"SELECT name, company, phone_search, phone_last4 FROM customer WHERE id IN ({marks})",
            ids,
        )
        for name, company, phone, last4 in rows:
            if _CJK.match(name):
                start = 0 if rnd.random() < 0.7 else rnd.randrange(len(name))
                queries["cjk_1"].append(name[start])
                queries["cjk_2"].append(name[:2])
                if len(name) >= 3:
                    queries["cjk_3"].append(name[:3])
                syllables = rules.pinyin_syllables(name)
                queries["pinyin_initials"].append("".join(s[0] for s in syllables))
            else:
                word = rnd.choice(name.split())
                queries["latin_prefix"].append(word[: rnd.randint(2, 5)].lower())
            if phone:
                queries["phone_full"].append(phone)
                queries["phone_last4"].append(last4)
            han = "".join(c for c in company if _CJK.match(c))
            if len(han) >= 4:
                size = rnd.randint(2, 4)
                start = rnd.randrange(len(han) - size + 1)
                queries["company_substring"].append(han[start : start + size])
    top_visit = con.all("SELECT max(id) FROM visit")[0][0]
    ids = rnd.sample(range(1, top_visit + 1), min(per_kind, top_visit))
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        rows = con.all(f"SELECT code FROM visit WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        queries["visit_code"].extend(r[0] for r in rows)
    for kind in KINDS:
        rnd.shuffle(queries[kind])
        del queries[kind][per_kind:]
    return queries


def _floor(con: Bare, kind: str) -> Callable[[str], object]:
    """The bare index lookup the service's plan needs for one query of ``kind``, and the
    fetch of the rows it found."""

    def term(query: str) -> list:
        plan = rules.plan_query(query)
        return con.all(
            "SELECT customer_id FROM search_term WHERE term = ? ORDER BY customer_id DESC LIMIT 20",
            (plan.term,),
        )

    def company(query: str) -> list:
        names = con.all("SELECT company FROM company_term WHERE term = ? LIMIT 50", (query,))
        if not names:
            return []
        return con.all(
            "SELECT id FROM customer WHERE company = ? ORDER BY id DESC LIMIT 20", names[0]
        )

    def phone(query: str) -> list:
        upper = query[:-1] + chr(ord(query[-1]) + 1)
        return con.all(
            "SELECT id FROM customer WHERE phone_search >= ? AND "
            "phone_search < ? ORDER BY phone_search LIMIT 20",
            (query, upper),
        )

    def last4(query: str) -> list:
        return con.all(
            "SELECT id FROM customer WHERE phone_last4 = ? ORDER BY id DESC LIMIT 20", (query,)
        )

    def code(query: str) -> list:
        return con.all("SELECT customer_id FROM visit WHERE code = ?", (query,))

    lookup = {
        "company_substring": company,
        "phone_full": phone,
        "phone_last4": last4,
        "visit_code": code,
    }.get(kind, term)

    def lookup_and_fetch(query: str) -> list:
        """The lookup, then the rows a hit shows and whether each is on site: the least
        any search must do to show its results."""
        ids = [r[0] for r in lookup(query)]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = con.all(
            "SELECT id, name, phone, company, category, last_visit_at FROM customer "
            f"WHERE id IN ({marks})",
            ids,
        )
        con.all(
            f"SELECT customer_id FROM visit WHERE status = 'on_site' AND customer_id IN ({marks})",
            ids,
        )
        return rows

    return lookup_and_fetch


def run(where: str, report, per_kind: int = 1000, seed: int = 1) -> None:
    con = Bare(where, read_only=True)
    queries = draw_queries(con, per_kind, seed)
    for kind in KINDS:
        items = queries[kind]
        timed(partial(customers.search, DESK_ACTOR), items[:50])  # warm the caches a little
        hits: list[int] = []

        def search(query: str, found: list[int] = hits) -> None:
            found.append(len(customers.search(DESK_ACTOR, query).hits))

        ours = timed(search, items)
        floor_of = _floor(con, kind)
        timed(floor_of, items[:50])
        floor = timed(floor_of, items)
        report(
            measurement(
                "search",
                kind,
                ours,
                floor,
                TARGET,
                examples=items[:3],
                mean_hits=round(sum(hits) / len(hits), 1),
            )
        )
    con.close()
