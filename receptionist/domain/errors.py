"""Errors that carry a sentence a person can act on.

An error names a stable ``code`` (one entry of ``messages.MESSAGES``), the ``field`` to
show it next to, and the values of its sentence's placeholders (``params``). Its English
``message`` comes from the catalogue; the desk and the kiosk translate the code instead.
Messages never contain customer data: they name the field and the rule, not the value.
"""

from __future__ import annotations

from .messages import message


class DeskError(Exception):
    """A request the desk refuses; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        self.code = code
        self.field = field
        self.params = params
        self.message = message(code, params)
        super().__init__(self.message)


class ValidationError(DeskError):
    """Input that does not meet a rule; ``field`` names the input to fix."""


class NotFound(DeskError):
    """What the request names does not exist."""


class Conflict(DeskError):
    """The request contradicts the current state (already on site, already checked out...)."""


class Refused(DeskError):
    """The acting staff member may not do this (their role, or nobody signed in), or a
    sign-in was refused (wrong secret, account locked). Nothing was read or written."""


class PhoneTaken(Conflict):
    """A phone number that already belongs to a customer. ``customer_id`` names that
    customer so the desk can offer to use them; ``phone_masked`` is the number with its
    middle hidden (the message holds nothing more personal than that)."""

    def __init__(self, customer_id: int, phone_masked: str) -> None:
        super().__init__("phone_taken", field="phone", phone=phone_masked, customer=customer_id)
        self.customer_id = customer_id
        self.phone_masked = phone_masked


class CustomerChanged(Conflict):
    """A customer's edit saved from an older read, while another station had changed
    some of the same fields since: nothing was saved. ``changes`` maps each such field
    to (the value this save wanted, the value stored now), for the desk to show; the
    message names the fields only (``params["fields"]``), never their values."""

    def __init__(self, changes: dict[str, tuple[str, str]]) -> None:
        super().__init__("customer_changed", fields=tuple(changes))
        self.changes = dict(changes)
