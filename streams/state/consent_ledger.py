"""The consent ledger in Redis: the latest decision per (candidate, purpose, client scope).

Other platform services read it too (the key layout is documented in README). One hash per
candidate, ``PREFIX:consent:PSEUDONYM`` (``KeySpace.subject_key``), field ``purpose|scope`` (scope ``*`` = every
client), value ``RANK\\tJSON`` with the proof (event id, time, purpose, scope, proof text).
The latest ``occurred_at`` wins atomically in Redis (see ``talentguard.consent.supersedes``):
a late, older grant never resurrects a withdrawn consent.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Sequence

from redis.asyncio import Redis

from streams.state.ordered import OrderedHash, rank, split
from streams.state.redis_client import KeySpace, state_errors
from talentguard.consent import ConsentRecord


def _ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def _encode(rec: ConsentRecord) -> tuple[str, str, str]:
    field = f"{rec.purpose}|{rec.scope}"
    # tie on time: a withdrawal ("1") outranks a grant ("0"), then the larger event id
    rank_value = rank(_ms(rec.occurred_at), "0" if rec.granted else "1", rec.event_id)
    body = json.dumps({"candidate_id": rec.candidate_id, "purpose": rec.purpose, "client_id": rec.client_id,
                       "granted": rec.granted, "occurred_at": _ms(rec.occurred_at), "event_id": rec.event_id,
                       "proof": rec.proof})
    return field, rank_value, body


def decode_consent(stored: bytes) -> ConsentRecord:
    d = json.loads(split(stored))
    return ConsentRecord(d["candidate_id"], d["purpose"], d["client_id"], d["granted"],
                         datetime.fromtimestamp(d["occurred_at"] / 1000, timezone.utc), d["event_id"], d["proof"])


class ConsentLedger:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self._ordered = OrderedHash(client)

    def key(self, candidate_id: str) -> str:
        return self.keys.subject_key("consent", candidate_id)

    async def record(self, rec: ConsentRecord) -> bool:
        """Store ``rec`` if it is the newest for its (purpose, scope); True if applied."""
        field, rank_value, body = _encode(rec)
        async with state_errors("recording a consent"):
            return await self._ordered.set_if_newer(self.key(rec.candidate_id), field, rank_value, body)

    async def record_many(self, records: Sequence[ConsentRecord]) -> list[bool]:
        """Bulk form of ``record`` (same ordering rule), one pipeline for all."""
        async with state_errors("recording consents"):
            async with self.client.pipeline(transaction=False) as pipe:
                for rec in records:
                    field, rank_value, body = _encode(rec)
                    await self._ordered.set_if_newer(self.key(rec.candidate_id), field, rank_value, body, client=pipe)
                return [bool(r) for r in await pipe.execute()]

    async def all_for(self, candidate_id: str) -> list[ConsentRecord]:
        async with state_errors("reading consents"):
            stored = await self.client.hvals(self.key(candidate_id))
        return [decode_consent(v) for v in stored]

    async def all_for_many(self, candidate_ids: Sequence[str]) -> list[list[ConsentRecord]]:
        """One round trip for a batch of candidates (the share path)."""
        async with state_errors("reading consents"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid in candidate_ids:
                    pipe.hvals(self.key(cid))
                results = await pipe.execute()
        return [[decode_consent(v) for v in values] for values in results]

    async def erase(self, candidate_id: str) -> None:
        async with state_errors("erasing consents"):
            await self.client.delete(self.key(candidate_id))
