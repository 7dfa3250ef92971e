"""The customer page (issue 12): one window per customer with the archive's details, and
its tabs: the timeline and the purchases, each a self-contained widget with
``show_customer(customer_id)``."""
