"""Playbooks (接待策略): steps for every category and purpose, in both languages."""

from __future__ import annotations

import itertools

import pytest

from receptionist.domain.enums import Category, Purpose
from receptionist.domain.playbooks import (
    ALL_STEPS,
    CATEGORY_STEPS,
    PURPOSE_STEPS,
    PlaybookStep,
    playbook,
)


@pytest.mark.parametrize(("category", "purpose"), list(itertools.product(Category, Purpose)))
def test_every_category_and_purpose_has_steps_in_both_languages(category, purpose):
    steps = playbook(category, purpose)
    assert len(steps) >= 3
    ids = [s.id for s in steps]
    assert len(ids) == len(set(ids))
    for step in steps:
        assert step.en.strip() and step.zh.strip()
        assert step.en != step.zh
        assert any("\u4e00" <= ch <= "\u9fff" for ch in step.zh)
    # Category steps come first, then the purpose's.
    assert steps[: len(CATEGORY_STEPS[category])] == CATEGORY_STEPS[category]
    assert set(PURPOSE_STEPS[purpose]) <= set(steps)


def test_step_ids_are_unique_across_all_playbooks():
    every = [s.id for steps in (*CATEGORY_STEPS.values(), *PURPOSE_STEPS.values()) for s in steps]
    assert len(every) == len(set(every))
    assert set(every) == set(ALL_STEPS)


def test_every_enum_value_has_its_steps():
    assert set(CATEGORY_STEPS) == set(Category)
    assert set(PURPOSE_STEPS) == set(Purpose)


@pytest.mark.parametrize("purpose", list(Purpose))
def test_vip_starts_with_the_dedicated_manager(purpose):
    steps = playbook(Category.VIP, purpose)
    assert steps[0].id == "vip.manager"
    assert "account manager" in steps[0].en
    assert "专属客户经理" in steps[0].zh
    assert {"vip.personal", "vip.care"} <= {s.id for s in steps}


@pytest.mark.parametrize("purpose", list(Purpose))
def test_problem_customer_is_routed_to_complaint_handling_and_heard_first(purpose):
    steps = playbook(Category.PROBLEM, purpose)
    assert steps[0].id == "problem.route"
    assert "complaint" in steps[0].en.lower()
    assert "投诉" in steps[0].zh
    assert steps[1].id == "problem.listen"


def test_prospect_gets_introduction_cases_and_consultation():
    ids = [s.id for s in playbook(Category.PROSPECT, Purpose.SALES)]
    assert ids[:4] == ["prospect.needs", "prospect.intro", "prospect.cases", "prospect.consult"]


def test_existing_gets_after_sales_care_and_call_backs():
    ids = {s.id for s in playbook(Category.EXISTING, Purpose.AFTER_SALES)}
    assert {"existing.care", "existing.callback", "after_sales.record"} <= ids


def test_complaint_purpose_follows_the_five_step_process_in_order():
    ids = [s.id for s in PURPOSE_STEPS[Purpose.COMPLAINT]]
    assert ids[:3] == ["complaint.listen", "complaint.confirm", "complaint.propose"]


def test_step_text_by_language():
    step = PlaybookStep("x.y", "Hello", "你好")
    assert step.text("zh_CN") == "你好"
    assert step.text("zh") == "你好"
    assert step.text("en") == "Hello"
    assert step.text("en_GB") == "Hello"
