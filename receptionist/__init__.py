"""Receptionist: a desktop front-desk reception app."""

__version__ = "0.1.0"
