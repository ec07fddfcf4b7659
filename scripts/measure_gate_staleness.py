"""How often the consent gate decides on lagging state: share requests denied
``unknown_candidate`` although the candidate's registration was published before the
request (broker timestamps), under ``talentguard simulate`` load.

Starts its own embedded broker and a real worker on the local Redis (throwaway prefix),
runs ``talentguard simulate`` against it, waits until every request is decided, then
reads the topics back. Prints one JSON line.

    PYTHONPATH=$PWD python scripts/measure_gate_staleness.py --rate 200 --duration 60 --seed 7
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis  # noqa: E402
from kafka import KafkaConsumer, TopicPartition  # noqa: E402

from schemas.codec import default_codec  # noqa: E402
from streams.broker import start_broker  # noqa: E402
from streams.testing import TopicTail, WorkerProcess  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def read_all(bootstrap: str, topic: str) -> list[tuple[int, dict]]:
    """(broker timestamp ms, event) of every decodable record of ``topic``."""
    codec = default_codec()
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    out, idle = [], 0
    while idle < 5:
        polled = consumer.poll(timeout_ms=300, max_records=10_000)
        idle = idle + 1 if not polled else 0
        for records in polled.values():
            for r in records:
                if r.value is None:
                    continue
                try:
                    out.append((r.timestamp, codec.decode(r.value)))
                except Exception:  # noqa: BLE001 - probes and raw bytes
                    pass
    consumer.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", default="direct")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--warm-up", action="store_true",
                        help="load the sanitiser's language models before the traffic (a ProfileUpdated "
                             "applied first): measures the gate, not the models' first load")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tg-stale-"))
    prefix = f"tgstale-{uuid.uuid4().hex[:8]}"
    broker, proc = start_broker(detach=False, log_path=work / "tansu.log")
    worker = None
    try:
        ensure_topics(broker.bootstrap)
        env = {"TALENTGUARD_REDIS_URL": args.redis_url, "TALENTGUARD_STATE_PREFIX": prefix,
               "TALENTGUARD_SINK": f"duckdb:{work / 'sink.duckdb'}", "TALENTGUARD_BROKER_STATE": str(work / "x.json")}
        dead = TopicTail(broker.bootstrap, "dead-letter")
        worker = WorkerProcess(broker.bootstrap, group=f"stale-{uuid.uuid4().hex[:6]}", env=env,
                               log_path=work / "worker.log", extra_args=("--engine", args.engine)).start()
        worker.wait_ready(dead, timeout=120)
        if args.warm_up:
            from streams.publisher import Publisher
            with Publisher(broker.bootstrap) as pub:
                pub.publish("candidate-events", {"type": "ProfileUpdated", "candidate_id": "warm-up",
                                                 "job_title": "Data engineer", "skills": ["Python"]})
                pub.flush()
            worker.wait_ready(dead, timeout=600)  # its probe comes back after the update is applied
        subprocess.run([sys.executable, "-m", "talentguard.cli", "simulate", "--bootstrap", broker.bootstrap,
                        "--rate", str(args.rate), "--duration", str(args.duration), "--seed", str(args.seed),
                        "--redis-url", args.redis_url], cwd=ROOT, env={**env, **dict(__import__("os").environ)},
                       check=True, stdout=subprocess.DEVNULL)
        requests = {e["request_id"]: (ts, e) for ts, e in read_all(broker.bootstrap, "client-events")
                    if e["type"] == "ProfileShareRequested"}
        deadline = time.monotonic() + 600
        while True:
            decided = {e["request_id"]: e for _, e in read_all(broker.bootstrap, "client-profiles")
                       if e["type"] in ("ProfileShared", "ProfileShareDenied") and e["request_id"] in requests}
            if len(decided) >= len(requests) or time.monotonic() > deadline:
                break
            time.sleep(2)
        registered = {}
        for ts, e in read_all(broker.bootstrap, "candidate-events"):
            if e["type"] == "CandidateRegistered":
                registered.setdefault(e["candidate_id"], ts)
        eligible = [rid for rid, (ts, e) in requests.items()
                    if e["candidate_id"] in registered and registered[e["candidate_id"]] <= ts]
        reasons: dict[str, int] = {}
        for rid in eligible:
            d = decided.get(rid)
            key = "undecided" if d is None else (d["type"] if d["type"] == "ProfileShared" else d["reason"])
            reasons[key] = reasons.get(key, 0) + 1
        false_unknown = reasons.get("unknown_candidate", 0)
        print(json.dumps({"engine": args.engine, "rate": args.rate, "duration_s": args.duration, "seed": args.seed,
                          "requests": len(requests), "decided": len(decided),
                          "requests_after_registration": len(eligible), "outcomes_of_those": reasons,
                          "false_unknown_candidate": false_unknown,
                          "false_unknown_rate": round(false_unknown / len(eligible), 4) if eligible else None}))
    finally:
        if worker is not None:
            worker.stop()
        broker.stop()
        proc.wait(10)
        client = redis.Redis.from_url(args.redis_url)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)


if __name__ == "__main__":
    main()
