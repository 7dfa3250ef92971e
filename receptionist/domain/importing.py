"""The rules of importing customers and purchases from a table (CSV or Excel), pure.

A file's header row names its columns; each column is mapped to one *canonical field*
(``CUSTOMER_FIELDS`` / ``PURCHASE_FIELDS``) by its header (English or Chinese aliases,
``suggest``) or by the user (``map_columns``: ``--map 手机=phone``, the GUI's mapping
step). Each data row is then checked field by field; what a row gets wrong is a
``Problem``: its line in the file (the header is line 1), the field and a stable code
from ``messages.py``. Rows checked here know nothing of the database: duplicates of
stored customers are found by the service, which reads them in bulk.

Cells arrive as text (CSV) or typed (Excel: ``Decimal`` for numbers, ``date`` /
``datetime`` for dates); both are accepted for every field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from . import messages
from .enums import Category, Kind
from .errors import ValidationError
from .money import parse_amount
from .validation import (
    Phone,
    clean_company,
    clean_email,
    clean_name,
    clean_note,
    clean_notes,
    clean_phone,
    clean_text,
    clean_title,
)

REF_MAX = 60
SOURCE_MAX = 60
REFERENCE_MAX = 60
IGNORE = "-"  # ``--map COLUMN=-``: the column is not imported

Cell = str | int | Decimal | date | datetime | None


class ImportKind(StrEnum):
    """What a file holds."""

    CUSTOMERS = "customers"
    PURCHASES = "purchases"


CUSTOMER_FIELDS: tuple[str, ...] = (
    "name",
    "phone",
    "company",
    "title",
    "kind",
    "category",
    "email",
    "customer_ref",
    "source",
    "notes",
    "birthday",
)
PURCHASE_FIELDS: tuple[str, ...] = (
    "customer_ref",
    "name",
    "phone",
    "date",
    "amount",
    "note",
    "reference",
)
FIELDS = {ImportKind.CUSTOMERS: CUSTOMER_FIELDS, ImportKind.PURCHASES: PURCHASE_FIELDS}
# Fields a file must have a column for; for purchases also one of ``KEYS``.
REQUIRED = {ImportKind.CUSTOMERS: ("name",), ImportKind.PURCHASES: ("date", "amount")}
KEYS = ("customer_ref", "phone")

_COMMON_ALIASES = {
    "name": "name 姓名 名字 客户 客户名 客户名称 客户姓名 联系人 fullname customer customername",
    "phone": "phone 电话 手机 手机号 手机号码 电话号码 联系电话 联系方式 mobile tel telephone "
    "phonenumber cell cellphone",
    "customer_ref": "customer_ref 客户编号 客户号 客户代码 会员号 会员编号 customerref customerid "
    "customerno customernumber externalref ref",
}
_ALIASES: dict[ImportKind, dict[str, str]] = {
    ImportKind.CUSTOMERS: {
        **_COMMON_ALIASES,
        "company": "company 公司 公司名称 单位 工作单位 企业 organisation organization employer",
        "title": "title 职务 职位 称谓 头衔 position jobtitle",
        "kind": "kind 客户类型 类型 type customertype",
        "category": "category 客户分类 分类 类别 客户类别",
        "email": "email 邮箱 电子邮件 电子邮箱 e-mail mail",
        "source": "source 来源 渠道 来源渠道 客户来源 channel",
        "notes": "notes 备注 说明 note remarks remark comments",
        "birthday": "birthday 生日 出生日期 birthdate dateofbirth dob",
    },
    ImportKind.PURCHASES: {
        **_COMMON_ALIASES,
        "date": "date 日期 购买日期 消费日期 交易日期 下单日期 purchasedate purchasedon",
        "amount": "amount 金额 消费金额 购买金额 交易金额 实付金额 total sum",
        "note": "note 备注 说明 notes remark remarks",
        "reference": "reference 单号 订单号 单据号 流水号 orderno ordernumber invoice order",
    },
}


def _key(header: str) -> str:
    """A header as it is compared: full-width folded, case-folded, without spaces,
    underscores, hyphens and dots."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return re.sub(r"[\s_\-.]+", "", text)


_ALIAS_INDEX: dict[ImportKind, dict[str, str]] = {
    kind: {_key(alias): target for target, words in table.items() for alias in words.split()}
    for kind, table in _ALIASES.items()
}

