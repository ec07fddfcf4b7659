"""Secrets that must live outside Redis and outside the topics: the keyring.

Why a keyring at all: anything stored next to the data it protects protects nothing. A
Redis backup holding both a subject's key and its ciphertext still decrypts after an
erasure; a MAC key in Redis lets anyone with write access forge consent; a plain hash
chain on a topic can be rebuilt by anyone who can write to the topic. So every secret
talentguard uses is read from a directory (``TALENTGUARD_KEYS_DIR``, default
``data/keys``) that operators keep on the worker hosts (or mount from a secret store),
never in Redis, never on a topic, never in a backup of either.

Files (each created on first use when ``TALENTGUARD_KEYS_CREATE`` is not ``0``; mode 0600):

    kek.key              32 bytes: key-encryption key wrapping every subject key in Redis
    pseudonym.key        32 bytes: HMAC key for subject / visitor pseudonyms
    ledger-mac.key       32 bytes: HMAC key authenticating consent ledger entries
    dead-letter.key      32 bytes: AES-GCM key for the payloads kept in dead letters
    audit-signing.key    Ed25519 private key (PEM, PKCS8) signing audit records
    audit-signing.pub    its public key (PEM): what an auditor needs, safe to publish

Every worker and CLI of one deployment must see the same directory contents. Not
guaranteed: rotation. Owners of each key document how to rotate it where they use it.
"""

from __future__ import annotations

import hmac
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from talentguard.errors import ConfigError

ENV_KEYS_DIR = "TALENTGUARD_KEYS_DIR"
ENV_KEYS_CREATE = "TALENTGUARD_KEYS_CREATE"
DEFAULT_KEYS_DIR = "data/keys"

SECRET_FILES = ("kek.key", "pseudonym.key", "ledger-mac.key", "dead-letter.key")
SIGNING_FILE, PUBLIC_FILE = "audit-signing.key", "audit-signing.pub"


@dataclass(frozen=True)
class Keyring:
    """The loaded secrets. ``repr`` never shows them."""

    directory: Path
    kek: bytes = field(repr=False)
    pseudonym_key: bytes = field(repr=False)
    ledger_mac_key: bytes = field(repr=False)
    dead_letter_key: bytes = field(repr=False)
    signing_key: Ed25519PrivateKey = field(repr=False)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    def public_key_pem(self) -> bytes:
        return self.public_key.public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)

    def subject_pseudonym(self, candidate_id: str) -> str:
        """The name every Redis key, audit record and report uses for a candidate: stable,
        not reversible, and not testable against a guessed id without the key."""
        return "s_" + _hmac_hex(self.pseudonym_key, "subject", candidate_id)

    def pseudonym(self, purpose: str, identifier: str) -> str:
        """A keyed pseudonym for any other identifier (visitor, client, request...)."""
        return _hmac_hex(self.pseudonym_key, purpose, identifier)


def _hmac_hex(key: bytes, purpose: str, identifier: str) -> str:
    # hmac.digest: the one-shot C path, same bytes as hmac.new(...).digest() without an HMAC
    # object per call (a pseudonym per analytics event and per share request)
    return hmac.digest(key, f"{purpose}\0{identifier}".encode(), "sha256").hex()[:32]


def keys_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get(ENV_KEYS_DIR) or DEFAULT_KEYS_DIR)


def load_keyring(directory: Path | str | None = None, *, create: bool | None = None,
                 env: Mapping[str, str] | None = None) -> Keyring:
    """Read (or, in development, create) the keyring. Errors name the file, never a value."""
    env = os.environ if env is None else env
    path = Path(directory) if directory is not None else keys_dir(env)
    if create is None:
        create = env.get(ENV_KEYS_CREATE, "1") != "0"
    secrets = {name: _secret(path / name, create) for name in SECRET_FILES}
    return Keyring(path, secrets["kek.key"], secrets["pseudonym.key"], secrets["ledger-mac.key"],
                   secrets["dead-letter.key"], _signing_key(path, create))


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data`` (mode 0600), atomically: written to a private temp
    file first, then hard-linked into place. Why not O_EXCL on the final name: a process
    starting at the same moment could read the file between its creation and its write
    (empty: a ConfigError). ``os.link`` fails if the name exists, so the first creator wins
    and everyone reads a whole key. Raises FileExistsError when another process won."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.link(tmp, path)
    finally:
        if fd >= 0:
            os.close(fd)
        os.unlink(tmp)


def _secret(path: Path, create: bool) -> bytes:
    if not path.exists():
        if not create:
            raise ConfigError(f"{ENV_KEYS_DIR}: missing key file {path} (and {ENV_KEYS_CREATE}=0)")
        try:
            _write_private(path, os.urandom(32))
        except FileExistsError:
            pass  # another process created it first: read theirs
    data = path.read_bytes()
    if len(data) != 32:
        raise ConfigError(f"{ENV_KEYS_DIR}: {path} must hold exactly 32 bytes, has {len(data)}")
    return data


def _signing_key(directory: Path, create: bool) -> Ed25519PrivateKey:
    private, public = directory / SIGNING_FILE, directory / PUBLIC_FILE
    if not private.exists():
        if not create:
            raise ConfigError(f"{ENV_KEYS_DIR}: missing signing key {private} (and {ENV_KEYS_CREATE}=0)")
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            _write_private(private, pem)
        except FileExistsError:
            pass
    try:
        key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    except (ValueError, TypeError):
        raise ConfigError(f"{ENV_KEYS_DIR}: {private} is not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"{ENV_KEYS_DIR}: {private} is not an Ed25519 key")
    if not public.exists():
        try:
            _write_private(public, key.public_key().public_bytes(serialization.Encoding.PEM,
                                                                 serialization.PublicFormat.SubjectPublicKeyInfo))
        except FileExistsError:
            pass
    return key


_DEFAULT: dict[str, Keyring] = {}


def default_keyring() -> Keyring:
    """The process's keyring from the environment (``TALENTGUARD_KEYS_DIR``), loaded once per
    directory. For code that cannot be handed one (module-level helpers, scripts)."""
    name = os.environ.get(ENV_KEYS_DIR) or DEFAULT_KEYS_DIR
    ring = _DEFAULT.get(name)
    if ring is None:
        ring = _DEFAULT[name] = load_keyring(Path(name).resolve())
    return ring
