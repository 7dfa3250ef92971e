"""Importing customers and purchases from CSV and Excel files (services.imports): every
rejection named by its line, a dry run and a refused file write nothing, --skip-bad,
matching purchases to customers, mapping, cancelling."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from receptionist.domain.errors import DeskError, ValidationError
from receptionist.services import customers, imports, privacy
from receptionist.store.models import AuditEntry, Customer, Purchase, SpecialDate


def write(tmp_path, text: str, name: str = "file.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rejected(report) -> list[tuple[int, str | None, str]]:
    return [(p.line, p.field, p.code) for p in report.rejected]


CUSTOMERS = (
    "name,phone,company,kind,category,customer_ref,birthday,email\n"
    "张伟,13800138000,星辰汽车,business,vip,C-1,1985-03-07,zw@example.com\n"  # 2 good
    ",13800138001,,,,,,\n"  # 3 empty name
    "Li Lei,12345,,,,,,\n"  # 4 bad phone
    "Wang Fang,138 0013 8000,,,,,,\n"  # 5 phone repeated (line 2)
    "Zhao Min,13900139000,,,,,,\n"  # 6 phone stored
    "Qian Li,,,,,C-1,,\n"  # 7 ref repeated (line 2)
    "Sun Yu,,,,,STORED-9,,\n"  # 8 ref stored
    "Zhou Jie,,,,,,1985-02-30,\n"  # 9 bad date
    "Wu Ming,,,robot,,,,\n"  # 10 bad kind
    "Zheng Ke,,,,gold,,,\n"  # 11 bad category
    "\n"  # 12 blank: skipped, still counted
    "Feng Lan,13700137000,,,,,07-15,\n"  # 13 good, birthday without a year
)


@pytest.fixture
def stored(admin):
    """A customer already in the archive: phone 139 0013 9000, reference STORED-9."""
    view = customers.register_customer(admin.id, name="Stored One", phone="13900139000")
    Customer.update(customer_ref="STORED-9").where(Customer.id == view.id).execute()
    return view


EXPECTED = [
    (3, "name", "name_required"),
    (4, "phone", "phone_too_short"),
    (5, "phone", "import_phone_repeated"),
    (6, "phone", "import_phone_stored"),
    (7, "customer_ref", "import_ref_repeated"),
    (8, "customer_ref", "import_ref_stored"),
    (9, "birthday", "import_birthday_invalid"),
    (10, "kind", "kind_invalid"),
    (11, "category", "category_invalid"),
]


def test_a_dry_run_names_every_bad_row_by_its_line_and_writes_nothing(
    admin, stored, tmp_path, table_counts
):
    path = write(tmp_path, CUSTOMERS)
    before = table_counts()
    report = imports.import_customers(admin.id, path, dry_run=True)
    assert rejected(report) == EXPECTED
    assert report.rows_read == 11 and report.imported == 2
    assert not report.written
    assert table_counts() == before
    assert report.rejected[1].params == {"digits": 11}  # no personal data
    assert "line 2" in report.rejected[2].message  # the repeated phone's first line
    assert json.loads(json.dumps(report.to_json()))["rejected"][0] == {
        "line": 3,
        "field": "name",
        "code": "name_required",
        "message": "Name is required.",
    }


def test_a_file_with_a_bad_row_is_refused_whole(admin, stored, tmp_path, table_counts):
    before = table_counts()
    report = imports.import_customers(admin.id, write(tmp_path, CUSTOMERS))
    assert report.refused and not report.written
    assert rejected(report) == EXPECTED
    assert report.imported == 0
    assert table_counts() == before


def test_skip_bad_imports_the_good_rows_searchable_like_registered_ones(admin, stored, tmp_path):
    report = imports.import_customers(admin.id, write(tmp_path, CUSTOMERS), skip_bad=True)
    assert report.written and not report.refused
    assert report.imported == report.customers_created == 2
    assert rejected(report) == EXPECTED
    zhang = Customer.get(Customer.customer_ref == "C-1")
    assert (zhang.name, zhang.phone, zhang.company) == ("张伟", "+8613800138000", "星辰汽车")
    assert (zhang.kind, zhang.category, zhang.email) == ("business", "vip", "zw@example.com")
    assert [h.id for h in customers.search(admin.id, "张伟").hits] == [zhang.id]
    assert [h.id for h in customers.search(admin.id, "zw").hits] == [zhang.id]  # pinyin
    assert [h.id for h in customers.search(admin.id, "星辰").hits] == [zhang.id]  # company
    days = {(d.customer_id, d.kind, d.month, d.day, d.year) for d in SpecialDate.select()}
    feng = Customer.get(Customer.name == "Feng Lan")
    assert days == {(zhang.id, "birthday", 3, 7, 1985), (feng.id, "birthday", 7, 15, None)}
    [entry] = AuditEntry.select().where(AuditEntry.action == "customer.import")
    details = json.loads(entry.details)
    assert details == {"rows": 11, "imported": 2, "rejected_rows": 9}


def test_a_chinese_excel_csv_in_gb18030_with_semicolons_maps_itself(admin, tmp_path):
    text = (
        "姓名;手机;公司;职务;客户编号;生日;备注\n"
        "李娜;139-0013-9001;长江贸易;经理;K7;1990/5/6;老客户\n"
    )
    report = imports.import_customers(admin.id, write(tmp_path, text, encoding="gb18030"))
    assert report.imported == 1, rejected(report)
    row = Customer.get(Customer.customer_ref == "K7")
    assert (row.name, row.phone, row.company, row.title, row.notes) == (
        "李娜",
        "+8613900139001",
        "长江贸易",
        "经理",
        "老客户",
    )


def test_a_utf8_file_with_a_byte_order_mark_and_a_cell_over_two_lines(admin, tmp_path):
    text = '\ufeffname,notes,phone\nAnn,"first\nsecond",\nBob,,123\n'
    report = imports.import_customers(admin.id, write(tmp_path, text), dry_run=True)
    assert rejected(report) == [(4, "phone", "phone_too_short")]  # Ann spans lines 2-3


def test_an_excel_file_with_numbers_and_real_dates(admin, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "Birthday", "Customer Ref"])
    sheet.append(["Excel Person", 13800138002, date(1979, 12, 24), 1001])
    sheet.append([None, None, None, None])
    sheet.append(["Bad Date", None, "24.13.1979", None])
    path = tmp_path / "people.xlsx"
    book.save(path)
    report = imports.import_customers(admin.id, path, skip_bad=True)
    assert rejected(report) == [(4, "birthday", "import_birthday_invalid")]
    row = Customer.get(Customer.name == "Excel Person")
    assert (row.phone, row.customer_ref) == ("+8613800138002", "1001")
    assert SpecialDate.get(SpecialDate.customer == row.id).year == 1979


def test_columns_are_mapped_by_hand(admin, tmp_path):
    text = "Kunde,Handy,Firma\nKarl,13800138003,Auto AG\n"
    path = write(tmp_path, text)
    with pytest.raises(ValidationError) as info:
        imports.import_customers(admin.id, path)
    assert info.value.code == "import_column_missing" and info.value.field == "name"
    report = imports.import_customers(
        admin.id, path, mapping={"Kunde": "name", "Handy": "phone", "Firma": "-"}
    )
    assert report.imported == 1
    row = Customer.get(Customer.name == "Karl")
    assert (row.phone, row.company) == ("+8613800138003", "")
    for mapping, code in (
        ({"Nope": "name"}, "import_map_source"),
        ({"Kunde": "shoe_size"}, "import_map_target"),
    ):
        with pytest.raises(ValidationError) as info:
            imports.import_customers(admin.id, path, mapping=mapping, dry_run=True)
        assert info.value.code == code


def test_the_preview_suggests_fields_and_shows_samples(admin, tmp_path):
    path = write(tmp_path, "姓名,电话,Colour\n甲,13800138000,red\n乙,,blue\n")
    preview = imports.preview_import(admin.id, path, "customers")
    assert preview.headers == ("姓名", "电话", "Colour")
    assert preview.suggested == ("name", "phone", None)
    assert preview.samples[2] == ("red", "blue")
    assert preview.rows == 2


def test_other_files_are_refused_with_a_sentence(admin, tmp_path):
    for path, code in (
        (write(tmp_path, "x", "people.txt"), "import_file_type"),
        (tmp_path / "missing.csv", "import_file_unreadable"),
        (write(tmp_path, "", "empty.csv"), "import_file_empty"),
        (write(tmp_path, "not a zip", "broken.xlsx"), "import_file_unreadable"),
    ):
        with pytest.raises(DeskError) as info:
            imports.import_customers(admin.id, path)
        assert info.value.code == code


# -- purchases ---------------------------------------------------------------------------

PURCHASES = (
    "customer_ref,name,phone,date,amount,note,reference\n"
    "STORED-9,,,2026-01-05,1280.50,,INV-1\n"  # 2 by reference
    ",,139 0013 9000,2026-02-01,-20,refund,\n"  # 3 by phone (same stored customer)
    "N-1,New Person,13600136000,2026-03-01,99,,\n"  # 4 creates N-1
    "N-1,,,2026-03-02,1.05,,\n"  # 5 the same new customer, by reference
    ",,13600136000,2026-03-03,2,,\n"  # 6 the same, by phone
    ",Only Name,,2026-03-04,5,,\n"  # 7 names nobody
    "N-2,,,2026-03-05,5,,\n"  # 8 new, without a name
    "N-3,Other,13600136000,2026-03-06,5,,\n"  # 9 phone of the new N-1
    "N-4,Dated,,2026-13-01,5,,\n"  # 10 bad date
    "N-5,Priced,,2026-03-07,12.345,,\n"  # 11 bad amount
    "N-6,Phoned,12,2026-03-08,5,,\n"  # 12 bad phone
)
PURCHASE_PROBLEMS = [
    (7, "customer_ref", "import_customer_key_missing"),
    (8, "name", "import_name_missing"),
    (9, "phone", "import_phone_other_customer"),
    (10, "date", "import_date_invalid"),
    (11, "amount", "amount_invalid"),
    (12, "phone", "phone_too_short"),
]


def test_purchases_match_by_reference_then_phone_then_create_once(admin, stored, tmp_path):
    path = write(tmp_path, PURCHASES)
    report = imports.import_purchases(admin.id, path, skip_bad=True)
    assert rejected(report) == PURCHASE_PROBLEMS
    assert (report.imported, report.customers_matched, report.customers_created) == (5, 1, 1)
    new = Customer.get(Customer.customer_ref == "N-1")
    assert (new.name, new.phone, new.category) == ("New Person", "+8613600136000", "prospect")
    assert [h.id for h in customers.search(admin.id, "New Person").hits] == [new.id]
    rows = {
        (p.customer_id, p.purchased_on, p.amount_cents, p.note, p.reference, p.source)
        for p in Purchase.select()
    }
    assert rows == {
        (stored.id, date(2026, 1, 5), 128050, "", "INV-1", "import"),
        (stored.id, date(2026, 2, 1), -2000, "refund", "", "import"),
        (new.id, date(2026, 3, 1), 9900, "", "", "import"),
        (new.id, date(2026, 3, 2), 105, "", "", "import"),
        (new.id, date(2026, 3, 3), 200, "", "", "import"),
    }
    assert Purchase.get(Purchase.amount_cents == 128050).created_by_id == admin.id
    [entry] = AuditEntry.select().where(AuditEntry.action == "purchase.import")
    assert json.loads(entry.details)["imported"] == 5


def test_a_purchases_dry_run_and_a_refused_file_write_nothing(
    admin, stored, tmp_path, table_counts
):
    path = write(tmp_path, PURCHASES)
    before = table_counts()
    report = imports.import_purchases(admin.id, path, dry_run=True)
    assert rejected(report) == PURCHASE_PROBLEMS
    assert (report.imported, report.customers_created) == (5, 1)
    report = imports.import_purchases(admin.id, path)
    assert report.refused and report.imported == 0
    assert table_counts() == before


def test_purchases_from_excel_are_exact(admin, stored, tmp_path):
    book = Workbook()
    book.active.append(["客户编号", "姓名", "手机", "日期", "金额"])
    book.active.append(["STORED-9", None, None, date(2026, 4, 1), 0.1])
    book.active.append(["STORED-9", None, None, "2026-04-02", 1234567.89])
    book.active.append([None, "数字", 13800138009, date(2026, 4, 3), -3])
    path = tmp_path / "sales.xlsx"
    book.save(path)
    report = imports.import_purchases(admin.id, path)
    assert report.imported == 3, rejected(report)
    amounts = sorted(p.amount_cents for p in Purchase.select())
    assert amounts == [-300, 10, 123456789]
    assert Decimal(amounts[2]) / 100 == Decimal("1234567.89")


def test_a_cancelled_import_writes_nothing_and_says_so(admin, stored, tmp_path, table_counts):
    path = write(tmp_path, PURCHASES.split("N-2")[0].rsplit("\n", 1)[0] + "\n")
    seen: list[tuple[int, int]] = []
    before = table_counts()

    def cancelled() -> bool:  # once writing (the second half) has begun: customers written
        return any(done * 2 >= total for done, total in seen)

    with pytest.raises(DeskError) as info:
        imports.import_purchases(
            admin.id,
            path,
            skip_bad=True,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancelled,
        )
    assert info.value.code == "import_cancelled"
    assert info.value.message == "The import was cancelled; nothing was written."
    assert table_counts() == before
    report = imports.import_purchases(
        admin.id, path, skip_bad=True, progress=lambda d, t: seen.append((d, t))
    )
    assert report.imported == 5
    assert seen[-1][0] == seen[-1][1]  # the bar ends full
    dones = [d for d, _ in seen[seen.index((0, seen[-1][1]), 1) :]]
    assert dones == sorted(dones)


def test_erasing_an_imported_customer_erases_their_birthday_and_purchase_notes(admin, tmp_path):
    people = write(tmp_path, "name,phone,birthday\n张伟,13800138000,1985-03-07\n", "p.csv")
    imports.import_customers(admin.id, people)
    sales = "customer_ref,name,phone,date,amount,note\n,,13800138000,2026-01-05,10,送给太太\n"
    imports.import_purchases(admin.id, write(tmp_path, sales, "s.csv"))
    zhang = Customer.get(Customer.phone == "+8613800138000")
    privacy.erase_customer(admin.id, zhang.id)
    assert SpecialDate.select().where(SpecialDate.customer == zhang.id).count() == 0
    [purchase] = Purchase.select()
    assert (purchase.note, purchase.amount_cents) == ("", 1000)  # the tiers keep the amount
