"""Subject requests are named by (subject, request id) on the real Redis: a request id reused
by another person neither hides, answers nor leaks their request."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import redis
from dateutil.relativedelta import relativedelta

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.state.bundle import open_state
from streams.state.subject_requests import AmbiguousRequestId, SubjectRequestStore
from talentguard.clock import FixedClock
from talentguard.subject_requests import open_request

CODEC = default_codec()
NOW = datetime.now(timezone.utc).replace(microsecond=0)
TEST_TIMEOUT_S = 10.0


def message(offset: int, **fields: Any) -> Incoming:
    event = CODEC.from_json({"event_id": f"e{offset}-{fields['type']}", "occurred_at": NOW.isoformat(), **fields})
    return Incoming("candidate-events", 0, offset, fields["candidate_id"].encode(), CODEC.encode(event),
                    int(NOW.timestamp() * 1000))


async def run(prefix: str, redis_url: str, steps: list[dict[str, Any]]) -> tuple[list[list[dict]], Any, Any]:
    """Each step is one batch; returns the decoded outputs per batch, the state and store (open)."""
    state = open_state(redis_url, prefix, timeout_s=TEST_TIMEOUT_S)
    store = SubjectRequestStore(state.client, state.keys, os.urandom(32))
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters(), requests=store,
                              pseudonym=lambda cid: "s_" + cid)
    outputs = []
    for offset, fields in enumerate(steps):
        out = await proc.process([message(offset, **fields)])
        await proc.on_sent()
        outputs.append([CODEC.decode(o.value) for o in out if o.value])
    return outputs, state, store


def registered(cid: str) -> dict[str, Any]:
    return {"type": "CandidateRegistered", "candidate_id": cid, "email": f"{cid}@example.org",
            "first_name": cid.title(), "last_name": "Doe", "locale": "en"}


def request(cid: str, rid: str, right: str) -> dict[str, Any]:
    return {"type": "SubjectRequestSubmitted", "candidate_id": cid, "request_id": rid, "right": right}


def test_when_another_person_reuses_a_request_id_then_their_erasure_is_answered_and_listed(
        redis_url: str, state_prefix: str) -> None:
    async def scenario() -> None:
        outputs, state, store = await run(state_prefix, redis_url, [
            registered("alice"), registered("bob"), request("alice", "1", "access"), request("bob", "1", "erasure")])
        try:
            bob = [e for e in outputs[3] if e["type"] == "SubjectRequestCompleted"]
            assert [(e["candidate_id"], e["right"], e["outcome"]) for e in bob] == [("bob", "erasure", "completed")]
            assert (await state.subjects.view("bob")).status.erased
            assert not (await state.subjects.view("alice")).status.erased
            listed = sorted((r.subject, r.request_id, r.right, r.status) for r in await store.all())
            assert listed == [("s_alice", "1", "access", "completed"), ("s_bob", "1", "erasure", "completed")]
            assert json.loads(await store.read_export("1"))["candidate_id"] == "alice"  # Bob's has none
        finally:
            await state.close()
    asyncio.run(scenario())


def test_when_two_people_share_a_request_id_then_an_export_needs_the_subject_and_never_mixes_them(
        redis_url: str, state_prefix: str) -> None:
    async def scenario() -> None:
        _, state, store = await run(state_prefix, redis_url, [
            registered("alice"), registered("bob"), request("alice", "7", "access"), request("bob", "7", "portability")])
        try:
            with pytest.raises(AmbiguousRequestId) as info:
                await store.read_export("7")
            assert "--subject" in str(info.value) and "alice" not in str(info.value)
            assert json.loads(await store.read_export("7", "s_alice"))["candidate_id"] == "alice"
            assert json.loads(await store.read_export("7", "s_bob"))["candidate_id"] == "bob"
            await store.erase_exports("s_bob")
            assert await store.read_export("7", "s_bob") is None
            assert json.loads(await store.read_export("7", "s_alice"))["right"] == "access"
        finally:
            await state.close()
    asyncio.run(scenario())


def test_when_a_request_was_recorded_under_its_bare_id_then_it_is_found_for_its_subject_and_moved_on_save(
        redis_url: str, state_prefix: str) -> None:
    old = open_request("legacy-1", "s_alice", "erasure", NOW - timedelta(days=40), relativedelta(months=1))
    client = redis.Redis.from_url(redis_url)
    client.hset(f"{state_prefix}:requests", old.request_id, old.to_json())   # as the previous version wrote it
    client.zadd(f"{state_prefix}:requests-due", {old.request_id: int(old.due_at.timestamp() * 1000)})

    async def scenario() -> None:
        state = open_state(redis_url, state_prefix, timeout_s=TEST_TIMEOUT_S)
        store = SubjectRequestStore(state.client, state.keys, os.urandom(32))
        try:
            assert await store.get("legacy-1", "s_bob") is None       # someone else's id: not theirs
            found = await store.get("legacy-1", "s_alice")
            assert found == old and await store.overdue_count(NOW) == 1
            await store.save(found)
            assert client.hkeys(f"{state_prefix}:requests") == [b"s_alice:legacy-1"]
            assert client.zrange(f"{state_prefix}:requests-due", 0, -1) == [b"s_alice:legacy-1"]
            assert await store.overdue_count(NOW) == 1 and await store.get("legacy-1", "s_alice") == old
        finally:
            await state.close()
    asyncio.run(scenario())
