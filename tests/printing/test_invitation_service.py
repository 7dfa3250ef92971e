"""The invitation of a planned visit, from the database (services.printing)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from receptionist.domain.enums import Purpose
from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.printing.data import InvitationData
from receptionist.services import clock, customers, planning, printing, settings
from tests import staffing

from .conftest import pdf_text, raw_text, write

NOW = datetime(2024, 11, 22, 1, 0, tzinfo=UTC)


@pytest.fixture
def planned(db, actor, host):
    """A problem customer with a phone, a title and a note, expected tomorrow at 10:30."""
    clock.set_clock(lambda: NOW)
    customer = customers.register_customer(
        actor.id,
        name="王小明",
        phone="13912345678",
        company="上海锦江国际酒店管理有限公司",
        category="problem",
    )
    expected = clock.local_day_start(clock.local(NOW).date() + timedelta(days=1)) + (
        timedelta(hours=10, minutes=30)
    )
    return planning.plan_visit(
        actor.id,
        customer_id=customer.id,
        purpose="complaint",
        expected_at=expected,
        host_id=host.id,
        party_size=3,
        note="上次投诉未解决",
    )


def test_invitation_data_shows_the_planned_visit_in_local_time(planned, host):
    data = printing.invitation_data(
        staffing.desk_id(), planned.invite_code.lower().replace("-", " ")
    )
    assert data == InvitationData(
        site_name="",
        visitor_name="王小明",
        host_name=host.name,
        purpose=Purpose.COMPLAINT,
        expected_at=clock.local(planned.expected_at),
        code=planned.invite_code,
        logo_png=None,
    )
    assert data.expected_at.strftime("%H:%M") == "10:30"
    assert data.expected_at.utcoffset() == datetime.now().astimezone().utcoffset()


def test_site_name_and_logo_are_the_sites(admin, planned, actor, logo_png):
    settings.save_site_settings(admin.id, "远景科技", False)
    settings.set_site_logo(admin.id, logo_png)
    data = printing.invitation_data(actor.id, planned.invite_code)
    assert (data.site_name, data.logo_png) == ("远景科技", logo_png)


@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", ("Invitation", "10:30", "Complaint")),
        ("zh_CN", ("来访邀请", "10:30", "投诉接待")),
    ],
)
def test_document_is_discreet(tmp_path, planned, lang, words):
    for fmt in printing.INVITATION_FORMATS:
        doc = printing.invitation_document(staffing.desk_id(), planned.invite_code, fmt, lang)
        assert (doc.kind, doc.fmt) == ("invitation", fmt)
        pdf = write(tmp_path, doc.pdf())
        text = pdf_text(pdf)
        assert "王小明" in text and planned.invite_code in text and "李经理" in text
        for word in words:
            assert word in text, word
        for secret in ("13912345678", "5678", "上次投诉未解决", "problem", "问题", "锦江"):
            assert secret not in text, secret
        assert not re.search(r"\d{7,}", raw_text(pdf))
        # The site has no name yet: none is printed, and never the product's.
        assert "receptionist" not in text.lower()


def test_language_codes_like_the_slips(tmp_path, planned):
    text = pdf_text(
        write(
            tmp_path,
            printing.invitation_document(staffing.desk_id(), planned.invite_code, "a6", "zh").pdf(),
        )
    )
    assert "来访邀请" in text


def test_unknown_code_and_format(planned):
    with pytest.raises(NotFound) as info:
        printing.invitation_data(staffing.desk_id(), "I-2222-2222")
    assert info.value.code == "invite_unknown"
    with pytest.raises(NotFound):
        printing.invitation_document(staffing.desk_id(), "V-1122-0001")
    with pytest.raises(ValidationError) as info:
        printing.invitation_document(staffing.desk_id(), planned.invite_code, "label62")
    assert info.value.field == "format"
    assert "a6, receipt80" in info.value.message


@pytest.mark.parametrize("change", ["check_in", "cancel"])
def test_no_invitation_once_the_visit_is_no_longer_planned(planned, actor, change):
    if change == "check_in":
        clock.set_clock(lambda: planned.expected_at)  # the visitor's day has come
        planning.check_in_expected(actor.id, planned.id)
    else:
        planning.cancel_planned(actor.id, planned.id)
    with pytest.raises(Conflict) as info:
        printing.invitation_document(actor.id, planned.invite_code)
    assert info.value.code == "invitation_not_printable"
    assert "王小明" not in info.value.message
