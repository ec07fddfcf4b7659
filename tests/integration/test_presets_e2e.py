"""One end-to-end test per seed preset: its distinctive promises through a real worker
(real broker, real Redis, the worker in its own process with TALENTGUARD_POLICY=NAME)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
import redis
from dateutil.relativedelta import relativedelta

from sinks.duckdb_sink import _connect
from streams.publisher import Publisher
from streams.testing import ROOT, TopicTail, WorkerProcess
from talentguard.keyring import load_keyring
from talentguard.subject_requests import open_request
from tests.integration.share_requests import answers_until_final

T0 = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=1)


@pytest.fixture
def tails(bootstrap: str) -> Iterator[dict[str, TopicTail]]:
    out = {name: TopicTail(bootstrap, topic) for name, topic in
           (("profiles", "client-profiles"), ("notices", "candidate-notifications"), ("audit", "privacy-audit"))}
    yield out
    for tail in out.values():
        tail.close()


@pytest.fixture
def env(worker_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    return {**worker_env, "TALENTGUARD_KEYS_DIR": str(tmp_path / "keys")}


def start(bootstrap: str, env: dict[str, str], policy: str, tmp_path: Path, dead_letters: TopicTail) -> WorkerProcess:
    proc = WorkerProcess(bootstrap, group=f"tg-preset-{uuid.uuid4().hex[:8]}",
                         env={**env, "TALENTGUARD_POLICY": policy}, log_path=tmp_path / f"worker-{policy}.log").start()
    try:
        proc.wait_ready(dead_letters, timeout=120)
    except BaseException:
        proc.stop()
        raise
    return proc


# how long a scenario waits for the worker: a fresh worker first replays the shared broker's
# history; on a slow 2-core CI machine 60 s timed out once (CI run 2 of session 7)
WAIT_S = 120

class Scenario:
    """Publishes a candidate's events and waits on their effects."""

    def __init__(self, pub: Publisher, tails: dict[str, TopicTail], env: dict[str, str]) -> None:
        self.pub, self.tails, self.env = pub, tails, env
        self.cid = f"cand-{uuid.uuid4().hex[:8]}"
        self.subject = load_keyring(env["TALENTGUARD_KEYS_DIR"]).subject_pseudonym(self.cid)
        self.minute = 0

    def mine(self, e: dict) -> bool:
        return e.get("candidate_id") == self.cid or e.get("subject_id") in (self.cid, self.subject)

    def send(self, kind: str, **fields) -> str:
        self.minute += 1
        eid = f"{kind}-{uuid.uuid4().hex[:10]}"
        self.pub.publish("candidate-events", {"type": kind, "candidate_id": self.cid, "event_id": eid,
                                              "occurred_at": T0 + timedelta(seconds=self.minute), **fields})
        return eid

    def settled(self, eid: str) -> dict:
        """The audit record of candidate event ``eid`` (candidate events are applied in order)."""
        self.pub.flush()
        return self.tails["audit"].wait_for(lambda e: self.mine(e) and e["ref"] == eid, timeout=WAIT_S)[0]

    def register(self, **profile) -> None:
        self.send("CandidateRegistered", email=f"{self.cid}@example.org", first_name="Ada", last_name="Lovelace",
                  phone="+33 6 11 22 33 44", city="Lyon", locale="en")
        self.send("ProfileUpdated", job_title="Data engineer", sector="IT", years_experience=6,
                  skills=["Python", "SQL"], birth_date="1990-03-03", gender="female", hobbies="choir",
                  salary_expectation=55000, **profile)

    def grant(self, client: str | None = None, purpose: str = "share_with_client") -> str:
        return self.send("ConsentGranted", purpose=purpose, client_id=client, proof="web form v3")

    def ask(self, client: str, purpose: str | None = "recruitment") -> dict:
        """The first final answer (a retryable denial is asked again, as a client would)."""
        return answers_until_final(self.pub, self.tails["profiles"], self.cid, client, purpose, wait_s=WAIT_S)[-1]

    def revoked(self, reason: str, count: int = 1) -> list[dict]:
        return self.tails["profiles"].wait_for(
            lambda e: e["type"] == "ProfileRevoked" and self.mine(e) and e["reason"] == reason, count=count, timeout=WAIT_S)

    def reshared(self, reason: str, count: int = 1) -> list[dict]:
        return self.tails["profiles"].wait_for(
            lambda e: e["type"] == "ProfileShared" and self.mine(e) and e.get("update_reason") == reason,
            count=count, timeout=WAIT_S)

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "talentguard.cli", *args], cwd=ROOT, capture_output=True,
                              text=True, timeout=120, env={**os.environ, **self.env})


