"""Who received a candidate's profile, under which consent, and who was already notified.

``PREFIX:shares:PSEUDONYM`` maps client -> basis (``purpose:scope``): the clients to revoke
when consent goes. ``PREFIX:noticed:PSEUDONYM`` maps client -> the id of the share request
that claimed the FirstShareNotice. HSETNX decides "first?" atomically, so one notice per
(candidate, client) ever, across restarts and workers; and because the claim names its
request, a redelivery of that same request (a crash after the claim, before the notice was
acknowledged) is still "first" and sends the notice again, with the same event id, instead
of losing it. Keys are named by the candidate's keyed pseudonym; the hash holds client
ids and request ids only and survives erasure on purpose (it proves the notice was given).

Two crash records live here too, because they are written in the same script as the
registry entries they belong to (a batch stays one command):

- **Decision claims** (``PREFIX:decision:SCOPED_ID``, the request's dedupe identity, see
  ``streams.state.dedupe.processed_key``): the first final decision about a share request
  (``shared`` or ``denied:REASON``), set with SET NX together with the share it records,
  BEFORE the outputs are sent. A redelivery (a kill -9 after the outputs were acknowledged
  but before the processed mark) gets the claimed outcome back instead of a new decision
  on changed consent. Retryable denials (``state_unavailable``, ``state_lagging``) are
  never claimed. Lifetime: a TTL equal to the dedupe's retention (``DEFAULT_TTL_DAYS`` + 1
  days): past it neither the dedupe nor the claim recognises a redelivery.
- **Pending revocations** (``PREFIX:revoking:SCOPED_ID``, the cause's dedupe identity):
  client -> reason, written in the same script that removes those clients from the
  registry, and cleared only once the ProfileRevoked records are acknowledged. A
  redelivered cause (withdrawal, restriction, erasure...) whose registry entries are
  already gone re-sends them from this record. Same TTL as the claims (a record is
  normally cleared seconds after it was written; the TTL only bounds what a lost clear
  leaves behind). The record holds client ids and reason codes, never candidate data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from redis.asyncio import Redis

from streams.state.dedupe import DEFAULT_TTL_DAYS
from streams.state.redis_client import KeySpace, state_errors


# One share: the registry entry, and the notice claim (1 when this request holds it). A
# notice set written by an earlier version (SADD client) is converted in place first: its
# clients stay "already noticed".
RECORD_ONE = """
local function record_share(shares, noticed, client, basis, request)
  if redis.call('TYPE', noticed).ok == 'set' then
    local old = redis.call('SMEMBERS', noticed)
    redis.call('DEL', noticed)
    for _, c in ipairs(old) do redis.call('HSET', noticed, c, 'before-upgrade') end
  end
  redis.call('HSET', shares, client, basis)
  redis.call('HSETNX', noticed, client, request)
  return (redis.call('HGET', noticed, client) == request) and 1 or 0
end
"""

# KEYS = shares..., noticed...; ARGV per share: client, basis, request id.
RECORD_SHARES = RECORD_ONE + """
local n = #KEYS / 2
local first = {}
for i = 1, n do
  first[i] = record_share(KEYS[i], KEYS[n + i], ARGV[3 * i - 2], ARGV[3 * i - 1], ARGV[3 * i])
end
return first
"""

# KEYS = claims..., shares..., noticed...; ARGV = ttl ms, then per request: the decision to
# claim ('' = look up only: a retryable denial), '1' if this decision is a share, client,
# basis, request id. A share is recorded only when the claim (new or earlier) is 'shared' and this
# decision is a share too. Returns per request {claimed outcome or '', first notice 0/1}.
SETTLE_DECISIONS = RECORD_ONE + """
local n = #KEYS / 3
local ttl = ARGV[1]
local out = {}
for i = 1, n do
  local at = 5 * i - 3
  local decision, share, client, basis, request = ARGV[at], ARGV[at + 1], ARGV[at + 2], ARGV[at + 3], ARGV[at + 4]
  local claimed = redis.call('GET', KEYS[i])
  if not claimed and decision ~= '' then
    redis.call('SET', KEYS[i], decision, 'PX', ttl)
    claimed = decision
  end
  local first = 0
  if claimed == 'shared' and share == '1' then
    first = record_share(KEYS[n + i], KEYS[2 * n + i], client, basis, request)
  end
  out[i] = {claimed or '', first}
