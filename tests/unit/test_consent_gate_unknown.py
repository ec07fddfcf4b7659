"""``unknown_candidate`` is final, so the gate answers it only on candidate state proven
to cover every candidate event published before the request (pure: in-memory fakes, no
sockets).

Regression (fault campaign, seed 7): right after a Redis restart the freshness read
failed, the gate let the batch through "because the state read fails closed anyway", the
state read then succeeded on the restarted Redis before the candidate stream had applied
the registration, and a registered candidate was denied ``unknown_candidate``.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from streams.processor import Counters
from streams.processors.consent_gate import ConsentGate
from streams.state.watermarks import candidate_partition
from talentguard.clock import FixedClock
from talentguard.consent import SubjectStatus
from talentguard.errors import StateUnavailable
from tests.unit.test_consent_gate_poison import CODEC, NOW, GateState, run, share_request


class NotRegisteredYet(GateState):
    """Redis answers, but the candidate stream has not applied the registration (yet?)."""

    def __init__(self) -> None:
        super().__init__({})

    async def share_inputs(self, cids: list[str]) -> tuple[list, list]:
        return [[] for _ in cids], [SimpleNamespace(status=SubjectStatus(known=False), profile={}, cv=None)
                                    for _ in cids]


class FakeApplied:
    """``AppliedOffsets.read``; ``down``: the read fails as on a Redis stopped or restarting."""

    def __init__(self, offsets: dict[int, int], down: bool = False) -> None:
        self.offsets, self.down = offsets, down

    async def read(self) -> dict[int, int]:
        if self.down:
            raise StateUnavailable("Redis unavailable while reading applied offsets: ConnectionError")
        return dict(self.offsets)


class FixedEnds:
    def __init__(self, ends: dict[int, int]) -> None:
        self.value = ends

    async def ends(self) -> dict[int, int]:
        return dict(self.value)


ENDS = {p: 40 for p in range(6)}
COVERED = dict(ENDS)  # every partition applied up to its end


def gate(applied: FakeApplied | None, ends: dict[int, int] = ENDS) -> ConsentGate:
    return ConsentGate(CODEC, FixedClock(NOW), NotRegisteredYet(), Counters(), applied=applied,
                       log_end=FixedEnds(ends), candidate_partitions=6, wait_for_state_s=0.05)


def reasons(outputs: list[dict]) -> list[str]:
    return [o["reason"] for o in outputs if o["type"] == "ProfileShareDenied"]


@pytest.mark.parametrize("applied, ends, expected", [
    (FakeApplied(COVERED, down=True), ENDS, "state_unavailable"),  # the regression: Redis restarting
    (FakeApplied({}), ENDS, "state_lagging"),                      # nothing applied yet
    (FakeApplied({p: 39 for p in range(6)}), ENDS, "state_lagging"),  # the last record not applied
    (FakeApplied(COVERED), {}, "state_lagging"),                    # log end unknown (probe failed)
])
def test_when_candidate_state_is_not_proven_fresh_then_no_request_is_denied_unknown_candidate(
        applied: FakeApplied, ends: dict, expected: str) -> None:
    out = run(gate(applied, ends), share_request("r1", "acme", 0), share_request("r2", "acme", 1, candidate="c2"))
    assert reasons(out) == [expected, expected]


def test_when_the_state_covers_the_log_end_then_an_unregistered_candidate_is_unknown_with_no_runner_alive() -> None:
    assert candidate_partition("c1", 6) in COVERED  # a quiet partition: nobody needs to report
    out = run(gate(FakeApplied(COVERED)), share_request("r1", "acme", 0))
    assert reasons(out) == ["unknown_candidate"]


def test_when_read_your_writes_is_off_by_configuration_then_decisions_are_as_before() -> None:
    out = run(gate(None), share_request("r1", "acme", 0))
    assert reasons(out) == ["unknown_candidate"]
