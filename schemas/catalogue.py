"""Which record types travel on which topic, and which field is the message key.

This is the public contract of EVENTS.md in code form; topics' partition counts and
cleanup policies live with the broker-facing code in ``streams.topics``.
"""

from __future__ import annotations

from typing import Callable

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


# Output topics keyed per (client, candidate) so that compaction with a tombstone can delete
# one subject's copies: key = ``CLIENT_ID:SUBJECT_PSEUDONYM`` (the candidate's keyed
# pseudonym, so the key left by a tombstone names nobody). Needs the keyring: callers pass
# ``subject_name``; without it the key falls back to the client id alone.
KEYED_BY_CLIENT_AND_SUBJECT = (CLIENT_PROFILES,)


# What the message key is, in words, where it is not simply one field (docs/events.md)
KEY_DESCRIPTION_BY_TOPIC: dict[str, str] = {
    CLIENT_PROFILES: "`client_id`:`SUBJECT_PSEUDONYM` (the candidate's keyed pseudonym)",
    DEAD_LETTER: "the subject's keyed pseudonym when known, else the letter's `event_id`",
}


def key_description(topic: str) -> str:
    if topic in KEY_DESCRIPTION_BY_TOPIC:
        return KEY_DESCRIPTION_BY_TOPIC[topic]
    field = KEY_FIELD_BY_TOPIC.get(topic)
    return f"`{field}`" if field else "none"


def client_subject_key(client_id: str, subject_name: str) -> bytes:
    return f"{client_id}:{subject_name}".encode()


def key_for(topic: str, event: dict, subject_name: "Callable[[str], str] | None" = None) -> bytes | None:
    """The message key of ``event`` on ``topic`` (UTF-8), or None for unkeyed topics.
    ``subject_name`` maps a candidate id to its keyed pseudonym (``Keyring.subject_pseudonym``)."""
    if topic in KEYED_BY_CLIENT_AND_SUBJECT and subject_name is not None and event.get("candidate_id"):
        return client_subject_key(str(event["client_id"]), subject_name(str(event["candidate_id"])))
    field = KEY_FIELD_BY_TOPIC.get(topic)
    if field is None:
        return None
    value = event.get(field)
    return str(value).encode() if value is not None else None
