"""Duplicate customers from the command line (``services/merge.py``), verbs of the
``customer`` group (``cli/privacy.py`` makes the group):

- ``customer duplicates [--limit N] [--json]``: pairs that are probably one person, with
  their ids, names and reasons;
- ``customer merge KEEP_ID OTHER_ID [--take FIELD=other ...] [--json]``: moves every row
  of OTHER_ID to KEEP_ID and deletes OTHER_ID; ``--take`` keeps the other's value of a
  field instead.
"""

from __future__ import annotations

import argparse

from ..domain.duplicates import Reason
from ..domain.errors import ValidationError
from ..services import merge
from . import output as out
from .common import actor, command, json_flag
from .types import count

REASONS = {
    Reason.SAME_PHONE: "same phone digits",
    Reason.SAME_NAME_COMPANY: "same name and company",
    Reason.SIMILAR_NAME_PHONE: "name reads the same, similar phone",
}


def _customer_verbs(sub) -> argparse._SubParsersAction:
    """The verbs of the ``customer`` group that ``cli/privacy.py`` added."""
    group = sub.choices["customer"]
    return next(a for a in group._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    verbs = _customer_verbs(sub)
    p = command(
        verbs,
        common,
        "duplicates",
        _duplicates,
        "list pairs of customers that are probably one person, and why",
        False,
    )
    p.add_argument("--limit", type=count, default=merge.CANDIDATE_LIMIT, metavar="N")
    json_flag(p)

    p = command(
        verbs,
        common,
        "merge",
        _merge,
        "merge customer OTHER_ID into KEEP_ID: every visit, purchase and history row "
        "moves to KEEP_ID, OTHER_ID is deleted; search still finds its name",
        True,
    )
    p.add_argument("keep_id", type=count, metavar="KEEP_ID")
    p.add_argument("other_id", type=count, metavar="OTHER_ID")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD=other",
        help="keep the other customer's value of FIELD (repeatable); fields: "
        + ", ".join(merge.MERGEABLE),
    )
    json_flag(p)


def _take(pairs: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for pair in pairs:
        name, sep, side = pair.partition("=")
        if not sep:
            raise ValidationError("merge_take_invalid", field="take")
        chosen[name.strip()] = side.strip()
    return chosen


def _duplicates(args: argparse.Namespace) -> str:
    pairs = merge.duplicate_candidates(actor(args).id, limit=args.limit)
    if args.json:
        return out.to_json({"pairs": [p.to_json() for p in pairs]})
    if not pairs:
        return "No duplicate candidates."
    rows = [
        [
            str(p.keep_id),
            out.clip(p.keep_name, 20),
            str(p.other_id),
            out.clip(p.other_name, 20),
            "; ".join(REASONS[r] for r in p.reasons),
        ]
        for p in pairs
    ]
    return out.table(["KEEP", "NAME", "OTHER", "NAME", "WHY"], rows)


def _merge(args: argparse.Namespace) -> str:
    result = merge.merge_customers(
        actor(args).id, args.keep_id, args.other_id, take=_take(args.take)
    )
    if args.json:
        return out.to_json(result.to_json())
    moved = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in result.moved.items() if n)
    text = f"Merged customer #{result.merged_id} into #{result.kept.id}"
    text += f" (moved: {moved})." if moved else "."
    if result.recompute_periods:
        text += (
            " Both had tier results in "
            + ", ".join(result.recompute_periods)
            + ": recompute those periods."
        )
    return text
