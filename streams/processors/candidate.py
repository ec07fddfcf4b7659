"""Candidate events: profile and CV state, consent ledger, revocations, subject requests.

Order matters per candidate (a withdrawal after a grant), so events of a partition are
handled one by one. State writes cannot be skipped: when Redis is unavailable the event
is retried with backoff until it can be recorded, holding back that stream (the consent
gate, a separate agent, keeps failing closed meanwhile).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any, Awaitable, Callable, Protocol

from schemas import catalogue as cat
from schemas.codec import Event
from streams.envelope import Outgoing
from streams.processors.base import BatchOutput, ProcessorBase
from streams.processors.subject_requests import handle_subject_request
from streams.topics import COMPACTED_BY_CANDIDATE
from talentguard.audit import AuditEntry
from talentguard.consent import ConsentRecord, clients_to_revoke
from talentguard.errors import StateUnavailable

log = logging.getLogger("talentguard.worker")

REGISTRATION_FIELDS = ("email", "first_name", "last_name", "phone", "city", "region", "country", "locale")
PROFILE_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level", "contract_types",
                  "salary_expectation", "city", "region", "country", "birth_date", "gender", "photo_url", "hobbies")


class RetentionHook(Protocol):
    async def observe(self, event: Event) -> None: ...
    async def forget(self, candidate_id: str) -> None: ...


class SanitisedLike(Protocol):
    text: str
    language: str

    def redaction_counts(self) -> dict[str, int]: ...


Sanitise = Callable[[str, str | None], Awaitable[SanitisedLike]]


class CandidateProcessor(ProcessorBase):
    name = "candidate-events"
    topic = cat.CANDIDATE_EVENTS

    def __init__(self, *args: Any, sanitise: Sanitise | None = None, retention: RetentionHook | None = None,
                 retry_backoff_s: float = 0.5, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sanitise, self.retention, self.backoff = sanitise, retention, retry_backoff_s

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        for event in events:
            delay = self.backoff
            while True:
                try:
                    await self._one(event, now, result)
                    break
                except StateUnavailable as exc:
                    log.warning("state unavailable for %s (%s); retrying in %.1fs", event["event_id"], exc, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 5.0)
            result.processed.append(event["event_id"])

    async def _one(self, e: Event, now: datetime, result: BatchOutput) -> None:
        kind, cid = e["type"], e["candidate_id"]
        if kind == "CandidateRegistered":
            await self.state.subjects.merge_profile(cid, {f: e.get(f) for f in REGISTRATION_FIELDS})
            result.audit.append(AuditEntry(cid, "registered", "profile encrypted with the subject's key",
                                           "retention clock starts at registration", e["event_id"], now))
        elif kind == "ProfileUpdated":
            await self.state.subjects.merge_profile(cid, {f: e.get(f) for f in PROFILE_FIELDS})
        elif kind == "CvUploaded":
            await self._cv(e, now, result)
        elif kind in ("ConsentGranted", "ConsentWithdrawn"):
            await self._consent(e, now, result)
        elif kind == "SubjectRequestSubmitted":
            await handle_subject_request(self, e, now, result)
        if self.retention is not None and kind not in ("SubjectRequestSubmitted",):
            await self.retention.observe(e)

    async def _cv(self, e: Event, now: datetime, result: BatchOutput) -> None:
        if self.sanitise is None:
            return  # no sanitiser configured: CV text is never stored, so never shared
        sanitised = await self.sanitise(e["text"], e.get("language"))
        counts = sanitised.redaction_counts()
        await self.state.subjects.store_cv(e["candidate_id"], {
            "cv_id": e["cv_id"], "text": sanitised.text, "language": sanitised.language, "redactions": counts})
        summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "nothing found"
        result.audit.append(AuditEntry(e["candidate_id"], "cv_sanitised", summary,
                                       "special categories and contact details removed before any share",
                                       e["event_id"], now))

    async def _consent(self, e: Event, now: datetime, result: BatchOutput) -> None:
        record = ConsentRecord.from_event(e)
        applied = await self.state.consents.record(record)
        verb = "granted" if record.granted else "withdrawn"
        result.audit.append(AuditEntry(
            record.candidate_id, f"consent_{verb}" if applied else "consent_ignored",
            f"{record.purpose} for {record.scope}" if applied else "older than the recorded decision",
            "latest occurred_at wins", e["event_id"], now))
        if applied and not record.granted:
            await self.revoke_now_refused(record.candidate_id, "consent_withdrawn", e, now, result)

    async def revoke_now_refused(self, cid: str, reason: str, cause: Event, now: datetime, result: BatchOutput,
                                 everyone: bool = False) -> None:
        """ProfileRevoked to every client holding the profile that may no longer have it."""
        shares = await self.state.shares.shares(cid)
        if not shares:
            return
        if everyone:
            revoke = sorted(shares)
        else:
            consents = await self.state.consents.all_for(cid)
            status = (await self.state.subjects.view(cid)).status
            revoke = clients_to_revoke(shares, consents, status)
        for client in revoke:
            result.messages.append(self.out(self.new_event(
                "ProfileRevoked", cause, client_id=client, candidate_id=cid, reason=reason)))
            result.audit.append(AuditEntry(cid, "revoke", reason, f"{reason}: copies held by clients revoked",
                                           cause["event_id"], now))
        await self.state.shares.remove(cid, revoke)

    def tombstones(self, cid: str) -> list[Outgoing]:
        """Null values keyed by the candidate on every compacted topic keyed by candidate."""
        return [Outgoing(topic, cid.encode(), None) for topic in COMPACTED_BY_CANDIDATE]
