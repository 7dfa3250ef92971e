"""The customer page's lazy tables (timeline, purchases): one customer's rows, newest
first, in keyset pages, amounts in the site's currency."""

from __future__ import annotations

from ..common.paged_model import KeysetPagedModel

PAGE_SIZE = 50


class CustomerPagedModel(KeysetPagedModel):
    """A ``KeysetPagedModel`` of one customer (none until ``show_customer``); subclasses
    read ``self._customer_id`` in ``_fetch_page`` and format with ``self._currency``."""

    def __init__(self, actor_id: int, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent, page_size)
        self._actor_id = actor_id
        self._customer_id: int | None = None
        self._currency = "CNY"

    def show_customer(self, customer_id: int | None, currency: str) -> None:
        self._customer_id, self._currency = customer_id, currency
        self.refresh()
