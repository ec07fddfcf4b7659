"""The retention clock in Redis: anchors per candidate and one sorted set of expiries.

``PREFIX:retention:PSEUDONYM`` (hash of anchor -> epoch ms, plus ``cid``: the candidate id
the sweep needs for revocations and tombstones, deleted with the hash) and
``PREFIX:retention-due`` (sorted set pseudonym -> expiry ms). Names are the candidate's keyed
pseudonym (``KeySpace.subject_key``): nothing here names a candidate after ``forget``. The sweeper asks the sorted set for members with a
score up to "now" (ZRANGEBYSCORE with LIMIT): its cost grows with the number expired, not
with the number stored. Writes for one candidate come from one partition, in order.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors
from talentguard.policy import Policy
from talentguard.retention import ANCHOR_EVENTS, RetentionFacts, apply_event, deciding_rule


def _ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def _dt(ms: bytes | None) -> datetime | None:
    return datetime.fromtimestamp(int(ms) / 1000, timezone.utc) if ms is not None else None


class RetentionClock:
    def __init__(self, client: Redis, keys: KeySpace, policy: Policy) -> None:
        self.client, self.keys, self.policy = client, keys, policy
        self.due_key = keys.key("retention-due")

    def facts_key(self, cid: str) -> str:
        return self.keys.subject_key("retention", cid)

    async def facts(self, cid: str) -> RetentionFacts:
        async with state_errors("reading retention facts"):
            raw = await self.client.hgetall(self.facts_key(cid))
        return RetentionFacts(**{k: _dt(raw.get(k.encode())) for k in RetentionFacts.__dataclass_fields__})

    async def facts_many(self, cids: list[str]) -> list[RetentionFacts]:
        async with state_errors("reading retention facts"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid in cids:
                    pipe.hgetall(self.facts_key(cid))
                rows = await pipe.execute()
        return [RetentionFacts(**{k: _dt(raw.get(k.encode())) for k in RetentionFacts.__dataclass_fields__})
                for raw in rows]

    async def observe(self, event: Mapping[str, Any]) -> None:
        """Recompute the candidate's expiry after an event that moves an anchor."""
        if event["type"] not in ANCHOR_EVENTS:
            return
        cid = event["candidate_id"]
        before = await self.facts(cid)
        after = apply_event(before, event)
        if after == before:
            return
        decided = deciding_rule(after, self.policy)
        async with state_errors("updating the retention clock"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(self.facts_key(cid), mapping={"cid": cid, **{k: _ms(v) for k, v in after.as_dict().items() if v}})
                if decided:
                    pipe.zadd(self.due_key, {self.keys.subject_name(cid): _ms(decided[0])})
                await pipe.execute()

    async def due(self, as_of: datetime, limit: int = 1000) -> list[tuple[str, datetime]]:
        async with state_errors("finding expired candidates"):
            rows = await self.client.zrangebyscore(self.due_key, "-inf", _ms(as_of), start=0, num=limit,
                                                   withscores=True)
            async with self.client.pipeline(transaction=False) as pipe:
                for name, _ in rows:
                    pipe.hget(self.keys.key("retention", name.decode()), "cid")
                cids = await pipe.execute()
        out = []
        for (name, score), cid in zip(rows, cids):
            if cid is None:  # facts gone (forgotten by another worker meanwhile): drop the entry
                async with state_errors("cleaning the retention index"):
                    await self.client.zrem(self.due_key, name)
                continue
            out.append((cid.decode(), datetime.fromtimestamp(score / 1000, timezone.utc)))
        return out

    async def describe(self, cid: str) -> dict[str, Any]:
        facts = await self.facts(cid)
        decided = deciding_rule(facts, self.policy)
        return {"policy": self.policy.name,
                "anchors": {k: v.isoformat() for k, v in facts.as_dict().items() if v},
                "expires_at": decided[0].isoformat() if decided else None,
                "rule": decided[1].text if decided else None}

    async def forget(self, cid: str) -> None:
        async with state_errors("forgetting retention facts"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(self.facts_key(cid))
                pipe.zrem(self.due_key, self.keys.subject_name(cid))
                await pipe.execute()
