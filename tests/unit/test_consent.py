"""Consent rules, table-driven."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from talentguard.consent import (ConsentRecord, CookieConsent, SubjectStatus, analytics_allowed,
                                 clients_to_revoke, decide_share, notice_categories,
                                 professional_profile, supersedes)

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
KNOWN = SubjectStatus(known=True)


def rec(purpose: str = "share_with_client", client: str | None = "acme", granted: bool = True,
        minutes: int = 0, eid: str = "e1") -> ConsentRecord:
    return ConsentRecord("c-1", purpose, client, granted, T0 + timedelta(minutes=minutes), eid)


@pytest.mark.parametrize("new, old, wins", [
    (rec(minutes=5), rec(granted=False, minutes=1), True),          # later grant wins
    (rec(minutes=1), rec(granted=False, minutes=5), False),         # late older grant never resurrects
    (rec(granted=False, minutes=5, eid="a"), rec(minutes=5, eid="z"), True),  # tie: withdrawal wins
    (rec(minutes=5, eid="z"), rec(granted=False, minutes=5, eid="a"), False),
    (rec(minutes=5, eid="b"), rec(minutes=5, eid="a"), True),       # tie, same decision: larger id
    (rec(), None, True),
])
def test_when_two_decisions_compete_then_the_latest_occurred_at_wins(new, old, wins) -> None:
    assert supersedes(new, old) is wins


@pytest.mark.parametrize("consents, status, shared, reason", [
    ([], KNOWN, False, "no_consent"),
    ([rec()], KNOWN, True, "shared"),
    ([rec(client="other")], KNOWN, False, "no_consent"),
    ([rec(granted=False)], KNOWN, False, "consent_withdrawn"),
    ([rec("cv_library", None)], KNOWN, True, "shared"),
    ([rec("cv_library", None, granted=False)], KNOWN, False, "consent_withdrawn"),
    ([rec("marketing", None)], KNOWN, False, "no_consent"),
    ([rec(client=None)], KNOWN, True, "shared"),
    ([rec(minutes=1), rec(client=None, granted=False, minutes=5)], KNOWN, False, "consent_withdrawn"),
    ([rec(minutes=5), rec(client=None, granted=False, minutes=1)], KNOWN, True, "shared"),
    ([rec(granted=False), rec("cv_library", None)], KNOWN, False, "consent_withdrawn"),
    ([rec()], SubjectStatus(), False, "unknown_candidate"),
    ([rec()], SubjectStatus(known=True, restricted=True), False, "restricted"),
    ([rec()], SubjectStatus(known=True, objecting=True), False, "restricted"),
    ([rec()], SubjectStatus(known=True, erased=True), False, "erased"),
])
def test_when_a_share_is_requested_then_consent_and_status_decide(consents, status, shared, reason) -> None:
    decision = decide_share("acme", consents, status)
    assert (decision.shared, decision.reason) == (shared, reason)
    assert decision.rule


def test_when_consent_is_withdrawn_then_exactly_the_clients_now_refused_are_revoked() -> None:
    consents = [rec("cv_library", None, granted=False, minutes=2), rec(client="acme", minutes=1)]
    assert clients_to_revoke(["acme", "globex", "initech"], consents, KNOWN) == ["globex", "initech"]


def test_when_a_profile_is_shared_then_only_professional_fields_leave() -> None:
    profile = {"job_title": "Nurse", "sector": "Health care", "skills": ["triage"], "first_name": "Ada",
               "email": "a@x.org", "phone": "+33", "birth_date": "1990-01-01", "gender": "f",
               "photo_url": "http://x", "hobbies": "choir", "salary_expectation": 40000, "city": "Lyon",
               "region": "Auvergne-Rhône-Alpes"}
    shared = professional_profile(profile)
    assert set(shared) == {"job_title", "sector", "years_experience", "skills", "education_level",
                           "contract_types", "region"}
    assert shared["contract_types"] == [] and shared["years_experience"] is None
    assert notice_categories(profile, has_cv=True) == ["job_title", "sector", "skills", "region", "cv_text_sanitised"]


@pytest.mark.parametrize("consent, age_days, allowed", [
    (None, 0, False),
    (CookieConsent("v", True, False, True, T0), 10, True),
    (CookieConsent("v", False, True, True, T0), 10, False),
    (CookieConsent("v", True, False, True, T0), 396, True),
    (CookieConsent("v", True, False, True, T0), 400, False),
    (CookieConsent("v", True, False, True, T0), 0, True),         # the view right as consent is given
    (CookieConsent("v", True, False, True, T0), -30, False),      # a view made before the consent
    (CookieConsent("v", True, False, True, T0), -0.001, False),
])
def test_when_cookie_consent_is_missing_refused_old_or_later_than_the_event_then_analytics_is_not_allowed(consent, age_days, allowed) -> None:
    assert analytics_allowed(consent, T0 + timedelta(days=age_days), timedelta(days=396)) is allowed
