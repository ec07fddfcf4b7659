"""The consent gate records a share only once its output exists (pure: in-memory fakes).

A share request whose ProfileShared cannot be encoded is denied and dead-lettered; it must
leave no trace in the share registry nor claim the first-share notice, else a later
rectification re-sends the profile to a denied client and the real first share gets no
FirstShareNotice.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

from schemas.codec import default_codec
from streams.envelope import Incoming, Outgoing
from streams.processor import Counters
from streams.processors.consent_gate import ConsentGate
from talentguard.clock import FixedClock
from talentguard.consent import ConsentRecord, SubjectStatus
from streams.state.dedupe import InMemoryProcessedEvents
from streams.state.share_registry import InMemoryShareRegistry

CODEC = default_codec()
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
NOW_MS = int(NOW.timestamp() * 1000)
GOOD = {"job_title": None, "years_experience": 10, "skills": None, "city": "Lyon"}
POISON = {**GOOD, "years_experience": "ten"}  # what an unchecked rectification used to store


class InMemoryAudit:
    async def append(self, entries: list) -> list[dict]:
        return []


class GateState:
    """Every candidate consented to sharing; ``profile`` is c1's, ``others`` the rest's."""

    def __init__(self, profile: dict[str, Any], others: dict[str, Any] = GOOD) -> None:
        self.processed, self.audit, self.shares = InMemoryProcessedEvents(), InMemoryAudit(), InMemoryShareRegistry()
        self.profile, self.others = profile, others

    async def share_inputs(self, cids: list[str]) -> tuple[list, list]:
        consents = [[ConsentRecord(cid, "share_with_client", None, True, NOW, "g1")] for cid in cids]
        views = [SimpleNamespace(status=SubjectStatus(known=True), profile=self.profile if cid == "c1" else self.others,
                                 cv=None) for cid in cids]
        return consents, views


def share_request(rid: str, client: str, offset: int, candidate: str = "c1") -> Incoming:
    event = CODEC.from_json({"type": "ProfileShareRequested", "event_id": f"ev-{rid}", "request_id": rid,
                             "client_id": client, "candidate_id": candidate, "occurred_at": NOW.isoformat()})
    return Incoming("client-events", 0, offset, b"k", CODEC.encode(event), NOW_MS)


def decoded(outputs: list[Outgoing]) -> list[dict]:
    return [CODEC.decode(o.value) for o in outputs if o.value]


def run(gate: ConsentGate, *msgs: Incoming) -> list[dict]:
    async def go() -> list[dict]:
        out = await gate.process(list(msgs))
        await gate.on_sent()
        return decoded(out)
    return asyncio.run(go())


def test_when_a_profile_cannot_be_encoded_then_the_denied_share_is_not_recorded_and_the_notice_is_not_claimed() -> None:
    state = GateState(POISON)
    gate = ConsentGate(CODEC, FixedClock(NOW), state, Counters())  # type: ignore[arg-type]
    first = run(gate, share_request("r0", "client0", 0), share_request("r1", "client1", 1))
    assert sorted(e["type"] for e in first) == ["DeadLetter", "DeadLetter", "ProfileShareDenied", "ProfileShareDenied"]
    assert state.shares.held.get("c1", {}) == {} and state.shares.noticed.get("c1", {}) == {}

    state.profile = GOOD  # the profile is repaired: the real first share gets its notice
    second = run(gate, share_request("r2", "client0", 2))
    assert sorted(e["type"] for e in second) == ["FirstShareNotice", "ProfileShared"]
    assert state.shares.held["c1"] == {"client0": "share_with_client:*"}


def test_when_one_request_of_a_batch_is_poison_then_the_others_are_shared_and_recorded() -> None:
    state = GateState(POISON, others=GOOD)
    gate = ConsentGate(CODEC, FixedClock(NOW), state, Counters())  # type: ignore[arg-type]
    out = run(gate, share_request("r0", "client0", 0, "c1"), share_request("r1", "client1", 1, "c2"))
    assert sorted((e["type"], e.get("candidate_id")) for e in out if e["type"] != "DeadLetter") == [
        ("FirstShareNotice", "c2"), ("ProfileShareDenied", "c1"), ("ProfileShared", "c2")]
    assert state.shares.held == {"c2": {"client1": "share_with_client:*"}}
    assert "c1" not in state.shares.noticed
