"""Head-of-line blocking behind a large CV: how long a consent withdrawal published right
after a large CV (same candidate, same partition) takes to be applied, and how long the CV.

Starts its own embedded broker and a real worker (``talentguard worker``, default engine
unless --engine), on the local Redis under a throwaway prefix. Prints one JSON line.

    PYTHONPATH=$PWD python scripts/measure_cv_head_of_line.py --cv-chars 90000

"applied" = the AuditRecord naming the event's id appears on privacy-audit; times are
from the publisher's flush of the event (so they include the worker's fetch wait).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis  # noqa: E402

from streams.broker import start_broker  # noqa: E402
from streams.publisher import Publisher  # noqa: E402
from streams.testing import TopicTail, WorkerProcess  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402

LINE = "Ada Lovelace, data engineer at Acme in Lyon; Kafka pipelines, member of a union. "


def applied(audit: TopicTail, ref: str, timeout: float) -> float:
    audit.wait_for(lambda e: e["ref"] == ref, timeout=timeout)
    return time.monotonic()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cv-chars", type=int, default=90_000)
    parser.add_argument("--engine", default="direct")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tg-hol-"))
    prefix = f"tghol-{uuid.uuid4().hex[:8]}"
    broker, proc = start_broker(detach=False, log_path=work / "tansu.log")
    worker = None
    try:
        ensure_topics(broker.bootstrap)
        env = {"TALENTGUARD_REDIS_URL": args.redis_url, "TALENTGUARD_STATE_PREFIX": prefix,
               "TALENTGUARD_SINK": f"duckdb:{work / 'sink.duckdb'}",
               "TALENTGUARD_BROKER_STATE": str(work / "none.json")}
        dead, audit = TopicTail(broker.bootstrap, "dead-letter"), TopicTail(broker.bootstrap, "privacy-audit")
        worker = WorkerProcess(broker.bootstrap, group=f"hol-{uuid.uuid4().hex[:6]}", env=env,
                               log_path=work / "worker.log", extra_args=("--engine", args.engine)).start()
        worker.wait_ready(dead, timeout=120)
        cid = f"cand-{uuid.uuid4().hex[:8]}"
        with Publisher(broker.bootstrap) as pub:
            pub.publish("candidate-events", {"type": "CandidateRegistered", "candidate_id": cid, "email": "a@b.org",
                                             "first_name": "Ada", "last_name": "L", "locale": "en",
                                             "event_id": f"reg-{cid}"})
            pub.publish("candidate-events", {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library",
                                             "event_id": f"grant-{cid}"})
            # warm the sanitiser (model loading is not what is measured)
            pub.publish("candidate-events", {"type": "CvUploaded", "candidate_id": cid, "cv_id": "warm",
                                             "text": "Data engineer.", "language": "en", "event_id": f"warm-{cid}"})
            pub.flush()
            applied(audit, f"warm-{cid}", args.timeout)
            text = (LINE * (args.cv_chars // len(LINE) + 1))[:args.cv_chars]
            pub.publish("candidate-events", {"type": "CvUploaded", "candidate_id": cid, "cv_id": "big", "text": text,
                                             "language": "en", "event_id": f"cv-{cid}"})
            pub.publish("candidate-events", {"type": "ConsentWithdrawn", "candidate_id": cid,
                                             "purpose": "cv_library", "event_id": f"withdraw-{cid}"})
            pub.flush()
            t0 = time.monotonic()
        withdrawal_s = applied(audit, f"withdraw-{cid}", args.timeout) - t0
        cv_s = applied(audit, f"cv-{cid}", args.timeout) - t0
        print(json.dumps({"engine": args.engine, "cv_chars": args.cv_chars,
                          "withdrawal_applied_s": round(withdrawal_s, 2), "cv_stored_s": round(cv_s, 2)}))
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
