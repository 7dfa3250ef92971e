"""The customer archive: duplicates (issue 12)."""
