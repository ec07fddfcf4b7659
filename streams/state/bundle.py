"""All pipeline state stores on one Redis connection, and erasure across them."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from streams.state.audit_log import AuditChains
from streams.state.consent_ledger import ConsentLedger
from streams.state.cookie_consent import CookieConsentStore
from streams.state.dedupe import ProcessedEvents
from streams.state.redis_client import KeySpace, connect
from streams.state.share_registry import ShareRegistry
from streams.state.subjects import SubjectStore


@dataclass
class StateStores:
    client: Redis
    keys: KeySpace
    consents: ConsentLedger
    subjects: SubjectStore
    shares: ShareRegistry
    cookies: CookieConsentStore
    processed: ProcessedEvents
    audit: AuditChains

    async def erase_subject(self, cid: str) -> None:
        """Everything personal goes: consents, profile, CV, share list, and the key (shredding).
        Left: the ``erased`` tombstone, notice markers and audit heads (pseudonymous only)."""
        await self.consents.erase(cid)
        await self.shares.erase(cid)
        await self.subjects.erase(cid)

    async def close(self) -> None:
        await self.client.aclose()


def open_state(redis_url: str, prefix: str, timeout_s: float = 0.5) -> StateStores:
    client = connect(redis_url, timeout_s=timeout_s)
    keys = KeySpace(prefix)
    return StateStores(client, keys, ConsentLedger(client, keys), SubjectStore(client, keys),
                       ShareRegistry(client, keys), CookieConsentStore(client, keys),
                       ProcessedEvents(client, keys), AuditChains(client, keys))
