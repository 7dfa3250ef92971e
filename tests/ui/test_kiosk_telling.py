"""The kiosk's done page says only what happened to the host's messages (issue 14): "We
are telling 李经理…" while they are on their way, then "李经理 has been told" once a real
local chat server took one, or "The front desk will let 李经理 know" when nobody answers
or the host has no channel. The kiosk's own sender, nudged by the check-in, sends them
(no timer pass: ``NEVER``); the page stops asking when it leaves."""

from __future__ import annotations

import pytest

from receptionist.domain.outbox import Channel
from receptionist.services import channels
from receptionist.ui.common import i18n
from tests.chat_servers import ChatServer, free_port

from .outbox_passes import NEVER
from .test_kiosk import click, make_kiosk, printed, screen_text, walk_in  # noqa: F401

WAIT_MS = 10_000
TELLING = "We are telling 李经理 you are here…"
TOLD = "李经理 has been told you are here. Please take a seat."
DESK = "The front desk will let 李经理 know you are here. Please take a seat."


@pytest.fixture
def kiosk(make_kiosk):  # noqa: F811 - the fixture imported above
    """A kiosk whose sender runs with no pass of its own: only the check-in's nudge."""
    made = []

    def make(language="en"):
        window = make_kiosk(language)
        window.outbox_sender.timing = NEVER
        window.outbox_sender.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.outbox_sender.stop()


def host_text(window) -> str:
    return window.done.host_note.text()


def test_the_host_has_been_told_once_the_chat_server_took_the_message(qtbot, kiosk, admin, host):
    chat = ChatServer().start()
    try:
        channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: chat.url("wecom")})
        window = kiosk("en")
        walk_in(qtbot, window, "Anna Lee", "13700137000", "Lee & Co", "sales", "李")
        assert window.current_page() is window.done
        assert host_text(window) == TELLING  # written with the check-in, not sent yet
        qtbot.waitUntil(lambda: host_text(window) == TOLD, timeout=WAIT_MS)
        assert len(chat.received) == 1 and "Anna Lee" in chat.texts()[0]
        assert TOLD in screen_text(window)
        assert not window.done.host_told.watching  # told: nothing more to ask
    finally:
        chat.stop()


def test_the_front_desk_will_tell_when_no_channel_answers(qtbot, kiosk, admin, host):
    nobody = f"http://127.0.0.1:{free_port()}/wecom?key=k"
    channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: nobody})
    window = kiosk("en")
    walk_in(qtbot, window, "Anna Lee", "13700137000", "Lee & Co", "sales", "李")
    assert host_text(window) == TELLING
    qtbot.waitUntil(lambda: host_text(window) == DESK, timeout=WAIT_MS)
    assert "has been told" not in screen_text(window)
    assert window.done.host_told.watching  # a later try may still reach them
    click(qtbot, window.done.finish_button)
    assert window.current_page() is window.welcome
    assert not window.done.host_told.watching  # the page left: it stops asking


def test_a_host_without_channels_is_told_by_the_front_desk(qtbot, kiosk, host):
    window = kiosk("en")
    walk_in(qtbot, window, "Anna Lee", "13700137000", "Lee & Co", "sales", "李")
    assert host_text(window) == DESK  # at once: there is nothing on its way


def test_no_host_chosen(qtbot, kiosk):
    window = kiosk("en")
    walk_in(qtbot, window, "Anna Lee", "13700137000")
    assert host_text(window) == ("The front desk has been told you are here. Please take a seat.")
    assert not window.done.host_told.watching


def test_the_words_in_chinese(qtbot, qapp, kiosk, admin, host):
    chat = ChatServer().start()
    try:
        channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: chat.url("wecom")})
        window = kiosk("zh_CN")
        walk_in(qtbot, window, "王小明", "13600136000", "明日科技", "sales", "李")
        assert host_text(window) == "正在通知李经理您已到达…"
        qtbot.waitUntil(
            lambda: host_text(window) == "已通知李经理您已到达，请稍坐等候。", timeout=WAIT_MS
        )
        window.toggle_language()  # the visitor switches: the same state, in English
        qtbot.waitUntil(lambda: host_text(window) == TOLD, timeout=WAIT_MS)
    finally:
        chat.stop()
        i18n.remove_translators(qapp)


def test_the_desk_will_tell_in_chinese(qtbot, qapp, kiosk, host):
    try:
        window = kiosk("zh_CN")
        walk_in(qtbot, window, "王小明", "13600136000", "明日科技", "sales", "李")
        assert host_text(window) == "前台会通知李经理您已到达，请稍坐等候。"
    finally:
        i18n.remove_translators(qapp)
