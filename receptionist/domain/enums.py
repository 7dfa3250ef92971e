"""The vocabulary of the desk (see DESIGN.md section 2).

Enum values are the stable codes stored in the database and used on the command line;
labels shown to people are translated in the UI layer.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """The staff's tag for a customer."""

    PROSPECT = "prospect"
    EXISTING = "existing"
    VIP = "vip"
    PROBLEM = "problem"


class Purpose(StrEnum):
    """Why the visitor came."""

    SALES = "sales"
    AFTER_SALES = "after_sales"
    COMPLAINT = "complaint"
    RELATIONSHIP = "relationship"


class Flow(StrEnum):
    """Where the visitor is in the reception flow."""

    INITIAL = "initial"
    FOLLOW_UP = "follow_up"
    MAINTENANCE = "maintenance"
    COMPLAINT = "complaint"


class Kind(StrEnum):
    """Who the customer is."""

    CONSUMER = "consumer"
    BUSINESS = "business"
    INTERNAL = "internal"


class SiteKind(StrEnum):
    """What kind of place the desk is at; a hotel calls its visitors guests and records
    a room number with each visit."""

    OFFICE = "office"
    SHOWROOM = "showroom"
    HOTEL = "hotel"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    ON_SITE = "on_site"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    HOST = "host"
    MANAGER = "manager"
    ADMIN = "admin"


class Station(StrEnum):
    DESK = "desk"
    KIOSK = "kiosk"
    CLI = "cli"


class Tier(StrEnum):
    PLATINUM = "platinum"
    GOLD = "gold"
    IRON = "iron"
    LEAD = "lead"
