"""Rotating the key-encryption key (KEK) that wraps every subject key in Redis.

Why rotate: a Redis backup holds wrapped subject keys, including those of subjects erased
since. Once the KEK that wrapped them is destroyed, such a backup decrypts nothing, so the
erasure holds even against it. Rotation (``talentguard keys rotate-kek``, workers stopped):

1. the current ``kek.key`` is kept as ``kek-<fingerprint>.retired`` and a new ``kek.key`` is
   written (both 0600, in the keyring directory, never in Redis);
2. every ``PREFIX:key:*`` is unwrapped (new or retired KEKs) and rewrapped with the new KEK,
   each with a compare-and-set, so a concurrent writer is never overwritten;
3. with ``--forget-retired`` the retired KEK files are deleted once every key is rewrapped.
   From then on, a backup taken before the rotation opens nothing.

Workers load the current KEK and every retired one (``keks_of``), so keys not yet rewrapped
still open; restart them after a rotation so they wrap new keys with the new KEK.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from redis.asyncio import Redis

from anonymiser.crypto_shred import Shredded, kek_id, unwrap_key, wrap_key
from streams.state.redis_client import KeySpace, state_errors
from talentguard.keyring import Keyring

RETIRED_GLOB = "kek-*.retired"
CAS = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end
return 0
"""


def keks_of(keyring: Keyring) -> list[bytes]:
    """The current KEK first, then every retired one still on disk."""
    retired = [p.read_bytes() for p in sorted(keyring.directory.glob(RETIRED_GLOB))]
    return [keyring.kek, *[k for k in retired if len(k) == 32 and k != keyring.kek]]


def retire_and_replace(directory: Path, current: bytes) -> bytes:
    """Keep ``current`` as a retired file, write a fresh ``kek.key``; returns the new KEK."""
    retired = directory / f"kek-{kek_id(current).hex()}.retired"
    if not retired.exists():
        fd = os.open(retired, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, current)
        finally:
            os.close(fd)
    new = os.urandom(32)
    tmp = directory / "kek.key.new"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, new)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, directory / "kek.key")
    return new


@dataclass
class RewrapReport:
    rewrapped: int = 0
    already_current: int = 0
    unreadable: int = 0   # wrapped by a KEK no longer on disk: those subjects' data is shredded
    changed_meanwhile: int = 0


async def rewrap_all(client: Redis, keys: KeySpace, keks: list[bytes]) -> RewrapReport:
    """Rewrap every subject key under ``keys.prefix`` with ``keks[0]``."""
    report = RewrapReport()
    cas = client.register_script(CAS)
    current = kek_id(keks[0])
    pattern = keys.key("key", "*")
    async with state_errors("rewrapping subject keys"):
        async for name in client.scan_iter(match=pattern, count=1000):
            wrapped = await client.get(name)
            if wrapped is None:
                continue
            if wrapped.startswith(current):
                report.already_current += 1
                continue
            context = name.decode().rsplit(":", 1)[1].encode()  # the subject's pseudonym
            try:
                subject_key = unwrap_key(keks, wrapped, context)
            except Shredded:
                report.unreadable += 1
                continue
            assert subject_key is not None
            if await cas(keys=[name], args=[wrapped, wrap_key(keks[0], subject_key, context)]):
                report.rewrapped += 1
            else:
                report.changed_meanwhile += 1
    return report


def forget_retired(directory: Path) -> int:
    removed = 0
    for path in directory.glob(RETIRED_GLOB):
        path.unlink()
        removed += 1
    return removed
