"""`talentguard bench pipeline`: how close the pipeline runs to the broker's own speed.

One run measures, on the same broker and the same machine:
1. raw ceiling: a plain aiokafka consume -> produce -> commit loop over the same messages;
2. consent path: ProfileShareRequested through a running worker to client-profiles, with
   consent state for a population of candidates in Redis (half consenting, no CVs);
3. analytics path: PageViewed / SearchPerformed through the worker into the sink;
4. candidate path: registrations, profile updates (no CV), consent grants and withdrawals
   applied by the candidate stream (the state the gate must wait for: a slow candidate
   stream turns share requests into ``state_lagging``).
Throughput is a backlog drain (publish as fast as possible, time until every output
exists); latency is measured at a fixed offered load of half the measured maximum, from
each input's broker timestamp to its output's. The worker's peak RSS and CPU are sampled
from outside with psutil. Nothing here is a test: it prints numbers and ratios.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import redis
from kafka import KafkaConsumer, TopicPartition

from schemas import catalogue as cat
from schemas.codec import default_codec
from streams.bench.measure import (ProcessSampler, percentile, send_payloads, topic_end,
                                   wait_for_group_caught_up, wait_for_growth)
from streams.bench.raw import measure_raw_ceiling
from streams.testing import TopicTail, WorkerProcess

Payloads = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class BenchConfig:
    bootstrap: str
    redis_url: str
    events: int = 20_000
    candidates: int = 100_000
    clients: int = 50
    engine: str = "direct"
    workers: int = 1
    latency_seconds: float = 5.0
    seed: int = 7
    metrics_host: str = "127.0.0.1"
    metrics_port: int | None = None  # first worker's /metrics port (then +1 per worker); None = free ports


def _share_requests(n: int, candidates: int, clients: int, rng: random.Random, tag: str) -> Payloads:
    codec = default_codec()
    out: Payloads = []
    for i in range(n):
        event = codec.from_json({
            "type": "ProfileShareRequested", "event_id": f"{tag}-{i}", "request_id": f"{tag}-{i}",
            "client_id": f"client-{rng.randrange(clients):03d}",
            "candidate_id": f"bench-cand-{rng.randrange(candidates)}", "job_id": "job-1", "purpose": "recruitment"})
        out.append((event["client_id"].encode(), codec.encode(event, validated=True)))
    return out


def _analytics_events(n: int, visitors: int, rng: random.Random, tag: str) -> Payloads:
    codec = default_codec()
    out: Payloads = []
    for i in range(n):
        vid = f"bench-vis-{rng.randrange(visitors)}"
        if rng.random() < 0.7:
            event = {"type": "PageViewed", "visitor_id": vid, "path": f"/jobs/{rng.randrange(5000)}",
                     "ip": "192.0.2.1", "user_agent": "bench"}
        else:
            event = {"type": "SearchPerformed", "visitor_id": vid, "query": rng.choice(["data engineer", "infirmière", "comptable"]),
                     "results_count": 10}
        full = codec.from_json({**event, "event_id": f"{tag}-{i}"})
        out.append((vid.encode(), codec.encode(full, validated=True)))
    return out


def _candidate_events(n: int, rng: random.Random, tag: str) -> Payloads:
    """New candidates, each registered, given a profile, then consenting (some withdraw):
    the mix a platform sends, in order per candidate (keyed by candidate id)."""
    codec = default_codec()
    now = datetime.now(timezone.utc)
    out: Payloads = []
    for c in range(n // 4 + 1):
        cid = f"bench-new-{tag}-{c}"
        events = [
            {"type": "CandidateRegistered", "candidate_id": cid, "email": f"{cid}@example.org", "first_name": "Bench",
             "last_name": "Candidate", "phone": "+33 6 00 00 00 00", "city": "Lyon", "locale": "fr"},
            {"type": "ProfileUpdated", "candidate_id": cid, "job_title": "Data engineer", "sector": "IT",
             "years_experience": c % 20, "skills": ["Python", "SQL"], "region": "Auvergne-Rhône-Alpes"},
            {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library", "client_id": None,
             "proof": "bench"},
            {"type": "ConsentWithdrawn" if rng.random() < 0.3 else "ConsentGranted", "candidate_id": cid,
             "purpose": "share_with_client", "client_id": f"client-{rng.randrange(50):03d}", "proof": "bench"},
        ]
        for i, event in enumerate(events):
            full = codec.from_json({**event, "occurred_at": now, "event_id": f"{tag}-cand-{c}-{i}"})
            out.append((cid.encode(), codec.encode(full, validated=True)))
    return out[:n]


def _seed_candidates(redis_url: str, prefix: str, candidates: int) -> float:
    """Consent state for the population, written straight into Redis through the stores'
    bulk methods (same keys and encryption the worker uses): profiles for all, a CV-library
    consent for every other candidate, no CVs. Returns the seconds it took."""
    import asyncio

    from streams.state.bundle import open_state
    from talentguard.consent import ConsentRecord

    async def seed() -> None:
        state = open_state(redis_url, prefix, timeout_s=30)
        now = datetime.now(timezone.utc)
        try:
            for start in range(0, candidates, 5000):
                ids = [f"bench-cand-{c}" for c in range(start, min(candidates, start + 5000))]
                await state.subjects.put_profiles({cid: {
                    "first_name": "Bench", "last_name": "Candidate", "email": f"{cid}@example.org",
                    "job_title": "Data engineer", "sector": "IT", "years_experience": i % 20,
                    "skills": ["Python", "SQL"], "region": "Île-de-France"} for i, cid in enumerate(ids)})
                await state.consents.record_many([ConsentRecord(cid, "cv_library", None, True, now, f"seed-{cid}")
                                                  for cid in ids[::2]])
        finally:
            await state.close()

    t = time.monotonic()
    asyncio.run(seed())
    return time.monotonic() - t


def _cookie_events(visitors: int, tag: str) -> Payloads:
    codec = default_codec()
    out: Payloads = []
    for v in range(visitors):
        vid = f"bench-vis-{v}"
        full = codec.from_json({"type": "CookieConsentChanged", "visitor_id": vid, "analytics": v % 4 != 0,
                                "advertising": False, "functional": True, "event_id": f"{tag}-cookie-{v}"})
        out.append((vid.encode(), codec.encode(full, validated=True)))
    return out


def _latencies(bootstrap: str, topic: str, sent_ms: dict[str, int], start_offsets: dict[TopicPartition, int]) -> list[float]:
    """Output timestamp minus input send time, per request id, from ``topic``."""
    codec = default_codec()
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    consumer.assign(list(start_offsets))
    for tp, off in start_offsets.items():
        consumer.seek(tp, off)
    found: list[float] = []
    deadline = time.monotonic() + 30
    while len(found) < len(sent_ms) and time.monotonic() < deadline:
        for records in consumer.poll(timeout_ms=200, max_records=5000).values():
            for r in records:
                event = codec.decode(r.value)
                sent = sent_ms.get(event.get("request_id", ""))
                if sent is not None:
                    found.append(r.timestamp - sent)
    consumer.close()
    return found


def _offsets(bootstrap: str, topic: str) -> dict[TopicPartition, int]:
    from streams.lag import true_end_offsets

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        return true_end_offsets(consumer, parts)
    finally:
        consumer.close()


def _start_group_at_end(bootstrap: str, group: str, topics: list[str]) -> None:
    """Commit the current (true) end of ``topics`` for ``group`` before its worker starts.
    Why: a new group would otherwise replay every earlier run's events still held by the
    broker (auto_offset_reset=earliest), and their outputs would be counted as this run's."""
    from kafka.structs import OffsetAndMetadata

    from streams.lag import true_end_offsets

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    try:
        parts = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or ())]
        ends = true_end_offsets(consumer, parts)
        consumer.commit({tp: OffsetAndMetadata(off, "", -1) for tp, off in ends.items()})
    finally:
        consumer.close()


