"""Throughput of the consent-gate processor alone (no Kafka): real Redis, real codec.

Seeds N candidates through the candidate processor, then runs 4,000 share requests in
batches of 500 through ConsentGate.process. Prints events per second for both.
Usage: python scripts/measure_consent_gate.py [redis_url] [candidates] [requests]
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
import uuid

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.state.bundle import open_state
from talentguard.clock import SystemClock


async def main(url: str, candidates: int = 2000, requests: int = 4000, batch: int = 500) -> None:
    codec, clock, prefix = default_codec(), SystemClock(), f"gate-{uuid.uuid4().hex[:6]}"
    state = open_state(url, prefix)
    try:
        cand = CandidateProcessor(codec, clock, state, Counters())
        gate = ConsentGate(codec, clock, state, Counters())
        msgs = []
        for i in range(candidates):
            cid = f"cand-{i}"
            for e in ({"type": "CandidateRegistered", "candidate_id": cid, "email": "e@x.org", "first_name": "F",
                       "last_name": "L", "locale": "en"},
                      {"type": "ProfileUpdated", "candidate_id": cid, "job_title": "Dev", "sector": "IT", "skills": ["a"]},
                      {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library"}):
                msgs.append(Incoming("candidate-events", 0, len(msgs), cid.encode(), codec.encode(codec.from_json(e))))
        t = time.perf_counter()
        for k in range(0, len(msgs), batch):
            await cand.process(msgs[k:k + batch])
            await cand.on_sent()
        print(f"candidate processor: {len(msgs) / (time.perf_counter() - t):,.0f} events/s")
        rng = random.Random(1)
        reqs = [Incoming("client-events", 0, i, b"k", codec.encode(codec.from_json({
            "type": "ProfileShareRequested", "request_id": f"r{i}", "client_id": f"cl-{rng.randrange(50)}",
            "candidate_id": f"cand-{rng.randrange(candidates)}"}))) for i in range(requests)]
        t = time.perf_counter()
        for k in range(0, len(reqs), batch):
            await gate.process(reqs[k:k + batch])
            await gate.on_sent()
        print(f"consent gate:        {len(reqs) / (time.perf_counter() - t):,.0f} events/s")
    finally:
        keys = [k async for k in state.client.scan_iter(match=f"{prefix}:*", count=5000)]
        for i in range(0, len(keys), 1000):
            await state.client.delete(*keys[i:i + 1000])
        await state.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(main(args[0] if args else "redis://127.0.0.1:6379/12",
                     *(int(a) for a in args[1:3])))
