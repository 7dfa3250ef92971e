"""The customer archive's windows (issue 12): duplicates found and merged, customers and
purchases imported, the archive exported."""
