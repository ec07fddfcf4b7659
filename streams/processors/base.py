"""Shared plumbing for processors: decode, dedupe, audit, and the after-send mark."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Sequence

from schemas.codec import Event, EventCodec
from streams.envelope import Incoming, Outgoing, emit
from streams.processor import Counters, decode_batch
from streams.state.bundle import StateStores
from talentguard.audit import AuditEntry
from talentguard.clock import Clock
from talentguard.errors import StateUnavailable


@dataclass
class BatchOutput:
    """What one batch produces: messages to send, audit entries to chain, ids to mark."""

    messages: list[Outgoing] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)


class ProcessorBase:
    """Decode + dedupe + audit chaining around a subclass's ``handle`` of fresh events.

    ``on_sent`` (called by the runners once every output is acknowledged, before the
    offset commit) marks the batch's events as processed: a crash before that point
    redelivers them, and their effects are idempotent. A runner may process the next
    batch while the previous one's acks are in flight: ids are marked first in, first
    out, and ids still in flight count as seen for the dedupe.
    """

    name = "processor"
    topic = ""

    def __init__(self, codec: EventCodec, clock: Clock, state: StateStores, counters: Counters) -> None:
        self.codec, self.clock, self.state, self.counters = codec, clock, state, counters
        self._to_mark: deque[list[str]] = deque()   # one list per batch awaiting on_sent
        self._in_flight: set[str] = set()
        self._pending_audit: list[AuditEntry] = []

    def out(self, event: dict[str, Any]) -> Outgoing:
        return emit(self.codec, event)

    def new_event(self, record: str, cause: Event, **fields: Any) -> dict[str, Any]:
        """An output event whose id derives from its cause (redelivery gives the same id)."""
        return {"type": record, "event_id": f"{record}:{cause['event_id']}:{fields.get('client_id', '')}",
                "occurred_at": self.clock.now(), "source": "talentguard", **fields}

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        now = self.clock.now()
        good, dead = decode_batch(self.codec, batch, now)
        self.counters.dead_letters += len(dead)
        result = BatchOutput(messages=list(dead))
        events = [event for _, event in good]
        try:
            fresh_ids = await self.state.processed.unseen([e["event_id"] for e in events])
        except StateUnavailable:
            fresh_ids = None  # cannot dedupe: handle everything, failing closed inside
        fresh, in_batch = [], set()
        for e in events:  # unseen, not in an unacknowledged batch, first of its id in this one
            eid = e["event_id"]
            if (fresh_ids is None or eid in fresh_ids) and eid not in in_batch and eid not in self._in_flight:
                fresh.append(e)
                in_batch.add(eid)
        self.counters.duplicates += len(events) - len(fresh)
        await self.handle(fresh, now, result)
        result.messages.extend(await self._chain(result.audit))
        self._to_mark.append(result.processed)
        self._in_flight.update(result.processed)
        return result.messages

    async def _chain(self, entries: list[AuditEntry]) -> list[Outgoing]:
        """Link audit entries; if Redis is down, keep them and retry with the next batch."""
        todo = self._pending_audit + entries
        if not todo:
            return []
        try:
            records = await self.state.audit.append(todo)
        except StateUnavailable:
            self._pending_audit = todo
            return []
        self._pending_audit = []
        return [self.out(r) for r in records]

    async def on_sent(self) -> None:
        """The oldest unacknowledged batch is now durable: mark its events as processed."""
        if not self._to_mark:
            return
        ids = self._to_mark.popleft()
        try:
            await self.state.processed.mark(ids)
        except StateUnavailable:
            pass  # at-least-once: a redelivery is deduplicated by keyed effects instead
        finally:
            self._in_flight.difference_update(ids)

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        raise NotImplementedError
