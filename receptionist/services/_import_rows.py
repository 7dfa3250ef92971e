"""The row work of an import (``imports.py``): progress and cancel over the rows,
checking them, writing new customers as registration does, and matching purchases to
customers. Called only by ``imports.py`` inside its checks and transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..domain import search as search_rules
from ..domain.enums import Category
from ..domain.errors import DeskError
from ..domain.importing import PhoneReader, Problem, PurchaseRow
from ..domain.validation import Phone
from ..store import imports as store
from . import clock
from ._tables import iter_chunks

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
WRITE_CHUNK = 1000


def _no_progress(done: int, total: int) -> None:
    return None


def _never() -> bool:
    return False


class Steps:
    """Progress over checking (first half) and writing (second half), and the cancel."""

    def __init__(self, rows: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(rows, 1) * 2
        self.progress = progress or _no_progress
        self.cancelled = cancelled or _never

    def at(self, done: int) -> None:
        if self.cancelled():
            raise DeskError("import_cancelled")
        self.progress(min(done, self.total), self.total)


def checked(rows, check, steps: Steps) -> tuple[list, list[Problem]]:
    phones = PhoneReader()
    good: list = []
    problems: list[Problem] = []
    for n, (line, values) in enumerate(rows):
        if n % WRITE_CHUNK == 0:
            steps.at(n)
        result = check(line, values, phones)
        if isinstance(result, list):
            problems.extend(result)
        else:
            good.append(result)
    return good, problems


def insert_new(actor_id: int, fields: list[dict], reason: str) -> list[int]:
    """New customers with their search terms and first category, as registration
    writes them; their ids in order."""
    ids = store.insert_customers(fields)
    store.add_search_terms(
        (term, cid)
        for cid, f in zip(ids, fields, strict=True)
        for term in search_rules.name_terms(f["name"])
    )
    companies = {f["company"] for f in fields if f["company"]}
    store.add_company_terms(
        (term, company) for company in companies for term in search_rules.text_terms(company)
    )
    store.add_category_changes(
        [
            {
                "customer": cid,
                "from_category": None,
                "to_category": f["category"],
                "reason": reason,
                "staff": actor_id,
                "changed_at": f["created_at"],
            }
            for cid, f in zip(ids, fields, strict=True)
        ]
    )
    return ids


@dataclass
class NewCustomer:
    line: int
    name: str
    ref: str
    phone: Phone | None
    id: int = 0


def match_purchases(
    rows: list[PurchaseRow], problems: list[Problem]
) -> tuple[dict[int, int | NewCustomer], list[NewCustomer], int]:
    """Each good row's customer (line -> stored id or a new customer), the new
    customers, and how many stored customers were matched; a row that can name nobody
    becomes a problem. A row's customer is the one with its ``customer_ref``, else the
    one with its phone, else a new customer, created once however many rows name it."""
    by_ref = store.ids_by_refs(r.customer_ref for r in rows if r.customer_ref)
    by_phone = store.ids_by_phones(r.phone.e164 for r in rows if r.phone)
    new_by_ref: dict[str, NewCustomer] = {}
    new_by_phone: dict[str, NewCustomer] = {}
    new: list[NewCustomer] = []
    owners: dict[int, int | NewCustomer] = {}
    matched: set[int] = set()
    for row in rows:
        phone = row.phone.e164 if row.phone else None
        if row.customer_ref in by_ref:
            owners[row.line] = by_ref[row.customer_ref]
        elif phone in by_phone:
            owners[row.line] = by_phone[phone]
        elif row.customer_ref in new_by_ref:
            owners[row.line] = new_by_ref[row.customer_ref]
        elif phone is not None and phone in new_by_phone:
            other = new_by_phone[phone]
            if row.customer_ref and other.ref != row.customer_ref:
                problems.append(
                    Problem(row.line, "phone", "import_phone_other_customer", {"line": other.line})
                )
                continue
            owners[row.line] = other
        elif not row.name:
            problems.append(Problem(row.line, "name", "import_name_missing"))
            continue
        else:
            person = NewCustomer(row.line, row.name, row.customer_ref, row.phone)
            new.append(person)
            if person.ref:
                new_by_ref[person.ref] = person
            if phone is not None:
                new_by_phone[phone] = person
            owners[row.line] = person
        owner = owners[row.line]
        if isinstance(owner, int):
            matched.add(owner)
    return owners, new, len(matched)


def write_purchases(
    actor_id: int,
    rows: list[PurchaseRow],
    owners: dict[int, int | NewCustomer],
    new: list[NewCustomer],
    steps: Steps,
) -> None:
    now = clock.now()
    for chunk in iter_chunks(new, WRITE_CHUNK):
        fields = [
            {
                "name": p.name,
                "phone": p.phone.e164 if p.phone else None,
                "phone_search": p.phone.search if p.phone else None,
                "phone_last4": p.phone.last4 if p.phone else None,
                "company": "",
                "kind": "consumer",
                "category": str(Category.PROSPECT),
                "customer_ref": p.ref,
                "created_at": now,
                "updated_at": now,
            }
            for p in chunk
        ]
        for person, cid in zip(chunk, insert_new(actor_id, fields, "imported"), strict=True):
            person.id = cid
    half = steps.total // 2
    for done, chunk in enumerate(iter_chunks(rows, WRITE_CHUNK)):
        steps.at(half + done * WRITE_CHUNK * half // max(len(rows), 1))
        store.add_purchases(
            [
                {
                    "customer": _id(owners[r.line]),
                    "purchased_on": r.purchased_on,
                    "amount_cents": r.amount_cents,
                    "note": r.note,
                    "reference": r.reference,
                    "source": "import",
                    "created_at": now,
                    "created_by": actor_id,
                }
                for r in chunk
            ]
        )
    steps.at(steps.total)


def _id(owner: int | NewCustomer) -> int:
    return owner if isinstance(owner, int) else owner.id
