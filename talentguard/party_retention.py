"""Retention for the other parties (pure): clients, prospects and canvassing data.

Which client-events move which anchor of which party (``policy.PARTY_ANCHORS``), and when a
party's data expires under the preset's ``retention.clients/prospects/canvassing`` rules
(kakoo 000 §C, §E). A new contract makes a client active again: no expiry while it runs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from talentguard.policy import PARTY_ANCHORS, Policy, RetentionRule

PARTIES = tuple(PARTY_ANCHORS)


def moves(event_type: str) -> list[tuple[str, str]]:
    """(party, anchor) pairs the event moves."""
    return [(party, anchor) for party, anchors in PARTY_ANCHORS.items()
            for anchor, events in anchors.items() if event_type in events]


def apply(anchors: Mapping[str, datetime], party: str, event_type: str, at: datetime) -> dict[str, datetime]:
    """The party's anchors after the event; never backwards (late events are harmless)."""
    out = dict(anchors)
    for p, anchor in moves(event_type):
        if p == party and (anchor not in out or at > out[anchor]):
            out[anchor] = at
    if party == "clients" and event_type == "ClientContractStarted" and \
            out.get("contract_ended_at") is not None and at >= out["contract_ended_at"]:
        del out["contract_ended_at"]  # a running contract again: kept for its duration
    return out


def expiry(anchors: Mapping[str, datetime], party: str, policy: Policy) -> tuple[datetime, RetentionRule] | None:
    """The latest expiry among the party's rules whose anchor is set."""
    best: tuple[datetime, RetentionRule] | None = None
    for rule in policy.party_rules.get(party, ()):
        at = anchors.get(rule.anchor)
        if at is None:
            continue
        when = at + rule.after
        if best is None or when > best[0]:
            best = (when, rule)
    return best
