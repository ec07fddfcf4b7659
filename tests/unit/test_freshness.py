"""Read-your-writes for the gate (pure: an in-memory watermark store, no sockets)."""

from __future__ import annotations

import asyncio
import time

import pytest

from streams.processors.freshness import split_by_freshness
from streams.state.watermarks import candidate_partition
from talentguard.errors import StateUnavailable

NOW_MS = int(time.time() * 1000)


class InMemoryWatermarks:
    """``heartbeat_age_ms``: how old the reporter's last heartbeat is at each read (None: never)."""

    def __init__(self, marks: dict[int, int], heartbeat_age_ms: int | None = 0) -> None:
        self.marks, self.age = dict(marks), heartbeat_age_ms

    async def read(self) -> tuple[dict[int, int], int | None]:
        return dict(self.marks), None if self.age is None else int(time.time() * 1000) - self.age


def req(cid: str, ts: int | None) -> dict:
    return {"candidate_id": cid, "event_id": f"r-{cid}", "ts": ts}


P = candidate_partition("cand-1", 6)


@pytest.mark.parametrize("marks, heartbeat, ts, lagging", [
    ({P: NOW_MS}, 0, NOW_MS - 5, False),                 # applied past the request: decide
    ({P: NOW_MS}, 0, NOW_MS, False),                     # exactly at it
    ({P: NOW_MS - 1_000}, 0, NOW_MS, True),              # candidate state behind the request
    ({}, 0, NOW_MS, True),                               # partition never reported
    ({}, None, NOW_MS, False),                           # nobody reports (Faust): decided, not vouched
    ({}, 60_000, NOW_MS, False),                         # reporter gone for a minute: decided, not vouched
    ({}, 0, None, False),                                # request without a broker timestamp
])
def test_when_the_candidate_partition_lags_the_request_then_it_waits_then_is_lagging(
        marks: dict, heartbeat: int | None, ts: int | None, lagging: bool) -> None:
    store = InMemoryWatermarks(marks, heartbeat)
    r = req("cand-1", ts)
    ready, late, vouched = asyncio.run(split_by_freshness([r], lambda e: e["ts"], store, 6, wait_s=0.05))  # type: ignore[arg-type]
    assert (late == [r]) is lagging and (ready == [r]) is (not lagging)
    assert vouched is (heartbeat is not None and heartbeat < 30_000)


def test_when_the_state_catches_up_during_the_wait_then_the_request_is_decided() -> None:
    store = InMemoryWatermarks({P: NOW_MS - 1_000})

    async def scenario() -> tuple[list, list, bool]:
        async def catch_up() -> None:
            await asyncio.sleep(0.05)
            store.marks[P] = NOW_MS + 10

        task = asyncio.ensure_future(catch_up())
        result = await split_by_freshness([req("cand-1", NOW_MS)], lambda e: e["ts"], store, 6, wait_s=5)  # type: ignore[arg-type]
        await task
        return result

    ready, late, vouched = asyncio.run(scenario())
    assert len(ready) == 1 and late == [] and vouched


def test_when_the_watermarks_cannot_be_read_then_the_split_raises_instead_of_letting_requests_through() -> None:
    class Down:
        async def read(self) -> tuple[dict[int, int], int | None]:
            raise StateUnavailable("Redis unavailable while reading applied watermarks: ConnectionError")

    with pytest.raises(StateUnavailable):
        asyncio.run(split_by_freshness([req("cand-1", NOW_MS)], lambda e: e["ts"], Down(), 6, wait_s=0.05))  # type: ignore[arg-type]


def test_when_partitions_are_computed_then_they_match_the_producers_default_partitioner() -> None:
    from kafka.partitioner.default import murmur2  # what the publisher (kafka-python) uses

    for cid in ("cand-1", "cand-2", "x" * 40, "é-unicode"):
        assert candidate_partition(cid, 6) == (murmur2(cid.encode()) & 0x7FFFFFFF) % 6
