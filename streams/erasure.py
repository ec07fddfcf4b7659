"""Erasure is final: events about an erased subject dated before the erasure change nothing.

Both routes (a subject's erasure request, a retention expiry) leave one marker in Redis,
named by the candidate's keyed pseudonym and holding only the erasure time
(``SubjectStore.erased_at``). Every candidate event is checked against it before it touches
state: an event dated at or before the erasure is dropped and audited
``dropped_after_erasure``. So a backlog processed after the sweep, a replay, or a consumer
group reset to the earliest offset cannot re-create consents, profiles, CVs or retention
clocks. After the erasure only a new ``CandidateRegistered`` (dated after it) starts a new
life: it lifts the ``erased`` share flag and later events are processed again; until then
everything else is dropped too, except access, portability and erasure requests (answered
with what is held: nothing). Each dropped event is followed by tombstones (candidate-events
under the id, dead-letter under the pseudonym), so replayed copies get compacted away too.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from schemas import catalogue as cat
from schemas.codec import Event
from streams.envelope import Outgoing
from talentguard.audit import AuditEntry

if TYPE_CHECKING:
    from streams.processors.base import BatchOutput
    from streams.state.bundle import StateStores

DROPPED_AFTER_ERASURE = "dropped_after_erasure"


# requests an erased subject may still make (e.g. "what do you hold about me?" -> nothing)
STILL_ANSWERED = ("access", "portability", "erasure")


ErasureCache = dict  # candidate id -> (erased_at, known again): one batch's prefetched markers


async def prefetch(state: "StateStores", events: list[Event]) -> ErasureCache | None:
    """Every candidate's marker for a batch in one round trip (instead of one per event);
    None when the store cannot read many at once (then each event reads its own)."""
    many = getattr(state.subjects, "erasure_states", None)
    if many is None:
        return None
    cids = list(dict.fromkeys(e["candidate_id"] for e in events if e.get("candidate_id")))
    if not cids:
        return {}
    return dict(zip(cids, await many(cids)))


async def drop_if_erased(state: "StateStores", event: Event, now: datetime, result: "BatchOutput",
                         cache: ErasureCache | None = None) -> bool:
    """True (and an audit entry) when ``event`` is about an erased subject and must change
    nothing: dated at or before the erasure, or after it without a new registration.
    ``cache`` (from ``prefetch``) saves the Redis read; it is kept true for the batch: an
    erasure request drops its entry (the next event reads the new marker), a new
    registration marks the subject known again."""
    cid = event.get("candidate_id")
    if not cid:
        return False
    if cache is not None and cid in cache:
        erased_at, known = cache[cid]
    else:
        erased_at, known = await state.subjects.erasure_state(cid)
    if erased_at is None:
        if cache is not None and event["type"] == "SubjectRequestSubmitted" and event.get("right") == "erasure":
            cache.pop(cid, None)
        return False
    after = event["occurred_at"] > erased_at
    if after and event["type"] == "CandidateRegistered":
        await state.subjects.set_flag(cid, "erased", False)  # a new life: shares possible again
        if cache is not None:
            cache[cid] = (erased_at, True)
        return False
    if after and (known or (event["type"] == "SubjectRequestSubmitted" and event.get("right") in STILL_ANSWERED)):
        if cache is not None and event["type"] == "SubjectRequestSubmitted" and event.get("right") == "erasure":
            cache.pop(cid, None)
        return False
    result.audit.append(AuditEntry(cid, DROPPED_AFTER_ERASURE, event["type"],
                                   "erasure is final: events dated before it, or after it without a new "
                                   "registration, never re-create state", event["event_id"], now))
    # the dropped event (and any dead letter of this batch about the subject) sits on a topic
    # after the erasure's tombstones: new tombstones behind them let compaction delete them too
    for tomb in (Outgoing(cat.CANDIDATE_EVENTS, str(cid).encode(), None),
                 Outgoing(cat.DEAD_LETTER, state.keys.subject_name(cid).encode(), None)):
        if tomb not in result.messages:
            result.messages.append(tomb)
    return True
