"""Invalid state and the dead-letter replay, on the real broker, Redis and worker (issue #10).

- A Redis key of the wrong type for one candidate is invalid state, not an outage: that
  candidate's request is dead-lettered and denied ``state_invalid`` (counted in /metrics),
  the others keep flowing. Before, the batch was retried forever and the stream stalled.
- After the fix (the key removed), ``dead-letter replay`` re-publishes the request and it is
  processed: before, its dedupe mark (left so a redelivery is not dead-lettered twice)
  made the worker drop the replayed copy silently.
"""

from __future__ import annotations

import base64
from typing import Iterator

import pytest
import redis

from schemas.codec import default_codec
from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess
from tests.integration.pseudonyms import audit_subject
from tests.integration.test_consent_gate import consent, ids, register, request
from tests.integration.test_keys_and_dead_letters import cli

CODEC = default_codec()
# waits are by condition; deadlines only bound a failure. Generous: a new consumer group first
# reads the shared broker's history, on a busy 2-core CI machine
WAIT_S = 180.0


@pytest.fixture
def state_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url, socket_timeout=10, socket_connect_timeout=10)
    yield client
    client.close()


def answer(profiles: TopicTail, rid: str, kind: str | None = None) -> dict:  # noqa: F811
    return profiles.wait_for(lambda e: e.get("request_id") == rid and (kind is None or e["type"] == kind),
                             timeout=WAIT_S)[-1]


def letter_of(dead_letters: TopicTail, rid: str) -> dict:
    def about(e: dict) -> bool:
        if not e.get("value") or "StateInvalid" not in e.get("error", ""):
            return False
        return CODEC.decode(base64.b64decode(e["value"])).get("request_id") == rid
    (letter,) = dead_letters.wait_for(about, timeout=WAIT_S)
    return letter


def consented(pub: Publisher, audit: TopicTail, client: str, n: int = 1) -> list[str]:  # noqa: F811
    """``n`` registered candidates who consented to share with ``client``, once applied."""
    cids = [f"cand-{client[7:]}-{i}" for i in range(n)]
    refs = {}
    for cid in cids:
        register(pub, cid)
        refs[audit_subject(cid)] = consent(pub, cid, client, True, minutes=1)
    pub.flush()
    audit.wait_for(lambda e: refs.get(e["subject_id"]) == e["ref"], count=n, timeout=WAIT_S)
    return cids


def test_when_one_candidates_share_key_has_the_wrong_type_then_only_that_request_is_dead_lettered_state_invalid(
        bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail,  # noqa: F811
        dead_letters: TopicTail, state_client: redis.Redis, state_prefix: str) -> None:
    _, client = ids()
    with Publisher(bootstrap) as pub:
        good1, bad, good2 = consented(pub, audit, client, 3)
        state_client.set(f"{state_prefix}:shares:{audit_subject(bad)}", "not a hash")   # the invalid state
        rids = {cid: request(pub, cid, client) for cid in (good1, bad, good2)}
        pub.flush()
        denied = answer(profiles, rids[bad])
        assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "state_invalid"
        assert answer(profiles, rids[good1])["type"] == "ProfileShared"
        assert answer(profiles, rids[good2])["type"] == "ProfileShared"
        letter = letter_of(dead_letters, rids[bad])
        assert "StateInvalid: Redis holds invalid state while recording shares: WRONGTYPE" in letter["error"]
        assert bad not in letter["error"] and audit_subject(bad) not in letter["error"]
        later = request(pub, good1, client)   # the stream goes on after it
        pub.flush()
        assert answer(profiles, later)["type"] == "ProfileShared"
    assert worker.alive()
    assert worker.metrics().get("talentguard_state_invalid_total", 0) >= 1


def test_when_a_dead_lettered_request_is_replayed_after_the_fix_then_it_is_processed_not_deduplicated(
        bootstrap: str, worker: WorkerProcess, worker_env: dict[str, str], profiles: TopicTail,  # noqa: F811
        audit: TopicTail, dead_letters: TopicTail, state_client: redis.Redis, state_prefix: str) -> None:  # noqa: F811
    _, client = ids()
    with Publisher(bootstrap) as pub:
        (cid,) = consented(pub, audit, client)
        shares_key = f"{state_prefix}:shares:{audit_subject(cid)}"
        state_client.set(shares_key, "not a hash")
        rid = request(pub, cid, client)
        pub.flush()
        assert answer(profiles, rid)["reason"] == "state_invalid"
        letter = letter_of(dead_letters, rid)
    state_client.delete(shares_key)   # the fix

    replayed = cli("dead-letter", "replay", "--id", letter["event_id"], "--timeout", "10",
                   env={**worker_env, "TALENTGUARD_BOOTSTRAP": bootstrap})
    assert replayed.returncode == 0, replayed.stderr
    assert f"replayed {letter['event_id']} -> client-events (its processed mark cleared" in replayed.stdout
    assert "1 processed mark(s) cleared in Redis (1 were set)" in replayed.stderr
    shared = answer(profiles, rid, "ProfileShared")
    assert shared["candidate_id"] == cid and state_client.hexists(shares_key, client)
    assert worker.alive()
