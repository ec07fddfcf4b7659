"""Each batch's ordered step settles that batch's own deferred work, not a later batch's
(pure: in-memory fakes, no Redis, no broker).

Why: ``settle`` used to wait for "the oldest batch not yet settled". A batch without
deferred work is created settled, so its ordered step picked the NEXT batch carrying a CV
and waited for that CV (and sent that batch's late outputs with it). Under a steady
stream of CVs every commit then waited for a later batch's sanitising, and a batch's own
commit depended on work it did not contain.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from types import SimpleNamespace

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.base import BatchOutput, ProcessorBase
from streams.runtime import OrderedCompletions, settle
from talentguard.clock import SystemClock
from streams.state.dedupe import InMemoryProcessedEvents


class DeferringProcessor(ProcessorBase):
    """Events whose id starts with "slow" get deferred work that waits for ``release``."""

    name, topic = "deferring", "client-events"

    def __init__(self, state: SimpleNamespace, release: asyncio.Event) -> None:
        super().__init__(default_codec(), SystemClock(), state, Counters())  # type: ignore[arg-type]
        self.release = release

    async def handle(self, events: list[dict], now: datetime, result: BatchOutput) -> None:
        for e in events:
            result.processed.append(e["event_id"])
            if e["event_id"].startswith("slow"):
                async def work() -> BatchOutput:
                    await self.release.wait()
                    return BatchOutput()
                result.deferred.append(asyncio.ensure_future(work()))


def _event(event_id: str, offset: int) -> Incoming:
    codec = default_codec()
    event = codec.from_json({"type": "ClientContractStarted", "event_id": event_id, "client_id": "acme"})
    return Incoming("client-events", 0, offset, b"acme", codec.encode(event))


async def _wait_until(condition, timeout_s: float) -> bool:  # noqa: ANN001
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def test_when_a_later_batch_waits_for_deferred_work_then_an_earlier_batch_still_commits() -> None:
    committed: list[int] = []

    async def scenario() -> tuple[bool, list[int], list[int]]:
        release = asyncio.Event()
        proc = DeferringProcessor(SimpleNamespace(processed=InMemoryProcessedEvents()), release)
        completions = OrderedCompletions(max_in_flight=8)

        def steps(number: int):  # noqa: ANN202 - the runners' own / ordered steps
            async def own() -> None:
                return None

            async def ordered() -> None:
                await settle(proc)
                await proc.on_sent()
                committed.append(number)
            return own, ordered

        await proc.process([_event("quick-1", 0)])          # batch 1: nothing deferred
        await proc.process([_event("slow-2", 1)])           # batch 2: its work waits for release
        await completions.add(*steps(1))
        await completions.add(*steps(2))
        first_alone = await _wait_until(lambda: committed == [1], timeout_s=10.0)
        before_release = list(committed)
        release.set()
        await asyncio.wait_for(completions.drain(), timeout=10.0)
        return first_alone, before_release, list(committed)

    first_alone, before_release, after = asyncio.run(scenario())
    assert first_alone, "batch 1 (nothing deferred) did not commit while batch 2's work was pending"
    assert before_release == [1]        # batch 2 is not committed before its own work is done
    assert after == [1, 2]


def test_when_batches_settle_in_order_then_each_gets_its_own_late_outputs() -> None:
    async def scenario() -> list[int]:
        release = asyncio.Event()
        proc = DeferringProcessor(SimpleNamespace(processed=InMemoryProcessedEvents()), release)
        await proc.process([_event("quick-1", 0)])
        await proc.process([_event("slow-2", 1)])
        waits: list[int] = []
        # batch 1's settle must return at once: it has nothing deferred
        await asyncio.wait_for(proc.settle(), timeout=10.0)
        waits.append(1)
        await proc.on_sent()
        settling = asyncio.ensure_future(proc.settle())  # batch 2's: waits for its work
        await asyncio.sleep(0.05)
        assert not settling.done()
        release.set()
        await asyncio.wait_for(settling, timeout=10.0)
        waits.append(2)
        await proc.on_sent()
        return waits

    assert asyncio.run(scenario()) == [1, 2]
