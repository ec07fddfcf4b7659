"""kill -9 between a batch's acknowledgement and its processed mark, on real parts (issue 10).

A real worker runs with ``TALENTGUARD_FAULT_INJECTION=kill-before-mark:EVENT_ID``: it
SIGKILLs itself once the outputs of the batch holding that event are acknowledged by the
broker, before the event is marked processed and its offset committed. A second worker
(same consumer group, no fault) then gets the event again. Checked: the share request keeps
its one outcome although consent changed in between, and a withdrawal's revocation is
sent again (same event id) instead of being lost, then forgotten once acknowledged; so is a
subject request's SubjectRequestCompleted (the request was already recorded final), and a
rectification's corrected copies before it.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
import uuid
from datetime import timedelta
from pathlib import Path

import redis

from streams.publisher import Publisher
from streams.state.bundle import open_state
from streams.testing import TopicTail, WorkerProcess
from talentguard.consent import ConsentRecord
from tests.integration.pseudonyms import audit_subject
from tests.integration.test_consent_gate import T0, consent, ids, register

FAULT = "TALENTGUARD_FAULT_INJECTION"
SLOW = 120.0  # a loaded CI machine: the first profile update loads the sanitiser's models


def settle(pub: Publisher, audit: TopicTail, cid: str, ref: str) -> None:  # noqa: F811
    """Wait until candidate event ``ref`` was applied (its audit record is out)."""
    pub.flush()
    audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == ref, timeout=SLOW)


def shared_once(pub: Publisher, audit: TopicTail, profiles: TopicTail, cid: str, client: str,  # noqa: F811
                **wait: float) -> None:
    """The common start: ``cid`` registered, consenting to ``client``, and request r1 shared."""
    register(pub, cid)
    settle(pub, audit, cid, consent(pub, cid, client, True, minutes=1))
    pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": "r1", "client_id": client,
                                  "candidate_id": cid, "purpose": "recruitment"})
    pub.flush()
    (shared,) = profiles.wait_for(lambda e: e.get("request_id") == "r1" and e["client_id"] == client, **wait)
    assert shared["type"] == "ProfileShared"


def killed_at(worker: WorkerProcess, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while worker.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not worker.alive(), f"fault injection did not kill the worker, see {worker.log_path}"
    assert worker.proc is not None and worker.proc.returncode == -9


def grant_in_ledger(redis_url: str, prefix: str, cid: str, client: str) -> None:
    """Consent changes while no worker runs (written as the candidate processor writes it)."""
    async def write() -> None:
        state = open_state(redis_url, prefix)
        try:
            assert await state.consents.record(ConsentRecord(cid, "share_with_client", client, True,
                                                             T0 + timedelta(minutes=5), f"grant-{cid}", "web form v3"))
        finally:
            await state.close()
    asyncio.run(write())


def test_when_the_worker_dies_after_a_denial_was_acked_then_the_redelivery_sends_the_same_denial_despite_new_consent(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail, audit: TopicTail,  # noqa: F811
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    cid, client = ids()
    req_event = f"req-ev-{uuid.uuid4().hex[:8]}"
    group = f"tg-replay-{uuid.uuid4().hex[:8]}"
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, FAULT: f"kill-before-mark:{req_event}"},
                             log_path=tmp_path / "crash.log").start()
    try:
        crashing.wait_ready(dead_letters, timeout=SLOW)
        with Publisher(bootstrap) as pub:
            settle(pub, audit, cid, register(pub, cid))  # registered, no consent yet
            pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": "r1", "client_id": client,
                                          "candidate_id": cid, "purpose": "recruitment", "event_id": req_event})
        killed_at(crashing)
    finally:
        crashing.stop(signal.SIGKILL)
    first = profiles.wait_for(lambda e: e.get("request_id") == "r1" and e["client_id"] == client)
    assert [(e["type"], e["reason"]) for e in first] == [("ProfileShareDenied", "no_consent")]

    grant_in_ledger(redis_url, state_prefix, cid, client)
    healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
    try:
        healthy.wait_ready(dead_letters, timeout=SLOW)
        answers = profiles.wait_for(lambda e: e.get("request_id") == "r1" and e["client_id"] == client,
                                    count=2, timeout=SLOW)
        assert {(e["type"], e.get("reason"), e["event_id"]) for e in answers} == {
            ("ProfileShareDenied", "no_consent", f"ProfileShareDenied:{req_event}:{client}")}  # one outcome
        with Publisher(bootstrap) as pub:  # a new request is decided on the new consent
            pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": "r2", "client_id": client,
                                          "candidate_id": cid, "purpose": "recruitment"})
        (second,) = profiles.wait_for(lambda e: e.get("request_id") == "r2" and e["client_id"] == client)
        assert second["type"] == "ProfileShared"
        assert len(profiles.matching(lambda e: e.get("request_id") == "r1" and e["client_id"] == client)) == 2
    finally:
        healthy.stop()


def test_when_the_worker_dies_after_a_revocation_was_acked_then_the_redelivery_sends_it_again_and_then_forgets_it(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail, audit: TopicTail,  # noqa: F811
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    cid, client = ids()
    withdrawal = f"withdraw-{uuid.uuid4().hex[:8]}"
    group = f"tg-revoke-{uuid.uuid4().hex[:8]}"
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, FAULT: f"kill-before-mark:{withdrawal}"},
                             log_path=tmp_path / "crash.log").start()
    try:
        crashing.wait_ready(dead_letters, timeout=SLOW)
        with Publisher(bootstrap) as pub:
            shared_once(pub, audit, profiles, cid, client)
            consent(pub, cid, client, False, minutes=2, event_id=withdrawal)
        killed_at(crashing)
    finally:
        crashing.stop(signal.SIGKILL)

    def revocations() -> list[dict]:
        return [e for _, e in profiles.seen
                if e is not None and e["type"] == "ProfileRevoked" and e["candidate_id"] == cid]

    profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid)
    pending = f"{state_prefix}:revoking:candidate-events|ConsentWithdrawn|{withdrawal}"
    client_redis = redis.Redis.from_url(redis_url)
    assert client_redis.hgetall(pending) == {client.encode(): b"consent_withdrawn"}  # owed, not yet settled
    healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
    try:
        healthy.wait_ready(dead_letters, timeout=SLOW)
        profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid, count=2, timeout=SLOW)
        deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
        while client_redis.exists(pending) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not client_redis.exists(pending)  # forgotten once acknowledged
        profiles.matching(lambda e: False, settle=2.0)
        assert {(e["client_id"], e["reason"], e["event_id"]) for e in revocations()} == {
            (client, "consent_withdrawn", f"ProfileRevoked:{withdrawal}:{client}")}
        assert len(revocations()) == 2  # the acknowledged one, and the re-send after the kill: no other
    finally:
        healthy.stop()
        client_redis.close()


def test_when_the_worker_dies_after_an_erasures_revocation_was_acked_then_the_redelivery_still_sends_it(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail, audit: TopicTail,  # noqa: F811
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    """The redelivered erasure request is about an erased subject (dropped as such): its
    revocation is re-sent all the same, followed by the client-profiles tombstone again."""
    cid, client = ids()
    erasure = f"erase-{uuid.uuid4().hex[:8]}"
    group = f"tg-erase-{uuid.uuid4().hex[:8]}"
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, FAULT: f"kill-before-mark:{erasure}"},
                             log_path=tmp_path / "crash.log").start()
    try:
        crashing.wait_ready(dead_letters, timeout=SLOW)
        with Publisher(bootstrap) as pub:
            shared_once(pub, audit, profiles, cid, client)
            pub.publish("candidate-events", {"type": "SubjectRequestSubmitted", "candidate_id": cid, "event_id": erasure,
                                             "request_id": f"sr-{cid}", "right": "erasure"})
        killed_at(crashing)
    finally:
        crashing.stop(signal.SIGKILL)
    tombstone_key = f"{client}:{audit_subject(cid)}".encode()

    def revocations() -> list[int]:
        return [i for i, (_, e) in enumerate(profiles.seen)
                if e is not None and e["type"] == "ProfileRevoked" and e["candidate_id"] == cid]

    profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid)
    healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
    try:
        healthy.wait_ready(dead_letters, timeout=SLOW)
        profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid, count=2, timeout=SLOW)
        profiles.matching(lambda e: False, settle=2.0)
        seen = profiles.seen
        assert {(seen[i][1]["client_id"], seen[i][1]["reason"], seen[i][1]["event_id"]) for i in revocations()} == {
            (client, "erasure", f"ProfileRevoked:{erasure}:{client}")}
        assert len(revocations()) == 2
        tombstones = [i for i, (key, e) in enumerate(seen) if e is None and key == tombstone_key]
        assert tombstones and max(tombstones) > max(revocations())  # compaction removes the re-sent one too
    finally:
        healthy.stop()


def test_when_the_worker_dies_after_a_request_completion_was_acked_then_the_redelivery_sends_it_again_once(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, notices: TopicTail, audit: TopicTail,  # noqa: F811
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    """The redelivered access request is final in Redis already: its completion is re-sent
    from the owed record (same event id, same export expiry), which is then forgotten."""
    cid, _ = ids()
    access = f"access-{uuid.uuid4().hex[:8]}"
    group = f"tg-answer-{uuid.uuid4().hex[:8]}"
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, FAULT: f"kill-before-mark:{access}"},
                             log_path=tmp_path / "crash.log").start()
    try:
        crashing.wait_ready(dead_letters, timeout=SLOW)
        with Publisher(bootstrap) as pub:
            settle(pub, audit, cid, register(pub, cid))
            pub.publish("candidate-events", {"type": "SubjectRequestSubmitted", "candidate_id": cid, "event_id": access,
                                             "request_id": f"sr-{access}", "right": "access"})
        killed_at(crashing)
    finally:
        crashing.stop(signal.SIGKILL)

    def mine(e: dict) -> bool:
        return e["type"] == "SubjectRequestCompleted" and e["candidate_id"] == cid

    def fields(e: dict) -> tuple:
        return (e["event_id"], e["request_id"], e["right"], e["outcome"], e["export"], e["export_available_until"],
                e["due_at"])

    (first,) = notices.wait_for(mine)
    owed = f"{state_prefix}:answering:candidate-events|SubjectRequestSubmitted|{access}"
    client_redis = redis.Redis.from_url(redis_url)
    try:
        record = client_redis.get(owed)
        assert record is not None and cid not in record.decode()  # owed, not yet settled; no candidate id
        assert json.loads(record)["outcome"] == "completed"
        healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
        try:
            healthy.wait_ready(dead_letters, timeout=SLOW)
            notices.wait_for(mine, count=2, timeout=SLOW)
            deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
            while client_redis.exists(owed) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert not client_redis.exists(owed)  # forgotten once acknowledged
            notices.matching(lambda e: False, settle=2.0)
            completions = notices.matching(mine)
            assert len(completions) == 2  # the acknowledged one, and the re-send after the kill: no other
            assert {fields(e) for e in completions} == {fields(first)}
            assert first["event_id"] == f"SubjectRequestCompleted:{access}:" and first["export"] is None
            assert first["export_available_until"] is not None  # the export itself stays in Redis, encrypted
        finally:
            healthy.stop()
    finally:
        client_redis.close()


def test_when_the_worker_dies_after_a_rectifications_copies_were_acked_then_the_redelivery_sends_them_again(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail, notices: TopicTail,  # noqa: F811
    audit: TopicTail, redis_url: str, state_prefix: str, tmp_path: Path  # noqa: F811
) -> None:
    """The redelivered rectification is final in Redis already: the owed record names the
    client its corrected copy went to (client id only), and the redelivery re-sends the
    corrected copy to it (same event id), then the completion, then forgets the record."""
    cid, client = ids()
    rectify = f"rectify-{uuid.uuid4().hex[:8]}"
    group = f"tg-rectify-{uuid.uuid4().hex[:8]}"
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, FAULT: f"kill-before-mark:{rectify}"},
                             log_path=tmp_path / "crash.log").start()
    try:
        crashing.wait_ready(dead_letters, timeout=SLOW)
        with Publisher(bootstrap) as pub:
            shared_once(pub, audit, profiles, cid, client, timeout=SLOW)
            pub.publish("candidate-events", {"type": "SubjectRequestSubmitted", "candidate_id": cid,
                                             "event_id": rectify, "request_id": f"sr-{rectify}",
                                             "right": "rectification",
                                             "details": json.dumps({"job_title": "Staff data engineer"})})
        killed_at(crashing, timeout=SLOW)
    finally:
        crashing.stop(signal.SIGKILL)

    def corrected(e: dict) -> bool:
        return (e["type"] == "ProfileShared" and e["candidate_id"] == cid
                and e.get("update_reason") == "rectification")

    def done(e: dict) -> bool:
        return e["type"] == "SubjectRequestCompleted" and e["candidate_id"] == cid

    (first,) = profiles.wait_for(corrected)
    owed = f"{state_prefix}:answering:candidate-events|SubjectRequestSubmitted|{rectify}"
    client_redis = redis.Redis.from_url(redis_url)
    try:
        record = client_redis.get(owed)
        assert record is not None and cid not in record.decode() and "Staff" not in record.decode()
        assert json.loads(record)["reshared"] == [client]  # owed: client ids, no profile data
        healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
        try:
            healthy.wait_ready(dead_letters, timeout=SLOW)
            profiles.wait_for(corrected, count=2, timeout=SLOW)
            notices.wait_for(done, count=2, timeout=SLOW)
            deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
            while client_redis.exists(owed) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert not client_redis.exists(owed)  # forgotten once acknowledged
            profiles.matching(lambda e: False, settle=2.0)
            copies = profiles.matching(corrected)
            assert len(copies) == 2  # the acknowledged one, and the re-send after the kill: no other
            assert {(e["event_id"], e["client_id"]) for e in copies} == {(f"ProfileShared:{rectify}:{client}", client)}
            assert all(e["profile"]["job_title"] == "Staff data engineer" for e in copies)  # the corrected copy
            assert first["profile"]["job_title"] == "Staff data engineer"
            assert len(notices.matching(done)) == 2
        finally:
            healthy.stop()
    finally:
        client_redis.close()
