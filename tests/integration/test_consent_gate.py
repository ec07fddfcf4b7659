"""Consent gate scenarios over the real broker, a real worker and the real Redis."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess
from tests.integration.share_requests import answers_until_final
from tests.integration.pseudonyms import audit_subject

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)


def ids() -> tuple[str, str]:
    return f"cand-{uuid.uuid4().hex[:8]}", f"client-{uuid.uuid4().hex[:6]}"


def register(pub: Publisher, cid: str) -> str:
    """Registration plus a profile; returns the registration's event id (audited)."""
    pub.publish("candidate-events", {"type": "CandidateRegistered", "candidate_id": cid, "email": f"{cid}@example.org",
                                     "first_name": "Ada", "last_name": "Lovelace", "phone": "+33 6 11 22 33 44",
                                     "city": "Lyon", "locale": "en", "occurred_at": T0, "event_id": f"reg-{cid}"})
    pub.publish("candidate-events", {"type": "ProfileUpdated", "candidate_id": cid, "job_title": "Data engineer",
                                     "sector": "IT", "years_experience": 6, "skills": ["Python", "Kafka"],
                                     "region": "Auvergne-Rhône-Alpes", "birth_date": "1990-03-03",
                                     "gender": "female", "hobbies": "choir", "salary_expectation": 55000,
                                     "occurred_at": T0})
    return f"reg-{cid}"


def consent(pub: Publisher, cid: str, client: str | None, granted: bool, minutes: int,
            purpose: str = "share_with_client", event_id: str | None = None) -> str:
    """Publish a consent decision; returns its event id (the audit record's ref)."""
    event = {"type": "ConsentGranted" if granted else "ConsentWithdrawn", "candidate_id": cid, "purpose": purpose,
             "client_id": client, "proof": "web form v3", "occurred_at": T0 + timedelta(minutes=minutes),
             "event_id": event_id or f"consent-{uuid.uuid4().hex[:10]}"}
    pub.publish("candidate-events", event)
    return event["event_id"]


def request(pub: Publisher, cid: str, client: str, request_id: str | None = None) -> str:
    rid = request_id or f"req-{uuid.uuid4().hex[:8]}"
    pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": rid, "client_id": client,
                                  "candidate_id": cid, "purpose": "recruitment"})
    return rid


def outcome(profiles: TopicTail, rid: str) -> dict:
    (event,) = profiles.wait_for(lambda e: e.get("request_id") == rid)
    return event


def ask(pub: Publisher, profiles: TopicTail, cid: str, client: str) -> dict:
    """Request a share and return the first final answer (a retryable denial is asked again)."""
    return answers_until_final(pub, profiles, cid, client)[-1]


def settle(pub: Publisher, audit: TopicTail, cid: str, ref: str) -> None:
    """Wait until the candidate event ``ref`` was applied: candidate events are processed in
    order per candidate, and each consent or request leaves an audit record naming it."""
    pub.flush()
    audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == ref)


def test_when_consent_is_absent_then_granted_then_withdrawn_then_share_follows_it(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, notices: TopicTail, audit: TopicTail
) -> None:
    cid, client = ids()
    with Publisher(bootstrap) as pub:
        pub.publish("candidate-events", {"type": "CvUploaded", "candidate_id": cid, "cv_id": "cv-1",
                                         "text": "Ada Lovelace\nData engineer at Acme, 2019-2024: data engineer work. Type 1 diabetic.",
            "language": "en", "event_id": f"cv-{cid}"})
        settle(pub, audit, cid, register(pub, cid))
        settle(pub, audit, cid, f"cv-{cid}")  # CVs are sanitised in the background: wait until stored
        denied = ask(pub, profiles, cid, client)
        assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "no_consent"

        settle(pub, audit, cid, consent(pub, cid, client, True, minutes=1))
        shared = ask(pub, profiles, cid, client)
        assert shared["type"] == "ProfileShared"
        assert shared["profile"]["job_title"] == "Data engineer" and shared["profile"]["skills"] == ["Python", "Kafka"]
        # values only, timestamps blanked: a datetime's microseconds once read "155000" and held "55000"
        text = json.dumps(shared, default=lambda _value: "")
        for private in ("Ada", "Lovelace", "example.org", "+33", "1990", "female", "choir", "55000", "Lyon"):
            assert private not in text
        # the CV leaves only sanitised: the health mention and the name are gone
        assert "data engineer" in shared["cv_text"] and "diabetic" not in shared["cv_text"]
        assert shared["redactions"].get("health") == 1

        consent(pub, cid, client, False, minutes=2)
        pub.flush()
        revoked = profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid)
        assert revoked[0]["client_id"] == client and revoked[0]["reason"] == "consent_withdrawn"
        again = ask(pub, profiles, cid, client)
        assert again["type"] == "ProfileShareDenied" and again["reason"] == "consent_withdrawn"

    mine = notices.matching(lambda e: e["type"] == "FirstShareNotice" and e["candidate_id"] == cid)
    assert len(mine) == 1 and mine[0]["client_id"] == client
    assert "job_title" in mine[0]["data_categories"]


