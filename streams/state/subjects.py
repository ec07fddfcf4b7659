"""Per-candidate state: status flags, encrypted profile and CV, and the subject's key.

Keys are named by the candidate's keyed pseudonym (``KeySpace.subject_key``), never the id.
``PREFIX:subject:PSEUDONYM`` is a hash: ``known``, ``restricted``, ``objecting``,
``erased`` flags, ``erased_at`` (epoch ms), ``profile`` and ``cv`` (AES-GCM ciphertexts,
see anonymiser.crypto_shred). ``PREFIX:key:PSEUDONYM`` holds the subject's key WRAPPED by
the keyring's KEK (which is not in Redis): a Redis backup alone decrypts nothing, and
deleting the wrapped key makes every ciphertext of that subject unreadable
(crypto-shredding). After erasure only the marker remains (``erased_at``, plus
``erased=1`` for a subject's request, so later share requests are denied with
``erased``): events dated before it are dropped, so a replay cannot bring the subject back.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import cached_property
from typing import Any, Callable, Sequence

from redis.asyncio import Redis

from anonymiser.crypto_shred import Shredded, decrypt, encrypt, new_key, unwrap_key, wrap_key
from streams.state.redis_client import KeySpace, state_errors
from talentguard.consent import SubjectStatus

FLAGS = ("known", "restricted", "objecting", "erased", "closed", "suspended")

# "erased and not registered again": the marker is there and the subject is not known
_ERASED = "redis.call('HEXISTS', KEYS[1], 'erased_at') == 1 and redis.call('HGET', KEYS[1], 'known') ~= '1'"
# KEYS = subject hash, wrapped-key key; ARGV = a fresh wrapped key. The subject's key
# (created on first use) or nil when the subject is erased.
KEY_UNLESS_ERASED = f"""
if {_ERASED} then return nil end
redis.call('SET', KEYS[2], ARGV[1], 'NX')
return redis.call('GET', KEYS[2])
"""
# KEYS = subject hash; ARGV = field, value. 1 if written, 0 when the subject is erased.
HSET_UNLESS_ERASED = f"""
if {_ERASED} then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


class SubjectView:
    """A subject as read from Redis: the status in clear, the profile and the CV decrypted
    only when first read. Why lazy: the consent gate decides on the status and consents
    alone, so a denied request never decrypts anything (less work, less data in memory)."""

    def __init__(self, cid: str, status: SubjectStatus, key: Callable[[], bytes | None] | bytes | None,
                 sealed_profile: bytes | None, sealed_cv: bytes | None) -> None:
        self.cid, self.status = cid, status
        self._key_source, self._sealed_profile, self._sealed_cv = key, sealed_profile, sealed_cv

    @cached_property
    def _key(self) -> bytes | None:
        """The subject key, unwrapped on first use (only when something is decrypted)."""
        if callable(self._key_source):
            try:
                return self._key_source()
            except Shredded:
                return None
        return self._key_source

    @cached_property
    def profile(self) -> dict[str, Any]:
        if self._sealed_profile is None:
            return {}
        return SubjectStore._open(self._key, self._sealed_profile, self.cid) or {}

    @cached_property
    def cv(self) -> dict[str, Any] | None:
        """{"cv_id", "text" (sanitised), "language", "redactions"} or None."""
        if self._sealed_cv is None:
            return None
        return SubjectStore._open(self._key, self._sealed_cv, self.cid)


