"""The keyring: secrets created once, read back identically, never shown, errors name files."""

from __future__ import annotations

import pytest

from talentguard.errors import ConfigError
from talentguard.keyring import load_keyring


def test_when_the_directory_is_empty_then_keys_are_created_private_and_stable(tmp_path) -> None:
    first = load_keyring(tmp_path / "keys", create=True)
    second = load_keyring(tmp_path / "keys", create=False)
    assert first.kek == second.kek and len(first.kek) == 32
    assert first.subject_pseudonym("cand-1") == second.subject_pseudonym("cand-1")
    assert (tmp_path / "keys" / "kek.key").stat().st_mode & 0o777 == 0o600
    assert b"PUBLIC KEY" in (tmp_path / "keys" / "audit-signing.pub").read_bytes()
    assert first.kek.hex() not in repr(first) and str(first.kek) not in repr(first)


def test_when_keys_differ_then_pseudonyms_differ_and_name_no_id(tmp_path) -> None:
    a, b = load_keyring(tmp_path / "a", create=True), load_keyring(tmp_path / "b", create=True)
    assert a.subject_pseudonym("cand-1") != b.subject_pseudonym("cand-1")
    assert "cand-1" not in a.subject_pseudonym("cand-1")
    assert a.pseudonym("visitor", "v1") != a.pseudonym("client", "v1")


def test_when_creation_is_off_and_a_key_is_missing_then_the_error_names_the_file(tmp_path) -> None:
    with pytest.raises(ConfigError, match="kek.key"):
        load_keyring(tmp_path / "none", create=False)


def test_when_a_key_file_is_truncated_then_the_error_names_it(tmp_path) -> None:
    load_keyring(tmp_path / "k", create=True)
    (tmp_path / "k" / "pseudonym.key").write_bytes(b"short")
    with pytest.raises(ConfigError, match="pseudonym.key must hold exactly 32 bytes"):
        load_keyring(tmp_path / "k", create=False)


def _load_in_child(directory: str) -> tuple[bytes, bytes]:
    ring = load_keyring(directory, create=True)
    return ring.kek, ring.public_key_pem()


def test_when_many_processes_create_the_keyring_at_once_then_all_read_the_same_whole_keys(tmp_path) -> None:
    # each round a fresh directory: 8 processes race to create it; none may see a partial file
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for round_ in range(5):
        directory = str(tmp_path / f"keys-{round_}")
        with ctx.Pool(8) as pool:
            results = pool.map(_load_in_child, [directory] * 8)
        assert len(set(results)) == 1, "processes created different keyrings"
        assert not [p for p in (tmp_path / f"keys-{round_}").iterdir() if p.name.startswith(".")]


def test_when_pseudonyms_are_computed_then_they_are_the_documented_hmac(tmp_path) -> None:
    """Pseudonyms already stored in Redis and the sink must not change with the fast path."""
    import hashlib
    import hmac

    kr = load_keyring(tmp_path / "keys", create=True)
    assert kr.pseudonym("visitor", "v1") == hmac.new(kr.pseudonym_key, b"visitor\0v1", hashlib.sha256).hexdigest()[:32]
    assert kr.subject_pseudonym("cand-1") == "s_" + hmac.new(kr.pseudonym_key, b"subject\0cand-1",
                                                             hashlib.sha256).hexdigest()[:32]
