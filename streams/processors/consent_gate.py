"""The consent gate: ProfileShareRequested -> ProfileShared | ProfileShareDenied.

Per batch, whatever its size: one Redis command reads every request's consents and
subject (a script), one claims the final decisions and records the shares (a script: a
redelivered request gets its claimed outcome again, see ``_decide``), two link the audit
chain, a few dedupe. Fail closed: if Redis cannot be read, every request
of the batch is denied with ``state_unavailable`` (and audited once Redis is back).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from schemas.codec import Event
from streams.envelope import Outgoing
from streams.processors.base import BatchOutput, ProcessorBase
from streams.log_end import LogEnd
from streams.processors.freshness import split_by_coverage
from streams.state.watermarks import AppliedOffsets
from streams.state.dedupe import processed_key
from streams.state.party_retention import PartyClock
from streams.state.share_registry import SHARED, DecisionItem, denied
from streams.state.subjects import SubjectView
from talentguard.audit import AuditEntry
from talentguard.consent import ShareDecision, decide_share
from talentguard.errors import StateInvalid, StateUnavailable
from talentguard.policy import Policy, load_policy
from talentguard.sharing import client_copy

PARTY_EVENTS = ("ClientContractStarted", "ClientContractEnded", "ProspectContacted")
STATE_UNAVAILABLE = ShareDecision(False, "state_unavailable", "fail closed: consent state unreadable")
UNPROCESSABLE = "unprocessable_request"
UNKNOWN_CANDIDATE = "unknown_candidate"  # final: decided on state covering the log end (freshness)
STATE_INVALID = ShareDecision(False, "state_invalid",
                              "fail closed: a consent ledger entry is malformed or fails its MAC (untrusted state)")
STATE_LAGGING = ShareDecision(False, "state_lagging",
                              "read-your-writes: candidate events published before the request not applied yet "
                              "(retryable)")
RETRYABLE = ("state_unavailable", "state_lagging")  # never claimed: a redelivery decides again
REPLAY_RULE = "redelivered request: the decision claimed first stands (streams/state/share_registry.py)"


def policy_denial(policy: Policy) -> ShareDecision:
    """The preset forbids sharing with clients at all (cocoom): consent cannot change that."""
    return ShareDecision(False, "not_permitted_by_policy",
                         f"{policy.name}: {policy.sharing.denial_text} [{policy.sharing.source}]")


class ConsentGate(ProcessorBase):
    name = "consent-gate"
    topic = "client-events"

    def __init__(self, *args: Any, policy: Policy | None = None, parties: PartyClock | None = None,
                 applied: AppliedOffsets | None = None, log_end: LogEnd | None = None,
                 candidate_partitions: int = 6, wait_for_state_s: float = 2.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.policy = policy or load_policy("default")
        self.parties = parties  # retention of clients, prospects and canvassing data
        # read-your-writes (streams.processors.freshness): None = decide on whatever is there
        self.applied, self.log_end, self.candidate_partitions = applied, log_end, candidate_partitions
        self.wait_for_state_s = wait_for_state_s

    async def close(self) -> None:
        """The log-end probe holds its own broker connection (streams.log_end)."""
        close = getattr(self.log_end, "close", None)
        if close is not None:
            await close()

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        requests = [e for e in events if e["type"] == "ProfileShareRequested"]
        for e in events:
            if e["type"] in PARTY_EVENTS:
                if self.parties is not None:  # clients, prospects, canvassing: their retention clock
                    await self.parties.observe(e["type"], e["client_id"], e["occurred_at"])
                result.audit.append(AuditEntry(e["client_id"], "client_contract" if "Contract" in e["type"]
                                               else "prospect_contact", e["type"],
                                               "client lifecycle recorded", e["event_id"], now))
                result.processed.append(e["event_id"])
        if not requests:
            return
        if not self.policy.sharing.allowed:  # decided by the preset alone: nothing is read
            for req in requests:
                self._deny(req, policy_denial(self.policy), now, result)
                result.processed.append(req["event_id"])
            return
        if self.applied is not None and self.log_end is not None:  # off by configuration: decide as before
            try:
                requests, lagging = await split_by_coverage(
                    requests, self.applied.read, self.log_end, self.candidate_partitions, self.wait_for_state_s)
            except StateUnavailable:  # freshness unknown (Redis down or just restarted): decide nothing
                self._unavailable(requests, now, result)
                return
            if lagging:
                self.counters.bump(self.counters.dropped, "share_state_lagging", len(lagging))
        else:
            lagging = []
        await self._decide(requests, lagging, now, result)

    async def _decide(self, requests: list[Event], lagging: list[Event], now: datetime,
                      result: BatchOutput) -> None:
        """Decide ``requests`` on the state read now, then claim the final decisions and
        record the shares in one script (``ShareRegistry.settle_decisions``) BEFORE any
        output is built into the batch: a request decided before (a redelivery after a
        kill -9 between the acknowledgement and the processed mark) gets its claimed
        outcome again, with the same event ids, instead of a new decision. ``lagging``
        requests (retryable) are only looked up."""
        decisions: list[ShareDecision] = []
        views: list[SubjectView | None] = []
        if requests:
            cids = [r["candidate_id"] for r in requests]
            try:
                consents, read = await self.state.share_inputs(cids)
            except StateUnavailable:
                self._unavailable(requests, now, result, lagging)
                return
            views = list(read)
            decisions = [STATE_INVALID if getattr(c, "untrusted", 0) else decide_share(r["client_id"], c, v.status)
                         for r, c, v in zip(requests, consents, read)]
            self.counters.state_invalid += sum(d is STATE_INVALID for d in decisions)
        decidable = requests
        requests, decisions = requests + lagging, decisions + [STATE_LAGGING] * len(lagging)
        views += [None] * len(lagging)
        # built and encoded BEFORE anything is recorded: a copy that cannot be encoded raises
        # here, so its request is denied and dead-lettered (base class) without entering the
        # share registry or claiming the decision or the first-share notice
        built = {id(r): self._share_outputs(r, d, v, now)
                 for r, d, v in zip(requests, decisions, views) if d.shared and v is not None}
        items = [DecisionItem(self._claim_of(r), r["candidate_id"], r["client_id"], r["event_id"],
                              None if d.reason in RETRYABLE else (SHARED if d.shared else denied(d.reason)),
                              (d.basis or "") if d.shared else None)
                 for r, d in zip(requests, decisions)]
        try:
            settled = await self.state.shares.settle_decisions(items)
        except StateUnavailable:
            self._unavailable(decidable, now, result, lagging)
            return
        replayed = 0
        for req, decision, (claimed, first) in zip(requests, decisions, settled):
            if claimed is not None and claimed != (SHARED if decision.shared else denied(decision.reason)):
                replayed += 1
                self._replay(req, claimed, decision, now, result)
            elif decision.shared:
                copy, notice, entry = built[id(req)]
                result.messages.append(copy)
                if first:  # exactly the categories just sent
                    result.messages.append(notice)
                result.audit.append(entry)
            else:
                self._deny(req, decision, now, result)
            result.processed.append(req["event_id"])
        if replayed:
            self.counters.bump(self.counters.dropped, "share_decision_replayed", replayed)

    def _claim_of(self, req: Event) -> str:
        """A request's claim is named like its dedupe entry (this processor, type, id)."""
        return processed_key(self.name, req["type"], req["event_id"])

    def _replay(self, req: Event, claimed: str, now_decided: ShareDecision, now: datetime,
                result: BatchOutput) -> None:
        """The request was decided before (``claimed``) and the state changed since: its
        claimed denial is sent again (same reason, same event id). A claimed share whose
        copy the current state no longer allows is NOT sent again (consent wins over the
        replay): the client got it with the first attempt or never, and the change that
        now refuses it (withdrawal, restriction, erasure) revokes what the registry holds."""
        if claimed.startswith("denied:"):
            self._deny(req, ShareDecision(False, claimed.removeprefix("denied:"), REPLAY_RULE), now, result)
            return
        if now_decided.reason in RETRYABLE:
            # the copy cannot be rebuilt on lagging or unreadable state; its first sending may
            # have died with the worker (killed before the ack): answer "retry" rather than
            # nothing, or that request would never be answered (fault campaign, CI run with a
            # busy core: 1 of 240 requests undecided). A retryable answer is never final.
            self._deny(req, now_decided, now, result)
            return
        result.audit.append(AuditEntry(req["candidate_id"], "share_not_resent",
                                       f"decided shared before; not sent again: {now_decided.reason}",
                                       REPLAY_RULE, req["event_id"], now))

    def _unavailable(self, requests: list[Event], now: datetime, result: BatchOutput,
                     lagging: Sequence[Event] = ()) -> None:
        """Fail closed, retryable: every request denied ``state_unavailable``, none marked
        processed (a redelivery may decide again with state). ``lagging`` requests (their
        claims could not be looked up) keep their ``state_lagging`` answer, marked
        processed as always."""
        for req in lagging:
            self._deny(req, STATE_LAGGING, now, result)
            result.processed.append(req["event_id"])
        for req in requests:
            self._deny(req, STATE_UNAVAILABLE, now, result)
        self.counters.bump(self.counters.dropped, "share_state_unavailable", len(requests))

    def on_rejected(self, event: Event, reason: str, now: datetime, result: BatchOutput) -> None:
        """A share request that could not be decided is still answered: denied (final for
        this request; the dead letter carries the reason), and audited."""
        if event["type"] != "ProfileShareRequested":
            return
        if reason.startswith(StateInvalid.__name__):  # a key of the wrong type (streams.state.redis_client)
            self.counters.state_invalid += 1
            self._deny(event, STATE_INVALID, now, result)
            return
        self._deny(event, ShareDecision(False, UNPROCESSABLE, f"request not processable: {reason}"), now, result)

    def _share_outputs(self, req: Event, decision: ShareDecision, view: SubjectView,
                       now: datetime) -> tuple[Outgoing, Outgoing, AuditEntry]:
        """The encoded ProfileShared, the FirstShareNotice sent with it if this is the first
        share with that client (the purpose from the preset's vocabulary), the audit entry."""
        profile, cv_text, redactions, categories = client_copy(view.profile, view.cv, self.policy)
        copy = self.out(self.new_event(
            "ProfileShared", req, request_id=req["request_id"], client_id=req["client_id"],
            candidate_id=req["candidate_id"], profile=profile, cv_text=cv_text, redactions=redactions))
        notice = self.out(self.new_event(
            "FirstShareNotice", req, candidate_id=req["candidate_id"], client_id=req["client_id"],
            data_categories=categories, purpose=self.policy.notice_purpose(req.get("purpose"))))
        entry = AuditEntry(req["candidate_id"], "share", f"shared with {req['client_id']}",
                           decision.rule, req["event_id"], now)
        return copy, notice, entry

    def _deny(self, req: Event, decision: ShareDecision, now: datetime, result: BatchOutput) -> None:
        result.messages.append(self.out(self.new_event(
            "ProfileShareDenied", req, request_id=req["request_id"], client_id=req["client_id"],
            candidate_id=req["candidate_id"], reason=decision.reason)))
        result.audit.append(AuditEntry(req["candidate_id"], "deny", decision.reason, decision.rule,
                                       req["event_id"], now))
