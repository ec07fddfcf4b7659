"""Consent rules (pure): which consent wins, whether a share may happen, what is revoked.

No Kafka, no Redis: processors load the state, call these functions, and write results.
Reason codes and purposes are the public contract of EVENTS.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, Mapping

from talentguard.retention import add_saturating

SHARE_WITH_CLIENT = "share_with_client"
CV_LIBRARY = "cv_library"
ALL_CLIENTS = "*"

PROFESSIONAL_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level",
                       "contract_types", "region")
LIST_FIELDS = ("skills", "contract_types")


@dataclass(frozen=True)
class ConsentRecord:
    """One consent decision with its proof. ``client_id=None`` means every client."""

    candidate_id: str
    purpose: str
    client_id: str | None
    granted: bool
    occurred_at: datetime
    event_id: str
    proof: str | None = None

    @property
    def scope(self) -> str:
        return self.client_id or ALL_CLIENTS

    @classmethod
    def from_event(cls, event: Mapping[str, Any], received_at: datetime | None = None) -> "ConsentRecord":
        """``received_at`` (the broker's timestamp of the record) caps ``occurred_at``: a
        decision cannot take effect later than it reached us, so a grant dated in the
        future cannot outrank a withdrawal made after it arrived (see ``effective_time``)."""
        return cls(event["candidate_id"], event["purpose"], event.get("client_id"),
                   event["type"] == "ConsentGranted", effective_time(event["occurred_at"], received_at),
                   event["event_id"], event.get("proof"))


def effective_time(occurred_at: datetime, received_at: datetime | None) -> datetime:
    """When a consent decision takes effect for ordering: when it says it happened, but
    never later than when the pipeline received it. Why: "the latest occurred_at wins"
    alone lets a producer's wrong clock (or an attacker) date a grant in 2099, and no real
    withdrawal could ever beat it. Clamping to arrival keeps honest late arrivals (older
    dates) ordered by their own dates, and lets a withdrawal made after a future-dated
    grant arrived win."""
    if received_at is not None and occurred_at > received_at:
        return received_at
    return occurred_at


def supersedes(new: ConsentRecord, old: ConsentRecord | None) -> bool:
    """True when ``new`` should replace ``old``: the later ``occurred_at`` wins, whatever the
    arrival order. On a tie a withdrawal wins (fail safe), then the larger event id (so
    every worker reaches the same answer)."""
    if old is None:
        return True
    if new.occurred_at != old.occurred_at:
        return new.occurred_at > old.occurred_at
    if new.granted != old.granted:
        return not new.granted
    return new.event_id > old.event_id


@dataclass(frozen=True)
class SubjectStatus:
    known: bool = False
    restricted: bool = False
    objecting: bool = False
    erased: bool = False
    closed: bool = False      # AccountClosed: never shared again
    suspended: bool = False   # AccountSuspended until AccountSuspensionLifted


@dataclass(frozen=True)
class ShareDecision:
    shared: bool
    reason: str          # "shared" or an EVENTS.md denial code
    rule: str            # the policy rule that decided, for the audit trail
    basis: str | None = None  # e.g. "share_with_client:acme" or "cv_library:*"


def decide_share(client_id: str, consents: Iterable[ConsentRecord], status: SubjectStatus) -> ShareDecision:
    """The consent gate. ``consents`` are the latest record per (purpose, scope) for this
    candidate; records that cannot matter for ``client_id`` are ignored.

    Most specific first: an explicit decision for this client, then ``share_with_client``
    for every client, then the CV library (every client). An explicit withdrawal for this
    client always denies; a later general withdrawal overrides an earlier explicit grant.
    """
    if status.erased:
        return ShareDecision(False, "erased", "erasure: nothing is shared after an erasure request")
    if not status.known:
        return ShareDecision(False, "unknown_candidate", "no registration: nothing to share")
    if status.closed:
        return ShareDecision(False, "account_closed", "account closed: no share after closure")
    if status.suspended:
        return ShareDecision(False, "account_suspended", "account suspended: no share until the suspension is lifted")
    if status.restricted:
        return ShareDecision(False, "restricted", "restriction of processing (GDPR art. 18)")
    if status.objecting:
        return ShareDecision(False, "restricted", "objection to processing (GDPR art. 21)")
    explicit = general = library = None
    for c in consents:
        if c.purpose == SHARE_WITH_CLIENT and c.client_id == client_id:
            explicit = c
        elif c.purpose == SHARE_WITH_CLIENT and c.client_id is None:
            general = c
        elif c.purpose == CV_LIBRARY and c.client_id is None:
            library = c
    if explicit is not None and not explicit.granted:
        return ShareDecision(False, "consent_withdrawn", "consent for this client withdrawn")
    general_withdrawn_later = (general is not None and not general.granted
                               and (explicit is None or general.occurred_at > explicit.occurred_at))
    if explicit is not None and not general_withdrawn_later:
        return ShareDecision(True, "shared", "prior consent: share_with_client for this client",
                             f"{SHARE_WITH_CLIENT}:{client_id}")
    if general is not None and general.granted:
        return ShareDecision(True, "shared", "prior consent: share_with_client for every client",
                             f"{SHARE_WITH_CLIENT}:{ALL_CLIENTS}")
    if library is not None and library.granted:
        return ShareDecision(True, "shared", "prior consent: cv_library (every client)",
                             f"{CV_LIBRARY}:{ALL_CLIENTS}")
    if explicit or general or library:
        return ShareDecision(False, "consent_withdrawn", "consent withdrawn: no share after withdrawal")
    return ShareDecision(False, "no_consent", "no prior consent for this client")


def clients_to_revoke(shared_with: Iterable[str], consents: Iterable[ConsentRecord], status: SubjectStatus) -> list[str]:
    """After a consent change: the clients holding the profile that would now be refused."""
    records = list(consents)
    return sorted(c for c in shared_with if not decide_share(c, records, status).shared)


def professional_profile(profile: Mapping[str, Any], fields: Iterable[str] = PROFESSIONAL_FIELDS) -> dict[str, Any]:
    """Only what a client may see: never names, contact details, birth date, gender, photo,
    hobbies, salary or bank data (a whitelist, so a new field is private by default).
    ``fields`` (the preset's client fields) may narrow the whitelist; the record keeps every
    schema field, the others as null/empty."""
    allowed = set(fields) & set(PROFESSIONAL_FIELDS)
    out: dict[str, Any] = {}
    for name in PROFESSIONAL_FIELDS:
        value = profile.get(name) if name in allowed else None
        out[name] = list(value) if name in LIST_FIELDS and value is not None else value
    for name in LIST_FIELDS:
        out[name] = out[name] or []
    return out


def notice_categories(sent_profile: Mapping[str, Any], has_cv: bool) -> list[str]:
    """The data categories actually sent, for the FirstShareNotice: call it with the profile
    exactly as sent (region included when it was derived from the city)."""
    categories = [name for name in PROFESSIONAL_FIELDS if sent_profile.get(name) not in (None, [], "")]
    if has_cv:
        categories.append("cv_text_sanitised")
    return categories


@dataclass(frozen=True)
class CookieConsent:
    visitor_id: str
    analytics: bool
    advertising: bool
    functional: bool
    occurred_at: datetime
    event_id: str = ""


def analytics_allowed(consent: CookieConsent | None, at: datetime, max_age: timedelta | Any) -> bool:
    """May an event that happened ``at`` be counted? Only under a consent given at or before
    it (a view made before the banner was accepted stays uncounted) and not yet expired
    then (13 months at most by default). ``max_age`` is a timedelta or a calendar relativedelta."""
    return (consent is not None and consent.analytics and consent.occurred_at <= at
            and add_saturating(consent.occurred_at, max_age) >= at)
