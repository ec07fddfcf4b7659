"""Applied watermarks: how far the candidate stream's state is, per partition, in time.

The consent gate reads candidate state that another processor writes (a stream-table
join). Without care it decides on lagging state: a share request published after a
registration was denied ``unknown_candidate`` because the registration was not applied
yet. Kafka Streams solves it by processing inputs in timestamp order
(``max.task.idle.ms``); here the candidate processor publishes, per partition of
``candidate-events``, a time T meaning "every record of this partition with a broker
timestamp <= T is applied", and the gate decides a request only once the watermark of
its candidate's partition covers the request's broker timestamp (bounded wait, then a
retryable ``state_lagging`` denial).

``PREFIX:applied:candidate-events``: a hash of partition -> T (epoch ms), only ever
raised (a script keeps the maximum: after a rebalance the new owner may re-apply older
records), and ``heartbeat`` -> when the candidate runner last reported (epoch ms).

T comes from two sources: the broker timestamps of the records a batch applied, and,
when the runner's fetch returned nothing for a partition (it is caught up), the time the
fetch started minus a margin (records are timestamped by their producer slightly before
they reach the broker). Not guaranteed: producer clocks far behind the broker's make a
record look older than it is (use LogAppendTime on the topic in production to remove
that); a quiet partition is only known caught up while its runner reports.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from aiokafka.partitioner import DefaultPartitioner
from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors

RAISE = """
for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '-1')
  if tonumber(ARGV[i + 1]) > current then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return 1
"""

HEARTBEAT = "heartbeat"
# a fetch that found nothing means "caught up" as of a little before it: producers stamp a
# record before it reaches the broker (linger, network), and the last empty fetch of a
# partition may be one fetch cycle old
CAUGHT_UP_MARGIN_MS = 200


class AppliedWatermarks:
    def __init__(self, client: Redis, keys: KeySpace, topic: str = "candidate-events") -> None:
        self.client, self.key = client, keys.key("applied", topic)
        self._raise = client.register_script(RAISE)

    async def advance(self, marks: Mapping[int, int], now_ms: int | None = None) -> None:
        """Raise each partition's watermark to at least ``marks[p]`` (epoch ms)."""
        args: list[str | int] = []
        for partition, ms in marks.items():
            args += [str(partition), int(ms)]
        if now_ms is not None:
            args += [HEARTBEAT, int(now_ms)]
        if not args:
            return
        async with state_errors("advancing applied watermarks"):
            await self._raise(keys=[self.key], args=args)

    async def read(self) -> tuple[dict[int, int], int | None]:
        """({partition: watermark ms}, last heartbeat ms or None)."""
        async with state_errors("reading applied watermarks"):
            raw = await self.client.hgetall(self.key)
        marks: dict[int, int] = {}
        heartbeat = None
        for field, value in raw.items():
            name = field.decode() if isinstance(field, bytes) else field
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue  # not ours to trust: that partition stays "not covered"
            if name == HEARTBEAT:
                heartbeat = number
            elif name.isdigit():
                marks[int(name)] = number
        return marks, heartbeat


_PARTITIONER = DefaultPartitioner()  # the producers' default: murmur2 of the key, as in Java


@lru_cache(maxsize=65_536)
def candidate_partition(candidate_id: str, partitions: int) -> int:
    """The partition of ``candidate-events`` a candidate's events go to (key = candidate id)."""
    parts = list(range(partitions))
    return _PARTITIONER(candidate_id.encode(), parts, parts)
