"""Cells counted once per contribution, held back below k: the shared mechanism of survey
answers and retention cohorts.

Redis keeps ``cells`` (hash: cell field -> count) and, per contribution, a marker
(``marker`` key, with a TTL) holding how much that contribution released. The marker is
what makes a redelivery harmless: a contribution seen again is not counted again and
gets the same answer as the first time, so a caller that crashed before writing it can
write it again (the sink applies each contribution's id once). Nothing else is stored:
a cell field holds only the cell's dimensions, never who contributed.

With ``k > 0`` the ``released`` hash (cell field -> count already released to the sink)
holds a cell back until it has k contributions: the k-th releases all k, later ones
release themselves (``release_amount``; a change of k never releases a count twice).
With ``k == 0`` nothing is held back here (the caller gates on absolute counts, as the
survey timer does).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from redis.asyncio import Redis

from streams.state.redis_client import state_errors

# KEYS: cells, released, then one marker per item. ARGV: k, ttl seconds, then one cell
# field per item. Returns per item {counted (0/1), released now}.
COUNT_ONCE = """
local k, ttl = tonumber(ARGV[1]), ARGV[2]
local out = {}
for i = 3, #KEYS do
  local field = ARGV[i]
  local prior = redis.call('GET', KEYS[i])
  if prior then
    out[#out + 1] = {0, tonumber(prior) or 0}
  else
    local n = redis.call('HINCRBY', KEYS[1], field, 1)
    local release = 0
    if k > 0 then
      local done = tonumber(redis.call('HGET', KEYS[2], field) or '0')
      if n >= k and n > done then
        release = n - done
        redis.call('HSET', KEYS[2], field, n)
      end
    end
    redis.call('SET', KEYS[i], release, 'EX', ttl)
    out[#out + 1] = {1, release}
  end
end
return out
"""


def release_amount(count: int, released: int, k: int) -> int:
    """What a cell at ``count`` contributions releases, ``released`` having gone before."""
    return count - released if k > 0 and count >= k and count > released else 0


@dataclass(frozen=True)
class Counted:
    counted: bool  # False: this contribution was counted before (a redelivery)
    release: int   # contributions this one releases to the sink (0: held back or k == 0)


class CountOnceStore(Protocol):
    async def record(self, k: int, items: Sequence[tuple[str, str]]) -> list[Counted]:
        """``items``: (marker key, cell field), in order."""
        ...

    async def counts(self) -> dict[str, int]:
        ...


class RedisCountOnce:
    def __init__(self, client: Redis, cells_key: str, released_key: str, marker_ttl_s: int) -> None:
        self.client, self.cells_key, self.released_key, self.ttl = client, cells_key, released_key, marker_ttl_s
        self._record = client.register_script(COUNT_ONCE)

    async def record(self, k: int, items: Sequence[tuple[str, str]]) -> list[Counted]:
        if not items:
            return []
        async with state_errors("counting a contribution"):
            rows = await self._record(keys=[self.cells_key, self.released_key, *(m for m, _ in items)],
                                      args=[k, self.ttl, *(f for _, f in items)])
        return [Counted(bool(int(r[0])), int(r[1])) for r in rows]

    async def counts(self) -> dict[str, int]:
        async with state_errors("reading counts"):
            raw = await self.client.hgetall(self.cells_key)
        return {(f.decode() if isinstance(f, bytes) else f): int(n) for f, n in raw.items()}


class InMemoryCountOnce:
    """The same semantics in a dict, for table-driven unit tests of the callers."""

    def __init__(self) -> None:
        self.cells: dict[str, int] = {}
        self.released: dict[str, int] = {}
        self.markers: dict[str, int] = {}

    async def record(self, k: int, items: Sequence[tuple[str, str]]) -> list[Counted]:
        out = []
        for marker, field in items:
            if marker in self.markers:
                out.append(Counted(False, self.markers[marker]))
                continue
            n = self.cells[field] = self.cells.get(field, 0) + 1
            release = release_amount(n, self.released.get(field, 0), k)
            if release:
                self.released[field] = n
            self.markers[marker] = release
            out.append(Counted(True, release))
        return out

    async def counts(self) -> dict[str, int]:
        return dict(self.cells)
