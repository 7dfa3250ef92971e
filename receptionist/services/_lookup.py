"""Finding the store row a use case acts on, with the error a person can act on
(shared by the visit, printing and feedback services)."""

from __future__ import annotations

from ..domain.errors import NotFound
from ..domain.visit_code import parse_visit_code
from ..store import visits as store
from ..store.models import Visit


def visit_row(text: str) -> Visit:
    """The visit whose code was typed or scanned (any accepted spelling), or NotFound."""
    code = parse_visit_code(text)
    row = store.by_code(code) if code else None
    if row is None:
        raise NotFound("visit_unknown", field="code")
    return row
