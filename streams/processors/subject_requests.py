"""Data-subject requests, answered as soon as they are processed (deadline: 1 month)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

from schemas.codec import Event
from streams.processors.base import BatchOutput
from talentguard.audit import AuditEntry
from talentguard.subject_requests import RectificationError, export_document, parse_rectification

if TYPE_CHECKING:
    from streams.processors.candidate import CandidateProcessor


async def handle_subject_request(proc: "CandidateProcessor", e: Event, now: datetime, result: BatchOutput) -> None:
    cid, right = e["candidate_id"], e["right"]
    state = proc.state
    export = None
    outcome = "completed"
    if right in ("access", "portability"):
        view = await state.subjects.view(cid)
        consents = await state.consents.all_for(cid)
        held = {
            "status": asdict(view.status),
            "profile": view.profile,
            "cv": view.cv,
            "consents": [{"purpose": c.purpose, "client_id": c.client_id, "granted": c.granted,
                          "occurred_at": c.occurred_at.isoformat(), "proof": c.proof, "event_id": c.event_id}
                         for c in consents],
            "shared_with": await state.shares.shares(cid),
        }
        if proc.retention is not None and hasattr(proc.retention, "describe"):
            held["retention"] = await proc.retention.describe(cid)
        export = export_document(cid, held, right)
    elif right == "erasure":
        await proc.revoke_now_refused(cid, "erasure", e, now, result, everyone=True)
        await state.erase_subject(cid)
        if proc.retention is not None:
            await proc.retention.forget(cid)
        result.messages.extend(proc.tombstones(cid))
    elif right == "rectification":
        try:
            fields = parse_rectification(e.get("details"))
        except RectificationError as exc:
            outcome = f"rejected: {exc}"
        else:
            await state.subjects.merge_profile(cid, fields)
    elif right == "restriction":
        await state.subjects.set_flag(cid, "restricted")
    elif right == "objection":
        await state.subjects.set_flag(cid, "objecting")
        await proc.revoke_now_refused(cid, "objection", e, now, result, everyone=True)
    result.messages.append(proc.out(proc.new_event(
        "SubjectRequestCompleted", e, candidate_id=cid, request_id=e["request_id"], right=right,
        outcome=outcome, export=export)))
    result.audit.append(AuditEntry(cid, f"subject_request_{right}", outcome.split(":")[0],
                                   f"GDPR right of {right}, answered within the 1-month deadline",
                                   e["event_id"], now))
