"""What a message may say, in both languages, and when a failed one is tried again."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from receptionist.domain import message_fields as fields
from receptionist.domain import outbox as rules
from receptionist.domain.enums import Purpose
from receptionist.domain.errors import ValidationError
from receptionist.domain.followups import TaskKind
from receptionist.domain.outbox import (
    ArrivalFacts,
    ComplaintFacts,
    DigestFacts,
    MessageLanguage,
    TaskLine,
    WinBackFacts,
)

AT = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
FACTS = (
    ArrivalFacts("张三", "华为技术有限公司", Purpose.AFTER_SALES, AT, "Lobby kiosk"),
    DigestFacts(
        date(2026, 11, 29),
        due_today=(TaskLine("王芳", TaskKind.BIRTHDAY, date(2026, 11, 29)),),
        overdue=(TaskLine("Bob Lee", TaskKind.COMPLAINT_CALLBACK, date(2026, 11, 20)),),
    ),
    ComplaintFacts(17, "Bob Lee", AT, "Sarah Chen"),
    WinBackFacts("王芳", date(2025, 3, 1)),
)


def test_the_facts_have_no_place_for_a_category_tier_phone_or_note():
    forbidden = {"category", "tier", "stars", "phone", "note", "notes", "preferences", "email"}
    for facts in FACTS:
        names = {f.name for f in dataclasses.fields(facts)}
        assert not names & forbidden, type(facts).__name__


@pytest.mark.parametrize("language", list(MessageLanguage))
def test_every_message_reads_in_both_languages(language):
    for facts in FACTS:
        message = rules.render(facts, language)
        assert message.subject and message.text
        assert ("：" in message.subject or "，" in message.text) == (
            language is MessageLanguage.ZH_CN
        ) or isinstance(facts, DigestFacts)


def test_an_arrival_names_visitor_company_purpose_time_and_station():
    message = rules.render(FACTS[0], "en")
    assert message.subject == "Your visitor is here: 张三"
    assert message.text == (
        "张三 (华为技术有限公司) checked in at Lobby kiosk at 2026-11-29 09:30 for after-sales."
    )
    zh = rules.render(FACTS[0], "zh_CN")
    assert zh.text == (
        "您的访客张三（华为技术有限公司）已于2026-11-29 09:30到达，在Lobby kiosk，来访目的：售后。"
    )


def test_a_digest_lists_overdue_first():
    text = rules.render(FACTS[1], "en").text
    assert text.index("Overdue (1)") < text.index("Due today (1)")
    assert "- 2026-11-20 Bob Lee · complaint call-back" in text
    assert "生日问候" in rules.render(FACTS[1], "zh_CN").text


def test_back_off_grows_and_stops_growing():
    delays = [rules.next_try(n, AT) - AT for n in range(1, 10)]
    assert delays[0] == timedelta(seconds=10)
    assert delays == sorted(delays) and delays[-1] == timedelta(minutes=30)
    assert rules.expires(rules.MessageKind.ARRIVAL, AT) == AT + timedelta(hours=2)


def test_a_webhook_is_shown_by_its_host_only():
    url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx"
    assert rules.mask_url(url) == "https://qyapi.weixin.qq.com/…"
    assert rules.mask_url("no scheme") == "…"


@pytest.mark.parametrize(
    ("clean", "value", "code"),
    [
        (fields.clean_port, "0", "smtp_port_invalid"),
        (fields.clean_port, "65536", "smtp_port_invalid"),
        (fields.clean_security, "tls", "smtp_security_invalid"),
        (fields.clean_language, "fr", "messages_language_invalid"),
        (fields.clean_smtp_host, "mail server", "smtp_host_invalid"),
        (fields.clean_password, "a\x00b", "smtp_password_invalid"),
    ],
)
def test_settings_refusals(clean, value, code):
    with pytest.raises(ValidationError) as refused:
        clean(value)
    assert refused.value.code == code


def test_urls_and_secrets():
    assert fields.clean_url(" https://oapi.dingtalk.com/robot/send?access_token=x ", "d") == (
        "https://oapi.dingtalk.com/robot/send?access_token=x"
    )
    assert fields.clean_url("", "d") == ""
    for bad in ("ftp://x", "https://", "https://a b", "javascript:alert(1)"):
        with pytest.raises(ValidationError):
            fields.clean_url(bad, "d")
    with pytest.raises(ValidationError):
        fields.clean_secret("two words", "d")
    assert fields.clean_port(" 587 ") == 587
    assert fields.clean_security("STARTTLS") is rules.SmtpSecurity.STARTTLS
