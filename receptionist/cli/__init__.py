"""The command line (``receptionist COMMAND``): one module per group of commands;
``main`` builds the parser and maps errors to exit codes."""

from .main import main

__all__ = ["main"]
