"""Printed labels in Simplified Chinese and English.

Printing is not Qt, so there is no ``tr()`` here: a small dictionary per language. The
language codes are the UI's (``"en"``, ``"zh_CN"``); anything else falls back to English.
"""

from __future__ import annotations

from datetime import date

from ..domain.enums import Purpose

LANGUAGES = ("en", "zh_CN")

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "slip_title": "VISITOR",
        "slip_title_guest": "GUEST",
        "visitor": "Visitor",
        "guest": "Guest",
        "company": "Company",
        "host": "Host",
        "purpose": "Purpose",
        "checked_in": "Checked in",
        "code": "Visit code",
        "room": "Room",
        "slip_footer": "Please wear this slip while on site.",
        "card_title": "Feedback card",
        "date": "Date",
        "rate_hint": "Tick one box per line: 1 = poor, 5 = excellent",
        "overall": "Overall satisfaction",
        "attitude": "Service attitude",
        "professionalism": "Professionalism",
        "speed": "Speed",
        "environment": "Environment",
        "recommend": "Would you recommend us? 0 = not at all, 10 = certainly",
        "comments": "Comments",
        "signature": "Signature",
        "privacy": "Your answers are used only to improve our service and are kept for {period}.",
        "invitation_title": "Invitation",
        "time": "Time",
        "invite_code": "Invitation code",
        "invite_hint": "Scan or type this code at the kiosk in the lobby, or show it at "
        "the front desk.",
    },
    "zh_CN": {
        "slip_title": "访客",
        "slip_title_guest": "宾客",
        "visitor": "访客",
        "guest": "宾客",
        "company": "单位",
        "host": "接待人",
        "purpose": "来访事由",
        "checked_in": "到访时间",
        "code": "来访编号",
        "room": "房间",
        "slip_footer": "在访期间请佩戴此来访单。",
        "card_title": "反馈意见卡",
        "date": "日期",
        "rate_hint": "每行勾选一项：1 = 很不满意，5 = 非常满意",
        "overall": "总体满意度",
        "attitude": "服务态度",
        "professionalism": "专业程度",
        "speed": "办理速度",
        "environment": "环境",
        "recommend": "您愿意向亲友推荐我们吗？0 = 完全不会，10 = 一定会",
        "comments": "意见和建议",
        "signature": "签名",
        "privacy": "您的反馈仅用于改进我们的服务，保存{period}。",
        "invitation_title": "来访邀请",
        "time": "时间",
        "invite_code": "邀请码",
        "invite_hint": "请在大堂自助机扫描或输入此邀请码，或出示给前台。",
    },
}

_PURPOSES: dict[str, dict[Purpose, str]] = {
    "en": {
        Purpose.SALES: "Sales",
        Purpose.AFTER_SALES: "After-sales",
        Purpose.COMPLAINT: "Complaint",
        Purpose.RELATIONSHIP: "Relationship care",
    },
    "zh_CN": {
        Purpose.SALES: "销售接待",
        Purpose.AFTER_SALES: "售后接待",
        Purpose.COMPLAINT: "投诉接待",
        Purpose.RELATIONSHIP: "关系维护接待",
    },
}


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "zh_CN": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
}
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def language(lang: str) -> str:
    """The printed language for a UI language code (English when unknown)."""
    return lang if lang in _LABELS else "en"


def label(lang: str, key: str) -> str:
    """The printed label ``key`` in ``lang``."""
    return _LABELS[language(lang)][key]


def purpose_label(lang: str, purpose: Purpose) -> str:
    """The printed name of a visit purpose."""
    return _PURPOSES[language(lang)][Purpose(purpose)]


def period(lang: str, months: int) -> str:
    """A retention period as a visitor reads it: whole years as years ("2 years",
    "2年"), else months ("18 months", "18个月")."""
    years, rest = divmod(months, 12)
    if language(lang) == "zh_CN":
        return f"{years}年" if years and not rest else f"{months}个月"
    if years and not rest:
        return f"{years} year" if years == 1 else f"{years} years"
    return f"{months} month" if months == 1 else f"{months} months"


def long_date(lang: str, day: date) -> str:
    """A date as a visitor reads it, with its weekday: "Saturday, 12 April 2025" or
    "2025年4月12日 星期六" (not the computer's locale: the printed language's)."""
    lang = language(lang)
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日 {weekday}"
    return f"{weekday}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
