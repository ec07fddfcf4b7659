"""Fail closed: with Redis down, shares are denied (state_unavailable); the worker recovers
by itself when Redis returns and nothing published meanwhile is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from streams.publisher import Publisher
from streams.testing import RedisServer, TopicTail, WorkerProcess
from tests.integration.test_consent_gate import consent, ids, outcome, register, request, settle
from tests.integration.pseudonyms import audit_subject


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def shared_from_cv_library(pub: Publisher, profiles: TopicTail, audit: TopicTail) -> tuple[str, str]:  # noqa: F811
    """A registered candidate who consented to the CV library, shared once with a client."""
    cid, client = ids()
    register(pub, cid)
    settle(pub, audit, cid, consent(pub, cid, None, True, minutes=1, purpose="cv_library"))
    assert outcome(profiles, request(pub, cid, client))["type"] == "ProfileShared"
    return cid, client


def test_when_redis_stops_then_shares_are_denied_and_when_it_returns_the_worker_recovers(
    bootstrap: str, own_redis: RedisServer, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail,
    audit: TopicTail, tmp_path: Path  # noqa: F811
) -> None:
    env = {**worker_env, "TALENTGUARD_REDIS_URL": own_redis.url}
    worker = WorkerProcess(bootstrap, group=f"tg-fc-{uuid.uuid4().hex[:6]}", env=env, log_path=tmp_path / "w.log").start()
    try:
        worker.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            cid, client = shared_from_cv_library(pub, profiles, audit)
            own_redis.stop()
            down = outcome(profiles, request(pub, cid, client))
            assert down["type"] == "ProfileShareDenied" and down["reason"] == "state_unavailable"
            consent(pub, cid, None, False, minutes=2, purpose="cv_library")  # published during the outage
            pub.flush()
            time.sleep(2)
            assert worker.alive()

            own_redis.start()
            revoked = profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid, timeout=180)
            assert revoked[0]["reason"] == "consent_withdrawn"
            after = outcome(profiles, request(pub, cid, client))
            assert after["type"] == "ProfileShareDenied" and after["reason"] == "consent_withdrawn"
        denial = audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["reason"] == "state_unavailable", timeout=120)
        assert denial[0]["decision"] == "deny"
        assert worker.alive()
    finally:
        worker.stop()


@pytest.mark.parametrize("engine", ["direct", "faust"])
def test_when_redis_is_down_then_sigterm_still_stops_the_worker_in_bounded_time_and_a_restart_loses_nothing(
    engine: str, bootstrap: str, own_redis: RedisServer, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail,
    audit: TopicTail, tmp_path: Path  # noqa: F811
) -> None:
    """Before: the candidate stream retried its state write forever and SIGTERM was never
    honoured (the runner waited for it). Now the worker stops within its grace (10 s) plus
    shutdown, says so in one line, and commits nothing past the unapplied withdrawal."""
    env = {**worker_env, "TALENTGUARD_REDIS_URL": own_redis.url}
    group = f"tg-stop-{uuid.uuid4().hex[:6]}"
    log_path = tmp_path / "w.log"
    args = ("--engine", engine)
    worker = WorkerProcess(bootstrap, group=group, env=env, log_path=log_path, extra_args=args).start()
    try:
        worker.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            cid, _ = shared_from_cv_library(pub, profiles, audit)
            own_redis.stop()
            withdrawal = consent(pub, cid, None, False, minutes=2, purpose="cv_library")
            pub.flush()
        deadline = time.monotonic() + 120   # by condition: the candidate stream is retrying it
        while f"state unavailable for {withdrawal}" not in log_path.read_text(errors="replace"):
            assert time.monotonic() < deadline, f"the withdrawal never reached the worker, see {log_path}"
            time.sleep(0.2)

        assert worker.proc is not None
        began = time.monotonic()
        os.killpg(worker.proc.pid, signal.SIGTERM)
        try:
            code = worker.proc.wait(timeout=45)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"SIGTERM ignored while Redis is down, see {log_path}") from None
        took = time.monotonic() - began
        print(f"stopped {took:.1f}s after SIGTERM")
        assert took < 30, f"stopped in {took:.1f}s"
        assert code == 0
        stopped = [line for line in log_path.read_text().splitlines() if "worker stopped:" in line]
        assert len(stopped) == 1 and "redelivered on restart" in stopped[0], stopped
        assert cid not in stopped[0]

        own_redis.start()
        worker = WorkerProcess(bootstrap, group=group, env=env, log_path=tmp_path / "w2.log", extra_args=args).start()
        revoked = profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid, timeout=180)
        assert revoked[0]["reason"] == "consent_withdrawn"
        audit.wait_for(lambda e: e["subject_id"] == audit_subject(cid) and e["ref"] == withdrawal)
    finally:
        worker.stop()
