"""Which events were already processed (``PREFIX:seen:EVENT_ID``, expiring after a TTL).

Contract (at-least-once): processors check ``unseen`` before acting and ``mark`` only
after their outputs are acknowledged by the broker. A crash between the two redelivers
the event and its outputs may appear twice; state effects are keyed, so they do not
change twice. Not guaranteed: dedupe beyond the TTL (default 7 days).
"""

from __future__ import annotations

from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors

DEFAULT_TTL_S = 7 * 24 * 3600


class ProcessedEvents:
    def __init__(self, client: Redis, keys: KeySpace, ttl_s: int = DEFAULT_TTL_S) -> None:
        self.client, self.keys, self.ttl_s = client, keys, ttl_s

    async def unseen(self, event_ids: Sequence[str]) -> set[str]:
        if not event_ids:
            return set()
        async with state_errors("checking processed events"):
            async with self.client.pipeline(transaction=False) as pipe:
                for eid in event_ids:
                    pipe.exists(self.keys.key("seen", eid))
                found = await pipe.execute()
        return {eid for eid, hit in zip(event_ids, found) if not hit}

    async def mark(self, event_ids: Sequence[str]) -> None:
        if not event_ids:
            return
        async with state_errors("marking processed events"):
            async with self.client.pipeline(transaction=False) as pipe:
                for eid in event_ids:
                    pipe.set(self.keys.key("seen", eid), b"1", ex=self.ttl_s)
                await pipe.execute()
