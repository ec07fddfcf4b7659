"""The minimal processor: decode and validate, dead-letter what cannot be read."""

from __future__ import annotations

from typing import Sequence

from schemas.codec import EventCodec
from streams.envelope import Incoming, Outgoing
from streams.processor import Counters, decode_batch
from talentguard.clock import Clock


class ValidatingProcessor:
    """Reads a topic, dead-letters unreadable messages and counts the rest."""

    def __init__(self, topic: str, codec: EventCodec, clock: Clock, counters: Counters) -> None:
        self.name = f"validate-{topic}"
        self.topic = topic
        self.codec, self.clock, self.counters = codec, clock, counters

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        good, bad = decode_batch(self.codec, batch, self.clock.now())
        self.counters.dead_letters += len(bad)
        return bad
