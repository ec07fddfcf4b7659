"""Subject requests in Redis: one record per request, the open ones by deadline, exports.

A request is named by (subject, request_id): request ids come from the platform and two
people's requests may share one, so neither may overwrite, hide or answer the other's.
``PREFIX:requests`` hash ``SUBJECT:REQUEST_ID`` -> RequestRecord JSON (pseudonymous: the
subject is a keyed pseudonym, ``s_`` + hex, so the first ``:`` separates the two).
``PREFIX:requests-due`` sorted set of the same names -> due (ms) of the requests still open
or extended: the overdue gauge is one ZCOUNT. ``PREFIX:export:SUBJECT:REQUEST_ID`` holds an
access/portability export, AES-GCM encrypted with the keyring's KEK (a secret outside
Redis) and bound to that name, with a TTL: the only place an export exists; it is never
put on a topic. ``PREFIX:exports-of:SUBJECT`` lists a subject's export request ids, so an
erasure deletes them too. Records written before requests were named by subject (field
``REQUEST_ID``) are still read for their subject, and moved to the new name when saved.

**Completions owed** (``PREFIX:answering:SCOPED_ID``, the request event's dedupe identity):
the fields of its ``SubjectRequestCompleted`` (right, request id, outcome, export expiry,
deadline; never the candidate id nor the export), and for a rectification the ids of the
clients its corrected copies went to (``reshared``: no profile data), written in the same script that saves
the request final, and cleared only once the completion is acknowledged
(``ProcessorBase.on_sent``). A redelivery after a kill -9 in between finds the request
final and re-sends the completion from this record (same event id) instead of nothing,
after the rectification's copies to those clients (rebuilt from the corrected profile).
TTL as the share registry's pending revocations (the dedupe's retention + 1 day).
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from typing import Any, Mapping

from redis.asyncio import Redis

from anonymiser.crypto_shred import decrypt, encrypt
from streams.state.dedupe import DEFAULT_TTL_DAYS
from streams.state.redis_client import KeySpace, state_errors
from talentguard.durations import DurationError, approx_seconds, parse_duration
from talentguard.errors import ConfigError, PipelineError
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


EXPORT_RIGHTS = ("access", "portability")


class AmbiguousRequestId(PipelineError):
    """One request id names requests of several subjects: say which subject is meant."""


# KEYS: records hash, due set[, completion owed]. ARGV: name, legacy name (the bare request
# id), subject, record JSON, due ms ('' once answered)[, completion JSON, ttl ms]. The legacy
# entry is dropped only if it is this subject's (another person's request with the same id stays).
SAVE = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
if #KEYS > 2 then redis.call('SET', KEYS[3], ARGV[6], 'PX', ARGV[7]) end
if ARGV[5] == '' then redis.call('ZREM', KEYS[2], ARGV[1]) else redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1]) end
local old = redis.call('HGET', KEYS[1], ARGV[2])
if old and cjson.decode(old)['subject'] == ARGV[3] then
  redis.call('HDEL', KEYS[1], ARGV[2])
  redis.call('ZREM', KEYS[2], ARGV[2])
end
return 1
"""


OWED_TTL_MS = (DEFAULT_TTL_DAYS + 1) * 86_400_000  # as long as the dedupe remembers an event


def request_name(subject: str, request_id: str) -> str:
    return f"{subject}:{request_id}"


