"""The search results model: columns, badge role, dates, and qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Category
from receptionist.services import clock
from receptionist.services.views import CustomerHit
from receptionist.ui.common.badges import CATEGORY_ROLE
from receptionist.ui.desk.hit_model import (
    COL_CATEGORY,
    COL_LAST_VISIT,
    COL_NAME,
    COL_ON_SITE,
    COL_PHONE,
    CUSTOMER_ID_ROLE,
    CustomerHitModel,
    visit_day,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock():
    clock.set_clock(lambda: NOW)
    yield
    clock.set_clock(None)


def hits() -> tuple[CustomerHit, ...]:
    return (
        CustomerHit(1, "张三", "•••• 5678", "华为", Category.VIP, NOW, True),
        CustomerHit(2, "Emily Chen", "", "", Category.PROSPECT, None, False),
        CustomerHit(
            3, "王建国", "•••• 0002", "建国装饰", Category.PROBLEM, NOW - timedelta(days=40), False
        ),
    )


def test_model_passes_qtmodeltester(qtmodeltester):
    model = CustomerHitModel()
    model.set_hits(hits())
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(CustomerHitModel())


def test_columns_show_what_identifies_a_customer():
    model = CustomerHitModel()
    model.set_hits(hits())
    assert model.rowCount() == 3 and model.columnCount() == 6
    first = [model.index(0, c).data() for c in range(6)]
    assert first == ["VIP", "张三", "•••• 5678", "华为", "today", "●"]
    assert model.index(0, COL_CATEGORY).data(CATEGORY_ROLE) == "vip"
    assert model.index(0, COL_NAME).data(CATEGORY_ROLE) is None
    assert model.index(1, COL_PHONE).data() == ""
    assert model.index(1, COL_ON_SITE).data() == ""
    assert model.index(2, COL_LAST_VISIT).data() == (
        clock.local(NOW - timedelta(days=40)).date().isoformat()
    )
    assert model.index(2, COL_NAME).data(CUSTOMER_ID_ROLE) == 3
    assert "建国装饰" in model.index(2, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(2) == 1 and model.row_of(99) == -1


def test_visit_day_says_today_and_yesterday():
    assert visit_day(None) == ""
    assert visit_day(NOW) == "today"
    assert visit_day(NOW - timedelta(days=1)) == "yesterday"
    two_days = NOW - timedelta(days=2)
    assert visit_day(two_days) == clock.local(two_days).date().isoformat()


def test_retranslate_does_not_reset(qtbot):
    model = CustomerHitModel()
    model.set_hits(hits())
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.headerDataChanged), qtbot.waitSignal(model.dataChanged):
        model.retranslate()
    assert resets == []
