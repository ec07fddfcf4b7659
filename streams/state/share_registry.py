"""Who received a candidate's profile, under which consent, and who was already notified.

``PREFIX:shares:PSEUDONYM`` maps client -> basis (``purpose:scope``): the clients to revoke
when consent goes. ``PREFIX:noticed:PSEUDONYM`` maps client -> the id of the share request
that claimed the FirstShareNotice. HSETNX decides "first?" atomically, so one notice per
(candidate, client) ever, across restarts and workers; and because the claim names its
request, a redelivery of that same request (a crash after the claim, before the notice was
acknowledged) is still "first" and sends the notice again, with the same event id, instead
of losing it. Keys are named by the candidate's keyed pseudonym; the hash holds client
ids and request ids only and survives erasure on purpose (it proves the notice was given).
"""

from __future__ import annotations

from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors


# ARGV per share: client, basis, request id. A notice set written by an earlier version
# (SADD client) is converted in place first: its clients stay "already noticed".
RECORD_SHARES = """
local n = #KEYS / 2
local first = {}
for i = 1, n do
  local client, basis, request = ARGV[3 * i - 2], ARGV[3 * i - 1], ARGV[3 * i]
  if redis.call('TYPE', KEYS[n + i]).ok == 'set' then
    local noticed = redis.call('SMEMBERS', KEYS[n + i])
    redis.call('DEL', KEYS[n + i])
    for _, old in ipairs(noticed) do redis.call('HSET', KEYS[n + i], old, 'before-upgrade') end
  end
  redis.call('HSET', KEYS[i], client, basis)
  redis.call('HSETNX', KEYS[n + i], client, request)
  first[i] = (redis.call('HGET', KEYS[n + i], client) == request) and 1 or 0
end
return first
"""


class ShareRegistry:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self._record = client.register_script(RECORD_SHARES)

    def shares_key(self, cid: str) -> str:
        return self.keys.subject_key("shares", cid)

    def noticed_key(self, cid: str) -> str:
        return self.keys.subject_key("noticed", cid)

    async def record_shares(self, shares: Sequence[tuple[str, str, str, str]]) -> list[bool]:
        """For each (candidate, client, basis, request id): record it; True where this request
        is the one that first shared with that client (also when it is redelivered)."""
        if not shares:
            return []
        keys = [self.shares_key(c) for c, _, _, _ in shares] + [self.noticed_key(c) for c, _, _, _ in shares]
        args = [x for _, client, basis, request in shares for x in (client, basis, request)]
        async with state_errors("recording shares"):
            results = await self._record(keys=keys, args=args)  # one command for the batch
        return [bool(r) for r in results]

    async def shares(self, cid: str) -> dict[str, str]:
        async with state_errors("reading shares"):
            raw = await self.client.hgetall(self.shares_key(cid))
        return {k.decode(): v.decode() for k, v in raw.items()}

    async def remove(self, cid: str, clients: Sequence[str]) -> None:
        if clients:
            async with state_errors("removing shares"):
                await self.client.hdel(self.shares_key(cid), *clients)

    async def erase(self, cid: str) -> None:
        async with state_errors("erasing shares"):
            await self.client.delete(self.shares_key(cid))

    async def clients_ever(self, cid: str) -> list[str]:
        """Every client that holds the profile now or was ever noticed of it (the keys an
        erasure must tombstone on client-profiles)."""
        async with state_errors("reading the clients of a subject"):
            held = await self.client.hkeys(self.shares_key(cid))
            if await self.client.type(self.noticed_key(cid)) == b"set":  # written by an older version
                noticed = await self.client.smembers(self.noticed_key(cid))
            else:
                noticed = await self.client.hkeys(self.noticed_key(cid))
        return sorted({c.decode() for c in (*held, *noticed)})