def _status(raw: dict[bytes, bytes]) -> SubjectStatus:
    return SubjectStatus(**{f: raw.get(f.encode()) == b"1" for f in FLAGS})


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class SubjectStore:
    def __init__(self, client: Redis, keys: KeySpace, keks: Sequence[bytes] | None = None) -> None:
        """``keks``: the current key-encryption key first, then older ones still accepted
        while a rotation rewraps (see ``talentguard keys rotate-kek``)."""
        self.client, self.keys = client, keys
        if keks is None:
            from talentguard.keyring import default_keyring

            keks = [default_keyring().kek]
        self.keks = list(keks)

    def key(self, cid: str) -> str:
        return self.keys.subject_key("subject", cid)

    def key_key(self, cid: str) -> str:
        return self.keys.subject_key("key", cid)

    def _context(self, cid: str) -> bytes:
        return self.keys.subject_name(cid).encode()

    def wrap(self, cid: str, subject_key: bytes) -> bytes:
        return wrap_key(self.keks[0], subject_key, self._context(cid))

    def unwrap(self, cid: str, wrapped: bytes | None) -> bytes | None:
        return unwrap_key(self.keks, wrapped, self._context(cid))

    async def _subject_key(self, cid: str) -> bytes:
        """The subject's key, created on first use (SET NX: concurrent writers agree)."""
        await self.client.set(self.key_key(cid), self.wrap(cid, new_key()), nx=True)
        key = self.unwrap(cid, await self.client.get(self.key_key(cid)))
        assert key is not None
        return key

    async def set_flag(self, cid: str, flag: str, value: bool = True) -> None:
        assert flag in FLAGS
        async with state_errors("updating a subject status"):
            await self.client.hset(self.key(cid), flag, "1" if value else "0")

    async def pause_shares(self, cid: str, why: str, clients: dict[str, str]) -> None:
        """Remember who held a copy when ``why`` (suspension, restriction) revoked it."""
        async with state_errors("pausing shares"):
            await self.client.hset(self.key(cid), f"paused:{why}", json.dumps(clients))

    async def take_paused(self, cid: str, why: str) -> dict[str, str]:
        """The clients paused by ``why`` (and forget them): those to restore when it is lifted."""
        async with state_errors("resuming shares"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.hget(self.key(cid), f"paused:{why}")
                pipe.hdel(self.key(cid), f"paused:{why}")
                raw, _ = await pipe.execute()
        return json.loads(raw) if raw else {}

    async def merge_profile(self, cid: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Merge non-null ``fields`` into the stored profile (encrypted). Returns the result."""
        async with state_errors("updating a profile"):
            key = await self._subject_key(cid)
            blob = await self.client.hget(self.key(cid), "profile")
            profile = self._open(key, blob, cid) or {}
            profile.update({k: v for k, v in fields.items() if v is not None})
            sealed = encrypt(key, json.dumps(profile, default=str).encode(), cid.encode())
            await self.client.hset(self.key(cid), mapping={"profile": sealed, "known": "1"})
            return profile

    async def put_profiles(self, profiles: dict[str, dict[str, Any]]) -> None:
        """Bulk load (imports, benchmarks): replace whole profiles, one pipeline for all."""
        async with state_errors("loading profiles"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid in profiles:
                    pipe.set(self.key_key(cid), self.wrap(cid, new_key()), nx=True)
                await pipe.execute()
            wrapped = await self.client.mget([self.key_key(cid) for cid in profiles])
            keys = [self.unwrap(cid, w) for cid, w in zip(profiles, wrapped)]
            async with self.client.pipeline(transaction=False) as pipe:
                for (cid, profile), key in zip(profiles.items(), keys):
                    sealed = encrypt(key, json.dumps(profile, default=str).encode(), cid.encode())
                    pipe.hset(self.key(cid), mapping={"profile": sealed, "known": "1"})
                await pipe.execute()

    async def store_cv(self, cid: str, cv: dict[str, Any]) -> bool:
        """Store the SANITISED CV (never the raw text), encrypted with the subject's key.
        CVs are sanitised in the background: if the subject was erased meanwhile (by a
        retention sweep, say), nothing is stored and no key re-created; returns False then.
        Both steps check the marker in Redis, atomically with their write."""
        async with state_errors("storing a CV"):
            wrapped = await self.client.eval(KEY_UNLESS_ERASED, 2, self.key(cid), self.key_key(cid),
                                             self.wrap(cid, new_key()))
            if wrapped is None:
                return False
            key = self.unwrap(cid, wrapped)
            assert key is not None
            sealed = encrypt(key, json.dumps(cv).encode(), cid.encode())
            return bool(await self.client.eval(HSET_UNLESS_ERASED, 1, self.key(cid), "cv", sealed))

    @staticmethod
    def _open(key: bytes | None, blob: bytes | None, cid: str) -> dict[str, Any] | None:
        if blob is None:
            return None
        try:
            return json.loads(decrypt(key, blob, cid.encode()))
        except Shredded:
            return None

    async def views(self, cids: Sequence[str]) -> list[SubjectView]:
        """Status, decrypted profile and CV for many candidates in one round trip."""
        if not cids:
            return []
        async with state_errors("reading subjects"):
            async with self.client.pipeline(transaction=False) as pipe:
                pipe.mget([self.key_key(cid) for cid in cids])
                for cid in cids:
                    pipe.hgetall(self.key(cid))
                raw = await pipe.execute()
        keys, all_fields = raw[0], raw[1:]
        return [self.open_view(cid, fields, key) for cid, fields, key in zip(cids, all_fields, keys)]

    def open_view(self, cid: str, fields: dict[bytes, bytes], wrapped_key: bytes | None) -> SubjectView:
        """A view of a subject hash read elsewhere (e.g. in one script for a whole batch);
        the wrapped key is unwrapped only if the profile or CV is read."""
        return SubjectView(cid, _status(fields), lambda: self.unwrap(cid, wrapped_key),
                           fields.get(b"profile"), fields.get(b"cv"))

    async def view(self, cid: str) -> SubjectView:
        return (await self.views([cid]))[0]

    async def erase(self, cid: str, at: datetime | None = None) -> None:
        """A subject's erasure: crypto-shred (delete the key) and drop the data; keep only the
        marker (``erased=1``, ``erased_at``) that names nobody."""
        await self._shred(cid, {"erased": "1", "erased_at": str(_ms(at or datetime.now(timezone.utc)))},
                          "erasing a subject")

    async def forget(self, cid: str, at: datetime | None = None) -> None:
        """Retention expiry: delete key and data; keep only ``erased_at`` (later share
        requests see an unknown candidate; events dated before ``at`` are dropped)."""
        await self._shred(cid, {"erased_at": str(_ms(at or datetime.now(timezone.utc)))}, "forgetting a subject")

    async def _shred(self, cid: str, marker: dict[str, str], what: str) -> None:
        async with state_errors(what):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(self.key_key(cid))
                pipe.delete(self.key(cid))
                pipe.hset(self.key(cid), mapping=marker)
                await pipe.execute()

    async def erased_at(self, cid: str) -> datetime | None:
        """When the subject was erased (either route), or None."""
        async with state_errors("reading the erased marker"):
            raw = await self.client.hget(self.key(cid), "erased_at")
        return datetime.fromtimestamp(int(raw) / 1000, timezone.utc) if raw else None

    async def erasure_state(self, cid: str) -> tuple[datetime | None, bool]:
        """(erased at, known again since): the marker's time, and whether the subject
        registered again after it."""
        async with state_errors("reading the erased marker"):
            raw, known = await self.client.hmget(self.key(cid), ["erased_at", "known"])
        return (datetime.fromtimestamp(int(raw) / 1000, timezone.utc) if raw else None), known == b"1"

    async def erasure_states(self, cids: Sequence[str]) -> list[tuple[datetime | None, bool]]:
        """``erasure_state`` for many candidates in one round trip."""
        async with state_errors("reading erased markers"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid in cids:
                    pipe.hmget(self.key(cid), ["erased_at", "known"])
                rows = await pipe.execute()
        return [((datetime.fromtimestamp(int(raw) / 1000, timezone.utc) if raw else None), known == b"1")
                for raw, known in rows]
