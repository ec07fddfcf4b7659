"""k-at-write: a search term or a path group reaches the sink only once k distinct visitors
produced it (that day).

Per group and day Redis keeps a HyperLogLog of visitor pseudonyms (``PREFIX:distinct:G``)
and, while the count is below k, the ids of the held-back events (``PREFIX:held:G``); ``G``
is a keyed pseudonym of the group, so no key name holds the term or the path. Both expire
(``ttl_ms``, a few days after the day): visitor data does not outlive its use. When the
k-th distinct visitor arrives, that event is released together with the ids it covers: the
sink counts every covered id it has not applied yet (idempotent, see ``sinks.sql``), so the
day's totals are exact once released and a redelivery counts nothing twice. A group that
never reaches k never reaches the sink at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors

# KEYS per hit: hll, held. ARGV: k, ttl_ms, then per hit: visitor, event id.
# Returns per hit: {distinct count, released (0/1), covered event ids...}
OBSERVE = """
local k, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
local out = {}
for i = 1, #KEYS / 2 do
  local hll, held = KEYS[2 * i - 1], KEYS[2 * i]
  redis.call('PFADD', hll, ARGV[1 + 2 * i])
  redis.call('PEXPIRE', hll, ttl)
  local count = redis.call('PFCOUNT', hll)
  if count >= k then
    local row = {count, 1}
    for _, id in ipairs(redis.call('SMEMBERS', held)) do
      if id ~= ARGV[2 + 2 * i] then row[#row + 1] = id end
    end
    redis.call('DEL', held)
    out[i] = row
  else
    redis.call('SADD', held, ARGV[2 + 2 * i])
    redis.call('PEXPIRE', held, ttl)
    out[i] = {count, 0}
  end
end
return out
"""


@dataclass(frozen=True)
class Observation:
    distinct: int             # distinct visitors of the group so far (HyperLogLog estimate)
    released: bool            # k reached: this event goes to the sink
    covers: tuple[str, ...]   # held-back event ids the sink counts with it


class RareValueGate:
    def __init__(self, client: Redis, keys: KeySpace, group_name: Callable[[str], str],
                 ttl_ms: int = 9 * 86_400_000) -> None:
        self.client, self.keys, self.group_name, self.ttl_ms = client, keys, group_name, ttl_ms
        self._observe = client.register_script(OBSERVE)

    async def observe(self, k: int, hits: Sequence[tuple[str, str, str]]) -> list[Observation]:
        """``hits``: (group, visitor pseudonym, event id), in order. One command per batch."""
        if not hits:
            return []
        keys: list[str] = []
        args: list[str | int] = [k, self.ttl_ms]
        for group, visitor, event_id in hits:
            name = self.group_name(group)
            keys += [self.keys.key("distinct", name), self.keys.key("held", name)]
            args += [visitor, event_id]
        async with state_errors("counting distinct visitors"):
            rows = await self._observe(keys=keys, args=args)
        return [Observation(int(r[0]), bool(int(r[1])), tuple(x.decode() for x in r[2:])) for r in rows]
