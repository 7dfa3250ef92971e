"""The customer page's parts (the page itself is the archive's): the timeline and the
purchases, each a self-contained widget with ``show_customer(customer_id)``."""