def client() -> str:
    return f"client-{uuid.uuid4().hex[:6]}"


def test_when_cocoom_runs_then_no_profile_ever_reaches_a_client_whatever_the_consent(
        bootstrap: str, env: dict[str, str], tmp_path: Path, dead_letters: TopicTail, tails) -> None:
    worker = start(bootstrap, env, "cocoom", tmp_path, dead_letters)
    try:
        with Publisher(bootstrap) as pub:
            s = Scenario(pub, tails, env)
            s.register()
            acme = client()
            s.settled(s.grant(acme))
            s.settled(s.grant(None, "cv_library"))
            denied = s.ask(acme)
            assert denied["type"] == "ProfileShareDenied" and denied["reason"] == "not_permitted_by_policy"
            record = tails["audit"].wait_for(lambda e: s.mine(e) and e["decision"] == "deny")[0]
            assert "003" in record["rule"] and "tiers" in record["rule"]
        assert not tails["notices"].matching(lambda e: e["type"] == "FirstShareNotice" and s.mine(e))
        assert not tails["profiles"].matching(lambda e: e["type"] == "ProfileShared" and s.mine(e), settle=0.5)
    finally:
        worker.stop()


def test_when_valumen_runs_then_private_fields_stay_home_and_suspension_then_closure_revoke_copies(
        bootstrap: str, env: dict[str, str], tmp_path: Path, dead_letters: TopicTail, tails) -> None:
    worker = start(bootstrap, env, "valumen", tmp_path, dead_letters)
    try:
        with Publisher(bootstrap) as pub:
            s = Scenario(pub, tails, env)
            s.register()
            s.settled(s.send("CvUploaded", cv_id="cv-1", language="en",  # sanitised in the background
                             text="Ada Lovelace\nData engineer at Acme, 2019-2024: built Kafka pipelines.\n"
                                  "Member of the Rotary Club association."))
            acme, initech = client(), client()
            s.settled(s.grant(None))
            shared = s.ask(acme)
            assert shared["type"] == "ProfileShared" and shared["profile"]["job_title"] == "Data engineer"
            for private in ("1990", "female", "choir", "55000", "Lyon", "Ada", "example.org", "Rotary"):
                assert private not in json.dumps(shared, default=lambda _value: "")  # timestamps blanked (microseconds)
            assert "Kafka pipelines" in shared["cv_text"]  # professional content survives

            s.settled(s.send("AccountSuspended", reason="terms"))
            assert s.revoked("account_suspended")[0]["client_id"] == acme
            assert s.ask(initech)["reason"] == "account_suspended"

            s.settled(s.send("AccountSuspensionLifted"))
            restored = s.reshared("suspension_lifted")
            assert [e["client_id"] for e in restored] == [acme]
            assert restored[0]["profile"]["skills"] == ["Python", "SQL"]

            s.settled(s.send("AccountClosed"))
            assert s.revoked("account_closed")[0]["client_id"] == acme
            after = s.ask(initech)
            assert after["type"] == "ProfileShareDenied" and after["reason"] == "account_closed"
    finally:
        worker.stop()


