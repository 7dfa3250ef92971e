"""The customer page (issue 12): one window per customer with the archive's details and
tabs other parts add (timeline, purchases)."""
