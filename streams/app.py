"""Composition root: the one place where Faust meets the processors.

``create_app(config, processors)`` builds a Faust app with one agent per processor. Each
agent takes batches of raw messages (``stream.take_events``), hands them to the
processor, sends what it returns, waits for the broker's acks and only then lets Faust
commit the batch's offsets: at-least-once, with idempotent effects downstream.

Names here are public API: the app id is the consumer group ops see in ``talentguard
lag``; agent names appear in logs. Autodiscovery is off and nothing registers on import.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import faust

from streams.envelope import Incoming, Outgoing, kafka_headers
from streams.ops_http import OpsServer
from streams.processor import Counters, Processor
from streams.runtime import OrderedCompletions, close_processor, retry_until_done, settle

log = logging.getLogger("talentguard.worker")

APP_ID = "talentguard"  # = the Kafka consumer group of the worker


@dataclass(frozen=True)
class WorkerConfig:
    bootstrap: str
    app_id: str = APP_ID
    web_port: int = 6066
    web_enabled: bool = True
    batch_size: int = 500
    batch_within_s: float = 0.02
    # direct engine: longest wait of an empty fetch. Tansu holds an empty fetch for the whole
    # wait even when records arrive meanwhile, so this bounds the latency after a quiet
    # moment; shorter costs idle CPU (measured, idle worker: 10 ms -> 12.8%, 5 ms -> 20.4%
    # of a core). On Apache Kafka a fetch returns as soon as data arrives: raise it there.
    fetch_wait_ms: int = 10
    session_timeout_s: float = 6.0
    heartbeat_s: float = 1.0
    commit_interval_s: float = 1.0         # Faust engine
    direct_commit_interval_s: float = 0.1  # direct engine: see direct_runner.OffsetCommitter
    max_batches_in_flight: int = 64        # processed, not yet committed (runtime.OrderedCompletions)
    stop_grace_s: float = 10.0             # direct engine: on SIGTERM, time to finish and commit before giving up
    data_dir: str = "data/faust"


def create_app(config: WorkerConfig, processors: Sequence[Processor], counters: Counters | None = None,
               timers: Sequence = (), ops: OpsServer | None = None) -> faust.App:
    counters = counters or Counters()
    Path(config.data_dir).mkdir(parents=True, exist_ok=True)
    app = faust.App(
        config.app_id,
        broker=f"kafka://{config.bootstrap}",
        store="memory://",
        autodiscover=False,
        datadir=config.data_dir,
        web_enabled=False,  # ops endpoints: streams.ops_http, shared with the direct engine
        broker_session_timeout=config.session_timeout_s,
        broker_heartbeat_interval=config.heartbeat_s,
        broker_commit_interval=config.commit_interval_s,
        consumer_auto_offset_reset="earliest",
        topic_allow_declare=False,   # topics are created explicitly (streams.topics)
        topic_disable_leader=True,   # no extra assignor topic to create
        producer_acks=-1,
        producer_linger_ms=1,
        stream_wait_empty=False,
        stream_buffer_maxsize=config.batch_size * 8,
        broker_max_poll_records=config.batch_size * 4,
    )
    # aiokafka/faust emit DEBUG records on every send when a root handler is at DEBUG;
    # building those records costs ~7% of the hot path. Keep them at WARNING.
    for name in ("aiokafka", "faust", "mode"):
        logging.getLogger(name).setLevel(logging.WARNING)
    app.talentguard_counters = counters  # type: ignore[attr-defined]
    app.talentguard_unapplied = set()  # type: ignore[attr-defined]  # streams cut with a batch unapplied
    for processor in processors:
        _register_agent(app, config, processor, counters)
    for interval, job in timers:
        _register_timer(app, interval, job)
    if ops is not None:
        _register_ops_server(app, ops)
    return app


def _register_timer(app: faust.App, interval: float, job) -> None:  # noqa: ANN001
    """A periodic job returns (outputs, finish): send outputs, wait for acks, then finish."""

    async def tick() -> None:
        try:
            outputs, finish = await job()
            await send_all(app, outputs)
            if finish is not None:
                await finish()
        except Exception:  # noqa: BLE001 - retried at the next tick
            log.exception("periodic job failed; retrying at the next tick")

    app.timer(interval, on_leader=False, name=f"talentguard.timer.{getattr(job, '__name__', 'job')}")(tick)


def _register_agent(app: faust.App, config: WorkerConfig, processor: Processor, counters: Counters) -> None:
    topic = app.topic(processor.topic, key_type=bytes, value_type=bytes,
                      key_serializer="raw", value_serializer="raw", allow_empty=True)

    unapplied: set[str] = app.talentguard_unapplied  # type: ignore[attr-defined]

    async def agent(stream: faust.StreamT) -> None:
        # noack_take: events are acknowledged here, only once their batch is processed, its
        # outputs acknowledged and its deferred work done (take_events acks a batch even when
        # the body raises, so a failure would have committed past events never applied nor
        # dead-lettered). Batches complete concurrently and are acknowledged in order.
        completions = OrderedCompletions(config.max_batches_in_flight)
        try:
            async for events in stream.noack_take(config.batch_size, within=config.batch_within_s):
                batch = [Incoming(e.message.topic, e.message.partition, e.message.offset,
                                  e.message.key, e.message.value, _timestamp_ms(e.message.timestamp),
                                  kafka_headers(e.message.headers))
                         for e in events]
                try:
                    outputs = await retry_until_done(lambda: processor.process(batch), f"{processor.name} batch")
                except asyncio.CancelledError:  # cancelled while a store is down: nothing acked past it
                    unapplied.add(processor.name)   # said once, when the worker has stopped
                    raise
                await completions.add(*_completion(app, stream, processor, counters, events, outputs))
                counters.bump(counters.consumed, processor.topic, len(batch))
                for out in outputs:
                    counters.bump(counters.produced, out.topic)
        finally:
            completions.cancel()
            await close_processor(processor)

    app.agent(topic, name=f"talentguard.{processor.name}")(agent)


def _completion(app: faust.App, stream: faust.StreamT, processor: Processor, counters: Counters,
                events: Sequence, outputs: Sequence[Outgoing]) -> tuple:
    async def own() -> None:
        await retry_until_done(lambda: send_all(app, outputs), f"{processor.name} send")
        counters.observe_latency(processor.topic, [int(e.message.timestamp * 1000) for e in events],
                                 time.time() * 1000)

    async def ordered() -> None:
        late = await settle(processor)
        if late:
            await retry_until_done(lambda: send_all(app, late), f"{processor.name} send")
        await after_sent(processor)
        for e in events:
            await stream.ack(e)

    return own, ordered


def _timestamp_ms(seconds: float | None) -> int | None:
    return int(seconds * 1000) if seconds else None


async def after_sent(processor: Processor) -> None:
    """Tell the processor its outputs are durable (it may now mark events as processed)."""
    hook = getattr(processor, "on_sent", None)
    if hook is not None:
        await hook()


async def send_all(app: faust.App, outputs: Sequence[Outgoing]) -> None:
    """Send every output, then wait for all acks (so the batch may be committed)."""
    if not outputs:
        return
    producer = app.producer
    futures = [await producer.send(o.topic, o.key, o.value, None, None, None) for o in outputs]
    for fut in futures:
        await fut


def _register_ops_server(app: faust.App, ops: "OpsServer") -> None:
    """/metrics, /healthz, /readyz from the engine-neutral ``streams.ops_http`` (Faust's own
    web server stays off: one implementation for both engines)."""

    @app.task
    async def serve_ops() -> None:
        await ops.start()
        ops.mark_ready()
