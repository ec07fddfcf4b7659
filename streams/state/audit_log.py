"""Chain heads of the audit trail (``PREFIX:audit:PSEUDONYM`` = hash of the last record).

Appending is compare-and-set in Redis (a Lua script), so two workers deciding about the
same subject never fork its chain: a loser re-reads the head and links again. A batch
costs two commands (MGET the heads, one script setting them all) whatever its size.

Every record is signed here with the keyring's audit key, and names its subject by the
keyed pseudonym (the processors pass candidate ids; they never reach the topic). When
Redis is unreachable, ``seal_unlinked`` still signs the records (``prev_hash`` =
``unlinked``) so they can be published with the batch: a crash then loses no decision's
record, and the processor links them once Redis is back.

Each linked record also waits in the ``audit-pending`` hash (same script, same round
trip) until the archiver has seen it on the topic (``released``); ``stale_pending`` finds
the ones a worker killed before the broker's ack never published, for re-publication.

Heads linked by this process are remembered until the next ``checkpoint``: a signed
record of the ``_checkpoints`` chain listing them, which makes a later deletion visible.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import datetime, timezone
from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors
from talentguard.audit import CHECKPOINT_DECISION, CHECKPOINT_SUBJECT, GENESIS, UNLINKED, AuditEntry, Sealer
from talentguard.keyring import Keyring

# compare-and-set every head of a batch in one call. KEYS = heads..., the pending hash;
# ARGV per subject: expected head, new head, n, then n (hash, record JSON) pairs. A won
# subject's records are kept in the pending hash until the archiver has seen them on the
# topic: a worker killed before the broker acknowledged them cannot leave a hole.
CAS_MANY = """
local pending = KEYS[#KEYS]
local pos = 1
local won = {}
for i = 1, #KEYS - 1 do
  local expected, new, n = ARGV[pos], ARGV[pos + 1], tonumber(ARGV[pos + 2])
  pos = pos + 3
  local cur = redis.call('GET', KEYS[i]) or ''
  if cur == expected then
    redis.call('SET', KEYS[i], new)
    for j = 0, n - 1 do
      redis.call('HSET', pending, ARGV[pos + 2 * j], ARGV[pos + 2 * j + 1])
    end
    won[i] = 1
  else
    won[i] = 0
  end
  pos = pos + 2 * n
end
return won
"""

def _pending_json(event: dict, now_ms: int) -> str:
    at = int(event["occurred_at"].astimezone(timezone.utc).timestamp() * 1000)
    return json.dumps({**event, "occurred_at": at, "pending_ms": now_ms}, separators=(",", ":"))


CHECKPOINT_CHUNK = 2000     # heads per checkpoint record (keeps a record well under 1 MB)
CHECKPOINT_SETTLE_S = 5.0   # a head is checkpointed once its record has had time to be acknowledged


class AuditChains:
    def __init__(self, client: Redis, keys: KeySpace, keyring: Keyring) -> None:
        self.client, self.keys = client, keys
        self._cas = client.register_script(CAS_MANY)
        self.sealer = Sealer(keyring.signing_key)
        self._pseudonym = keyring.subject_pseudonym
        self._fresh: dict[str, tuple[str, float]] = {}   # subject -> (head hash, linked at)

    def subject(self, subject_id: str) -> str:
        """The name a subject has in the audit trail (keyed pseudonym)."""
        return subject_id if subject_id == CHECKPOINT_SUBJECT else self._pseudonym(subject_id)

    def key(self, subject: str) -> str:
        """The Redis key of a chain head. ``subject`` is already the pseudonym (see
        ``subject``), so this is ``KeySpace.subject_key("audit", candidate_id)``."""
        return self.keys.key("audit", subject)

    @property
    def pending_key(self) -> str:
        """Hash of linked records not yet seen on the topic (hash -> record JSON)."""
        return self.keys.key("audit-pending")

    async def released(self, hashes: Sequence[str]) -> None:
        """These records are on the topic (archived or re-published): no longer pending."""
        if hashes:
            async with state_errors("releasing pending audit records"):
                await self.client.hdel(self.pending_key, *hashes)

    async def stale_pending(self, older_than_s: float, limit: int = 5000) -> list[dict]:
        """Linked records still unseen on the topic after ``older_than_s``: their worker died
        before the broker acknowledged them (or the archiver is behind). Re-publishing them
        is safe: verify and the archive ignore exact duplicates."""
        cutoff = int((time.time() - older_than_s) * 1000)
        out: list[dict] = []
        async with state_errors("reading pending audit records"):
            async for _, value in self.client.hscan_iter(self.pending_key, count=1000):
                record = json.loads(value)
                if record.pop("pending_ms", 0) <= cutoff:
                    record["occurred_at"] = datetime.fromtimestamp(record["occurred_at"] / 1000, timezone.utc)
                    out.append(record)
                    if len(out) >= limit:
                        break
        return out

    def _named(self, entries: Sequence[AuditEntry]) -> list[AuditEntry]:
        return [replace(e, subject_id=self.subject(e.subject_id)) for e in entries]

    def seal_unlinked(self, entries: Sequence[AuditEntry]) -> list[dict]:
        """Signed records that need no Redis: published now, linked by a later ``append``."""
        return [self.sealer.seal(e, UNLINKED) for e in self._named(entries)]

    async def append(self, entries: Sequence[AuditEntry], attempts: int = 5) -> list[dict]:
        """Link ``entries`` (in order) into their subjects' chains; returns signed AuditRecord events."""
        return await self._link(self._named(entries), attempts)

    async def _link(self, entries: Sequence[AuditEntry], attempts: int = 5) -> list[dict]:
        pending = list(entries)
        linked: dict[int, dict] = {}
        index = {id(e): i for i, e in enumerate(entries)}
        for _ in range(attempts):
            if not pending:
                break
            subjects = list(dict.fromkeys(e.subject_id for e in pending))
            async with state_errors("reading audit chain heads"):
                heads_raw = await self.client.mget([self.key(s) for s in subjects])
            heads = {s: (h.decode() if h else "") for s, h in zip(subjects, heads_raw)}
            chained: dict[str, list[tuple[AuditEntry, dict]]] = {}
            for entry in pending:
                items = chained.setdefault(entry.subject_id, [])
                prev = items[-1][1]["hash"] if items else (heads[entry.subject_id] or GENESIS)
                items.append((entry, self.sealer.seal(entry, prev)))
            args: list[str] = []
            now_ms = int(time.time() * 1000)
            for subject in subjects:
                items = chained[subject]
                args += [heads[subject], items[-1][1]["hash"], str(len(items))]
                for _, event in items:
                    args += [event["hash"], _pending_json(event, now_ms)]
            async with state_errors("writing audit chain heads"):
                won = await self._cas(keys=[self.key(s) for s in subjects] + [self.pending_key], args=args)
            pending = []
            now = time.monotonic()
            for subject, ok in zip(subjects, won):
                if ok and subject != CHECKPOINT_SUBJECT:
                    self._fresh[subject] = (chained[subject][-1][1]["hash"], now)
                for entry, event in chained[subject]:
                    if ok:
                        linked[index[id(entry)]] = event
                    else:
                        pending.append(entry)
        if pending:
            from talentguard.errors import StateUnavailable

            raise StateUnavailable("audit chain heads kept changing under contention; retrying the batch")
        return [linked[i] for i in range(len(entries))]

    async def checkpoint(self, now: datetime, writer: str,
                         settle_s: float = CHECKPOINT_SETTLE_S) -> tuple[list[dict], list[tuple[str, str]]]:
        """Signed checkpoint records for the heads this process linked (and that had
        ``settle_s`` to reach the broker); returns (records, heads covered). The caller
        calls ``checkpointed(heads)`` once the records are acknowledged."""
        cutoff = time.monotonic() - settle_s
        heads = sorted((s, h) for s, (h, at) in self._fresh.items() if at <= cutoff)
        if not heads:
            return [], []
        entries = [AuditEntry(CHECKPOINT_SUBJECT, CHECKPOINT_DECISION, f"{len(chunk)} chain head(s)",
                              "periodic signed checkpoint of chain heads", f"{writer}:{now.isoformat()}:{i}",
                              now, tuple(chunk))
                   for i, chunk in enumerate(heads[j:j + CHECKPOINT_CHUNK]
                                             for j in range(0, len(heads), CHECKPOINT_CHUNK))]
        return await self._link(entries), heads

    def checkpointed(self, heads: Sequence[tuple[str, str]]) -> None:
        """Forget heads now covered by an acknowledged checkpoint (unless linked again since)."""
        for subject, head in heads:
            if self._fresh.get(subject, ("",))[0] == head:
                del self._fresh[subject]

    async def heads(self) -> dict[str, str]:
        """Every chain head in Redis (subject pseudonym -> hash), for verify."""
        prefix = self.keys.key("audit", "")
        out: dict[str, str] = {}
        async with state_errors("reading audit chain heads"):
            keys = [k async for k in self.client.scan_iter(match=prefix + "*", count=1000)]
            for i in range(0, len(keys), 1000):
                part = keys[i:i + 1000]
                for key, value in zip(part, await self.client.mget(part)):
                    if value:
                        out[key.decode()[len(prefix):]] = value.decode()
        return out
