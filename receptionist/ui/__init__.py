"""The PySide6 desk: views only display and forward to ``services``."""
