"""Printed documents of a visit and the print record (services.printing).

The data a document is built from is tested directly: the documents themselves are
reportlab's job (tests/printing); end-to-end tests read the PDFs back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zlib
from dataclasses import fields
from datetime import date, time

import pytest

from receptionist.domain.enums import Purpose
from receptionist.domain.errors import NotFound, ValidationError
from receptionist.printing.data import CARD_FORMATS, SLIP_FORMATS, CardData, SlipData
from receptionist.services import customers, printing, settings, staff, visits
from receptionist.services.checkout_codes import checkout_code
from receptionist.store.models import AuditEntry, PrintRecord
from tests import staffing


def png(width: int = 2, height: int = 1) -> bytes:
    """A minimal valid PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def problem_visit(fixed_clock, actor, host):
    """A problem customer with a phone, a note and a room: none of it may be printed."""
    vip = customers.register_customer(
        actor.id,
        name="王小明",
        phone="13912345678",
        company="上海锦江国际酒店管理有限公司",
        category="problem",
    )
    return visits.check_in(
        actor.id,
        customer_id=vip.id,
        purpose="complaint",
        host_id=host.id,
        note="上次投诉未解决",
        room="1208",
    )


# --- what a slip and a card show ---------------------------------------------------------


def test_slip_data_shows_the_visit(problem_visit, host):
    data = printing.slip_data(staffing.desk_id(), problem_visit.code)
    assert data == SlipData(
        site_name="",  # the site has no name yet: none is printed
        visitor_name="王小明",
        company="上海锦江国际酒店管理有限公司",
        host_name=host.name,
        purpose=Purpose.COMPLAINT,
        check_in_at=problem_visit.check_in_at,
        code=checkout_code(problem_visit.code),  # the long form the kiosk takes
        room="",
        hotel_mode=False,
        logo_png=None,
    )


def test_slip_data_is_discreet(problem_visit):
    """No category, phone or note reaches the paper: not in any field's value."""
    for data in (
        printing.slip_data(staffing.desk_id(), problem_visit.code),
        printing.card_data(staffing.desk_id(), problem_visit.code),
    ):
        names = {f.name for f in fields(data)}
        assert not names & {"category", "phone", "note", "notes", "tier", "stars"}
        values = " ".join(str(getattr(data, n)) for n in names)
        for secret in ("problem", "13912345678", "5678", "上次投诉未解决"):
            assert secret not in values


def test_room_only_in_hotel_mode(admin, problem_visit, actor):
    assert printing.slip_data(actor.id, problem_visit.code).room == ""
    settings.save_site_settings(admin.id, "锦江酒店", True)
    data = printing.slip_data(actor.id, problem_visit.code)
    assert (data.room, data.hotel_mode, data.site_name) == ("1208", True, "锦江酒店")
    assert printing.card_data(actor.id, problem_visit.code).hotel_mode is True


