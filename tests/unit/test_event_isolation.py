"""Errors as data (pure: in-memory fakes, no sockets): one bad event becomes a dead letter
with a safe reason, the rest of its batch is applied, a share request is still answered.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest

from schemas.codec import default_codec
from streams.envelope import Incoming, Outgoing
from streams.processor import Counters
from streams.processors.base import BatchOutput, Limits, ProcessorBase
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.runtime import EventRejected, failure_reason
from talentguard.clock import FixedClock
from talentguard.consent import ConsentRecord, SubjectStatus
from talentguard.errors import StateUnavailable
from streams.state.dedupe import InMemoryProcessedEvents, processed_key
from streams.state.share_registry import InMemoryShareRegistry

CODEC = default_codec()
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
NOW_MS = int(NOW.timestamp() * 1000)


def message(topic: str, fields: dict[str, Any], offset: int, timestamp_ms: int | None = NOW_MS) -> Incoming:
    event = CODEC.from_json({"occurred_at": NOW.isoformat(), **fields})
    return Incoming(topic, 0, offset, b"k", CODEC.encode(event), timestamp_ms)


def decoded(outputs: list[Outgoing], topic: str) -> list[dict]:
    return [CODEC.decode(o.value) for o in outputs if o.topic == topic]


class InMemoryAudit:
    async def append(self, entries: list) -> list[dict]:
        return []  # chaining is tested elsewhere; here only what processors decide matters


class Picky(ProcessorBase):
    """Fails on events whose id contains "bad", with a message quoting a personal value."""

    name, topic = "picky", "client-events"

    def __init__(self, state: Any, limits: Limits | None = None) -> None:
        super().__init__(CODEC, FixedClock(NOW), state, Counters(), limits=limits)
        self.applied: list[str] = []

    async def handle(self, events: list[dict], now: datetime, result: BatchOutput) -> None:
        for e in events:
            if "bad" in e["event_id"]:
                raise ValueError("cannot parse 'Ada Lovelace, +33 6 11 22 33 44'")
        self.applied.extend(e["event_id"] for e in events)
        result.processed.extend(e["event_id"] for e in events)


def contract(event_id: str, offset: int, **extra: Any) -> Incoming:
    return message("client-events", {"type": "ClientContractStarted", "event_id": event_id,
                                     "client_id": "acme", **extra}, offset)


def test_when_one_event_of_a_batch_fails_then_only_it_is_dead_lettered_without_its_values() -> None:
    state = SimpleNamespace(processed=InMemoryProcessedEvents(), audit=InMemoryAudit())
    proc = Picky(state)
    outputs = asyncio.run(proc.process([contract("e1", 0), contract("bad-2", 1), contract("e3", 2)]))
    (dead,) = decoded(outputs, "dead-letter")
    assert dead["offset"] == 1 and "ValueError" in dead["error"] and "bad-2" in dead["error"]
    assert "Ada" not in dead["error"] and "+33" not in dead["error"]
    assert proc.applied == ["e1", "e3"]
    asyncio.run(proc.on_sent())
    assert sorted(state.processed.marked) == [processed_key("picky", "ClientContractStarted", i)
                                              for i in ("bad-2", "e1", "e3")]  # a redelivery is not dead-lettered twice


def test_when_a_store_is_down_then_the_batch_fails_instead_of_dead_lettering() -> None:
    class Down(Picky):
        async def handle(self, events: list[dict], now: datetime, result: BatchOutput) -> None:
            raise StateUnavailable("Redis unavailable while testing: ConnectionError")

    proc = Down(SimpleNamespace(processed=InMemoryProcessedEvents(), audit=InMemoryAudit()))
    with pytest.raises(StateUnavailable):
        asyncio.run(proc.process([contract("e1", 0)]))
    assert proc.counters.dead_letters == 0


@pytest.mark.parametrize("occurred_at, rejected", [
    (NOW, False),
    (NOW + timedelta(minutes=4), False),                         # inside the allowed skew
    (NOW + timedelta(minutes=6), True),                          # beyond it
    (datetime(2099, 1, 1, tzinfo=timezone.utc), True),
    (datetime(9999, 12, 31, 23, 59, tzinfo=timezone.utc), True),
    (datetime(1, 1, 1, tzinfo=timezone.utc), False),             # old is not suspicious (late arrivals)
    (datetime(1969, 12, 31, tzinfo=timezone.utc), False),        # negative epoch millis
])
def test_when_occurred_at_is_ahead_of_the_broker_time_then_beyond_the_skew_it_is_dead_lettered(
        occurred_at: datetime, rejected: bool) -> None:
    proc = Picky(SimpleNamespace(processed=InMemoryProcessedEvents(), audit=InMemoryAudit()),
                 Limits(max_future_skew_s=300))
    msg = message("client-events", {"type": "ClientContractStarted", "event_id": "e1", "client_id": "acme",
                                    "occurred_at": occurred_at.isoformat()}, 0)
    outputs = asyncio.run(proc.process([msg]))
    dead = decoded(outputs, "dead-letter")
    assert bool(dead) is rejected and (proc.applied == []) is rejected
    if rejected:
        assert "occurred_at" in dead[0]["error"] and "skew" in dead[0]["error"]


def test_when_the_broker_timestamp_is_unknown_then_no_skew_check_applies() -> None:
    proc = Picky(SimpleNamespace(processed=InMemoryProcessedEvents(), audit=InMemoryAudit()))
    event = CODEC.from_json({"type": "ClientContractStarted", "event_id": "e1", "client_id": "acme",
                             "occurred_at": "2099-01-01T00:00:00Z"})
    asyncio.run(proc.process([Incoming("client-events", 0, 0, b"k", CODEC.encode(event), None)]))
    assert proc.applied == ["e1"]


def test_when_exceptions_are_described_then_only_our_own_errors_keep_their_message() -> None:
    assert failure_reason(ValueError("Ada Lovelace")) == "ValueError"
    assert failure_reason(OverflowError("date value out of range")) == "OverflowError"
    assert failure_reason(EventRejected("CvUploaded.text is empty")) == "EventRejected: CvUploaded.text is empty"


# --- the consent gate: a request that cannot be decided is still answered -------------------

class BrokenShareInputs:
    def __init__(self) -> None:
        self.processed, self.audit = InMemoryProcessedEvents(), InMemoryAudit()

    async def share_inputs(self, cids: list[str]) -> Any:
        raise IndexError("tuple index out of range")


def share_request(rid: str, offset: int) -> Incoming:
    return message("client-events", {"type": "ProfileShareRequested", "event_id": f"ev-{rid}", "request_id": rid,
                                     "client_id": "acme", "candidate_id": "cand-1"}, offset)


def test_when_a_share_request_cannot_be_decided_then_it_is_denied_audited_and_dead_lettered() -> None:
    gate = ConsentGate(CODEC, FixedClock(NOW), BrokenShareInputs(), Counters())  # type: ignore[arg-type]
    outputs = asyncio.run(gate.process([share_request("r1", 0), share_request("r2", 1)]))
    denials = decoded(outputs, "client-profiles")
    assert sorted(d["request_id"] for d in denials) == ["r1", "r2"]
    assert {d["reason"] for d in denials} == {"unprocessable_request"}
    assert len(decoded(outputs, "dead-letter")) == 2


# --- the candidate stream: poison CVs do not stop it ------------------------------------------

class InMemoryCandidateState:
    """Just enough of the stores for CVs and consents."""

    def __init__(self) -> None:
        self.processed, self.audit = InMemoryProcessedEvents(), InMemoryAudit()
        self.records: list[ConsentRecord] = []
        self.cvs: dict[str, dict] = {}
        self.consents = SimpleNamespace(record=self._record, all_for=self._all_for)
        self.shares = InMemoryShareRegistry()
        self.subjects = SimpleNamespace(store_cv=self._store_cv, view=self._view, erasure_state=self._never_erased,
                                        erasure_states=self._never_erased_many)

    async def _record(self, record: ConsentRecord) -> bool:
        self.records.append(record)
        return True

    async def _all_for(self, cid: str) -> list[ConsentRecord]:
        return [r for r in self.records if r.candidate_id == cid]

    async def _none(self, cid: str) -> list[str]:
        return []

    async def _store_cv(self, cid: str, cv: dict) -> None:
        self.cvs[cid] = cv

    async def _view(self, cid: str) -> Any:
        return SimpleNamespace(status=SubjectStatus(known=True))

    async def _never_erased(self, cid: str) -> tuple[None, bool]:
        return None, True

    async def _never_erased_many(self, cids: list[str]) -> list[tuple[None, bool]]:
        return [(None, True) for _ in cids]


async def spacy_like_sanitise(text: str, language: str | None) -> Any:
    if len(text) > 50:
        raise ValueError(f"[E088] Text of length {len(text)} exceeds maximum: {text[:20]}")
    return SimpleNamespace(text=text.upper(), language="en", redaction_counts=lambda: {})


def cv(cid: str, text: str, offset: int) -> Incoming:
    return message("candidate-events", {"type": "CvUploaded", "event_id": f"cv-{offset}", "candidate_id": cid,
                                        "cv_id": f"cv-{offset}", "text": text, "language": "en"}, offset)


def grant(cid: str, offset: int) -> Incoming:
    return message("candidate-events", {"type": "ConsentGranted", "event_id": f"grant-{offset}", "candidate_id": cid,
                                        "purpose": "cv_library"}, offset)


@pytest.mark.parametrize("text, why", [
    ("   \n\t ", "empty"),                                   # whitespace only
    ("x" * 200, "more than the 100 allowed"),                # over the configured maximum
    ("Ada Lovelace " * 5, "ValueError"),                     # the library refuses it (spaCy E088 style)
])
def test_when_a_cv_is_poison_then_it_is_dead_lettered_and_later_events_are_applied(text: str, why: str) -> None:
    state = InMemoryCandidateState()
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(),  # type: ignore[arg-type]
                              limits=Limits(max_cv_chars=100), sanitise=spacy_like_sanitise)
    async def scenario() -> list[Outgoing]:
        outputs = await proc.process([cv("c1", text, 0), grant("c1", 1), cv("c1", "Data engineer", 2)])
        return outputs + await proc.settle()  # the CVs' background work, as a runner settles it

    outputs = asyncio.run(scenario())
    (dead,) = decoded(outputs, "dead-letter")
    assert dead["offset"] == 0 and why in dead["error"] and "Ada" not in dead["error"]
    assert [r.event_id for r in state.records] == ["grant-1"]
    assert state.cvs["c1"]["text"] == "DATA ENGINEER"


# --- heavy work in the background: a slow CV holds back nothing but its own commit --------

class SlowSanitiser:
    """Sanitises when told to (``release``), recording the order of calls."""

    def __init__(self) -> None:
        self.gates: dict[str, asyncio.Event] = {}

    def release(self, text: str) -> None:
        self.gates.setdefault(text, asyncio.Event()).set()

    async def __call__(self, text: str, language: str | None) -> Any:
        await self.gates.setdefault(text, asyncio.Event()).wait()
        return SimpleNamespace(text=f"clean {text}", language="en", redaction_counts=lambda: {})


def withdraw(cid: str, offset: int) -> Incoming:
    return message("candidate-events", {"type": "ConsentWithdrawn", "event_id": f"withdraw-{offset}",
                                        "candidate_id": cid, "purpose": "cv_library"}, offset)


def test_when_a_cv_is_slow_then_a_later_withdrawal_is_applied_before_the_cv_is_stored() -> None:
    state, slow = InMemoryCandidateState(), SlowSanitiser()
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(), sanitise=slow)  # type: ignore[arg-type]

    async def scenario() -> None:
        await proc.process([grant("c1", 0), cv("c1", "huge", 1)])
        await proc.process([withdraw("c1", 2)])          # the next batch goes on at once
        assert [r.granted for r in state.records] == [True, False] and "c1" not in state.cvs
        assert state.processed.marked == []              # nothing marked before the CV is stored
        settling = asyncio.ensure_future(proc.settle())
        await asyncio.sleep(0.01)
        assert not settling.done()                       # the first batch waits for its CV
        slow.release("huge")
        await settling
        await proc.on_sent()
        assert state.cvs["c1"]["text"] == "clean huge"
        assert sorted(state.processed.marked) == [processed_key("candidate-events", "ConsentGranted", "grant-0"),
                                                  processed_key("candidate-events", "CvUploaded", "cv-1")]

    asyncio.run(scenario())


def test_when_a_candidate_uploads_two_cvs_then_the_later_one_is_stored_last_even_if_sanitised_first() -> None:
    state, slow = InMemoryCandidateState(), SlowSanitiser()
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(), sanitise=slow)  # type: ignore[arg-type]

    async def scenario() -> None:
        await proc.process([cv("c1", "first", 0), cv("c1", "second", 1)])
        slow.release("second")
        await asyncio.sleep(0.01)
        assert "c1" not in state.cvs                     # the second waits for the first
        slow.release("first")
        await proc.settle()
        assert state.cvs["c1"]["text"] == "clean second"

    asyncio.run(scenario())


def test_when_more_cvs_than_the_bound_are_pending_then_the_stream_waits_for_room() -> None:
    state, slow = InMemoryCandidateState(), SlowSanitiser()
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(), sanitise=slow,  # type: ignore[arg-type]
                              max_pending_cvs=2)

    async def scenario() -> None:
        await proc.process([cv("a", "a", 0), cv("b", "b", 1)])
        third = asyncio.ensure_future(proc.process([cv("c", "c", 2)]))
        await asyncio.sleep(0.01)
        assert not third.done() and proc.cv_jobs.pending == 2
        slow.release("a")
        await asyncio.wait_for(third, 5)
        for name in "bc":
            slow.release(name)
        await proc.settle()
        await proc.settle()
        assert sorted(state.cvs) == ["a", "b", "c"]

    asyncio.run(scenario())


def test_when_batches_complete_out_of_order_then_their_ordered_steps_still_run_in_order() -> None:
    from streams.runtime import OrderedCompletions

    async def scenario() -> list[int]:
        done: list[int] = []
        gates = [asyncio.Event() for _ in range(3)]
        completions = OrderedCompletions(max_in_flight=8)
        for i in range(3):
            async def own(i: int = i) -> None:
                await gates[i].wait()

            async def ordered(i: int = i) -> None:
                done.append(i)

            await completions.add(own, ordered)
        gates[2].set()
        gates[1].set()
        await asyncio.sleep(0.01)
        assert done == [] and not completions.empty  # batch 0 still waits: nothing after it finishes
        gates[0].set()
        await completions.drain()
        return done

    assert asyncio.run(scenario()) == [0, 1, 2]
