"""Read-your-writes for the consent gate: decide a share request only on candidate state
that includes every candidate event published before it (see ``streams.state.watermarks``).

A request is *covered* when the applied watermark of its candidate's partition is at or
after the request's broker timestamp. Uncovered requests wait (polling the watermarks,
at most ``wait_s``); those still uncovered are answered ``state_lagging`` (retryable).
When no candidate runner reports caught-up partitions (no heartbeat for 30 s: the Faust
engine does not report them, no direct worker runs, or its candidate runner is stalled),
requests are decided without this guarantee (waiting would deny every request of a quiet
partition), and the split says so (``vouched`` False): the gate then never answers the
final ``unknown_candidate`` (the registration may simply not be applied yet) but the
retryable ``state_lagging``. Watermarks that cannot be read (Redis down or restarting)
raise ``StateUnavailable``: nothing is decided on state whose freshness is unknown.
"""

from __future__ import annotations

import asyncio
import time
from typing import Callable, Sequence

from schemas.codec import Event
from streams.state.watermarks import AppliedWatermarks, candidate_partition

POLL_S = 0.02
REPORTER_GONE_MS = 30_000  # no heartbeat for this long: nobody vouches for quiet partitions


async def split_by_freshness(requests: Sequence[Event], timestamp_of: Callable[[Event], int | None],
                             watermarks: AppliedWatermarks, partitions: int,
                             wait_s: float) -> tuple[list[Event], list[Event], bool]:
    """(decidable now, still lagging after the bounded wait, vouched: the decidable ones are
    covered by a reporting runner's watermarks). Raises ``StateUnavailable`` when the
    watermarks cannot be read: the caller fails closed (a read of the candidate state that
    succeeds right after, on a restarted Redis, may well be stale)."""
    deadline = time.monotonic() + wait_s
    pending = list(requests)
    while True:
        marks, heartbeat = await watermarks.read()
        if heartbeat is None or heartbeat < time.time() * 1000 - REPORTER_GONE_MS:
            return list(requests), [], False
        pending = [r for r in pending if not _covered(r, timestamp_of(r), marks, partitions)]
        if not pending:
            return list(requests), [], True
        if time.monotonic() >= deadline:
            lagging = {id(r) for r in pending}
            return [r for r in requests if id(r) not in lagging], pending, True
        await asyncio.sleep(POLL_S)


def _covered(request: Event, ts_ms: int | None, marks: dict[int, int], partitions: int) -> bool:
    if ts_ms is None or ts_ms <= 0:
        return True  # no broker time to compare with: nothing to wait for
    return marks.get(candidate_partition(request["candidate_id"], partitions), -1) >= ts_ms
