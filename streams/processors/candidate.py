"""Candidate events: profile and CV state, consent ledger, revocations, subject requests.

Order matters per candidate (a withdrawal after a grant), so each candidate's events are
handled one by one, in order; different candidates side by side (``per_key``). State writes cannot be skipped: when Redis is unavailable the event
is retried with backoff until it can be recorded, holding back that stream (the consent
gate, a separate agent, keeps failing closed meanwhile).
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime, timezone
from typing import Any, Awaitable, Callable, Protocol, Sequence

from schemas import catalogue as cat
from schemas.codec import Event
from streams.envelope import Incoming, Outgoing
from streams.erasure import DROPPED_AFTER_ERASURE, ErasureCache, drop_if_erased, prefetch
from streams.processors.background import KeyedJobs
from streams.processors.base import BatchOutput, ProcessorBase
from streams.processors.per_key import DEFAULT_CONCURRENCY, in_order_per_key
from streams.processors.subject_requests import handle_subject_request, resend_owed
from streams.state.dedupe import processed_key
from streams.state.subject_requests import SubjectRequestStore
from streams.state.surveys import SurveyCounts
from streams.state.watermarks import AppliedOffsets, next_offsets
from streams.topics import erasure_tombstones
from talentguard.audit import AuditEntry
from talentguard.consent import ConsentRecord, clients_to_revoke, decide_share
from streams.runtime import EventRejected, is_infrastructure
from talentguard.errors import StateInvalid, StateUnavailable
from talentguard.policy import Policy, load_policy
from talentguard.sharing import FREE_TEXT_FIELDS, SANITISED, client_copy

log = logging.getLogger("talentguard.worker")

REGISTRATION_FIELDS = ("email", "first_name", "last_name", "phone", "city", "region", "country", "locale")
PROFILE_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level", "contract_types",
                  "salary_expectation", "city", "region", "country", "birth_date", "gender", "photo_url", "hobbies")


CHOICE_CODE = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
ACCOUNT_EVENTS = ("AccountClosed", "AccountSuspended", "AccountSuspensionLifted", "RestrictionLifted")
# events that may revoke copies (withdrawal, closure, suspension; erasure, restriction and
# objection requests): their pending revocations are looked up on every delivery
REVOKING = ("ConsentWithdrawn", "AccountClosed", "AccountSuspended", "SubjectRequestSubmitted")


class RetentionHook(Protocol):
    async def observe(self, event: Event) -> None: ...
    async def forget(self, candidate_id: str) -> None: ...


class SanitisedLike(Protocol):
    text: str
    language: str

    def redaction_counts(self) -> dict[str, int]: ...


Sanitise = Callable[[str, str | None], Awaitable[SanitisedLike]]


def arrival_time(msg: Any, now: datetime) -> datetime:
    """When a consent decision reached us, for ``effective_time``: the record's broker
    timestamp, but never later than the worker's own clock. Why the cap: the record
    timestamp is the producer's (CreateTime; Tansu keeps 0 and 2099 as sent), so a producer
    could otherwise date both the event and its record in 2099 and outrank every later
    withdrawal; a missing or non-positive timestamp means "now"."""
    if msg is None or not msg.timestamp_ms or msg.timestamp_ms <= 0:
        return now
    return min(datetime.fromtimestamp(msg.timestamp_ms / 1000, timezone.utc), now)


class CandidateProcessor(ProcessorBase):
    name = "candidate-events"
    topic = cat.CANDIDATE_EVENTS

    def __init__(self, *args: Any, sanitise: Sanitise | None = None, retention: RetentionHook | None = None,
                 retry_backoff_s: float = 0.5, max_pending_cvs: int = 8,
                 applied: AppliedOffsets | None = None, policy: Policy | None = None,
                 requests: SubjectRequestStore | None = None, pseudonym: Callable[[str], str] | None = None,
                 sanitise_field: Callable[[Any, str], Awaitable[Any]] | None = None,
                 surveys: SurveyCounts | None = None, concurrency: int = DEFAULT_CONCURRENCY,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sanitise, self.retention, self.backoff = sanitise, retention, retry_backoff_s
        self.cv_jobs: KeyedJobs[BatchOutput] = KeyedJobs(max_pending=max_pending_cvs)
        self.applied = applied  # read-your-writes for the consent gate (streams.state.watermarks)
        self.policy = policy or load_policy("default")
        self.requests = requests  # subject request records and encrypted exports
        self.pseudonym = pseudonym or (lambda cid: cid)
        self.sanitise_field = sanitise_field  # short client-visible free text (job title, skills)
        self.surveys = surveys
        self.concurrency = concurrency  # candidates applied side by side (1 = strictly one by one)

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        """As every processor, then record the next offset applied per partition (the
        consent gate's read-your-writes, ``streams.state.watermarks``): ``process`` has
        made every consent, registration and erasure write of the batch by then (a CV
        still being sanitised does not matter for consent). Works for both engines: it
        only needs the records' partition and offset."""
        outputs = await super().process(batch)
        await self.report_applied(next_offsets((msg.partition, msg.offset) for msg in batch))
        return outputs

    async def report_applied(self, offsets: dict[int, int]) -> None:
        """{partition: next offset applied}; also the runner hook for its consumer positions
        when idle and after an assignment (everything before a position was processed)."""
        if self.applied is None or not offsets:
            return
        try:
            await self.applied.record(offsets)
        except (StateUnavailable, StateInvalid):
            pass  # not recorded: the gate then waits and answers state_lagging (safe)

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        """In order per candidate, candidates side by side (``per_key``). A store outage
        retries the event (holding its candidate back: its state writes cannot be skipped);
        any other failure dead-letters that event alone (with an audit record) and the next
        one goes on. Outputs are gathered in the batch's order, as if applied one by one."""
        try:
            self._erasures: ErasureCache | None = await prefetch(self.state, events)  # issue 11: one read
        except StateUnavailable:
            self._erasures = None  # read per event instead (and retried there)
        self._pending = await self._pending_revocations(events)
        applied = await in_order_per_key(events, lambda e: e.get("candidate_id"),
                                         lambda e: self._apply(e, now), self.concurrency)
        for out in applied:
            result.extend(out)

    async def _apply(self, event: Event, now: datetime) -> BatchOutput:
        """One event's outputs: applied (retried while Redis is unreachable), or its dead letter."""
        delay = self.backoff
        while True:
            scratch = BatchOutput()
            try:
                await self._one(event, now, scratch)
            except StateUnavailable as exc:
                log.warning("state unavailable for %s (%s); retrying in %.1fs", event["event_id"], exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
                continue
            except Exception as exc:  # noqa: BLE001 - this event is the problem: dead letter, go on
                if is_infrastructure(exc):
                    raise
                rejected = BatchOutput()
                self.reject(event, exc, now, rejected)
                return rejected
            scratch.processed.append(event["event_id"])
            return scratch

    async def _pending_revocations(self, events: list[Event]) -> dict[str, dict[str, str]] | None:
        """Revocations recorded for this batch's causes and not acknowledged yet (only a
        redelivery has any): one read for the batch, none without a revoking event. None
        when Redis cannot be read: each revoking event then reads its own (and is retried
        there, like any state write)."""
        causes = [self.cause_key(e) for e in events if e["type"] in REVOKING]
        try:
            return await self.state.shares.pending(causes)
        except StateUnavailable:
            return None

    def on_rejected(self, event: Event, reason: str, now: datetime, result: BatchOutput) -> None:
        """A candidate event that could not be applied leaves a trace in the subject's audit
        chain (the reason names fields and types, never values)."""
        cid = event.get("candidate_id")
        if cid:
            result.audit.append(AuditEntry(cid, "rejected", f"{event['type']} not applied: {reason}",
                                           "unprocessable events go to dead-letter; the stream goes on",
                                           event["event_id"], now))

    async def _one(self, e: Event, now: datetime, result: BatchOutput) -> None:
        kind, cid = e["type"], e["candidate_id"]
        await self._resend_pending(e, now, result)
        await resend_owed(self, e, now, result)  # a request answered before a crash: its completion
        if await drop_if_erased(self.state, e, now, result, getattr(self, "_erasures", None)):  # issue 11
            self.counters.bump(self.counters.dropped, DROPPED_AFTER_ERASURE)
            return
        if kind == "CandidateRegistered":
            await self.state.subjects.merge_profile(cid, {f: e.get(f) for f in REGISTRATION_FIELDS})
            result.audit.append(AuditEntry(cid, "registered", "profile encrypted with the subject's key",
                                           "retention clock starts at registration", e["event_id"], now))
        elif kind == "ProfileUpdated":
            await self.update_profile(cid, {f: e.get(f) for f in PROFILE_FIELDS})
        elif kind == "CvUploaded":
            await self._cv(e, now, result)
        elif kind in ("ConsentGranted", "ConsentWithdrawn"):
            if not self.policy.accepts_purpose(e["purpose"]):
                result.audit.append(AuditEntry(cid, "consent_rejected", f"{e['purpose']} not accepted by {self.policy.name}",
                                               self.policy.consent_source, e["event_id"], now))
                return  # not recorded, and no retention anchor moves for it
            await self._consent(e, now, result)
        elif kind in ACCOUNT_EVENTS:
            await self._account(e, now, result)
        elif kind == "SurveyAnswered":
            await self._survey(e, now, result)
        elif kind in ("SubjectRequestSubmitted", "SubjectRequestExtended"):
            # a CV still being sanitised belongs to what is exported, and must not be
            # stored after an erasure: the request waits for this candidate's CV jobs
            await self.cv_jobs.drain(cid)
            await handle_subject_request(self, e, now, result)
        if self.retention is not None and kind not in ("SubjectRequestSubmitted", "SubjectRequestExtended"):
            await self.retention.observe(e)

    async def _survey(self, e: Event, now: datetime, result: BatchOutput) -> None:
        """Counted, never stored: the answer only moves a respondent count (statistics once
        the cell reaches k, written by the worker's timer); free text is refused."""
        cid = e["candidate_id"]
        if self.surveys is None:
            return
        if not all(CHOICE_CODE.fullmatch(e[f]) for f in ("survey_id", "question_id", "answer")):
            result.audit.append(AuditEntry(cid, "survey_answer_rejected", "not a choice code (free text is never kept)",
                                           self.policy.surveys_source, e["event_id"], now))
            return
        await self.surveys.record(self.pseudonym(cid), e["survey_id"], e["question_id"], e["answer"])

    async def update_profile(self, cid: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Merge profile fields; free text a client may see is also stored sanitised (the only
        form ever shared). Without a sanitiser those fields are withheld from clients."""
        profile = await self.state.subjects.merge_profile(cid, fields)
        changed = {f: fields[f] for f in FREE_TEXT_FIELDS if fields.get(f) not in (None, "", [])}
        if changed and (self.sanitise_field is not None or self.sanitise is not None):
            language = profile.get("locale") if profile.get("locale") in ("en", "fr") else "en"
            clean = dict(profile.get(SANITISED) or {})
            for name, value in changed.items():
                if self.sanitise_field is not None:
                    clean[name] = await self.sanitise_field(value, language)
                elif isinstance(value, list):
                    clean[name] = [(await self.sanitise(str(v), language)).text for v in value if str(v).strip()]
                else:
                    clean[name] = (await self.sanitise(str(value), language)).text
            profile = await self.state.subjects.merge_profile(cid, {SANITISED: clean})
        return profile

    async def _account(self, e: Event, now: datetime, result: BatchOutput) -> None:
        """Closure and suspension stop sharing and revoke every copy; lifting a suspension or
        a restriction restores the flag and re-sends the copies that event revoked."""
        kind, cid = e["type"], e["candidate_id"]
        subjects = self.state.subjects
        if kind == "AccountClosed":
            await subjects.set_flag(cid, "closed")
            await self.revoke_now_refused(cid, "account_closed", e, now, result, everyone=True)
            await subjects.take_paused(cid, "suspension")  # closure ends any pending restore
            await subjects.take_paused(cid, "restriction")
            result.audit.append(AuditEntry(cid, "account_closed", "no share after closure",
                                           "account closed: sharing stops, copies revoked", e["event_id"], now))
        elif kind == "AccountSuspended":
            await subjects.set_flag(cid, "suspended")
            await self.pause_and_revoke(cid, "suspension", "account_suspended", e, now, result)
            result.audit.append(AuditEntry(cid, "account_suspended", "no share while suspended",
                                           "account suspended: sharing stops, copies revoked", e["event_id"], now))
        elif kind == "AccountSuspensionLifted":
            await subjects.set_flag(cid, "suspended", False)
            restored = await self.reshare(cid, await subjects.take_paused(cid, "suspension"), "suspension_lifted",
                                          e, now, result)
            result.audit.append(AuditEntry(cid, "suspension_lifted", f"{len(restored)} cop(ies) restored",
                                           "suspension lifted: previous state restored", e["event_id"], now))
        elif kind == "RestrictionLifted":
            await subjects.set_flag(cid, "restricted", False)
            restored = await self.reshare(cid, await subjects.take_paused(cid, "restriction"), "restriction_lifted",
                                          e, now, result)
            result.audit.append(AuditEntry(cid, "restriction_lifted", f"{len(restored)} cop(ies) restored",
                                           "GDPR art. 18(3): restriction lifted, previous state restored",
                                           e["event_id"], now))

    async def pause_and_revoke(self, cid: str, why: str, reason: str, cause: Event, now: datetime,
                               result: BatchOutput) -> None:
        """Revoke every copy, remembering who held one so that lifting ``why`` restores them."""
        held = await self.state.shares.shares(cid)
        if held:
            await self.state.subjects.pause_shares(cid, why, held)
        await self.revoke_now_refused(cid, reason, cause, now, result, everyone=True)

    async def reshare(self, cid: str, clients: dict[str, str], reason: str, cause: Event, now: datetime,
                      result: BatchOutput) -> list[str]:
        """Send the current client copy to ``clients`` (those still allowed by consent and
        status): a ProfileShared with ``update_reason`` that replaces the copy they hold.
        Returns the client ids sent to (a rectification owes them again after a crash; the
        event ids derive from ``cause`` and the client, so a re-send has the same ids)."""
        if not clients or not self.policy.sharing.allowed:
            return []
        view = await self.state.subjects.view(cid)
        consents = await self.state.consents.all_for(cid)
        decisions = {client: decide_share(client, consents, view.status) for client in sorted(clients)}
        allowed = [(client, d) for client, d in decisions.items() if d.shared]
        for reason_code, why in (("restricted", "restriction"), ("account_suspended", "suspension")):
            still = {c: clients[c] for c, d in decisions.items() if d.reason == reason_code}
            if still:  # another pause still holds them: restored when that one is lifted
                await self.state.subjects.pause_shares(cid, why, {**await self.state.subjects.take_paused(cid, why),
                                                                  **still})
        if not allowed:
            return []
        profile, cv_text, redactions, _ = client_copy(view.profile, view.cv, self.policy)
        request_id = f"{reason}:{cause['event_id']}"
        await self.state.shares.record_shares([(cid, client, d.basis or "", request_id) for client, d in allowed])
        for client, d in allowed:
            result.messages.append(self.out(self.new_event(
                "ProfileShared", cause, request_id=request_id, client_id=client, candidate_id=cid,
                profile=profile, cv_text=cv_text, redactions=redactions, update_reason=reason)))
            result.audit.append(AuditEntry(cid, "share", f"{reason}: copy sent again to {client}", d.rule,
                                           cause["event_id"], now))
        return [client for client, _ in allowed]

    async def _cv(self, e: Event, now: datetime, result: BatchOutput) -> None:
        """Checks here; sanitising and storing in the background (``KeyedJobs``), so that
        consent changes and share decisions behind a large CV are not held back. The
        batch is committed only once the CV is stored."""
        if self.sanitise is None:
            return  # no sanitiser configured: CV text is never stored, so never shared
        text = e["text"]
        if len(text) > self.limits.max_cv_chars:
            raise EventRejected(f"CvUploaded.text has {len(text)} characters, more than the "
                                f"{self.limits.max_cv_chars} allowed (TALENTGUARD_MAX_CV_CHARS)")
        if not text.strip():
            raise EventRejected("CvUploaded.text is empty or only whitespace")
        msg = self.source_of(e)

        async def job(previous: "asyncio.Future[object] | None") -> BatchOutput:
            out = BatchOutput()
            try:
                sanitised = await self.sanitise(text, e.get("language"))
            except Exception as exc:  # noqa: BLE001 - the CV is the problem: dead letter
                sanitised, failure = None, exc
            if previous is not None:  # a candidate's CVs are stored in the order they came
                await asyncio.wait({previous})
            if sanitised is None:
                self.reject(e, failure, now, out, msg)
                return out
            await self._store_cv(e, sanitised, now, out, msg)
            return out

        result.deferred.append(await self.cv_jobs.submit(e["candidate_id"], job))

    async def _store_cv(self, e: Event, sanitised: SanitisedLike, now: datetime, out: BatchOutput,
                        msg: Any) -> None:
        counts = sanitised.redaction_counts()
        delay = self.backoff
        while True:  # the store must happen before the batch commits: wait for Redis
            try:
                await self.state.subjects.store_cv(e["candidate_id"], {
                    "cv_id": e["cv_id"], "text": sanitised.text, "language": sanitised.language,
                    "redactions": counts})
                break
            except StateUnavailable as exc:
                log.warning("state unavailable storing CV of %s (%s); retrying in %.1fs", e["event_id"], exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
            except Exception as exc:  # noqa: BLE001
                self.reject(e, exc, now, out, msg)
                return
        summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "nothing found"
        out.audit.append(AuditEntry(e["candidate_id"], "cv_sanitised", summary,
                                    "special categories and contact details removed before any share",
                                    e["event_id"], now))

    async def _consent(self, e: Event, now: datetime, result: BatchOutput) -> None:
        record = ConsentRecord.from_event(e, arrival_time(self.source_of(e), now))
        clamped = record.occurred_at != e["occurred_at"]
        applied = await self.state.consents.record(record)
        verb = "granted" if record.granted else "withdrawn"
        note = " (dated after its arrival: takes effect at arrival)" if clamped else ""
        result.audit.append(AuditEntry(
            record.candidate_id, f"consent_{verb}" if applied else "consent_ignored",
            (f"{record.purpose} for {record.scope}" if applied else "older than the recorded decision") + note,
            "latest decision wins (occurred_at, capped at arrival)", e["event_id"], now))
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
            if getattr(consents, "untrusted", 0):  # a ledger we cannot trust: fail closed, revoke all
                self.counters.state_invalid += 1
                revoke = sorted(shares)
        # durable first: the registry entries go and the revocations owed are recorded in
        # one step, so a crash before their acknowledgement re-sends them on redelivery
        await self.state.shares.revoke(cid, revoke, reason, self.cause_key(cause))
        self._send_revocations(cid, {client: reason for client in revoke}, cause, now, result)

    async def forget_answered(self, causes: list[str]) -> None:
        """The completions of ``causes`` are acknowledged: forget them (a failed clear only
        means a re-send if the request is redelivered; the record expires)."""
        if self.requests is not None:
            try:
                await self.requests.answered(causes)
            except (StateUnavailable, StateInvalid):
                pass

    def cause_key(self, cause: Event) -> str:
        """The pending revocations of a cause are named like its dedupe entry."""
        return processed_key(self.name, cause["type"], cause["event_id"])

    def _send_revocations(self, cid: str, owed: dict[str, str], cause: Event, now: datetime,
                          result: BatchOutput) -> None:
        """ProfileRevoked (event id derived from the cause: a re-send has the same id) and
        an audit record per client; the pending record is cleared once they are acked."""
        for client, reason in sorted(owed.items()):
            result.messages.append(self.out(self.new_event(
                "ProfileRevoked", cause, client_id=client, candidate_id=cid, reason=reason)))
            result.audit.append(AuditEntry(cid, "revoke", reason, f"{reason}: copies held by clients revoked",
                                           cause["event_id"], now))
        if owed:
            result.revoked.append(self.cause_key(cause))

    async def _resend_pending(self, e: Event, now: datetime, result: BatchOutput) -> None:
        """A redelivered cause whose revocations were recorded but maybe never acknowledged
        (a kill -9 in between): send them again, before anything else. Its registry entries
        are gone and its state change is a no-op now, so nothing else would. An erasure's
        subject is erased by now: the revocations are followed by its tombstones again (the
        ProfileRevoked names the candidate), and nothing else is read."""
        if e["type"] not in REVOKING:
            return
        pending = getattr(self, "_pending", None)
        if pending is None:  # the batch read failed: read this cause's (raises while Redis is down)
            pending = await self.state.shares.pending([self.cause_key(e)])
        owed = pending.get(self.cause_key(e))
        if not owed:
            return
        self.counters.bump(self.counters.dropped, "revocations_resent", len(owed))
        self._send_revocations(e["candidate_id"], owed, e, now, result)
        if e["type"] == "SubjectRequestSubmitted" and e.get("right") == "erasure":
            result.messages.extend(self.tombstones(e["candidate_id"], sorted(owed)))

    def tombstones(self, cid: str, clients: Sequence[str] = ()) -> list[Outgoing]:
        """Null values under every key of this subject on the compacted topics."""
        return erasure_tombstones(cid, self.state.keys.subject_name(cid), clients)
