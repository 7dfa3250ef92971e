"""Messages to people outside the app: the channels, what a message may say, and when a
message that could not be delivered is tried again.

What a message may contain is decided here and nowhere else: an arrival names the
visitor, their company, the purpose, the time and the station; a digest names the
customers of the recipient's own tasks with the task's kind and due day; a complaint notice
its number, the customer's name and the deadline; a win-back notice the customer's name
and the day of their last activity. Never a category, a tier, a phone number or a note:
the facts handed in here have no field for them. The texts are written in the site's
message language (English or Simplified Chinese), so a message reads the same whichever
computer sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .enums import Purpose
from .followups import TaskKind
from .messages import QT_TRANSLATE_NOOP


class Channel(StrEnum):
    """How a staff member is reached beyond the desk's own list."""

    EMAIL = "email"
    WECOM = "wecom"  # 企业微信 group robot
    DINGTALK = "dingtalk"  # 钉钉 robot, signed with its secret
    FEISHU = "feishu"  # 飞书 custom bot
    WEBHOOK = "webhook"  # any other tool: a JSON POST


WEBHOOKS = (Channel.WECOM, Channel.DINGTALK, Channel.FEISHU, Channel.WEBHOOK)


class MessageKind(StrEnum):
    ARRIVAL = "arrival"  # your visitor is here
    DIGEST = "digest"  # your follow-up tasks due today and overdue
    COMPLAINT_OVERDUE = "complaint_overdue"  # a complaint past its deadline
    WIN_BACK = "win_back"  # a lost customer assigned to you to win back
    TEST = "test"  # "send a test" from Settings


class MessageStatus(StrEnum):
    PENDING = "pending"  # not delivered yet: tried again at next_try_at
    SENT = "sent"
    FAILED = "failed"  # given up: expired, or the recipient cannot be reached this way


# Why a message was not delivered, by the code the senders record (``delivery``), in words
# the desk translates (context "DeliveryReasons") and the command line prints.
REASONS: dict[str, str] = {
    "unreachable": QT_TRANSLATE_NOOP("DeliveryReasons", "the server could not be reached"),
    "timeout": QT_TRANSLATE_NOOP("DeliveryReasons", "the server did not answer in time"),
    "tls": QT_TRANSLATE_NOOP("DeliveryReasons", "a secure connection could not be made"),
    "auth": QT_TRANSLATE_NOOP(
        "DeliveryReasons", "the mail server refused the user name or password"
    ),
    "refused": QT_TRANSLATE_NOOP("DeliveryReasons", "the server refused the message"),
    "rejected": QT_TRANSLATE_NOOP("DeliveryReasons", "the service refused the message"),
    "http": QT_TRANSLATE_NOOP("DeliveryReasons", "the service answered with an error"),
    "not_configured": QT_TRANSLATE_NOOP("DeliveryReasons", "this channel is not set up"),
    "expired": QT_TRANSLATE_NOOP("DeliveryReasons", "it could not be sent in time"),
    "erased": QT_TRANSLATE_NOOP("DeliveryReasons", "the visitor's data was erased"),
}


class MessageLanguage(StrEnum):
    EN = "en"
    ZH_CN = "zh_CN"


