"""Subject requests in Redis: one record per request, the open ones by deadline, exports.

``PREFIX:requests`` hash request_id -> RequestRecord JSON (pseudonymous: the subject is a
keyed pseudonym). ``PREFIX:requests-due`` sorted set request_id -> due (ms) of the requests
still open or extended: the overdue gauge is one ZCOUNT. ``PREFIX:export:REQUEST_ID`` holds
an access/portability export, AES-GCM encrypted with the keyring's KEK (a secret outside
Redis) and bound to the request id, with a TTL: the only place an export exists; it is
never put on a topic. ``PREFIX:exports-of:SUBJECT`` lists a subject's export ids, so an
erasure deletes them too.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Mapping

from redis.asyncio import Redis

from anonymiser.crypto_shred import decrypt, encrypt
from streams.state.redis_client import KeySpace, state_errors
from talentguard.durations import DurationError, approx_seconds, parse_duration
from talentguard.errors import ConfigError
from talentguard.subject_requests import RequestRecord

DEFAULT_EXPORT_TTL = timedelta(days=7)
ENV_EXPORT_TTL = "TALENTGUARD_EXPORT_TTL"


def export_ttl_from_env(env: Mapping[str, str] | None = None) -> timedelta:
    """How long an export can be fetched (``TALENTGUARD_EXPORT_TTL``, e.g. ``7d``; at most 30 days)."""
    env = os.environ if env is None else env
    raw = env.get(ENV_EXPORT_TTL)
    if not raw:
        return DEFAULT_EXPORT_TTL
    try:
        delta = parse_duration(raw)
    except DurationError:
        raise ConfigError(f"{ENV_EXPORT_TTL}: expected a duration like '7d' or '12h', got {raw!r}") from None
    seconds = approx_seconds(delta)
    if not 0 < seconds <= 30 * 86400:
        raise ConfigError(f"{ENV_EXPORT_TTL}: expected between 1 second and 30 days, got {raw!r}")
    return timedelta(seconds=seconds)


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class SubjectRequestStore:
    def __init__(self, client: Redis, keys: KeySpace, export_key: bytes,
                 export_ttl: timedelta = DEFAULT_EXPORT_TTL) -> None:
        self.client, self.keys, self.export_key, self.export_ttl = client, keys, export_key, export_ttl
        self.records_key, self.due_key = keys.key("requests"), keys.key("requests-due")

    def export_key_name(self, request_id: str) -> str:
        return self.keys.key("export", request_id)

    async def get(self, request_id: str) -> RequestRecord | None:
        async with state_errors("reading a subject request"):
            raw = await self.client.hget(self.records_key, request_id)
        return RequestRecord.from_json(raw) if raw else None

    async def save(self, record: RequestRecord) -> None:
        async with state_errors("recording a subject request"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(self.records_key, record.request_id, record.to_json())
                if record.final:
                    pipe.zrem(self.due_key, record.request_id)
                else:
                    pipe.zadd(self.due_key, {record.request_id: _ms(record.due_at)})
                await pipe.execute()

    async def all(self) -> list[RequestRecord]:
        async with state_errors("listing subject requests"):
            raw = await self.client.hvals(self.records_key)
        return sorted((RequestRecord.from_json(r) for r in raw), key=lambda r: (r.submitted_at, r.request_id))

    async def overdue_count(self, as_of: datetime) -> int:
        """Requests still unanswered past their deadline (the /metrics gauge)."""
        async with state_errors("counting overdue requests"):
            return int(await self.client.zcount(self.due_key, "-inf", f"({_ms(as_of)}"))

    async def put_export(self, record: RequestRecord, document: str, now: datetime) -> datetime:
        """Store the export encrypted, for ``export_ttl``; returns when it disappears."""
        sealed = encrypt(self.export_key, document.encode(), record.request_id.encode())
        seconds = max(1, int(self.export_ttl.total_seconds()))
        async with state_errors("storing an export"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.set(self.export_key_name(record.request_id), sealed, ex=seconds)
                pipe.sadd(self.keys.key("exports-of", record.subject), record.request_id)
                await pipe.execute()
        return now + timedelta(seconds=seconds)

    async def read_export(self, request_id: str) -> str | None:
        """The decrypted export, or None when it expired, was erased or never existed."""
        async with state_errors("reading an export"):
            sealed = await self.client.get(self.export_key_name(request_id))
        if sealed is None:
            return None
        return decrypt(self.export_key, sealed, request_id.encode()).decode()

    async def erase_exports(self, subject: str) -> None:
        async with state_errors("erasing exports"):
            ids = await self.client.smembers(self.keys.key("exports-of", subject))
            names = [self.export_key_name(i.decode()) for i in ids]
            await self.client.delete(self.keys.key("exports-of", subject), *names)
