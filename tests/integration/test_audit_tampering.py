"""Every tampering of issue 12's table is detected on the real broker and Redis, and the
genuine trail (across a restart, with four workers, through a Redis outage, after the
broker lost its memory) still verifies.

Records that an attacker would have to forge are written with the public tools an
attacker has (a Kafka producer, a Redis client); genuine ones are written by a worker or
by the same state store the worker uses (``AuditChains``), with the deployment keyring.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
import redis

from schemas import catalogue as cat
from streams.broker import start_broker
from streams.consumer import read_topic
from streams.publisher import Publisher
from streams.state.bundle import StateStores, open_state
from streams.testing import TopicTail, WorkerProcess
from streams.topics import ensure_topics
from talentguard.audit import GENESIS, AuditEntry, TrustedKeys, audit_event, verify
from tests.integration.pseudonyms import audit_subject, shared_test_keyring
from tests.integration.test_consent_gate import consent, ids, outcome, register, request, settle
from streams.testing import RedisServer as OwnRedis
from tests.integration.test_fail_closed import own_redis  # noqa: F401
from tests.integration.test_foundation import cli

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def env(worker_env: dict[str, str]) -> dict[str, str]:
    """What the CLI needs to see the worker's Redis prefix and archive; fast checkpoints."""
    return {**worker_env, "TALENTGUARD_CHECKPOINT_INTERVAL_S": "1"}


def verify_json(bootstrap: str, env: dict[str, str], cid: str, *extra: str) -> tuple[int, dict]:
    done = cli("audit", "verify", "--subject", cid, "--json", "--bootstrap", bootstrap, *extra, env=env)
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout)


def kinds(report: dict) -> list[tuple[str, str]]:
    return sorted((p["kind"], p["ref"]) for p in report["failures"] + report["losses"])


def genuine_chain(redis_url: str, prefix: str, cid: str, n: int, checkpoint: bool = False) -> tuple[list[dict], list[dict]]:
    """n genuine records for ``cid`` linked in Redis exactly as a worker links them
    (and a signed checkpoint covering the head)."""
    async def scenario() -> tuple[list[dict], list[dict]]:
        state: StateStores = open_state(redis_url, prefix, keyring=shared_test_keyring())
        try:
            records = await state.audit.append(
                [AuditEntry(cid, "deny", "no_consent", "no prior consent", f"{cid}-ev-{i}", T0 + timedelta(seconds=i))
                 for i in range(n)])
            cps = (await state.audit.checkpoint(T0, "test", settle_s=0))[0] if checkpoint else []
            return records, cps
        finally:
            await state.close()
    return asyncio.run(scenario())


def publish(bootstrap: str, *records: dict) -> None:
    with Publisher(bootstrap) as pub:
        for record in records:
            pub.publish(cat.PRIVACY_AUDIT, record)


# ------------------------------------------------------------ the tampering table


def test_when_a_whole_chain_is_fabricated_with_plain_sha256_then_verify_reports_it(
        bootstrap: str, env: dict[str, str]) -> None:
    cid, prev, forged = f"ghost-{uuid.uuid4().hex[:8]}", GENESIS, []
    for i in range(3):
        event = audit_event(AuditEntry(audit_subject(cid), "share", "shared with acme", "r", f"f-{i}", T0), prev)
        forged.append(event)
        prev = event["hash"]
    publish(bootstrap, *forged)
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("fabricated", "f-0")], report
    shown = cli("audit", "show", cid, "--bootstrap", bootstrap, env=env)
    assert "shared with acme" not in shown.stdout and "NOT VERIFIED (unsigned)" in shown.stdout


def test_when_a_record_is_linked_after_the_last_one_then_verify_reports_it_unsigned(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    records, _ = genuine_chain(redis_url, state_prefix, cid, 3)
    appended = audit_event(AuditEntry(audit_subject(cid), "consent_granted", "share_with_client for *", "r",
                                      "forged-grant", T0 + timedelta(minutes=5)), records[-1]["hash"])
    publish(bootstrap, *records, appended)
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("unsigned", "forged-grant")], report


def test_when_an_edited_copy_is_appended_later_then_verify_rejects_it_and_show_keeps_the_original(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    records, _ = genuine_chain(redis_url, state_prefix, cid, 3)
    publish(bootstrap, *records, {**records[1], "decision": "share", "reason": "shared with acme"})
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("edited", f"{cid}-ev-1")], report
    shown = cli("audit", "show", cid, "--json", "--bootstrap", bootstrap, env=env)
    lines = [json.loads(line) for line in shown.stdout.splitlines()]
    assert [(r["verified"], r.get("decision")) for r in lines] == [
        (True, "deny"), (True, "deny"), (True, "deny"), (False, None)]
    assert lines[-1]["problem"] == "edited" and "shared with acme" not in shown.stdout


