"""Playbooks (接待策略): the steps the seed practice prescribes per category and purpose.

A playbook is the category's steps followed by the purpose's steps. Defaults ship with
the app in Simplified Chinese and English; the step ``id`` is what a visit stores when a
step is ticked, so wording can change without losing history.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import Category, Purpose


@dataclass(frozen=True)
class PlaybookStep:
    id: str
    en: str
    zh: str

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


def _s(step_id: str, en: str, zh: str) -> PlaybookStep:
    return PlaybookStep(step_id, en, zh)


CATEGORY_STEPS: dict[Category, tuple[PlaybookStep, ...]] = {
    Category.PROSPECT: (
        _s(
            "prospect.needs",
            "Ask what they are looking for and note their needs",
            "了解来访需求并记录",
        ),
        _s(
            "prospect.intro", "Introduce the products and services that fit", "介绍匹配的产品与服务"
        ),
        _s("prospect.cases", "Show success cases from similar customers", "展示同类客户的成功案例"),
        _s(
            "prospect.consult", "Offer a consultation and leave materials", "提供咨询服务并留下资料"
        ),
    ),
    Category.EXISTING: (
        _s(
            "existing.greet",
            "Greet by name and review their purchases",
            "称呼客户姓名，了解其已购产品",
        ),
        _s(
            "existing.care",
            "Ask how the product is working; offer after-sales care",
            "询问使用情况，提供售后关怀",
        ),
        _s("existing.callback", "Agree the next regular call-back", "约定下次定期回访"),
    ),
    Category.VIP: (
        _s("vip.manager", "Tell the dedicated account manager at once", "立即通知专属客户经理"),
        _s(
            "vip.personal",
            "Personal service: escort in person, private room, refreshments",
            "个性化服务：亲自引领、安排独立会客室、奉茶",
        ),
        _s(
            "vip.care",
            "Special care: remember preferences and special dates",
            "特别关怀：牢记偏好与重要纪念日",
        ),
        _s("vip.farewell", "See them off in person", "亲自送别"),
    ),
    Category.PROBLEM: (
        _s(
            "problem.route",
            "Route to complaint handling and tell the supervisor",
            "转入投诉处理流程并通知主管",
        ),
        _s(
            "problem.listen",
            "Listen first until they have said everything",
            "先倾听，让客户把话说完",
        ),
        _s("problem.empathise", "Empathise and confirm the details", "表示理解并确认细节"),
        _s(
            "problem.quiet",
            "Offer a quiet place away from other visitors",
            "安排安静、远离其他访客的区域",
        ),
    ),
}

PURPOSE_STEPS: dict[Purpose, tuple[PlaybookStep, ...]] = {
    Purpose.SALES: (
        _s("sales.budget", "Understand budget and timing", "了解预算与时间安排"),
        _s("sales.offer", "Present a fitting offer", "提供合适的方案与报价"),
        _s("sales.next", "Agree the next step and record it", "约定下一步并记录"),
    ),
    Purpose.AFTER_SALES: (
        _s(
            "after_sales.record",
            "Record the product, order and the problem",
            "记录产品、订单与问题",
        ),
        _s(
            "after_sales.arrange",
            "Arrange service or repair with a time frame",
            "安排维修或服务并告知时限",
        ),
    ),
    Purpose.COMPLAINT: (
        _s(
            "complaint.listen",
            "Step 1: listen until the customer has said everything",
            "第一步：倾听，直到客户把话说完",
        ),
        _s(
            "complaint.confirm",
            "Step 2: empathise and confirm the details",
            "第二步：表示理解并确认细节",
        ),
        _s("complaint.propose", "Step 3: propose a solution", "第三步：提出解决方案"),
    ),
    Purpose.RELATIONSHIP: (
        _s("relationship.thanks", "Thank them for the partnership", "感谢客户的长期合作"),
        _s("relationship.news", "Share news, events and invitations", "分享最新动态、活动与邀请"),
        _s("relationship.dates", "Note preferences and special dates", "记录偏好与重要日期"),
    ),
}

ALL_STEPS: dict[str, PlaybookStep] = {
    step.id: step for steps in (*CATEGORY_STEPS.values(), *PURPOSE_STEPS.values()) for step in steps
}


def playbook(category: Category, purpose: Purpose) -> tuple[PlaybookStep, ...]:
    """The steps for a visit, category steps first, without repeating a step."""
    seen: dict[str, PlaybookStep] = {}
    for step in (*CATEGORY_STEPS[category], *PURPOSE_STEPS[purpose]):
        seen.setdefault(step.id, step)
    return tuple(seen.values())
