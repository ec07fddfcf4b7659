"""Session-scoped real parts: one embedded broker (Tansu) over TCP, the local Redis.

Nothing is mocked here. A missing service fails the suite rather than skipping it.
Every test uses its own ids, consumer group and Redis key prefix, and cleans up.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import redis

from streams.broker import EmbeddedBroker, start_broker
from streams.topics import ensure_topics
from streams.testing import TopicTail, WorkerProcess

REDIS_URL = os.environ.get("TALENTGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    embedded, proc = start_broker(detach=False, log_path=log)
    try:
        ensure_topics(embedded.bootstrap)
        yield embedded
    finally:
        embedded.stop()
        proc.wait(10)


@pytest.fixture(scope="session")
def bootstrap(broker: EmbeddedBroker) -> str:
    return broker.bootstrap


@pytest.fixture(scope="session")
def redis_url() -> str:
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"Redis is required at {REDIS_URL}: {exc}")
    return REDIS_URL


@pytest.fixture
def state_prefix(redis_url: str) -> Iterator[str]:
    prefix = f"tgtest-{uuid.uuid4().hex[:10]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def dead_letters(bootstrap: str) -> Iterator[TopicTail]:
    tail = TopicTail(bootstrap, "dead-letter")
    yield tail
    tail.close()


@pytest.fixture
def profiles(bootstrap: str) -> Iterator[TopicTail]:
    """Tail of client-profiles (shares, denials, revocations) from now on."""
    tail = TopicTail(bootstrap, "client-profiles")
    yield tail
    tail.close()


@pytest.fixture
def notices(bootstrap: str) -> Iterator[TopicTail]:
    """Tail of candidate-notifications from now on."""
    tail = TopicTail(bootstrap, "candidate-notifications")
    yield tail
    tail.close()


@pytest.fixture
def audit(bootstrap: str) -> Iterator[TopicTail]:
    """Tail of privacy-audit from now on."""
    tail = TopicTail(bootstrap, "privacy-audit")
    yield tail
    tail.close()


@pytest.fixture
def worker_env(redis_url: str, state_prefix: str, tmp_path: Path) -> dict[str, str]:
    return {
        "TALENTGUARD_REDIS_URL": redis_url,
        "TALENTGUARD_STATE_PREFIX": state_prefix,
        "TALENTGUARD_SINK": f"duckdb:{tmp_path / 'sink.duckdb'}",
        "TALENTGUARD_BROKER_STATE": str(tmp_path / "no-embedded-broker.json"),
    }


@pytest.fixture
def worker(bootstrap: str, worker_env: dict[str, str], dead_letters: TopicTail, tmp_path: Path) -> Iterator[WorkerProcess]:
    """A fresh worker (own consumer group) per test; stopped afterwards."""
    proc = WorkerProcess(bootstrap, group=f"tg-test-{uuid.uuid4().hex[:8]}", env=worker_env,
                         log_path=tmp_path / "worker.log").start()
    try:
        proc.wait_ready(dead_letters)
        yield proc
    finally:
        proc.stop()
