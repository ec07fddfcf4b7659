"""Write-if-newer in one atomic Redis step, shared by every "latest decision wins" store.

Each value is stored as ``RANK\\tJSON``. The rank is a string whose byte order is the
precedence order (zero-padded epoch millis first), so a Lua comparison decides in the
server: concurrent writers and out-of-order arrivals converge on the same winner.
"""

from __future__ import annotations

from redis.asyncio import Redis

SET_IF_NEWER = """
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local tab = string.find(cur, '\\t', 1, true)
  if tab then  -- a malformed value (no rank) never blocks a genuine write
    local cur_rank = string.sub(cur, 1, tab - 1)
    if ARGV[2] <= cur_rank then return 0 end
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '\\t' .. ARGV[3])
return 1
"""


def rank(epoch_ms: int, *tie_breakers: str) -> str:
    return "|".join((f"{epoch_ms:015d}", *tie_breakers))


def split(stored: bytes | str) -> str:
    """The JSON part of a stored ``RANK\\tJSON`` value."""
    text = stored.decode() if isinstance(stored, bytes) else stored
    return text.split("\t", 1)[1]


class OrderedHash:
    def __init__(self, client: Redis) -> None:
        self._script = client.register_script(SET_IF_NEWER)

    async def set_if_newer(self, key: str, field: str, rank_value: str, json_value: str, client: Redis | None = None) -> bool:
        return bool(await self._script(keys=[key], args=[field, rank_value, json_value], client=client))
