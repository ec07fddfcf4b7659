"""``unknown_candidate`` is final, so the gate answers it only on candidate state a
reporting runner vouches is fresh (pure: in-memory fakes, no sockets).

Regression (fault campaign, seed 7): right after a Redis restart the watermark read
failed, the gate let the batch through "because the state read fails closed anyway", the
state read then succeeded on the restarted Redis before the candidate stream had applied
the registration, and a registered candidate was denied ``unknown_candidate``. The same
blind decision happened whenever the candidate runner had not reported for 30 s.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from streams.processor import Counters
from streams.processors.consent_gate import ConsentGate
from streams.state.watermarks import candidate_partition
from talentguard.clock import FixedClock
from talentguard.consent import SubjectStatus
from talentguard.errors import StateUnavailable
from tests.unit.test_consent_gate_poison import CODEC, NOW, NOW_MS, GateState, run, share_request


class NotRegisteredYet(GateState):
    """Redis answers, but the candidate stream has not applied the registration yet."""

    def __init__(self) -> None:
        super().__init__({})

    async def share_inputs(self, cids: list[str]) -> tuple[list, list]:
        return [[] for _ in cids], [SimpleNamespace(status=SubjectStatus(known=False), profile={}, cv=None)
                                    for _ in cids]


class FakeWatermarks:
    """``marks``/``heartbeat_age_ms`` as ``AppliedWatermarks.read`` returns them; ``down``:
    the read fails as on a Redis that is stopped or restarting."""

    def __init__(self, marks: dict[int, int], heartbeat_age_ms: int | None = 0, down: bool = False) -> None:
        self.marks, self.age, self.down = marks, heartbeat_age_ms, down

    async def read(self) -> tuple[dict[int, int], int | None]:
        if self.down:
            raise StateUnavailable("Redis unavailable while reading applied watermarks: ConnectionError")
        return dict(self.marks), None if self.age is None else int(time.time() * 1000) - self.age


COVERED = {p: NOW_MS + 1 for p in range(6)}  # every partition applied past the request


def gate(watermarks: FakeWatermarks | None) -> ConsentGate:
    return ConsentGate(CODEC, FixedClock(NOW), NotRegisteredYet(), Counters(), watermarks=watermarks,
                       candidate_partitions=6, wait_for_state_s=0.05)


def reasons(outputs: list[dict]) -> list[str]:
    return [o["reason"] for o in outputs if o["type"] == "ProfileShareDenied"]


@pytest.mark.parametrize("watermarks, expected", [
    (FakeWatermarks(COVERED, down=True), "state_unavailable"),       # the regression: Redis restarting
    (FakeWatermarks(COVERED, heartbeat_age_ms=None), "state_lagging"),  # no runner ever reported
    (FakeWatermarks(COVERED, heartbeat_age_ms=60_000), "state_lagging"),  # candidate runner stalled
    (FakeWatermarks({}), "state_lagging"),                             # partition behind the request
])
def test_when_freshness_of_candidate_state_is_not_vouched_then_no_request_is_denied_unknown_candidate(
        watermarks: FakeWatermarks, expected: str) -> None:
    out = run(gate(watermarks), share_request("r1", "acme", 0), share_request("r2", "acme", 1, candidate="c2"))
    assert reasons(out) == [expected, expected]


def test_when_a_reporting_runner_vouches_for_the_state_then_an_unregistered_candidate_is_unknown() -> None:
    assert candidate_partition("c1", 6) in COVERED
    out = run(gate(FakeWatermarks(COVERED)), share_request("r1", "acme", 0))
    assert reasons(out) == ["unknown_candidate"]


def test_when_read_your_writes_is_off_by_configuration_then_decisions_are_as_before() -> None:
    out = run(gate(None), share_request("r1", "acme", 0))
    assert reasons(out) == ["unknown_candidate"]