def run_pipeline_bench(cfg: BenchConfig, say: Callable[[str], None] = print) -> dict:
    from streams.topics import ensure_topics

    ensure_topics(cfg.bootstrap)
    rng = random.Random(cfg.seed)
    tag = f"b{uuid.uuid4().hex[:6]}"
    shares = _share_requests(cfg.events, cfg.candidates, cfg.clients, rng, f"{tag}-tp")

    say(f"1/5 raw ceiling over {cfg.events:,} messages ...")
    raw = measure_raw_ceiling(cfg.bootstrap, shares)

    prefix = f"bench-{tag}"
    workdir = Path(tempfile.mkdtemp(prefix="tg-bench-"))
    env = {"TALENTGUARD_REDIS_URL": cfg.redis_url, "TALENTGUARD_STATE_PREFIX": prefix,
           "TALENTGUARD_SINK": f"duckdb:{workdir / 'bench.duckdb'}",
           "TALENTGUARD_BROKER_STATE": str(workdir / "none.json")}
    group = f"talentguard-bench-{tag}"
    dead = TopicTail(cfg.bootstrap, cat.DEAD_LETTER)
    consumer = KafkaConsumer(bootstrap_servers=cfg.bootstrap, enable_auto_commit=False, group_id=None)
    _start_group_at_end(cfg.bootstrap, group, [cat.CANDIDATE_EVENTS, cat.CLIENT_EVENTS, cat.ANALYTICS_EVENTS])
    workers = [WorkerProcess(cfg.bootstrap, group=group, env=env, log_path=workdir / f"worker-{i}.log",
                             web_port=None if cfg.metrics_port is None else cfg.metrics_port + i,
                             web_host=cfg.metrics_host,
                             extra_args=("--engine", cfg.engine)) for i in range(cfg.workers)]
    for worker in workers:
        worker.start()
    pids = [w.proc.pid for w in workers]
    try:
        workers[0].wait_ready(dead, timeout=120)
        visitors = max(1000, cfg.events // 20)
        say(f"2/5 seeding {cfg.candidates:,} candidates in Redis (half consenting) and {visitors:,} visitors' cookie consents ...")
        seed_s = _seed_candidates(cfg.redis_url, prefix, cfg.candidates)
        say(f"    seeded in {seed_s:.1f} s")
        send_payloads(cfg.bootstrap, cat.ANALYTICS_EVENTS, _cookie_events(visitors, tag))
        wait_for_group_caught_up(cfg.bootstrap, group, cat.ANALYTICS_EVENTS, timeout=600)
        if cfg.workers > 1:
            _warm_up_every_worker(cfg, workers, consumer, rng, tag, say)

        say(f"3/5 consent path: {cfg.events:,} share requests ...")
        before = _consumed_by_worker(workers, cat.CLIENT_EVENTS)
        start = topic_end(consumer, cat.CLIENT_PROFILES)
        with ProcessSampler(pids) as consent_stats:
            t0 = time.monotonic()
            send_payloads(cfg.bootstrap, cat.CLIENT_EVENTS, shares)
            t1 = wait_for_growth(consumer, cat.CLIENT_PROFILES, start, cfg.events, timeout=600)
        consent_eps = cfg.events / (t1 - t0)
        per_worker = [after - b for after, b in zip(_consumed_by_worker(workers, cat.CLIENT_EVENTS), before)]

        rate = consent_eps / 2
        n_lat = max(200, int(rate * cfg.latency_seconds))
        lat_payloads = _share_requests(n_lat, cfg.candidates, cfg.clients, rng, f"{tag}-lat")
        offsets = _offsets(cfg.bootstrap, cat.CLIENT_PROFILES)
        say(f"    latency at half load: {n_lat:,} requests at {rate:,.0f}/s ...")
        publish_ack: list[float] = []
        stamps = send_payloads(cfg.bootstrap, cat.CLIENT_EVENTS, lat_payloads, rate=rate, ack_ms=publish_ack)
        sent_ms = {f"{tag}-lat-{i}": ms for ms, i in stamps}
        achieved = len(stamps) / max(1e-3, (stamps[-1][0] - stamps[0][0]) / 1000)
        say(f"    offered {achieved:,.0f}/s over {(stamps[-1][0] - stamps[0][0]) / 1000:.1f} s")
        lat = _latencies(cfg.bootstrap, cat.CLIENT_PROFILES, sent_ms, offsets)

        say(f"4/5 analytics path: {cfg.events:,} page views and searches ...")
        analytics = _analytics_events(cfg.events, visitors, rng, f"{tag}-an")
        with ProcessSampler(pids) as analytics_stats:
            t0 = time.monotonic()
            send_payloads(cfg.bootstrap, cat.ANALYTICS_EVENTS, analytics)
            t1 = wait_for_group_caught_up(cfg.bootstrap, group, cat.ANALYTICS_EVENTS, timeout=600)
        analytics_eps = cfg.events / (t1 - t0)

        say(f"5/5 candidate path: {cfg.events:,} registrations, profile updates and consent changes ...")
        changes = _candidate_events(cfg.events, rng, tag)
        dead_before = _dead_letters_of(workers)
        with ProcessSampler(pids) as candidate_stats:
            t0 = time.monotonic()
            send_payloads(cfg.bootstrap, cat.CANDIDATE_EVENTS, changes)
            t1 = wait_for_group_caught_up(cfg.bootstrap, group, cat.CANDIDATE_EVENTS, timeout=900)
        candidate_eps = len(changes) / (t1 - t0)
        candidate_dead = _dead_letters_of(workers) - dead_before
        if candidate_dead:  # a fast drain of rejected events would measure nothing
            raise RuntimeError(f"candidate path: {candidate_dead:.0f} bench events were dead-lettered; "
                               f"see the worker logs in {workdir}")
    finally:
        consumer.close()
        dead.close()
        for worker in workers:
            worker.stop()
        _cleanup_redis(cfg.redis_url, prefix)
    return {
        "engine": cfg.engine,
        "workers": cfg.workers,
        "events": cfg.events,
        "candidates": cfg.candidates,
        "raw_eps": round(raw.eps, 1),
        "raw_eps_runs": [round(r.eps, 1) for r in raw.runs],
        "consent_eps": round(consent_eps, 1),
        "consent_ratio": round(consent_eps / raw.eps, 3),
        "consent_events_per_worker": per_worker,
        "consent_load_eps": round(rate, 1),
        "consent_latency_samples": len(lat),
        "consent_p50_ms": round(percentile(lat, 50), 1),
        "consent_p95_ms": round(percentile(lat, 95), 1),
        "consent_p99_ms": round(percentile(lat, 99), 1),
        "publish_ack_p50_ms": round(percentile(publish_ack, 50), 1),
        "publish_ack_p99_ms": round(percentile(publish_ack, 99), 1),
        "analytics_eps": round(analytics_eps, 1),
        "analytics_ratio": round(analytics_eps / raw.eps, 3),
        "candidate_eps": round(candidate_eps, 1),
        "candidate_ratio": round(candidate_eps / raw.eps, 3),
        "worker_rss_mb": round(max(consent_stats.peak_rss, analytics_stats.peak_rss, candidate_stats.peak_rss) / 2**20, 1),
        "worker_cpu_percent_consent": round(consent_stats.cpu_percent, 1),
        "worker_cpu_percent_analytics": round(analytics_stats.cpu_percent, 1),
        "worker_cpu_percent_candidate": round(candidate_stats.cpu_percent, 1),
    }


def _consumed_by_worker(workers: list[WorkerProcess], topic: str) -> list[int]:
    """Events each worker consumed from ``topic`` so far (from its /metrics page)."""
    return [int(w.metrics().get(f'talentguard_consumed_total{{topic="{topic}"}}', 0)) for w in workers]


def _dead_letters_of(workers: list[WorkerProcess]) -> float:
    return sum(w.metrics().get("talentguard_dead_letters_total", 0.0) for w in workers)


def _warm_up_every_worker(cfg: BenchConfig, workers: list[WorkerProcess], consumer: KafkaConsumer,
                          rng: random.Random, tag: str, say: Callable[[str], None]) -> None:
    """Several workers share the group: before timing, make sure the partitions are spread
    (every worker consumed share requests), sending small warm-up rounds until they are."""
    deadline = time.monotonic() + 120
    for round_no in range(1000):
        warm = _share_requests(600, cfg.candidates, cfg.clients, rng, f"{tag}-warm{round_no}")
        start = topic_end(consumer, cat.CLIENT_PROFILES)
        send_payloads(cfg.bootstrap, cat.CLIENT_EVENTS, warm)
        wait_for_growth(consumer, cat.CLIENT_PROFILES, start, len(warm), timeout=120)
        counts = _consumed_by_worker(workers, cat.CLIENT_EVENTS)
        if all(counts):
            say(f"    {len(workers)} workers share the partitions (warm-up consumed {counts})")
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"not every worker got partitions after 120 s (consumed {counts})")
        time.sleep(1)


