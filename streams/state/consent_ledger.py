"""The consent ledger in Redis: the latest decision per (candidate, purpose, client scope).

Other platform services read it too (the key layout is documented in README). One hash per
candidate, ``PREFIX:consent:PSEUDONYM`` (``KeySpace.subject_key``), field ``purpose|scope``
(scope ``*`` = every client), value ``RANK\\tJSON`` with the proof (event id, time, purpose,
scope, proof text) and ``mac``. The latest ``occurred_at`` wins atomically in Redis (see
``talentguard.consent.supersedes``): a late, older grant never resurrects a withdrawn consent.

Why a MAC: anyone who can write to Redis could otherwise insert a grant and get a profile
shared. Each value carries an HMAC-SHA256 (keyring's ledger MAC key, which never is in
Redis) over the subject's pseudonym, purpose, scope, decision, time, event id, proof and
rank. A value whose MAC does not verify, that cannot be parsed, or that duplicates another
entry's (purpose, scope), is *untrusted*: it is left out of the records and counted in
``ConsentEntries.untrusted``, and the gate denies (``state_invalid``) rather than decide
on a ledger someone else wrote. Not detected by the MAC: replacing a value with an OLDER
genuine value of the same field (a rollback); ``audit verify`` compares the ledger with the
signed consent records of the audit trail for that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from streams.state.ordered import OrderedHash, rank
from streams.state.redis_client import KeySpace, state_errors
from talentguard.consent import ConsentRecord


def _ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


class ConsentEntries(list):
    """A candidate's trusted consent records; ``untrusted`` counts the values left out."""

    untrusted: int = 0


class LedgerMac:
    """Authenticates ledger values with the keyring's ledger MAC key, bound to the pseudonym."""

    def __init__(self, key: bytes, pseudonym: Callable[[str], str]) -> None:
        self._key, self._pseudonym = key, pseudonym

    def mac(self, candidate_id: str, body: dict, rank_value: str) -> str:
        content = ["ledger-v1", self._pseudonym(candidate_id), body["purpose"], body["client_id"] or "*",
                   bool(body["granted"]), int(body["occurred_at"]), body["event_id"], body["proof"], rank_value]
        canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
        return hmac.new(self._key, canonical, hashlib.sha256).hexdigest()

    def encode(self, rec: ConsentRecord) -> tuple[str, str, str]:
        field = f"{rec.purpose}|{rec.scope}"
        rank_value = _rank(rec)
        body = {"candidate_id": rec.candidate_id, "purpose": rec.purpose, "client_id": rec.client_id,
                "granted": rec.granted, "occurred_at": _ms(rec.occurred_at), "event_id": rec.event_id,
                "proof": rec.proof}
        body["mac"] = self.mac(rec.candidate_id, body, rank_value)
        return field, rank_value, json.dumps(body)

    def decode(self, candidate_id: str, stored: bytes | str) -> ConsentRecord | None:
        """The record, or None when the value is malformed or not authentic for this candidate."""
        try:
            text = stored.decode() if isinstance(stored, bytes) else stored
            rank_value, payload = text.split("\t", 1)
            d = json.loads(payload)
            if not isinstance(d, dict) or not isinstance(d.get("mac"), str):
                return None
            expected = self.mac(candidate_id, d, rank_value)
            if not hmac.compare_digest(expected, d["mac"]) or d["candidate_id"] != candidate_id:
                return None
            rec = ConsentRecord(d["candidate_id"], d["purpose"], d["client_id"], bool(d["granted"]),
                                datetime.fromtimestamp(d["occurred_at"] / 1000, timezone.utc), d["event_id"],
                                d["proof"])
            return rec if _rank(rec) == rank_value else None
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, OSError):
            return None

    def entries(self, candidate_id: str, values: Iterable[bytes | str]) -> ConsentEntries:
        out, scopes, untrusted = ConsentEntries(), set(), 0
        for value in values:
            rec = self.decode(candidate_id, value)
            if rec is None or (rec.purpose, rec.scope) in scopes:  # a duplicate is a replayed copy
                untrusted += 1
                continue
            scopes.add((rec.purpose, rec.scope))
            out.append(rec)
        out.untrusted = untrusted
        return out


def _rank(rec: ConsentRecord) -> str:
    # tie on time: a withdrawal ("1") outranks a grant ("0"), then the larger event id
    return rank(_ms(rec.occurred_at), "0" if rec.granted else "1", rec.event_id)


class ConsentLedger:
    def __init__(self, client: Redis, keys: KeySpace, mac: LedgerMac) -> None:
        self.client, self.keys, self.mac = client, keys, mac
        self._ordered = OrderedHash(client)

    def key(self, candidate_id: str) -> str:
        return self.keys.subject_key("consent", candidate_id)

    async def record(self, rec: ConsentRecord) -> bool:
        """Store ``rec`` if it is the newest for its (purpose, scope); True if applied."""
        field, rank_value, body = self.mac.encode(rec)
        async with state_errors("recording a consent"):
            return await self._ordered.set_if_newer(self.key(rec.candidate_id), field, rank_value, body)

    async def record_many(self, records: Sequence[ConsentRecord]) -> list[bool]:
        """Bulk form of ``record`` (same ordering rule), one pipeline for all."""
        async with state_errors("recording consents"):
            async with self.client.pipeline(transaction=False) as pipe:
                for rec in records:
                    field, rank_value, body = self.mac.encode(rec)
                    await self._ordered.set_if_newer(self.key(rec.candidate_id), field, rank_value, body, client=pipe)
                return [bool(r) for r in await pipe.execute()]

    async def all_for(self, candidate_id: str) -> ConsentEntries:
        async with state_errors("reading consents"):
            try:
                stored = await self.client.hvals(self.key(candidate_id))
            except ResponseError as exc:  # the key is not a hash: invalid state, not an outage
                if "WRONGTYPE" not in str(exc):
                    raise
                stored = [b"!wrong type"]
        return self.mac.entries(candidate_id, stored)

    async def all_for_many(self, candidate_ids: Sequence[str]) -> list[ConsentEntries]:
        """One round trip for a batch of candidates (the share path)."""
        async with state_errors("reading consents"):
            async with self.client.pipeline(transaction=False) as pipe:
                for cid in candidate_ids:
                    pipe.hvals(self.key(cid))
                results = await pipe.execute()
        return [self.mac.entries(cid, values) for cid, values in zip(candidate_ids, results)]

    async def raw(self, candidate_id: str) -> dict[str, bytes]:
        """Field -> stored value, unchecked (for verify's report)."""
        async with state_errors("reading consents"):
            return await self.client.hgetall(self.key(candidate_id))

    async def erase(self, candidate_id: str) -> None:
        async with state_errors("erasing consents"):
            await self.client.delete(self.key(candidate_id))
