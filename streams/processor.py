"""The processor seam: a batch of raw messages in, a list of raw messages out.

A processor is a plain object (no Faust) with ``name``, ``topic`` and
``async process(batch) -> list[Outgoing]``. It must not raise for bad input: an
undecodable or invalid message becomes a ``DeadLetter`` and the rest of the batch goes
on. It may raise for infrastructure failures it cannot decide around (the worker then
retries the batch: at-least-once, so effects are idempotent).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, Sequence

from schemas import catalogue as cat
from schemas.codec import Event, EventCodec, content_type_of
from streams.envelope import Incoming, Outgoing, dead_letter
from talentguard.errors import SchemaError


class Processor(Protocol):
    name: str
    topic: str

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        ...


LATENCY_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


@dataclass
class LatencyHistogram:
    """Cumulative-bucket histogram (Prometheus style) of seconds; fixed buckets, no payloads."""

    counts: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS_S) + 1))
    total: float = 0.0

    def observe(self, seconds: float) -> None:
        self.counts[bisect_left(LATENCY_BUCKETS_S, seconds)] += 1
        self.total += seconds

    @property
    def count(self) -> int:
        return sum(self.counts)


@dataclass
class Counters:
    """In-process counters (never payloads): what ops see in /metrics and summaries."""

    consumed: dict[str, int] = field(default_factory=dict)
    produced: dict[str, int] = field(default_factory=dict)
    dead_letters: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    state_invalid: int = 0  # decisions refused because Redis held a malformed or unauthenticated entry
    latency: dict[str, LatencyHistogram] = field(default_factory=dict)
    subject_requests_overdue: int = 0  # gauge: subject requests unanswered past their deadline

    def bump(self, table: dict[str, int], name: str, n: int = 1) -> None:
        table[name] = table.get(name, 0) + n

    def observe_latency(self, topic: str, created_ms: Sequence[int], done_ms: float) -> None:
        """Per input event: its creation time (the record timestamp set by the publisher)
        to the moment the broker acknowledged every output of its batch."""
        hist = self.latency.setdefault(topic, LatencyHistogram())
        for created in created_ms:
            if created > 0:
                hist.observe(max(0.0, done_ms - created) / 1000)


def decode_batch(
    codec: EventCodec, batch: Sequence[Incoming], now: datetime
) -> tuple[list[tuple[Incoming, Event]], list[Outgoing]]:
    """Split a batch into decoded events and dead letters (with the reason)."""
    good: list[tuple[Incoming, Event]] = []
    bad: list[Outgoing] = []
    for msg in batch:
        if msg.value is None and msg.topic in cat.INPUT_TOPICS:
            # a tombstone: ours (an erasure or a retention expiry writes one per candidate so
            # compaction deletes the raw events) or a platform's compaction marker. Not an
            # event and not an error: skipped, never dead-lettered (issue 11).
            continue
        try:
            event = codec.decode(msg.value, content_type_of(msg.headers))
            allowed = cat.RECORDS_BY_TOPIC.get(msg.topic, ())
            if event["type"] not in allowed:
                raise SchemaError(f"{event['type']} does not belong on {msg.topic}")
        except SchemaError as exc:
            bad.append(dead_letter(codec, msg, f"{msg.where}: {exc}", now,
                                   f"dlq:{msg.topic}:{msg.partition}:{msg.offset}"))
            continue
        except Exception as exc:  # noqa: BLE001 - e.g. a timestamp the platform cannot express
            # not our own error: its message may quote the bytes, so only its type is kept
            bad.append(dead_letter(codec, msg, f"{msg.where}: undecodable ({type(exc).__name__})", now,
                                   f"dlq:{msg.topic}:{msg.partition}:{msg.offset}"))
            continue
        good.append((msg, event))
    return good, bad
