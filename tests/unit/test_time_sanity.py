"""Time sanity in the pure domain rules: ordering of consent decisions against their
arrival time, and retention arithmetic at the calendar's ends."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from dateutil.relativedelta import relativedelta

from talentguard.consent import ConsentRecord, CookieConsent, analytics_allowed, effective_time, supersedes
from talentguard.policy import load_policy
from talentguard.retention import RetentionFacts, add_saturating, apply_event, expires_at

UTC = timezone.utc
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def decision(granted: bool, occurred_at: datetime, received_at: datetime | None, eid: str) -> ConsentRecord:
    event = {"type": "ConsentGranted" if granted else "ConsentWithdrawn", "candidate_id": "c1",
             "purpose": "share_with_client", "client_id": "acme", "occurred_at": occurred_at, "event_id": eid}
    return ConsentRecord.from_event(event, received_at)


# (first decision, second decision) as (granted, occurred_at, received_at); which one wins
ORDERING = [
    ("future-dated grant, then a withdrawal made after it arrived",
     (True, datetime(2099, 1, 1, tzinfo=UTC), NOW), (False, NOW + timedelta(seconds=1), NOW + timedelta(seconds=1)),
     "second"),
    ("grant dated 4 min ahead (inside the skew), withdrawal 1 s after its arrival",
     (True, NOW + timedelta(minutes=4), NOW), (False, NOW + timedelta(seconds=1), NOW + timedelta(seconds=1)),
     "second"),
    ("late arrival of an older grant after a withdrawal: dates decide",
     (False, NOW, NOW), (True, NOW - timedelta(minutes=5), NOW + timedelta(minutes=1)),
     "first"),
    ("withdrawal dated before a grant that arrived earlier, same arrival order",
     (True, NOW, NOW), (False, NOW - timedelta(seconds=10), NOW + timedelta(seconds=1)),
     "first"),
    ("same effective time: the withdrawal wins",
     (True, NOW + timedelta(hours=1), NOW), (False, NOW, NOW),
     "second"),
    ("no arrival time known: occurred_at alone decides",
     (True, datetime(2099, 1, 1, tzinfo=UTC), None), (False, NOW, None),
     "first"),
]


@pytest.mark.parametrize("case, first, second, winner", ORDERING, ids=[c[0] for c in ORDERING])
def test_when_decisions_are_ordered_then_a_future_date_never_outranks_a_later_arrival(
        case: str, first: tuple, second: tuple, winner: str) -> None:
    a, b = decision(*first, "e1"), decision(*second, "e2")
    assert supersedes(b, a) is (winner == "second")
    assert supersedes(a, b) is (winner == "first")  # the same answer in either arrival order


def test_when_occurred_at_is_before_arrival_then_it_is_kept() -> None:
    assert effective_time(NOW - timedelta(days=3), NOW) == NOW - timedelta(days=3)
    assert effective_time(NOW + timedelta(days=3), NOW) == NOW


EDGES = [datetime(1, 1, 1, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, tzinfo=UTC),
         datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC), NOW]


@pytest.mark.parametrize("at", EDGES, ids=lambda d: d.isoformat())
@pytest.mark.parametrize("preset", ["default", "cooptalis", "kakoo"])
def test_when_an_anchor_is_at_the_calendars_ends_then_retention_arithmetic_does_not_crash(at: datetime, preset: str) -> None:
    policy = load_policy(preset)
    facts = RetentionFacts()
    for kind in ("CandidateRegistered", "AccountClosed", "NegativeDecisionReceived", "AccountSuspended"):
        facts = apply_event(facts, {"type": kind, "occurred_at": at})
    expiry = expires_at(facts, policy)
    assert expiry is not None and expiry >= at


@pytest.mark.parametrize("delta", [timedelta(days=800), relativedelta(years=2), relativedelta(months=13)])
def test_when_adding_past_year_9999_then_the_result_is_held_at_the_end(delta: object) -> None:
    assert add_saturating(datetime(9999, 6, 1, tzinfo=UTC), delta) == datetime.max.replace(tzinfo=UTC)
    assert add_saturating(datetime(1, 1, 2, tzinfo=UTC), -delta) == datetime.min.replace(tzinfo=UTC)  # type: ignore[operator]


def test_when_a_cookie_consent_is_dated_year_9999_then_the_analytics_check_answers() -> None:
    consent = CookieConsent("v1", True, False, False, datetime(9999, 12, 31, tzinfo=UTC))
    assert analytics_allowed(consent, datetime(9999, 12, 31, 12, tzinfo=UTC), relativedelta(months=13)) is True
    assert analytics_allowed(consent, NOW, relativedelta(months=13)) is False  # given after the event


@pytest.mark.parametrize("record_ms", [0, -1, None, int(datetime(2099, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)])
def test_when_the_producer_sets_the_record_timestamp_then_the_worker_clock_still_caps_a_future_grant(
    record_ms: int | None,
) -> None:
    """The record timestamp is the producer's: 0 or 2099 must not let a 2099 grant beat a
    withdrawal made now (reviewer's case: both dated 2099 by the producer)."""
    from types import SimpleNamespace

    from streams.processors.candidate import arrival_time

    now = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
    future = datetime(2099, 1, 1, tzinfo=timezone.utc)
    grant = ConsentRecord.from_event(
        {"type": "ConsentGranted", "candidate_id": "c", "purpose": "cv_library", "event_id": "g", "occurred_at": future},
        arrival_time(SimpleNamespace(timestamp_ms=record_ms), now))
    withdrawal = ConsentRecord.from_event(
        {"type": "ConsentWithdrawn", "candidate_id": "c", "purpose": "cv_library", "event_id": "w",
         "occurred_at": now + timedelta(seconds=1)},
        arrival_time(SimpleNamespace(timestamp_ms=int((now + timedelta(seconds=1)).timestamp() * 1000)),
                     now + timedelta(seconds=1)))
    assert grant.occurred_at <= now
    assert supersedes(withdrawal, grant)
