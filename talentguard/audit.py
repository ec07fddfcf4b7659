"""Hash-chained audit records (pure): build a link, verify a chain.

Each subject has its own chain. A record's hash is SHA-256 over a canonical JSON of its
content plus the previous record's hash, so removing, editing or reordering any record
breaks every later link. The genesis ``prev_hash`` is 64 zeros. Records carry only
pseudonymous ids (candidate, client, event ids), rule names and reason codes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Mapping

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """What a processor decided, before it is linked into its subject's chain."""

    subject_id: str
    decision: str   # e.g. "share", "deny", "revoke", "consent_recorded", "erase", "expire"
    reason: str
    rule: str
    ref: str        # the event id that caused it
    at: datetime


def link_hash(prev_hash: str, entry: AuditEntry) -> str:
    at_ms = int(entry.at.astimezone(timezone.utc).timestamp() * 1000)
    canonical = json.dumps(
        [prev_hash, entry.subject_id, entry.decision, entry.reason, entry.rule, entry.ref, at_ms],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def audit_event(entry: AuditEntry, prev_hash: str) -> dict:
    """The AuditRecord event (EVENTS.md) for ``entry`` linked after ``prev_hash``."""
    digest = link_hash(prev_hash, entry)
    return {"type": "AuditRecord", "event_id": f"audit-{digest[:32]}", "occurred_at": entry.at,
            "source": "talentguard", "subject_id": entry.subject_id, "decision": entry.decision,
            "reason": entry.reason, "rule": entry.rule, "ref": entry.ref, "prev_hash": prev_hash,
            "hash": digest}


@dataclass(frozen=True)
class BrokenLink:
    subject_id: str
    index: int          # position in that subject's chain (0 = first record)
    ref: str
    problem: str

    def __str__(self) -> str:
        return f"subject {self.subject_id}: record #{self.index} (ref {self.ref}): {self.problem}"


def verify_chains(records: Iterable[Mapping]) -> tuple[dict[str, int], BrokenLink | None]:
    """Check every subject's chain in the order given; return (records per subject, first break).

    Duplicates of a record already verified (at-least-once delivery can publish one twice)
    are skipped, not reported: they change nothing in the chain.
    """
    heads: dict[str, str] = {}
    counts: dict[str, int] = {}
    seen: set[str] = set()
    for record in records:
        subject = record["subject_id"]
        if record["hash"] in seen:
            continue
        index = counts.get(subject, 0)
        entry = AuditEntry(subject, record["decision"], record["reason"], record["rule"], record["ref"],
                           record["occurred_at"])
        expected_prev = heads.get(subject, GENESIS)
        if record["prev_hash"] != expected_prev:
            return counts, BrokenLink(subject, index, record["ref"],
                                      "prev_hash does not match the previous record (a record was removed, "
                                      "reordered or inserted)")
        if link_hash(record["prev_hash"], entry) != record["hash"]:
            return counts, BrokenLink(subject, index, record["ref"], "hash does not match the content (edited)")
        heads[subject] = record["hash"]
        counts[subject] = index + 1
        seen.add(record["hash"])
    return counts, None
