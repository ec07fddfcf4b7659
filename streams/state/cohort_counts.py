"""k at write for retention cohorts: a cohort cell reaches the sink only with k profiles.

Expired profiles are counted in Redis (``PREFIX:cohort-cells``: the six cohort dimensions
-> profiles; ``PREFIX:cohort-released``: how many of them went to the sink), through
``streams.state.count_once``, the mechanism the survey counts use. A cell below k is held
there and never written; the k-th profile releases k, every later one releases itself.
Each expiry is counted once by its id (``PREFIX:cohort-counted:REF``, a marker that holds
only what that expiry released, with a TTL): a repeated sweep after a crash gets the same
release again and the sink, idempotent per ref, applies it once.
"""

from __future__ import annotations

import json
from typing import Sequence

from redis.asyncio import Redis

from anonymiser.generalise import CohortKey
from streams.state.count_once import CountOnceStore, RedisCountOnce
from streams.state.redis_client import KeySpace

# an expiry is re-swept only until its erasure finishes: 30 days covers long outages
MARKER_TTL_S = 30 * 86400


def cell_field(key: CohortKey) -> str:
    return json.dumps([key.period, key.sector, key.region, key.seniority_band, key.education_level,
                       key.contract_type])


class CohortCounts:
    def __init__(self, store: CountOnceStore, keys: KeySpace) -> None:
        self.store, self.keys = store, keys

    @classmethod
    def in_redis(cls, client: Redis, keys: KeySpace) -> "CohortCounts":
        return cls(RedisCountOnce(client, keys.key("cohort-cells"), keys.key("cohort-released"), MARKER_TTL_S),
                   keys)

    async def admit(self, k: int, expiries: Sequence[tuple[str, CohortKey]]) -> list[int]:
        """Per (expiry ref, cohort): how many profiles it releases to the sink (0: held back)."""
        counted = await self.store.record(k, [(self.keys.key("cohort-counted", ref), cell_field(key))
                                              for ref, key in expiries])
        return [c.release for c in counted]
