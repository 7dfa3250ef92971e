"""The command line's printing and feedback commands.

``receptionist print slip|card CODE`` writes the document as a PDF (``--out``, default
``<CODE>-<document>.pdf`` in the current folder) or sends it to a printer (``--printer``);
every outcome is recorded with the visit. ``receptionist print invitation CODE`` does the
same with a planned visit's invitation (by its invitation code; not recorded: the print
history lists a visit's slips and cards). ``receptionist print history CODE`` lists what
was printed. ``receptionist feedback CODE --overall N ...`` enters a returned card.

Qt is imported only when a printer is used (``receptionist.ui.printing.support``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DeskError
from ..domain.feedback import RATINGS, FeedbackSource
from ..services import feedback, planning, printing, visits
from . import output as out
from .common import actor, write_pdf_file

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument

Record = Callable[[str | None, str], object]  # (printer, outcome): records a print


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Add ``print`` and ``feedback`` to the command parser ``sub``."""
    p = sub.add_parser(
        "print",
        parents=[common],
        help="print a visit slip, feedback card or invitation",
        description="Print a visit's slip or feedback card, or a planned "
        "visit's invitation, or save it as a PDF; every print of a slip or "
        "card is recorded with the visit.",
    )
    p.set_defaults(writes=False)
    documents = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for document, formats, help_text in (
        ("slip", printing.SLIP_FORMATS, "the visit slip (badge) of a visit"),
        ("card", printing.CARD_FORMATS, "the feedback card of a visit"),
        (
            "invitation",
            printing.INVITATION_FORMATS,
            "the invitation of a planned visit (CODE: its invitation code)",
        ),
    ):
        q = documents.add_parser(document, parents=[common], help=help_text, description=help_text)
        q.set_defaults(func=_print, writes=False)
        q.add_argument("code", metavar="CODE")
        q.add_argument("--format", dest="fmt", choices=formats, default=formats[0])
        where = q.add_mutually_exclusive_group()
        where.add_argument(
            "--out",
            metavar="FILE.pdf",
            type=Path,
            help=f"write a PDF here (default: CODE-{document}.pdf)",
        )
        where.add_argument(
            "--printer",
            metavar="NAME",
            help="send to this printer (on failure the PDF is saved to the printouts folder)",
        )
    q = documents.add_parser("history", parents=[common], help="what was printed for a visit")
    q.set_defaults(func=_history, writes=False)
    q.add_argument("code", metavar="CODE")
    q.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "feedback",
        parents=[common],
        help="enter a visitor's feedback (a returned feedback card)",
        description="Enter a visit's feedback: ratings 1-5, recommend "
        "0-10. A visit has feedback once.",
    )
    p.set_defaults(func=_feedback, writes=True)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--overall", required=True, metavar="N", help="overall satisfaction 1-5")
    for name in RATINGS[1:]:
        p.add_argument(f"--{name}", metavar="N", help=f"{name} 1-5")
    p.add_argument("--recommend", metavar="N", help="would recommend us, 0-10")
    p.add_argument("--comment", default="")
    p.add_argument(
        "--source", choices=[str(s) for s in FeedbackSource], default=str(FeedbackSource.CARD)
    )
    p.add_argument("--json", action="store_true", help="print JSON")


# -- printing -----------------------------------------------------------------------------


def _document(args: argparse.Namespace) -> PrintedDocument:
    lang, who = args.lang or "en", actor(args).id
    if args.document == "slip":
        return printing.slip_document(who, args.code, args.fmt, lang)
    if args.document == "invitation":
        return printing.invitation_document(who, args.code, args.fmt, lang)
    return printing.card_document(who, args.code, args.fmt, lang)


def _subject(args: argparse.Namespace, doc: PrintedDocument) -> tuple[str, Record]:
    """The code a document is printed for, and how its outcome is recorded."""
    if doc.kind == "invitation":
        # Found by its invitation code, so invite_code is set; the code as typed (the same
        # invitation) is only there for the type checker.
        code = planning.invitation(actor(args).id, args.code).invite_code or args.code
        return code, lambda printer, outcome: None
    code = visits.visit_by_code(actor(args).id, args.code).code
    return code, partial(printing.record_print, actor(args).id, code, doc.kind, doc.fmt)


def _print(args: argparse.Namespace) -> str:
    doc = _document(args)  # an unknown code or format stops here
    code, record = _subject(args, doc)
    if args.printer is None:
        path = write_pdf_file(args.out or Path(f"{code}-{doc.kind}.pdf"), doc.pdf())
        record(None, "saved")
        return f"Saved the {doc.kind} of {code} ({doc.fmt}) to {path}."
    from ..ui.printing import support as print_support

    print_support.ensure_gui_application()

    outcome = print_support.print_document(doc, args.printer)
    if outcome.ok:
        record(outcome.printer or args.printer, "printed")
        return f"Printed the {doc.kind} of {code} ({doc.fmt}) on {outcome.printer}."
    path = write_pdf_file(
        print_support.fallback_dir() / f"{code}-{doc.kind}-{doc.fmt}.pdf", doc.pdf()
    )
    record(outcome.printer or args.printer, "failed")
    raise DeskError("print_failed", reason=outcome.message, path=str(path))


def _history(args: argparse.Namespace) -> str:
    records = printing.print_history(actor(args).id, args.code)
    if args.json:
        return out.to_json([r.to_json() for r in records])
    return out.print_history_text(records)


# -- feedback -----------------------------------------------------------------------------


def _feedback(args: argparse.Namespace) -> str:
    view = feedback.record_feedback(
        actor(args).id,
        args.code,
        overall=args.overall,
        attitude=args.attitude,
        professionalism=args.professionalism,
        speed=args.speed,
        environment=args.environment,
        recommend=args.recommend,
        comment=args.comment,
        source=args.source,
    )
    return out.to_json(view.to_json()) if args.json else out.feedback_text(view)
