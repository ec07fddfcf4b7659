"""The direct runner shares a batch between partitions instead of draining one at a time."""

from __future__ import annotations

import asyncio

from aiokafka import TopicPartition

from streams.direct_runner import fair_getmany

P0, P1, P2 = (TopicPartition("t", p) for p in range(3))


class BufferedConsumer:
    """aiokafka's draining rule: ``getmany`` empties the first buffered partition first."""

    def __init__(self, buffered: dict[TopicPartition, int]) -> None:
        self.buffers = {tp: list(range(n)) for tp, n in buffered.items()}
        self.blocking_calls = 0

    def assignment(self) -> set[TopicPartition]:
        return set(self.buffers)

    async def getmany(self, *partitions: TopicPartition, timeout_ms: int = 0, max_records: int | None = None) -> dict:
        if timeout_ms:
            self.blocking_calls += 1
        out: dict = {}
        budget = max_records or 10**9
        for tp, records in self.buffers.items():
            if (partitions and tp not in partitions) or not records or budget <= 0:
                continue
            out[tp], self.buffers[tp] = records[:budget], records[budget:]
            budget -= len(out[tp])
        return out


def test_when_one_partition_has_a_backlog_then_the_others_are_still_read_in_the_same_batch() -> None:
    consumer = BufferedConsumer({P0: 10_000, P1: 30, P2: 0})
    batch = asyncio.run(fair_getmany(consumer, 50, 500))
    assert sum(len(r) for r in batch.values()) == 500
    assert batch[P1] == list(range(30))  # not left waiting behind P0's 10,000
    assert batch[P0] == list(range(470))  # in order, and the quiet partitions' share goes to the busy one
    assert consumer.blocking_calls == 0


def test_when_partitions_are_equally_busy_then_they_share_the_batch() -> None:
    consumer = BufferedConsumer({P0: 1000, P1: 1000, P2: 1000})
    first = asyncio.run(fair_getmany(consumer, 50, 300))
    second = asyncio.run(fair_getmany(consumer, 50, 300))
    assert {tp: len(r) for tp, r in first.items()} == {P0: 100, P1: 100, P2: 100}
    assert second[P1] == list(range(100, 200))  # each partition continues where it stopped


def test_when_nothing_is_buffered_then_it_waits_for_the_fetch() -> None:
    consumer = BufferedConsumer({P0: 0, P1: 0})
    assert asyncio.run(fair_getmany(consumer, 50, 500)) == {}
    assert consumer.blocking_calls == 1
