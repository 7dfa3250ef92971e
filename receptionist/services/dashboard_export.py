"""The manager's dashboard as a table file (issue 15: "any report exports to XLSX and
CSV"): the figures ``reports.dashboard`` computes for a period and filters, the same the
dashboard window shows.

An Excel workbook has a sheet per table (``SHEETS``), each with a bold frozen header row
and an autofilter, so a section with tables of different columns (satisfaction: its
averages, its trend, the lowest rated; tiers: the distribution, the moves, the matrix)
has a sheet for each: one header row per sheet is what a filter needs. Cells are typed:
days as dates, a comment's time as the local time, counts as whole numbers, means as
numbers with two decimals, shares (a change, a rate) as numbers in a percent format.
A CSV file (UTF-8 with a byte-order mark) holds the same tables one after another in
the same order, each under a heading row with its title and a blank row between two.

Headers are the columns' English keys (the command line) unless the desk passes its words
(``words``: column, sheet and row keys -> text) and ``labels(key, code)`` for the codes
(purpose, category, tier, move). Written through ``_tables`` (a temporary name renamed
at the end). REPORTS; one audit entry: the format, the period, the filters and the rows
written, never a figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.reports import ReportPeriod
from ..domain.roles import Permission
from ..store import audit
from . import clock, reports
from ._tables import (
    DATE,
    INTEGER,
    LABEL,
    MOMENT,
    NUMBER,
    PERCENT,
    TEXT,
    Progress,
    Sheet,
    write_sections,
    write_workbook,
)
from .access import authorize
from .exports import EXPORT_FORMATS
from .report_views import RATINGS, Dashboard, DashboardFilters, LowRated, VisitCounts

__all__ = ["DASHBOARD_FORMATS", "SHEETS", "export_dashboard", "dashboard_sheets"]

DASHBOARD_FORMATS = EXPORT_FORMATS  # ("csv", "xlsx")
ACTION = "report.export_dashboard"
Labels = Callable[[str, str], str]

# key -> (English title, its fixed columns (key, kind, width)); the visits sheet adds a
# column per purpose and per category ("purpose_<code>", "category_<code>").
SHEETS: dict[str, tuple[str, tuple[tuple[str, str, int], ...]]] = {
    "visits": (
        "Visits",
        (
            ("period", LABEL, 14),
            ("bucket", DATE, 12),
            ("visits", INTEGER, 9),
            ("change", PERCENT, 9),
        ),
    ),
    "satisfaction": (
        "Satisfaction",
        (
            ("answers", INTEGER, 9),
            *((r, NUMBER, 12) for r in RATINGS),
            ("recommend", NUMBER, 11),
            ("promoters", INTEGER, 10),
            ("passives", INTEGER, 10),
            ("detractors", INTEGER, 10),
            ("nps", NUMBER, 8),
        ),
    ),
    "trend": (
        "Satisfaction trend",
        (("bucket", DATE, 12), ("answers", INTEGER, 9), ("overall", NUMBER, 9), ("nps", NUMBER, 8)),
    ),
    "lowest_rated": (
        "Lowest rated",
        (
            ("ranked", LABEL, 10),
            ("name", TEXT, 18),
            ("answers", INTEGER, 9),
            ("overall", NUMBER, 9),
            ("comment_at", MOMENT, 18),
            ("comment_host", TEXT, 14),
            ("comment_purpose", LABEL, 14),
            ("comment_overall", INTEGER, 9),
            ("comment", TEXT, 50),
        ),
    ),
    "complaints": (
        "Complaints",
        (
            ("opened", INTEGER, 9),
            ("closed", INTEGER, 9),
            ("closed_resolved", INTEGER, 10),
            ("resolved_share", PERCENT, 10),
            ("overdue", INTEGER, 9),
            ("call_backs", INTEGER, 10),
            ("call_backs_resolved", INTEGER, 10),
        ),
    ),
    "complaint_steps": (
        "Complaint steps",
        (("step", INTEGER, 7), ("done", INTEGER, 9), ("mean_hours", NUMBER, 12)),
    ),
    "tiers": (
        "Tiers",
        (("tier_period", TEXT, 12), ("tier", LABEL, 12), ("customers", INTEGER, 10)),
    ),
    "tier_moves": (
        "Tier moves",
        (("previous_period", TEXT, 12), ("move", LABEL, 12), ("customers", INTEGER, 10)),
    ),
    "tier_matrix": (
        "Tier matrix",
        (("from_tier", LABEL, 12), ("to_tier", LABEL, 12), ("customers", INTEGER, 10)),
    ),
    "follow_ups": (
        "Follow-ups",
        (
            ("staff", TEXT, 18),
            ("department", TEXT, 14),
            ("done", INTEGER, 9),
            ("overdue", INTEGER, 9),
        ),
    ),
    "conversion": (
        "Conversion",
        (
            ("within_days", INTEGER, 10),
            ("prospects", INTEGER, 10),
            ("bought", INTEGER, 9),
            ("rate", PERCENT, 9),
        ),
    ),
}
# the words of rows (translated through ``words`` like headers)
ROW_WORDS = ("this_period", "last_year", "total", "all_staff", "not_assigned", "host", "purpose")


def _plain(_key: str, value: str) -> str:
    return value


class _Words:
    def __init__(self, words: Mapping[str, str] | None, labels: Labels | None) -> None:
        self._words = words or {}
        self._labels = labels or _plain

    def __call__(self, key: str) -> str:
        return self._words.get(key, key)

    def label(self, key: str, code: str | None) -> str | None:
        return None if code is None else self._labels(key, code)

    def series(self, kind: str, code: str) -> str:
        """The header of a purpose's or a category's column: "purpose_sales" in English,
        the code's words in the desk's language."""
        key = f"{kind}_{code}"
        if key in self._words or self._labels is _plain:
            return self(key)
        return self._labels(kind, code)

    def title(self, key: str, english: str) -> str:
        return self._words.get(key, english)


def dashboard_sheets(
    board: Dashboard, words: Mapping[str, str] | None = None, labels: Labels | None = None
) -> list[Sheet]:
    """``board``'s tables in ``SHEETS`` order (its rows as lists; pure: no role check)."""
    w = _Words(words, labels)
    tables: dict[str, tuple[list[str], list[list]]] = {
        "visits": _visits(board, w),
        "satisfaction": ([], [_satisfaction(board)]),
        "trend": ([], [[p.bucket, p.answers, p.overall, p.nps] for p in board.satisfaction.trend]),
        "lowest_rated": ([], list(_lowest(board, w))),
        "complaints": ([], [_complaints(board)]),
        "complaint_steps": (
            [],
            [
                [s.step, s.done, None if s.mean_seconds is None else s.mean_seconds / 3600]
                for s in board.complaints.steps
            ],
        ),
        "tiers": (
            [],
            [
                [board.tiers.period, w.label("tier", t.tier), t.customers]
                for t in board.tiers.distribution
            ],
        ),
        "tier_moves": (
            [],
            [
                [board.tiers.previous_period, w.label("move", move), n]
                for move, n in board.tiers.moves.items()
            ],
        ),
        "tier_matrix": (
            [],
            [
                [w.label("tier", m.from_tier), w.label("tier", m.to_tier), m.customers]
                for m in board.tiers.matrix
            ],
        ),
        "follow_ups": ([], _follow_ups(board, w)),
        "conversion": (
            [],
            [[c.within_days, c.prospects, c.bought, c.rate] for c in (board.conversion,)],
        ),
    }
    sheets = []
    for key, (title, columns) in SHEETS.items():
        extra_keys, rows = tables[key]
        heads = [w(c[0]) for c in columns] + extra_keys
        kinds = [c[1] for c in columns] + [INTEGER] * len(extra_keys)
        widths = [c[2] for c in columns] + [10] * len(extra_keys)
        sheets.append(Sheet(w.title(key, title), heads, rows, kinds, widths))
    return sheets


