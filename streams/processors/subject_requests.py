"""Data-subject requests end to end: recorded with their deadline, answered, extended.

Each request is recorded ``open`` (deadline from the preset) BEFORE it is handled, so one
that fails stays visible as open, then overdue (``talentguard requests --overdue`` and the
``talentguard_subject_requests_overdue`` gauge). Exports (access, portability) are stored
encrypted in Redis with a TTL and fetched with ``talentguard requests export REQUEST_ID``;
``SubjectRequestCompleted`` never carries them. Rectification re-sends the corrected
profile to every client holding a copy (ProfileShared with ``update_reason=rectification``,
which replaces the previous copy); restriction revokes every copy until RestrictionLifted;
objection revokes every copy for good.

Nothing is lost to a kill -9 (issue 10): the request is saved final together with its
completion owed (``SubjectRequestStore.finish``), cleared once acknowledged; a redelivery
finds the request final and re-sends that completion (same event id) via ``resend_owed``,
before anything else (an erasure's redelivery is then dropped as after the erasure). A
rectification's owed record also names the clients its corrected copies went to (client ids
only): the redelivery re-sends the current, corrected copy to those still holding one (same
event ids), before the completion.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from schemas.codec import Event
from streams.envelope import dead_letter
from streams.processors.base import BatchOutput
from talentguard.audit import AuditEntry
from talentguard.durations import DurationError, parse_duration
from talentguard.sharing import SANITISED
from talentguard.subject_requests import (ExtensionRefused, RectificationError, export_document,
                                           extend_request, finish_request, open_request,
                                           parse_rectification)

if TYPE_CHECKING:
    from streams.processors.candidate import CandidateProcessor


async def handle_subject_request(proc: "CandidateProcessor", e: Event, now: datetime, result: BatchOutput) -> None:
    if e["type"] == "SubjectRequestExtended":
        await _extend(proc, e, now, result)
        return
    cid, right, rid = e["candidate_id"], e["right"], e["request_id"]
    store, subject = proc.requests, proc.pseudonym(cid)
    record = await store.get(rid, subject) if store else None  # this person's request: ids may repeat across people
    if record is not None and record.final:
        return  # answered already (a redelivery): nothing to do twice
    if record is None:
        record = open_request(rid, subject, right, e["occurred_at"], proc.policy.request_deadline)
        if store:
            await store.save(record)
    reshared: list[str] = []
    outcome = await _answer(proc, e, now, result, reshared)
    export_until = None
    if right in ("access", "portability") and store is not None and outcome[0] == "completed":
        export_until = await store.put_export(record, outcome[1], now)
    elif right in ("access", "portability"):
        outcome = ("rejected: no request store to deliver the export", "")
    text = outcome[0]
    record = finish_request(record, text, now)
    completion = {"request_id": rid, "right": right, "outcome": text, "due_at": record.due_at.isoformat(),
                  "export_available_until": export_until.isoformat() if export_until else None}
    if right == "rectification":  # client ids only: the copies themselves are rebuilt on a re-send
        completion["reshared"] = reshared
    if store:  # final and owed in one step: a crash before the ack re-sends it (resend_owed)
        await store.finish(record, completion, proc.cause_key(e))
    _complete(proc, e, completion, result, owed=store is not None)
    timing = "late" if record.overdue(now) else "in time"
    result.audit.append(AuditEntry(cid, f"subject_request_{right}", text.split(":")[0],
                                   f"GDPR right of {right}: answered {timing} (due {record.due_at.isoformat()}; "
                                   f"{proc.policy.requests_source})", e["event_id"], now))


def _complete(proc: "CandidateProcessor", e: Event, completion: dict[str, Any], result: BatchOutput,
              owed: bool) -> None:
    """The SubjectRequestCompleted (id derived from the request event: a re-send has the
    same id); ``owed``: its record is cleared once acknowledged."""
    until = completion["export_available_until"]
    result.messages.append(proc.out(proc.new_event(
        "SubjectRequestCompleted", e, candidate_id=e["candidate_id"], request_id=completion["request_id"],
        right=completion["right"], outcome=completion["outcome"], export=None,
        export_available_until=datetime.fromisoformat(until) if until else None,
        due_at=datetime.fromisoformat(completion["due_at"]))))
    if owed:
        result.answered.append(proc.cause_key(e))


async def resend_owed(proc: "CandidateProcessor", e: Event, now: datetime, result: BatchOutput) -> None:
    """A redelivered request answered before a kill -9 whose completion may never have been
    acknowledged: send it again, as it was (the request is final: nothing else would). A
    rectification's corrected copies go first, again, to the clients it sent them to that
    still hold a copy (re-checked against consent and status by ``reshare``)."""
    if e["type"] != "SubjectRequestSubmitted" or proc.requests is None:
        return
    completion = await proc.requests.owed(proc.cause_key(e))
    if completion is None:
        return
    proc.counters.bump(proc.counters.dropped, "request_completions_resent")
    owed_clients = completion.get("reshared") or []
    if owed_clients:
        held = await proc.state.shares.shares(e["candidate_id"])
        again = {client: held[client] for client in owed_clients if client in held}
        await proc.reshare(e["candidate_id"], again, "rectification", e, now, result)
    _complete(proc, e, completion, result, owed=True)
    result.audit.append(AuditEntry(e["candidate_id"], f"subject_request_{completion['right']}",
                                   completion["outcome"].split(":")[0],
                                   "answer re-sent after a restart before its acknowledgement", e["event_id"], now))


async def _answer(proc: "CandidateProcessor", e: Event, now: datetime, result: BatchOutput,
                  reshared: list[str]) -> tuple[str, str]:
    """(outcome, export document or ""); a rectification adds the clients it re-shared to
    to ``reshared``."""
    cid, right = e["candidate_id"], e["right"]
    state = proc.state
    if right in ("access", "portability"):
        view = await state.subjects.view(cid)
        consents = await state.consents.all_for(cid)
        held = {
            "status": asdict(view.status),
            "profile": {k: v for k, v in view.profile.items() if k != SANITISED},
            "cv": view.cv,
            "consents": [{"purpose": c.purpose, "client_id": c.client_id, "granted": c.granted,
                          "occurred_at": c.occurred_at.isoformat(), "proof": c.proof, "event_id": c.event_id}
                         for c in consents],
            "shared_with": await state.shares.shares(cid),
        }
        if proc.retention is not None and hasattr(proc.retention, "describe"):
            held["retention"] = await proc.retention.describe(cid)
        return "completed", export_document(cid, held, right)
    if right == "erasure":
        # every client that ever held or was noticed of the profile gets a tombstone on
        # client-profiles (read before the share list goes)
        clients = await state.shares.clients_ever(cid)
        await proc.revoke_now_refused(cid, "erasure", e, now, result, everyone=True)
        await state.erase_subject(cid, now)  # the marker: older events are dropped from now on
        if proc.requests is not None:
            await proc.requests.erase_exports(proc.pseudonym(cid))
        if proc.retention is not None:
            await proc.retention.forget(cid)
        result.messages.extend(proc.tombstones(cid, clients))
    elif right == "rectification":
        try:
            fields = parse_rectification(e.get("details"), proc.codec)
        except RectificationError as exc:  # nothing stored; the request is answered "rejected"
            _dead_letter(proc, e, f"RectificationError: {exc}", now, result)
            return f"rejected: {exc}", ""
        await proc.update_profile(cid, fields)
        reshared.extend(await proc.reshare(cid, await state.shares.shares(cid), "rectification", e, now, result))
        return f"completed: {len(reshared)} client cop(ies) updated", ""
    elif right == "restriction":
        await state.subjects.set_flag(cid, "restricted")
        await proc.pause_and_revoke(cid, "restriction", "restriction", e, now, result)
    elif right == "objection":
        await state.subjects.set_flag(cid, "objecting")
        await proc.revoke_now_refused(cid, "objection", e, now, result, everyone=True)
    return "completed", ""


def _dead_letter(proc: "CandidateProcessor", e: Event, reason: str, now: datetime, result: BatchOutput) -> None:
    """A request refused for its content also goes to dead-letter (the reason names fields
    and types, never values), while the request itself is still answered and recorded."""
    msg = proc.source_of(e)
    if msg is not None:
        result.messages.append(dead_letter(proc.codec, msg, f"{msg.where} {e['type']} {e['event_id']}: {reason}",
                                           now, f"dlq:{msg.topic}:{msg.partition}:{msg.offset}"))
    proc.counters.dead_letters += 1


async def _extend(proc: "CandidateProcessor", e: Event, now: datetime, result: BatchOutput) -> None:
    cid, rid = e["candidate_id"], e["request_id"]
    store = proc.requests
    record = await store.get(rid, proc.pseudonym(cid)) if store else None
    try:
        if record is None:
            raise ExtensionRefused("no such request for this candidate")
        try:
            wanted = parse_duration(e["extension"]) if e.get("extension") else None
        except DurationError:
            raise ExtensionRefused("extension is not a duration like '30d' or '2mo'") from None
        extended, capped = extend_request(record, e["reason"], wanted, proc.policy.request_extension)
    except ExtensionRefused as exc:
        result.audit.append(AuditEntry(cid, "subject_request_extension_refused", str(exc),
                                       proc.policy.requests_source, e["event_id"], now))
        return
    await store.save(extended)
    note = " (capped at the preset's limit)" if capped else ""
    result.audit.append(AuditEntry(cid, "subject_request_extended", f"due {extended.due_at.isoformat()}{note}",
                                   f"GDPR art. 12(3): extension with a reason ({proc.policy.requests_source})",
                                   e["event_id"], now))
