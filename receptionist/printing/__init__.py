"""Printed documents (reportlab), built from plain data: the visit slip and the feedback
card. No Qt, no database: callers pass ``SlipData`` / ``CardData`` and get a
``PrintedDocument`` (PDF bytes for files, SVG pages for Qt's vector print path)."""
