"""One outcome per share request across a crash (pure: in-memory fakes, no sockets).

Regression (issue 10, full fault campaign): a worker killed -9 after a decision's outputs
were acknowledged but before the request was marked processed got the request again, and
the gate decided it again on changed consent: two different outcomes for one request. The
first final decision is now claimed (``ShareRegistry.settle_decisions``) before its
outputs are sent, and a redelivery gets the claimed one back. A restarted worker is a new
``ConsentGate`` on the same state whose previous batch was never ``on_sent``.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from streams.processor import Counters
from streams.processors.consent_gate import ConsentGate
from talentguard.clock import FixedClock
from talentguard.consent import ConsentRecord, SubjectStatus
from tests.unit.test_consent_gate_poison import CODEC, GOOD, NOW, GateState, decoded, share_request
from tests.unit.test_consent_gate_unknown import COVERED, ENDS, FakeApplied, FixedEnds


class ConsentState(GateState):
    """c1 is registered; ``granted`` says whether c1 consents to the CV library."""

    def __init__(self, granted: bool) -> None:
        super().__init__(GOOD)
        self.granted = granted

    async def share_inputs(self, cids: list[str]) -> tuple[list, list]:
        consents = [[ConsentRecord(cid, "cv_library", None, self.granted, NOW, "g1")] for cid in cids]
        views = [SimpleNamespace(status=SubjectStatus(known=True), profile=GOOD, cv=None) for _ in cids]
        return consents, views


def crash_after_ack(state: ConsentState, *msgs, applied: FakeApplied | None = None) -> list[dict]:
    """A worker processes the batch, its outputs are acknowledged, and it dies before
    ``on_sent`` marks the batch processed."""
    gate = ConsentGate(CODEC, FixedClock(NOW), state, Counters(), applied=applied,  # type: ignore[arg-type]
                       log_end=FixedEnds(ENDS), candidate_partitions=6, wait_for_state_s=0.02)
    return decoded(asyncio.run(gate.process(list(msgs))))


def answers(outputs: list[dict]) -> list[tuple[str, str, str]]:
    return [(o["type"], o.get("reason") or "shared", o["event_id"]) for o in outputs if o["type"] != "AuditRecord"]


def test_when_a_denied_request_is_redelivered_after_consent_was_granted_then_the_same_denial_is_sent_again() -> None:
    state = ConsentState(granted=False)
    first = crash_after_ack(state, share_request("r1", "acme", 0))
    state.granted = True  # consent changes between the acknowledgement and the redelivery
    again = crash_after_ack(state, share_request("r1", "acme", 0))
    assert answers(first) == [("ProfileShareDenied", "consent_withdrawn", "ProfileShareDenied:ev-r1:acme")]
    assert answers(again) == answers(first)  # same outcome, same event id
    assert state.shares.held.get("c1", {}) == {}  # and nothing recorded as shared


def test_when_a_shared_request_is_redelivered_unchanged_then_the_same_share_and_notice_are_sent_again() -> None:
    state = ConsentState(granted=True)
    first = crash_after_ack(state, share_request("r1", "acme", 0))
    again = crash_after_ack(state, share_request("r1", "acme", 0))
    assert sorted(answers(first)) == [("FirstShareNotice", "shared", "FirstShareNotice:ev-r1:acme"),
                                      ("ProfileShared", "shared", "ProfileShared:ev-r1:acme")]
    assert sorted(answers(again)) == sorted(answers(first))


def test_when_a_shared_request_is_redelivered_after_a_withdrawal_then_no_denial_and_no_copy_are_sent() -> None:
    state = ConsentState(granted=True)
    crash_after_ack(state, share_request("r1", "acme", 0))
    state.granted = False  # withdrawn meanwhile (the candidate processor revokes the copy)
    again = crash_after_ack(state, share_request("r1", "acme", 0))
    assert answers(again) == []  # not a second outcome, and consent wins over re-sending the copy
    assert state.shares.claims == {"consent-gate|ProfileShareRequested|ev-r1": "shared"}


def test_when_a_request_is_denied_state_lagging_then_nothing_is_claimed_and_a_redelivery_decides_it() -> None:
    state = ConsentState(granted=True)
    lagging = crash_after_ack(state, share_request("r1", "acme", 0), applied=FakeApplied({}))
    assert answers(lagging) == [("ProfileShareDenied", "state_lagging", "ProfileShareDenied:ev-r1:acme")]
    assert state.shares.claims == {}
    again = crash_after_ack(state, share_request("r1", "acme", 0), applied=FakeApplied(COVERED))
    assert sorted(t for t, _, _ in answers(again)) == ["FirstShareNotice", "ProfileShared"]


def test_when_redis_is_down_then_the_state_unavailable_denial_is_not_claimed() -> None:
    state = ConsentState(granted=False)
    state.shares.down = True
    out = crash_after_ack(state, share_request("r1", "acme", 0))
    assert [r for _, r, _ in answers(out)] == ["state_unavailable"]
    state.shares.down, state.granted = False, True
    again = crash_after_ack(state, share_request("r1", "acme", 0))
    assert sorted(t for t, _, _ in answers(again)) == ["FirstShareNotice", "ProfileShared"]


def test_when_a_claimed_request_is_redelivered_as_lagging_then_its_claimed_denial_is_sent_not_state_lagging() -> None:
    state = ConsentState(granted=False)
    crash_after_ack(state, share_request("r1", "acme", 0))
    again = crash_after_ack(state, share_request("r1", "acme", 0), applied=FakeApplied({}))
    assert [r for _, r, _ in answers(again)] == ["consent_withdrawn"]


def test_when_a_claimed_share_is_redelivered_on_lagging_state_then_it_is_answered_retryable_not_left_unanswered() -> None:
    # the copy's first sending may have died with the worker; the lagging state cannot rebuild
    # it: "retry" (never final, never claimed), not silence (CI campaign: 1 of 240 unanswered)
    state = ConsentState(granted=True)
    crash_after_ack(state, share_request("r1", "acme", 0))
    again = crash_after_ack(state, share_request("r1", "acme", 0), applied=FakeApplied({}))
    assert [r for _, r, _ in answers(again)] == ["state_lagging"]
    assert state.shares.claims == {"consent-gate|ProfileShareRequested|ev-r1": "shared"}