def _visits(board: Dashboard, w: _Words) -> tuple[list[str], list[list]]:
    current = board.visits.current
    heads = [w.series("purpose", s.key) for s in current.by_purpose]
    heads += [w.series("category", s.key) for s in current.by_category]
    rows: list[list] = []
    for name, counts, change in (
        ("this_period", current, board.visits.change),
        ("last_year", board.visits.last_year, None),
    ):
        rows += _visit_rows(w(name), counts)
        total = [w(name) + " · " + w("total"), None, counts.total, change]
        rows.append(total + [s.total for s in counts.by_purpose + counts.by_category])
    return heads, rows


def _visit_rows(name: str, counts: VisitCounts) -> Iterator[list]:
    series = counts.by_purpose + counts.by_category
    for i, bucket in enumerate(counts.buckets):
        yield [name, bucket, counts.per_bucket[i], None] + [s.counts[i] for s in series]


def _satisfaction(board: Dashboard) -> list:
    a, nps = board.satisfaction.averages, board.satisfaction.nps
    return [
        a.answers,
        *(getattr(a, r) for r in RATINGS),
        a.recommend,
        nps.promoters,
        nps.passives,
        nps.detractors,
        nps.score,
    ]


def _lowest(board: Dashboard, w: _Words) -> Iterator[list]:
    s = board.satisfaction
    ranked: list[tuple[str, LowRated]] = [("host", r) for r in s.lowest_hosts]
    ranked += [("purpose", r) for r in s.lowest_purposes]
    for kind, r in ranked:
        name = r.key if kind == "host" else w.label("purpose", r.key)
        head = [w(kind), name, r.answers, r.overall]
        if not r.comments:
            yield head + [None] * 5
        for c in r.comments:
            yield head + [c.at, c.host, w.label("purpose", c.purpose), c.overall, c.text]


