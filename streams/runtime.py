"""Engine-neutral error policy: what a failure of one event becomes, and what is retried.

Two kinds of failure, told apart by type:

- **Infrastructure** (``StateUnavailable``, ``SinkError``, ``BrokerError``): nothing is
  wrong with the event; a store is down. The batch is retried with backoff, never
  skipped and never acknowledged (fail closed meanwhile: the gate denies
  ``state_unavailable``).
- **Anything else** raised while handling one event: that event is the problem (bad
  values, a library limit such as spaCy's E088, arithmetic overflow). It becomes a
  ``DeadLetter`` with a reason naming the exception type and, for talentguard's own
  errors (whose messages name fields, never values), the message; the worker goes on.

Not guaranteed: a dead-lettered event's partial effects (e.g. a consent recorded before
its revocation step failed) are not undone; the dead letter and its audit record say so.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import Awaitable, Callable, TypeVar

from talentguard.errors import BrokerError, PipelineError, SinkError, StateUnavailable

log = logging.getLogger("talentguard.worker")

INFRASTRUCTURE_ERRORS: tuple[type[BaseException], ...] = (StateUnavailable, SinkError, BrokerError)

T = TypeVar("T")


class EventRejected(PipelineError):
    """One event is refused on purpose (too large, dated too far ahead, ...). The message
    names the field and the limit, never the value."""


def is_infrastructure(exc: BaseException) -> bool:
    return isinstance(exc, INFRASTRUCTURE_ERRORS)


def failure_reason(exc: BaseException) -> str:
    """A reason safe for a dead letter, a log line and an audit record: the exception type,
    plus the message only for talentguard's own errors (they never quote values). A
    library's message may quote the input (a ValueError repeating a CV line), so only its
    type is kept."""
    name = type(exc).__name__
    if isinstance(exc, PipelineError):
        text = str(exc).replace("\n", " ")[:300]
        return f"{name}: {text}" if text else name
    return name


async def retry_until_done(call: Callable[[], Awaitable[T]], what: str, stop: asyncio.Event | None = None,
                           first_delay_s: float = 0.5, max_delay_s: float = 5.0) -> T:
    """Run ``call`` until it succeeds, backing off on any exception (logged by type only).
    Used by both runners around a whole batch: a batch that did not complete is never
    acknowledged, and the worker keeps its partitions instead of crash-looping. Raises
    ``asyncio.CancelledError`` if ``stop`` is set while waiting."""
    delay = first_delay_s
    while True:
        try:
            return await call()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - infrastructure or a bug: retry, never skip
            log.warning("%s failed (%s); retrying in %.1fs", what, failure_reason(exc), delay)
        if stop is not None and stop.is_set():
            raise asyncio.CancelledError(f"stopped while retrying {what}")
        if stop is not None:
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
                raise asyncio.CancelledError(f"stopped while retrying {what}")
            except asyncio.TimeoutError:
                pass
        else:
            await asyncio.sleep(delay)
        delay = min(delay * 2, max_delay_s)


async def close_processor(processor: object) -> None:
    """Let a stopped stream's processor release what it opened (never raises: shutting down)."""
    hook = getattr(processor, "close", None)
    if hook is None:
        return
    try:
        await hook()
    except Exception as exc:  # noqa: BLE001 - a connection that cannot close cleanly is dropped anyway
        log.warning("%s: close failed (%s)", getattr(processor, "name", "processor"), failure_reason(exc))


def report_unapplied(streams: int) -> None:
    """Say, once per stop and without naming any event, that some streams stopped with a
    batch not yet applied. Both engines call it when the worker has stopped. Why once:
    Faust restarts an agent cancelled before it sees the stop (its "restarting on
    rebalance" path), so a per-cancellation line would be said twice for one stream."""
    if streams:
        log.warning("worker stopped: %d stream(s) had batches not yet applied (a store was unavailable); "
                    "nothing was committed past them, they are redelivered on restart", streams)


async def settle(processor: object) -> list:
    """What a processor adds once a batch's deferred work is done (see ``ProcessorBase.settle``)."""
    hook = getattr(processor, "settle", None)
    return await hook() if hook is not None else []


class OrderedCompletions:
    """Completes batches concurrently, finishes them in order. Each batch has its own step
    (wait for its outputs' acks) that overlaps with other batches, then an ordered step
    (settle deferred work, mark, commit / ack) that runs only after the previous batch's
    ordered step. Why: one batch waiting for a CV to be sanitised must not stop the
    following batches from being processed and their outputs sent (a withdrawal's
    revocations go out at once); only their commits wait, so nothing is acknowledged past
    an event whose work is not done. At most ``max_in_flight`` batches are pending:
    ``add`` waits for the oldest beyond that (bounded memory). A failure in a batch fails
    every later one (their ordered step never runs) and is raised by ``add``/``drain``."""

    def __init__(self, max_in_flight: int = 64) -> None:
        self.max_in_flight = max_in_flight
        self._queue: deque[asyncio.Task[None]] = deque()

    @property
    def empty(self) -> bool:
        self._reap()
        return not self._queue

    async def add(self, own: Callable[[], Awaitable[None]], ordered: Callable[[], Awaitable[None]]) -> None:
        previous = self._queue[-1] if self._queue else None

        async def run() -> None:
            await own()
            if previous is not None:
                await previous
            await ordered()

        self._queue.append(asyncio.create_task(run()))
        self._reap()
        while len(self._queue) > self.max_in_flight:
            await self._queue[0]
            self._reap()

    def _reap(self) -> None:
        while self._queue and self._queue[0].done():
            self._queue.popleft().result()  # raises the batch's failure, if any

    async def drain(self) -> None:
        while self._queue:
            await self._queue[0]
            self._reap()

    def cancel(self) -> None:
        for task in self._queue:
            task.cancel()
        self._queue.clear()