def test_when_cooptalis_runs_then_rectification_reaches_clients_restriction_revokes_and_lifts_objection_revokes(
        bootstrap: str, env: dict[str, str], tmp_path: Path, dead_letters: TopicTail, tails) -> None:
    worker = start(bootstrap, env, "cooptalis", tmp_path, dead_letters)
    try:
        with Publisher(bootstrap) as pub:
            s = Scenario(pub, tails, env)
            s.register()
            acme = client()
            s.settled(s.grant(None, "cv_library"))
            assert s.ask(acme)["type"] == "ProfileShared"

            s.settled(s.send("SubjectRequestSubmitted", request_id=f"rect-{s.cid}", right="rectification",
                             details=json.dumps({"job_title": "Staff data engineer"})))
            fixed = s.reshared("rectification")[0]
            assert fixed["client_id"] == acme and fixed["profile"]["job_title"] == "Staff data engineer"

            s.settled(s.send("SubjectRequestSubmitted", request_id=f"restrict-{s.cid}", right="restriction"))
            assert s.revoked("restriction")[0]["client_id"] == acme
            assert s.ask(client())["reason"] == "restricted"
            s.settled(s.send("RestrictionLifted", request_id=f"restrict-{s.cid}"))
            assert s.reshared("restriction_lifted")[0]["client_id"] == acme

            s.settled(s.send("SubjectRequestSubmitted", request_id=f"object-{s.cid}", right="objection"))
            assert s.revoked("objection")[0]["client_id"] == acme
            assert s.ask(acme)["reason"] == "restricted"
            done = tails["notices"].wait_for(lambda e: e["type"] == "SubjectRequestCompleted" and s.mine(e), count=3)
            assert {e["right"] for e in done} == {"rectification", "restriction", "objection"}

            # survey answers: only a count, and only once k=5 respondents share the cell
            survey = f"survey-{uuid.uuid4().hex[:6]}"
            respondents = [Scenario(pub, tails, env) for _ in range(6)]
            for i, r in enumerate(respondents):
                r.send("SurveyAnswered", survey_id=survey, question_id="q1", answer="yes" if i < 5 else "no")
            respondents[0].send("SurveyAnswered", survey_id=survey, question_id="q1", answer="yes")  # counted once
            free = s.settled(s.send("SurveyAnswered", survey_id=survey, question_id="q2",
                                    answer="I was treated badly by my manager Bob"))
            assert free["decision"] == "survey_answer_rejected"
        sink_path = Path(env["TALENTGUARD_SINK"][len("duckdb:"):])
        deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
        while True:
            con = _connect(sink_path, read_only=True)
            try:
                rows = con.execute("SELECT question_id, answer, respondents FROM survey_stats WHERE survey_id = ?",
                                   [survey]).fetchall()
            finally:
                con.close()
            if rows:
                break
            assert time.monotonic() < deadline, "survey statistics never written"
            time.sleep(0.5)
        assert rows == [("q1", "yes", 5)]  # the 1-respondent "no" cell never reached the sink
    finally:
        worker.stop()


