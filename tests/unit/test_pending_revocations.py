"""Revocations survive a crash before their acknowledgement (pure: in-memory fakes).

Regression (issue 10): a worker killed -9 after a withdrawal removed the registry entries
but before the ProfileRevoked records were acknowledged lost them: the redelivered
withdrawal was a ledger no-op and the registry was empty, so nothing was re-sent (an
erasure's redelivery was even dropped as "after the erasure"). The clients owed a
revocation are now recorded with the registry removal and cleared only once acked. A
restarted worker is a new ``CandidateProcessor`` on the same state.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from schemas import catalogue as cat
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.state.dedupe import InMemoryProcessedEvents
from streams.state.redis_client import KeySpace
from streams.state.share_registry import InMemoryShareRegistry
from talentguard.clock import FixedClock
from talentguard.consent import ConsentRecord, SubjectStatus
from tests.unit.test_consent_gate_poison import CODEC, NOW, NOW_MS, InMemoryAudit


class CandidateState:
    """c1 consented to the CV library and acme and beta hold a copy."""

    def __init__(self) -> None:
        self.processed, self.audit, self.shares = InMemoryProcessedEvents(), InMemoryAudit(), InMemoryShareRegistry()
        self.shares.held["c1"] = {"acme": "cv_library:*", "beta": "cv_library:*"}
        self.records: dict[str, ConsentRecord] = {"g": ConsentRecord("c1", "cv_library", None, True, NOW, "g")}
        self.erased_at: datetime | None = None
        self.keys = KeySpace("t", namer=lambda cid: f"s_{cid}")
        self.consents = SimpleNamespace(record=self._record, all_for=self._all_for)
        self.subjects = SimpleNamespace(view=self._view, erasure_state=self._erasure,
                                        erasure_states=self._erasures)

    async def _record(self, record: ConsentRecord) -> bool:
        applied = record.event_id not in self.records  # a redelivery is a no-op in the ledger
        self.records[record.event_id] = record
        return applied

    async def _all_for(self, cid: str) -> list[ConsentRecord]:
        return list(self.records.values())[-1:]

    async def _view(self, cid: str) -> Any:
        return SimpleNamespace(status=SubjectStatus(known=True), profile={}, cv=None)

    async def _erasure(self, cid: str) -> tuple[datetime | None, bool]:
        return self.erased_at, False

    async def _erasures(self, cids: list[str]) -> list[tuple[datetime | None, bool]]:
        return [(self.erased_at, False) for _ in cids]


def message(event: dict[str, Any], offset: int = 0) -> Incoming:
    full = CODEC.from_json({"event_id": "w1", "occurred_at": NOW.isoformat(), "candidate_id": "c1", **event})
    return Incoming(cat.CANDIDATE_EVENTS, 0, offset, b"c1", CODEC.encode(full), NOW_MS)


WITHDRAWAL = {"type": "ConsentWithdrawn", "purpose": "cv_library"}


def deliver(state: CandidateState, msg: Incoming, acked: bool) -> list[dict]:
    """A (new) worker processes ``msg``; ``acked``: its outputs are acknowledged (on_sent),
    else it is killed -9 right before that."""
    async def go() -> list[dict]:
        proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters())  # type: ignore[arg-type]
        out = await proc.process([msg])
        if acked:
            await proc.on_sent()
        return [CODEC.decode(o.value) if o.value else {"type": "tombstone", "topic": o.topic} for o in out]
    return asyncio.run(go())


def revoked(outputs: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((o["client_id"], o["reason"], o["event_id"]) for o in outputs if o["type"] == "ProfileRevoked")


EXPECTED = [("acme", "consent_withdrawn", "ProfileRevoked:w1:acme"),
            ("beta", "consent_withdrawn", "ProfileRevoked:w1:beta")]


def test_when_the_worker_dies_before_the_revocations_are_acked_then_the_redelivery_sends_them_again() -> None:
    state = CandidateState()
    first = deliver(state, message(WITHDRAWAL), acked=False)
    assert revoked(first) == EXPECTED and state.shares.held["c1"] == {}
    again = deliver(state, message(WITHDRAWAL), acked=False)  # ledger no-op, registry empty
    assert revoked(again) == EXPECTED  # same clients, same reason, same event ids


def test_when_the_revocations_are_acked_then_the_pending_record_is_cleared() -> None:
    state = CandidateState()
    deliver(state, message(WITHDRAWAL), acked=False)
    assert state.shares.revoking == {"candidate-events|ConsentWithdrawn|w1": {"acme": "consent_withdrawn",
                                                                              "beta": "consent_withdrawn"}}
    deliver(state, message(WITHDRAWAL), acked=True)
    assert state.shares.revoking == {}
    state.processed.batches.clear()  # even a redelivery the dedupe forgot re-sends nothing now
    assert revoked(deliver(state, message(WITHDRAWAL), acked=True)) == []


def test_when_an_erasure_is_redelivered_after_the_subject_is_erased_then_its_revocations_and_tombstones_are_sent(
) -> None:
    state = CandidateState()
    erasure = {"type": "SubjectRequestSubmitted", "event_id": "e1", "request_id": "req-1", "right": "erasure"}
    # what the first delivery left behind before the kill: registry emptied, revocations owed, subject erased
    asyncio.run(state.shares.revoke("c1", ["acme", "beta"], "erasure", "candidate-events|SubjectRequestSubmitted|e1"))
    state.erased_at = NOW
    out = deliver(state, message(erasure), acked=True)
    assert revoked(out) == [("acme", "erasure", "ProfileRevoked:e1:acme"),
                            ("beta", "erasure", "ProfileRevoked:e1:beta")]
    first_revocation = next(i for i, o in enumerate(out) if o["type"] == "ProfileRevoked")
    tombstones = [i for i, o in enumerate(out) if o.get("topic") == cat.CLIENT_PROFILES]
    assert len(tombstones) == 2 and min(tombstones) > first_revocation  # compaction deletes the revocations too
    assert state.shares.revoking == {}