def test_when_an_older_grant_arrives_after_a_withdrawal_then_consent_stays_withdrawn(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail
) -> None:
    cid, client = ids()
    with Publisher(bootstrap) as pub:
        register(pub, cid)
        consent(pub, cid, client, False, minutes=10)
        settle(pub, audit, cid, consent(pub, cid, client, True, minutes=5))  # late arrival, older decision
        result = ask(pub, profiles, cid, client)
    assert result["type"] == "ProfileShareDenied" and result["reason"] == "consent_withdrawn"


def test_when_shares_repeat_and_the_worker_restarts_then_only_one_first_share_notice_exists(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail, notices: TopicTail,
    audit: TopicTail, tmp_path
) -> None:
    cid, client = ids()
    group = f"tg-restart-{uuid.uuid4().hex[:6]}"
    # on the Faust engine (the other consent tests run the default direct engine); a group
    # cannot switch engines while a member of the other one is still known to the broker
    # (different partition-assignment protocols: InconsistentGroupProtocol)
    w = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "a.log",
                      extra_args=("--engine", "faust")).start()
    try:
        w.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            register(pub, cid)
            settle(pub, audit, cid, consent(pub, cid, None, True, minutes=1, purpose="cv_library"))
            for _ in range(3):
                ask(pub, profiles, cid, client)
    finally:
        w.stop()
    w = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "b.log",
                      extra_args=("--engine", "faust")).start()
    try:
        w.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            assert ask(pub, profiles, cid, client)["type"] == "ProfileShared"
    finally:
        w.stop()
    assert len(notices.matching(lambda e: e["type"] == "FirstShareNotice" and e["candidate_id"] == cid)) == 1


def test_when_the_same_event_is_redelivered_then_nothing_changes_twice(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail
) -> None:
    cid, client = ids()
    with Publisher(bootstrap) as pub:
        register(pub, cid)
        consent(pub, cid, client, True, minutes=1, event_id=f"grant-{cid}")
        consent(pub, cid, client, True, minutes=1, event_id=f"grant-{cid}")  # duplicate delivery
        settle(pub, audit, cid, f"grant-{cid}")
        rid = f"req-{cid}"
        for _ in range(3):
            pub.publish("client-events", {"type": "ProfileShareRequested", "event_id": f"share-{cid}",
                                          "request_id": rid, "client_id": client, "candidate_id": cid})
        pub.flush()
        outcome(profiles, rid)
    assert len(profiles.matching(lambda e: e.get("request_id") == rid)) == 1
    grants = audit.matching(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == f"grant-{cid}")
    assert len(grants) == 1


def test_when_a_candidate_is_restricted_or_unknown_then_shares_are_denied_with_the_reason(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail
) -> None:
    cid, client = ids()
    with Publisher(bootstrap) as pub:
        assert ask(pub, profiles, f"ghost-{cid}", client)["reason"] == "unknown_candidate"
        register(pub, cid)
        consent(pub, cid, None, True, minutes=1, purpose="cv_library")
        pub.publish("candidate-events", {"type": "SubjectRequestSubmitted", "candidate_id": cid,
                                         "request_id": f"dsr-{cid}", "right": "restriction", "event_id": f"dsr-{cid}"})
        settle(pub, audit, cid, f"dsr-{cid}")
        assert ask(pub, profiles, cid, client)["reason"] == "restricted"


def test_when_the_audit_trail_is_intact_then_verify_passes_and_show_lists_the_subject(
    bootstrap: str, worker: WorkerProcess, profiles: TopicTail, audit: TopicTail, worker_env: dict[str, str]
) -> None:
    import json as _json

    from tests.integration.test_foundation import cli

    cid, client = ids()
    with Publisher(bootstrap) as pub:
        register(pub, cid)
        settle(pub, audit, cid, consent(pub, cid, client, True, minutes=1))
        ask(pub, profiles, cid, client)
    audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["decision"] == "share")
    # --subject: every test runs its own worker (own group and Redis prefix) on the shared
    # test broker, and each re-reads earlier tests' events, so only this subject's chain
    # has a single writer here
    verified = cli("audit", "verify", "--subject", cid, "--bootstrap", bootstrap, env=worker_env)
    assert verified.returncode == 0 and verified.stdout.startswith("OK:"), verified.stdout + verified.stderr
    shown = cli("audit", "show", cid, "--json", "--bootstrap", bootstrap, env=worker_env)
    decisions = [_json.loads(line)["decision"] for line in shown.stdout.splitlines()]
    assert decisions == ["registered", "consent_granted", "share"]
