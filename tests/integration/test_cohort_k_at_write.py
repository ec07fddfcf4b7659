"""k at write for retention cohorts on real Redis: the Lua script behaves as the in-memory
store the unit tests use, and holds nothing but cohort dimensions and counts."""

from __future__ import annotations

import asyncio

import redis
from redis.asyncio import Redis

from anonymiser.generalise import CohortKey
from streams.state.cohort_counts import CohortCounts
from streams.state.count_once import InMemoryCountOnce
from streams.state.redis_client import KeySpace

IT = CohortKey("2026-Q1", "IT", "Occitanie", "3-5", "master", "permanent")
RETAIL = CohortKey("2026-Q1", "Retail", "Occitanie", "0-2", "none", "temporary")
ROUNDS = [
    [("expire:p0:1", IT), ("expire:p1:1", IT), ("expire:p2:1", RETAIL)],
    [("expire:p1:1", IT), ("expire:p3:1", IT), ("expire:p4:1", IT)],  # p1 replayed; p4 is the 4th IT
    [("expire:p5:1", IT), ("expire:p4:1", IT), ("expire:p6:1", RETAIL)],  # p4 replayed after release
]


def test_when_expiries_are_counted_in_redis_then_releases_match_the_in_memory_store(
        redis_url: str, state_prefix: str) -> None:
    keys = KeySpace(state_prefix, namer=lambda s: s)

    async def run() -> tuple[list[list[int]], list[list[int]]]:
        client = Redis.from_url(redis_url)
        try:
            real, fake = CohortCounts.in_redis(client, keys), CohortCounts(InMemoryCountOnce(), keys)
            return ([await real.admit(4, r) for r in ROUNDS], [await fake.admit(4, r) for r in ROUNDS])
        finally:
            await client.aclose()

    real, fake = asyncio.run(run())
    assert real == fake == [[0, 0, 0], [0, 0, 4], [1, 4, 0]]
    sync = redis.Redis.from_url(redis_url, decode_responses=True)
    cells = sync.hgetall(f"{state_prefix}:cohort-cells")
    assert sorted(cells.values()) == ["2", "5"]
    assert all("expire" not in f and "p1" not in f for f in cells)  # dimensions only
    assert 0 < sync.ttl(f"{state_prefix}:cohort-counted:expire:p0:1") <= 30 * 86400
