"""The evacuation list (紧急疏散名单) on A4: everyone on site, grouped by host, with a box
to tick per visit at the roll call.

Black on white (a grey band behind each host, light enough to photocopy), the bundled CJK
font embedded, every page headed and numbered "Page n of N". The first page says the
site, when the list was made and how many are on site; later pages repeat a short
header, the columns and, for a host whose visitors run on, the host's name.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..domain.enums import Station
from .evacuation_data import EvacuationList, Evacuee, HostGroup
from .layout import Anchor, Sheet, fit_text

GREY = colors.Color(0.35, 0.35, 0.35)
BAND = colors.Color(0.88, 0.88, 0.88)
MARGIN = 15 * mm
ROW = 23.0  # one visit: two lines of MIN_SIZE fit
MIN_SIZE = 8.5  # long names and companies wrap at this size rather than shrink
BAND_H = 22.0  # one host's heading
BAND_GAP = 2.0  # between the heading and its first visitor
FOOTER = 14 * mm  # kept free at the bottom for the page number
BOX = 11.0  # the tick box

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Evacuation list",
        "continued_title": "Evacuation list (continued)",
        "made_at": "Made at {at} — everyone checked in and not checked out at that moment",
        "made_short": "made at {at}",
        "count": "{visitors} · {people} on site",
        "visitor": "1 visitor",
        "visitors": "{n} visitors",
        "person": "1 person",
        "persons": "{n} people",
        "hint": "Tick the box when every person of the line is accounted for. "
        "People: the visitor and those with them.",
        "name": "Name",
        "company": "Company",
        "people": "People",
        "since": "Since",
        "station": "Checked in at",
        "no_host": "No host",
        "host_line": "Host: {host}",
        "group_count": "{visitors}, {people}",
        "continued": "(continued)",
        "room": "room {room}",
        "nobody": "Nobody is on site.",
        "page": "Page {n} of {total}",
        Station.DESK: "Desk",
        Station.KIOSK: "Kiosk",
        Station.CLI: "Command line",
    },
    "zh_CN": {
        "title": "紧急疏散名单",
        "continued_title": "紧急疏散名单（续）",
        "made_at": "生成时间：{at}（此刻已签到且未签退的全部人员）",
        "made_short": "生成于 {at}",
        "count": "在场 {visitors}，共 {people}",
        "visitor": "1 位访客",
        "visitors": "{n} 位访客",
        "person": "1 人",
        "persons": "{n} 人",
        "hint": "该行人员全部确认安全后，在方框内打勾。人数：访客本人及其同行人员。",
        "name": "姓名",
        "company": "单位",
        "people": "人数",
        "since": "到访时间",
        "station": "签到处",
        "no_host": "无接待人",
        "host_line": "接待人：{host}",
        "group_count": "{visitors}，{people}",
        "continued": "（续）",
        "room": "房间 {room}",
        "nobody": "目前无人在场。",
        "page": "第 {n} 页，共 {total} 页",
        Station.DESK: "前台",
        Station.KIOSK: "自助机",
        Station.CLI: "命令行",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    return _LABELS[lang if lang in _LABELS else "en"][key].format(**values)


def visitors_text(lang: str, n: int) -> str:
    return _t(lang, "visitor") if n == 1 else _t(lang, "visitors", n=n)


def people_text(lang: str, n: int) -> str:
    return _t(lang, "person") if n == 1 else _t(lang, "persons", n=n)


def _local(at: datetime) -> datetime:
    return at.astimezone()


def since_text(person: Evacuee, made_at: datetime) -> str:
    """The time of arrival; with the date when it was another day than the list's."""
    since = _local(person.since)
    if since.date() == _local(made_at).date():
        return since.strftime("%H:%M")
    return since.strftime("%m-%d %H:%M")


def station_text(lang: str, person: Evacuee) -> str:
    return person.station_name or _t(lang, person.station)


# Columns: (key, x offset from the margin, width, anchor); the tick box comes first.
_W = A4[0] - 2 * MARGIN
_COLUMNS: tuple[tuple[str, float, float, Anchor], ...] = (
    ("name", 26.0, 150.0, "start"),
    ("company", 182.0, 150.0, "start"),
    ("people", 336.0, 40.0, "end"),
    ("since", 386.0, 58.0, "start"),
    ("station", 448.0, _W - 448.0, "start"),
)


