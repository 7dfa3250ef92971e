"""The kiosk meeting real faults: the visitor is told what to do (see the front desk, or
try again in a moment), staff read what happened, and a retry works once the fault is
gone."""

from __future__ import annotations

from datetime import time

import pytest

from receptionist.domain.enums import Purpose
from receptionist.domain.faults import DatabaseFault
from receptionist.services import settings, staff, visits
from receptionist.store import connection
from receptionist.ui.common.integrity import watch_integrity
from receptionist.ui.kiosk import window as kiosk_window
from tests import staffing
from tests.real_faults import (
    copy_of,
    fill,
    make_sample,
    overwrite_page,
    table_root_page,
    tiny_disk,
    write_lock_held,
)
from tests.ui.conftest import WAIT_MS, type_chinese
from tests.ui.test_kiosk import click
from tests.ui.test_kiosk import fill as type_into

OUT_OF_SERVICE = "Sorry, check-in here is out of service. Please see the front desk."


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return make_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def make_kiosk(qtbot, actor, host, monkeypatch, source_language):
    """``make_kiosk(language)``: the kiosk window, shown; its slip printer always works."""
    settings.save_kiosk_settings(
        staffing.admin_id(), idle_seconds=60, closing_time=time(18), pin="2468"
    )
    monkeypatch.setattr(kiosk_window, "print_slip", lambda _code, _long, _lang: True)
    made = []

    def make(language: str = "en"):
        window = kiosk_window.KioskWindow(language)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window._may_close = True  # let pytest-qt close it


def up_to_privacy(qtbot, window) -> None:
    """A walk-in visitor fills everything in and ticks the consent box."""
    click(qtbot, window.welcome.walk_in_button)
    type_into(qtbot, window.details.name.edit, "Anna Lee")
    type_into(qtbot, window.details.phone.edit, "13700137000")
    click(qtbot, window.details.next_button)
    click(qtbot, window.purpose.buttons[Purpose.SALES][0])
    click(qtbot, window.host.no_host_button)
    assert window.current_page() is window.privacy
    window.privacy.consent.setChecked(True)


class TestDiskFull:
    @pytest.fixture
    def disk(self, tmp_path):
        with tiny_disk(tmp_path / "disk", size="2m") as folder:
            yield folder

    @pytest.fixture
    def db_path(self, disk):
        return disk / "desk.sqlite3"

    def test_the_visitor_is_sent_to_the_desk_staff_read_why_and_a_retry_works(
        self, qtbot, make_kiosk, disk
    ):
        window = make_kiosk("en")
        up_to_privacy(qtbot, window)
        filler = fill(disk)
        click(qtbot, window.privacy.confirm_button)
        assert window.current_page() is window.privacy
        assert window.privacy.error.isVisible()
        assert window.privacy.error.text() == (
            f"{OUT_OF_SERVICE}\nFor staff: The disk holding the database is full, so "
            "nothing was saved; free some space on it (or ask your administrator), then try "
            "again."
        )
        assert visits.on_site_board(staffing.desk_id()) == []
        filler.unlink()
        click(qtbot, window.privacy.confirm_button)
        assert window.current_page() is window.done
        [visit] = visits.on_site_board(staffing.desk_id())
        assert visit.customer_name == "Anna Lee"


class TestAnotherWriter:
    @pytest.fixture
    def db_path(self, tmp_path, monkeypatch):
        monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
        return tmp_path / "desk.sqlite3"

    def test_the_visitor_is_asked_to_try_again_in_a_moment(self, qtbot, make_kiosk, db_path):
        window = make_kiosk("en")
        up_to_privacy(qtbot, window)
        with write_lock_held(db_path):
            click(qtbot, window.privacy.confirm_button)
        assert window.privacy.error.text().startswith(
            "The system is busy. Please try again in a moment.\nFor staff: Another desk"
        )
        click(qtbot, window.privacy.confirm_button)
        assert window.current_page() is window.done


class TestDamagedFile:
    @pytest.fixture
    def db_path(self, sample, tmp_path):
        path = copy_of(sample, tmp_path)
        return overwrite_page(path, table_root_page(sample, "company_term"))

    @pytest.fixture
    def actor(self, db):
        return staff.find_by_name(staffing.desk_id(), "Front desk")

    def test_damage_found_in_the_background_is_announced_on_the_welcome_page(
        self, qtbot, make_kiosk
    ):
        window = make_kiosk("en")
        watch = watch_integrity(window, window.database_damaged, delay_ms=0)
        qtbot.waitUntil(lambda: watch.sound is not None, timeout=10 * WAIT_MS)
        assert watch.sound is False
        assert window.welcome.notice.isVisible()
        assert window.welcome.notice.text().startswith(OUT_OF_SERVICE)
        assert "For staff: The database file is damaged" in window.welcome.notice.text()
        up_to_privacy(qtbot, window)
        click(qtbot, window.privacy.confirm_button)
        assert window.privacy.error.text().startswith(OUT_OF_SERVICE)
        window.reset()  # the visitor gives up: the notice stays for the next one
        assert window.welcome.notice.text().startswith(OUT_OF_SERVICE)


def test_a_fault_met_outside_a_form_is_said_in_the_kiosk_words(qtbot, make_kiosk):
    window = make_kiosk("en")
    fault = DatabaseFault("db_busy")
    window.unexpected_error(DatabaseFault, fault, None)
    assert window.current_page() is window.welcome
    assert window.welcome.notice.text().startswith("The system is busy.")


def test_a_name_with_a_direction_override_is_refused_on_the_details_page(qtbot, make_kiosk):
    window = make_kiosk("en")
    click(qtbot, window.welcome.walk_in_button)
    type_chinese(window.details.name.edit, "Anna\u202eeeL")
    type_into(qtbot, window.details.phone.edit, "13700137000")
    click(qtbot, window.details.next_button)
    assert window.current_page() is window.details
    assert "change the direction of text" in window.details.name.error.text()
