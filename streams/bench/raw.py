"""The raw ceiling: a plain aiokafka consume -> produce -> commit loop, no processing.

This is what the machine and the broker allow before any pipeline work; the pipeline's
paths are reported as a ratio of it, measured in the same run on the same messages.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic


@dataclass(frozen=True)
class RawResult:
    events: int
    seconds: float

    @property
    def eps(self) -> float:
        return self.events / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class RawCeiling:
    """Several passes: this shared 2-core machine varies by 1.5x between runs, so the
    ceiling is the median pass and every pass is reported."""

    runs: list[RawResult]

    @property
    def eps(self) -> float:
        return statistics.median(r.eps for r in self.runs)


def create_bench_topics(bootstrap: str, names: list[str], partitions: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="talentguard-bench")
    try:
        admin.create_topics([NewTopic(n, partitions, 1) for n in names])
    finally:
        admin.close()


async def _fill(bootstrap: str, topic: str, payloads: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=256 * 1024)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in payloads]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def _passthrough(bootstrap: str, source: str, sink: str, expected: int) -> RawResult:
    consumer = AIOKafkaConsumer(source, bootstrap_servers=bootstrap, group_id=f"bench-raw-{uuid.uuid4().hex[:6]}",
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                session_timeout_ms=6000, heartbeat_interval_ms=1000, max_poll_records=2000)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=1, max_batch_size=256 * 1024)
    await consumer.start()
    await producer.start()
    try:
        done = 0
        started: float | None = None
        while done < expected:
            batches = await consumer.getmany(timeout_ms=1000, max_records=2000)
            if started is None and batches:
                started = time.perf_counter()
            futures = []
            for records in batches.values():
                for r in records:
                    futures.append(await producer.send(sink, r.value, key=r.key))
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
                done += len(futures)
        return RawResult(done, time.perf_counter() - (started or time.perf_counter()))
    finally:
        await consumer.stop()
        await producer.stop()


def measure_raw_ceiling(bootstrap: str, payloads: list[tuple[bytes, bytes]], partitions: int = 6,
                        passes: int = 3) -> RawCeiling:
    """Fill a fresh topic with ``payloads``, then time the passthrough loop over all of them
    (``passes`` times, each pass with a fresh consumer group)."""
    suffix = uuid.uuid4().hex[:8]
    source = f"bench-raw-in-{suffix}"
    sinks = [f"bench-raw-out-{suffix}-{i}" for i in range(passes)]
    create_bench_topics(bootstrap, [source, *sinks], partitions)
    asyncio.run(_fill(bootstrap, source, payloads))
    return RawCeiling([asyncio.run(_passthrough(bootstrap, source, sink, len(payloads))) for sink in sinks])
