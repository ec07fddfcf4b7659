"""Per-subject encryption so that erasure can be proven by deleting one key.

Personal data at rest (profile fields, sanitised CV) is encrypted with the subject's own
AES-256-GCM key. Deleting the key ("crypto-shredding") makes every copy unreadable,
including copies we cannot reach (backups, replicas). Pure: keys are bytes, storage is
someone else's job.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from talentguard.errors import PipelineError

NONCE_BYTES = 12


class Shredded(PipelineError):
    """The data cannot be decrypted: the key is gone (erased) or the bytes were altered."""


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def encrypt(key: bytes, plaintext: bytes, context: bytes = b"") -> bytes:
    """nonce || ciphertext+tag; ``context`` (e.g. the subject id) is authenticated, not stored."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def decrypt(key: bytes | None, blob: bytes, context: bytes = b"") -> bytes:
    if key is None:
        raise Shredded("the subject's key is deleted: data is unreadable")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context)
    except (InvalidTag, ValueError) as exc:
        raise Shredded("ciphertext does not match the key (altered, or another subject's)") from exc