def test_when_the_last_record_is_deleted_then_the_checkpoint_reveals_the_missing_tail(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    records, checkpoint = genuine_chain(redis_url, state_prefix, cid, 3, checkpoint=True)
    publish(bootstrap, *records[:-1], *checkpoint)   # the last record never reaches the reader
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("missing_tail", "")], report


def test_when_the_last_record_is_deleted_before_a_checkpoint_then_the_redis_head_reveals_it(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    records, _ = genuine_chain(redis_url, state_prefix, cid, 3)
    publish(bootstrap, *records[:-1])
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("head_mismatch", "")], report


def test_when_a_whole_chain_is_deleted_then_the_checkpoint_reveals_the_missing_chain(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    _, checkpoint = genuine_chain(redis_url, state_prefix, cid, 2, checkpoint=True)
    publish(bootstrap, *checkpoint)
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("missing_chain", "")], report


def test_when_an_edited_record_is_read_first_then_the_genuine_next_record_takes_no_blame(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    records, _ = genuine_chain(redis_url, state_prefix, cid, 3)
    publish(bootstrap, records[0], {**records[1], "reason": "consent_granted"}, records[1], records[2])
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and kinds(report) == [("edited", f"{cid}-ev-1")], report
    assert report["records"] == 3   # r0, the genuine r1 and r2 all verified


def test_when_every_subject_is_tampered_then_every_break_is_reported_at_once(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    a, b = f"cand-{uuid.uuid4().hex[:8]}", f"cand-{uuid.uuid4().hex[:8]}"
    ra, _ = genuine_chain(redis_url, state_prefix, a, 2)
    rb, _ = genuine_chain(redis_url, state_prefix, b, 3)
    publish(bootstrap, ra[0], {**ra[1], "reason": "x"}, rb[0], rb[2])
    done = cli("audit", "verify", "--bootstrap", bootstrap, "--json", env=env)
    report = json.loads(done.stdout)
    mine = {(p["kind"], p["subject_id"]) for p in report["failures"]}
    assert done.returncode == 1
    assert {("edited", audit_subject(a)), ("missing", audit_subject(b))} <= mine


def test_when_a_grant_is_inserted_into_the_consent_hash_then_no_share_and_a_distinct_denial(
        bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail,  # noqa: F811
        env: dict[str, str], redis_url: str, state_prefix: str) -> None:
    cid, client = ids()
    client_redis = redis.Redis.from_url(redis_url)
    with Publisher(bootstrap) as pub:
        reg = register(pub, cid)
        pub.flush()   # a new group first reads the shared broker's history: generous deadline
        audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == reg, timeout=180)
        at = int((T0 + timedelta(minutes=1)).timestamp() * 1000)
        body = {"candidate_id": cid, "purpose": "share_with_client", "client_id": client, "granted": True,
                "occurred_at": at, "event_id": "inserted", "proof": "web form v3"}
        key = f"{state_prefix}:consent:{audit_subject(cid)}"   # keys name the pseudonym
        client_redis.hset(key, f"share_with_client|{client}", f"{at:015d}|0|inserted\t{json.dumps(body)}")
        denied = outcome(profiles, request(pub, cid, client))
        assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "state_invalid"
        client_redis.hset(key, "share_with_client|*", b"\xff not a ledger value")   # malformed: no crash
        assert outcome(profiles, request(pub, cid, client))["reason"] == "state_invalid"
        # the candidate stream reads the same hash on a withdrawal: it must not crash either
        settle(pub, audit, cid, consent(pub, cid, client, False, minutes=2))
    assert worker.alive()
    assert worker.metrics().get("talentguard_state_invalid_total", 0) >= 2
    code, report = verify_json(bootstrap, env, cid)
    assert code == 1 and "untrusted_ledger" in {p["kind"] for p in report["failures"]}, report


# ------------------------------------------------------------ the genuine trail still verifies


def test_when_the_worker_restarts_then_the_genuine_chain_with_its_checkpoints_verifies(
        bootstrap: str, env: dict[str, str], dead_letters: TopicTail, profiles: TopicTail,  # noqa: F811
        audit: TopicTail, tmp_path: Path) -> None:  # noqa: F811
    cid, client = ids()
    group = f"tg-restart-{uuid.uuid4().hex[:6]}"
    first = WorkerProcess(bootstrap, group=group, env=env, log_path=tmp_path / "w1.log").start()
    try:
        first.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            register(pub, cid)
            settle(pub, audit, cid, consent(pub, cid, client, True, minutes=1))
            assert outcome(profiles, request(pub, cid, client))["type"] == "ProfileShared"
    finally:
        first.stop()
    second = WorkerProcess(bootstrap, group=group, env=env, log_path=tmp_path / "w2.log").start()
    try:
        second.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            settle(pub, audit, cid, consent(pub, cid, client, False, minutes=2))
            assert outcome(profiles, request(pub, cid, client))["reason"] == "consent_withdrawn"
        subject = audit_subject(cid)
        last = audit.wait_for(lambda e: e["subject_id"] == subject and e["decision"] == "deny")[0]
        audit.wait_for(lambda e: any(h["subject_id"] == subject and h["hash"] == last["hash"]
                                     for h in e.get("heads") or ()), timeout=90)
    finally:
        second.stop()
    code, report = verify_json(bootstrap, env, cid)
    assert code == 0 and report["failures"] == [] and report["records"] >= 5, report
    code, archived = verify_json(bootstrap, env, cid, "--source", "archive")
    assert code == 0 and archived["records"] == report["records"], archived


def test_when_four_workers_decide_concurrently_then_every_chain_verifies(
        bootstrap: str, env: dict[str, str], dead_letters: TopicTail, profiles: TopicTail,  # noqa: F811
        audit: TopicTail, redis_url: str, state_prefix: str, tmp_path: Path) -> None:  # noqa: F811
    group = f"tg-four-{uuid.uuid4().hex[:6]}"
    workers = [WorkerProcess(bootstrap, group=group, env=env, log_path=tmp_path / f"w{i}.log").start()
               for i in range(4)]
    pairs = [ids() for _ in range(8)]
    try:
        for w in workers:
            w.wait_ready(dead_letters, timeout=240)   # four joins = several rebalances on a busy machine
        subjects = {audit_subject(cid) for cid, _ in pairs}
        known: dict[str, set[str]] = {}   # subject -> refs of its registration and its grant
        with Publisher(bootstrap) as pub:
            for cid, client in pairs:
                known[audit_subject(cid)] = {register(pub, cid), consent(pub, cid, client, True, minutes=1)}
                request(pub, cid, client)   # shared or denied: either way a third record
        # a new group first reads the shared test broker's history: generous deadline
        deadline = time.monotonic() + 300
        while len({(e["subject_id"], e["ref"]) for _, e in audit.seen if e and e.get("subject_id") in subjects}) < 24:
            assert time.monotonic() < deadline, "the four workers did not decide every event within 300 s"
            audit.poll()
        assert all(w.alive() for w in workers)
    finally:
        for w in workers:
            w.stop()
    records = [m.event for m in read_topic(bootstrap, cat.PRIVACY_AUDIT, timeout_s=3) if m.event is not None]

    async def heads() -> dict[str, str]:
        state = open_state(redis_url, state_prefix, keyring=shared_test_keyring())
        try:
            return await state.audit.heads()
        finally:
            await state.close()
    report = verify(records, TrustedKeys.of(shared_test_keyring().public_key), redis_heads=asyncio.run(heads()),
                    subjects=subjects)
    assert report.failures == [], [str(p) for p in report.failures]
    # Every event has its verified record, and nothing else is recorded. A subject may hold
    # more than three records: a batch redelivered after a rebalance, or a retryable
    # "state_lagging" denial before the decision, is recorded again under the same ref.
    refs = {s: {r["ref"] for r in report.verified[s]} for s in subjects}
    repeated = {s: [(r["ref"], r["decision"], r["reason"]) for r in report.verified[s]]
                for s in subjects if len(report.verified[s]) != 3}
    print("subjects with repeated records:", repeated)
    assert all(len(refs[s]) == 3 and known[s] <= refs[s] for s in subjects), (refs, repeated)


def test_when_a_worker_is_killed_after_deciding_during_a_redis_outage_then_the_audit_record_survives(
        bootstrap: str, own_redis: OwnRedis, env: dict[str, str], dead_letters: TopicTail,  # noqa: F811
        profiles: TopicTail, audit: TopicTail, tmp_path: Path) -> None:  # noqa: F811
    import signal

    env = {**env, "TALENTGUARD_REDIS_URL": own_redis.url}
    group = f"tg-outage-{uuid.uuid4().hex[:6]}"
    worker = WorkerProcess(bootstrap, group=group, env=env, log_path=tmp_path / "w.log").start()
    cid, client = ids()
    try:
        worker.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            settle(pub, audit, cid, register(pub, cid))
            own_redis.stop()
            rid = request(pub, cid, client)
            assert outcome(profiles, rid)["reason"] == "state_unavailable"
        subject = audit_subject(cid)
        unlinked = audit.wait_for(lambda e: e["subject_id"] == subject and e["prev_hash"] == "unlinked")[0]
        assert unlinked["reason"] == "state_unavailable" and unlinked["signature"]
        worker.stop(sig=signal.SIGKILL)   # the in-memory copy waiting for Redis is gone
    finally:
        worker.stop()
        own_redis.start()
    code, report = verify_json(bootstrap, env, cid)
    assert code == 0 and report["failures"] == [], report
    assert ("unlinked", unlinked["ref"]) in {(p["kind"], p["ref"]) for p in report["notes"]} or \
           ("linked_later", unlinked["ref"]) in {(p["kind"], p["ref"]) for p in report["notes"]}


def test_when_the_embedded_broker_restarts_empty_then_verify_says_lost_with_the_broker_not_tampered(
        env: dict[str, str], tmp_path: Path) -> None:
    embedded, proc = start_broker(detach=False, log_path=tmp_path / "tansu.log")
    try:
        ensure_topics(embedded.bootstrap)
        tails = {t: TopicTail(embedded.bootstrap, t) for t in ("dead-letter", "client-profiles", "privacy-audit")}
        worker = WorkerProcess(embedded.bootstrap, group="tg-lost", env=env, log_path=tmp_path / "w.log").start()
        cid, client = ids()
        try:
            worker.wait_ready(tails["dead-letter"], timeout=180)
            with Publisher(embedded.bootstrap) as pub:
                register(pub, cid)
                grant = consent(pub, cid, client, True, minutes=1)
                pub.flush()
                tails["privacy-audit"].wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == grant,
                                                timeout=180)
                rid = request(pub, cid, client)
            tails["client-profiles"].wait_for(lambda e: e.get("request_id") == rid, timeout=180)
            code, archived = verify_json(embedded.bootstrap, env, cid, "--source", "archive")
            deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
            while archived["records"] < 3 and time.monotonic() < deadline:   # the archiver runs behind
                code, archived = verify_json(embedded.bootstrap, env, cid, "--source", "archive")
            assert code == 0 and archived["records"] == 3, archived
        finally:
            worker.stop()
            for tail in tails.values():
                tail.close()
    finally:
        embedded.stop()
        proc.wait(10)
    embedded, proc = start_broker(detach=False, log_path=tmp_path / "tansu2.log")   # a fresh, empty broker
    try:
        ensure_topics(embedded.bootstrap)
        code, report = verify_json(embedded.bootstrap, env, cid)
        assert code == 3 and report["failures"] == [] and [p["kind"] for p in report["losses"]] == [
            "lost_with_broker"], report
        text = cli("audit", "verify", "--subject", cid, "--bootstrap", embedded.bootstrap, env=env)
        assert "records lost with the broker" in text.stdout and "BROKEN" not in text.stdout
    finally:
        embedded.stop()
        proc.wait(10)


