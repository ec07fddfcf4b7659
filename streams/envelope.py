"""What a processor receives and emits, independent of Faust.

Processors take ``Incoming`` messages (raw bytes plus where they came from) and return
``Outgoing`` messages (raw bytes plus where they go). Keeping Faust out of this seam lets
unit tests, the benchmark and the worker drive the same code.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from schemas import catalogue as cat
from schemas.codec import Event, EventCodec


@dataclass(frozen=True)
class Incoming:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int | None = None  # the broker record's timestamp, when the runner knows it

    @property
    def where(self) -> str:
        """topic[partition]@offset: what logs may say about a message (never its payload)."""
        return f"{self.topic}[{self.partition}]@{self.offset}"


@dataclass(frozen=True)
class Outgoing:
    topic: str
    key: bytes | None
    value: bytes | None


def emit(codec: EventCodec, event: Event) -> Outgoing:
    """Encode a processor output for its topic (the type decides the topic and the key)."""
    topic = cat.TOPIC_BY_RECORD[event["type"]]
    return Outgoing(topic, cat.key_for(topic, event), codec.encode(event, validated=True))


def dead_letter(codec: EventCodec, msg: Incoming, error: str, now: datetime, event_id: str) -> Outgoing:
    """A DeadLetter record keeping the original bytes (base64) and a readable reason."""
    record: dict[str, Any] = {
        "type": "DeadLetter",
        "event_id": event_id,
        "occurred_at": now,
        "source": "talentguard-worker",
        "topic": msg.topic,
        "partition": msg.partition,
        "offset": msg.offset,
        "key": base64.b64encode(msg.key).decode() if msg.key is not None else None,
        "value": base64.b64encode(msg.value).decode() if msg.value is not None else None,
        "error": error,
        "at": now,
    }
    return Outgoing(cat.DEAD_LETTER, None, codec.encode(record, validated=True))