class SubjectRequestStore:
    def __init__(self, client: Redis, keys: KeySpace, export_key: bytes,
                 export_ttl: timedelta = DEFAULT_EXPORT_TTL) -> None:
        self.client, self.keys, self.export_key, self.export_ttl = client, keys, export_key, export_ttl
        self.records_key, self.due_key = keys.key("requests"), keys.key("requests-due")
        self._save = client.register_script(SAVE)

    def export_key_name(self, subject: str, request_id: str) -> str:
        return self.keys.key("export", request_name(subject, request_id))

    async def get(self, request_id: str, subject: str) -> RequestRecord | None:
        """``subject``'s request ``request_id`` (never another person's with the same id)."""
        async with state_errors("reading a subject request"):
            raw, legacy = await self.client.hmget(self.records_key, [request_name(subject, request_id), request_id])
        if raw:
            return RequestRecord.from_json(raw)
        old = RequestRecord.from_json(legacy) if legacy else None
        return old if old is not None and old.subject == subject else None

    async def save(self, record: RequestRecord) -> None:
        due = "" if record.final else str(_ms(record.due_at))
        async with state_errors("recording a subject request"):
            await self._save(keys=[self.records_key, self.due_key],
                             args=[request_name(record.subject, record.request_id), record.request_id,
                                   record.subject, record.to_json(), due])

    def owed_key(self, cause: str) -> str:
        return self.keys.key("answering", cause)

    async def finish(self, record: RequestRecord, completion: dict[str, Any], cause: str) -> None:
        """Save the answered ``record`` and record its completion as owed for ``cause`` (the
        request event's dedupe identity), atomically: a crash before the completion is
        acknowledged leaves it owed, not lost. ``completion``: JSON-able fields, no personal data."""
        async with state_errors("recording a subject request"):
            await self._save(keys=[self.records_key, self.due_key, self.owed_key(cause)],
                             args=[request_name(record.subject, record.request_id), record.request_id,
                                   record.subject, record.to_json(), "",
                                   json.dumps(completion, sort_keys=True), OWED_TTL_MS])

    async def owed(self, cause: str) -> dict[str, Any] | None:
        """The completion of ``cause`` not acknowledged yet (only a redelivery finds one)."""
        async with state_errors("reading an owed completion"):
            raw = await self.client.get(self.owed_key(cause))
        return json.loads(raw) if raw else None

    async def answered(self, causes: list[str]) -> None:
        """The completions of ``causes`` are acknowledged: forget them."""
        if causes:
            async with state_errors("clearing owed completions"):
                await self.client.delete(*(self.owed_key(c) for c in causes))

    async def _entries(self) -> list[tuple[str, RequestRecord]]:
        async with state_errors("listing subject requests"):
            raw = await self.client.hgetall(self.records_key)
        return [(name.decode(), RequestRecord.from_json(text)) for name, text in raw.items()]

    async def all(self) -> list[RequestRecord]:
        return sorted((r for _, r in await self._entries()),
                      key=lambda r: (r.submitted_at, r.request_id, r.subject))

    async def overdue_count(self, as_of: datetime) -> int:
        """Requests still unanswered past their deadline (the /metrics gauge)."""
        async with state_errors("counting overdue requests"):
            return int(await self.client.zcount(self.due_key, "-inf", f"({_ms(as_of)}"))

    async def put_export(self, record: RequestRecord, document: str, now: datetime) -> datetime:
        """Store the export encrypted, for ``export_ttl``; returns when it disappears."""
        name = request_name(record.subject, record.request_id)
        sealed = encrypt(self.export_key, document.encode(), name.encode())
        seconds = max(1, int(self.export_ttl.total_seconds()))
        async with state_errors("storing an export"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.set(self.keys.key("export", name), sealed, ex=seconds)
                pipe.sadd(self.keys.key("exports-of", record.subject), record.request_id)
                await pipe.execute()
        return now + timedelta(seconds=seconds)

    async def read_export(self, request_id: str, subject: str | None = None) -> str | None:
        """The decrypted export, or None when it expired, was erased or never existed.
        Raises AmbiguousRequestId when ``request_id`` names several subjects' access or
        portability requests and ``subject`` does not say which one (never returns someone
        else's export)."""
        matches = [(name, r) for name, r in await self._entries()
                   if r.request_id == request_id and r.right in EXPORT_RIGHTS
                   and (subject is None or r.subject == subject)]
        if len(matches) > 1:
            raise AmbiguousRequestId(
                f"request id {request_id!r} names requests of {len(matches)} subjects; give the subject "
                "pseudonym (the candidate column of `talentguard requests`) with --subject")
        if not matches:
            return None
        name, record = matches[0]
        # a record still under its bare id was written (with its export) before names had a subject
        export_name = request_id if name == request_id else request_name(record.subject, request_id)
        async with state_errors("reading an export"):
            sealed = await self.client.get(self.keys.key("export", export_name))
        if sealed is None:
            return None
        return decrypt(self.export_key, sealed, export_name.encode()).decode()

    async def erase_exports(self, subject: str) -> None:
        async with state_errors("erasing exports"):
            ids = [i.decode() for i in await self.client.smembers(self.keys.key("exports-of", subject))]
            names = [self.export_key_name(subject, i) for i in ids]
            if ids:  # exports written before names had a subject: only those of this subject's records
                legacy = await self.client.hmget(self.records_key, ids)
                names += [self.keys.key("export", i) for i, raw in zip(ids, legacy)
                          if raw and RequestRecord.from_json(raw).subject == subject]
            await self.client.delete(self.keys.key("exports-of", subject), *names)


class InMemorySubjectRequestStore:
    """The in-memory fake of ``SubjectRequestStore`` for unit tests (no Redis, no TTL, exports
    kept in clear): records, owed completions and exports."""

    def __init__(self) -> None:
        self.records: dict[str, RequestRecord] = {}
        self.owing: dict[str, dict[str, Any]] = {}
        self.exports: dict[str, str] = {}

    async def get(self, request_id: str, subject: str) -> RequestRecord | None:
        return self.records.get(request_name(subject, request_id))

    async def save(self, record: RequestRecord) -> None:
        self.records[request_name(record.subject, record.request_id)] = record

    async def finish(self, record: RequestRecord, completion: dict[str, Any], cause: str) -> None:
        await self.save(record)
        self.owing[cause] = json.loads(json.dumps(completion))

    async def owed(self, cause: str) -> dict[str, Any] | None:
        return self.owing.get(cause)

    async def answered(self, causes: list[str]) -> None:
        for cause in causes:
            self.owing.pop(cause, None)

    async def put_export(self, record: RequestRecord, document: str, now: datetime) -> datetime:
        self.exports[request_name(record.subject, record.request_id)] = document
        return now + DEFAULT_EXPORT_TTL

    async def erase_exports(self, subject: str) -> None:
        for name in [n for n in self.exports if n.startswith(f"{subject}:")]:
            del self.exports[name]
