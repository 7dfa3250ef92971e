"""What the command line prints: tables in local time, or JSON."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from ..domain.feedback import RATINGS
from ..domain.playbooks import PlaybookStep
from ..services import clock
from ..services.views import FeedbackView, PrintRecordView, SearchResult, StaffView, VisitView

_WIDE = ("W", "F")
COMPANY_WIDTH = 28


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def emit(text: str) -> None:
    """Print ``text``; a console that cannot show some characters gets UTF-8 bytes."""
    stream = sys.stdout
    if stream is None or not text:
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        stream.flush()
        stream.buffer.write((text + "\n").encode("utf-8"))
    stream.flush()


def width(text: str) -> int:
    """Columns a string takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in _WIDE else 1 for c in text)


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    kept = ""
    for char in text:
        if width(kept + char) > limit - 1:
            break
        kept += char
    return kept + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns aligned by display width, two spaces apart."""
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True))

    lines = [line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(s.rstrip() for s in lines)


def when(at: datetime | None, with_date: bool = True) -> str:
    if at is None:
        return ""
    return clock.local(at).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def since(at: datetime | None) -> str:
    """Local check-in time: just the time today, with the date before today."""
    if at is None:
        return ""
    same_day = clock.local(at).date() == clock.local(clock.now()).date()
    return when(at, with_date=not same_day)


def duration(start: datetime | None, end: datetime | None = None) -> str:
    """How long from ``start`` to ``end`` (default: now); empty without a start."""
    if start is None:
        return ""
    minutes = max(0, int(((end or clock.now()) - start).total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def search_text(result: SearchResult) -> str:
    parts = []
    if result.visit is not None:
        v = result.visit
        state = (
            f"on site since {since(v.check_in_at)}"
            if v.check_out_at is None
            else f"{when(v.check_in_at)} to {when(v.check_out_at, with_date=False)}"
        )
        parts.append(f"Visit {v.code}: {v.customer_name}, {v.purpose}, {state}.")
    if not result.hits:
        parts.append("No customer matches.")
        return "\n".join(parts)
    rows = [
        [
            h.name,
            h.phone_masked,
            clip(h.company, COMPANY_WIDTH),
            str(h.category),
            when(h.last_visit_at),
            "on site" if h.on_site else "",
        ]
        for h in result.hits
    ]
    parts.append(table(["Name", "Phone", "Company", "Category", "Last visit", ""], rows))
    return "\n".join(parts)


def checkin_text(visit: VisitView, steps: Sequence[PlaybookStep], lang: str) -> str:
    host = f"host {visit.host_name}" if visit.host_name else "no host"
    lines = [
        f"Checked in {visit.customer_name}: visit code {visit.code}",
        f"  {visit.category} · {visit.purpose} · {visit.flow} · {host} · "
        f"party {visit.party_size} · {when(visit.check_in_at)}",
    ]
    if steps:
        lines.append("Playbook:" if not lang.startswith("zh") else "接待策略：")
        lines += [f"  [ ] {step.text(lang)}" for step in steps]
    return "\n".join(lines)


def checkout_text(visit: VisitView) -> str:
    return (
        f"Checked out {visit.customer_name} ({visit.code}) at "
        f"{when(visit.check_out_at, with_date=False)} after "
        f"{duration(visit.check_in_at, visit.check_out_at)}."
    )


def plan_text(visit: VisitView) -> str:
    host = f"host {visit.host_name}" if visit.host_name else "no host"
    return "\n".join(
        [
            f"Planned a visit of {visit.customer_name} on {when(visit.expected_at)}: "
            f"invitation code {visit.invite_code}",
            f"  {visit.purpose} · {host} · party {visit.party_size}",
            f"Print the invitation: receptionist print invitation {visit.invite_code}",
        ]
    )


def expected_text(rows: Sequence[VisitView], day: date | None) -> str:
    on = f"on {day.isoformat()}" if day else "today"
    if not rows:
        return f"Nobody is expected {on}."
    body = [
        [
            when(v.expected_at, with_date=False),
            v.invite_code or "",
            v.customer_name,
            str(v.purpose),
            v.host_name or "",
            str(v.party_size),
        ]
        for v in rows
    ]
    headers = ["At", "Invitation", "Name", "Purpose", "Host", "Party"]
    return table(headers, body) + f"\n{len(rows)} expected {on}."


def onsite_text(board: Sequence[VisitView]) -> str:
    if not board:
        return "Nobody is on site."
    rows = [
        [
            v.code,
            v.customer_name,
            str(v.category),
            str(v.purpose),
            str(v.flow),
            v.host_name or "",
            since(v.check_in_at),
            duration(v.check_in_at),
        ]
        for v in board
    ]
    headers = ["Code", "Name", "Category", "Purpose", "Flow", "Host", "Since", "For"]
    return table(headers, rows) + f"\n{len(board)} on site."


def visits_text(rows: Sequence[VisitView], more: bool) -> str:
    if not rows:
        return "No visits match."
    body = [
        [
            v.code,
            when(v.check_in_at),
            when(v.check_out_at, with_date=False),
            v.customer_name,
            str(v.category),
            str(v.purpose),
            str(v.flow),
            v.host_name or "",
        ]
        for v in rows
    ]
    headers = ["Code", "Checked in", "Out", "Name", "Category", "Purpose", "Flow", "Host"]
    footer = f"{len(rows)} visits" + (
        " (more: raise --limit or narrow the filters)." if more else "."
    )
    return table(headers, body) + "\n" + footer


def staff_json(person: StaffView) -> dict:
    return {
        "id": person.id,
        "name": person.name,
        "department": person.department,
        "role": str(person.role),
        "active": person.active,
    }


def staff_text(people: Sequence[StaffView]) -> str:
    if not people:
        return "No staff yet: add them with `receptionist staff add NAME`."
    rows = [[p.name, p.department, str(p.role), "" if p.active else "inactive"] for p in people]
    return table(["Name", "Department", "Role", ""], rows)


def print_history_text(records: Sequence[PrintRecordView]) -> str:
    if not records:
        return "Nothing has been printed for this visit."
    rows = [
        [when(r.printed_at), r.document, r.fmt, r.outcome, r.printer or "", r.staff_name or ""]
        for r in records
    ]
    return table(["When", "Document", "Format", "Outcome", "Printer", "By"], rows)


def feedback_text(view: FeedbackView) -> str:
    scores = [
        f"{name} {getattr(view, name)}/5" for name in RATINGS if getattr(view, name) is not None
    ]
    if view.recommend is not None:
        scores.append(f"recommend {view.recommend}/10")
    text = f"Recorded the feedback on {view.code}: " + ", ".join(scores) + "."
    return text + (f"\nComment: {view.comment}" if view.comment else "")
