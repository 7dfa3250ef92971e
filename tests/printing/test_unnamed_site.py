"""A site without a name yet (not set up, or a database from before the first-start
setup): its documents print no site line at all, and what follows moves up into its
place, with or without a logo."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from receptionist.domain.enums import Purpose
from receptionist.printing.card import layout_card
from receptionist.printing.data import (
    CARD_FORMATS,
    INVITATION_FORMATS,
    SLIP_FORMATS,
    InvitationData,
)
from receptionist.printing.documents import build_card, build_invitation, build_slip
from receptionist.printing.invitation import layout_invitation
from receptionist.printing.slip import layout_slip

from .conftest import pdf_text, write

INVITATION = InvitationData(
    site_name="远景科技 上海总部",
    visitor_name="欧阳娜娜 Nana Ouyang",
    host_name="李明 Li Ming",
    purpose=Purpose.RELATIONSHIP,
    expected_at=datetime(2025, 4, 14, 2, 30, tzinfo=UTC),
    code="I-7KQM-3XPA",
)


def _unnamed(data):
    return dataclasses.replace(data, site_name="")


def _below_top(layout, name: str) -> float:
    """How far below the page's top edge the element ``name`` begins (a receipt's page
    is as long as its content, so coordinates from the bottom do not compare)."""
    return layout.page_size[1] - layout.boxes[name].top


@pytest.mark.parametrize("with_logo", [False, True])
@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_a_slip_without_a_site_name(en_slip, logo_png, fmt, with_logo):
    named = dataclasses.replace(en_slip, logo_png=logo_png if with_logo else None)
    before, after = layout_slip(named, fmt), layout_slip(_unnamed(named), fmt)
    assert "site" in before.boxes and "site" not in after.boxes
    if with_logo:  # the logo beside the name keeps its height
        assert _below_top(after, "band") <= _below_top(before, "band")
    else:
        assert _below_top(after, "band") < _below_top(before, "band")


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_a_card_without_a_site_name(en_card, fmt):
    before, after = layout_card(en_card, fmt), layout_card(_unnamed(en_card), fmt)
    assert "site" in before.boxes and "site" not in after.boxes
    assert _below_top(after, "title") < _below_top(before, "title")


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_an_invitation_without_a_site_name(fmt):
    before = layout_invitation(INVITATION, fmt)
    after = layout_invitation(_unnamed(INVITATION), fmt)
    assert "site" in before.boxes and "site" not in after.boxes
    assert _below_top(after, "title") < _below_top(before, "title")


def test_the_documents_read_back_without_a_site_line(tmp_path, en_slip, en_card):
    for doc, first in (
        (build_slip(_unnamed(en_slip), "label62", "en"), "VISITOR"),
        (build_card(_unnamed(en_card), "a6", "en"), "Feedbackcard"),
        (build_invitation(_unnamed(INVITATION), "a6", "en"), "Invitation"),
    ):
        text = pdf_text(write(tmp_path, doc.pdf()))
        assert text.startswith(first), text[:40]
