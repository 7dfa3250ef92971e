"""Use cases of the desk. Each takes the acting staff member, validates, runs in one
transaction, writes the audit trail and returns plain data (``views``)."""
