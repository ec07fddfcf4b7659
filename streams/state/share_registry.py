"""Who received a candidate's profile, under which consent, and who was already notified.

``PREFIX:shares:CANDIDATE`` maps client -> basis (``purpose:scope``): the clients to revoke
when consent goes. ``PREFIX:noticed:CANDIDATE`` is the set of clients for which the
FirstShareNotice was sent; SADD answers "first?" atomically, so one notice per
(candidate, client) ever, across restarts and workers. The notice set holds only
pseudonymous ids and survives erasure on purpose (it proves the notice was given).
"""

from __future__ import annotations

from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors


class ShareRegistry:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys

    def shares_key(self, cid: str) -> str:
        return self.keys.key("shares", cid)

    def noticed_key(self, cid: str) -> str:
        return self.keys.key("noticed", cid)

    async def record_shares(self, shares: Sequence[tuple[str, str, str]]) -> list[bool]:
        """For each (candidate, client, basis): record it; True where it is the first share."""
        if not shares:
            return []
        async with state_errors("recording shares"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid, client, basis in shares:
                    pipe.hset(self.shares_key(cid), client, basis)
                    pipe.sadd(self.noticed_key(cid), client)
                results = await pipe.execute()
        return [bool(results[2 * i + 1]) for i in range(len(shares))]

    async def shares(self, cid: str) -> dict[str, str]:
        async with state_errors("reading shares"):
            raw = await self.client.hgetall(self.shares_key(cid))
        return {k.decode(): v.decode() for k, v in raw.items()}

    async def remove(self, cid: str, clients: Sequence[str]) -> None:
        if clients:
            async with state_errors("removing shares"):
                await self.client.hdel(self.shares_key(cid), *clients)

    async def erase(self, cid: str) -> None:
        async with state_errors("erasing shares"):
            await self.client.delete(self.shares_key(cid))
