"""Fail closed: with Redis down, shares are denied (state_unavailable); the worker recovers
by itself when Redis returns and nothing published meanwhile is lost."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import redis

from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess, free_port
from tests.integration.test_consent_gate import audit, consent, ids, notices, outcome, profiles, register, request, settle  # noqa: F401


class OwnRedis:
    """A redis-server of this test's own, on its own port, with an append-only file so a
    restart keeps the state (like a production Redis would)."""

    def __init__(self, workdir: Path) -> None:
        self.port, self.dir = free_port(), workdir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is required for the fail-closed test"
        self.proc = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "yes", "--dir", str(self.dir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("own redis-server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def test_when_redis_stops_then_shares_are_denied_and_when_it_returns_the_worker_recovers(
    bootstrap: str, own_redis: OwnRedis, worker_env: dict, dead_letters: TopicTail, profiles: TopicTail,
    audit: TopicTail, tmp_path: Path  # noqa: F811
) -> None:
    env = {**worker_env, "TALENTGUARD_REDIS_URL": own_redis.url}
    worker = WorkerProcess(bootstrap, group=f"tg-fc-{uuid.uuid4().hex[:6]}", env=env, log_path=tmp_path / "w.log").start()
    cid, client = ids()
    try:
        worker.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            register(pub, cid)
            settle(pub, audit, cid, consent(pub, cid, None, True, minutes=1, purpose="cv_library"))
            assert outcome(profiles, request(pub, cid, client))["type"] == "ProfileShared"

            own_redis.stop()
            down = outcome(profiles, request(pub, cid, client))
            assert down["type"] == "ProfileShareDenied" and down["reason"] == "state_unavailable"
            consent(pub, cid, None, False, minutes=2, purpose="cv_library")  # published during the outage
            pub.flush()
            time.sleep(2)
            assert worker.alive()

            own_redis.start()
            revoked = profiles.wait_for(lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] == cid, timeout=60)
            assert revoked[0]["reason"] == "consent_withdrawn"
            after = outcome(profiles, request(pub, cid, client))
            assert after["type"] == "ProfileShareDenied" and after["reason"] == "consent_withdrawn"
        denial = audit.wait_for(lambda e: e["subject_id"] == cid and e["reason"] == "state_unavailable", timeout=30)
        assert denial[0]["decision"] == "deny"
        assert worker.alive()
    finally:
        worker.stop()
