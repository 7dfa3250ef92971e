"""Exporting the movements between two periods to CSV and XLSX (both backends)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from receptionist.domain.errors import NotFound, Refused
from receptionist.services import audit, customers, tier_exports, tiers
from receptionist.store.audit import TrailFilter
from tests import staffing
from tests.tiering import buy


@pytest.fixture
def moved(db, admin, fixed_clock):
    """2025: Ann platinum, Bob lead; 2026: Bob platinum, Cai lead (Ann dropped out)."""
    fixed_clock.set(datetime(2026, 6, 1, 9, tzinfo=UTC))
    ids = {}
    for i, name in enumerate(["Ann", "Bob", "Cai"]):
        ids[name] = customers.register_customer(admin.id, name=name, phone=f"1390013900{i}").id
    buy(ids["Ann"], "2025-02-01", 90_000)
    buy(ids["Bob"], "2025-02-01", 1_000)
    buy(ids["Bob"], "2026-02-01", 80_000)
    buy(ids["Cai"], "2026-02-01", 500)
    tiers.recompute(admin.id, "2025")
    tiers.recompute(admin.id, "2026")
    return ids


def test_movements_export_to_csv_in_groups(moved, admin, tmp_path):
    path = tmp_path / "moves.csv"
    assert tier_exports.export_movements(admin.id, "2025", "2026", path) == 3
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(tier_exports.MOVEMENT_HEADERS)
    assert [(r[0], r[2], r[4], r[5]) for r in rows[1:]] == [
        ("up", "Bob", "lead", "platinum"),
        ("dropped", "Ann", "platinum", ""),
        ("new", "Cai", "", "lead"),
    ]
    entries = audit.audit_page(admin.id, TrailFilter(action="tiers.export_movements"))
    assert len(entries) == 1


def test_movements_export_to_xlsx_with_a_frozen_header(moved, admin, tmp_path):
    path = tmp_path / "moves.xlsx"
    tier_exports.export_movements(admin.id, "2025", "2026", path, file_format="xlsx")
    sheet = load_workbook(path).worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert (sheet["A2"].value, sheet["C2"].value, sheet["F2"].value) == ("up", "Bob", "platinum")
    assert sheet.max_row == 4


def test_a_period_not_computed_or_a_role_without_export_is_refused(moved, admin, tmp_path):
    with pytest.raises(NotFound):
        tier_exports.export_movements(admin.id, "2024", "2026", tmp_path / "x.csv")
    desk = staffing.add("Desk", "", "receptionist")
    with pytest.raises(Refused):
        tier_exports.export_movements(desk.id, "2025", "2026", tmp_path / "y.csv")
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()