end
return out
"""

# KEYS = shares, pending; ARGV = ttl ms, reason, clients...: remove the clients from the
# registry and remember them as owed a ProfileRevoked, in one step.
REVOKE = """
for i = 3, #ARGV do
  redis.call('HDEL', KEYS[1], ARGV[i])
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[2])
end
redis.call('PEXPIRE', KEYS[2], ARGV[1])
return #ARGV - 2
"""

# KEYS = pending records: each one's client -> reason pairs
READ_PENDING = """
local out = {}
for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
return out
"""

CLAIM_TTL_MS = (DEFAULT_TTL_DAYS + 1) * 86_400_000  # as long as the dedupe remembers an event
SHARED = "shared"


def denied(reason: str) -> str:
    """The claim value of a final denial."""
    return f"denied:{reason}"


@dataclass(frozen=True)
class DecisionItem:
    """One share request for ``settle_decisions``: ``claim`` is its dedupe identity,
    ``decision`` the claim value to set (None: a retryable denial, only looked up),
    ``basis`` not None when the decision is a share (then recorded if the claim allows)."""

    claim: str
    candidate_id: str
    client_id: str
    request_id: str
    decision: str | None
    basis: str | None = None


class ShareRegistry:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self._record = client.register_script(RECORD_SHARES)
        self._settle = client.register_script(SETTLE_DECISIONS)
        self._revoke = client.register_script(REVOKE)
        self._read_pending = client.register_script(READ_PENDING)

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

    async def settle_decisions(self, items: Sequence[DecisionItem]) -> list[tuple[str | None, bool]]:
        """Claim each final decision (first one wins) and record the shares the claims
        allow, in ONE command for the batch. Per item: (the claimed outcome, or None when
        nothing is claimed: a retryable denial never decided before; True when this
        request holds the first-share notice)."""
        if not items:
            return []
        keys = ([self.keys.key("decision", i.claim) for i in items] + [self.shares_key(i.candidate_id) for i in items]
                + [self.noticed_key(i.candidate_id) for i in items])
        args: list[str | int] = [CLAIM_TTL_MS]
        for i in items:
            args += [i.decision or "", "" if i.basis is None else "1", i.client_id, i.basis or "", i.request_id]
        async with state_errors("recording shares"):
            rows = await self._settle(keys=keys, args=args)
        return [((claimed.decode() or None) if isinstance(claimed, bytes) else (claimed or None), bool(first))
                for claimed, first in rows]

    def pending_key(self, cause: str) -> str:
        return self.keys.key("revoking", cause)

    async def revoke(self, cid: str, clients: Sequence[str], reason: str, cause: str) -> None:
        """Remove ``clients`` from the registry and record them as owed a ProfileRevoked for
        ``cause`` (its dedupe identity), atomically: a crash before the revocations are
        acknowledged leaves them pending, not lost."""
        if clients:
            async with state_errors("recording revocations"):
                await self._revoke(keys=[self.shares_key(cid), self.pending_key(cause)],
                                   args=[CLAIM_TTL_MS, reason, *clients])

    async def pending(self, causes: Sequence[str]) -> dict[str, dict[str, str]]:
        """{cause: {client: reason}} for the causes that have revocations not yet
        acknowledged (one command for a batch)."""
        if not causes:
            return {}
        async with state_errors("reading pending revocations"):
            rows = await self._read_pending(keys=[self.pending_key(c) for c in causes])
        return {cause: {row[j].decode(): row[j + 1].decode() for j in range(0, len(row), 2)}
                for cause, row in zip(causes, rows) if row}

    async def settled(self, causes: Sequence[str]) -> None:
        """The revocations of ``causes`` are acknowledged: forget them."""
        if causes:
            async with state_errors("clearing pending revocations"):
                await self.client.delete(*(self.pending_key(c) for c in causes))

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


class InMemoryShareRegistry:
    """The in-memory fake of ``ShareRegistry`` for unit tests (no Redis): same contract
    for shares, notice claims, decision claims and pending revocations (no TTL).
    ``down``: every call raises ``StateUnavailable`` (Redis stopped)."""

    def __init__(self) -> None:
        self.held: dict[str, dict[str, str]] = {}
        self.noticed: dict[str, dict[str, str]] = {}
        self.claims: dict[str, str] = {}
        self.revoking: dict[str, dict[str, str]] = {}
        self.down = False

    def _check(self) -> None:
        if self.down:
            from talentguard.errors import StateUnavailable

            raise StateUnavailable("Redis unavailable (in-memory fake switched off)")

    def _record(self, cid: str, client: str, basis: str, request: str) -> bool:
        self.held.setdefault(cid, {})[client] = basis
        return self.noticed.setdefault(cid, {}).setdefault(client, request) == request

    async def record_shares(self, shares: Sequence[tuple[str, str, str, str]]) -> list[bool]:
        self._check()
        return [self._record(*share) for share in shares]

    async def settle_decisions(self, items: Sequence[DecisionItem]) -> list[tuple[str | None, bool]]:
        self._check()
        out: list[tuple[str | None, bool]] = []
        for i in items:
            claimed = self.claims.get(i.claim)
            if claimed is None and i.decision is not None:
                claimed = self.claims[i.claim] = i.decision
            first = (claimed == SHARED and i.basis is not None
                     and self._record(i.candidate_id, i.client_id, i.basis, i.request_id))
            out.append((claimed, first))
        return out

    async def revoke(self, cid: str, clients: Sequence[str], reason: str, cause: str) -> None:
        self._check()
        for client in clients:
            self.held.get(cid, {}).pop(client, None)
            self.revoking.setdefault(cause, {})[client] = reason

    async def pending(self, causes: Sequence[str]) -> dict[str, dict[str, str]]:
        self._check()
        return {c: dict(self.revoking[c]) for c in causes if self.revoking.get(c)}

    async def settled(self, causes: Sequence[str]) -> None:
        self._check()
        for cause in causes:
            self.revoking.pop(cause, None)

    async def shares(self, cid: str) -> dict[str, str]:
        self._check()
        return dict(self.held.get(cid, {}))

    async def remove(self, cid: str, clients: Sequence[str]) -> None:
        self._check()
        for client in clients:
            self.held.get(cid, {}).pop(client, None)

    async def erase(self, cid: str) -> None:
        self._check()
        self.held.pop(cid, None)

    async def clients_ever(self, cid: str) -> list[str]:
        self._check()
        return sorted({*self.held.get(cid, {}), *self.noticed.get(cid, {})})
