"""Which events were already processed: one Redis set per day (``PREFIX:seen:YYYYMMDD``).

A batch costs a fixed number of commands whatever its size: one script checks the ids
against the last ``ttl_days`` day-sets, one SADD + EXPIRE on today's set marks them.

What is remembered is a *scoped* id, ``processed_key(processor, event type, event_id)``:
event ids are the producers', and a producer may reuse one on another topic or for another
type of event (a withdrawal with the id of an earlier grant). With a bare id the second event
would be dropped as a duplicate; scoped, only a true redelivery (same processor, same type,
same id) is. Ids marked before the scoping (bare) are not matched: an event redelivered
across the upgrade is applied once more, which keyed effects make harmless.

Contract (at-least-once): processors check ``unseen`` before acting and ``mark`` only
after their outputs are acknowledged by the broker. A crash between the two redelivers
the event and its outputs may appear twice; state effects are keyed, so they do not
change twice. Where a second output would differ (a share request decided again on
changed consent) or a first one would be lost (revocations whose registry entries are
gone), ``streams.state.share_registry`` keeps a claim / pending record for the event,
named by the same scoped id and kept as long as this store remembers it. Not guaranteed:
dedupe beyond ``ttl_days`` (default 7).

A rejected (dead-lettered) event is marked too, so a redelivery is not dead-lettered twice;
``forget`` clears the marks of events ops replay on purpose after a fix
(``talentguard dead-letter replay``), else the replayed copy would be dropped as a duplicate.
(A rejected share request is never claimed, so its replay is decided afresh.)
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors

DEFAULT_TTL_DAYS = 7
SEEN_ANY = """
local out = {}
for i, id in ipairs(ARGV) do
  local hit = 0
  for _, key in ipairs(KEYS) do
    if redis.call('SISMEMBER', key, id) == 1 then hit = 1 break end
  end
  out[i] = hit
end
return out
"""


def processed_key(scope: str, event_type: str, event_id: str) -> str:
    """The dedupe identity of an event: the processor (one per input topic), its type, its id.
    Scope and type never contain ``|``, so the id after them is unambiguous."""
    return f"{scope}|{event_type}|{event_id}"


class ProcessedEvents:
    def __init__(self, client: Redis, keys: KeySpace, ttl_days: int = DEFAULT_TTL_DAYS) -> None:
        self.client, self.keys, self.ttl_days = client, keys, ttl_days
        self._seen_any = client.register_script(SEEN_ANY)

    def _day_key(self, day: datetime) -> str:
        return self.keys.key("seen", day.strftime("%Y%m%d"))

    async def unseen(self, event_ids: Sequence[str]) -> set[str]:
        if not event_ids:
            return set()
        today = datetime.now(timezone.utc)
        ids = list(event_ids)
        days = [self._day_key(today - timedelta(days=back)) for back in range(self.ttl_days + 1)]
        async with state_errors("checking processed events"):
            hits = await self._seen_any(keys=days, args=ids)
        return {eid for eid, hit in zip(ids, hits) if not hit}

    async def mark(self, event_ids: Sequence[str]) -> None:
        if not event_ids:
            return
        key = self._day_key(datetime.now(timezone.utc))
        async with state_errors("marking processed events"):
            async with self.client.pipeline(transaction=False) as pipe:
                pipe.sadd(key, *event_ids)
                pipe.expire(key, (self.ttl_days + 1) * 86400)
                await pipe.execute()

    async def forget(self, event_ids: Sequence[str]) -> int:
        """Unmark ``event_ids`` in every day-set still consulted; returns how many marks went."""
        if not event_ids:
            return 0
        today = datetime.now(timezone.utc)
        days = [self._day_key(today - timedelta(days=back)) for back in range(self.ttl_days + 1)]
        async with state_errors("clearing processed marks"):
            async with self.client.pipeline(transaction=False) as pipe:
                for day in days:
                    pipe.srem(day, *event_ids)
                removed = await pipe.execute()
        return sum(removed)


class InMemoryProcessedEvents:
    """The in-memory fake of ``ProcessedEvents`` for unit tests (no Redis): same
    ``unseen``/``mark`` interface. ``batches`` keeps each ``mark`` call in order (first in,
    first out checks), ``marked`` every id marked so far."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    @property
    def marked(self) -> list[str]:
        return [i for batch in self.batches for i in batch]

    async def unseen(self, ids: list[str]) -> set[str]:
        done = set(self.marked)
        return {i for i in ids if i not in done}

    async def mark(self, ids: list[str]) -> None:
        self.batches.append(list(ids))

    async def forget(self, ids: list[str]) -> int:
        gone = set(ids)
        removed = sum(i in gone for i in self.marked)
        self.batches = [[i for i in batch if i not in gone] for batch in self.batches]
        return removed
