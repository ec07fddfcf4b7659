"""Asking for a profile share the way a client does: again after a retryable denial.

Three modules asked in three near-copies of this loop (consent gate, presets, read-your-writes)."""

from __future__ import annotations

import time
import uuid

from streams.publisher import Publisher
from streams.testing import TopicTail

# by contract a client asks again: the gate could not prove its state current in time (the
# machine may be loaded) or a store was unavailable
RETRYABLE = frozenset({"state_lagging", "state_unavailable"})


def answers_until_final(pub: Publisher, profiles: TopicTail, cid: str, client: str, purpose: str | None = "recruitment",
                        within_s: float = 120.0, wait_s: float = 120.0) -> list[dict]:
    """Request a share until the answer is not a retryable denial, or within_s has passed;
    every answer (ProfileShared / ProfileShareDenied event) in order. wait_s bounds the wait
    for each answer."""
    answers: list[dict] = []
    deadline = time.monotonic() + within_s
    while True:
        rid = f"req-{uuid.uuid4().hex[:8]}"
        pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": rid, "client_id": client,
                                      "candidate_id": cid, "purpose": purpose})
        pub.flush()
        (event,) = profiles.wait_for(lambda e: e.get("request_id") == rid, timeout=wait_s)
        answers.append(event)
        if event.get("reason") not in RETRYABLE or time.monotonic() > deadline:
            return answers
        time.sleep(0.5)
