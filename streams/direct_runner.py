"""A lean runner for the same processors: aiokafka ``getmany`` -> process -> send -> commit.

Why it exists: Faust's consumer hands every message to the stream through
``wait_first(callback(message), ...)``, which creates tasks per message; measured here
that caps a Faust worker at about 7,000 events/s whatever the agent does (py-spy profile
in docs/benchmark.md), about an eighth of the broker's passthrough ceiling. The
processors do not depend on Faust, so this runner drives them directly in batches.

Guarantees are the Faust worker's: topics are created first, one consumer group per
app id, offsets are committed only after every output of the batch is acknowledged
(at-least-once; effects are idempotent). Not provided here: Faust's web server (the
ops endpoints come from streams.ops_http, as in the Faust engine) and Faust's rebalance hooks.
"""

from __future__ import annotations

import asyncio
import time
import logging
import signal
from functools import lru_cache
from typing import Callable, Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import CommitFailedError
from aiokafka.partitioner import DefaultPartitioner

from streams.app import WorkerConfig, after_sent
from streams.ops_http import OpsServer
from streams.envelope import Incoming, Outgoing, kafka_headers
from streams.processor import Counters, Processor
from streams.runtime import OrderedCompletions, close_processor, report_unapplied, retry_until_done, settle

log = logging.getLogger("talentguard.worker")

Timer = tuple[float, "object"]  # (interval seconds, async callable)


async def _run_processor(config: WorkerConfig, processor: Processor, producer: AIOKafkaProducer,
                         counters: Counters, stop: asyncio.Event) -> None:
    """Batches flow through a pipeline: while batch N's outputs wait for the broker's acks
    (and its deferred work, e.g. a CV, finishes), the next batches are already processed
    and sent. Commits stay in order and only cover batches whose outputs are acknowledged
    and whose deferred work is done (``OrderedCompletions``)."""
    consumer = AIOKafkaConsumer(
        processor.topic, bootstrap_servers=config.bootstrap, group_id=config.app_id,
        client_id=f"{config.app_id}-{processor.name}", enable_auto_commit=False,
        auto_offset_reset="earliest", session_timeout_ms=int(config.session_timeout_s * 1000),
        heartbeat_interval_ms=int(config.heartbeat_s * 1000), max_poll_records=config.batch_size,
        # Tansu holds an empty fetch for the full wait even when records arrive meanwhile:
        # the wait bounds the latency of the first event after a quiet moment.
        fetch_max_wait_ms=config.fetch_wait_ms,
    )
    await consumer.start()
    committer = OffsetCommitter(consumer, config.direct_commit_interval_s)
    completions = OrderedCompletions(config.max_batches_in_flight)
    # a processor that records applied offsets (the candidate stream, for the gate's
    # read-your-writes) is told its positions; it polls more often when idle so the gate
    # waits less
    report = getattr(processor, "report_applied", None)
    idle_ms = 50 if report is not None else 200
    reported: frozenset[TopicPartition] = frozenset()
    try:
        while not stop.is_set():
            if report is not None and consumer.assignment() != reported:
                # start or rebalance: positions come from committed offsets, whose records are
                # applied; overwrites a stale value from an earlier broker instance quickly
                reported = frozenset(consumer.assignment())
                await report(await _positions(consumer))
            batches = await fair_getmany(consumer, idle_ms, config.batch_size)
            if not batches:
                if report is not None:
                    # a whole poll returned nothing and nothing is being processed (processing
                    # is sequential here): every record before each position is processed
                    await report(await _positions(consumer))
                # quiet: commit what is complete; every position only if nothing is in flight
                # (never wait here for deferred work: new events must keep flowing)
                await committer.flush(quiet=completions.empty)
                continue
            offsets = {tp: records[-1].offset + 1 for tp, records in batches.items()}
            batch = [Incoming(r.topic, r.partition, r.offset, r.key, r.value, r.timestamp, kafka_headers(r.headers))
                     for records in batches.values() for r in records]
            # one bad event is dead-lettered inside; what escapes is a store or a bug:
            # retry the same batch (never skipped, never committed past) until it passes
            outputs = await retry_until_done(lambda: processor.process(batch),
                                             f"{processor.name} batch", stop)
            acks = await enqueue(producer, outputs)
            created = [r.timestamp for records in batches.values() for r in records]
            await completions.add(*_completion(committer, processor, producer, acks, offsets,
                                               lambda c=created: counters.observe_latency(
                                                   processor.topic, c, time.time() * 1000)))
            counters.bump(counters.consumed, processor.topic, len(batch))
            for out in outputs:
                counters.bump(counters.produced, out.topic)
        await completions.drain()
        await committer.flush()
    finally:
        completions.cancel()  # crashed: uncommitted batches are redelivered after restart
        await consumer.stop()
        await close_processor(processor)


