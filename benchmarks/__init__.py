"""Benchmarks: measured, never asserted in unit tests. See docs/performance.md."""
