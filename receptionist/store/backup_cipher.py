"""A backup sealed with a passphrase: AES-256-GCM in chunks, the key from scrypt.

The file: a header, then the data in chunks of ``CHUNK`` bytes, each encrypted and
authenticated on its own (16-byte tag). The header::

    magic "RCPTBAK\\0" | format 1 | scrypt log2(n), r, p | salt (16) | nonce prefix (7)
    | key check (16) | chunk size (4, big-endian)

scrypt (memory-hard: 2**17 × 8 × 128 bytes = 128 MiB, about half a second) turns the
passphrase and the salt into 48 bytes: the AES key (32) and a check value (16) stored in
the header, so a wrong passphrase is told apart from a damaged file before anything is
decrypted. Each chunk's nonce is the prefix, the chunk's number and a flag set on the last
chunk only; the header is authenticated with every chunk. A file cut short, chunks
reordered or a header edited therefore fails to decrypt. Writing seals bytes already in
memory (the whole database, for a site of a few hundred MB at most); reading streams chunk
by chunk into a file.
"""

from __future__ import annotations

import hmac
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.faults import DatabaseFault

MAGIC = b"RCPTBAK\x00"
FORMAT = 1
CHUNK = 1 << 20
TAG = 16
LOG2_N, R, P = 17, 8, 1
_HEADER = struct.Struct(">8sBBBB16s7s16sI")
HEADER_SIZE = _HEADER.size
# A header may not ask for more than this (a doctored file must not exhaust memory).
MAX_LOG2_N, MAX_R, MAX_P = 20, 16, 4


def is_sealed(path: Path) -> bool:
    """True when the file at ``path`` starts like a sealed backup."""
    with path.open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    kdf = Scrypt(salt=salt, length=48, n=1 << log2_n, r=r, p=p)
    out = kdf.derive(passphrase.encode("utf-8"))
    return out[:32], out[32:]


def _nonce(prefix: bytes, number: int, final: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if final else b"\x00")


def _pieces(data: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """The chunks of ``data``; the last is always shorter than ``CHUNK`` (empty when the
    data ends on a chunk boundary), so a reader knows the end when it sees it."""
    count = len(data) // CHUNK + 1
    for number in range(count):
        yield number, data[number * CHUNK : (number + 1) * CHUNK], number == count - 1


def seal(data: bytes, passphrase: str, out: BinaryIO, log2_n: int = LOG2_N) -> None:
    """Write ``data`` sealed with ``passphrase`` to ``out``."""
    salt, prefix = os.urandom(16), os.urandom(7)
    key, check = _derive(passphrase, salt, log2_n, R, P)
    header = _HEADER.pack(MAGIC, FORMAT, log2_n, R, P, salt, prefix, check, CHUNK)
    out.write(header)
    aead = AESGCM(key)
    for number, piece, final in _pieces(data):
        out.write(aead.encrypt(_nonce(prefix, number, final), piece, header))


def unseal(source: Path, passphrase: str, out: BinaryIO) -> None:
    """Decrypt the sealed backup at ``source`` into ``out``. Raises ``DatabaseFault``:
    ``backup_not_ours`` (not a sealed backup of ours), ``backup_wrong_passphrase``,
    ``backup_damaged`` (cut short or altered). ``out`` may hold part of the data then."""
    with source.open("rb") as file:
        header = file.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
            raise DatabaseFault("backup_damaged" if header.startswith(MAGIC) else "backup_not_ours")
        _magic, fmt, log2_n, r, p, salt, prefix, check, chunk = _HEADER.unpack(header)
        if fmt != FORMAT:
            raise DatabaseFault("backup_not_ours")
        if not (1 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
            raise DatabaseFault("backup_damaged")
        if chunk != CHUNK:
            raise DatabaseFault("backup_damaged")
        key, expected = _derive(passphrase, salt, log2_n, r, p)
        if not hmac.compare_digest(check, expected):
            raise DatabaseFault("backup_wrong_passphrase")
        aead = AESGCM(key)
        number = 0
        while True:
            block = file.read(CHUNK + TAG)
            final = len(block) < CHUNK + TAG
            if final and (len(block) < TAG or file.read(1)):
                raise DatabaseFault("backup_damaged")
            try:
                out.write(aead.decrypt(_nonce(prefix, number, final), block, header))
            except InvalidTag:
                raise DatabaseFault("backup_damaged") from None
            if final:
                return
            number += 1
