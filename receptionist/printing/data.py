"""What a printed document may show, as plain data.

Discretion by construction: a visitor carries these papers, so the data types have no
field for internal tags (category, tier, stars), phone numbers or internal notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.enums import Purpose

SLIP_FORMATS = ("label62", "receipt80", "a6")
CARD_FORMATS = ("a6", "a5")
INVITATION_FORMATS = ("a6", "receipt80")


@dataclass(frozen=True)
class SlipData:
    """A visit slip (来访单 / badge), printed at check-in."""

    site_name: str  # "" when the site has no name yet: none is printed
    visitor_name: str
    company: str
    host_name: str  # "" when no host was chosen
    purpose: Purpose
    check_in_at: datetime  # aware; printed in local time
    code: str  # the long form V-MMDD-NNNN-XXXXX (the kiosk takes it), text and barcode
    room: str = ""  # hotel mode only
    hotel_mode: bool = False  # "Guest" instead of "Visitor"
    logo_png: bytes | None = None


@dataclass(frozen=True)
class CardData:
    """A feedback card (反馈意见卡), printed at check-out, signed by the visitor."""

    site_name: str  # "" when the site has no name yet: none is printed
    visitor_name: str
    host_name: str
    visit_date: date
    code: str
    retention_months: int  # how long the answers are kept, as the card says
    hotel_mode: bool = False
    logo_png: bytes | None = None


@dataclass(frozen=True)
class InvitationData:
    """An invitation (来访邀请), given to a visitor before a planned visit: the code they
    scan or type at the kiosk, or show at the front desk."""

    site_name: str  # "" when the site has no name yet: none is printed
    visitor_name: str
    host_name: str  # "" when no host was chosen
    purpose: Purpose
    expected_at: datetime  # local time, printed as given
    code: str  # I-XXXX-XXXX, printed large, as Code 128 and as QR
    logo_png: bytes | None = None