def _complaints(board: Dashboard) -> list:
    c = board.complaints
    return [
        c.opened,
        c.closed,
        c.closed_resolved,
        c.resolved_share,
        c.overdue,
        c.call_backs,
        c.call_backs_resolved,
    ]


def _follow_ups(board: Dashboard, w: _Words) -> list[list]:
    f = board.follow_ups
    rows = [[x.name or w("not_assigned"), x.department or None, x.done, x.overdue] for x in f.staff]
    rows.append([w("all_staff"), None, f.done, f.overdue])
    return rows


def export_dashboard(
    actor_id: int,
    path: str | Path,
    period: ReportPeriod,
    filters: DashboardFilters | None = None,
    *,
    file_format: str = "xlsx",
    words: Mapping[str, str] | None = None,
    labels: Labels | None = None,
    conversion_days: int = reports.CONVERSION_DAYS,
    min_answers: int = reports.MIN_ANSWERS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the dashboard of ``period`` and ``filters`` to ``path`` as ``file_format``
    ("xlsx" or "csv"); returns the rows written (REPORTS)."""
    actor = authorize(actor_id, Permission.REPORTS)
    if file_format not in DASHBOARD_FORMATS:
        raise ValidationError("export_format", field="format")
    filters = filters or DashboardFilters()
    board = reports.dashboard(
        actor_id, period, filters, conversion_days=conversion_days, min_answers=min_answers
    )
    sheets = dashboard_sheets(board, words, labels)
    ticker = Progress(progress, cancelled, sum(len(list(s.rows)) for s in sheets))
    ticker.check()
    try:
        if file_format == "xlsx":
            count = write_workbook(path, sheets, progress=ticker)
        else:
            count = write_sections(path, sheets, progress=ticker)
    except OSError:
        raise DeskError("export_write_failed", field="file") from None
    audit.record(
        clock.now(),
        actor.id,
        ACTION,
        "export",
        0,
        count=count,
        file_format=file_format,
        period_kind=period.kind.value,
        first=period.start.isoformat(),
        last=period.end.isoformat(),
        conversion_days=conversion_days,
        min_answers=min_answers,
        **{k: v for k, v in filters.to_json().items() if v not in (None, "")},
    )
    return count


def dashboard_words_keys() -> Sequence[str]:
    """Every key ``words`` may translate: the sheets', the columns' and the rows'."""
    keys = list(SHEETS)
    keys += [c[0] for _title, columns in SHEETS.values() for c in columns]
    keys += ROW_WORDS
    return list(dict.fromkeys(keys))
