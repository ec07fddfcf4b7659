"""All pipeline state stores on one Redis connection, and erasure across them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Sequence

from redis.asyncio import Redis

from streams.state.audit_log import AuditChains
from streams.state.consent_ledger import ConsentEntries, ConsentLedger, LedgerMac
from streams.state.cookie_consent import CookieConsentStore
from streams.state.dedupe import ProcessedEvents
from streams.state.kek_rotation import keks_of
from streams.state.redis_client import KeySpace, connect
from streams.state.share_registry import ShareRegistry
from streams.state.redis_client import state_errors
from streams.state.subjects import SubjectStore, SubjectView

if TYPE_CHECKING:
    from talentguard.keyring import Keyring


# ARGV = prefix, subject pseudonyms (KeySpace.subject_name). The script builds the three
# key names itself: sending names instead of 3 full key names per request cut the bytes
# per batch by about 4x (the key layout is the stores' own: consent ledger, subject hash,
# wrapped subject key). Never ids: key names hold pseudonyms only.
SHARE_INPUTS = """
local prefix = ARGV[1]
local out = {}
for i = 2, #ARGV do
  local name = ARGV[i]
  -- a consent key of the wrong type is invalid state for that candidate (denied
  -- state_invalid), not an error failing the whole batch
  local consents = redis.pcall('HVALS', prefix .. ':consent:' .. name)
  if type(consents) == 'table' and consents.err then consents = {'!wrong type'} end
  out[i - 1] = {consents,
                redis.call('HGETALL', prefix .. ':subject:' .. name),
                redis.call('GET', prefix .. ':key:' .. name)}
end
return out
"""


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

    def __post_init__(self) -> None:
        self._share_inputs = self.client.register_script(SHARE_INPUTS)

    async def share_inputs(self, cids: Sequence[str]) -> tuple[list[ConsentEntries], list[SubjectView]]:
        """Everything the consent gate needs for a batch (consents, status, profile, CV) in ONE
        Redis command: a script reads every candidate's hashes server-side. A batch then costs
        the same round trip whatever its size. Profiles and CVs are decrypted only when read
        (see SubjectView). (Keys built inside the script: needs a single Redis node, not a
        cluster.)"""
        if not cids:
            return [], []
        async with state_errors("reading share inputs"):
            rows = await self._share_inputs(args=[self.keys.prefix, *(self.keys.subject_name(c) for c in cids)])
        consents = [self.consents.mac.entries(cid, row[0]) for cid, row in zip(cids, rows)]
        views = [self.subjects.open_view(cid, dict(zip(row[1][::2], row[1][1::2])), row[2] if len(row) > 2 else None)
                 for cid, row in zip(cids, rows)]
        return consents, views

    async def erase_subject(self, cid: str, at: datetime | None = None) -> None:
        """Everything personal goes: consents, profile, CV, share list, and the key (shredding).
        Left, under the subject's keyed pseudonym only: the erased marker (with the time, so
        older events are dropped), notice markers and audit heads."""
        await self.consents.erase(cid)
        await self.shares.erase(cid)
        await self.subjects.erase(cid, at)

    async def forget_subject(self, cid: str, at: datetime | None = None) -> None:
        """Retention expiry: as ``erase_subject`` but the marker keeps no ``erased`` flag."""
        await self.consents.erase(cid)
        await self.shares.erase(cid)
        await self.subjects.forget(cid, at)

    async def close(self) -> None:
        await self.client.aclose()


def open_state(redis_url: str, prefix: str, timeout_s: float = 0.5, keyring: "Keyring | None" = None) -> StateStores:
    """Every store on one connection. ``keyring`` (default: the process keyring from
    ``TALENTGUARD_KEYS_DIR``) names subjects in keys, wraps their keys, authenticates the
    consent ledger (MAC) and signs the audit trail."""
    if keyring is None:
        from talentguard.keyring import default_keyring

        keyring = default_keyring()
    client = connect(redis_url, timeout_s=timeout_s)
    keys = KeySpace(prefix, keyring.subject_pseudonym)
    ledger = ConsentLedger(client, keys, LedgerMac(keyring.ledger_mac_key, keyring.subject_pseudonym))
    return StateStores(client, keys, ledger, SubjectStore(client, keys, keks_of(keyring)),
                       ShareRegistry(client, keys),
                       CookieConsentStore(client, keys, lambda v: keyring.pseudonym("visitor", v)),
                       ProcessedEvents(client, keys), AuditChains(client, keys, keyring))
