"""Heavy per-event work off the stream's path, in order per key, with a bound.

Why: sanitising a CV takes seconds to tens of seconds (29 s for 99,000 characters
measured on the 2-core test machine). Done inline, it held every later event of the
partition: a consent withdrawal published after a large CV waited, and a share was
granted meanwhile. Here the CV's work starts at once in the background and the stream
goes on; the batch carrying the CV is committed only when the work is done (see
``ProcessorBase.settle``), so a crash redoes it.

Guarantees: jobs of one key finish their ordered step in submission order (a later CV of
a candidate is never overwritten by an earlier one); at most ``max_pending`` jobs run or
wait at once (``submit`` waits for room: backpressure, bounded memory); ``drain(key)``
waits for a key's jobs (an erasure must not be followed by a CV store). Not guaranteed:
fairness between keys beyond the underlying thread pool's first-in, first-out order.
"""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, Generic, TypeVar

T = TypeVar("T")

# a job gets the key's previous job (to await before its ordered step) and returns a result
Job = Callable[["asyncio.Future[object] | None"], Awaitable[T]]


class KeyedJobs(Generic[T]):
    def __init__(self, max_pending: int = 8) -> None:
        self.max_pending = max_pending
        self._tails: dict[str, asyncio.Task[T]] = {}
        self._running: set[asyncio.Task[T]] = set()

    @property
    def pending(self) -> int:
        return len(self._running)

    async def submit(self, key: str, job: Job[T]) -> "asyncio.Task[T]":
        while len(self._running) >= self.max_pending:
            await asyncio.wait(set(self._running), return_when=asyncio.FIRST_COMPLETED)
        previous = self._tails.get(key)
        task: asyncio.Task[T] = asyncio.ensure_future(job(previous))  # type: ignore[arg-type]
        self._tails[key] = task
        self._running.add(task)
        task.add_done_callback(lambda t, k=key: self._done(k, t))
        return task

    def _done(self, key: str, task: "asyncio.Task[T]") -> None:
        self._running.discard(task)
        if self._tails.get(key) is task:
            del self._tails[key]

    async def drain(self, key: str) -> None:
        """Wait until every job submitted so far for ``key`` is done."""
        tail = self._tails.get(key)
        if tail is not None:
            await asyncio.wait({tail})
