"""The retention sweep: expired candidates become k-anonymous statistics, the rest is erased.

For each candidate whose clock has run out (found through the sorted set, so the cost
grows with the number expired, not stored):
1. generalise the profile into a cohort and count it in Redis (``streams.state.cohort_counts``):
   a cohort cell reaches ``cohort_stats`` only once it has k profiles (the preset's k),
   then every later profile is added as it comes. Idempotent: the expiry's id
   ``expire:PSEUDONYM:EXPIRY`` is counted once in Redis and applied once by the sink, so a
   repeated sweep counts it once;
2. tell every client holding the profile (ProfileRevoked ``retention_expired``), audit
   the expiry with the preset's rule, and write tombstones on compacted topics;
3. only after those messages are acknowledged: delete consents, shares, profile, CV, the
   subject's key (crypto-shredding) and the retention facts, leaving the erased marker
   (pseudonym + time) so that a backlog or a replay of older events is dropped.
A crash between 2 and 3 sweeps the candidate again (same cohort event id, messages
re-sent: at-least-once).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import Awaitable, Callable

from anonymiser.generalise import CohortKey, cohort_key
from schemas.codec import EventCodec
from sinks.base import AggregateSink, SinkBatch
from streams.envelope import Outgoing, emit
from streams.state.bundle import StateStores
from streams.state.cohort_counts import CohortCounts
from streams.state.retention_clock import RetentionClock
from streams.topics import erasure_tombstones
from talentguard.audit import AuditEntry
from talentguard.retention import deciding_rule


@dataclass
class SweepResult:
    expired: list[tuple[str, datetime, str]] = field(default_factory=list)  # (candidate, expiry, rule)
    outputs: list[Outgoing] = field(default_factory=list)
    finish: Callable[[], Awaitable[None]] | None = None


class RetentionSweeper:
    def __init__(self, state: StateStores, clock: RetentionClock, sink: AggregateSink, codec: EventCodec,
                 batch_limit: int = 1000, cohorts: CohortCounts | None = None) -> None:
        self.state, self.clock, self.sink, self.codec, self.limit = state, clock, sink, codec, batch_limit
        self.cohorts = cohorts or CohortCounts.in_redis(state.client, state.keys)

    async def sweep(self, as_of: datetime, dry_run: bool = False) -> SweepResult:
        result = SweepResult()
        due = await self.clock.due(as_of, self.limit)
        if not due:
            return result
        views = await self.state.subjects.views([cid for cid, _ in due])
        expiries: list[tuple[str, CohortKey]] = []
        audit: list[AuditEntry] = []
        for (cid, expiry), view in zip(due, views):
            decided = deciding_rule(await self.clock.facts(cid), self.clock.policy)
            rule = decided[1].text if decided else "retention period over"
            result.expired.append((cid, expiry, rule))
            if dry_run:
                continue
            name = self.state.keys.subject_name(cid)
            # the ref lands in the sink's applied ids and the audit trail: pseudonym, never the id
            ref = f"expire:{name}:{int(expiry.timestamp() * 1000)}"
            expiries.append((ref, cohort_key(view.profile, expiry)))
            for client in sorted(await self.state.shares.shares(cid)):
                result.outputs.append(emit(self.codec, {
                    "type": "ProfileRevoked", "event_id": f"ProfileRevoked:{ref}:{client}", "occurred_at": as_of,
                    "source": "talentguard-retention", "client_id": client, "candidate_id": cid,
                    "reason": "retention_expired"}))
            result.outputs.extend(erasure_tombstones(cid, name, await self.state.shares.clients_ever(cid)))
            audit.append(AuditEntry(cid, "expire", "retention period over: anonymised into cohort counts (written at k), "
                                    "personal data erased", f"{self.clock.policy.name}: {rule}", ref, as_of))
        if dry_run:
            return result
        # k at write: held-back cells stay in Redis; released ones carry their weight
        released = await self.cohorts.admit(self.clock.policy.k, expiries)
        cohorts = SinkBatch(cohorts=[(ref, key, n) for (ref, key), n in zip(expiries, released) if n])
        if cohorts:
            await asyncio.to_thread(self.sink.apply, cohorts)
        result.outputs.extend(emit(self.codec, r) for r in await self.state.audit.append(audit))
        expired_ids = [cid for cid, _, _ in result.expired]

        async def finish() -> None:
            for cid in expired_ids:
                # the marker's time is the real erasure time: events dated before it (a
                # backlog, a replay) are dropped from now on (streams.erasure)
                await self.state.forget_subject(cid)
                await self.clock.forget(cid)

        result.finish = finish
        return result
