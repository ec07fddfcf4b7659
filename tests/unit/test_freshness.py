"""Read-your-writes for the gate, by offsets (pure: in-memory applied offsets and log
ends, no sockets)."""

from __future__ import annotations

import asyncio

import pytest

from streams.processors.freshness import Coverage, confirm_ahead, coverage, covered_partitions, split_by_coverage
from streams.state.watermarks import candidate_partition, next_offsets
from talentguard.errors import StateUnavailable


@pytest.mark.parametrize("applied, end, expected", [
    (17, 17, Coverage.COVERED),     # applied everything before the probed end
    (None, 0, Coverage.COVERED),    # empty partition, nothing recorded: nothing to wait for
    (0, 0, Coverage.COVERED),
    (16, 17, Coverage.BEHIND),      # the last record (a withdrawal?) not applied yet
    (None, 5, Coverage.BEHIND),     # nothing recorded on a partition that has records
    (20, 17, Coverage.AHEAD),       # applied more since the probe, or stale: confirm
    (3, 0, Coverage.AHEAD),         # stale value on an emptied (restarted) broker
    (17, None, Coverage.UNKNOWN),   # the probe could not read the end: never decide unproven
    (None, None, Coverage.UNKNOWN),
])
def test_when_applied_offsets_meet_the_probed_end_then_coverage_is_exact(
        applied: int | None, end: int | None, expected: Coverage) -> None:
    assert coverage(applied, end) is expected


@pytest.mark.parametrize("applied, later_end, covered", [
    (20, 25, True),    # a later end reaches it: a true, newer report
    (20, 20, True),
    (20, 19, False),   # past the current log end: from an earlier broker instance
    (20, None, False), # second probe failed
])
def test_when_applied_is_past_the_end_then_a_later_end_decides_if_it_is_stale(
        applied: int, later_end: int | None, covered: bool) -> None:
    assert confirm_ahead(applied, later_end) is covered


@pytest.mark.parametrize("applied, ends, later, expected", [
    ({0: 5, 1: 3}, {0: 5, 1: 4}, None, {0}),
    ({0: 9}, {0: 5, 1: 0}, {0: 9, 1: 0}, {0, 1}),
    ({0: 9}, {0: 5}, {0: 6}, set()),
    ({0: 9}, {0: 5}, None, set()),     # ahead but no second probe: not covered
    ({}, {}, None, set()),
])
def test_when_partitions_are_checked_then_only_proven_ones_are_covered(
        applied: dict, ends: dict, later: dict | None, expected: set) -> None:
    assert covered_partitions(applied, ends, later, [0, 1]) == expected


def test_when_a_batch_is_applied_then_the_next_offset_per_partition_is_recorded() -> None:
    assert next_offsets([(0, 4), (1, 9), (0, 7), (0, 5)]) == {0: 8, 1: 10}
    assert next_offsets([]) == {}


class Ends:
    """A log end probe answering the given ends in turn (the last one repeats)."""

    def __init__(self, *answers: dict[int, int]) -> None:
        self.answers, self.calls = list(answers), 0

    async def ends(self) -> dict[int, int]:
        self.calls += 1
        return dict(self.answers[min(self.calls, len(self.answers)) - 1])


class Applied:
    def __init__(self, offsets: dict[int, int]) -> None:
        self.offsets = dict(offsets)

    async def read(self) -> dict[int, int]:
        return dict(self.offsets)


P = candidate_partition("cand-1", 6)


def req(cid: str = "cand-1") -> dict:
    return {"candidate_id": cid, "event_id": f"r-{cid}"}


def split(applied: Applied, ends: Ends, wait_s: float = 0.05) -> tuple[list, list]:
    return asyncio.run(split_by_coverage([req()], applied.read, ends, 6, wait_s))  # type: ignore[list-item]


@pytest.mark.parametrize("applied, ends, lagging", [
    ({P: 10}, [{P: 10}], False),            # covered at once
    ({P: 9}, [{P: 10}], True),              # one record not applied: waits, then lagging
    ({}, [{P: 0}], False),                  # quiet, empty partition: no runner needed
    ({P: 10}, [{}], True),                  # probe failed: never decide unproven
    ({P: 12}, [{P: 10}, {P: 12}], False),   # applied more after the probe: confirmed
    ({P: 50}, [{P: 10}, {P: 11}], True),    # stale value from an earlier broker instance
])
def test_when_a_request_is_split_then_it_is_decided_only_when_its_partition_is_covered(
        applied: dict, ends: list, lagging: bool) -> None:
    ready, late = split(Applied(applied), Ends(*ends))
    assert (late != []) is lagging and (ready != []) is (not lagging)


def test_when_the_state_catches_up_during_the_wait_then_the_request_is_decided_without_a_new_probe() -> None:
    applied, ends = Applied({P: 7}), Ends({P: 10})

    async def scenario() -> tuple[list, list]:
        async def catch_up() -> None:
            await asyncio.sleep(0.05)
            applied.offsets[P] = 10

        task = asyncio.ensure_future(catch_up())
        result = await split_by_coverage([req()], applied.read, ends, 6, wait_s=5)  # type: ignore[list-item]
        await task
        return result

    ready, late = asyncio.run(scenario())
    assert len(ready) == 1 and late == [] and ends.calls == 1


def test_when_the_applied_offsets_cannot_be_read_then_the_split_raises_instead_of_letting_requests_through() -> None:
    async def down() -> dict[int, int]:
        raise StateUnavailable("Redis unavailable while reading applied offsets: ConnectionError")

    with pytest.raises(StateUnavailable):
        asyncio.run(split_by_coverage([req()], down, Ends({P: 0}), 6, wait_s=0.05))  # type: ignore[list-item]


def test_when_partitions_are_computed_then_they_match_the_producers_default_partitioner() -> None:
    from kafka.partitioner.default import murmur2  # what the publisher (kafka-python) uses

    for cid in ("cand-1", "cand-2", "x" * 40, "é-unicode"):
        assert candidate_partition(cid, 6) == (murmur2(cid.encode()) & 0x7FFFFFFF) % 6
