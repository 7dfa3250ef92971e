"""Kiosk check-out cannot be guessed: the kiosk takes only the slip's long code (short code
plus an HMAC check part), refuses every other code with one sentence, pauses after
repeated refusals at a station, while the desk keeps taking the short code."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest

from receptionist.domain.errors import Conflict
from receptionist.domain.visit_code import parse_long_visit_code
from receptionist.services import clock, kiosk, printing, settings, stations, visits
from receptionist.services.checkout_codes import checkout_code
from receptionist.store import audit
from receptionist.store import visits as visit_store
from tests import staffing

DAY = date(2024, 11, 22)


@pytest.fixture
def morning(fixed_clock):
    fixed_clock.set(clock.local_day_start(DAY) + timedelta(hours=9))
    return fixed_clock


@pytest.fixture
def lobby(db):
    return stations.open_station("kiosk", name="Lobby kiosk")


def walk_in(name: str, phone: str) -> kiosk.KioskReceipt:
    return kiosk.check_in_walk_in(
        name=name, phone=phone, purpose="sales", host_id=None, consent=True
    )


def neighbour(code: str) -> str:
    """The next short code of the same day (V-1122-0001 → V-1122-0002)."""
    head, seq = code.rsplit("-", 1)
    return f"{head}-{int(seq) + 1:04d}"


def refusal(text: str) -> Conflict:
    with pytest.raises(Conflict) as err:
        kiosk.check_out(text)
    return err.value


def status(code: str) -> str:
    """Read from the store: asking a service would need (and maybe staff) an actor."""
    return str(visit_store.by_code(code).status)


def test_neighbouring_short_codes_and_wrong_check_parts_are_refused_alike(
    morning, lobby, table_counts
):
    mine = walk_in("Anna Lee", "13700137000")
    other = walk_in("Bob Chen", "13600136000")
    assert other.code == neighbour(mine.code)
    long = other.checkout_code
    wrong_check = long[:-5] + ("22222" if long[-5:] != "22222" else "33333")
    before = table_counts()
    messages = {
        refusal(text).message
        for text in (
            other.code,  # the neighbour's short code: on site, but short
            wrong_check,  # the neighbour's code with a made-up check part
            mine.checkout_code[:-5] + other.checkout_code[-5:],  # my code, its check
            neighbour(other.code),  # a short code nobody has
            checkout_code(neighbour(other.code))[:-5] + "ABCDE",  # nobody's, long
        )
    }
    assert len(messages) == 1  # never tells which codes exist
    assert {status(mine.code), status(other.code)} == {"on_site"}
    after = table_counts()
    # the five refusals, and the pause the fifth starts (REFUSAL_LIMIT is 5)
    assert after.pop("audit_entry") == before.pop("audit_entry") + 5 + 1
    assert after == before  # nothing else written


def test_the_slips_long_code_checks_out_typed_or_scanned(morning, lobby):
    first, second = walk_in("Anna Lee", "13700137000"), walk_in("Bob Chen", "13600136000")
    assert first.checkout_code == checkout_code(first.code)
    assert parse_long_visit_code(first.checkout_code) == (first.code, first.checkout_code[-5:])
    assert kiosk.check_out(first.checkout_code.lower().replace("-", " ")) == first.code
    layout_code = printing.slip_data(
        staffing.desk_id(), second.code
    ).code  # what the slip's barcode holds
    assert layout_code == second.checkout_code
    assert kiosk.check_out(layout_code) == second.code
    assert {status(first.code), status(second.code)} == {"done"}


def test_the_desk_still_checks_out_by_the_short_code(morning, actor, lobby):
    receipt = walk_in("Anna Lee", "13700137000")
    assert (
        visits.visit_by_code(actor.id, receipt.checkout_code).code == receipt.code
    )  # a scanned slip
    assert str(visits.check_out(actor.id, receipt.code).status) == "done"


def test_the_secret_is_made_once_and_kept(morning, lobby):
    code = walk_in("Anna Lee", "13700137000").code
    first = checkout_code(code)
    assert checkout_code(code) == first
    assert settings.kiosk_settings() is not None  # settings still read as before
    from receptionist.store import settings as setting_store

    secret = setting_store.get_many(["visit_code_secret"])["visit_code_secret"]
    assert len(bytes.fromhex(secret)) == 32
    assert setting_store.put_new("visit_code_secret", "00" * 32) == secret  # never replaced


def test_repeated_refusals_pause_this_kiosks_check_out(morning, actor, lobby):
    receipt = walk_in("Anna Lee", "13700137000")
    refused = {refusal(f"V-1122-{n:04d}").code for n in range(50, 50 + kiosk.REFUSAL_LIMIT)}
    assert refused == {"kiosk_checkout_refused"}
    paused = refusal(receipt.checkout_code)  # even the right code, while paused
    assert paused.code == "kiosk_checkout_paused"
    assert kiosk.check_out_paused()
    assert status(receipt.code) == "on_site"
    actions = [e.action for e in audit.entries("station", lobby.id)]
    assert actions.count("kiosk.checkout_refused") == kiosk.REFUSAL_LIMIT
    assert actions.count("kiosk.checkout_paused") == 1

    # Another kiosk is not paused by this one's refusals.
    stations.open_station("kiosk", name="Side entrance kiosk")
    assert not kiosk.check_out_paused()
    stations.open_station("kiosk", name="Lobby kiosk")

    morning.tick(minutes=14)
    assert refusal(receipt.checkout_code).code == "kiosk_checkout_paused"
    morning.tick(minutes=1, seconds=1)
    assert kiosk.check_out(receipt.checkout_code) == receipt.code


def test_refusals_spread_out_do_not_pause(morning, lobby):
    receipt = walk_in("Anna Lee", "13700137000")
    for n in range(kiosk.REFUSAL_LIMIT * 2):
        assert refusal(f"V-1122-{n + 50:04d}").code == "kiosk_checkout_refused"
        morning.tick(minutes=3)  # fewer than REFUSAL_LIMIT in any ten minutes
    assert kiosk.check_out(receipt.checkout_code) == receipt.code


def test_staff_leaving_the_kiosk_with_the_pin_lift_the_pause(admin, morning, actor, lobby):
    from datetime import time

    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin="2468")
    receipt = walk_in("Anna Lee", "13700137000")
    for n in range(kiosk.REFUSAL_LIMIT):
        refusal(f"V-1122-{n + 50:04d}")
    assert kiosk.check_out_paused()
    kiosk.verify_exit_pin("2468")
    assert kiosk.check_out(receipt.checkout_code) == receipt.code


@pytest.mark.parametrize("fmt", ["label62", "receipt80"])
def test_the_slip_prints_the_long_code_as_text_and_as_one_barcode(morning, lobby, fmt, tmp_path):
    receipt = walk_in("Anna Lee", "13700137000")
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(
        printing.slip_document(staffing.desk_id(), receipt.code, fmt, lang="zh_CN").pdf()
    )
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert receipt.checkout_code in "".join(text.split())
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf), str(tmp_path / "p")])
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True
    ).stdout.split()
    assert scanned == [receipt.checkout_code]
    assert kiosk.check_out(scanned[0]) == receipt.code