def test_when_kakoo_runs_then_marketing_consent_is_rejected_and_requests_are_tracked_and_exported_off_topic(
        bootstrap: str, env: dict[str, str], tmp_path: Path, dead_letters: TopicTail, tails) -> None:
    worker = start(bootstrap, env, "kakoo", tmp_path, dead_letters)
    try:
        with Publisher(bootstrap) as pub:
            s = Scenario(pub, tails, env)
            s.register()
            rejected = s.settled(s.grant(None, "marketing"))
            assert rejected["decision"] == "consent_rejected" and "000 §E" in rejected["rule"]

            # an access request received two months ago: answered now, so late (kakoo: 1 month)
            old = f"access-{uuid.uuid4().hex[:8]}"
            s.pub.publish("candidate-events", {
                "type": "SubjectRequestSubmitted", "candidate_id": s.cid, "request_id": old, "right": "access",
                "event_id": f"sr-{old}", "occurred_at": datetime.now(timezone.utc) - timedelta(days=62)})
            s.settled(f"sr-{old}")
            completed = tails["notices"].wait_for(lambda e: e.get("request_id") == old)[0]
            assert completed["export"] is None and completed["export_available_until"] is not None
            assert "Lovelace" not in repr(tails["notices"].seen)

            # extension after the answer is refused (and audited); the request shows as answered late
            refused = s.settled(s.send("SubjectRequestExtended", request_id=old, reason="complex"))
            assert refused["decision"] == "subject_request_extension_refused"

            listed = s.cli("requests", "--json", "--overdue")
            assert listed.returncode == 0, listed.stderr
            rows = [json.loads(line) for line in listed.stdout.splitlines()]
            mine = [r for r in rows if r["request_id"] == old]
            assert mine and mine[0]["candidate"] == s.subject and mine[0]["status"] == "completed"
            assert mine[0]["overdue"] is True and s.cid not in listed.stdout

            exported = s.cli("requests", "export", old)
            assert exported.returncode == 0, exported.stderr
            doc = json.loads(exported.stdout)
            assert doc["profile"]["last_name"] == "Lovelace" and doc["right"] == "access"
            assert [c["purpose"] for c in doc["consents"]] == []  # the marketing consent was never recorded

            # a request left open past its deadline (e.g. its handling failed) is the /metrics gauge
            stuck = open_request(f"stuck-{uuid.uuid4().hex[:6]}", s.subject, "erasure",
                                 datetime.now(timezone.utc) - timedelta(days=40), relativedelta(months=1))
            client = redis.Redis.from_url(env["TALENTGUARD_REDIS_URL"])
            client.hset(f"{env['TALENTGUARD_STATE_PREFIX']}:requests", stuck.request_id, stuck.to_json())
            client.zadd(f"{env['TALENTGUARD_STATE_PREFIX']}:requests-due",
                        {stuck.request_id: int(stuck.due_at.timestamp() * 1000)})
            deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
            while worker.metrics().get("talentguard_subject_requests_overdue") != 1.0:
                assert time.monotonic() < deadline, "overdue gauge never reached 1"
                time.sleep(0.5)

            # an extension with a reason moves its due_at (capped at first deadline + 2 months)
            s.settled(s.send("SubjectRequestExtended", request_id=stuck.request_id, reason="identity check",
                             extension="30d"))
            rows = [json.loads(line) for line in s.cli("requests", "--json").stdout.splitlines()]
            (row,) = [r for r in rows if r["request_id"] == stuck.request_id]
            assert row["status"] == "extended" and row["overdue"] is False
            assert row["due_at"] == (stuck.first_due_at + timedelta(days=30)).isoformat()
            while worker.metrics().get("talentguard_subject_requests_overdue") != 0.0:
                assert time.monotonic() < deadline + 60, "overdue gauge never went back to 0"
                time.sleep(0.5)

            # erasure takes the export with it
            s.settled(s.send("SubjectRequestSubmitted", request_id=f"erase-{uuid.uuid4().hex[:6]}", right="erasure"))
            gone = s.cli("requests", "export", old)
            assert gone.returncode == 2 and "no export" in gone.stderr
    finally:
        worker.stop()


def test_when_kbis_registre_runs_then_the_notice_lists_exactly_what_was_sent_with_a_vocabulary_purpose(
        bootstrap: str, env: dict[str, str], tmp_path: Path, dead_letters: TopicTail, tails) -> None:
    worker = start(bootstrap, env, "kbis-registre", tmp_path, dead_letters)
    try:
        with Publisher(bootstrap) as pub:
            s = Scenario(pub, tails, env)
            s.register()  # a city (Lyon), no region: the region sent is derived from the city
            acme = client()
            s.settled(s.grant(acme))
            shared = s.ask(acme, purpose="we resell profiles to data brokers")
            assert shared["type"] == "ProfileShared" and shared["profile"]["region"]
            notice = tails["notices"].wait_for(lambda e: e["type"] == "FirstShareNotice" and s.mine(e))[0]
            sent = sorted(k for k, v in shared["profile"].items() if v not in (None, [], ""))
            assert sorted(notice["data_categories"]) == sent and "region" in sent
            assert notice["purpose"] == "recruitment"
        # the worker hands analysts a published-only copy of its DuckDB sink
        published = Path(env["TALENTGUARD_SINK"][len("duckdb:"):]).with_name("sink.published.duckdb")
        deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
        while not published.exists():
            assert time.monotonic() < deadline, "published-only file never written"
            time.sleep(0.5)
    finally:
        worker.stop()
