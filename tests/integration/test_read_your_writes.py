"""Read-your-writes for the consent gate, by offsets, on the real broker and the real Redis.

In-process: the candidate processor and the gate are built on real stores, the candidate
"runner" is this test (it applies the topic only when told: a paused runner), the log
end probe talks to the real broker. Each test has its own candidate topic (the session
broker's ``candidate-events`` holds every other test's events) and its own state prefix.
The controls run the same scenario with read-your-writes off and show the harm it
prevents: without them these tests could pass on a gate that never waits.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.log_end import LogEndProbe
from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.publisher import Publisher
from streams.state.bundle import open_state
from streams.state.watermarks import AppliedOffsets, candidate_partition
from streams.testing import TopicTail, WorkerProcess
from streams.topics import TopicSpec, ensure_topics
from talentguard.clock import FixedClock
from tests.integration.share_requests import RETRYABLE, answers_until_final

CODEC = default_codec()
NOW = datetime.now(timezone.utc).replace(microsecond=0)
PARTITIONS = 6


@pytest.fixture
def topic(bootstrap: str) -> Iterator[str]:
    name = f"ryw-candidates-{uuid.uuid4().hex[:8]}"
    ensure_topics(bootstrap, (TopicSpec(name, PARTITIONS),))
    yield name


class Pipeline:
    """A candidate processor applying ``topic`` on demand, and a gate checking coverage."""

    def __init__(self, bootstrap: str, topic: str, redis_url: str, prefix: str, read_your_writes: bool = True,
                 wait_s: float = 0.5) -> None:
        self.bootstrap, self.topic = bootstrap, topic
        self.state = open_state(redis_url, prefix, timeout_s=5.0)
        self.applied = AppliedOffsets(self.state.client, self.state.keys, topic)
        self.probe = LogEndProbe(bootstrap, topic, PARTITIONS)
        clock = FixedClock(NOW)
        self.candidates = CandidateProcessor(CODEC, clock, self.state, Counters(), applied=self.applied)
        self.gate = ConsentGate(CODEC, clock, self.state, Counters(),
                                applied=self.applied if read_your_writes else None,
                                log_end=self.probe if read_your_writes else None,
                                candidate_partitions=PARTITIONS, wait_for_state_s=wait_s)
        self.consumer: AIOKafkaConsumer | None = None
        self.requests = 0

    async def close(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()
        await self.probe.close()
        await self.state.client.aclose()

    async def apply_all(self) -> None:
        """Resume the candidate runner: apply everything published so far, then report the
        positions (as the direct runner does when a poll is empty)."""
        if self.consumer is None:
            self.consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False,
                                             auto_offset_reset="earliest")
            await self.consumer.start()
            self.consumer.assign([TopicPartition(self.topic, p) for p in range(PARTITIONS)])
        ends = await self.probe.ends()
        assert len(ends) == PARTITIONS
        while True:
            positions = {tp.partition: await self.consumer.position(tp) for tp in self.consumer.assignment()}
            if all(positions[p] >= end for p, end in ends.items()):
                await self.candidates.report_applied(positions)
                return
            batches = await self.consumer.getmany(timeout_ms=200)
            batch = [Incoming("candidate-events", r.partition, r.offset, r.key, r.value, r.timestamp)
                     for records in batches.values() for r in records]
            if batch:
                await self.candidates.process(batch)
                await self.candidates.on_sent()

    async def decide(self, cid: str, client: str) -> dict:
        """One share request through the gate (as fetched now); its answer."""
        self.requests += 1
        event = CODEC.from_json({"type": "ProfileShareRequested", "event_id": f"ev-{uuid.uuid4().hex}",
                                 "request_id": f"req-{self.requests}", "client_id": client,
                                 "candidate_id": cid, "occurred_at": NOW.isoformat()})
        out = await self.gate.process([Incoming("client-events", 0, self.requests, b"k", CODEC.encode(event),
                                                int(time.time() * 1000))])
        await self.gate.on_sent()
        (answer,) = [d for d in (CODEC.decode(o.value) for o in out if o.value)
                     if d["type"] in ("ProfileShared", "ProfileShareDenied")]
        return answer


def publish(bootstrap: str, topic: str, *events: dict[str, Any]) -> None:
    """Publish to the private topic as producers publish to candidate-events, acknowledged."""
    with Publisher(bootstrap) as pub:
        for event in events:
            key, value, _ = pub.prepare("candidate-events", event)
            pub.send_raw(topic, key, value)
        pub.flush()


def registered(cid: str) -> dict[str, Any]:
    return {"type": "CandidateRegistered", "candidate_id": cid, "email": f"{cid}@example.org",
            "first_name": "Ada", "last_name": "Lovelace", "locale": "en", "occurred_at": NOW}


def consent(cid: str, client: str, granted: bool, minute: int) -> dict[str, Any]:
    return {"type": "ConsentGranted" if granted else "ConsentWithdrawn", "candidate_id": cid,
            "purpose": "share_with_client", "client_id": client, "proof": "web form v3",
            "occurred_at": NOW.replace(second=0).replace(minute=minute)}


def answer(decision: dict) -> str:
    return "shared" if decision["type"] == "ProfileShared" else decision["reason"]


def scenario(bootstrap: str, topic: str, redis_url: str, prefix: str, body, **options: Any) -> Any:  # noqa: ANN001
    async def go() -> Any:
        pipe = Pipeline(bootstrap, topic, redis_url, prefix, **options)
        try:
            return await body(pipe)
        finally:
            await pipe.close()
    return asyncio.run(go())


@pytest.mark.parametrize("read_your_writes, first", [(True, "state_lagging"), (False, "shared")])
def test_when_a_withdrawal_is_acknowledged_before_a_request_then_the_request_never_shares_while_the_stream_is_paused(
        bootstrap: str, topic: str, redis_url: str, state_prefix: str, read_your_writes: bool, first: str) -> None:
    cid, client = f"cand-{uuid.uuid4().hex[:8]}", "client-acme"

    async def body(pipe: Pipeline) -> tuple[str, str]:
        publish(bootstrap, topic, registered(cid), consent(cid, client, True, 1))
        await pipe.apply_all()
        assert answer(await pipe.decide(cid, client)) == "shared"
        publish(bootstrap, topic, consent(cid, client, False, 2))  # acknowledged; the runner is paused
        while_paused = answer(await pipe.decide(cid, client))
        await pipe.apply_all()
        return while_paused, answer(await pipe.decide(cid, client))

    while_paused, after = scenario(bootstrap, topic, redis_url, state_prefix, body, read_your_writes=read_your_writes)
    assert while_paused == first  # the control (off) shares after an acknowledged withdrawal
    assert after == "consent_withdrawn"


def test_when_a_registration_is_published_before_a_request_then_it_is_never_unknown_candidate(
        bootstrap: str, topic: str, redis_url: str, state_prefix: str) -> None:
    cid, client = f"cand-{uuid.uuid4().hex[:8]}", "client-acme"

    async def body(pipe: Pipeline) -> list[str]:
        await pipe.apply_all()
        publish(bootstrap, topic, registered(cid))
        paused = answer(await pipe.decide(cid, client))
        await pipe.apply_all()
        return [paused, answer(await pipe.decide(cid, client))]

    assert scenario(bootstrap, topic, redis_url, state_prefix, body) == ["state_lagging", "no_consent"]


def test_when_a_partition_is_quiet_then_requests_are_decided_without_waiting_and_unknown_is_final(
        bootstrap: str, topic: str, redis_url: str, state_prefix: str) -> None:
    busy = f"cand-{uuid.uuid4().hex[:8]}"
    quiet = next(c for c in (f"cand-{uuid.uuid4().hex[:8]}" for _ in range(1000))
                 if candidate_partition(c, PARTITIONS) != candidate_partition(busy, PARTITIONS))

    async def body(pipe: Pipeline) -> list[tuple[str, float]]:
        publish(bootstrap, topic, registered(busy), consent(busy, "client-acme", True, 1))
        await pipe.apply_all()  # then nobody runs: applied offsets alone prove the coverage
        timed = []
        for cid in (busy, quiet):
            start = time.monotonic()
            timed.append((answer(await pipe.decide(cid, "client-acme")), time.monotonic() - start))
        return timed

    (busy_answer, busy_s), (quiet_answer, quiet_s) = scenario(bootstrap, topic, redis_url, state_prefix, body,
                                                             wait_s=5.0)
    assert (busy_answer, quiet_answer) == ("shared", "unknown_candidate")  # no partition ever had a record
    assert busy_s < 2.0 and quiet_s < 2.0  # far below the 5 s wait: no waiting at all


def test_when_an_applied_offset_is_stale_from_an_earlier_broker_then_requests_wait_until_the_runner_reports(
        bootstrap: str, topic: str, redis_url: str, state_prefix: str) -> None:
    cid = f"cand-{uuid.uuid4().hex[:8]}"
    partition = candidate_partition(cid, PARTITIONS)

    async def body(pipe: Pipeline) -> list[str]:
        publish(bootstrap, topic, registered(cid))
        await pipe.applied.record({partition: 1_000})  # what a worker wrote before the broker restarted
        stale = answer(await pipe.decide(cid, "client-acme"))
        await pipe.apply_all()  # the runner's first report overwrites it
        return [stale, answer(await pipe.decide(cid, "client-acme"))]

    assert scenario(bootstrap, topic, redis_url, state_prefix, body) == ["state_lagging", "no_consent"]


# --- a real worker, both engines: the candidate stream slowed by a backlog in front ---------

@pytest.fixture(params=["direct", "faust"])
def engine_worker(request: pytest.FixtureRequest, bootstrap: str, worker_env: dict[str, str],
                  dead_letters: TopicTail, tmp_path: Path) -> Iterator[WorkerProcess]:
    proc = WorkerProcess(bootstrap, group=f"tg-ryw-{request.param}-{uuid.uuid4().hex[:8]}", env=worker_env,
                         log_path=tmp_path / "worker.log", extra_args=("--engine", request.param)).start()
    try:
        proc.wait_ready(dead_letters, timeout=120)
        yield proc
    finally:
        proc.stop()


def final_answer(pub: Publisher, profiles: TopicTail, cid: str, client: str, within_s: float = 240) -> list[str]:
    """Ask until the answer is final (not a retryable denial); every answer in order."""
    return [answer(e) for e in answers_until_final(pub, profiles, cid, client, within_s=within_s, wait_s=60)]


def test_when_the_candidate_stream_is_slow_then_acknowledged_writes_are_read_by_the_gate_on_both_engines(
        bootstrap: str, engine_worker: WorkerProcess, profiles: TopicTail) -> None:
    cid, late, client = (f"cand-{uuid.uuid4().hex[:8]}" for _ in range(3))
    with Publisher(bootstrap) as pub:
        for event in (registered(cid), {"type": "ProfileUpdated", "candidate_id": cid, "job_title": "Data engineer",
                                        "occurred_at": NOW}, consent(cid, client, True, 1)):
            pub.publish("candidate-events", event)
        pub.flush()
        assert final_answer(pub, profiles, cid, client)[-1] == "shared"
        # a backlog in front of the withdrawal and the registration: other candidates' consent
        # decisions (cheap to apply: later tests' workers replay this topic too)
        for i in range(1_000):
            pub.publish("candidate-events", consent(f"{cid}-bulk-{i % 100}", client, i % 2 == 0, 3))
        pub.publish("candidate-events", consent(cid, client, False, 2))
        pub.publish("candidate-events", registered(late))
        pub.flush()  # acknowledged before the requests are published
        withdrawn = final_answer(pub, profiles, cid, client)
        known = final_answer(pub, profiles, late, client)
    assert set(withdrawn[:-1]) <= RETRYABLE and withdrawn[-1] == "consent_withdrawn", withdrawn
    assert set(known[:-1]) <= RETRYABLE and known[-1] == "no_consent", known
