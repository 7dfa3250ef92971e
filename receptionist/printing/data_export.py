"""A customer's data export as a readable PDF (A4, the bundled CJK font embedded).

Built from ``services.privacy.export_customer``'s data: the record, the category history,
each visit with its feedback and notifications, the archive's special dates, purchases,
value tiers, merged records and complaints with their steps, and the audit entries about them. The
JSON file holds the same data for machines; this is for the person who asked.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from ..domain.enums import Purpose
from .fonts import register_font
from .labels import purpose_label

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Personal data held on customer #{id}",
        "intro": "Everything this site holds on you, as of {at}. Times are UTC.",
        "record": "Your record",
        "name": "Name",
        "phone": "Phone",
        "email": "E-mail",
        "company": "Company",
        "title_field": "Title",
        "kind": "Kind",
        "category": "Category",
        "account_manager": "Account manager",
        "source": "Source",
        "preferences": "Preferences",
        "notes": "Notes",
        "consent": "Consent",
        "customer_ref": "Customer reference",
        "preference_tags": "Preference tags",
        "contact_consent": "Agreed to be contacted",
        "special_dates": "Special dates",
        "purchases": "Purchases",
        "tiers": "Value tiers (computed from purchases)",
        "merged_records": "Records merged into yours",
        "complaints": "Complaints",
        "complaint": "Complaint",
        "complaint_steps": "Steps (who, when, note)",
        "status": "Status",
        "follow_ups": "Follow-up calls and greetings",
        "task_status": "Status and outcome",
        "lost_reviews": "Reviews of your leaving us",
        "lost_review": "Status / reason / where to",
        "date": "Date",
        "date_kind": "Which day",
        "reference": "Reference",
        "amount": "Amount",
        "period": "Period",
        "tier_place": "Rank / tier / stars",
        "visit_count": "Visits",
        "last_visit_at": "Last visit",
        "created_at": "Registered",
        "erased_at": "Erased",
        "history": "Category history",
        "visits": "Visits",
        "audit": "Record of who handled your data",
        "none": "None.",
        "yes": "yes",
        "no": "no",
        "when": "When",
        "from_to": "Change",
        "reason": "Reason",
        "staff": "Staff",
        "code": "Code",
        "purpose": "Purpose / flow",
        "host": "Host",
        "times": "In / out",
        "feedback": "Feedback",
        "action": "Action",
        "record_ref": "Record",
        "notifications": "{n} notification(s) to the host",
        "rated": "overall {overall}/5",
        "page": "Page {n}",
    },
    "zh_CN": {
        "title": "客户 #{id} 的个人信息",
        "intro": "截至 {at}，本单位保存的关于您的全部信息。时间为协调世界时（UTC）。",
        "record": "您的档案",
        "name": "姓名",
        "phone": "电话",
        "email": "电子邮箱",
        "company": "公司",
        "title_field": "职务",
        "kind": "客户类型",
        "category": "客户分类",
        "account_manager": "客户经理",
        "source": "来源渠道",
        "preferences": "偏好",
        "notes": "备注",
        "consent": "同意保存信息",
        "customer_ref": "客户编号",
        "preference_tags": "喜好标签",
        "contact_consent": "同意我们主动联系",
        "special_dates": "纪念日",
        "purchases": "购买记录",
        "tiers": "价值等级（按购买计算）",
        "merged_records": "并入您档案的记录",
        "complaints": "投诉记录",
        "complaint": "投诉",
        "complaint_steps": "处理步骤（人员、时间、记录）",
        "status": "状态",
        "follow_ups": "回访与问候",
        "task_status": "状态与结果",
        "lost_reviews": "流失客户回访记录",
        "lost_review": "状态 / 原因 / 去向",
        "date": "日期",
        "date_kind": "类型",
        "reference": "单号",
        "amount": "金额",
        "period": "期间",
        "tier_place": "排名 / 等级 / 星级",
        "visit_count": "来访次数",
        "last_visit_at": "最近来访",
        "created_at": "登记时间",
        "erased_at": "删除时间",
        "history": "分类变更记录",
        "visits": "来访记录",
        "audit": "您的信息的处理记录",
        "none": "无。",
        "yes": "是",
        "no": "否",
        "when": "时间",
        "from_to": "变更",
        "reason": "原因",
        "staff": "员工",
        "code": "来访编号",
        "purpose": "接待目的 / 流程",
        "host": "接待人",
        "times": "到达 / 离开",
        "feedback": "反馈",
        "action": "操作",
        "record_ref": "记录",
        "notifications": "已通知接待人 {n} 次",
        "rated": "总体评分 {overall}/5",
        "page": "第 {n} 页",
    },
}

# The vocabulary's names (DESIGN.md) of the codes an export holds.
_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "initial": "First reception",
        "follow_up": "Follow-up",
        "maintenance": "Maintenance",
        "complaint": "Complaint handling",
        "prospect": "Prospect",
        "existing": "Existing customer",
        "vip": "VIP",
        "problem": "Problem customer",
        "consumer": "Consumer",
        "business": "Business",
        "internal": "Internal",
        "registered": "Registered",
        "birthday": "Birthday",
        "wedding": "Wedding anniversary",
        "founding": "Company founding day",
        "other": "Other",
        "platinum": "Platinum",
        "gold": "Gold",
        "iron": "Iron",
        "lead": "Lead",
        "complaint_callback": "Complaint call-back",
        "prospect_follow_up": "Prospect follow-up",
        "vip_care": "VIP care",
        "satisfaction_survey": "Satisfaction call-back",
        "birthday_greeting": "Birthday greeting",
        "anniversary_greeting": "Anniversary greeting",
        "holiday_greeting": "Holiday greeting",
        "win_back": "Win-back",
        "open": "Open",
        "done": "Done",
        "skipped": "Skipped",
    },
    "zh_CN": {
        "initial": "初次接待",
        "follow_up": "跟进接待",
        "maintenance": "维护接待",
        "complaint": "投诉接待",
        "prospect": "潜在客户",
        "existing": "现有客户",
        "vip": "VIP客户",
        "problem": "问题客户",
        "consumer": "消费者",
        "business": "商业型",
        "internal": "企业内部客户",
        "registered": "登记",
        "birthday": "生日",
        "wedding": "结婚纪念日",
        "founding": "公司成立日",
        "other": "其他",
        "platinum": "白金客户",
        "gold": "黄金客户",
        "iron": "铁客户",
        "lead": "铅客户",
        "complaint_callback": "投诉回访",
        "prospect_follow_up": "潜在客户跟进",
        "vip_care": "VIP关怀",
        "satisfaction_survey": "满意度回访",
        "birthday_greeting": "生日问候",
        "anniversary_greeting": "纪念日问候",
        "holiday_greeting": "节日问候",
        "win_back": "挽回客户",
        "open": "待办",
        "done": "已完成",
        "skipped": "已跳过",
    },
}

_RECORD_FIELDS = (
    ("name", "name"),
    ("phone", "phone"),
    ("email", "email"),
    ("company", "company"),
    ("title", "title_field"),
    ("kind", "kind"),
    ("category", "category"),
    ("account_manager", "account_manager"),
    ("source", "source"),
    ("preferences", "preferences"),
    ("preference_tags", "preference_tags"),
    ("notes", "notes"),
    ("consent", "consent"),
    ("contact_consent", "contact_consent"),
    ("customer_ref", "customer_ref"),
    ("visit_count", "visit_count"),
    ("last_visit_at", "last_visit_at"),
    ("created_at", "created_at"),
    ("erased_at", "erased_at"),
)


def _time(value: str | None) -> str:
    if not value:
        return ""
    return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")


class _Writer:
    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _LABELS else "en"
        self.t = _LABELS[self.lang]
        self.names = _NAMES[self.lang]
        font = register_font()
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=11)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontSize=16, leading=22, spaceAfter=4)
        self.h2 = ParagraphStyle(
            "h2", parent=self.body, fontSize=12, leading=17, spaceBefore=10, spaceAfter=4
        )

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        shown = escape(str(text)).replace("\n", "<br/>")
        return Paragraph(shown, style or self.small)

    def table(
        self, header: list[str] | None, rows: list[list[object]], widths: list[float]
    ) -> Table:
        """A grid; ``header`` (repeated on every page) shaded, else the first column."""
        data = [[self.p(h) for h in header]] if header else []
        data += [[self.p(c) for c in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        shaded = (-1, 0) if header else (0, -1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), shaded, colors.HexColor("#e8edf3")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table


def build_export_pdf(data: dict, lang: str = "en") -> bytes:
    """The export ``data`` (``services.privacy.export_customer``) as PDF bytes."""
    w = _Writer(lang)
    t = w.t
    customer = data["customer"]
    story: list = [
        w.p(t["title"].format(id=customer["id"]), w.h1),
        w.p(t["intro"].format(at=_time(data["exported_at"])), w.body),
        w.p(t["record"], w.h2),
    ]
    rows = []
    for key, label in _RECORD_FIELDS:
        value = customer.get(key)
        if isinstance(value, bool):
            value = t["yes"] if value else t["no"]
        elif isinstance(value, list):
            value = "、".join(value) if w.lang == "zh_CN" else ", ".join(value)
        elif key.endswith("_at"):
            value = _time(value)
        elif key in ("kind", "category"):
            value = w.names.get(value, value)
        rows.append([t[label], "" if value is None else value])
    story.append(w.table(None, rows, [45 * mm, 125 * mm]))

    story.append(w.p(t["history"], w.h2))
    history = [
        [
            _time(c["changed_at"]),
            f"{w.names.get(c['from'], '—')} → {w.names.get(c['to'], c['to'])}",
            w.names.get(c["reason"], c["reason"]),
            c["staff"] or "",
        ]
        for c in data["category_history"]
    ]
    widths = [32 * mm, 45 * mm, 63 * mm, 30 * mm]
    story.append(
        w.table([t["when"], t["from_to"], t["reason"], t["staff"]], history, widths)
        if history
        else w.p(t["none"], w.body)
    )

    story.append(w.p(t["visits"], w.h2))
    visits = [_visit_row(w, v) for v in data["visits"]]
    widths = [24 * mm, 30 * mm, 22 * mm, 32 * mm, 62 * mm]
    header = [t["code"], t["purpose"], t["host"], t["times"], t["notes"]]
    story.append(w.table(header, visits, widths) if visits else w.p(t["none"], w.body))

    _archive_sections(w, data, story)

    story.append(w.p(t["audit"], w.h2))
    entries = [
        [_time(e["at"]), e["action"], f"{e['record_type']} #{e['record_id']}", e["staff"] or ""]
        for e in data["audit"]
    ]
    widths = [32 * mm, 50 * mm, 40 * mm, 48 * mm]
    header = [t["when"], t["action"], t["record_ref"], t["staff"]]
    story.append(w.table(header, entries, widths) if entries else w.p(t["none"], w.body))

    out = io.BytesIO()

    def footer(canvas, doc) -> None:
        canvas.setFont(w.body.fontName, 8)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, t["page"].format(n=doc.page))

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=t["title"].format(id=customer["id"]),
        invariant=True,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _archive_sections(w: _Writer, data: dict, story: list) -> None:
    """Special dates, purchases, value tiers, merged records (export format 2), and
    complaints, follow-up tasks and lost-customer reviews (issue 13)."""
    t = w.t

    def section(title: str, header: list[str], rows: list[list[object]], widths: list) -> None:
        story.append(w.p(t[title], w.h2))
        story.append(w.table(header, rows, widths) if rows else w.p(t["none"], w.body))

    dates = [
        [
            w.names.get(d["kind"], d["kind"]) + (f" ({d['label']})" if d["label"] else ""),
            (f"{d['year']}-" if d["year"] else "") + f"{d['month']:02d}-{d['day']:02d}",
        ]
        for d in data.get("special_dates", [])
    ]
    section("special_dates", [t["date_kind"], t["date"]], dates, [85 * mm, 85 * mm])
    bought = [
        [p["date"], p["amount"], p["note"], p["reference"]] for p in data.get("purchases", [])
    ]
    header = [t["date"], t["amount"], t["notes"], t["reference"]]
    section("purchases", header, bought, [30 * mm, 35 * mm, 65 * mm, 40 * mm])
    tiers = [
        [
            x["period"],
            x["revenue"],
            f"{x['rank']} / {w.names.get(x['tier'], x['tier'])} / {x['stars']}",
            _time(x["computed_at"]),
        ]
        for x in data.get("tiers", [])
    ]
    header = [t["period"], t["amount"], t["tier_place"], t["when"]]
    section("tiers", header, tiers, [25 * mm, 40 * mm, 60 * mm, 45 * mm])
    merged = [
        [m["name"], m["company"], _time(m["merged_at"])] for m in data.get("merged_records", [])
    ]
    header = [t["name"], t["company"], t["when"]]
    section("merged_records", header, merged, [60 * mm, 70 * mm, 40 * mm])
    complained = [
        [
            _time(c["opened_at"]),
            "\n".join(x for x in (c["subject"], c["description"]) if x),
            c["status"] + (f" ({c['resolution']})" if c["resolution"] else ""),
            "\n".join(
                f"{s['step']} {s['action']}: {s['staff'] or ''} {_time(s['at'])}"
                + (f" — {s['note']}" if s["note"] else "")
                for s in c["steps"]
            ),
        ]
        for c in data.get("complaints", [])
    ]
    header = [t["when"], t["complaint"], t["status"], t["complaint_steps"]]
    section("complaints", header, complained, [30 * mm, 50 * mm, 25 * mm, 65 * mm])
    tasks = [
        [
            x["due"],
            w.names.get(x["kind"], x["kind"]),
            w.names.get(x["status"], x["status"]) + (f": {x['outcome']}" if x["outcome"] else ""),
        ]
        for x in data.get("follow_ups", [])
    ]
    header = [t["date"], t["date_kind"], t["task_status"]]
    section("follow_ups", header, tasks, [30 * mm, 50 * mm, 90 * mm])
    reviews: list[list[object]] = [
        [
            _time(r["detected_at"]),
            " / ".join(x for x in (r["status"], r["reason"] or "", r["competitor"]) if x),
            "\n".join(x for x in (r["reason_note"], r["outcome"]) if x),
        ]
        for r in data.get("lost_reviews", [])
    ]
    header = [t["when"], t["lost_review"], t["notes"]]
    section("lost_reviews", header, reviews, [40 * mm, 60 * mm, 70 * mm])


def _visit_row(w: _Writer, v: dict) -> list[object]:
    t = w.t
    notes = [v["note"]] if v["note"] else []
    fb = v["feedback"]
    if fb:
        rated = t["rated"].format(overall=fb["overall"])
        notes.append(f"{t['feedback']}: {rated}" + (f" — {fb['comment']}" if fb["comment"] else ""))
    if v["notifications"]:
        notes.append(t["notifications"].format(n=len(v["notifications"])))
    times = "\n".join(x for x in (_time(v["check_in_at"]), _time(v["check_out_at"])) if x)
    return [
        v["code"],
        f"{purpose_label(w.lang, Purpose(v['purpose']))} / {w.names.get(v['flow'], v['flow'])}",
        v["host"] or "",
        times or _time(v["expected_at"]),
        "\n".join(notes),
    ]