class SmtpSecurity(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


# How long a message is worth sending: "your visitor is here" two hours later helps
# nobody; a digest is for its day; a notice about a deadline or a win-back for a week.
LIFETIME: dict[MessageKind, timedelta] = {
    MessageKind.ARRIVAL: timedelta(hours=2),
    MessageKind.DIGEST: timedelta(hours=20),
    MessageKind.COMPLAINT_OVERDUE: timedelta(days=7),
    MessageKind.WIN_BACK: timedelta(days=7),
    MessageKind.TEST: timedelta(minutes=10),
}

# Seconds before the next try after the n-th failed attempt (the last value repeats).
BACK_OFF_SECONDS = (10, 30, 60, 120, 300, 600, 1800)


def next_try(failed_attempts: int, at: datetime) -> datetime:
    """When a message that has failed ``failed_attempts`` times (≥ 1) is tried again."""
    index = min(max(failed_attempts, 1), len(BACK_OFF_SECONDS)) - 1
    return at + timedelta(seconds=BACK_OFF_SECONDS[index])


def expires(kind: MessageKind, created_at: datetime) -> datetime:
    return created_at + LIFETIME[kind]


# -- the facts a message may carry ----------------------------------------------------------
@dataclass(frozen=True)
class ArrivalFacts:
    visitor_name: str
    company: str
    purpose: Purpose
    at: datetime  # local time of the check-in
    station: str  # the desk or kiosk where they checked in ("" unnamed)


@dataclass(frozen=True)
class TaskLine:
    customer_name: str
    kind: TaskKind
    due_on: date


@dataclass(frozen=True)
class DigestFacts:
    day: date
    due_today: tuple[TaskLine, ...]
    overdue: tuple[TaskLine, ...]


@dataclass(frozen=True)
class ComplaintFacts:
    number: int
    customer_name: str
    resolve_by: datetime  # local time
    handler_name: str


@dataclass(frozen=True)
class WinBackFacts:
    customer_name: str
    last_activity_on: date | None


@dataclass(frozen=True)
class TestFacts:
    site_name: str


Facts = ArrivalFacts | DigestFacts | ComplaintFacts | WinBackFacts | TestFacts


@dataclass(frozen=True)
class Message:
    subject: str
    text: str


_PURPOSE = {
    MessageLanguage.EN: {
        Purpose.SALES: "sales",
        Purpose.AFTER_SALES: "after-sales",
        Purpose.COMPLAINT: "complaint",
        Purpose.RELATIONSHIP: "relationship care",
    },
    MessageLanguage.ZH_CN: {
        Purpose.SALES: "销售",
        Purpose.AFTER_SALES: "售后",
        Purpose.COMPLAINT: "投诉",
        Purpose.RELATIONSHIP: "关系维护",
    },
}

_TASK_KIND = {
    MessageLanguage.EN: {
        TaskKind.COMPLAINT_CALLBACK: "complaint call-back",
        TaskKind.PROSPECT_FOLLOW_UP: "prospect follow-up",
        TaskKind.VIP_CARE: "care call",
        TaskKind.SATISFACTION_SURVEY: "satisfaction survey",
        TaskKind.BIRTHDAY: "birthday greeting",
        TaskKind.ANNIVERSARY: "anniversary greeting",
        TaskKind.HOLIDAY: "holiday greeting",
        TaskKind.WIN_BACK: "win back",
    },
    MessageLanguage.ZH_CN: {
        TaskKind.COMPLAINT_CALLBACK: "投诉回访",
        TaskKind.PROSPECT_FOLLOW_UP: "潜在客户跟进",
        TaskKind.VIP_CARE: "关怀回访",
        TaskKind.SATISFACTION_SURVEY: "满意度调查",
        TaskKind.BIRTHDAY: "生日问候",
        TaskKind.ANNIVERSARY: "纪念日问候",
        TaskKind.HOLIDAY: "节日问候",
        TaskKind.WIN_BACK: "流失挽回",
    },
}


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _arrival(facts: ArrivalFacts, lang: MessageLanguage) -> Message:
    who = facts.visitor_name
    purpose = _PURPOSE[lang][facts.purpose]
    if lang is MessageLanguage.ZH_CN:
        of = f"（{facts.company}）" if facts.company else ""
        where = f"，在{facts.station}" if facts.station else ""
        return Message(
            f"访客已到：{who}",
            f"您的访客{who}{of}已于{_when(facts.at)}到达{where}，来访目的：{purpose}。",
        )
    of = f" ({facts.company})" if facts.company else ""
    where = f" at {facts.station}" if facts.station else ""
    return Message(
        f"Your visitor is here: {who}",
        f"{who}{of} checked in{where} at {_when(facts.at)} for {purpose}.",
    )


def _task_line(line: TaskLine, lang: MessageLanguage) -> str:
    kind = _TASK_KIND[lang][line.kind]
    return f"- {line.due_on.isoformat()} {line.customer_name} · {kind}"


def _digest(facts: DigestFacts, lang: MessageLanguage) -> Message:
    zh = lang is MessageLanguage.ZH_CN
    lines: list[str] = []
    if facts.overdue:
        lines.append(
            f"已逾期（{len(facts.overdue)}）：" if zh else f"Overdue ({len(facts.overdue)}):"
        )
        lines += [_task_line(line, lang) for line in facts.overdue]
    if facts.due_today:
        lines.append(
            f"今天到期（{len(facts.due_today)}）："
            if zh
            else f"Due today ({len(facts.due_today)}):"
        )
        lines += [_task_line(line, lang) for line in facts.due_today]
    day = facts.day.isoformat()
    subject = f"{day} 的回访任务" if zh else f"Your follow-ups for {day}"
    return Message(subject, "\n".join(lines))


def _complaint(facts: ComplaintFacts, lang: MessageLanguage) -> Message:
    if lang is MessageLanguage.ZH_CN:
        return Message(
            f"投诉 #{facts.number} 已超期",
            f"{facts.customer_name}的投诉 #{facts.number} 应在{_when(facts.resolve_by)}前解决，"
            f"现已超期。处理人：{facts.handler_name or '未指定'}。",
        )
    return Message(
        f"Complaint #{facts.number} is past its deadline",
        f"Complaint #{facts.number} of {facts.customer_name} was to be resolved by "
        f"{_when(facts.resolve_by)} and is still open. "
        f"Handler: {facts.handler_name or 'nobody yet'}.",
    )


def _win_back(facts: WinBackFacts, lang: MessageLanguage) -> Message:
    last = facts.last_activity_on.isoformat() if facts.last_activity_on else None
    if lang is MessageLanguage.ZH_CN:
        since = f"（最后一次往来：{last}）" if last else ""
        return Message(
            f"请挽回流失客户：{facts.customer_name}",
            f"流失客户{facts.customer_name}{since}已分配给您跟进挽回。",
        )
    since = f" (last seen {last})" if last else ""
    return Message(
        f"Win back: {facts.customer_name}",
        f"{facts.customer_name}{since} is a lost customer assigned to you to win back.",
    )


def _test(facts: TestFacts, lang: MessageLanguage) -> Message:
    site = facts.site_name or "Receptionist"
    if lang is MessageLanguage.ZH_CN:
        return Message(f"{site}：测试消息", "这是一条测试消息：此渠道可以收到前台的通知。")
    return Message(
        f"{site}: a test message",
        "This is a test: messages from the front desk reach you this way.",
    )


def render(facts: Facts, language: MessageLanguage | str = MessageLanguage.EN) -> Message:
    """The subject and text of a message about ``facts`` in ``language``."""
    lang = MessageLanguage(language)
    if isinstance(facts, ArrivalFacts):
        return _arrival(facts, lang)
    if isinstance(facts, DigestFacts):
        return _digest(facts, lang)
    if isinstance(facts, ComplaintFacts):
        return _complaint(facts, lang)
    if isinstance(facts, WinBackFacts):
        return _win_back(facts, lang)
    return _test(facts, lang)


# -- addresses --------------------------------------------------------------------------
def mask_url(url: str) -> str:
    """A webhook's address as lists show it: its host, never the token in its path or
    query (``https://qyapi.weixin.qq.com/…``)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "…"
    host = rest.split("/", 1)[0].split("?", 1)[0]
    return f"{scheme}://{host}/…"
