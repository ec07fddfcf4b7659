"""Which requests get slower as the embedded broker (Tansu, memory engine) fills up?

Starts a private Tansu, fills one topic with N records (300-byte values, --per-batch per
batch: under a steady 200 ev/s the simulator and the worker write batches of a few records) and, at each N, times the requests the pipeline makes: a
produce, a fetch at the tail (what a caught-up consumer asks), a fetch at the head and in
the middle (a group re-reading), ListOffsets(LATEST), an offset commit, and the `run`
summary's lag probe (streams.lag.true_end_offsets). For each: median wall time from the
client and the broker's CPU time per request (psutil on the broker process), so a cost
that grows with what is stored shows whatever the machine's load.
Usage: nice -n 5 python scripts/measure_broker_growth.py [--steps 0,20000,50000,100000,200000]
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
from kafka import KafkaConsumer
from kafka.admin import KafkaAdminClient, NewTopic

from streams import broker as embedded
from streams.lag import true_end_offsets

VALUE = b"x" * 300
REPEAT = 15


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system


async def _timed(proc: psutil.Process, call, repeat: int = REPEAT) -> tuple[float, float]:  # noqa: ANN001
    """(median wall ms, broker CPU ms per call)."""
    walls = []
    cpu0 = _cpu(proc)
    for _ in range(repeat):
        t0 = time.perf_counter()
        await call()
        walls.append((time.perf_counter() - t0) * 1000)
    return statistics.median(walls), (_cpu(proc) - cpu0) * 1000 / repeat


async def _fill(producer: AIOKafkaProducer, topic: str, partitions: int, count: int, per_batch: int) -> None:
    acks = []
    for i in range(0, count, per_batch * partitions):
        for p in range(partitions):
            batch = producer.create_batch()
            for _ in range(per_batch):
                batch.append(key=None, value=VALUE, timestamp=None)
            acks.append(await producer.send_batch(batch, topic, partition=p))
        if len(acks) > 256:
            await asyncio.gather(*acks)
            acks = []
    await asyncio.gather(*acks)


async def measure(bootstrap: str, proc: psutil.Process, steps: list[int], partitions: int, per_batch: int) -> None:
    topic = f"growth-{uuid.uuid4().hex[:6]}"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(topic, partitions, 1)])
    admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=1, max_batch_size=256 * 1024)
    await producer.start()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=f"growth-{topic}", enable_auto_commit=False,
                                fetch_max_wait_ms=10)
    await consumer.start()
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    consumer.assign(tps)
    sync = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    stored = 0
    print(f"partitions={partitions}, {per_batch} records per batch  (ms: median wall / broker CPU per request)")
    print("records  rss_mb  produce      fetch_tail   fetch_head   fetch_mid    list_offsets commit       lag_probe")
    for target in steps:
        if target > stored:
            await _fill(producer, topic, partitions, target - stored, per_batch)
            stored = target
        ends = await consumer.end_offsets(tps)  # Tansu: start of the last batch + 1 (BROKER.md)

        async def produce() -> None:
            await producer.send_and_wait(topic, VALUE, partition=0)

        async def fetch_at(where) -> None:  # noqa: ANN001
            for tp in tps:
                consumer.seek(tp, where(tp))
            await consumer.getmany(timeout_ms=1000, max_records=500)

        async def list_offsets() -> None:
            await consumer.end_offsets(tps)

        async def commit() -> None:
            await consumer.commit({tp: OffsetAndMetadata(max(ends[tp] - 1, 0), "") for tp in tps})

        async def lag_probe() -> None:
            await asyncio.to_thread(true_end_offsets, sync, tps)

        rows = [await _timed(proc, produce),
                await _timed(proc, lambda: fetch_at(lambda tp: max(ends[tp] - 1, 0))),
                await _timed(proc, lambda: fetch_at(lambda tp: 0)),
                await _timed(proc, lambda: fetch_at(lambda tp: ends[tp] // 2)),
                await _timed(proc, list_offsets), await _timed(proc, commit),
                await _timed(proc, lag_probe, repeat=5)]
        rss = proc.memory_info().rss / 2**20
        print(f"{stored:7d}  {rss:6.0f}  " + "  ".join(f"{w:5.1f}/{c:5.1f}" for w, c in rows), flush=True)
    sync.close()
    await consumer.stop()
    await producer.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", default="0,20000,50000,100000,200000")
    ap.add_argument("--partitions", type=int, default=1)
    ap.add_argument("--per-batch", type=int, default=500, help="records per produced batch (the worker's are small)")
    args = ap.parse_args()
    broker, popen = embedded.start_broker(detach=False)
    try:
        asyncio.run(measure(broker.bootstrap, psutil.Process(broker.pid),
                            [int(s) for s in args.steps.split(",")], args.partitions, args.per_batch))
    finally:
        broker.stop()
        popen.wait(5)


if __name__ == "__main__":
    main()
