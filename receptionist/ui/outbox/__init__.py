"""The outbox at the desk: the window of what was sent (Manage → Outbox…), the failures
on the status bar, and the background sender's place in the desk."""
