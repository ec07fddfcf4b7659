"""Policy presets and retention arithmetic, table-driven per preset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from talentguard.durations import DurationError, parse_duration
from talentguard.errors import PolicyError
from talentguard.policy import load_policy, preset_names
from talentguard.retention import RetentionFacts, apply_event, deciding_rule, expires_at

T0 = datetime(2024, 2, 29, 12, 0, tzinfo=timezone.utc)
PRESETS = ["cocoom", "cooptalis", "default", "kakoo", "kbis-registre", "valumen"]


def test_when_presets_are_listed_then_every_platform_has_one() -> None:
    assert preset_names() == PRESETS


@pytest.mark.parametrize("name", PRESETS)
def test_when_a_preset_loads_then_it_has_rules_and_limits(name: str) -> None:
    policy = load_policy(name)
    assert policy.name == name and policy.rules and policy.k >= 1
    assert policy.cookie_max_age.months in (12, 13) or policy.cookie_max_age.years == 1


@pytest.mark.parametrize("text, expected", [
    ("5s", relativedelta(seconds=5)), ("90m", relativedelta(hours=1, minutes=30)), ("2y", relativedelta(years=2)),
    ("13mo", relativedelta(years=1, months=1)), ("P2Y", relativedelta(years=2)), ("PT5S", relativedelta(seconds=5)),
    ("2w", relativedelta(days=14)),
])
def test_when_a_duration_is_parsed_then_any_length_is_accepted(text, expected) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["soon", "", "2 years", "1.5y", "P"])
def test_when_a_duration_is_nonsense_then_it_is_refused(text) -> None:
    with pytest.raises(DurationError):
        parse_duration(text)


@pytest.mark.parametrize("body, words", [
    ("name: x\nretention:\n  rules:\n    - anchor: last_activity\n      after: soon\n",
     "retention.rules[0].after: expected a duration like '2y'"),
    ("name: x\nretention:\n  rules:\n    - anchor: birthday\n      after: 2y\n", "retention.rules[0].anchor: expected one of"),
    ("name: x\n", "missing field 'retention'"),
    ("name: x\nretention:\n  rules: []\n", "expected at least one rule"),
    ("- just a list\n", "expected a mapping"),
    ("name: x\nretention:\n  rules:\n    - anchor: last_activity\n      after: 1y\naggregates:\n  k: 0\n", "aggregates.k"),
])
def test_when_a_policy_file_is_invalid_then_the_error_names_file_and_field(tmp_path: Path, body: str, words: str) -> None:
    path = tmp_path / "custom.yaml"
    path.write_text(body)
    with pytest.raises(PolicyError) as info:
        load_policy(str(path))
    assert "custom.yaml" in str(info.value) and words in str(info.value)


def test_when_a_preset_is_unknown_then_the_known_ones_are_listed() -> None:
    with pytest.raises(PolicyError) as info:
        load_policy("nope")
    assert "valumen" in str(info.value)


def ev(kind: str, days: int) -> dict:
    return {"type": kind, "occurred_at": T0 + timedelta(days=days)}


def facts(*events: dict) -> RetentionFacts:
    f = RetentionFacts()
    for e in events:
        f = apply_event(f, e)
    return f


@pytest.mark.parametrize("preset, events, expected", [
    ("kakoo", [ev("CandidateRegistered", 0), ev("ActivityRecorded", 100)], T0 + timedelta(days=100) + relativedelta(years=2)),
    ("cooptalis", [ev("CandidateRegistered", 0), ev("ProfileUpdated", 10)], T0 + timedelta(days=10) + relativedelta(years=1)),
    ("default", [ev("CandidateRegistered", 0)], datetime(2026, 2, 28, 12, 0, tzinfo=timezone.utc)),  # 29 Feb + 2y
    # valumen, open account: last use + 3y
    ("valumen", [ev("CandidateRegistered", 0), ev("ActivityRecorded", 30)], T0 + timedelta(days=30) + relativedelta(years=3)),
    # valumen, closed: closure + 1y; the last-use rule stops applying
    ("valumen", [ev("CandidateRegistered", 0), ev("ActivityRecorded", 30), ev("AccountClosed", 40)],
     T0 + timedelta(days=40) + relativedelta(years=1)),
    # valumen, closed but a late negative decision: 2y after it is the longest
    ("valumen", [ev("CandidateRegistered", 0), ev("AccountClosed", 40), ev("NegativeDecisionReceived", 200)],
     T0 + timedelta(days=200) + relativedelta(years=2)),
    ("valumen", [ev("CandidateRegistered", 0), ev("AccountSuspended", 10), ev("AccountClosed", 11)],
     T0 + timedelta(days=10) + relativedelta(years=3)),
])
def test_when_events_move_the_clock_then_expiry_follows_the_preset(preset, events, expected) -> None:
    assert expires_at(facts(*events), load_policy(preset)) == expected


def test_when_an_old_event_arrives_late_then_the_anchor_does_not_move_back() -> None:
    f = facts(ev("CandidateRegistered", 0), ev("ActivityRecorded", 50), ev("ActivityRecorded", 20))
    assert f.last_activity == T0 + timedelta(days=50)


def test_when_the_deciding_rule_is_asked_then_its_policy_text_is_given() -> None:
    decided = deciding_rule(facts(ev("CandidateRegistered", 0), ev("AccountClosed", 5)), load_policy("valumen"))
    assert decided is not None and decided[1].text == "1 year after closure"
