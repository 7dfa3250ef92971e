"""The category a complaint write suggests (problem on opening; the one before on closing
the customer's last complaint): asked, never applied silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import Category
from ...domain.errors import DeskError
from ...services import customers
from ...services.complaint_views import ComplaintChange
from ..common import ask, labels
from ..common.context import DeskContext


def offer_category(ctx: DeskContext, change: ComplaintChange, parent: QWidget) -> bool:
    """Ask whether to give the customer the suggested category; True when it changed."""
    category = change.suggest_category
    if category is None:
        return False
    view = change.complaint
    name = labels.category_label(category)
    if category is Category.PROBLEM:
        question = QCoreApplication.translate(
            "Complaints", "Tag {customer} as “{category}” while the complaint is open?"
        )
        reason = QCoreApplication.translate("Complaints", "Complaint opened")
    else:
        question = QCoreApplication.translate(
            "Complaints", "{customer} has no open complaint left. Give back “{category}”?"
        )
        reason = QCoreApplication.translate("Complaints", "Complaint closed")
    title = QCoreApplication.translate("Complaints", "Customer category")
    if not ask.confirm(
        parent,
        title,
        question.format(customer=view.customer_name, category=name),
    ):
        return False
    try:
        customers.change_category(ctx.actor.id, view.customer_id, category, reason)
    except DeskError as error:
        ask.warn(parent, title, labels.error_text(error))
        return False
    ctx.signals.customer_changed.emit(view.customer_id)
    return True
