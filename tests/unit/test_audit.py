"""The audit hash chain detects edits, removals and reordering."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from talentguard.audit import GENESIS, AuditEntry, audit_event, verify_chains

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def chain(subject: str, n: int) -> list[dict]:
    out, prev = [], GENESIS
    for i in range(n):
        event = audit_event(AuditEntry(subject, "deny", "no_consent", "no prior consent", f"ev-{i}",
                                       T0 + timedelta(seconds=i)), prev)
        out.append(event)
        prev = event["hash"]
    return out


def test_when_chains_are_intact_then_verify_counts_every_subject() -> None:
    a, b = chain("c-a", 3), chain("c-b", 2)
    interleaved = [a[0], b[0], a[1], b[1], a[2]]
    counts, broken = verify_chains(interleaved)
    assert broken is None and counts == {"c-a": 3, "c-b": 2}


def test_when_a_record_is_edited_then_verify_names_it() -> None:
    records = chain("c-a", 3)
    records[1] = {**records[1], "reason": "shared"}
    _, broken = verify_chains(records)
    assert broken is not None and broken.index == 1 and broken.ref == "ev-1" and "edited" in broken.problem


def test_when_a_record_is_removed_then_the_next_link_breaks() -> None:
    records = chain("c-a", 4)
    del records[1]
    _, broken = verify_chains(records)
    assert broken is not None and broken.index == 1 and broken.ref == "ev-2" and "removed" in broken.problem


def test_when_records_arrive_out_of_order_then_the_links_still_verify() -> None:
    records = chain("c-a", 3)
    counts, broken = verify_chains([records[2], records[0], records[1]])
    assert broken is None and counts == {"c-a": 3}


def test_when_the_first_record_is_removed_then_verify_fails() -> None:
    records = chain("c-a", 3)
    _, broken = verify_chains(records[1:])
    assert broken is not None and broken.ref == "ev-1" and "missing" in broken.problem


def test_when_two_records_claim_the_same_predecessor_then_the_fork_is_reported() -> None:
    a = chain("c-a", 2)
    other = audit_event(AuditEntry("c-a", "share", "x", "r", "ev-x", T0), a[0]["prev_hash"])
    _, broken = verify_chains(a + [other])
    assert broken is not None and "fork" in broken.problem


def test_when_a_record_is_delivered_twice_then_the_duplicate_is_ignored() -> None:
    records = chain("c-a", 2)
    counts, broken = verify_chains([records[0], records[0], records[1]])
    assert broken is None and counts == {"c-a": 2}
