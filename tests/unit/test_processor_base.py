"""ProcessorBase bookkeeping when a runner overlaps batches (pure: in-memory fakes, no Redis).

The direct runner processes batch N+1 while batch N's outputs still wait for the broker's
acks; N's events are marked processed only then. These tests pin the two rules that make
that safe: marks are applied first in, first out, and an event of an unacknowledged batch
is a duplicate if it comes again.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from types import SimpleNamespace

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.base import BatchOutput, ProcessorBase
from talentguard.clock import SystemClock
from streams.state.dedupe import InMemoryProcessedEvents, processed_key


class RecordingProcessor(ProcessorBase):
    name, topic = "recording", "client-events"

    def __init__(self, state: SimpleNamespace) -> None:
        super().__init__(default_codec(), SystemClock(), state, Counters())  # type: ignore[arg-type]
        self.handled: list[list[str]] = []

    async def handle(self, events: list[dict], now: datetime, result: BatchOutput) -> None:
        self.handled.append([e["event_id"] for e in events])
        result.processed.extend(e["event_id"] for e in events)


def _contract_event(event_id: str, offset: int) -> Incoming:
    codec = default_codec()
    event = codec.from_json({"type": "ClientContractStarted", "event_id": event_id, "client_id": "acme"})
    return Incoming("client-events", 0, offset, b"acme", codec.encode(event))


def test_when_an_event_comes_again_before_its_batch_is_acknowledged_then_it_is_a_duplicate() -> None:
    processed = InMemoryProcessedEvents()
    proc = RecordingProcessor(SimpleNamespace(processed=processed))

    async def scenario() -> None:
        await proc.process([_contract_event("e1", 0), _contract_event("e2", 1)])
        await proc.process([_contract_event("e2", 2), _contract_event("e3", 3)])  # e2 still in flight
        await proc.on_sent()
        await proc.on_sent()
        await proc.process([_contract_event("e1", 4)])  # acknowledged and marked by now

    asyncio.run(scenario())
    assert proc.handled == [["e1", "e2"], ["e3"], []]
    key = lambda eid: processed_key("recording", "ClientContractStarted", eid)  # noqa: E731
    assert processed.batches == [[key("e1"), key("e2")], [key("e3")]]  # first in, first out
    assert proc.counters.duplicates == 2


def _consent_event(kind: str, event_id: str, offset: int) -> Incoming:
    codec = default_codec()
    event = codec.from_json({"type": kind, "event_id": event_id, "candidate_id": "c1", "purpose": "share_with_client"})
    return Incoming("candidate-events", 0, offset, b"c1", codec.encode(event))


def test_when_a_producer_reuses_an_event_id_for_another_type_then_it_is_not_a_duplicate() -> None:
    processed = InMemoryProcessedEvents()
    proc = RecordingProcessor(SimpleNamespace(processed=processed))

    async def scenario() -> None:
        await proc.process([_consent_event("ConsentGranted", "42", 0)])
        await proc.process([_consent_event("ConsentWithdrawn", "42", 1)])   # grant still in flight
        await proc.on_sent()
        await proc.on_sent()
        await proc.process([_consent_event("ConsentWithdrawn", "42", 2),    # a true redelivery
                            _consent_event("ConsentGranted", "42", 3)])
        await proc.process([_consent_event("ConsentGranted", "7", 4), _consent_event("ConsentWithdrawn", "7", 5)])

    asyncio.run(scenario())
    assert proc.handled == [["42"], ["42"], [], ["7", "7"]]
    assert proc.counters.duplicates == 2


def test_when_two_processors_see_the_same_event_id_then_each_handles_it_once() -> None:
    processed = InMemoryProcessedEvents()
    first, second = RecordingProcessor(SimpleNamespace(processed=processed)), RecordingProcessor(
        SimpleNamespace(processed=processed))
    second.name = "other"

    async def scenario() -> None:
        await first.process([_contract_event("e1", 0)])
        await first.on_sent()
        await second.process([_contract_event("e1", 0)])
        await first.process([_contract_event("e1", 0)])

    asyncio.run(scenario())
    assert first.handled == [["e1"], []] and second.handled == [["e1"]]


def test_when_on_sent_is_called_with_nothing_pending_then_nothing_is_marked() -> None:
    processed = InMemoryProcessedEvents()
    proc = RecordingProcessor(SimpleNamespace(processed=processed))
    asyncio.run(proc.on_sent())
    assert processed.marked == []


def test_when_latencies_are_observed_then_metrics_show_cumulative_buckets_without_ids() -> None:
    from streams.metrics import metrics_text

    counters = Counters()
    counters.observe_latency("client-events", [1_000, 1_000, 1_000, 0], done_ms=1_030)  # 30 ms x3, one unstamped
    counters.observe_latency("client-events", [2_000], done_ms=2_700)                   # 700 ms
    from prometheus_client.parser import text_string_to_metric_families

    text = metrics_text(counters)
    (hist,) = [f for f in text_string_to_metric_families(text) if f.name == "talentguard_event_latency_seconds"]
    buckets = {s.labels["le"]: s.value for s in hist.samples if s.name.endswith("_bucket")}
    assert all(s.labels["topic"] == "client-events" for s in hist.samples)
    assert (buckets["0.025"], buckets["0.05"], buckets["0.5"], buckets["1.0"], buckets["+Inf"]) == (0, 3, 3, 4, 4)
    count = [s.value for s in hist.samples if s.name.endswith("_count")]
    total = [s.value for s in hist.samples if s.name.endswith("_sum")]
    assert count == [4] and abs(total[0] - 0.79) < 1e-9
