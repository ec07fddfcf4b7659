"""The processor seam: a batch of raw messages in, a list of raw messages out.

A processor is a plain object (no Faust) with ``name``, ``topic`` and
``async process(batch) -> list[Outgoing]``. It must not raise for bad input: an
undecodable or invalid message becomes a ``DeadLetter`` and the rest of the batch goes
on. It may raise for infrastructure failures it cannot decide around (the worker then
retries the batch: at-least-once, so effects are idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, Sequence

from schemas import catalogue as cat
from schemas.codec import Event, EventCodec
from streams.envelope import Incoming, Outgoing, dead_letter
from talentguard.errors import SchemaError


class Processor(Protocol):
    name: str
    topic: str

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        ...


@dataclass
class Counters:
    """In-process counters (never payloads): what ops see in /metrics and summaries."""

    consumed: dict[str, int] = field(default_factory=dict)
    produced: dict[str, int] = field(default_factory=dict)
    dead_letters: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0

    def bump(self, table: dict[str, int], name: str, n: int = 1) -> None:
        table[name] = table.get(name, 0) + n


def decode_batch(
    codec: EventCodec, batch: Sequence[Incoming], now: datetime
) -> tuple[list[tuple[Incoming, Event]], list[Outgoing]]:
    """Split a batch into decoded events and dead letters (with the reason)."""
    good: list[tuple[Incoming, Event]] = []
    bad: list[Outgoing] = []
    for msg in batch:
        try:
            event = codec.decode(msg.value)
            allowed = cat.RECORDS_BY_TOPIC.get(msg.topic, ())
            if event["type"] not in allowed:
                raise SchemaError(f"{event['type']} does not belong on {msg.topic}")
        except SchemaError as exc:
            bad.append(dead_letter(codec, msg, f"{msg.where}: {exc}", now,
                                   f"dlq:{msg.topic}:{msg.partition}:{msg.offset}"))
            continue
        good.append((msg, event))
    return good, bad
