"""Applied offsets: how far the candidate stream's state is, per partition, in offsets.

The consent gate reads candidate state that another processor writes (a stream-table
join). Without care it decides on lagging state: a request published right after a
withdrawal is shared on the state before it. So the candidate stream records, per
partition of ``candidate-events``, the NEXT offset it has applied ("every record before
offset N is applied"), and the gate decides a request only once that covers the log end
it read after fetching the request (``streams.processors.freshness``).

Why offsets and not time: a time watermark ("applied up to broker time T") needs a claim
for quiet partitions, and the one the runner could make ("caught up as of my last poll
minus a margin", client clock) ran ahead of broker appends on a loaded machine: the full
fault campaign found 50 of 791 requests shared after an acknowledged withdrawal. Offsets
are exact: a position is a fact about the log, whoever's clock is wrong.

``PREFIX:applied-offsets:candidate-events``: a hash partition -> next applied offset,
written with plain HSET (not a maximum): after a rebalance the new owner may lower it
(it re-applies from the committed offset: the gate waits a little more, never less), and
an old owner's later, higher write is still a true statement (it did apply those).
Writers: the candidate processor after each batch (engine-neutral: from the records'
partition/offset), and the direct runner's idle and assignment reports (its consumer
position: everything before it was processed, processing is sequential).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

from aiokafka.partitioner import DefaultPartitioner
from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors


class AppliedOffsets:
    def __init__(self, client: Redis, keys: KeySpace, topic: str = "candidate-events") -> None:
        self.client, self.key = client, keys.key("applied-offsets", topic)

    async def record(self, offsets: Mapping[int, int]) -> None:
        """Set each partition's next applied offset (HSET: may lower it, see the module)."""
        if not offsets:
            return
        async with state_errors("recording applied offsets"):
            await self.client.hset(self.key, mapping={str(p): int(o) for p, o in offsets.items()})

    async def read(self) -> dict[int, int]:
        """{partition: next applied offset}; a malformed value is left out (not covered)."""
        async with state_errors("reading applied offsets"):
            raw = await self.client.hgetall(self.key)
        offsets: dict[int, int] = {}
        for field, value in raw.items():
            name = field.decode() if isinstance(field, bytes) else field
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue  # not ours to trust: that partition stays "not covered"
            if name.isdigit() and number >= 0:
                offsets[int(name)] = number
        return offsets


def next_offsets(records: Iterable[tuple[int, int]]) -> dict[int, int]:
    """{partition: last offset + 1} of (partition, offset) pairs: what a batch applied."""
    done: dict[int, int] = {}
    for partition, offset in records:
        if offset is not None and offset >= 0 and offset + 1 > done.get(partition, -1):
            done[partition] = offset + 1
    return done


_PARTITIONER = DefaultPartitioner()  # the producers' default: murmur2 of the key, as in Java


@lru_cache(maxsize=65_536)
def candidate_partition(candidate_id: str, partitions: int) -> int:
    """The partition of ``candidate-events`` a candidate's events go to (key = candidate id)."""
    parts = list(range(partitions))
    return _PARTITIONER(candidate_id.encode(), parts, parts)
