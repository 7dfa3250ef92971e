"""Printed documents (reportlab), built from plain data: the visit slip, the feedback
card and the invitation. No Qt, no database: callers pass ``SlipData`` / ``CardData`` /
``InvitationData`` and get a ``PrintedDocument`` (PDF bytes for files, SVG pages for Qt's
vector print path)."""
