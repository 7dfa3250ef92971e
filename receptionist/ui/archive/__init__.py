"""The customer archive's windows: importing customers and purchases, exporting the
archive (issue 12)."""