def test_when_a_worker_died_between_linking_and_the_brokers_ack_then_the_records_are_republished(
        bootstrap: str, env: dict[str, str], redis_url: str, state_prefix: str, dead_letters: TopicTail,
        audit: TopicTail, tmp_path: Path) -> None:  # noqa: F811
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    lost, _ = genuine_chain(redis_url, state_prefix, cid, 3)   # linked in Redis, never published: a crash
    env = {**env, "TALENTGUARD_AUDIT_RECOVER_AFTER_S": "1"}
    worker = WorkerProcess(bootstrap, group=f"tg-recover-{uuid.uuid4().hex[:6]}", env=env,
                           log_path=tmp_path / "w.log").start()
    try:
        worker.wait_ready(dead_letters, timeout=180)
        hashes = {r["hash"] for r in lost}
        audit.wait_for(lambda e: e["hash"] in hashes, count=3, timeout=180)

        async def pending() -> int:
            state = open_state(redis_url, state_prefix, keyring=shared_test_keyring())
            try:
                return await state.client.hlen(state.audit.pending_key)
            finally:
                await state.close()
        deadline = time.monotonic() + 120
        while asyncio.run(pending()) and time.monotonic() < deadline:   # released once re-published
            time.sleep(0.5)
        assert asyncio.run(pending()) == 0
    finally:
        worker.stop()
    code, report = verify_json(bootstrap, env, cid)
    assert code == 0 and report["records"] == 3, report
