"""Shared plumbing for processors: decode, dedupe, time sanity, per-event isolation,
audit, and the after-send mark."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Sequence

from schemas.codec import Event, EventCodec
from streams.envelope import Incoming, Outgoing, dead_letter, emit
from streams.processor import Counters, decode_batch
from streams.runtime import EventRejected, failure_reason, is_infrastructure
from streams.state.bundle import StateStores
from streams.state.dedupe import processed_key
from talentguard.audit import AuditEntry
from talentguard.clock import Clock
from talentguard.errors import StateInvalid, StateUnavailable

log = logging.getLogger("talentguard.worker")


@dataclass(frozen=True)
class Limits:
    """Bounds on what one event may cost or claim (see README, "Robustness")."""

    max_future_skew_s: float = 300.0   # occurred_at this far ahead of the broker timestamp: dead letter
    max_cv_chars: int = 100_000        # a longer CV text: dead letter (sanitising cost grows with length)


@dataclass
class BatchOutput:
    """What one batch produces: messages to send, audit entries to chain, ids to mark."""

    messages: list[Outgoing] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)
    # causes (dedupe identities) whose pending revocations this batch sends: cleared from
    # Redis once the batch's outputs are acknowledged (``ShareRegistry.revoke``)
    revoked: list[str] = field(default_factory=list)
    # causes whose owed SubjectRequestCompleted this batch sends: cleared the same way
    # (``SubjectRequestStore.finish``, ``forget_answered``)
    answered: list[str] = field(default_factory=list)
    # work still running for events of this batch (e.g. a CV being sanitised): each task
    # returns what it adds; the batch is settled (and may be committed) once they are done
    deferred: list["asyncio.Task[BatchOutput]"] = field(default_factory=list)

    def extend(self, other: "BatchOutput") -> None:
        self.messages.extend(other.messages)
        self.audit.extend(other.audit)
        self.processed.extend(other.processed)
        self.revoked.extend(other.revoked)
        self.answered.extend(other.answered)
        self.deferred.extend(other.deferred)


@dataclass
class _PendingBatch:
    ids: list[str]
    deferred: list["asyncio.Task[BatchOutput]"]
    settled: bool = False
    revoked: list[str] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)


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
    # fault injection for crash tests only (FAULT_ENV in streams.wiring): "kill-before-mark:ID"
    # SIGKILLs the worker once the outputs of the batch holding event ID are acknowledged,
    # before that batch is marked processed (and committed)
    fault: str | None = None

    def __init__(self, codec: EventCodec, clock: Clock, state: StateStores, counters: Counters,
                 limits: Limits | None = None) -> None:
        self.codec, self.clock, self.state, self.counters = codec, clock, state, counters
        self.limits = limits or Limits()
        self._to_mark: deque[_PendingBatch] = deque()   # one per batch awaiting on_sent
        self._in_flight: set[str] = set()
        self._pending_audit: list[AuditEntry] = []
        self._source: dict[int, Incoming] = {}      # id(event) -> its message, for the current batch

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
        self._source = {id(event): msg for msg, event in good}
        # dedupe by (this processor, event type, event id): a producer reusing an id for
        # another type (a withdrawal with a grant's id) is not a duplicate (state/dedupe.py)
        keys = {id(e): processed_key(self.name, e["type"], e["event_id"]) for e in events}
        try:
            fresh_ids = await self.state.processed.unseen(list(keys.values()))
        except (StateUnavailable, StateInvalid):
            fresh_ids = None  # cannot dedupe: handle everything (keyed effects), failing closed inside
        fresh, in_batch = [], set()
        for e in events:  # unseen, not in an unacknowledged batch, first of its key in this one
            key = keys[id(e)]
            if (fresh_ids is None or key in fresh_ids) and key not in in_batch and key not in self._in_flight:
                fresh.append(e)
                in_batch.add(key)
        self.counters.duplicates += len(events) - len(fresh)
        keys_of: dict[str, list[str]] = {}  # event id -> keys of this batch's fresh events with it
        for e in fresh:
            keys_of.setdefault(e["event_id"], []).append(keys[id(e)])
        fresh = [e for e in fresh if self._timely(e, now, result)]
        await self._handle_isolated(fresh, now, result)
        self._source = {}
        result.messages.extend(await self._chain(result.audit))
        marks = [key for eid in dict.fromkeys(result.processed) for key in keys_of.get(eid, ())]
        self._to_mark.append(_PendingBatch(marks, result.deferred, settled=not result.deferred,
                                           revoked=list(dict.fromkeys(result.revoked)),
                                           answered=list(dict.fromkeys(result.answered))))
        self._in_flight.update(marks)
        return result.messages

    async def settle(self) -> list[Outgoing]:
        """Wait for the oldest batch's deferred work and return what it adds (audit
        records, dead letters). Runners call it, in batch order, after the batch's own
        outputs are acknowledged and before ``on_sent``: the batch is committed only once
        its deferred work is durable. Deferred tasks do not raise (their failures are dead
        letters). The oldest batch, not the oldest *unsettled* one: a batch with nothing
        deferred is born settled, and looking further made its ordered step wait for (and
        send the late outputs of) the next batch carrying a CV."""
        pending = self._to_mark[0] if self._to_mark else None
        if pending is None or pending.settled:
            return []
        pending.settled = True
        late = BatchOutput()
        for task in pending.deferred:
            late.extend(await task)
        return late.messages + await self._chain(late.audit)


    def source_of(self, event: Event) -> Incoming | None:
        """The message an event of the current batch came from (offset, broker timestamp)."""
        return self._source.get(id(event))

    def _timely(self, event: Event, now: datetime, result: BatchOutput) -> bool:
        """Time sanity: an ``occurred_at`` further ahead of the broker's record timestamp
        than the allowed skew is refused (a future-dated decision would otherwise outrank
        every real one, and retention would never start)."""
        msg = self.source_of(event)
        if msg is None or not msg.timestamp_ms or msg.timestamp_ms <= 0:
            return True
        try:
            ahead_s = event["occurred_at"].timestamp() - msg.timestamp_ms / 1000
        except (OverflowError, ValueError, OSError) as exc:  # outside what the platform's clock can express
            self.reject(event, exc, now, result)
            return False
        if ahead_s <= self.limits.max_future_skew_s:
            return True
        self.reject(event, EventRejected(
            f"occurred_at is {ahead_s:.0f}s ahead of the broker timestamp "
            f"(allowed skew {self.limits.max_future_skew_s:.0f}s)"), now, result)
        self.counters.bump(self.counters.dropped, "future_dated")
        return False

    async def _handle_isolated(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        """``handle`` the batch; if it raises (other than a store being down), redo it one
        event at a time so that only the failing events become dead letters. Partial
        outputs of the failed attempt are discarded; its state writes are idempotent
        (at-least-once effects), so redoing them changes nothing twice."""
        scratch = BatchOutput()
        try:
            await self.handle(events, now, scratch)
        except Exception as exc:
            if is_infrastructure(exc):
                raise
            if not events:
                raise
            if len(events) == 1:
                self.reject(events[0], exc, now, result)
                return
            log.warning("%s: a batch of %d failed (%s); retrying its events one by one",
                        self.name, len(events), failure_reason(exc))
            for event in events:
                await self._handle_isolated([event], now, result)
            return
        result.extend(scratch)

    def reject(self, event: Event, exc: BaseException, now: datetime, result: BatchOutput,
               msg: Incoming | None = None) -> None:
        """This event cannot be applied: dead letter with a safe reason, mark it processed
        (a redelivery is not dead-lettered twice), and let the subclass record what a
        decision-maker owes (a denial, an audit record). ``msg``: the event's message,
        for deferred work that outlives its batch."""
        reason = failure_reason(exc)
        msg = msg or self.source_of(event)
        eid = event["event_id"]
        if msg is not None:
            result.messages.append(dead_letter(self.codec, msg, f"{msg.where} {event['type']} {eid}: {reason}",
                                               now, f"dlq:{msg.topic}:{msg.partition}:{msg.offset}"))
        self.counters.dead_letters += 1
        self.counters.bump(self.counters.dropped, f"rejected_{type(exc).__name__}")
        log.warning("%s: event %s (%s) dead-lettered: %s", self.name, eid, event["type"], reason)
        self.on_rejected(event, reason, now, result)
        result.processed.append(eid)

    def on_rejected(self, event: Event, reason: str, now: datetime, result: BatchOutput) -> None:
        """Hook: what a rejected event still owes (default: nothing beyond the dead letter)."""

    async def _chain(self, entries: list[AuditEntry]) -> list[Outgoing]:
        """Link audit entries. If Redis is down they still leave with this batch, signed but
        unlinked (so a crash loses none), and are linked with a later batch."""
        todo = self._pending_audit + entries
        if not todo:
            return []
        try:
            records = await self.state.audit.append(todo)
        except StateUnavailable:
            self._pending_audit = todo
            return [self.out(r) for r in self.state.audit.seal_unlinked(entries)]
        except StateInvalid as exc:  # a chain head of the wrong type: linking cannot succeed later
            log.warning("%s: %d audit record(s) left unlinked (%s)", self.name, len(todo), exc)
            self._pending_audit = []
            return [self.out(r) for r in self.state.audit.seal_unlinked(entries)]
        self._pending_audit = []
        return [self.out(r) for r in records]

    async def on_sent(self) -> None:
        """The oldest unacknowledged batch is now durable: mark its events as processed,
        then forget the revocations and request completions it sent (a crash in between
        re-sends them, same event ids: harmless)."""
        if not self._to_mark:
            return
        batch = self._to_mark.popleft()
        ids = batch.ids
        self._injected_fault(batch)
        if not batch.settled:  # a runner that does not settle: still never mark before the work is done
            log.warning("%s: batch marked without settle(); its deferred outputs are not sent", self.name)
            await asyncio.gather(*batch.deferred, return_exceptions=True)
        try:
            await self.state.processed.mark(ids)
        except (StateUnavailable, StateInvalid):
            pass  # at-least-once: a redelivery is deduplicated by keyed effects instead
        finally:
            self._in_flight.difference_update(ids)
        if batch.revoked:
            try:
                await self.state.shares.settled(batch.revoked)
            except (StateUnavailable, StateInvalid):
                pass  # re-sent only if the cause is redelivered; the record expires (share_registry)
        if batch.answered:
            await self.forget_answered(batch.answered)

    async def forget_answered(self, causes: list[str]) -> None:
        """Hook: the owed completions of ``causes`` are acknowledged (default: none kept)."""

    async def close(self) -> None:
        """Hook: the stream stopped; release connections the processor opened itself."""

    def _injected_fault(self, batch: _PendingBatch) -> None:
        """Crash tests only: die between the acknowledgement and the processed mark."""
        if not self.fault or not self.fault.startswith("kill-before-mark:"):
            return
        target = self.fault.removeprefix("kill-before-mark:")
        if any(key.split("|", 2)[-1] == target for key in batch.ids):
            log.warning("%s: fault injection %s: killing the worker before the processed mark", self.name, self.fault)
            os.kill(os.getpid(), signal.SIGKILL)

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        raise NotImplementedError