class _Pages:
    """Lays the list out page by page; each page a ``Sheet``."""

    def __init__(self, data: EvacuationList, lang: str) -> None:
        self.data = data
        self.lang = lang if lang in _LABELS else "en"
        self.sheets: list[Sheet] = []
        self.sheet = self._first_page()

    @property
    def bottom(self) -> float:
        return FOOTER

    def _new_sheet(self) -> Sheet:
        sheet = Sheet(A4[0], A4[1], MARGIN)
        self.sheets.append(sheet)
        return sheet

    def _first_page(self) -> Sheet:
        sheet = self._new_sheet()
        data, lang = self.data, self.lang
        top = sheet.cursor
        title = sheet.text("title", _t(lang, "title"), 24, advance=False, width=_W * 0.55)
        if data.site_name:
            sheet.text(
                "site",
                data.site_name,
                13,
                min_size=9,
                max_lines=2,
                x=MARGIN + _W * 0.55,
                width=_W * 0.45,
                anchor="end",
                top=top - 4,
                advance=False,
            )
        sheet.cursor = title.y - 6
        count = _t(
            lang,
            "count",
            visitors=visitors_text(lang, data.visitors),
            people=people_text(lang, data.head_count),
        )
        sheet.text("count", count, 16, min_size=11)
        sheet.gap(3)
        at = _local(data.made_at).strftime("%Y-%m-%d %H:%M")
        sheet.text("made_at", _t(lang, "made_at", at=at), 10, min_size=8, color=GREY)
        sheet.gap(2)
        sheet.text("hint", _t(lang, "hint"), 9, min_size=7, max_lines=2, color=GREY)
        sheet.gap(8)
        if data.people:
            self._column_heads(sheet)
        return sheet

    def _next_page(self) -> None:
        sheet = self._new_sheet()
        at = _local(self.data.made_at).strftime("%Y-%m-%d %H:%M")
        head = " · ".join(
            x
            for x in (
                _t(self.lang, "continued_title"),
                self.data.site_name,
                _t(self.lang, "made_short", at=at),
            )
            if x
        )
        sheet.text(None, head, 11, min_size=8)
        sheet.gap(8)
        self._column_heads(sheet)
        self.sheet = sheet

    def _column_heads(self, sheet: Sheet) -> None:
        top = sheet.cursor
        for key, x, width, anchor in _COLUMNS:
            sheet.text(
                None,
                _t(self.lang, key),
                9,
                min_size=7,
                x=MARGIN + x,
                width=width,
                anchor=anchor,
                color=GREY,
                top=top,
                advance=False,
            )
        sheet.cursor = top - 14
        sheet.rule(sheet.cursor, width=1.0)
        sheet.gap(2)

    def _room_for(self, height: float) -> bool:
        return self.sheet.cursor - height >= self.bottom

    def group(self, group: HostGroup) -> None:
        # A host's heading never ends a page: it keeps at least one of its visitors.
        if not self._room_for(BAND_H + BAND_GAP + ROW):
            self._next_page()
        self._band(group, continued=False)
        for person in group.people:
            if not self._room_for(ROW):
                self._next_page()
                self._band(group, continued=True)
            self._row(person)
        self.sheet.gap(6)

    def _band(self, group: HostGroup, *, continued: bool) -> None:
        sheet, lang = self.sheet, self.lang
        top = sheet.cursor
        sheet.rect(None, MARGIN, top - BAND_H, _W, BAND_H, fill=BAND, stroke=None)
        host = group.host_name or _t(lang, "no_host")
        text = _t(lang, "host_line", host=host) if group.host_name else host
        if continued:
            text = f"{text} {_t(lang, 'continued')}"
        counts = _t(
            lang,
            "group_count",
            visitors=visitors_text(lang, len(group.people)),
            people=people_text(lang, group.head_count),
        )
        sheet.text(
            None,
            counts,
            10,
            x=MARGIN + _W * 0.62,
            width=_W * 0.38 - 6,
            anchor="end",
            top=top - 4,
            advance=False,
        )
        sheet.text(
            f"host:{group.host_id or 0}:{len(self.sheets)}",
            text,
            12,
            min_size=9,
            x=MARGIN + 6,
            width=_W * 0.62 - 12,
            top=top - 3,
            advance=False,
        )
        sheet.cursor = top - BAND_H - BAND_GAP

    def _row(self, person: Evacuee) -> None:
        sheet, lang = self.sheet, self.lang
        top = sheet.cursor
        box_top = top - (ROW - BOX) / 2
        sheet.rect(f"box:{person.visit_id}", MARGIN + 6, box_top - BOX, BOX, BOX, stroke_width=1.0)
        name = person.name
        if person.room:
            name = f"{name} ({_t(lang, 'room', room=person.room)})"
        cells = {
            "name": name,
            "company": person.company,
            "people": str(person.party_size),
            "since": since_text(person, self.data.made_at),
            "station": station_text(lang, person),
        }
        for key, x, width, anchor in _COLUMNS:
            size = 11 if key == "name" else 10
            wraps = key in ("name", "company")
            fitted = fit_text(cells[key], width, size, MIN_SIZE if wraps else 8, 2 if wraps else 1)
            box = sheet.draw_fitted(
                fitted,
                MARGIN + x,
                top - (ROW - fitted.height) / 2,  # centred in the row, beside the box
                width,
                anchor=anchor,
            )
            if key == "name":
                sheet.boxes[f"name:{person.visit_id}"] = box
        sheet.cursor = top - ROW
        sheet.rule(sheet.cursor, width=0.3, color=GREY)

    def nobody(self) -> None:
        self.sheet.gap(10)
        self.sheet.text("nobody", _t(self.lang, "nobody"), 14)

    def finish(self) -> list[Drawing]:
        total = len(self.sheets)
        at = _local(self.data.made_at).strftime("%Y-%m-%d %H:%M")
        left = " · ".join(
            x for x in (_t(self.lang, "title"), _t(self.lang, "made_short", at=at)) if x
        )
        for number, sheet in enumerate(self.sheets, 1):
            top = FOOTER - 5 * mm
            sheet.rule(FOOTER - 2 * mm, width=0.5, color=GREY)
            sheet.text(None, left, 8, x=MARGIN, width=_W * 0.6, color=GREY, top=top)
            sheet.text(
                f"page:{number}",
                _t(self.lang, "page", n=number, total=total),
                9,
                x=MARGIN + _W * 0.6,
                width=_W * 0.4,
                anchor="end",
                top=top,
            )
        return [sheet.drawing for sheet in self.sheets]


def layout_evacuation(data: EvacuationList, lang: str = "en") -> list[Sheet]:
    """Lay the list out: one ``Sheet`` per A4 page (its ``boxes`` name what was placed)."""
    pages = _Pages(data, lang)
    if not data.people:
        pages.nobody()
    for group in data.groups():
        pages.group(group)
    pages.finish()
    return pages.sheets