def _cleanup_redis(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    batch = []
    for key in client.scan_iter(match=f"{prefix}:*", count=5000):
        batch.append(key)
        if len(batch) >= 5000:
            client.delete(*batch)
            batch.clear()
    if batch:
        client.delete(*batch)


def render_table(result: dict) -> str:
    rows = [
        ("raw ceiling (aiokafka passthrough)", f"{result['raw_eps']:,.0f} ev/s", "1.00",
         f"median of runs: {', '.join(f'{r:,.0f}' for r in result.get('raw_eps_runs', []))}"),
        (f"consent path ({result['engine']} x{result['workers']})", f"{result['consent_eps']:,.0f} ev/s", f"{result['consent_ratio']:.2f}",
         f"p50 {result['consent_p50_ms']} / p95 {result['consent_p95_ms']} / p99 {result['consent_p99_ms']} ms "
         f"at {result['consent_load_eps']:,.0f} ev/s (publish -> broker ack alone: p50 "
         f"{result['publish_ack_p50_ms']} / p99 {result['publish_ack_p99_ms']} ms)"),
        (f"analytics path ({result['engine']} x{result['workers']})", f"{result['analytics_eps']:,.0f} ev/s", f"{result['analytics_ratio']:.2f}", ""),
        (f"candidate path ({result['engine']} x{result['workers']})", f"{result['candidate_eps']:,.0f} ev/s",
         f"{result['candidate_ratio']:.2f}", "registrations, profiles, consents (no CV)"),
    ]
    lines = [f"{'path':<36} {'throughput':>14} {'ratio':>6}  latency (half load)"]
    lines += [f"{a:<36} {b:>14} {c:>6}  {d}" for a, b, c, d in rows]
    lines.append(f"worker peak RSS {result['worker_rss_mb']} MB; CPU {result['worker_cpu_percent_consent']}% (consent), "
                 f"{result['worker_cpu_percent_analytics']}% (analytics), "
                 f"{result['worker_cpu_percent_candidate']}% (candidate) of one core"
                 + (f" (summed over {result['workers']} workers; consent requests per worker "
                    f"{result['consent_events_per_worker']})" if result["workers"] > 1 else ""))
    return "\n".join(lines)
