"""Consent ledger values carry a MAC: a forged, edited, moved or malformed value is untrusted."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from streams.state.consent_ledger import LedgerMac
from talentguard.consent import ConsentRecord

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
MAC = LedgerMac(b"k" * 32, lambda cid: f"s_{cid}")


def stored(rec: ConsentRecord, mac: LedgerMac = MAC) -> bytes:
    _, rank_value, body = mac.encode(rec)
    return f"{rank_value}\t{body}".encode()


GRANT = ConsentRecord("c-1", "share_with_client", "acme", True, T0, "ev-1", "web form v3")


def test_when_a_value_was_written_by_the_ledger_then_it_is_trusted() -> None:
    entries = MAC.entries("c-1", [stored(GRANT)])
    assert list(entries) == [GRANT] and entries.untrusted == 0


def tampered_values() -> list[bytes]:
    rank_value, body = stored(GRANT).decode().split("\t", 1)
    d = json.loads(body)
    no_mac = {k: v for k, v in d.items() if k != "mac"}
    return [
        f"{rank_value}\t{json.dumps({**d, 'granted': True, 'client_id': 'other'})}".encode(),   # edited
        f"{rank_value}\t{json.dumps(no_mac)}".encode(),                                           # inserted, no MAC
        f"{'9' * 15}|0|ev-1\t{body}".encode(),                                                    # rank bumped
        b"garbage without a tab",
        b"0\t{not json",
        b"0\t[1, 2]",
        f"{rank_value}\t{json.dumps({**d, 'occurred_at': 'x'})}".encode(),
        stored(GRANT, LedgerMac(b"x" * 32, lambda cid: f"s_{cid}")),                              # another key
    ]


@pytest.mark.parametrize("value", tampered_values())
def test_when_a_value_is_forged_edited_or_malformed_then_it_is_untrusted_without_raising(value: bytes) -> None:
    entries = MAC.entries("c-1", [value])
    assert list(entries) == [] and entries.untrusted == 1


def test_when_another_candidates_genuine_value_is_copied_in_then_it_is_untrusted() -> None:
    other = ConsentRecord("c-2", "share_with_client", "acme", True, T0, "ev-9")
    assert MAC.entries("c-1", [stored(other)]).untrusted == 1


def test_when_a_genuine_value_is_replayed_into_a_second_field_then_the_copy_is_untrusted() -> None:
    entries = MAC.entries("c-1", [stored(GRANT), stored(GRANT)])
    assert len(entries) == 1 and entries.untrusted == 1


def test_when_the_ledger_lost_or_rolled_back_a_signed_decision_then_verify_reports_it() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from talentguard.audit import GENESIS, AuditEntry, Sealer, TrustedKeys, verify
    from talentguard.commands.audit import check_ledger

    key = Ed25519PrivateKey.generate()
    sealer, prev, trail = Sealer(key), GENESIS, []
    for decision, reason, ref in [("consent_granted", "share_with_client for acme", "ev-1"),
                                  ("consent_withdrawn", "share_with_client for acme", "ev-2"),
                                  ("consent_granted", "cv_library for * (dated after its arrival)", "ev-3")]:
        trail.append(sealer.seal(AuditEntry("s_c-1", decision, reason, "r", ref, T0), prev))
        prev = trail[-1]["hash"]
    old_grant = GRANT   # ev-1: a genuine, MAC-valid, but superseded value replayed into Redis
    report = verify(trail, TrustedKeys.of(key.public_key()))
    check_ledger(report, [("s_c-1", old_grant, "share_with_client|acme")])
    problems = sorted((p.kind, p.ref) for p in report.failures)
    assert problems == [("untrusted_ledger", "ev-1"), ("untrusted_ledger", "ev-3")]   # rolled back; cv_library deleted
    assert "rolled back" in str(report.failures[-1]) or "rolled back" in str(report.failures[0])
