from __future__ import annotations

import pytest

from anonymiser.crypto_shred import Shredded, decrypt, encrypt, new_key


def test_when_the_key_is_kept_then_data_round_trips() -> None:
    key = new_key()
    assert decrypt(key, encrypt(key, b"cv text", b"c-1"), b"c-1") == b"cv text"


def test_when_the_key_is_deleted_then_data_is_unreadable() -> None:
    blob = encrypt(new_key(), b"cv text")
    with pytest.raises(Shredded):
        decrypt(None, blob)
    with pytest.raises(Shredded):
        decrypt(new_key(), blob)


def test_when_ciphertext_is_moved_to_another_subject_then_it_does_not_decrypt() -> None:
    key = new_key()
    with pytest.raises(Shredded):
        decrypt(key, encrypt(key, b"x", b"c-1"), b"c-2")
