"""How messages to people are named on screen (issue 14): the channels, and why a message
was not delivered (``domain.outbox.REASONS``, context "DeliveryReasons"). One place for
the outbox window, the desk's failure line and Settings → Messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.outbox import REASONS, Channel


def channel_text(channel: Channel) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("Outbox", "E-mail"),
        Channel.WECOM: QCoreApplication.translate("Outbox", "WeCom"),
        Channel.DINGTALK: QCoreApplication.translate("Outbox", "DingTalk"),
        Channel.FEISHU: QCoreApplication.translate("Outbox", "Feishu"),
        Channel.WEBHOOK: QCoreApplication.translate("Outbox", "Webhook"),
    }.get(channel, str(channel))


def by_channel_text(channel: Channel) -> str:
    """How a person is reached, as it reads inside a sentence ("by e-mail")."""
    return {
        Channel.EMAIL: QCoreApplication.translate("Outbox", "by e-mail"),
        Channel.WECOM: QCoreApplication.translate("Outbox", "on WeCom"),
        Channel.DINGTALK: QCoreApplication.translate("Outbox", "on DingTalk"),
        Channel.FEISHU: QCoreApplication.translate("Outbox", "on Feishu"),
        Channel.WEBHOOK: QCoreApplication.translate("Outbox", "by webhook"),
    }.get(channel, str(channel))


def reason_text(code: str) -> str:
    """Why a message was not delivered, in the user's language ("" none; an unknown code
    as it is)."""
    if not code:
        return ""
    if code not in REASONS:
        return code
    return QCoreApplication.translate("DeliveryReasons", REASONS[code])
