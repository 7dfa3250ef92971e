"""Check-in and check-out through the services, the on-site board with 200 visitors on
site (service and Qt model), and the visit log's pages while scrolling (Qt model).

Floors are the bare SQL statements of the same work on a bare connection (``bare.py``).
Leaves ``on_site`` visitors on site (the board needs them); everything else it writes is
what a desk would write.
"""

from __future__ import annotations

import random
import time

from receptionist.services import visits
from receptionist.services.staff import list_staff

from .bare import Bare
from .common import DESK_ACTOR, measurement, timed

# Ratios to the bare statements of the same work (the check-in's floor leaves out the
# search for the flow rule and the audit row; the board's converts no views).
CHECK_IN_TARGET = {"p99_ms": 50.0, "ratio_p50": 15.0}
BOARD_TARGET = {"p99_ms": 30.0, "ratio_p50": 10.0}
# The page (query, views, model) against the bare keyset query, and the page on screen
# against the repaint of the same table without a query.
LOG_PAGE_TARGET = {"p99_ms": 30.0, "ratio_p50": 10.0}
LOG_SCREEN_TARGET = {"p99_ms": 30.0, "ratio_p50": 2.0}
_PURPOSES = ("sales", "after_sales", "relationship", "complaint")
_ON_SITE_SQL = (
    "SELECT v.*, c.*, h.* FROM visit v JOIN customer c ON v.customer_id = c.id "
    "LEFT JOIN staff h ON v.host_id = h.id WHERE v.status = 'on_site' "
    "ORDER BY v.check_in_at, v.id"
)
_LOG_FIRST = (
    "SELECT v.*, c.*, h.* FROM visit v JOIN customer c ON v.customer_id = c.id "
    "LEFT JOIN staff h ON v.host_id = h.id WHERE v.check_in_at IS NOT NULL "
    "ORDER BY v.check_in_at DESC, v.id DESC LIMIT ?"
)
_LOG_NEXT = (
    "SELECT v.*, c.*, h.* FROM visit v JOIN customer c ON v.customer_id = c.id "
    "LEFT JOIN staff h ON v.host_id = h.id WHERE v.check_in_at IS NOT NULL "
    "AND v.check_in_at <= ? AND (v.check_in_at < ? OR (v.check_in_at = ? AND v.id < ?)) "
    "ORDER BY v.check_in_at DESC, v.id DESC LIMIT ?"
)


def _customers(con: Bare, count: int, rnd: random.Random) -> list[int]:
    """Random customers who exist (ids have gaps where a floor's rows were deleted), not
    the kiosk's visitors of an earlier run on the same database, which the kiosk
    measurement checks in again and must find off site."""
    eligible = "name NOT LIKE 'Kiosk Visitor %'"
    top, total = con.all(f"SELECT max(id), count(*) FROM customer WHERE {eligible}")[0]
    chosen: dict[int, None] = {}
    while len(chosen) < min(count, total):
        draw = [rnd.randint(1, top) for _ in range(count)]
        marks = ",".join("?" * len(draw))
        rows = con.all(f"SELECT id FROM customer WHERE id IN ({marks}) AND {eligible}", draw)
        found = {row[0] for row in rows}
        chosen.update((cid, None) for cid in draw if cid in found)
    return list(chosen)[:count]


def _floor_check_in(con: Bare, customer_ids: list[int]) -> list[float]:
    """The statements a check-in needs, each check-in committed (status 'floor': the
    check-out floor then checks them out, and ``_drop_floor_rows`` deletes them)."""
    con.execute("DELETE FROM visit_code_counter WHERE day = '0000'")
    con.execute("INSERT INTO visit_code_counter (day, last) VALUES ('0000', 0)")

    def one(cid: int) -> None:
        con.begin()
        row = con.one("SELECT visit_count FROM customer WHERE id = ?", (cid,))
        con.execute("UPDATE visit_code_counter SET last = last + 1 WHERE day = '0000'")
        seq = con.one("SELECT last FROM visit_code_counter WHERE day = '0000'")
        assert row is not None and seq is not None
        con.execute(
            "INSERT INTO visit (code, customer_id, purpose, flow, category, host_id, "
            "receptionist_id, party_size, room, note, status, station, check_in_at, "
            "playbook_done) VALUES (?, ?, 'sales', 'follow_up', 'existing', NULL, 1, 1, '', "
            f"'', 'floor', 'desk', {con.now}, '')",
            (f"F-0000-{seq[0]:06d}", cid),
        )
        con.execute("UPDATE customer SET visit_count = ? WHERE id = ?", (row[0], cid))
        con.commit()

    return timed(one, customer_ids)


def _floor_check_out(con: Bare, count: int) -> list[float]:
    rows = con.all("SELECT code FROM visit WHERE status = 'floor' LIMIT ?", [count])
    codes = [r[0] for r in rows]

    def one(code: str) -> None:
        con.begin()
        con.one("SELECT id, status FROM visit WHERE code = ?", (code,))
        con.execute(
            "UPDATE visit SET status = 'floor_out', checked_out_by_id = 1, "
            f"check_out_at = {con.now} WHERE code = ?",
            (code,),
        )
        con.commit()

    return timed(one, codes)


def _drop_floor_rows(con: Bare) -> None:
    con.execute("DELETE FROM visit WHERE status IN ('floor', 'floor_out')")
    con.execute("DELETE FROM visit_code_counter WHERE day = '0000'")


