"""Which record types travel on which topic, and which field is the message key.

This is the public contract of EVENTS.md in code form; topics' partition counts and
cleanup policies live with the broker-facing code in ``streams.topics``.
"""

from __future__ import annotations

CANDIDATE_EVENTS = "candidate-events"
CLIENT_EVENTS = "client-events"
ANALYTICS_EVENTS = "analytics-events"
CLIENT_PROFILES = "client-profiles"
CANDIDATE_NOTIFICATIONS = "candidate-notifications"
PRIVACY_AUDIT = "privacy-audit"
DEAD_LETTER = "dead-letter"

RECORDS_BY_TOPIC: dict[str, tuple[str, ...]] = {
    CANDIDATE_EVENTS: (
        "CandidateRegistered", "ProfileUpdated", "CvUploaded", "ConsentGranted",
        "ConsentWithdrawn", "ActivityRecorded", "AccountClosed", "AccountSuspended",
        "NegativeDecisionReceived", "SubjectRequestSubmitted",
        "SubjectRequestExtended", "AccountSuspensionLifted", "RestrictionLifted", "SurveyAnswered",
    ),
    CLIENT_EVENTS: ("ProfileShareRequested", "ClientContractStarted", "ClientContractEnded", "ProspectContacted"),
    ANALYTICS_EVENTS: ("CookieConsentChanged", "PageViewed", "SearchPerformed", "EmailClicked"),
    CLIENT_PROFILES: ("ProfileShared", "ProfileShareDenied", "ProfileRevoked"),
    CANDIDATE_NOTIFICATIONS: ("FirstShareNotice", "SubjectRequestCompleted"),
    PRIVACY_AUDIT: ("AuditRecord",),
    DEAD_LETTER: ("DeadLetter",),
}

KEY_FIELD_BY_TOPIC: dict[str, str | None] = {
    CANDIDATE_EVENTS: "candidate_id",
    CLIENT_EVENTS: "client_id",
    ANALYTICS_EVENTS: "visitor_id",
    CLIENT_PROFILES: "client_id",
    CANDIDATE_NOTIFICATIONS: "candidate_id",
    PRIVACY_AUDIT: "subject_id",
    DEAD_LETTER: None,
}

TOPIC_BY_RECORD: dict[str, str] = {
    record: topic for topic, records in RECORDS_BY_TOPIC.items() for record in records
}

INPUT_TOPICS = (CANDIDATE_EVENTS, CLIENT_EVENTS, ANALYTICS_EVENTS)
ALL_TOPICS = tuple(RECORDS_BY_TOPIC)


def key_for(topic: str, event: dict) -> bytes | None:
    """The message key of ``event`` on ``topic`` (UTF-8), or None for unkeyed topics."""
    field = KEY_FIELD_BY_TOPIC.get(topic)
    if field is None:
        return None
    value = event.get(field)
    return str(value).encode() if value is not None else None
