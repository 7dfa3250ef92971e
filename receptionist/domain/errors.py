"""Errors that carry a sentence a person can act on.

Messages never contain customer data: they name the field and the rule, not the value.
"""

from __future__ import annotations


class DeskError(Exception):
    """A request the desk refuses; ``code`` is stable, ``message`` is for people."""

    code = "desk_error"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class ValidationError(DeskError):
    """Input that does not meet a rule; ``field`` names the input to fix."""

    code = "invalid"


class NotFound(DeskError):
    code = "not_found"


class Conflict(DeskError):
    """The request contradicts the current state (already on site, already checked out...)."""

    code = "conflict"


class PhoneTaken(Conflict):
    """A phone number that already belongs to a customer. ``customer_id`` names that
    customer so the desk can offer to use them; ``phone_masked`` is the number with its
    middle hidden (the message holds nothing more personal than that)."""

    code = "phone_taken"

    def __init__(self, customer_id: int, phone_masked: str) -> None:
        super().__init__(
            f"This phone number ({phone_masked}) already belongs to customer "
            f"#{customer_id}; use that customer instead.",
            field="phone",
        )
        self.customer_id = customer_id
        self.phone_masked = phone_masked