def test_no_host_prints_an_empty_host(fixed_clock, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert printing.slip_data(actor.id, visit.code).host_name == ""
    assert printing.card_data(actor.id, visit.code).host_name == ""


def test_site_name_and_logo_are_printed(admin, problem_visit, actor):
    settings.save_site_settings(admin.id, "星辰展厅", False)
    logo = png()
    settings.set_site_logo(admin.id, logo)
    assert printing.slip_data(actor.id, problem_visit.code).logo_png == logo
    card = printing.card_data(actor.id, problem_visit.code)
    assert (card.site_name, card.logo_png) == ("星辰展厅", logo)


def test_card_data_is_dated_by_the_visit(fixed_clock, actor, host, problem_visit):
    fixed_clock.tick(hours=3)
    done = visits.check_out(actor.id, problem_visit.code)
    fixed_clock.tick(days=5)  # printed (or reprinted) days later
    card = printing.card_data(actor.id, done.code)
    assert card == CardData(
        site_name="",
        visitor_name="王小明",
        host_name=host.name,
        visit_date=done.check_out_at.astimezone().date(),
        code=done.code,
        retention_months=24,
        hotel_mode=False,
        logo_png=None,
    )
    assert isinstance(card.visit_date, date)


@pytest.mark.parametrize(
    "func",
    [
        printing.slip_data,
        printing.card_data,
        printing.slip_document,
        printing.card_document,
        printing.print_history,
    ],
)
def test_unknown_code_is_not_found(actor, func):
    with pytest.raises(NotFound) as info:
        func(actor.id, "V-0101-9999")
    assert info.value.code == "visit_unknown"


@pytest.mark.parametrize(
    "func, fmt",
    [
        (printing.slip_document, "a5"),
        (printing.slip_document, "letter"),
        (printing.card_document, "label62"),
    ],
)
def test_bad_format_is_refused(problem_visit, func, fmt):
    with pytest.raises(ValidationError) as info:
        func(staffing.desk_id(), problem_visit.code, fmt)
    assert (info.value.field, info.value.code) == ("format", "format_invalid")


# --- the print record --------------------------------------------------------------------


def test_record_print_and_history_newest_first(fixed_clock, problem_visit, actor):
    first_at = fixed_clock.at
    first = printing.record_print(
        actor.id, problem_visit.code, "slip", "label62", "Brother QL-820NWB", "printed"
    )
    assert (
        first.document,
        first.fmt,
        first.printer,
        first.outcome,
        first.printed_at,
        first.staff_name,
    ) == ("slip", "label62", "Brother QL-820NWB", "printed", first_at, actor.name)
    later = fixed_clock.tick(minutes=1)
    again = printing.record_print(
        actor.id, problem_visit.code.lower(), "slip", "receipt80", "  ", "saved"
    )
    assert again.printer is None and again.printed_at == later
    history = printing.print_history(actor.id, problem_visit.code)
    assert history == [again, first]
    data = first.to_json()
    assert data["printed_at"] == first_at.isoformat() and data["outcome"] == "printed"
    json.dumps(data)


def test_history_of_a_visit_never_printed_is_empty(problem_visit):
    assert printing.print_history(staffing.desk_id(), problem_visit.code) == []


def test_same_second_prints_keep_their_order(fixed_clock, problem_visit, actor):
    """An accidental double print shows as two rows, the later one first."""
    a = printing.record_print(actor.id, problem_visit.code, "slip", "a6", None, "printed")
    b = printing.record_print(actor.id, problem_visit.code, "card", "a6", None, "failed")
    assert printing.print_history(actor.id, problem_visit.code) == [b, a]


def test_record_print_audits_without_personal_data(problem_visit, actor):
    printing.record_print(actor.id, problem_visit.code, "card", "a5", "Office", "failed")
    (entry,) = [e for e in AuditEntry.select() if e.action == "visit.print"]
    details = json.loads(entry.details)
    assert details == {
        "code": problem_visit.code,
        "document": "card",
        "fmt": "a5",
        "outcome": "failed",
    }
    assert entry.record_id == problem_visit.id and entry.staff_id == actor.id


@pytest.mark.parametrize(
    "args, field, code",
    [
        (("badge", "a6", None, "printed"), "document", "document_invalid"),
        (("slip", "a5", None, "printed"), "format", "format_invalid"),
        (("card", "label62", None, "printed"), "format", "format_invalid"),
        (("slip", "a6", None, "lost"), "outcome", "outcome_invalid"),
        (("slip", "a6", "p" * 201, "printed"), "printer", "printer_too_long"),
    ],
)
def test_bad_print_record_is_refused(problem_visit, actor, args, field, code, table_counts):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        printing.record_print(actor.id, problem_visit.code, *args)
    assert (info.value.field, info.value.code) == (field, code)
    assert table_counts() == before


def test_record_print_for_unknown_code_or_actor(problem_visit, actor, table_counts):
    before = table_counts()
    with pytest.raises(NotFound) as info:
        printing.record_print(actor.id, "V-0101-9999", "slip", "a6", None, "printed")
    assert info.value.code == "visit_unknown"
    with pytest.raises(NotFound) as info:
        printing.record_print(999, problem_visit.code, "slip", "a6", None, "printed")
    assert info.value.code == "actor_unknown"
    assert table_counts() == before
    assert PrintRecord.select().count() == 0


def test_inactive_staff_name_stays_on_the_record(admin, problem_visit, actor):
    temp = staffing.add("Temp desk", role="receptionist")
    printing.record_print(temp.id, problem_visit.code, "slip", "a6", None, "printed")
    staff.set_active(admin.id, temp.id, False)
    assert printing.print_history(actor.id, problem_visit.code)[0].staff_name == "Temp desk"


# --- the site logo -----------------------------------------------------------------------


def test_logo_round_trip_and_clear(admin, actor):
    assert settings.site_logo() is None
    logo = png(3, 2)
    assert settings.set_site_logo(admin.id, logo) == logo
    assert settings.site_logo() == logo
    assert settings.set_site_logo(admin.id, None) is None
    assert settings.site_logo() is None
    assert [e.action for e in AuditEntry.select()].count("settings.logo") == 2


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "logo_invalid"),
        (b"GIF89a" + b"\x00" * 40, "logo_invalid"),
        (png(0, 0), "logo_invalid"),
        (png()[:20], "logo_invalid"),
        (png() + b"\x00" * (512 * 1024), "logo_too_large"),
    ],
)
def test_bad_logo_is_refused(admin, actor, data, code):
    logo = png()
    settings.set_site_logo(admin.id, logo)
    with pytest.raises(ValidationError) as info:
        settings.set_site_logo(admin.id, data)
    assert (info.value.field, info.value.code) == ("logo", code)
    assert settings.site_logo() == logo


