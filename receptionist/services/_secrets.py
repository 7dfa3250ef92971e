"""Secrets the site keeps in its database (the SMTP password, the webhooks' signing
secrets), sealed: AES-256-GCM under the site's secrets key, the setting's name bound in as
associated data so a sealed value cannot be moved to another setting.

The key is never in the database. It is kept in this computer's OS keyring (service
``KEYRING_SERVICE``, under the site's key id, a random name stored in the ``setting``
table), made the first time a secret is saved; a computer without a keyring takes it from
``RECEPTIONIST_SECRETS_KEY`` (32 bytes, URL-safe Base64). On a site with several desks,
only computers holding the key can open the secrets: the others leave the messages that
need one to a station that can (``services.outbox``). A sealed value reads
``v1:<Base64 of nonce and ciphertext>``; nothing here logs a value.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import secrets as random_source

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import ValidationError
from ..store import settings as settings_store

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Receptionist secrets"
ENV_KEY = "RECEPTIONIST_SECRETS_KEY"
KEY_ID_SETTING = "secrets_key_id"
_PREFIX = "v1:"


class SecretUnavailable(Exception):
    """This computer cannot open the site's secrets (no key, or another key)."""


def _decode_key(text: str) -> bytes | None:
    try:
        key = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == 32 else None


def _key_id() -> str | None:
    return settings_store.get_many([KEY_ID_SETTING]).get(KEY_ID_SETTING)


def _keyring_key(key_id: str) -> bytes | None:
    try:
        import keyring

        text = keyring.get_password(KEYRING_SERVICE, key_id)
    except Exception:  # noqa: BLE001 - a broken keyring backend: as no keyring
        log.info("the OS keyring could not be read", exc_info=True)
        return None
    return _decode_key(text) if text else None


def _key(key_id: str | None) -> bytes | None:
    env = os.environ.get(ENV_KEY, "")
    if env:
        return _decode_key(env)
    return _keyring_key(key_id) if key_id else None


def _new_key(key_id: str) -> bytes:
    key = AESGCM.generate_key(bit_length=256)
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key_id, base64.urlsafe_b64encode(key).decode())
    except Exception:  # noqa: BLE001 - said to the administrator as one sentence
        log.info("the OS keyring could not be written", exc_info=True)
        raise ValidationError("secrets_keyring_missing", field="secret", variable=ENV_KEY) from None
    return key


def _key_for_sealing() -> bytes:
    """The key new secrets are sealed with, made (and its id saved) on first use; call
    inside the transaction that saves the secret."""
    key_id = _key_id() or settings_store.put_new(KEY_ID_SETTING, random_source.token_hex(16))
    if os.environ.get(ENV_KEY, ""):
        key = _decode_key(os.environ[ENV_KEY])
        if key is None:
            raise ValidationError("secrets_key_invalid", field="secret", variable=ENV_KEY)
        return key
    return _keyring_key(key_id) or _new_key(key_id)


def seal(name: str, plain: str) -> str:
    """``plain`` sealed for the setting ``name`` ("" stays "")."""
    if not plain:
        return ""
    nonce = random_source.token_bytes(12)
    sealed = AESGCM(_key_for_sealing()).encrypt(nonce, plain.encode(), name.encode())
    return _PREFIX + base64.b64encode(nonce + sealed).decode()


def unseal(name: str, sealed: str) -> str:
    """The plain text of a value sealed for ``name`` ("" stays ""); SecretUnavailable
    when this computer lacks the key it was sealed with."""
    if not sealed:
        return ""
    if not sealed.startswith(_PREFIX):
        raise SecretUnavailable("not a sealed value")
    key = _key(_key_id())
    if key is None:
        raise SecretUnavailable("this computer does not hold the site's secrets key")
    try:
        raw = base64.b64decode(sealed[len(_PREFIX) :])
        return AESGCM(key).decrypt(raw[:12], raw[12:], name.encode()).decode()
    except (InvalidTag, binascii.Error, ValueError):
        raise SecretUnavailable("sealed with another key") from None
