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
    """Check every subject's chain; return (records per subject, first break found).

    The chain itself defines the order (each record names its predecessor), so records
    may arrive in any order: two workers can publish a subject's consecutive decisions
    out of order. Detected: an edited record (hash does not match its content), a removed
    record (someone's predecessor is missing), a fork (two records claim the same
    predecessor). Not detectable from the topic alone: removal of a chain's LAST record
    (compare with the head kept in Redis for that). Duplicates of one record (at-least-once
    delivery) are skipped.
    """
    by_subject: dict[str, list[Mapping]] = {}
    seen: set[str] = set()
    for record in records:
        if record["hash"] in seen:
            continue
        seen.add(record["hash"])
        by_subject.setdefault(record["subject_id"], []).append(record)
    counts: dict[str, int] = {}
    for subject, chain in by_subject.items():
        broken = _verify_subject(subject, chain)
        if broken:
            return counts, broken
        counts[subject] = len(chain)
    return counts, None


def _verify_subject(subject: str, chain: list[Mapping]) -> BrokenLink | None:
    successors: dict[str, list[int]] = {}
    for i, record in enumerate(chain):
        entry = AuditEntry(subject, record["decision"], record["reason"], record["rule"], record["ref"],
                           record["occurred_at"])
        if link_hash(record["prev_hash"], entry) != record["hash"]:
            return BrokenLink(subject, i, record["ref"], "hash does not match the content (edited)")
        successors.setdefault(record["prev_hash"], []).append(i)
    head, walked = GENESIS, set()
    while head in successors:
        nxt = successors[head]
        if len(nxt) > 1:
            i = max(nxt)
            return BrokenLink(subject, i, chain[i]["ref"], "fork: two records follow the same predecessor")
        walked.add(nxt[0])
        head = chain[nxt[0]]["hash"]
    if len(walked) != len(chain):
        i = min(set(range(len(chain))) - walked)
        return BrokenLink(subject, i, chain[i]["ref"],
                          "prev_hash points to a record that is missing (a record was removed or inserted)")
    return None


def chain_order(records: Iterable[Mapping]) -> list[Mapping]:
    """One subject's records in chain order (genesis first); unlinked ones appended last."""
    unique = list({r["hash"]: r for r in records}.values())
    successors = {r["prev_hash"]: r for r in unique}
    ordered, head = [], GENESIS
    while head in successors and len(ordered) < len(unique):
        ordered.append(successors[head])
        head = successors[head]["hash"]
    linked = {r["hash"] for r in ordered}
    return ordered + [r for r in unique if r["hash"] not in linked]
