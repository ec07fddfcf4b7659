"""Retention arithmetic (pure): which events move which anchor, and when data expires."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Mapping

from talentguard.policy import Policy, RetentionRule

# which event moves which anchor; every candidate event counts as contact/use
ANCHOR_EVENTS: dict[str, tuple[str, ...]] = {
    "CandidateRegistered": ("registered_at", "last_activity"),
    "ProfileUpdated": ("last_activity",),
    "CvUploaded": ("last_activity",),
    "ActivityRecorded": ("last_activity",),
    "ConsentGranted": ("last_activity",),
    "AccountClosed": ("closed_at",),
    "AccountSuspended": ("suspended_at",),
    "NegativeDecisionReceived": ("latest_negative_decision",),
}


@dataclass(frozen=True)
class RetentionFacts:
    registered_at: datetime | None = None
    last_activity: datetime | None = None
    closed_at: datetime | None = None
    suspended_at: datetime | None = None
    latest_negative_decision: datetime | None = None

    def as_dict(self) -> dict[str, datetime | None]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def apply_event(facts: RetentionFacts, event: Mapping[str, Any]) -> RetentionFacts:
    """Move the anchors this event type moves; never backwards (late events are harmless)."""
    at = event["occurred_at"]
    changes = {}
    for anchor in ANCHOR_EVENTS.get(event["type"], ()):
        current = getattr(facts, anchor)
        if current is None or at > current:
            changes[anchor] = at
    return replace(facts, **changes) if changes else facts


def add_saturating(at: datetime, delta: Any) -> datetime:
    """``at + delta`` (a timedelta or a calendar relativedelta), held at the calendar's ends
    instead of overflowing: an anchor in year 9999 plus two years is "never" (datetime.max),
    not an OverflowError that would stop the stream."""
    try:
        return at + delta
    except (OverflowError, ValueError):
        edge = datetime.max if _is_forward(delta) else datetime.min
        return edge.replace(tzinfo=at.tzinfo)


def _is_forward(delta: Any) -> bool:
    base = datetime(2000, 1, 1)
    return base + delta >= base


def deciding_rule(facts: RetentionFacts, policy: Policy) -> tuple[datetime, RetentionRule] | None:
    """The latest expiry among the rules that apply, and the rule that gives it."""
    best: tuple[datetime, RetentionRule] | None = None
    for rule in policy.rules:
        anchor = getattr(facts, rule.anchor)
        if anchor is None or (rule.while_open and facts.closed_at is not None):
            continue
        expiry = add_saturating(anchor, rule.after)
        if best is None or expiry > best[0]:
            best = (expiry, rule)
    return best


def expires_at(facts: RetentionFacts, policy: Policy) -> datetime | None:
    decided = deciding_rule(facts, policy)
    return decided[0] if decided else None
