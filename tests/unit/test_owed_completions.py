"""A subject request's completion survives a crash before its acknowledgement (pure: fakes).

Regression (issue 10): the request was saved final in Redis before its
SubjectRequestCompleted was acknowledged; a worker killed -9 in between had the request
redelivered, found it final and sent nothing, so the completion was lost. The completion
is now recorded as owed in the same step as the final record, re-sent (same event id) by a
redelivery, and forgotten once acknowledged. A restarted worker is a new
``CandidateProcessor`` on the same state.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.state.subject_requests import InMemorySubjectRequestStore
from talentguard.clock import FixedClock
from talentguard.consent import SubjectStatus
from tests.unit.test_consent_gate_poison import CODEC, NOW
from tests.unit.test_pending_revocations import CandidateState, message

ACCESS = {"type": "SubjectRequestSubmitted", "event_id": "a1", "request_id": "req-1", "right": "access"}
CAUSE = "candidate-events|SubjectRequestSubmitted|a1"


def deliver(state: CandidateState, store: InMemorySubjectRequestStore, event: dict[str, Any],
            acked: bool) -> list[dict]:
    """A (new) worker processes ``event``; ``acked``: its outputs are acknowledged (on_sent),
    else it is killed -9 right after the acknowledgement, before that."""
    async def go() -> list[dict]:
        proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(), requests=store)  # type: ignore[arg-type]
        out = await proc.process([message(event)])
        if acked:
            await proc.on_sent()
        return [CODEC.decode(o.value) for o in out if o.value]
    return asyncio.run(go())


def completions(outputs: list[dict]) -> list[tuple]:
    return [(o["event_id"], o["request_id"], o["right"], o["outcome"], o["export"], o["export_available_until"],
             o["due_at"]) for o in outputs if o["type"] == "SubjectRequestCompleted"]


def test_when_the_worker_dies_before_the_completion_is_marked_then_the_redelivery_sends_the_same_completion(
) -> None:
    state, store = CandidateState(), InMemorySubjectRequestStore()
    first = completions(deliver(state, store, ACCESS, acked=False))
    assert [c[:5] for c in first] == [("SubjectRequestCompleted:a1:", "req-1", "access", "completed", None)]
    assert first[0][5] is not None  # the export's expiry; the export itself stays in the store
    assert store.records["c1:req-1"].final and CAUSE in store.owing
    again = completions(deliver(state, store, ACCESS, acked=True))  # the request is final already
    assert again == first  # same event id, same fields (export expiry and deadline included)
    assert list(store.exports) == ["c1:req-1"] and store.owing == {}


def test_when_the_completion_was_acked_and_marked_then_a_duplicate_sends_nothing() -> None:
    state, store = CandidateState(), InMemorySubjectRequestStore()
    assert len(completions(deliver(state, store, ACCESS, acked=True))) == 1
    assert store.owing == {}
    assert deliver(state, store, ACCESS, acked=True) == []  # deduplicated by the processed mark
    state.processed.batches.clear()  # even a redelivery the dedupe forgot sends nothing now
    assert completions(deliver(state, store, ACCESS, acked=True)) == []


def test_when_an_erasure_is_redelivered_after_the_kill_then_its_completion_follows_the_revocations() -> None:
    state, store = CandidateState(), InMemorySubjectRequestStore()
    erasure = {**ACCESS, "event_id": "e1", "right": "erasure"}
    state.erase_subject = lambda cid, now: _erase(state, now)  # type: ignore[attr-defined]
    first = deliver(state, store, erasure, acked=False)
    again = deliver(state, store, erasure, acked=True)  # subject erased now: the request itself is dropped
    assert completions(again) == completions(first) and len(completions(again)) == 1
    kinds = [o["type"] for o in again]
    assert kinds.index("SubjectRequestCompleted") > max(i for i, k in enumerate(kinds) if k == "ProfileRevoked")
    assert store.owing == {} and state.shares.revoking == {}


async def _erase(state: CandidateState, now: Any) -> None:
    state.erased_at = now


RECTIFY = {**ACCESS, "event_id": "r1", "request_id": "req-2", "right": "rectification",
           "details": '{"years_experience": 10}'}
RECTIFY_CAUSE = "candidate-events|SubjectRequestSubmitted|r1"


def rectifiable() -> CandidateState:
    """c1 as ``CandidateState`` (acme and beta hold a copy), with a profile a rectification corrects."""
    state = CandidateState()
    profile: dict[str, Any] = {"years_experience": 3}

    async def merge_profile(cid: str, fields: dict[str, Any]) -> dict[str, Any]:
        profile.update({k: v for k, v in fields.items() if v is not None})
        return profile

    async def view(cid: str) -> Any:
        return SimpleNamespace(status=SubjectStatus(known=True), profile=dict(profile), cv=None)

    state.subjects.merge_profile, state.subjects.view = merge_profile, view
    return state


def copies(outputs: list[dict]) -> list[tuple]:
    return [(o["event_id"], o["client_id"], o["update_reason"], o["profile"]["years_experience"])
            for o in outputs if o["type"] == "ProfileShared"]


def test_when_the_worker_dies_before_a_rectification_is_marked_then_the_redelivery_resends_the_corrected_copies(
) -> None:
    state, store = rectifiable(), InMemorySubjectRequestStore()
    first = deliver(state, store, RECTIFY, acked=False)
    sent = [("ProfileShared:r1:acme", "acme", "rectification", 10), ("ProfileShared:r1:beta", "beta", "rectification", 10)]
    assert copies(first) == sent and completions(first)[0][3] == "completed: 2 client cop(ies) updated"
    assert store.owing[RECTIFY_CAUSE]["reshared"] == ["acme", "beta"]  # client ids only, no profile data
    assert set(store.owing[RECTIFY_CAUSE]) == {"request_id", "right", "outcome", "due_at",
                                               "export_available_until", "reshared"}
    again = deliver(state, store, RECTIFY, acked=True)  # the request is final already
    assert copies(again) == sent  # same clients, same event ids, the corrected profile
    assert completions(again) == completions(first)
    kinds = [o["type"] for o in again]
    assert kinds.index("SubjectRequestCompleted") > max(i for i, k in enumerate(kinds) if k == "ProfileShared")
    assert store.owing == {}


def test_when_a_client_lost_its_copy_before_the_redelivery_then_only_the_others_get_the_correction_again() -> None:
    state, store = rectifiable(), InMemorySubjectRequestStore()
    deliver(state, store, RECTIFY, acked=False)
    del state.shares.held["c1"]["beta"]  # e.g. revoked by a later event applied before the kill
    again = deliver(state, store, RECTIFY, acked=True)
    assert [c[1] for c in copies(again)] == ["acme"] and len(completions(again)) == 1


def test_when_a_rectification_was_acked_and_marked_then_a_duplicate_resends_nothing() -> None:
    state, store = rectifiable(), InMemorySubjectRequestStore()
    assert len(copies(deliver(state, store, RECTIFY, acked=True))) == 2
    assert store.owing == {}
    assert deliver(state, store, RECTIFY, acked=True) == []  # deduplicated by the processed mark
    state.processed.batches.clear()  # a redelivery the dedupe forgot: the request is final, nothing owed
    again = deliver(state, store, RECTIFY, acked=True)
    assert copies(again) == [] and completions(again) == []
