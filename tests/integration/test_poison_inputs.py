"""Schema-valid poison inputs on the real broker, worker and Redis, in both engines: each one
becomes a dead letter with a reason, later events of the same partition are applied, and a
restarted worker in the same group does not meet them again."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess
from tests.integration.pseudonyms import audit_subject
from tests.integration.test_consent_gate import ids, register, request

FAR_FUTURE = datetime(9999, 12, 31, 23, 0, tzinfo=timezone.utc)


def applied(pub: Publisher, audit: TopicTail, ref: str, timeout: float = 120.0) -> None:  # noqa: F811
    """Wait for the audit record of candidate event ``ref`` (generous: the CI machine is loaded
    and a CV being sanitised competes for the CPU)."""
    pub.flush()
    audit.wait_for(lambda e: e["ref"] == ref, timeout=timeout)


def decided(profiles: TopicTail, rid: str, timeout: float = 120.0) -> dict:  # noqa: F811
    (event,) = profiles.wait_for(lambda e: e.get("request_id") == rid, timeout=timeout)
    return event


def dead_for(dead_letters: TopicTail, event_id: str, timeout: float = 90.0) -> dict:
    (dead,) = dead_letters.wait_for(lambda e: event_id in e.get("error", ""), timeout=timeout)
    return dead


@pytest.mark.parametrize("engine", ["direct", "faust"])
def test_when_poison_events_arrive_then_they_are_dead_lettered_and_the_stream_goes_on(
    engine: str, bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail,  # noqa: F811
    audit: TopicTail, tmp_path: Path  # noqa: F811
) -> None:
    cid, client = ids()
    group = f"tg-poison-{engine}-{uuid.uuid4().hex[:6]}"
    poison = {
        f"cv-blank-{cid}": {"type": "CvUploaded", "candidate_id": cid, "cv_id": "blank", "text": "   \n\t  ",
                            "language": "en"},
        f"cv-huge-{cid}": {"type": "CvUploaded", "candidate_id": cid, "cv_id": "huge", "language": "en",
                           "text": "Ada Lovelace, data engineer. " * 5_200},  # ~150k characters
        f"grant-9999-{cid}": {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library",
                              "occurred_at": FAR_FUTURE},
    }
    future_request = {"type": "ProfileShareRequested", "request_id": f"req-9999-{cid}", "client_id": client,
                      "candidate_id": cid, "occurred_at": FAR_FUTURE, "event_id": f"req-9999-{cid}"}
    w = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "a.log",
                      extra_args=("--engine", engine)).start()
    try:
        w.wait_ready(dead_letters, timeout=120)
        with Publisher(bootstrap) as pub:
            register(pub, cid)
            for event_id, event in poison.items():
                pub.publish("candidate-events", {**event, "event_id": event_id})
            pub.publish("client-events", future_request)
            granted = f"grant-ok-{cid}"
            pub.publish("candidate-events", {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library",
                                             "event_id": granted})
            applied(pub, audit, granted)  # applied after the poison on the same partition
            assert decided(profiles, request(pub, cid, client))["type"] == "ProfileShared"

        reasons = {eid: dead_for(dead_letters, eid)["error"] for eid in poison}
        assert "empty" in reasons[f"cv-blank-{cid}"]
        assert "characters, more than the 100000 allowed" in reasons[f"cv-huge-{cid}"]
        assert "ahead of the broker timestamp" in reasons[f"grant-9999-{cid}"]
        assert all("Ada" not in r and "Lovelace" not in r for r in reasons.values())
        denied = decided(profiles, f"req-9999-{cid}")
        assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "unprocessable_request"
        dead_for(dead_letters, f"req-9999-{cid}")
        rejected = audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["decision"] == "rejected",
                                 count=3)  # audit subjects are pseudonyms
        assert {e["ref"] for e in rejected} == set(poison)
        assert w.alive()
    finally:
        w.stop()

    # a restarted worker in the same group starts after the poison: nothing dead-lettered twice
    w = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "b.log",
                      extra_args=("--engine", engine)).start()
    try:
        w.wait_ready(dead_letters, timeout=120)
        with Publisher(bootstrap) as pub:
            assert decided(profiles, request(pub, cid, client))["type"] == "ProfileShared"
        again = dead_letters.matching(lambda e: any(eid in e.get("error", "") for eid in poison), settle=2.0)
        assert len(again) == len(poison)
        assert w.alive()
    finally:
        w.stop()


def test_when_a_large_cv_is_being_sanitised_then_a_later_withdrawal_is_applied_first_and_honoured(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail  # noqa: F811
) -> None:
    cid, client = ids()
    with Publisher(bootstrap) as pub:
        register(pub, cid)
        granted = f"grant-{cid}"
        pub.publish("candidate-events", {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library",
                                         "event_id": granted})
        applied(pub, audit, granted)
        assert decided(profiles, request(pub, cid, client))["type"] == "ProfileShared"
        pub.publish("candidate-events", {"type": "CvUploaded", "candidate_id": cid, "cv_id": "big", "language": "en",
                                         "event_id": f"cv-{cid}",
                                         "text": "Data engineer at Acme, Kafka and Python pipelines. " * 1_200})
        withdrawn = f"withdraw-{cid}"
        pub.publish("candidate-events", {"type": "ConsentWithdrawn", "candidate_id": cid, "purpose": "cv_library",
                                         "event_id": withdrawn})
        applied(pub, audit, withdrawn)
        # the withdrawal was applied while the CV (~60k characters, many seconds) was still being sanitised
        assert not [e for e in audit.seen if e[1] is not None and e[1]["ref"] == f"cv-{cid}"]
        denied = decided(profiles, request(pub, cid, client))
        assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "consent_withdrawn"
        revoked = profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid)
        assert revoked[0]["reason"] == "consent_withdrawn"
    stored = audit.wait_for(lambda e: e["ref"] == f"cv-{cid}", timeout=180)
    assert stored[0]["decision"] == "cv_sanitised"


def test_when_candidate_state_lags_a_share_request_then_it_is_denied_retryable_not_unknown_candidate(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail  # noqa: F811
) -> None:
    from streams.state.watermarks import candidate_partition

    blocker, client = ids()
    late = next(c for c in (f"cand-{uuid.uuid4().hex[:8]}" for _ in range(1000))
                if candidate_partition(c, 6) == candidate_partition(blocker, 6))  # same partition
    with Publisher(bootstrap) as pub:
        register(pub, blocker)
        # hold the partition back: an access request waits for the candidate's large CV
        pub.publish("candidate-events", {"type": "CvUploaded", "candidate_id": blocker, "cv_id": "big",
                                         "language": "en", "event_id": f"cv-{blocker}",
                                         "text": "Data engineer at Acme, Kafka and Python pipelines. " * 1_200})
        pub.publish("candidate-events", {"type": "SubjectRequestSubmitted", "candidate_id": blocker,
                                         "request_id": f"sr-{blocker}", "right": "access",
                                         "event_id": f"sr-{blocker}"})
        reg = register(pub, late)          # published before the request, applied only after the CV
        pub.flush()
        lagging = decided(profiles, request(pub, late, client))
        assert lagging["type"] == "ProfileShareDenied" and lagging["reason"] == "state_lagging"
        audit.wait_for(lambda e: e["ref"] == reg, timeout=240)  # after the CV (tens of seconds)
        again = decided(profiles, request(pub, late, client))
        assert again["type"] == "ProfileShareDenied" and again["reason"] == "no_consent"  # known now
