"""A rectification with a value of the wrong type is refused end to end (pure: in-memory fakes):
nothing is stored, the request is answered ``rejected``, and a dead letter names the field."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

from schemas.codec import default_codec
from streams.envelope import Incoming
from streams.processor import Counters
from streams.processors.candidate import CandidateProcessor
from streams.state.share_registry import InMemoryShareRegistry
from talentguard.clock import FixedClock
from talentguard.consent import SubjectStatus

CODEC = default_codec()
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)


class InMemoryProcessed:
    async def unseen(self, ids: list[str]) -> set[str]:
        return set(ids)

    async def mark(self, ids: list[str]) -> None:
        pass


class InMemoryAudit:
    async def append(self, entries: list) -> list[dict]:
        return []


class InMemorySubjects:
    def __init__(self) -> None:
        self.profile: dict[str, Any] = {"years_experience": 3}

    async def erasure_state(self, cid: str) -> tuple[None, bool]:
        return None, True

    async def merge_profile(self, cid: str, fields: dict[str, Any]) -> dict[str, Any]:
        self.profile.update({k: v for k, v in fields.items() if v is not None})
        return self.profile

    async def view(self, cid: str) -> Any:
        return SimpleNamespace(status=SubjectStatus(known=True), profile=self.profile, cv=None)


def rectification(details: dict[str, Any], offset: int) -> Incoming:
    event = CODEC.from_json({"type": "SubjectRequestSubmitted", "event_id": f"sr-{offset}", "candidate_id": "c1",
                             "request_id": f"req-{offset}", "right": "rectification",
                             "details": json.dumps(details), "occurred_at": NOW.isoformat()})
    return Incoming("candidate-events", 0, offset, b"c1", CODEC.encode(event), int(NOW.timestamp() * 1000))


def process(*msgs: Incoming) -> tuple[list[dict], InMemorySubjects]:
    subjects = InMemorySubjects()
    state = SimpleNamespace(processed=InMemoryProcessed(), audit=InMemoryAudit(), subjects=subjects,
                            shares=InMemoryShareRegistry())
    proc = CandidateProcessor(CODEC, FixedClock(NOW), state, Counters())  # type: ignore[arg-type]
    out = asyncio.run(proc.process(list(msgs)))
    return [CODEC.decode(o.value) for o in out if o.value], subjects


def test_when_a_rectification_has_a_wrongly_typed_value_then_nothing_is_stored_and_it_is_rejected_and_dead_lettered() -> None:
    out, subjects = process(rectification({"years_experience": "ten", "skills": "python"}, 0))
    (done,) = [e for e in out if e["type"] == "SubjectRequestCompleted"]
    (dead,) = [e for e in out if e["type"] == "DeadLetter"]
    assert done["outcome"].startswith("rejected") and "'years_experience'" in done["outcome"]
    assert "'years_experience'" in dead["error"] and "ten" not in dead["error"] and dead["offset"] == 0
    assert subjects.profile == {"years_experience": 3}


def test_when_a_rectification_is_well_typed_then_it_is_applied_without_a_dead_letter() -> None:
    out, subjects = process(rectification({"years_experience": 10, "skills": ["python"]}, 0))
    (done,) = [e for e in out if e["type"] == "SubjectRequestCompleted"]
    assert done["outcome"].startswith("completed") and not [e for e in out if e["type"] == "DeadLetter"]
    assert subjects.profile["years_experience"] == 10 and subjects.profile["skills"] == ["python"]