# Kinds and categories as a file may write them: the code, its English or Chinese name.
_KIND_WORDS = {
    **{k.value: k for k in Kind},
    "消费者": Kind.CONSUMER,
    "个人": Kind.CONSUMER,
    "商业型": Kind.BUSINESS,
    "企业": Kind.BUSINESS,
    "企业内部客户": Kind.INTERNAL,
    "内部": Kind.INTERNAL,
}
_CATEGORY_WORDS = {
    **{c.value: c for c in Category},
    "潜在客户": Category.PROSPECT,
    "现有客户": Category.EXISTING,
    "vip客户": Category.VIP,
    "问题客户": Category.PROBLEM,
}
_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def suggest(headers: Sequence[str], kind: ImportKind) -> list[str | None]:
    """The canonical field each column's header names (None: none), each field once."""
    index = _ALIAS_INDEX[kind]
    taken: set[str] = set()
    fields: list[str | None] = []
    for header in headers:
        target = index.get(_key(header or ""))
        if target is None or target in taken:
            fields.append(None)
            continue
        taken.add(target)
        fields.append(target)
    return fields


def parse_map(items: Sequence[str]) -> dict[str, str]:
    """``SOURCE=TARGET`` pairs (the CLI's ``--map``) as a dict."""
    pairs: dict[str, str] = {}
    for item in items:
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise ValidationError("import_map_format", field="map")
        pairs[source.strip()] = target.strip()
    return pairs


def map_columns(
    headers: Sequence[str], kind: ImportKind, explicit: Mapping[str, str] | None = None
) -> list[str | None]:
    """Each column's field: the suggestion from its header, overridden by ``explicit``
    (source header -> field, or ``IGNORE``). Refused: a source that is no header, a
    target that is no field, two columns on one field, a required field with no column."""
    fields = FIELDS[kind]
    mapped: list[str | None] = list(suggest(headers, kind))
    keys = [_key(h or "") for h in headers]
    for source, target in (explicit or {}).items():
        if _key(source) not in keys:
            raise ValidationError("import_map_source", field="map", column=source)
        if target != IGNORE and target not in fields:
            raise ValidationError(
                "import_map_target", field="map", target=target, fields=", ".join(fields)
            )
        column = keys.index(_key(source))
        chosen = None if target == IGNORE else target
        if chosen is not None:  # the field moves to this column
            mapped = [None if f == chosen else f for f in mapped]
        mapped[column] = chosen
    check_mapping(mapped, kind)
    return mapped


def check_mapping(mapped: Sequence[str | None], kind: ImportKind) -> None:
    """Refuse a mapping with a field twice or a required field missing."""
    for name in FIELDS[kind]:
        if mapped.count(name) > 1:
            raise ValidationError("import_column_twice", field=name, target=name)
    for name in REQUIRED[kind]:
        if name not in mapped:
            raise ValidationError("import_column_missing", field=name, target=name)
    if kind is ImportKind.PURCHASES and not any(k in mapped for k in KEYS):
        raise ValidationError("import_key_column_missing", field="phone")


