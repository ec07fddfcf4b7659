"""Read-your-writes for the consent gate: decide a share request only on candidate state
that includes every candidate event published before it, proven by offsets.

Per gate batch, AFTER its requests were fetched, one probe reads the true log end of
every partition of ``candidate-events`` (``streams.log_end``): every candidate event
acknowledged before a request was published lies below that end. A request is *covered*
when its candidate's partition (``streams.state.watermarks.candidate_partition``) has
its applied offset (``AppliedOffsets``: next offset the candidate stream applied) at or
past the end read by the probe. Uncovered requests wait (polling the applied offsets, at
most ``wait_s``); what is still uncovered is answered ``state_lagging`` (retryable).

Since offsets are exact, a quiet partition whose applied offset equals its end is
covered with no runner alive, and ``unknown_candidate`` on covered state is final.

Failure modes, all on the safe side: a probe that fails or times out leaves partitions
unknown (not covered -> ``state_lagging`` after the wait); applied offsets that cannot be
read (Redis down or restarting) raise ``StateUnavailable`` (the caller fails closed).

An applied offset PAST the probed end is either a later, true report (the stream applied
more records after the probe: covered) or a stale value from an earlier broker instance
(the embedded broker loses every topic on restart and offsets start again at 0). One
more probe tells them apart: a value still past an end read after it was read cannot
belong to this log (stale: not covered until a runner overwrites it). Remaining edge:
after a broker restart, until the candidate runner's first report (it reports positions
at start and on every assignment), a stale value that happens to lie between the two
ends passes as covered; with the direct engine that window is the runner's start-up.
"""

from __future__ import annotations

import asyncio
import enum
import time
from typing import Awaitable, Callable, Mapping, Sequence

from schemas.codec import Event
from streams.log_end import LogEnd
from streams.state.watermarks import candidate_partition

POLL_S = 0.02


class Coverage(enum.Enum):
    COVERED = "covered"    # applied == end: decide
    BEHIND = "behind"      # applied < end, or nothing applied yet on a non-empty partition
    AHEAD = "ahead"        # applied > end: confirm against a fresher end (``confirm_ahead``)
    UNKNOWN = "unknown"    # the end could not be read: never decide unproven


def coverage(applied: int | None, end: int | None) -> Coverage:
    """One partition, applied offsets read after the end was probed."""
    if end is None:
        return Coverage.UNKNOWN
    done = 0 if applied is None else applied  # nothing recorded: nothing applied
    if done == end:
        return Coverage.COVERED
    return Coverage.BEHIND if done < end else Coverage.AHEAD


def confirm_ahead(applied: int, later_end: int | None) -> bool:
    """Applied offset past the first end: covered iff an end probed after it was read still
    reaches it (a value past the current log end is a stale one)."""
    return later_end is not None and applied <= later_end


def covered_partitions(applied: Mapping[int, int], ends: Mapping[int, int], later_ends: Mapping[int, int] | None,
                       partitions: Sequence[int]) -> set[int]:
    """Which of ``partitions`` are covered (``later_ends``: the second probe, only needed
    when some partition is AHEAD)."""
    done: set[int] = set()
    for p in partitions:
        verdict = coverage(applied.get(p), ends.get(p))
        if verdict is Coverage.COVERED or (verdict is Coverage.AHEAD and later_ends is not None
                                           and confirm_ahead(applied[p], later_ends.get(p))):
            done.add(p)
    return done


async def split_by_coverage(requests: Sequence[Event], read_applied: Callable[[], Awaitable[dict[int, int]]],
                            log_end: LogEnd, partitions: int, wait_s: float) -> tuple[list[Event], list[Event]]:
    """(decidable now, still not covered after the bounded wait). Raises ``StateUnavailable``
    when the applied offsets cannot be read."""
    deadline = time.monotonic() + wait_s
    ends = await log_end.ends()  # after the requests were fetched: covers what preceded them
    part_of = {id(r): candidate_partition(r["candidate_id"], partitions) for r in requests}
    waiting = set(part_of.values())
    while True:
        applied = await read_applied()
        ahead = [p for p in waiting if coverage(applied.get(p), ends.get(p)) is Coverage.AHEAD]
        later = await log_end.ends() if ahead else None
        waiting -= covered_partitions(applied, ends, later, sorted(waiting))
        if not waiting or time.monotonic() >= deadline:
            break
        await asyncio.sleep(POLL_S)
    lagging = [r for r in requests if part_of[id(r)] in waiting]
    return [r for r in requests if part_of[id(r)] not in waiting], lagging
