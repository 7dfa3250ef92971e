"""The rule that pre-selects the reception flow (issue #2, step 4)."""

from __future__ import annotations

import itertools

import pytest

from receptionist.domain.enums import Category, Flow, Purpose
from receptionist.domain.flow import suggest_flow


def flow(purpose, category, previous_visits=1, open_complaint=False) -> Flow:
    return suggest_flow(
        purpose=purpose,
        category=category,
        previous_visits=previous_visits,
        has_open_complaint=open_complaint,
    )


@pytest.mark.parametrize("category", list(Category))
@pytest.mark.parametrize("purpose", [Purpose.SALES, Purpose.AFTER_SALES, Purpose.RELATIONSHIP])
def test_first_visit_is_initial_reception(purpose, category):
    assert flow(purpose, category, previous_visits=0) is Flow.INITIAL


@pytest.mark.parametrize("previous", [0, 1, 7])
@pytest.mark.parametrize("category", list(Category))
def test_complaint_purpose_is_complaint_handling_even_on_a_first_visit(category, previous):
    assert flow(Purpose.COMPLAINT, category, previous_visits=previous) is Flow.COMPLAINT


@pytest.mark.parametrize("previous", [0, 3])
@pytest.mark.parametrize("purpose", list(Purpose))
def test_open_complaint_is_complaint_handling_whatever_the_purpose(purpose, previous):
    assert flow(purpose, Category.EXISTING, previous, open_complaint=True) is Flow.COMPLAINT


@pytest.mark.parametrize("category", [Category.EXISTING, Category.VIP])
def test_existing_or_vip_after_sales_on_a_repeat_visit_is_maintenance(category):
    assert flow(Purpose.AFTER_SALES, category, previous_visits=2) is Flow.MAINTENANCE


def test_prospect_after_sales_on_a_repeat_visit_is_follow_up():
    assert flow(Purpose.AFTER_SALES, Category.PROSPECT, previous_visits=1) is Flow.FOLLOW_UP


@pytest.mark.parametrize(
    ("purpose", "category"),
    [
        (Purpose.SALES, Category.PROSPECT),
        (Purpose.SALES, Category.EXISTING),
        (Purpose.SALES, Category.VIP),
        (Purpose.RELATIONSHIP, Category.EXISTING),
        (Purpose.RELATIONSHIP, Category.VIP),
        (Purpose.RELATIONSHIP, Category.PROSPECT),
    ],
)
def test_otherwise_follow_up(purpose, category):
    assert flow(purpose, category, previous_visits=5) is Flow.FOLLOW_UP


def test_every_combination_gives_a_flow_and_complaint_wins():
    for purpose, category, previous, complaint in itertools.product(
        Purpose, Category, (0, 1), (False, True)
    ):
        result = flow(purpose, category, previous, complaint)
        assert isinstance(result, Flow)
        if complaint or purpose is Purpose.COMPLAINT:
            assert result is Flow.COMPLAINT
        elif previous == 0:
            assert result is Flow.INITIAL
        else:
            assert result in (Flow.MAINTENANCE, Flow.FOLLOW_UP)
