"""What every group of commands shares: who is acting (the signed-in user,
``cli/signin.py``), the language of printed text, and the ``--json`` flag."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import DeskError, NotFound, Refused
from ..services import customers
from ..services.views import StaffView


def actor(args: argparse.Namespace) -> StaffView:
    """The staff member acting: the one who signed in (``--user``) before the command
    started; Refused ``sign_in_required`` for a command that signs nobody in."""
    person = getattr(args, "signed_in", None)
    if person is None:
        raise Refused("sign_in_required")
    return person


def customer_id_of(args: argparse.Namespace) -> int:
    """The customer named by ``--customer-id`` or ``--customer-phone`` (one is given)."""
    if args.customer_phone is None:
        return args.customer_id
    customer = customers.find_by_phone(actor(args).id, args.customer_phone)
    if customer is None:
        raise NotFound("customer_phone_unknown", field="customer_phone")
    return customer.id


def lang(args: argparse.Namespace) -> str:
    return args.lang or "en"


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def command(
    sub,
    common: argparse.ArgumentParser,
    name: str,
    func,
    help_text: str,
    writes: bool,
    signs_in: bool = True,
) -> argparse.ArgumentParser:
    """Add the command ``name`` to ``sub``: ``func(args)`` returns the text to print;
    ``writes`` runs it in one transaction; ``signs_in`` (the default) signs its user in
    first."""
    parser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
    parser.set_defaults(func=func, writes=writes, signs_in=signs_in)
    return parser


def read_pages(fetch, after_of, limit: int) -> tuple[list, bool]:
    """Up to ``limit`` rows of a keyset-paged list, and whether more follow:
    ``fetch(size, after)`` reads one page after the key ``after`` (None: the first),
    ``after_of(row)`` is the key of a page's last row."""
    rows: list = []
    after = None
    while len(rows) <= limit:
        page = fetch(min(limit + 1 - len(rows), 500), after)
        rows.extend(page)
        if not page or len(rows) > limit:
            break
        after = after_of(page[-1])
    return rows[:limit], len(rows) > limit


def write_pdf_file(path: Path, pdf: bytes) -> Path:
    """Write a PDF the command made; a folder or disk that refuses it is a ``DeskError``
    naming the file and why."""
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        raise DeskError(
            "pdf_unwritable", field="out", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    return path
