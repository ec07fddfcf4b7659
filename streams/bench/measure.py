"""Measurement helpers for the pipeline benchmark: offsets, timestamps, process stats."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import psutil
from aiokafka import AIOKafkaProducer
from kafka import KafkaConsumer, TopicPartition

from streams.lag import group_lag, true_end_offsets


def topic_end(consumer: KafkaConsumer, topic: str) -> int:
    parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
    return sum(true_end_offsets(consumer, parts).values())


def wait_for_growth(consumer: KafkaConsumer, topic: str, start: int, want: int, timeout: float) -> float:
    """Poll until ``topic`` grew by ``want`` messages; returns the monotonic time it happened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if topic_end(consumer, topic) - start >= want:
            return time.monotonic()
        time.sleep(0.1)  # each look reads the last record batches (kafka-python, CPU): not too often
    raise TimeoutError(f"{topic} did not grow by {want} within {timeout:.0f} s")


def wait_for_group_caught_up(bootstrap: str, group: str, topic: str, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = [r for r in group_lag(bootstrap, [group]) if r.topic == topic]
        if rows and all(r.lag == 0 for r in rows):
            return time.monotonic()
        time.sleep(0.05)
    raise TimeoutError(f"group {group} did not catch up on {topic} within {timeout:.0f} s")


async def _send_all(bootstrap: str, topic: str, payloads: list[tuple[bytes, bytes]], rate: float | None,
                    ack_ms: list[float] | None = None) -> list[tuple[int, int]]:
    """Send payloads (optionally paced at ``rate``/s); returns (send time ms, index) per message.
    ``ack_ms`` collects each message's send -> broker acknowledgement time."""
    # linger 5 ms like the platform's Publisher (streams.publisher): part of the latency measured
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5,
                                max_batch_size=256 * 1024)
    await producer.start()
    stamps: list[tuple[int, int]] = []
    try:
        begin = time.monotonic()
        futures = []
        for i, (key, value) in enumerate(payloads):
            if rate:
                ahead = begin + i / rate - time.monotonic()
                if ahead > 0:
                    await asyncio.sleep(ahead)
            now_ms = int(time.time() * 1000)
            future = await producer.send(topic, value, key=key, timestamp_ms=now_ms)
            if ack_ms is not None:
                sent = time.perf_counter()
                future.add_done_callback(lambda _f, sent=sent: ack_ms.append(1000 * (time.perf_counter() - sent)))
            futures.append(future)
            stamps.append((now_ms, i))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return stamps


def send_payloads(bootstrap: str, topic: str, payloads: list[tuple[bytes, bytes]], rate: float | None = None,
                  ack_ms: list[float] | None = None) -> list[tuple[int, int]]:
    return asyncio.run(_send_all(bootstrap, topic, payloads, rate, ack_ms))


@dataclass
class ProcessSampler:
    """Samples processes' RSS and CPU in a background thread: the peak of their summed RSS
    and their summed CPU (100 = one core busy) over the sampled interval."""

    pids: list[int]
    interval: float = 0.1
    peak_rss: int = 0
    _cpu_start: float = 0.0
    _t_start: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> "ProcessSampler":
        self.procs = [psutil.Process(pid) for pid in self.pids]
        self._cpu_start, self._t_start = self._cpu_total(), time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _cpu_total(self) -> float:
        return sum(t.user + t.system for t in (p.cpu_times() for p in self.procs))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak_rss = max(self.peak_rss, sum(p.memory_info().rss for p in self.procs))
            except psutil.Error:
                return
            self._stop.wait(self.interval)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.cpu_seconds = self._cpu_total() - self._cpu_start
        self.wall_seconds = time.monotonic() - self._t_start

    @property
    def cpu_percent(self) -> float:
        return 100.0 * self.cpu_seconds / self.wall_seconds if self.wall_seconds else 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