def run_check_in(where: str, report, count: int = 1000, on_site: int = 200, seed: int = 2) -> None:
    """Check ``count`` customers in, then all but ``on_site`` of them out."""
    rnd = random.Random(seed)
    con = Bare(where)
    ids = _customers(con, count + 200, rnd)
    floor_ids, ids = ids[count:], ids[:count]
    actor = DESK_ACTOR
    hosts: list[int | None] = [s.id for s in list_staff(actor) if s.role != "receptionist"] or [
        None
    ]
    checked = []

    def check_in(cid: int) -> None:
        checked.append(
            visits.check_in(
                actor, customer_id=cid, purpose=rnd.choice(_PURPOSES), host_id=rnd.choice(hosts)
            ).code
        )

    ours = timed(check_in, ids)
    floor = _floor_check_in(con, (floor_ids * (len(ids) // len(floor_ids) + 1))[: len(ids)])
    report(measurement("desk", "check_in", ours, floor, CHECK_IN_TARGET))
    leaving = checked[on_site:]
    ours = timed(lambda code: visits.check_out(actor, code), leaving)
    floor = _floor_check_out(con, len(leaving))
    _drop_floor_rows(con)
    report(measurement("desk", "check_out", ours, floor, CHECK_IN_TARGET))
    con.close()


def _desk_context():
    from receptionist.services import settings
    from receptionist.services.staff import require_actor
    from receptionist.ui.common.context import DeskContext

    return DeskContext(
        actor=require_actor(DESK_ACTOR), site=settings.site_settings(), language="zh_CN"
    )


def run_board(where: str, report, app, refreshes: int = 200) -> None:
    """The board's two-second poll: the service alone, and the desk's board widget (its
    Qt model, a shown table and the repaint)."""
    from receptionist.ui.desk.board import OnSiteBoard

    con = Bare(where, read_only=True)
    count = con.all("SELECT count(*) FROM visit WHERE status = 'on_site'")[0][0]
    floor = timed(lambda _: con.all(_ON_SITE_SQL), range(refreshes))
    ours = timed(lambda _: visits.on_site_board(DESK_ACTOR), range(refreshes))
    report(measurement("board", "on_site_board", ours, floor, BOARD_TARGET, on_site=count))

    board = OnSiteBoard(_desk_context())
    board.resize(900, 700)

    def show(_: object) -> None:
        board.show()
        app.processEvents()

    first = timed(show, range(1))  # fills it
    board._poll.stop()  # no timer-driven refresh inside the measurement
    board._tick.stop()

    def refresh(_: object) -> None:
        board.refresh()
        app.processEvents()  # the view repaints what changed

    ours = timed(refresh, range(refreshes))
    report(
        measurement(
            "board",
            "board_refresh",
            ours,
            floor,
            BOARD_TARGET,
            on_site=board.model.rowCount(),
            first_show_ms=round(first[0], 3),
        )
    )
    board.close()
    board.deleteLater()
    app.processEvents()
    con.close()


def run_log(where: str, report, app, pages: int = 100) -> None:
    """The desk's visit log window on the whole history, in two parts each beside its own
    floor. The page: resetting the filter (first page) and scrolling to the bottom, where
    Qt asks ``canFetchMore``/``fetchMore`` for the next page (query, views, model insert),
    beside the bare keyset query. On screen: the same with the repaint, beside the repaint
    of the same table scrolled over rows already loaded (no query)."""
    from receptionist.services.visit_log import LogFilter
    from receptionist.ui.visit_log.model import PAGE_SIZE
    from receptionist.ui.visit_log.window import VisitLogWindow

    con = Bare(where, read_only=True)
    window = VisitLogWindow(_desk_context())
    window.resize(1300, 800)
    window.show()
    app.processEvents()
    table, model = window.log_table, window.model
    # The whole history: the default filter (last 30 days) may hold fewer pages.
    everything = LogFilter()

    floor_first = timed(lambda _: con.all(_LOG_FIRST, (PAGE_SIZE,)), range(20))
    ours_first = timed(lambda _: model.set_filter(everything), range(20))
    report(measurement("log", "first_page", ours_first, floor_first, LOG_PAGE_TARGET))

    loaded: list[int] = []
    painted: list[float] = []

    def scroll(_: object) -> None:
        before = model.rowCount()
        table.scrollToBottom()  # Qt fetches the next page at the bottom
        loaded.append(model.rowCount() - before)
        started = time.perf_counter()
        app.processEvents()  # the repaint, timed on its own
        painted.append((time.perf_counter() - started) * 1000)

    ours = timed(scroll, range(pages))
    on_screen = ours  # the scroll, the page and the repaint
    ours = [whole - paint for whole, paint in zip(on_screen, painted, strict=True)]
    rows = con.all(_LOG_FIRST, (PAGE_SIZE,))
    keys: list[tuple] = []
    for _ in range(pages):  # the same pages, keyset on (check_in_at, id)
        at, vid = rows[-1][14], rows[-1][0]
        keys.append((at, at, at, vid, PAGE_SIZE))
        rows = con.all(_LOG_NEXT, keys[-1])
    floor = timed(lambda key: con.all(_LOG_NEXT, key), keys)
    report(
        measurement(
            "log",
            "next_page",
            ours,
            floor,
            LOG_PAGE_TARGET,
            rows=model.rowCount(),
            rows_per_scroll=sorted(set(loaded)),
        )
    )
    far = model.index(model.rowCount() // 2, 0)

    def repaint_only(i: int) -> None:  # scrolled over loaded rows: no query, same paint
        table.scrollToTop() if i % 2 else table.scrollTo(far)
        app.processEvents()

    floor = timed(repaint_only, range(pages))
    report(measurement("log", "next_page_on_screen", on_screen, floor, LOG_SCREEN_TARGET))
    window.close()
    window.deleteLater()
    app.processEvents()
    con.close()
