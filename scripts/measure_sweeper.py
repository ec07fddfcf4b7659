"""Measure how the retention sweeper's lookup scales: expired vs stored candidates.

Fills a Redis sorted set the way RetentionClock does (candidate -> expiry ms) with N
stored candidates of which E are expired, then times RetentionClock.due() (the sweeper's
only lookup). Uses its own key prefix on the given Redis and deletes it afterwards.
Usage: python scripts/measure_sweeper.py [redis_url]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone

import redis

from streams.state.redis_client import KeySpace, connect
from streams.state.retention_clock import RetentionClock
from talentguard.policy import load_policy

NOW = datetime(2030, 1, 1, tzinfo=timezone.utc)


def fill(client: redis.Redis, key: str, stored: int, expired: int) -> None:
    now_ms = int(NOW.timestamp() * 1000)
    pipe = client.pipeline(transaction=False)
    batch: dict[str, int] = {}
    for i in range(stored):
        # the first `expired` are due before NOW, the rest up to 2 years after
        score = now_ms - 1000 - i if i < expired else now_ms + 60_000 + (i * 7919) % (2 * 365 * 86400 * 1000)
        batch[f"cand-{i}"] = score
        if len(batch) == 10_000:
            pipe.zadd(key, batch)
            pipe.execute()
            batch = {}
    if batch:
        pipe.zadd(key, batch)
        pipe.execute()


async def time_due(url: str, prefix: str, expired: int, repeats: int = 20) -> float:
    client = connect(url, timeout_s=10)
    clock = RetentionClock(client, KeySpace(prefix), load_policy("default"))
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        due = await clock.due(NOW, limit=expired + 10)
        samples.append((time.perf_counter() - t) * 1000)
        assert len(due) == expired, (len(due), expired)
    await client.aclose()
    return statistics.median(samples)


def main(url: str) -> None:
    client = redis.Redis.from_url(url)
    print(f"{'stored':>10} {'expired':>8} {'due() median ms':>16}")
    for stored, expired in ((10_000, 1_000), (100_000, 1_000), (1_000_000, 1_000), (1_000_000, 10_000)):
        prefix = f"measure-{uuid.uuid4().hex[:8]}"
        key = KeySpace(prefix).key("retention-due")
        try:
            fill(client, key, stored, expired)
            ms = asyncio.run(time_due(url, prefix, expired))
            print(f"{stored:>10,} {expired:>8,} {ms:>16.2f}")
        finally:
            client.delete(key)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "redis://127.0.0.1:6379/12")
