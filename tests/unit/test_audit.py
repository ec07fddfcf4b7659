"""The signed audit chain: every tampering of the issue's table is detected, every break
reported, and the genuine record never takes the blame."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from talentguard.audit import (CHECKPOINT_DECISION, CHECKPOINT_SUBJECT, GENESIS, UNLINKED, AuditEntry, Sealer,
                               TrustedKeys, audit_event, verify)

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
KEY = Ed25519PrivateKey.generate()
SEALER = Sealer(KEY)
KEYS = TrustedKeys.of(KEY.public_key())


def chain(subject: str, n: int, sealer: Sealer = SEALER, start: int = 0, prev: str = GENESIS) -> list[dict]:
    out = []
    for i in range(start, start + n):
        event = sealer.seal(AuditEntry(subject, "deny", "no_consent", "no prior consent", f"{subject}-ev-{i}",
                                       T0 + timedelta(seconds=i)), prev)
        out.append(event)
        prev = event["hash"]
    return out


def checkpoint(heads: list[tuple[str, str]], prev: str = GENESIS) -> dict:
    return SEALER.seal(AuditEntry(CHECKPOINT_SUBJECT, CHECKPOINT_DECISION, "n", "periodic", "w:1", T0,
                                  tuple(sorted(heads))), prev)


def kinds(report) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return sorted((p.kind, p.subject_id, p.ref) for p in report.failures + report.losses)


def test_when_chains_are_intact_then_verify_counts_every_subject_and_exits_0() -> None:
    a, b = chain("s_a", 3), chain("s_b", 2)
    report = verify([a[0], b[0], a[1], b[1], a[2]], KEYS)
    assert report.failures == [] and report.exit_code == 0
    assert {s: len(v) for s, v in report.verified.items()} == {"s_a": 3, "s_b": 2}
    assert [r["ref"] for r in report.verified["s_a"]] == ["s_a-ev-0", "s_a-ev-1", "s_a-ev-2"]


def test_when_records_arrive_out_of_order_or_twice_then_the_chain_still_verifies() -> None:
    records = chain("s_a", 3)
    report = verify([records[2], records[0], records[1], records[0]], KEYS)
    assert report.failures == [] and len(report.verified["s_a"]) == 3


def test_when_a_whole_chain_is_fabricated_with_plain_sha256_then_it_is_reported_fabricated() -> None:
    forged, prev = [], GENESIS
    for i in range(3):
        event = audit_event(AuditEntry("s_ghost", "share", "shared with acme", "r", f"f-{i}", T0), prev)
        forged.append(event)
        prev = event["hash"]
    report = verify(chain("s_a", 2) + forged, KEYS)
    assert kinds(report) == [("fabricated", "s_ghost", "f-0")] and report.exit_code == 1
    assert "s_ghost" not in report.verified or report.verified["s_ghost"] == []


def test_when_a_chain_is_signed_with_another_key_then_it_is_fabricated() -> None:
    other = Sealer(Ed25519PrivateKey.generate())
    report = verify(chain("s_x", 2, sealer=other), KEYS)
    assert kinds(report) == [("fabricated", "s_x", "s_x-ev-0")]


def test_when_a_record_is_linked_after_the_last_one_then_it_is_reported_unsigned() -> None:
    records = chain("s_a", 2)
    appended = audit_event(AuditEntry("s_a", "share", "shared with acme", "r", "forged", T0), records[-1]["hash"])
    report = verify(records + [appended], KEYS)
    assert kinds(report) == [("unsigned", "s_a", "forged")]
    assert [r["ref"] for r in report.verified["s_a"]] == ["s_a-ev-0", "s_a-ev-1"]


def test_when_an_edited_copy_is_appended_later_then_it_is_rejected_and_not_shown() -> None:
    records = chain("s_a", 3)
    copy = {**records[1], "reason": "consent_granted"}   # same hash and signature, edited content
    report = verify(records + [copy], KEYS)
    assert kinds(report) == [("edited", "s_a", "s_a-ev-1")]
    assert [r["reason"] for r in report.verified["s_a"]] == ["no_consent"] * 3


def test_when_an_edited_copy_with_a_recomputed_hash_is_appended_then_its_signature_fails() -> None:
    records = chain("s_a", 2)
    forged = audit_event(AuditEntry("s_a", "share", "x", "r", "s_a-ev-1", T0), records[0]["hash"])
    forged = {**forged, "key_id": records[1]["key_id"], "signature": records[1]["signature"]}
    report = verify(records + [forged], KEYS)
    assert kinds(report) == [("bad_signature", "s_a", "s_a-ev-1")]


def test_when_an_edited_record_is_read_first_then_the_genuine_next_record_takes_no_blame() -> None:
    records = chain("s_a", 3)
    edited = {**records[1], "reason": "shared"}
    report = verify([records[0], edited, records[1], records[2]], KEYS)
    assert kinds(report) == [("edited", "s_a", "s_a-ev-1")]
    assert len(report.verified["s_a"]) == 3


def test_when_a_record_is_replaced_by_an_edited_copy_then_only_the_copy_is_blamed() -> None:
    records = chain("s_a", 3)
    report = verify([records[0], {**records[1], "reason": "shared"}, records[2]], KEYS)
    assert kinds(report) == [("edited", "s_a", "s_a-ev-1")]


def test_when_a_middle_record_is_removed_then_the_gap_is_reported() -> None:
    records = chain("s_a", 4)
    report = verify([records[0], records[2], records[3]], KEYS)
    assert kinds(report) == [("missing", "s_a", "s_a-ev-2")]


def test_when_the_last_record_is_deleted_then_the_checkpoint_reveals_it() -> None:
    records = chain("s_a", 3)
    cp = checkpoint([("s_a", records[-1]["hash"])])
    assert verify(records + [cp], KEYS).failures == []
    report = verify(records[:-1] + [cp], KEYS)
    assert kinds(report) == [("missing_tail", "s_a", "")]


def test_when_a_whole_chain_is_deleted_then_the_checkpoint_reveals_it() -> None:
    a, b = chain("s_a", 2), chain("s_b", 2)
    cp = checkpoint([("s_a", a[-1]["hash"]), ("s_b", b[-1]["hash"])])
    report = verify(a + [cp], KEYS)
    assert kinds(report) == [("missing_chain", "s_b", "")]


def test_when_the_redis_head_is_not_in_the_chain_then_it_is_reported() -> None:
    records = chain("s_a", 3)
    report = verify(records[:-1], KEYS, redis_heads={"s_a": records[-1]["hash"]})
    assert kinds(report) == [("head_mismatch", "s_a", "")]
    assert verify(records, KEYS, redis_heads={"s_a": records[-1]["hash"]}).failures == []


def test_when_records_are_gone_from_the_topic_but_archived_then_they_are_lost_not_tampered() -> None:
    records = chain("s_a", 3)
    cp = checkpoint([("s_a", records[-1]["hash"])])
    report = verify([cp], KEYS, archived={r["hash"]: r for r in records})
    assert [p.kind for p in report.problems] == ["lost_with_broker"] and report.exit_code == 3


def test_when_every_subject_is_broken_then_every_break_is_reported() -> None:
    a, b, c = chain("s_a", 3), chain("s_b", 3), chain("s_c", 2)
    records = [a[0], {**a[1], "reason": "x"}, a[2], b[0], b[2]] + c
    report = verify(records, KEYS)
    assert kinds(report) == [("edited", "s_a", "s_a-ev-1"), ("missing", "s_b", "s_b-ev-2")]
    assert len(report.verified["s_c"]) == 2


def test_when_a_record_has_no_signature_then_it_is_unsigned() -> None:
    records = chain("s_a", 2)
    report = verify([records[0], {k: v for k, v in records[1].items() if k != "signature"}], KEYS)
    assert kinds(report) == [("unsigned", "s_a", "s_a-ev-1")]


def test_when_keys_are_rotated_then_records_of_both_keys_verify() -> None:
    new_key = Ed25519PrivateKey.generate()
    old = chain("s_a", 2)
    new = chain("s_a", 2, sealer=Sealer(new_key), start=2, prev=old[-1]["hash"])
    assert verify(old + new, TrustedKeys.of(KEY.public_key(), new_key.public_key())).failures == []
    assert kinds(verify(old + new, TrustedKeys.of(new_key.public_key()))) == [
        ("unknown_key", "s_a", "s_a-ev-0"), ("unknown_key", "s_a", "s_a-ev-1")]


def test_when_a_record_was_written_unlinked_during_an_outage_then_it_is_a_note_not_a_break() -> None:
    entry = AuditEntry("s_a", "deny", "state_unavailable", "fail closed", "req-1", T0)
    unlinked = SEALER.seal(entry, UNLINKED)
    report = verify([unlinked], KEYS)
    assert report.failures == [] and [p.kind for p in report.notes] == ["unlinked"]
    linked = SEALER.seal(entry, GENESIS)
    report = verify([unlinked, linked], KEYS)
    assert report.failures == [] and [p.kind for p in report.notes] == ["linked_later"]


def test_when_the_report_is_serialised_then_it_names_kinds_subjects_and_refs() -> None:
    records = chain("s_a", 2)
    report = verify([{**records[0], "reason": "x"}, records[1]], KEYS)
    data = report.as_dict()
    assert data["ok"] is False and data["failures"][0]["kind"] == "edited"
    assert data["failures"][0]["subject_id"] == "s_a" and data["failures"][0]["ref"] == "s_a-ev-0"
