"""Search at scale: build N customers fast, then time services.customers.search per
query kind. A first measurement of the search design (the full suite is issue 4).

    python -m benchmarks.search_scale --customers 1000000 --db /tmp/bench.sqlite3

Rows are written in bulk straight into the store's tables (the same terms the services
write, from ``domain.search``), because registering a million customers one by one
through the service would take an hour.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from receptionist.domain import search as rules
from receptionist.services import customers
from receptionist.store.connection import open_database
from receptionist.store.models import CompanyTerm, database

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红玉梅飞鹏宇浩然子轩欣怡梓涵雨辰思远佳琪晨曦俊"
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan", "William", "Emma", "Olivia", "Noah", "Liam", "Sophia", "Lucas", "Mia", "Ethan", "Chloe"]
LAST = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke", "Lee", "King", "Scott", "Young", "Baker"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "苏州", "天津", "重庆"]
WORDS = ["星辰", "华信", "恒通", "远航", "博达", "鼎盛", "宏图", "瑞丰", "新创", "金桥", "天成", "汇智", "海纳", "联合", "科创", "盛世", "云帆", "智达", "明德", "东方"]
TRADES = ["科技", "贸易", "物流", "电子", "医药", "建设", "文化", "咨询", "餐饮", "汽车"]

QUERIES = {
    "cjk_1": "王", "cjk_2": "王伟", "cjk_3": "王秀英", "pinyin_initials": "zw",
    "pinyin_full": "zhangw", "latin_prefix": "jam", "latin_two_words": "Smith s",
    "phone_prefix": "13800", "phone_last4": "5678", "company_cjk": "星辰科技",
    "company_common": "有限公司", "visit_code": "V-1122-0001", "no_match": "鑫",
}

_COLUMNS = ("id, name, phone, phone_search, phone_last4, email, company, title, kind, "
            "category, source, preferences, notes, consent, external_ref, visit_count, "
            "last_visit_at, created_at, updated_at")


def build(count: int, seed: int = 1) -> float:
    rnd = random.Random(seed)
    companies = [rnd.choice(CITIES) + rnd.choice(WORDS) + rnd.choice(TRADES) + "有限公司"
                 for _ in range(20000)]
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    started = time.perf_counter()
    seen_companies: set[str] = set()
    customers_rows: list[tuple] = []
    term_rows: list[tuple] = []

    def flush() -> None:
        marks = ",".join(["(" + ",".join("?" * 19) + ")"] * len(customers_rows))
        database.execute_sql(f"INSERT INTO customer ({_COLUMNS}) VALUES {marks}",
                             [x for row in customers_rows for x in row])
        for k in range(0, len(term_rows), 400):
            batch = term_rows[k:k + 400]
            database.execute_sql("INSERT OR IGNORE INTO search_term (term, customer_id) VALUES "
                                 + ",".join(["(?,?)"] * len(batch)),
                                 [x for row in batch for x in row])
        customers_rows.clear()
        term_rows.clear()

    with database.atomic():
        for i in range(1, count + 1):
            if rnd.random() < 0.75:
                name = rnd.choice(SURNAMES) + "".join(
                    rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
            else:
                name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            phone = "1" + rnd.choice("3589") + f"{(i * 7919) % 10**9:09d}"
            company = rnd.choice(companies) if rnd.random() < 0.6 else ""
            customers_rows.append((i, name, "+86" + phone, phone, phone[-4:], "", company, "",
                                   "consumer", "prospect", "", "", "", 0, "", 0, None,
                                   stamp, stamp))
            term_rows.extend((term, i) for term in rules.name_terms(name))
            if company and company not in seen_companies:
                seen_companies.add(company)
                (CompanyTerm.insert_many([(t, company) for t in rules.text_terms(company)],
                                         fields=[CompanyTerm.term, CompanyTerm.company])
                 .on_conflict_ignore().execute())
            if len(customers_rows) >= 5000:
                flush()
        if customers_rows:
            flush()
    return time.perf_counter() - started


def measure(runs: int) -> list[dict]:
    results = []
    for kind, query in QUERIES.items():
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            hits = customers.search(query).hits
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        results.append({"kind": kind, "query": query, "hits": len(hits),
                        "p50_ms": round(times[len(times) // 2], 2),
                        "p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
                        "max_ms": round(times[-1], 2)})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50000)
    parser.add_argument("--db", default="/tmp/receptionist-search-bench.sqlite3")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    path = Path(args.db)
    fresh = not path.exists()
    open_database(path)
    if fresh:
        print(json.dumps({"built_customers": args.customers,
                          "seconds": round(build(args.customers), 1)}))
    print(json.dumps({"db_mb": round(path.stat().st_size / 1e6)}))
    for row in measure(args.runs):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