# --- the documents, read back -----------------------------------------------------------

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@needs_pdftotext
@pytest.mark.parametrize("fmt", ["label62", "receipt80", "a6"])
def test_slip_document_reads_back_discreetly(problem_visit, host, fmt, tmp_path):
    doc = printing.slip_document(staffing.desk_id(), problem_visit.code, fmt, lang="zh_CN")
    assert (doc.kind, doc.fmt) == ("slip", fmt)
    text = pdf_text(doc.pdf(), tmp_path)
    flat = "".join(text.split())
    assert problem_visit.code in flat
    assert "王小明" in flat and host.name in flat
    for secret in ("13912345678", "5678", "上次投诉未解决", "问题客户", "Problem", "1208"):
        assert secret not in flat


@needs_pdftotext
@pytest.mark.parametrize("fmt", ["a6", "a5"])
def test_card_document_reads_back(problem_visit, fmt, tmp_path):
    doc = printing.card_document(staffing.desk_id(), problem_visit.code, fmt, lang="en")
    assert (doc.kind, doc.fmt) == ("card", fmt)
    flat = "".join(pdf_text(doc.pdf(), tmp_path).split())
    assert problem_visit.code in flat and "王小明" in flat
    assert "13912345678" not in flat and "上次投诉未解决" not in flat


@needs_pdftotext
def test_hotel_slip_shows_the_room(admin, problem_visit, actor, tmp_path):
    settings.save_site_settings(admin.id, "锦江酒店", True)
    flat = "".join(
        pdf_text(
            printing.slip_document(staffing.desk_id(), problem_visit.code, "a6").pdf(), tmp_path
        ).split()
    )
    assert "1208" in flat and "锦江酒店" in flat


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="pdfimages not installed")
def test_logo_is_printed(admin, problem_visit, tmp_path):
    def images(doc) -> int:
        path = tmp_path / "logo.pdf"
        path.write_bytes(doc.pdf())
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
        ).stdout
        return sum(1 for line in listing.splitlines()[2:] if " image " in line)

    without = images(printing.slip_document(staffing.desk_id(), problem_visit.code, "a6"))
    settings.set_site_logo(admin.id, png(40, 20))
    assert (
        images(printing.slip_document(staffing.desk_id(), problem_visit.code, "a6")) == without + 1
    )
    assert images(printing.card_document(staffing.desk_id(), problem_visit.code, "a5")) >= 1


def test_language_picks_the_printed_labels(problem_visit):
    def page(lang: str | None = None) -> str:
        args = (problem_visit.code, "a6") + ((lang,) if lang else ())
        return printing.slip_document(staffing.desk_id(), *args).pages_svg[0]

    zh = page("zh_CN")
    assert page("zh") == zh
    assert page("en") != zh
    assert page("fr") == page()


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_site_without_a_name_never_prints_the_products_name(problem_visit, lang, tmp_path):
    """Before the first-start setup (or on a database from before it) the site has no
    name: the documents print none rather than "Receptionist"."""
    assert not settings.site_settings().set_up
    documents = [
        printing.slip_document(staffing.desk_id(), problem_visit.code, f, lang)
        for f in SLIP_FORMATS
    ]
    documents += [
        printing.card_document(staffing.desk_id(), problem_visit.code, f, lang)
        for f in CARD_FORMATS
    ]
    for doc in documents:
        flat = "".join(pdf_text(doc.pdf(), tmp_path).split())
        assert problem_visit.code in flat
        assert "receptionist" not in flat.lower()


@needs_pdftotext
@pytest.mark.parametrize(
    ("months", "lang", "said"),
    [
        (18, "en", "keptfor18months."),
        (36, "en", "keptfor3years."),
        (12, "en", "keptfor1year."),
        (18, "zh_CN", "保存18个月。"),
        (24, "zh_CN", "保存2年。"),
    ],
)
def test_the_card_states_the_sites_retention_period(
    admin, problem_visit, actor, months, lang, said, tmp_path
):
    settings.save_kiosk_settings(
        admin.id, idle_seconds=60, closing_time=time(18, 0), retention_months=months
    )
    assert printing.card_data(actor.id, problem_visit.code).retention_months == months
    flat = "".join(
        pdf_text(
            printing.card_document(staffing.desk_id(), problem_visit.code, "a6", lang).pdf(),
            tmp_path,
        ).split()
    )
    assert said in flat
