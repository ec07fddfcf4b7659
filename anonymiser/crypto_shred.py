"""Per-subject encryption so that erasure can be proven by deleting one key.

Personal data at rest (profile fields, sanitised CV) is encrypted with the subject's own
AES-256-GCM key. Deleting the key ("crypto-shredding") makes every copy unreadable,
including copies we cannot reach (backups, replicas). Pure: keys are bytes, storage is
someone else's job.
"""

from __future__ import annotations

import os
from typing import Sequence

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


# Subject keys at rest are wrapped by a key-encryption key (KEK) kept outside Redis (the
# keyring): a Redis backup alone then holds ciphertexts and wrapped keys, nothing readable.
# Each wrapped key names the KEK that wrapped it (a fingerprint, not the key), so several
# KEKs can coexist while a rotation rewraps them.
KEK_ID_BYTES = 8


def kek_id(kek: bytes) -> bytes:
    """A fingerprint of a KEK (not reversible): which KEK wrapped a subject key."""
    import hashlib

    return hashlib.sha256(b"talentguard-kek\0" + kek).digest()[:KEK_ID_BYTES]


def wrap_key(kek: bytes, subject_key: bytes, context: bytes) -> bytes:
    """kek_id || AES-GCM(kek, subject_key); ``context`` (the subject's pseudonym) binds the
    wrapped key to its subject, so keys swapped between subjects do not unwrap."""
    return kek_id(kek) + encrypt(kek, subject_key, b"subject-key\0" + context)


def unwrap_key(keks: Sequence[bytes], wrapped: bytes | None, context: bytes) -> bytes | None:
    """The subject key, or None when there is none (erased). Raises ``Shredded`` when no known
    KEK wrapped it or the bytes were altered."""
    if wrapped is None:
        return None
    wanted = wrapped[:KEK_ID_BYTES]
    for kek in keks:
        if kek_id(kek) == wanted:
            return decrypt(kek, wrapped[KEK_ID_BYTES:], b"subject-key\0" + context)
    raise Shredded("subject key wrapped by an unknown key-encryption key (rotated away or wrong keyring)")
