"""State stores against the real Redis: ordering, concurrency, shredding, audit chains."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from datetime import datetime, timedelta, timezone

from streams.state.bundle import open_state
from streams.state.share_registry import CLAIM_TTL_MS, SHARED, DecisionItem, denied
from talentguard.audit import AuditEntry, TrustedKeys, verify
from talentguard.keyring import load_keyring
from talentguard.consent import ConsentRecord

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
# Tests wait longer than the worker's 0.5 s (fail-fast) timeouts: on a loaded 2-core CI
# machine, opening tens of connections at once took longer than that and flaked.
TEST_TIMEOUT_S = 10.0
WRITERS = 16  # concurrent connections racing on one hash: real interleaving, bounded load


def open_test_state(redis_url: str, prefix: str):  # noqa: ANN201
    return open_state(redis_url, prefix, timeout_s=TEST_TIMEOUT_S)


def test_when_consent_decisions_arrive_shuffled_and_concurrently_then_the_latest_wins(redis_url: str, state_prefix: str) -> None:
    async def scenario() -> list[ConsentRecord]:
        state = open_test_state(redis_url, state_prefix)
        records = [ConsentRecord("c-1", "share_with_client", "acme", i % 3 != 0, T0 + timedelta(seconds=i), f"e{i:03d}")
                   for i in range(200)]
        random.Random(4).shuffle(records)
        gate, in_flight, most = asyncio.Semaphore(WRITERS), 0, 0

        async def write(record: ConsentRecord) -> None:
            nonlocal in_flight, most
            async with gate:
                in_flight += 1
                most = max(most, in_flight)
                try:
                    await state.consents.record(record)
                finally:
                    in_flight -= 1

        await asyncio.gather(*(write(r) for r in records))
        assert most > 1, "the writes did not overlap: nothing concurrent was tested"
        # a late, older grant must not resurrect the latest decision
        await state.consents.record(ConsentRecord("c-1", "share_with_client", "acme", True, T0, "late"))
        result = await state.consents.all_for("c-1")
        await state.close()
        return result

    (latest,) = asyncio.run(scenario())
    assert latest.event_id == "e199" and latest.granted is (199 % 3 != 0)


def test_when_many_workers_share_to_the_same_client_then_only_one_share_is_first(redis_url: str, state_prefix: str) -> None:
    async def scenario() -> list[bool]:
        state = open_test_state(redis_url, state_prefix)
        results = await asyncio.gather(*(state.shares.record_shares([("c-1", "acme", "cv_library:*", f"req-{i}")])
                                         for i in range(50)))
        await state.close()
        return [r[0] for r in results]

    assert sum(asyncio.run(scenario())) == 1


def test_when_the_first_share_request_is_redelivered_then_it_is_still_first_and_no_other_is(redis_url: str, state_prefix: str) -> None:
    """A crash after the claim but before the notice was acknowledged must not lose the notice."""
    async def scenario() -> tuple[list[bool], list[bool], list[bool]]:
        state = open_test_state(redis_url, state_prefix)
        first = await state.shares.record_shares([("c-2", "acme", "cv_library:*", "req-1")])
        redelivered = await state.shares.record_shares([("c-2", "acme", "cv_library:*", "req-1")])
        later = await state.shares.record_shares([("c-2", "acme", "cv_library:*", "req-2"),
                                                  ("c-2", "globex", "cv_library:*", "req-2")])
        await state.close()
        return first, redelivered, later

    first, redelivered, later = asyncio.run(scenario())
    assert first == [True] and redelivered == [True]
    assert later == [False, True]


def test_when_workers_race_to_decide_one_request_then_the_first_claim_wins_and_only_its_share_is_recorded(
        redis_url: str, state_prefix: str) -> None:
    """Two workers (a rebalance) decide the same request differently: one claim, one outcome,
    and the losing share is not recorded; a lookup-only item (retryable) claims nothing."""
    async def scenario() -> tuple[list, list, list, dict, int, int]:
        state = open_test_state(redis_url, state_prefix)
        deny = DecisionItem("gate|req|ev-1", "c-4", "acme", "ev-1", denied("no_consent"))
        share = DecisionItem("gate|req|ev-1", "c-4", "acme", "ev-1", SHARED, "cv_library:*")
        raced = await asyncio.gather(*(state.shares.settle_decisions([deny if i % 2 else share]) for i in range(20)))
        lookup = await state.shares.settle_decisions([DecisionItem("gate|req|ev-2", "c-6", "acme", "ev-2", None)])
        later = await state.shares.settle_decisions([DecisionItem("gate|req|ev-2", "c-6", "acme", "ev-2", SHARED,
                                                                  "cv_library:*")])
        held = await state.shares.shares("c-4")
        ttl = await state.client.pttl(f"{state_prefix}:decision:gate|req|ev-2")
        missing = await state.client.pttl(f"{state_prefix}:decision:gate|req|ev-3")
        await state.close()
        return raced, lookup, later, held, ttl, missing

    raced, lookup, later, held, ttl, missing = asyncio.run(scenario())
    assert len({r[0][0] for r in raced}) == 1  # every worker got the same claimed outcome
    assert lookup == [(None, False)] and later == [("shared", True)]
    assert held == ({"acme": "cv_library:*"} if raced[0][0][0] == "shared" else {})
    assert 0 < ttl <= CLAIM_TTL_MS and missing == -2


def test_when_revocations_are_recorded_then_they_leave_the_registry_and_stay_pending_until_settled(
        redis_url: str, state_prefix: str) -> None:
    async def scenario() -> tuple[dict, dict, dict]:
        state = open_test_state(redis_url, state_prefix)
        await state.shares.record_shares([("c-5", "acme", "cv_library:*", "r1"), ("c-5", "globex", "cv_library:*", "r1")])
        await state.shares.revoke("c-5", ["acme"], "consent_withdrawn", "cand|ConsentWithdrawn|w1")
        held, pending = await state.shares.shares("c-5"), await state.shares.pending(["cand|ConsentWithdrawn|w1",
                                                                                       "cand|ConsentWithdrawn|w2"])
        await state.shares.settled(["cand|ConsentWithdrawn|w1"])
        after = await state.shares.pending(["cand|ConsentWithdrawn|w1"])
        await state.close()
        return held, pending, after

    held, pending, after = asyncio.run(scenario())
    assert held == {"globex": "cv_library:*"}
    assert pending == {"cand|ConsentWithdrawn|w1": {"acme": "consent_withdrawn"}} and after == {}


def test_when_notices_were_recorded_by_the_previous_version_then_they_still_count(redis_url: str, state_prefix: str) -> None:
    """Upgrade path: the notice marker used to be a set of clients."""
    async def scenario() -> list[bool]:
        state = open_test_state(redis_url, state_prefix)
        await state.client.sadd(state.shares.noticed_key("c-3"), "acme")
        result = await state.shares.record_shares([("c-3", "acme", "cv_library:*", "req-1"),
                                                   ("c-3", "globex", "cv_library:*", "req-1")])
        await state.close()
        return result

    assert asyncio.run(scenario()) == [False, True]


def test_when_a_subject_is_erased_then_its_data_is_unreadable_and_the_tombstone_remains(redis_url: str, state_prefix: str) -> None:
    async def scenario():
        state = open_test_state(redis_url, state_prefix)
        await state.subjects.merge_profile("c-1", {"job_title": "Nurse", "first_name": "Ada"})
        await state.subjects.store_cv("c-1", {"cv_id": "cv1", "text": "sanitised", "redactions": {}})
        before = await state.subjects.view("c-1")
        blob = await state.client.hget(state.subjects.key("c-1"), "profile")
        await state.erase_subject("c-1")
        after = await state.subjects.view("c-1")
        key_left = await state.client.get(state.subjects.key_key("c-1"))
        await state.close()
        return before, blob, after, key_left

    before, blob, after, key_left = asyncio.run(scenario())
    assert before.profile["job_title"] == "Nurse" and before.cv["text"] == "sanitised"
    assert b"Nurse" not in blob and b"Ada" not in blob  # encrypted at rest
    assert after.status.erased and after.profile == {} and after.cv is None and key_left is None


def test_when_workers_append_audit_records_concurrently_then_the_chain_does_not_fork(
        redis_url: str, state_prefix: str, tmp_path: Path) -> None:
    keyring = load_keyring(tmp_path / "keys", create=True)

    async def scenario() -> list[dict]:
        workers = [open_state(redis_url, state_prefix, timeout_s=TEST_TIMEOUT_S, keyring=keyring) for _ in range(4)]
        entries = [[AuditEntry("c-1", "deny", "no_consent", "rule", f"w{w}-{i}", T0 + timedelta(seconds=i))
                    for i in range(10)] for w in range(4)]
        batches = await asyncio.gather(*(workers[w].audit.append(entries[w]) for w in range(4)))
        for s in workers:
            await s.close()
        return [r for batch in batches for r in batch]

    records = asyncio.run(scenario())
    by_prev = {r["prev_hash"]: r for r in records}
    assert len(by_prev) == 40  # no two records share a predecessor: one chain, no fork
    # walk the chain from genesis
    ordered, prev = [], "0" * 64
    while prev in by_prev:
        ordered.append(by_prev[prev])
        prev = by_prev[prev]["hash"]
    report = verify(ordered, TrustedKeys.of(keyring.public_key))
    assert report.failures == [] and {s: len(v) for s, v in report.verified.items()} == {
        keyring.subject_pseudonym("c-1"): 40}  # signed, named by the pseudonym, never "c-1"


def test_when_an_event_was_processed_then_it_is_not_unseen_again(redis_url: str, state_prefix: str) -> None:
    async def scenario():
        state = open_test_state(redis_url, state_prefix)
        first = await state.processed.unseen(["a", "b"])
        await state.processed.mark(["a"])
        second = await state.processed.unseen(["a", "b"])
        await state.close()
        return first, second

    assert asyncio.run(scenario()) == ({"a", "b"}, {"b"})
