"""Latest cookie choices per visitor (``PREFIX:cookie`` hash, field = visitor id).

Latest ``occurred_at`` wins atomically, as for candidate consents. Visitor ids are
pseudonymous; nothing else about the visitor is stored.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Sequence

from redis.asyncio import Redis

from streams.state.ordered import OrderedHash, rank, split
from streams.state.redis_client import KeySpace, state_errors
from talentguard.consent import CookieConsent


class CookieConsentStore:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self._ordered = OrderedHash(client)
        self.key = keys.key("cookie")

    async def record(self, consent: CookieConsent) -> bool:
        body = json.dumps({"a": consent.analytics, "d": consent.advertising, "f": consent.functional,
                           "t": int(consent.occurred_at.timestamp() * 1000), "e": consent.event_id})
        r = rank(int(consent.occurred_at.timestamp() * 1000), consent.event_id)
        async with state_errors("recording a cookie consent"):
            return await self._ordered.set_if_newer(self.key, consent.visitor_id, r, body)

    async def get_many(self, visitor_ids: Sequence[str]) -> list[CookieConsent | None]:
        if not visitor_ids:
            return []
        async with state_errors("reading cookie consents"):
            raw = await self.client.hmget(self.key, list(visitor_ids))
        out: list[CookieConsent | None] = []
        for vid, stored in zip(visitor_ids, raw):
            if stored is None:
                out.append(None)
                continue
            d = json.loads(split(stored))
            out.append(CookieConsent(vid, d["a"], d["d"], d["f"],
                                     datetime.fromtimestamp(d["t"] / 1000, timezone.utc), d["e"]))
        return out
