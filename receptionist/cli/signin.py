"""Who runs a command: ``--user NAME`` (else ``RECEPTIONIST_USER``) signs in with their
password or PIN before the command's work starts, and that staff member is its actor.

The password comes from ``RECEPTIONIST_PASSWORD`` (for scripts, as libpq reads
``PGPASSWORD``), else the first line of stdin when it is not a terminal, else a prompt
that does not echo. A new secret (``setup``'s admin password, ``user add``, ``user
passwd``) comes from its own variable, else the next line of stdin, else a prompt asked
twice. Secrets are never echoed, logged, printed or taken from the arguments.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..domain.errors import DeskError, ValidationError
from ..services import auth
from ..services.views import StaffView

ENV_USER = "RECEPTIONIST_USER"
ENV_PASSWORD = "RECEPTIONIST_PASSWORD"
ENV_NEW_PASSWORD = "RECEPTIONIST_NEW_PASSWORD"


class GoneAsOption(argparse.Action):
    """``--as NAME`` acted as anyone without proof; it is refused with what to use."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs="?", help=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(
            "--as is gone: sign in with --user NAME (or RECEPTIONIST_USER) and your password or PIN"
        )


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _line() -> str:
    """One line of piped stdin without its line break ("" at its end)."""
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return ""


def read_password(name: str) -> str:
    """The signing-in member's password or PIN; DeskError ``password_missing`` when
    none was given (an empty one is not tried: it would count as a wrong one)."""
    secret = os.environ.get(ENV_PASSWORD, "")
    if not secret:
        secret = _ask(f"Password or PIN for {name}: ") if _terminal() else _line()
    if not secret:
        raise DeskError("password_missing", variable=ENV_PASSWORD)
    return secret


def read_new_secret(prompt: str, variable: str = ENV_NEW_PASSWORD) -> str:
    """A new password or PIN: ``variable``, else a line of stdin, else typed twice at
    ``prompt``."""
    secret = os.environ.get(variable, "")
    if not secret:
        if _terminal():
            secret = _ask(prompt)
            if secret and secret != _ask("The same again: "):
                raise ValidationError("password_mismatch", field="secret")
        else:
            secret = _line()
    if not secret:
        raise DeskError("password_missing", variable=variable)
    return secret


def user_name(args: argparse.Namespace) -> str:
    name = (args.user or os.environ.get(ENV_USER, "")).strip()
    if not name:
        raise DeskError("sign_in_user_missing")
    return name


def sign_in(args: argparse.Namespace) -> StaffView:
    """Sign the command's user in (Refused when the name or secret is wrong, or the
    account is locked; a wrong one counts towards the lock); ``args.signed_in`` holds
    them for ``common.actor``. A right one writes nothing: a refused command leaves the
    database as it was, and its own writes are audited with its actor."""
    name = user_name(args)
    args.signed_in = auth.prove(name, read_password(name))
    return args.signed_in
