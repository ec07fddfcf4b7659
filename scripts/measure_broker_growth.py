"""Which requests get slower as the embedded broker (Tansu, memory engine) fills up?

Starts a private Tansu, fills ONE partition with record batches of --per-batch 300-byte
records (under a steady 200 ev/s the simulator and the worker used to write one or two
records per batch) and, at each batch count, times the requests the pipeline makes:

- fetch_last: a fetch returning the partition's last batch (what a consumer at the tail,
  and the `run` summary's lag probe, ask for);
- fetch_0: a fetch from offset 0 (a group re-reading from the start);
- fetch_end: a fetch AT the log end (nothing to return: an idle consumer's poll);
- other_topic: a fetch from a small second topic (does a big partition slow the rest?);
- list_offsets: ListOffsets(LATEST); commit: an offset commit.

Each cell: median wall ms seen by the client / broker CPU ms per request (psutil on the
broker process; 10 ms ticks over 20 requests, so 0.5 ms resolution). The CPU figure is
the one to compare on a shared machine: wall times include waiting for a core.
Usage: nice -n 5 python scripts/measure_broker_growth.py [--per-batch 1] [--steps 500,2000,5000,10000,20000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

import psutil
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata
from kafka.admin import KafkaAdminClient, NewTopic

from streams import broker as embedded

VALUE = b"x" * 300


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system


async def _timed(proc: psutil.Process, call, n: int = 20) -> str:  # noqa: ANN001
    walls, cpu0 = [], _cpu(proc)
    for _ in range(n):
        t0 = time.perf_counter()
        await call()
        walls.append((time.perf_counter() - t0) * 1000)
    return f"{statistics.median(walls):7.1f}/{(_cpu(proc) - cpu0) * 1000 / n:6.1f}"


async def measure(bootstrap: str, proc: psutil.Process, steps: list[int], per_batch: int) -> None:
    big, small = f"big-{uuid.uuid4().hex[:4]}", f"small-{uuid.uuid4().hex[:4]}"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(big, 1, 1), NewTopic(small, 1, 1)])
    admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0)
    await producer.start()
    for _ in range(50):
        await producer.send_and_wait(small, VALUE, partition=0)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=f"g-{big}", fetch_max_wait_ms=10,
                                enable_auto_commit=False)
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, fetch_max_wait_ms=10)
    await consumer.start()
    await reader.start()
    tp, other = TopicPartition(big, 0), TopicPartition(small, 0)
    consumer.assign([tp])
    reader.assign([other])
    stored = batches = 0
    print(f"{per_batch} record(s) per batch, one partition; median wall ms / broker CPU ms per request")
    print("batches records  fetch_last      fetch_0         fetch_end       other_topic     list_offsets    commit")
    for target in steps:
        acks = []
        while batches < target:
            batch = producer.create_batch()
            for _ in range(per_batch):
                batch.append(key=None, value=VALUE, timestamp=None)
            acks.append(await producer.send_batch(batch, big, partition=0))
            stored, batches = stored + per_batch, batches + 1
            if len(acks) > 500:
                await asyncio.gather(*acks)
                acks = []
        await asyncio.gather(*acks)

        async def fetch(part: TopicPartition, offset: int, timeout_ms: int = 2000) -> None:
            client = consumer if part == tp else reader
            client.seek(part, offset)
            await client.getmany(timeout_ms=timeout_ms, max_records=per_batch)

        async def list_offsets() -> None:
            await consumer.end_offsets([tp])

        async def commit() -> None:
            await consumer.commit({tp: OffsetAndMetadata(stored - 1, "")})

        cells = [await _timed(proc, lambda: fetch(tp, stored - 1)),
                 await _timed(proc, lambda: fetch(tp, 0)),
                 await _timed(proc, lambda: fetch(tp, stored, timeout_ms=15)),
                 await _timed(proc, lambda: fetch(other, 0)),
                 await _timed(proc, list_offsets), await _timed(proc, commit)]
        print(f"{batches:7d} {stored:7d}  " + "  ".join(cells), flush=True)
    await reader.stop()
    await consumer.stop()
    await producer.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="500,2000,5000,10000,20000", help="batch counts to measure at")
    ap.add_argument("--per-batch", type=int, default=1, help="records per produced batch")
    args = ap.parse_args()
    broker, popen = embedded.start_broker(detach=False)
    try:
        asyncio.run(measure(broker.bootstrap, psutil.Process(broker.pid),
                            [int(s) for s in args.steps.split(",")], args.per_batch))
    finally:
        broker.stop()
        popen.wait(5)


if __name__ == "__main__":
    main()
