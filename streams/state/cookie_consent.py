"""Latest cookie choices per visitor: ``PREFIX:cookie:VISITOR_PSEUDONYM``, expiring with them.

One string per visitor, named by the visitor's keyed pseudonym (never the visitor id), that
Redis deletes by itself when the consent is no longer valid (``occurred_at`` + the preset's
cookie max age, 13 months by default): visitor state does not outlive the choice it
records. Latest ``occurred_at`` wins atomically, as for candidate consents; a newer choice
also moves the expiry. Nothing else about the visitor is stored. A hash written by an
older version (``PREFIX:cookie``, visitor ids in clear) is deleted on start by
``drop_legacy`` (its visitors ask again, as after an expiry).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Callable, Sequence

from redis.asyncio import Redis

from streams.state.ordered import rank, split
from streams.state.redis_client import KeySpace, state_errors
from talentguard.consent import CookieConsent

# KEYS[1] = the visitor's key; ARGV = rank, json, expiry (epoch ms)
SET_IF_NEWER_EXPIRING = """
local cur = redis.call('GET', KEYS[1])
if cur then
  local tab = string.find(cur, '\\t', 1, true)
  if ARGV[1] <= string.sub(cur, 1, tab - 1) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1] .. '\\t' .. ARGV[2], 'PXAT', ARGV[3])
return 1
"""


class CookieConsentStore:
    def __init__(self, client: Redis, keys: KeySpace, visitor_name: Callable[[str], str]) -> None:
        self.client, self.keys, self.visitor_name = client, keys, visitor_name
        self._set = client.register_script(SET_IF_NEWER_EXPIRING)

    def key(self, visitor_id: str) -> str:
        return self.keys.key("cookie", self.visitor_name(visitor_id))

    async def record(self, consent: CookieConsent, expires_at: datetime) -> bool:
        """Store ``consent`` until ``expires_at`` if it is the visitor's newest choice."""
        if expires_at <= datetime.now(timezone.utc):
            return False  # already expired: nothing worth keeping
        body = json.dumps({"a": consent.analytics, "d": consent.advertising, "f": consent.functional,
                           "t": int(consent.occurred_at.timestamp() * 1000), "e": consent.event_id})
        r = rank(int(consent.occurred_at.timestamp() * 1000), consent.event_id)
        async with state_errors("recording a cookie consent"):
            return bool(await self._set(keys=[self.key(consent.visitor_id)],
                                        args=[r, body, int(expires_at.timestamp() * 1000)]))

    async def get_many(self, visitor_ids: Sequence[str]) -> list[CookieConsent | None]:
        if not visitor_ids:
            return []
        async with state_errors("reading cookie consents"):
            raw = await self.client.mget([self.key(v) for v in visitor_ids])
        out: list[CookieConsent | None] = []
        for vid, stored in zip(visitor_ids, raw):
            if stored is None:
                out.append(None)
                continue
            d = json.loads(split(stored))
            out.append(CookieConsent(vid, d["a"], d["d"], d["f"],
                                     datetime.fromtimestamp(d["t"] / 1000, timezone.utc), d["e"]))
        return out

    async def drop_legacy(self) -> int:
        """Delete the pre-issue-11 hash of visitor ids in clear (no expiry). Returns 1 if found."""
        async with state_errors("dropping the legacy cookie hash"):
            return int(await self.client.delete(self.keys.key("cookie")))
