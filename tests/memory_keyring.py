"""A real keyring backend that keeps passwords in this process only, for the tests of
the password saved from Settings → Database (``keyring.set_keyring``); and keyring's own
"fail" backend for a computer without a keyring. Real backend objects, not mocks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict: ``passwords[(service, username)]``."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@contextlib.contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """``backend`` as this process's keyring for the block."""
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def failing_keyring() -> fail.Keyring:
    """The backend keyring picks on a computer without one (a bare Linux, a locked-down
    Windows account): every call fails."""
    return fail.Keyring()
