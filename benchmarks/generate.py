"""A database of realistic data at a chosen size, reproducible from a seed.

    python -m benchmarks.generate --db /tmp/bench/full.sqlite3            # 1 M / 5 M
    python -m benchmarks.generate --db /tmp/x.sqlite3 --customers 50000 --visits 250000
    python -m benchmarks.generate --db postgresql://postgres@127.0.0.1:5432/bench  # new database

Default: 1,000,000 customers (80 % Chinese names of 2-3 characters, 20 % English names;
80 % mainland mobiles, 12 % landlines with area code, 8 % no phone; 55 % with one of
30,000 companies) and 5,000,000 visits over the five years before ``END``: each customer's
first visit is the day they were registered, the rest are repeat visits (a third of them
by a 2 % core of regulars), weekdays busier than weekends, office hours, local time.

Rows are written in bulk straight into the store's tables (registering a million customers
through the service would take hours; ``load.py``: SQLite inserts or PostgreSQL ``COPY``),
with the same derived data the services write:
search terms from ``domain.search`` (``name_terms`` / ``text_terms``), ``phone_search`` /
``phone_last4`` in the forms ``domain.validation.clean_phone`` gives (checked on a sample),
visit codes ``V-MMDD-NNNN`` with ``visit_code_counter`` consistent, each customer's
``visit_count`` / ``last_visit_at``, the category snapshot on each visit. Every generated
visit is over (``done``, 1 % ``cancelled`` after check-in); nobody is on site. Not
generated: the audit trail and the category history of the bulk rows.

Same seed and sizes, same database content (timestamps come from ``END``, not the clock).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from array import array
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from receptionist.domain import location
from receptionist.domain import search as rules
from receptionist.domain.validation import clean_phone

from . import load
from .load import generated_meta, loader

__all__ = ["generate", "generated_meta"]

DEFAULT_CUSTOMERS = 1_000_000
DEFAULT_VISITS = 5_000_000
END = date(2026, 11, 21)  # the last day with visits (fixed: reproducible)
YEARS = 5

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
    "陶黎贺顾毛郝龚邵万钱严"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红玉梅飞鹏宇浩然子轩欣怡梓涵雨辰"
    "思远佳琪晨曦俊文博婷雪慧晶颖琳鑫斌宁凯峰丹萍亮健燕桂芬波辉"
)
FIRST = (
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Susan",
    "William",
    "Emma",
    "Olivia",
    "Noah",
    "Liam",
    "Sophia",
    "Lucas",
    "Mia",
    "Ethan",
    "Chloe",
    "Daniel",
    "Sarah",
    "Thomas",
    "Laura",
    "Peter",
    "Anna",
    "Mark",
    "Julia",
    "Paul",
    "Kevin",
    "Grace",
    "Henry",
    "Alice",
    "Oliver",
    "Emily",
    "Jack",
    "Lily",
    "Samuel",
)
LAST = (
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Green",
    "Hall",
    "Wood",
    "Clarke",
    "Lee",
    "King",
    "Scott",
    "Young",
    "Baker",
    "Miller",
    "Moore",
    "Martin",
    "Anderson",
    "Jackson",
    "White",
    "Harris",
    "Thompson",
    "Clark",
    "Lewis",
    "Robinson",
    "Müller",
    "Schmidt",
    "Dubois",
    "Rossi",
    "Tanaka",
    "Kim",
    "Nguyen",
    "Garcia",
    "Martinez",
)
CITIES = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "南京",
    "成都",
    "武汉",
    "西安",
    "苏州",
    "天津",
    "重庆",
    "厦门",
    "青岛",
    "长沙",
    "郑州",
    "宁波",
    "合肥",
    "福州",
    "济南",
)
WORDS = (
    "星辰",
    "华信",
    "恒通",
    "远航",
    "博达",
    "鼎盛",
    "宏图",
    "瑞丰",
    "新创",
    "金桥",
    "天成",
    "汇智",
    "海纳",
    "联合",
    "科创",
    "盛世",
    "云帆",
    "智达",
    "明德",
    "东方",
    "中科",
    "长城",
    "振华",
    "永安",
    "百川",
    "九州",
    "安泰",
    "德力",
    "润和",
    "嘉禾",
)
TRADES = (
    "科技",
    "贸易",
    "物流",
    "电子",
    "医药",
    "建设",
    "文化",
    "咨询",
    "餐饮",
    "汽车",
    "能源",
    "教育",
    "传媒",
    "金融",
    "机械",
)
SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司", "有限责任公司")
LATIN_COMPANIES = (
    "Global Trading Ltd",
    "Pacific Logistics",
    "Northwind Foods",
    "Acme Engineering",
    "Blue River Consulting",
    "Summit Medical",
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
)
AREA_CODES = ("10", "21", "20", "755", "571", "25", "28", "27", "29", "512", "22", "23")
PURPOSES = (("sales", 45), ("after_sales", 30), ("relationship", 15), ("complaint", 10))
CATEGORIES = (("prospect", 56), ("existing", 40), ("vip", 3), ("problem", 1))

_CUSTOMER_COLUMNS = (
    "id",
    "name",
    "phone",
    "phone_search",
    "phone_last4",
    "email",
    "company",
    "title",
    "kind",
    "category",
    "account_manager_id",
    "source",
    "preferences",
    "notes",
    "consent",
    "customer_ref",
    "visit_count",
    "last_visit_at",
    "created_at",
    "updated_at",
)
_VISIT_COLUMNS = (
    "id",
    "code",
    "customer_id",
    "purpose",
    "flow",
    "category",
    "host_id",
    "receptionist_id",
    "checked_out_by_id",
    "party_size",
    "room",
    "note",
    "status",
    "station",
    "check_in_at",
    "check_out_at",
    "playbook_done",
)
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as store.models.UTCDateTimeField writes it
_FEEDBACK_COLUMNS = (
    "id",
    "visit_id",
    "overall",
    "attitude",
    "professionalism",
    "speed",
    "environment",
    "recommend",
    "comment",
    "source",
    "entered_by_id",
    "entered_at",
)
OVERALL = (1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5)
COMMENTS = ("等待时间太长", "服务很好，谢谢", "Very helpful host", "停车不方便", "环境不错")


def _feedback(rnd: random.Random, i: int, visit: int, staff: int, at: str | None) -> tuple:
    """A feedback card: overall 1-5 (mostly good), each other rating given 70 % of the
    time near it, a recommend score 80 % of the time, a comment on one card in ten."""
    overall = rnd.choice(OVERALL)

    def near() -> int | None:
        return max(1, min(5, overall + rnd.randint(-1, 1))) if rnd.random() < 0.7 else None

    recommend = max(0, min(10, 2 * overall + rnd.randint(-2, 0))) if rnd.random() < 0.8 else None
    comment = rnd.choice(COMMENTS) if rnd.random() < 0.1 else ""
    return (
        i,
        visit,
        overall,
        near(),
        near(),
        near(),
        near(),
        recommend,
        comment,
        "card",
        staff,
        at,
    )


def _weighted(rnd: random.Random, pairs) -> list[str]:
    """A list to ``rnd.choice`` from with the given weights (cheap in a hot loop)."""
    return [value for value, weight in pairs for _ in range(weight)]


def _phone(rnd: random.Random, i: int) -> tuple[str, str, str] | None:
    """(e164, phone_search, phone_last4) for customer ``i``: unique by construction."""
    roll = rnd.random()
    if roll < 0.08:
        return None
    if roll < 0.20:
        area = rnd.choice(AREA_CODES)
        local = f"{rnd.randint(2, 8)}{(i * 7_654_321 + 12_345) % 10**7:07d}"
        return f"+86{area}{local}", f"0{area}{local}", local[-4:]
    mobile = f"{rnd.choice(MOBILE_PREFIXES)}{(i * 48_271 + 9_973) % 10**8:08d}"
    return f"+86{mobile}", mobile, mobile[-4:]


def _name(rnd: random.Random) -> str:
    if rnd.random() < 0.80:
        return rnd.choice(SURNAMES) + "".join(
            rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2, 2)))
        )
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def _companies(rnd: random.Random, count: int) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < count:
        if rnd.random() < 0.03:
            names[f"{rnd.choice(LATIN_COMPANIES)} {len(names)}"] = None
        else:
            names[
                rnd.choice(CITIES)
                + rnd.choice(WORDS)
                + rnd.choice(WORDS)
                + rnd.choice(TRADES)
                + rnd.choice(SUFFIXES)
            ] = None
    return list(names)


def _check_phone_forms(rows: list[tuple]) -> None:
    """Generated phones must be the forms the service would store (a sample)."""
    for e164, search, last4 in rows:
        phone = clean_phone(e164)
        if phone is None or (phone.e164, phone.search, phone.last4) != (e164, search, last4):
            raise AssertionError(f"generated phone {e164} differs from clean_phone: {phone}")


def generate(
    where: str | Path,
    customers: int = DEFAULT_CUSTOMERS,
    visits: int = DEFAULT_VISITS,
    seed: int = 1,
    end: date = END,
    years: int = YEARS,
    quiet: bool = False,
    purchases: int = 0,
    feedback: float = 0.0,
) -> dict:
    """Build a new database ``where`` names: an SQLite file (which must not exist) or an
    empty PostgreSQL database; what was built, timed."""
    started = time.perf_counter()
    sink = loader(where)
    rnd = random.Random(seed)

    def note(step: str) -> None:
        if not quiet:
            print(
                json.dumps({"generate": step, "seconds": round(time.perf_counter() - started, 1)}),
                flush=True,
            )

    first_day = end - timedelta(days=365 * years + years // 4)
    days = (end - first_day).days + 1
    tz_now = datetime.now().astimezone().tzinfo  # the desk's local zone, as clock.local

    def at(day: date, seconds: int) -> datetime:
        local = datetime(day.year, day.month, day.day, tzinfo=tz_now) + timedelta(seconds=seconds)
        return local.astimezone(UTC)

    # -- staff: receptionists at the desk and hosts who receive visitors
    stamp0 = at(first_day - timedelta(days=30), 9 * 3600).strftime(_FORMAT)
    staff = [(1, "前台", "Front desk", "receptionist")]
    staff += [(i, f"前台{i}号", "Front desk", "receptionist") for i in range(2, 5)]
    hosts = []
    for i in range(5, 61):
        hosts.append(i)
        name = f"{rnd.choice(SURNAMES)}{rnd.choice(GIVEN)}{rnd.choice(GIVEN)}{i}"
        staff.append(
            (
                i,
                name,
                rnd.choice(("Sales", "Service", "Management")),
                rnd.choice(("host", "host", "manager")),
            )
        )
    sink.write(
        "staff",
        ("id", "name", "department", "role", "active", "created_at"),
        [s + (True, stamp0) for s in staff],
    )
    receptionists = [1, 1, 1, 2, 3, 4]
    # The dashboard's data (``feedback`` > 0): two named stations the visits record, and
    # feedback on that share of the done visits, drawn from a generator of their own so
    # that every other row is the same as without them.
    fb_rnd = random.Random(seed + 15)
    feedback_id = 0
    if feedback:
        sink.write(
            "station",
            ("id", "name", "kind", "location", "pin_hash", "pin_failures", "created_at"),
            [
                (1, "Front desk", "desk", "", "", 0, stamp0),
                (2, "Kiosk", "kiosk", "", "", 0, stamp0),
            ],
        )

    # -- customers, kept in memory until their visits are known
    companies = _companies(rnd, 30_000)
    people: list[tuple] = []
    phones_sample: list[tuple] = []
    category_pool = _weighted(rnd, CATEGORIES)
    for i in range(1, customers + 1):
        phone = _phone(rnd, i)
        if phone and len(phones_sample) < 300:
            phones_sample.append(phone)
        company = rnd.choice(companies) if rnd.random() < 0.55 else ""
        people.append((_name(rnd), phone, company, rnd.choice(category_pool)))
    _check_phone_forms(phones_sample)
    note("customers drawn")

    # -- visits, day by day (codes in check-in order, per local month-day)
    counts = array("i", bytes(4 * (customers + 1)))
    last_visit: list[str | None] = [None] * (customers + 1)
    created: list[str] = [""] * (customers + 1)
    counters: dict[str, int] = {}
    purposes = _weighted(rnd, PURPOSES)
    weights = [1.0 if (first_day + timedelta(days=d)).weekday() < 5 else 0.35 for d in range(days)]
    repeat_total = max(0, visits - customers)
    scale = repeat_total / sum(weights)
    regulars = max(1, customers // 50)
    visit_id = 0
    carry = 0.0
    repeats_done = 0
    budget_first = min(visits, customers)
    for d in range(days):
        day = first_day + timedelta(days=d)
        lo = d * customers // days + 1  # customers registered this day
        hi = (d + 1) * customers // days + 1
        carry += weights[d] * scale
        repeats = int(carry) if lo > 1 else 0  # nobody to come back on day one
        if d == days - 1:
            repeats = repeat_total - repeats_done  # exactly ``visits`` in all
        carry -= repeats
        repeats_done += repeats
        todays: list[tuple[int, int, bool]] = []  # (seconds, customer, first)
        for c in range(lo, hi):
            if c <= budget_first:
                todays.append((rnd.randint(30_600, 64_800), c, True))
            else:
                created[c] = at(day, 30_000).strftime(_FORMAT)
        if lo > 1:
            for _ in range(repeats):
                if rnd.random() < 0.33:
                    c = min(lo - 1, 1 + rnd.randrange(regulars) * 50)
                else:
                    c = rnd.randint(1, lo - 1)
                todays.append((rnd.randint(30_600, 64_800), c, False))
        todays.sort()
        key = f"{day.month:02d}{day.day:02d}"
        seq = counters.get(key, 0)
        rows = []
        for seconds, c, first in todays:
            seq += 1
            visit_id += 1
            check_in = at(day, seconds)
            check_in_text = check_in.strftime(_FORMAT)
            if first:
                created[c] = at(day, seconds - 60).strftime(_FORMAT)
            purpose = rnd.choice(purposes)
            if purpose == "complaint":
                flow = "complaint"
            elif first:
                flow = "initial"
            else:
                flow = "maintenance" if purpose == "after_sales" else "follow_up"
            roll = rnd.random()
            status = "done" if roll < 0.99 else "cancelled"  # checked in, then cancelled
            out = (
                (check_in + timedelta(minutes=rnd.randint(5, 150))).strftime(_FORMAT)
                if status == "done"
                else None
            )
            receptionist = rnd.choice(receptionists)
            rows.append(
                (
                    visit_id,
                    f"V-{key}-{seq:04d}",
                    c,
                    purpose,
                    flow,
                    "prospect" if first else people[c - 1][3],
                    rnd.choice(hosts) if rnd.random() < 0.7 else None,
                    receptionist,
                    receptionist if out else None,
                    1 if rnd.random() < 0.8 else rnd.randint(2, 6),
                    "",
                    "",
                    status,
                    "desk" if rnd.random() < 0.93 else "kiosk",
                    check_in_text,
                    out,
                    "",
                )
            )
            counts[c] += 1
            last_visit[c] = check_in_text
        counters[key] = seq
        if feedback:
            named = [row + (1 if row[13] == "desk" else 2,) for row in rows]
            sink.write("visit", _VISIT_COLUMNS + ("station_id",), named)
            answers = []
            for row in rows:
                if row[12] == "done" and fb_rnd.random() < feedback:
                    feedback_id += 1
                    answers.append(_feedback(fb_rnd, feedback_id, row[0], row[7], row[15]))
            sink.write("feedback", _FEEDBACK_COLUMNS, answers)
        else:
            sink.write("visit", _VISIT_COLUMNS, rows)
        if not quiet and d % 365 == 364:
            note(f"visits to {day} ({visit_id})")
    sink.write("visit_code_counter", ("day", "last"), sorted(counters.items()))
    note(f"visits written ({visit_id})")

    # -- customers and their search terms
    term_cache: dict[str, tuple[str, ...]] = {}
    seen_companies: set[str] = set()
    batch: list[tuple] = []
    terms: list[tuple[str, int]] = []
    company_terms: list[tuple[str, str]] = []
    for i, (name, phone, company, category) in enumerate(people, start=1):
        e164, search, last4 = phone or (None, None, None)
        made = created[i] or stamp0
        batch.append(
            (
                i,
                name,
                e164,
                search,
                last4,
                "",
                company,
                "",
                "business" if company else "consumer",
                category,
                None,
                "",
                "",
                "",
                False,
                "",
                counts[i],
                last_visit[i],
                made,
                last_visit[i] or made,
            )
        )
        found = term_cache.get(name)
        if found is None:
            found = term_cache[name] = tuple(rules.name_terms(name))
        terms.extend((t, i) for t in found)
        if company and company not in seen_companies:
            seen_companies.add(company)
            company_terms.extend((t, company) for t in rules.text_terms(company))
        if len(batch) >= 20_000:
            sink.write("customer", _CUSTOMER_COLUMNS, batch)
            sink.write("search_term", ("term", "customer_id"), terms)
            batch.clear()
            terms.clear()
    sink.write("customer", _CUSTOMER_COLUMNS, batch)
    sink.write("search_term", ("term", "customer_id"), terms)
    sink.write("company_term", ("term", "company"), company_terms)
    note("customers written")
    made_purchases = _purchases(sink, rnd, customers, purchases, first_day, end, stamp0, note)
    meta = {
        "customers": customers,
        "visits": visit_id,
        "purchases": made_purchases,
        "feedback": feedback_id,
        "seed": seed,
        "end": end.isoformat(),
        "years": years,
    }
    size_mb = sink.finish(meta)
    took = round(time.perf_counter() - started, 1)
    result = dict(meta, seconds=took, db_mb=size_mb)
    if not quiet:
        print(json.dumps({"generated": result}), flush=True)
    return result


_PURCHASE_COLUMNS = (
    "id",
    "customer_id",
    "purchased_on",
    "amount_cents",
    "note",
    "reference",
    "source",
    "created_at",
)
BUYERS = 0.6  # the share of customers who ever buy
SKEW = 3  # buyer index = n * u**SKEW: the top 1 % of buyers make ~20 % of purchases
REFUNDS = 0.03


def _purchases(sink, rnd, customers: int, total: int, first_day, end, stamp, note) -> int:
    """``total`` purchases over the days from ``first_day`` to ``end``, in date order
    (the covering index grows at its end): 60 % of customers buy, a few of them often
    (the buyer is drawn as ``n * u**3`` over a shuffled order of customers), amounts
    log-normal around ¥700 (bigger for the frequent buyers), 3 % refunds."""
    if not total or not customers:
        return 0
    buyers = list(range(1, customers + 1))
    rnd.shuffle(buyers)
    buyers = buyers[: max(1, int(customers * BUYERS))]
    n = len(buyers)
    days = (end - first_day).days + 1
    made = 0
    for d in range(days):
        day = (first_day + timedelta(days=d)).isoformat()
        count = (total * (d + 1)) // days - made
        rows = []
        for _ in range(count):
            made += 1
            index = int(n * rnd.random() ** SKEW)
            big = 1.0 + 4.0 * (index < n // 100)
            cents = int(rnd.lognormvariate(11.2, 1.1) * big)
            if rnd.random() < REFUNDS:
                cents = -(cents // 2)
            rows.append((made, buyers[index], day, cents, "", "", "import", stamp))
        sink.write("purchase", _PURCHASE_COLUMNS, rows)
        if d % 365 == 364:
            note(f"purchases to {day} ({made})")
    note(f"purchases written ({made})")
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        required=True,
        help="a new file, or postgresql://…/name: a new database (or an empty one)",
    )
    parser.add_argument("--customers", type=int, default=DEFAULT_CUSTOMERS)
    parser.add_argument("--visits", type=int, default=DEFAULT_VISITS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--purchases", type=int, default=0, help="purchases to add (tier benchmark: 10000000)"
    )
    parser.add_argument(
        "--feedback",
        type=float,
        default=0.0,
        help="share of done visits with feedback, and named stations (dashboard: 0.25)",
    )
    args = parser.parse_args(argv)
    if location.parse(args.db).is_postgresql:
        if load.has_tables(args.db):
            raise SystemExit(f"{load.database_name(args.db)!r} holds tables: name a new database")
        load.create_empty(args.db)
    generate(
        args.db,
        args.customers,
        args.visits,
        args.seed,
        purchases=args.purchases,
        feedback=args.feedback,
    )


if __name__ == "__main__":
    main()