async def fair_getmany(consumer: AIOKafkaConsumer, timeout_ms: int, max_records: int) -> dict:
    """Up to ``max_records`` already fetched records, shared between the assigned partitions;
    else ``getmany`` waiting up to ``timeout_ms``. Why: aiokafka's ``getmany`` drains one
    partition's fetched buffer (up to ``max_partition_fetch_bytes``, ~10,000 share requests)
    before the next, so under a backlog partitions were read in turns and the others' events
    (and the candidate stream's applied offsets) waited. Order within a partition is kept."""
    parts = sorted(consumer.assignment())
    got: dict = {}
    if len(parts) > 1:
        budget, busy = max_records, parts
        while busy and budget > 0:  # what quiet partitions leave goes to those that filled their share
            share, filled = max(1, budget // len(busy)), []
            for tp in busy:
                more = (await consumer.getmany(tp, timeout_ms=0, max_records=min(share, budget))).get(tp) or []
                if more:
                    got.setdefault(tp, []).extend(more)
                    budget -= len(more)
                if len(more) == share:
                    filled.append(tp)
                if budget <= 0:
                    break
            busy = filled
        if got:
            return got
    return await consumer.getmany(timeout_ms=timeout_ms, max_records=max_records)


async def _positions(consumer: AIOKafkaConsumer) -> dict[int, int]:
    """{partition: consumer position} of the assigned partitions: the next offset to hand
    out, so every record before it was returned and (sequential loop) processed. Exact,
    unlike the former "caught up as of my last poll minus 200 ms" (client clock), which ran
    ahead of broker appends on a loaded machine. A partition taken away meanwhile is
    skipped (its new owner reports it)."""
    done: dict[int, int] = {}
    for tp in consumer.assignment():
        try:
            done[tp.partition] = await consumer.position(tp)
        except Exception:  # noqa: BLE001 - revoked or no position yet: no claim for it
            continue
    return done


def _completion(committer: "OffsetCommitter", processor: Processor, producer: AIOKafkaProducer,
                acks: list[asyncio.Future], offsets: dict[TopicPartition, int],
                on_acked: Callable[[], None]) -> tuple[Callable, Callable]:
    """A batch's two completion steps: its own acks (overlapping other batches), then, in
    batch order, its deferred work (e.g. a CV being sanitised) and what that adds, the
    processed mark, and its offsets handed to the committer."""

    async def own() -> None:
        if acks:
            await asyncio.gather(*acks)
        on_acked()

    async def ordered() -> None:
        late = await settle(processor)
        if late:
            await send_and_wait(producer, late)
        await after_sent(processor)
        await committer.add(offsets)

    return own, ordered


class OffsetCommitter:
    """Commits acknowledged offsets at most every ``interval`` seconds, and whenever the
    stream goes quiet or stops. Why not after every batch: under a steady load the commit
    round trip sat in every cycle and the broker answered a commit per batch; measured
    with the embedded broker, that load showed in the publish -> fetch latency. A crash
    redelivers at most ``interval`` seconds of acknowledged batches: deduplicated."""

    def __init__(self, consumer: AIOKafkaConsumer, interval: float) -> None:
        self.consumer, self.interval = consumer, interval
        self.pending: dict[TopicPartition, int] = {}
        self.committed: set[TopicPartition] = set()
        self.last = time.monotonic()

    async def add(self, offsets: dict[TopicPartition, int]) -> None:
        self.pending.update(offsets)  # batches complete in order: offsets only grow
        if time.monotonic() - self.last >= self.interval:
            await self.flush()

    async def flush(self, quiet: bool = False) -> None:
        """``quiet``: nothing is in flight, so every assigned partition's position is done;
        partitions that never had a record get their position committed too, so that
        ``talentguard lag`` shows a row (and counts what arrives while we are down)."""
        self.last = time.monotonic()
        assigned = self.consumer.assignment()
        offsets = {tp: off for tp, off in self.pending.items() if tp in assigned}
        self.pending = {}
        if quiet:
            for tp in assigned - self.committed - offsets.keys():
                offsets[tp] = await self.consumer.position(tp)
        if not offsets:
            return
        try:
            await self.consumer.commit(offsets)
            self.committed.update(offsets)
        except CommitFailedError:
            # a rebalance took partitions away meanwhile: their new owner re-reads the
            # uncommitted batches, and the effects are idempotent
            log.warning("offset commit refused after a rebalance; %d partitions will be re-read", len(offsets))


_PARTITIONER = DefaultPartitioner()  # the producer's own default: murmur2 of the key, as in Java


@lru_cache(maxsize=65_536)
def _partition_of(key: bytes, partitions: tuple[int, ...]) -> int:
    """The default partitioner, memoised: aiokafka's murmur2 is pure Python (~6% of the
    worker's time in a profile) and keys (candidate and client ids) repeat a lot."""
    return _PARTITIONER(key, list(partitions), list(partitions))


async def enqueue(producer: AIOKafkaProducer, outputs: Sequence[Outgoing]) -> list[asyncio.Future]:
    """Hand every output to the producer, one record batch per (topic, partition); returns
    the futures of their acks. Why not ``producer.send`` per message: each send builds a
    future and walks the accumulator, about a quarter of the worker's time in a profile;
    a batch is one future. Partitioning is the producer's default (same key, same
    partition), so ordering per key is what a per-message send would give."""
    groups: dict[tuple[str, int], list[Outgoing]] = {}
    partitions: dict[str, tuple[int, ...]] = {}
    for out in outputs:
        parts = partitions.get(out.topic)
        if parts is None:
            parts = partitions[out.topic] = tuple(sorted(await producer.partitions_for(out.topic)))
        partition = _partition_of(out.key, parts) if out.key is not None else _PARTITIONER(None, parts, parts)
        groups.setdefault((out.topic, partition), []).append(out)
    acks: list[asyncio.Future] = []
    for (topic, partition), group in groups.items():
        batch = producer.create_batch()
        for out in group:
            if batch.append(key=out.key, value=out.value, timestamp=None) is None:
                acks.append(await producer.send_batch(batch, topic, partition=partition))
                batch = producer.create_batch()
                batch.append(key=out.key, value=out.value, timestamp=None)  # an empty batch takes one
        acks.append(await producer.send_batch(batch, topic, partition=partition))
    return acks


async def send_and_wait(producer: AIOKafkaProducer, outputs: Sequence[Outgoing]) -> None:
    futures = await enqueue(producer, outputs)
    if futures:
        await asyncio.gather(*futures)


async def _every(interval: float, job, producer: AIOKafkaProducer, stop: asyncio.Event) -> None:  # noqa: ANN001
    """A periodic job returns (outputs, finish): send outputs, wait for acks, then finish."""
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except asyncio.TimeoutError:
            try:
                outputs, finish = await job()
                await send_and_wait(producer, outputs)
                if finish is not None:
                    await finish()
            except Exception:  # noqa: BLE001 - a failed sweep is retried at the next tick
                log.exception("periodic job failed; retrying at the next tick")


async def stop_within(streams: Sequence[asyncio.Task], others: Sequence[asyncio.Task], grace_s: float) -> int:
    """Stop in bounded time. Each stream finishes its in-flight batches and commits them,
    for at most ``grace_s``; a stream still waiting then (a store is down: its batch is
    retried inside the processor) is cancelled without committing anything past it, so
    its uncommitted events are redelivered on restart. Returns how many were cut short,
    and says so in one line. Why: retries wait for a store forever on purpose (never skip
    an event), which must not make SIGTERM / Ctrl-C wait forever too."""
    tasks = [*streams, *others]
    if not tasks:
        return 0
    _, stuck = await asyncio.wait(tasks, timeout=grace_s)
    for task in stuck:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    cut = sum(1 for t in streams if t.cancelled())
    report_unapplied(cut)
    return cut


async def run_direct(config: WorkerConfig, processors: Sequence[Processor], counters: Counters,
                     timers: Sequence[tuple[float, object]] = (), ops: OpsServer | None = None) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    producer = AIOKafkaProducer(bootstrap_servers=config.bootstrap, acks="all", linger_ms=1,
                                max_batch_size=256 * 1024)
    await producer.start()
    if ops is not None:
        await ops.start()
    tasks = [asyncio.create_task(_run_processor(config, p, producer, counters, stop)) for p in processors]
    tasks += [asyncio.create_task(_every(interval, job, producer, stop)) for interval, job in timers]
    if ops is not None:
        ops.mark_ready()
    try:
        done, _ = await asyncio.wait([*tasks, asyncio.create_task(stop.wait())],
                                     return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task.exception() is not None:
                raise task.exception()  # a processor crashed: let the supervisor restart us
    finally:
        stop.set()
        await stop_within(tasks[:len(processors)], tasks[len(processors):], config.stop_grace_s)
        await producer.stop()
        if ops is not None:
            await ops.stop()
