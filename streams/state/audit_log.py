"""Chain heads of the audit trail (``PREFIX:audit:PSEUDONYM`` = hash of the last record).

Appending is compare-and-set in Redis (a Lua script), so two workers deciding about the
same subject never fork its chain: a loser re-reads the head and links again. A batch
costs two commands (MGET the heads, one script setting them all) whatever its size.
"""

from __future__ import annotations

from typing import Sequence

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors
from talentguard.audit import GENESIS, AuditEntry, audit_event

# compare-and-set every head of a batch in one call: ARGV = expected1, new1, expected2, new2...
CAS_MANY = """
local won = {}
for i, key in ipairs(KEYS) do
  local cur = redis.call('GET', key) or ''
  if cur == ARGV[2 * i - 1] then
    redis.call('SET', key, ARGV[2 * i])
    won[i] = 1
  else
    won[i] = 0
  end
end
return won
"""


class AuditChains:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self._cas = client.register_script(CAS_MANY)

    def key(self, subject: str) -> str:
        return self.keys.subject_key("audit", subject)  # the key names a pseudonym, never the id

    async def append(self, entries: Sequence[AuditEntry], attempts: int = 5) -> list[dict]:
        """Link ``entries`` (in order) into their subjects' chains; returns AuditRecord events."""
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
                items.append((entry, audit_event(entry, prev)))
            args: list[str] = []
            for subject in subjects:
                args += [heads[subject], chained[subject][-1][1]["hash"]]
            async with state_errors("writing audit chain heads"):
                won = await self._cas(keys=[self.key(s) for s in subjects], args=args)
            pending = []
            for subject, ok in zip(subjects, won):
                for entry, event in chained[subject]:
                    if ok:
                        linked[index[id(entry)]] = event
                    else:
                        pending.append(entry)
        if pending:
            from talentguard.errors import StateUnavailable

            raise StateUnavailable("audit chain heads kept changing under contention; retrying the batch")
        return [linked[i] for i in range(len(entries))]