@dataclass(frozen=True)
class Problem:
    """Why a row cannot be imported: its line (header = 1), the field, a message code."""

    line: int
    field: str | None
    code: str
    params: dict = default(default_factory=dict)

    @property
    def message(self) -> str:
        return messages.message(self.code, self.params)

    def to_json(self) -> dict:
        return {"line": self.line, "field": self.field, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class SpecialDay:
    month: int
    day: int
    year: int | None


@dataclass(frozen=True)
class CustomerRow:
    line: int
    name: str
    phone: Phone | None
    company: str
    title: str
    kind: Kind
    category: Category
    email: str
    customer_ref: str
    source: str
    notes: str
    birthday: SpecialDay | None


@dataclass(frozen=True)
class PurchaseRow:
    line: int
    customer_ref: str
    phone: Phone | None
    name: str
    purchased_on: date
    amount_cents: int
    note: str
    reference: str


def cell_text(value: Cell) -> str:
    """A cell as text: a whole number without ``.0`` (Excel stores phones as numbers)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def is_blank_row(values: Sequence[Cell]) -> bool:
    return all(cell_text(v).strip() == "" for v in values)


class PhoneReader:
    """``clean_phone`` remembered per text: a purchases file repeats its customers."""

    def __init__(self) -> None:
        self._seen: dict[str, Phone | None | ValidationError] = {}

    def __call__(self, text: str) -> Phone | None:
        known = self._seen.get(text, ...)
        if known is ...:
            try:
                known = clean_phone(text)
            except ValidationError as err:
                known = err
            self._seen[text] = known
        if isinstance(known, ValidationError):
            raise known
        return known


def _date(value: Cell, birthday: bool = False) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _FULL_DATE.match(unicodedata.normalize("NFKC", cell_text(value)).strip())
    try:
        if match is None:
            raise ValueError
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValidationError(
            "import_birthday_invalid" if birthday else "import_date_invalid",
            field="birthday" if birthday else "date",
        ) from None


def _birthday(value: Cell) -> SpecialDay | None:
    text = unicodedata.normalize("NFKC", cell_text(value)).strip()
    if not text:
        return None
    match = _MONTH_DAY.match(text)
    if match is None:
        full = _date(value, birthday=True)
        return SpecialDay(full.month, full.day, full.year)
    month, day = int(match[1]), int(match[2])
    try:
        date(2000, month, day)  # a leap year: 29 February is a birthday
    except ValueError:
        raise ValidationError("import_birthday_invalid", field="birthday") from None
    return SpecialDay(month, day, None)


def _word(value: Cell) -> str:
    return unicodedata.normalize("NFKC", cell_text(value)).strip().casefold()


def _kind(value: Cell) -> Kind:
    word = _word(value)
    if word and word not in _KIND_WORDS:
        raise ValidationError("kind_invalid", field="kind")
    return _KIND_WORDS[word] if word else Kind.CONSUMER


def _category(value: Cell) -> Category:
    word = _word(value)
    if word and word not in _CATEGORY_WORDS:
        raise ValidationError("category_invalid", field="category")
    return _CATEGORY_WORDS[word] if word else Category.PROSPECT


# Optional text fields: an empty cell is "" without running its check (100,000 rows).
_OPTIONAL_TEXT = frozenset(
    {"company", "title", "email", "customer_ref", "source", "notes", "note", "reference"}
)


class _Checker:
    """Collects every problem of one row, field by field."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.problems: list[Problem] = []

    def __call__(self, name: str, check, *args):
        if name in _OPTIONAL_TEXT and args == ("",):  # an empty cell: nothing to check
            return ""
        try:
            return check(*args)
        except ValidationError as err:
            self.problems.append(Problem(self.line, name, err.code, dict(err.params)))
            return None


def _ref(text: str) -> str:
    return clean_text(text, field="customer_ref", maximum=REF_MAX, required=False)


def _source(text: str) -> str:
    return clean_text(text, field="source", maximum=SOURCE_MAX, required=False)


def _reference(text: str) -> str:
    return clean_text(text, field="reference", maximum=REFERENCE_MAX, required=False)


def check_customer(
    line: int, values: Mapping[str, Cell], phones: PhoneReader
) -> CustomerRow | list[Problem]:
    """A customer row, checked (``values``: field -> cell); or its problems."""
    text = {k: cell_text(v) for k, v in values.items()}
    check = _Checker(line)
    row = CustomerRow(
        line=line,
        name=check("name", clean_name, text.get("name", "")),
        phone=check("phone", phones, text.get("phone", "")),
        company=check("company", clean_company, text.get("company", "")),
        title=check("title", clean_title, text.get("title", "")),
        kind=check("kind", _kind, values.get("kind")),
        category=check("category", _category, values.get("category")),
        email=check("email", clean_email, text.get("email", "")),
        customer_ref=check("customer_ref", _ref, text.get("customer_ref", "")),
        source=check("source", _source, text.get("source", "")),
        notes=check("notes", clean_notes, text.get("notes", "")),
        birthday=check("birthday", _birthday, values.get("birthday")),
    )
    return check.problems or row


def _amount(value: Cell) -> int:
    if isinstance(value, Decimal | int):
        return parse_amount(format(Decimal(value), "f"))
    return parse_amount(cell_text(value))


def check_purchase(
    line: int, values: Mapping[str, Cell], phones: PhoneReader
) -> PurchaseRow | list[Problem]:
    """A purchase row, checked; or its problems. A row names its customer by reference
    or phone (``import_customer_key_missing`` otherwise)."""
    text = {k: cell_text(v) for k, v in values.items()}
    check = _Checker(line)
    name = text.get("name", "").strip()
    row = PurchaseRow(
        line=line,
        customer_ref=check("customer_ref", _ref, text.get("customer_ref", "")),
        phone=check("phone", phones, text.get("phone", "")),
        name=check("name", clean_name, name) if name else "",
        purchased_on=check("date", _date, values.get("date")),
        amount_cents=check("amount", _amount, values.get("amount")),
        note=check("note", clean_note, text.get("note", "")),
        reference=check("reference", _reference, text.get("reference", "")),
    )
    if not check.problems and not row.customer_ref and row.phone is None:
        check.problems.append(Problem(line, "customer_ref", "import_customer_key_missing"))
    return check.problems or row
