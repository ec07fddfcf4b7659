"""The other parties' retention clock in Redis: clients, prospects, canvassing data.

``PREFIX:party:PARTY:ID`` hash anchor -> epoch ms; ``PREFIX:party-due`` sorted set
``PARTY|ID`` -> expiry ms (the sweep reads what is due, like the candidates' clock).
"""

from __future__ import annotations

from datetime import datetime, timezone

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors
from talentguard.party_retention import apply, expiry, moves
from talentguard.policy import Policy, RetentionRule


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class PartyClock:
    def __init__(self, client: Redis, keys: KeySpace, policy: Policy) -> None:
        self.client, self.keys, self.policy = client, keys, policy
        self.due_key = keys.key("party-due")

    def key(self, party: str, pid: str) -> str:
        return self.keys.key("party", party, pid)

    async def observe(self, event_type: str, pid: str, at: datetime) -> list[str]:
        """Move the anchors the event moves; returns the parties whose clock changed."""
        parties = sorted({p for p, _ in moves(event_type) if self.policy.party_rules.get(p)})
        changed = []
        for party in parties:
            async with state_errors("reading a party's retention anchors"):
                raw = await self.client.hgetall(self.key(party, pid))
            before = {k.decode(): datetime.fromtimestamp(int(v) / 1000, timezone.utc) for k, v in raw.items()}
            after = apply(before, party, event_type, at)
            if after == before:
                continue
            decided = expiry(after, party, self.policy)
            async with state_errors("updating a party's retention clock"):
                async with self.client.pipeline(transaction=True) as pipe:
                    pipe.delete(self.key(party, pid))
                    if after:
                        pipe.hset(self.key(party, pid), mapping={k: _ms(v) for k, v in after.items()})
                    if decided:
                        pipe.zadd(self.due_key, {f"{party}|{pid}": _ms(decided[0])})
                    else:
                        pipe.zrem(self.due_key, f"{party}|{pid}")
                    await pipe.execute()
            changed.append(party)
        return changed

    async def due(self, as_of: datetime, limit: int = 1000) -> list[tuple[str, str, RetentionRule | None]]:
        """(party, id, deciding rule) of every party whose data expired by ``as_of``."""
        async with state_errors("finding expired parties"):
            members = await self.client.zrangebyscore(self.due_key, "-inf", _ms(as_of), start=0, num=limit)
        out = []
        for member in members:
            party, pid = member.decode().split("|", 1)
            async with state_errors("reading a party's retention anchors"):
                raw = await self.client.hgetall(self.key(party, pid))
            anchors = {k.decode(): datetime.fromtimestamp(int(v) / 1000, timezone.utc) for k, v in raw.items()}
            decided = expiry(anchors, party, self.policy)
            out.append((party, pid, decided[1] if decided else None))
        return out

    async def forget(self, party: str, pid: str) -> None:
        async with state_errors("forgetting a party"):
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(self.key(party, pid))
                pipe.zrem(self.due_key, f"{party}|{pid}")
                await pipe.execute()
