"""The kiosk speaks for the site: its header and privacy notice carry the site's own name
and retention period, and a site without a name yet says "we", never "Receptionist"."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel

from receptionist.domain.enums import SiteKind
from receptionist.services import settings
from receptionist.ui.common import i18n
from receptionist.ui.kiosk import window as kiosk_window
from receptionist.ui.kiosk.pages import PrivacyPage
from tests import staffing


@pytest.fixture
def kiosk(qtbot, qapp, actor, source_language):
    made = []

    def make(language="en", months=24):
        settings.save_kiosk_settings(
            staffing.admin_id(),
            idle_seconds=60,
            closing_time=time(18),
            retention_months=months,
            pin="2468",
        )
        i18n.install_translators(qapp, language)
        window = kiosk_window.KioskWindow(language)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window._may_close = True  # let pytest-qt close it


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def everything_shown(window) -> str:
    """The text of every label and button of every page, header included."""
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    return "\n".join(texts)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "We keep it for 24 months after your last visit."),
        ("zh_CN", "我们在您最后一次来访后保存 24 个月"),
    ],
)
def test_a_site_without_a_name_says_we_and_never_the_product(kiosk, language, said):
    window = kiosk(language)
    assert window.site_label.text() == ""
    assert said in plain(window.privacy.notice.text())
    assert "receptionist" not in everything_shown(window).lower()


@pytest.mark.parametrize(
    ("language", "months", "said"),
    [
        ("en", 1, "Harbour & Co keeps it for 1 month after your last visit."),
        ("en", 18, "Harbour & Co keeps it for 18 months after your last visit."),
        ("zh_CN", 36, "Harbour & Co在您最后一次来访后保存 36 个月"),
    ],
)
def test_the_sites_name_and_retention_are_stated(kiosk, actor, language, months, said):
    settings.save_site_settings(staffing.admin_id(), "Harbour & Co", SiteKind.OFFICE)
    window = kiosk(language, months)
    assert window.site_label.text() == "Harbour & Co"
    assert said in plain(window.privacy.notice.text())


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, qapp, source_language):
    i18n.install_translators(qapp, "en")
    page = PrivacyPage()
    qtbot.addWidget(page)
    page.set_policy("<b>Bold</b> Ltd", 12)
    assert "<b>Bold</b> Ltd keeps it for 12 months" in plain(page.notice.text())
