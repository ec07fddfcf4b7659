"""Clients, prospects and canvassing data: which events move which anchor, and expiry (kakoo)."""

from __future__ import annotations

from datetime import datetime, timezone

from talentguard.party_retention import apply, expiry, moves
from talentguard.policy import load_policy

T0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
T1 = datetime(2027, 3, 1, tzinfo=timezone.utc)
KAKOO = load_policy("kakoo")


def test_when_a_contract_ends_then_the_client_expires_five_years_later_and_canvassing_three() -> None:
    assert ("clients", "contract_ended_at") in moves("ClientContractEnded")
    client = apply({}, "clients", "ClientContractEnded", T0)
    when, rule = expiry(client, "clients", KAKOO)
    assert when == datetime(2031, 3, 1, tzinfo=timezone.utc) and "000 §C Clients" in rule.source
    canvassing = apply({}, "canvassing", "ClientContractEnded", T0)
    assert expiry(canvassing, "canvassing", KAKOO)[0] == datetime(2029, 3, 1, tzinfo=timezone.utc)


def test_when_a_new_contract_starts_then_the_client_no_longer_expires() -> None:
    ended = apply({}, "clients", "ClientContractEnded", T0)
    running = apply(ended, "clients", "ClientContractStarted", T1)
    assert expiry(running, "clients", KAKOO) is None


def test_when_a_prospect_is_contacted_again_then_its_expiry_moves_and_never_backwards() -> None:
    first = apply({}, "prospects", "ProspectContacted", T1)
    late = apply(first, "prospects", "ProspectContacted", T0)  # an older event arrives late
    assert expiry(late, "prospects", KAKOO)[0] == datetime(2032, 3, 1, tzinfo=timezone.utc)


def test_when_a_preset_states_no_party_rule_then_nothing_expires() -> None:
    cooptalis = load_policy("cooptalis")
    assert expiry(apply({}, "prospects", "ProspectContacted", T0), "prospects", cooptalis) is None
