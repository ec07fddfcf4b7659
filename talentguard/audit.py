"""Signed, hash-chained audit records and their verification (pure: no Kafka, no Redis).

Why signatures: a plain hash chain can be rebuilt by anyone who can write to the topic,
so it proves nothing against a writer. Each record's hash is SHA-256 over a canonical
JSON of its content plus the previous record's hash (``prev_hash``; 64 zeros for the
first record of a subject), and that hash is signed with the deployment's Ed25519 audit
key (``talentguard.keyring``). Anyone holding the PUBLIC key can check that a record was
written by talentguard and not edited since; nobody without the private key can write a
record that passes. ``key_id`` names the key (rotation: several public keys are accepted).

What signatures alone cannot show is a deletion (of a chain's last record, or of a whole
chain). So workers periodically publish signed checkpoints: a record of the special
subject ``_checkpoints`` whose ``heads`` list the chain heads linked since the previous
checkpoint. Every checkpointed head must still be found; checkpoints are chained too.

Records name subjects by their keyed pseudonym (``Keyring.subject_pseudonym``), never the
id in clear, plus rule names, reason codes and event ids.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

GENESIS = "0" * 64
UNLINKED = "unlinked"  # prev_hash of a record written while the chain heads were unreachable
CHECKPOINT_SUBJECT = "_checkpoints"
CHECKPOINT_DECISION = "checkpoint"
SIGNATURE_CONTEXT = b"talentguard-audit-v1\n"

Heads = tuple[tuple[str, str], ...]  # (subject pseudonym, head hash), sorted


@dataclass(frozen=True)
class AuditEntry:
    """What a processor decided, before it is linked into its subject's chain."""

    subject_id: str
    decision: str   # e.g. "share", "deny", "revoke", "consent_recorded", "erase", "expire"
    reason: str
    rule: str
    ref: str        # the event id that caused it
    at: datetime
    heads: Heads | None = None  # checkpoints only


def _ms(at: datetime) -> int:
    return int(at.astimezone(timezone.utc).timestamp() * 1000)


def link_hash(prev_hash: str, entry: AuditEntry) -> str:
    content: list = [prev_hash, entry.subject_id, entry.decision, entry.reason, entry.rule, entry.ref, _ms(entry.at)]
    if entry.heads is not None:
        content.append([list(h) for h in entry.heads])
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def audit_event(entry: AuditEntry, prev_hash: str) -> dict:
    """The (unsigned) AuditRecord event for ``entry`` linked after ``prev_hash``."""
    digest = link_hash(prev_hash, entry)
    event = {"type": "AuditRecord", "event_id": f"audit-{digest[:32]}", "occurred_at": entry.at,
             "source": "talentguard", "subject_id": entry.subject_id, "decision": entry.decision,
             "reason": entry.reason, "rule": entry.rule, "ref": entry.ref, "prev_hash": prev_hash,
             "hash": digest}
    if entry.heads is not None:
        event["heads"] = [{"subject_id": s, "hash": h} for s, h in entry.heads]
    return event


def entry_of(record: Mapping) -> AuditEntry:
    heads = record.get("heads")
    return AuditEntry(record["subject_id"], record["decision"], record["reason"], record["rule"], record["ref"],
                      record["occurred_at"],
                      None if heads is None else tuple((h["subject_id"], h["hash"]) for h in heads))


# ---------------------------------------------------------------- keys and signatures

def public_key_id(key: Ed25519PublicKey) -> str:
    """A short, stable name for a public key: the first 16 hex digits of SHA-256(raw key)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


class Sealer:
    """Signs records with the deployment's private audit key."""

    def __init__(self, signing_key: Ed25519PrivateKey) -> None:
        self._key = signing_key
        self.key_id = public_key_id(signing_key.public_key())

    def sign(self, digest: str) -> str:
        return base64.b64encode(self._key.sign(SIGNATURE_CONTEXT + digest.encode())).decode()

    def seal(self, entry: AuditEntry, prev_hash: str) -> dict:
        event = audit_event(entry, prev_hash)
        event["key_id"], event["signature"] = self.key_id, self.sign(event["hash"])
        return event


@dataclass
class TrustedKeys:
    """The public keys verify accepts, by key id (the current one plus retired ones)."""

    keys: dict[str, Ed25519PublicKey] = field(default_factory=dict)

    @classmethod
    def of(cls, *public_keys: Ed25519PublicKey) -> "TrustedKeys":
        return cls({public_key_id(k): k for k in public_keys})

    @classmethod
    def from_pem(cls, *pems: bytes) -> "TrustedKeys":
        loaded = []
        for pem in pems:
            key = serialization.load_pem_public_key(pem)
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError("not an Ed25519 public key")
            loaded.append(key)
        return cls.of(*loaded)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> "TrustedKeys":
        return cls.from_pem(*(Path(p).read_bytes() for p in paths))

    def check(self, record: Mapping) -> str | None:
        """None if ``record`` carries a valid signature by a trusted key, else the problem kind."""
        signature, key_id = record.get("signature"), record.get("key_id")
        if not signature:
            return "unsigned"
        key = self.keys.get(key_id or "")
        if key is None:
            return "unknown_key"
        try:
            key.verify(base64.b64decode(signature, validate=True), SIGNATURE_CONTEXT + record["hash"].encode())
        except (InvalidSignature, ValueError):
            return "bad_signature"
        return None


# ---------------------------------------------------------------- verification

FAILURES = ("edited", "unsigned", "unknown_key", "bad_signature", "fabricated", "missing", "fork",
            "missing_tail", "missing_chain", "head_mismatch", "untrusted_ledger")
LOSSES = ("lost_with_broker",)      # authentic records the archive has and the topic lost
NOTES = ("unlinked", "linked_later")  # not a break: records written during a Redis outage

DESCRIPTIONS = {
    "edited": "hash does not match the content (edited)",
    "unsigned": "record carries no signature (not written by talentguard, or written before signing)",
    "unknown_key": "signed by a key that is not trusted",
    "bad_signature": "signature does not match (forged or edited)",
    "fabricated": "no record of this chain carries a valid signature: fabricated",
    "missing": "prev_hash points to a record that is missing (removed)",
    "fork": "two signed records follow the same predecessor",
    "missing_tail": "a checkpointed chain head is missing: the chain's last record(s) were removed",
    "missing_chain": "a checkpoint names this subject but none of its records remains: chain removed",
    "head_mismatch": "the chain head kept in Redis is not a record of this chain (tail removed, or Redis edited)",
    "untrusted_ledger": "consent ledger entry without a valid MAC (inserted or edited in Redis)",
    "lost_with_broker": "records lost with the broker: the archive holds the signed originals",
    "unlinked": "written unlinked while Redis was unreachable, never linked afterwards",
    "linked_later": "written unlinked while Redis was unreachable, linked afterwards",
}


@dataclass(frozen=True)
class Problem:
    kind: str
    subject_id: str
    ref: str = ""
    detail: str = ""

    @property
    def failure(self) -> bool:
        return self.kind in FAILURES

    def __str__(self) -> str:
        where = f" (ref {self.ref})" if self.ref else ""
        text = self.detail or DESCRIPTIONS.get(self.kind, self.kind)
        return f"{self.kind}: subject {self.subject_id}{where}: {text}"

    def as_dict(self) -> dict:
        return {"kind": self.kind, "subject_id": self.subject_id, "ref": self.ref,
                "detail": self.detail or DESCRIPTIONS.get(self.kind, self.kind)}


@dataclass
class Report:
    """Everything verify found: verified records per subject (chain order) and problems."""

    verified: dict[str, list[Mapping]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    rejected: dict[str, list[tuple[Mapping, str]]] = field(default_factory=dict)  # subject -> (record, kind)
    checkpoints: int = 0

    @property
    def failures(self) -> list[Problem]:
        return [p for p in self.problems if p.failure]

    @property
    def losses(self) -> list[Problem]:
        return [p for p in self.problems if p.kind in LOSSES]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.kind in NOTES]

    @property
    def records(self) -> int:
        return sum(len(v) for v in self.verified.values())

    @property
    def exit_code(self) -> int:
        """0 intact, 1 tampering (or forged state), 3 only records lost with the broker."""
        return 1 if self.failures else 3 if self.losses else 0

    def as_dict(self) -> dict:
        return {"ok": self.exit_code == 0, "records": self.records, "subjects": len(self.verified),
                "checkpoints": self.checkpoints, "failures": [p.as_dict() for p in self.failures],
                "losses": [p.as_dict() for p in self.losses], "notes": [p.as_dict() for p in self.notes]}


def _identity(record: Mapping) -> tuple:
    """Exact duplicates (at-least-once redelivery) have the same identity."""
    return (record.get("event_id"), record["subject_id"], record["decision"], record["reason"], record["rule"],
            record["ref"], _ms(record["occurred_at"]), record["prev_hash"], record["hash"],
            record.get("signature"), record.get("key_id"),
            json.dumps(record.get("heads"), sort_keys=True))


def verify(records: Iterable[Mapping], keys: TrustedKeys, *, redis_heads: Mapping[str, str] | None = None,
           archived: Mapping[str, Mapping] | None = None, subjects: set[str] | None = None) -> Report:
    """Check every subject's chain and report every break, not only the first.

    ``records`` may come in any order (the chain defines the order). ``redis_heads`` are
    the heads kept in Redis (subject -> hash); ``archived`` maps hashes of records the
    durable archive holds, so a record absent here but signed in the archive is reported
    as lost with the broker, not as tampering. ``subjects`` limits the report to some
    subjects (checkpoints are still read from every record given).
    """
    report = Report()
    unique = list({_identity(r): r for r in records}.values())
    authentic: dict[str, list[Mapping]] = {}
    claimed: dict[str, dict[str, str]] = {}  # subject -> hash claimed by a rejected record -> ref
    for record in unique:
        subject = record["subject_id"]
        if link_hash(record["prev_hash"], entry_of(record)) != record["hash"]:
            kind: str | None = "edited"
        else:
            kind = keys.check(record)
        if kind is None:
            authentic.setdefault(subject, []).append(record)
        else:
            report.rejected.setdefault(subject, []).append((record, kind))
            claimed.setdefault(subject, {})[record["hash"]] = record["ref"]
    checkpointed: dict[str, set[str]] = {}
    for record in authentic.get(CHECKPOINT_SUBJECT, []):
        report.checkpoints += 1
        for head in record.get("heads") or ():
            checkpointed.setdefault(head["subject_id"], set()).add(head["hash"])
    archived = archived or {}
    everyone = set(authentic) | set(report.rejected) | set(checkpointed) | set(redis_heads or {})
    for subject in sorted(everyone if subjects is None else everyone & subjects):
        _verify_subject(subject, authentic.get(subject, []), report, claimed.get(subject, {}),
                        checkpointed.get(subject, set()), (redis_heads or {}).get(subject), archived)
    return report


def _verify_subject(subject: str, mine: list[Mapping], report: Report, claimed: dict[str, str],
                    checkpointed: set[str], redis_head: str | None, archived: Mapping[str, Mapping]) -> None:
    add = report.problems.append
    rejected = report.rejected.get(subject, [])
    if rejected and not mine:
        add(Problem("fabricated", subject, rejected[0][0]["ref"],
                    f"{len(rejected)} record(s), none with a valid signature: fabricated chain"))
    else:
        for record, kind in rejected:
            add(Problem(kind, subject, record["ref"]))
    linked = [r for r in mine if r["prev_hash"] != UNLINKED]
    hashes = {r["hash"] for r in linked}
    successors: dict[str, list[Mapping]] = {}
    for record in linked:
        successors.setdefault(record["prev_hash"], []).append(record)
    ordered: list[Mapping] = []
    roots = [GENESIS] + sorted({r["prev_hash"] for r in linked if r["prev_hash"] != GENESIS} - hashes)
    for root in roots:
        if root != GENESIS:
            successor = successors[root][0]
            if root in claimed:
                pass  # the break is the rejected record that claims this hash: already reported
            elif root in archived:
                add(Problem("lost_with_broker", subject, successor["ref"],
                            "the predecessor is missing here but signed in the archive: lost with the broker"))
            else:
                add(Problem("missing", subject, successor["ref"]))
        head, seen = root, set()
        while head in successors and head not in seen:
            seen.add(head)
            nxt = successors[head]
            for extra in nxt[1:]:
                add(Problem("fork", subject, extra["ref"],
                            f"{DESCRIPTIONS['fork']} (also ref {nxt[0]['ref']})"))
            ordered.append(nxt[0])
            head = nxt[0]["hash"]
    expected = set(checkpointed)
    if redis_head:
        expected.add(redis_head)
    for head in sorted(expected - hashes):
        if head in claimed:
            continue  # replaced by an edited copy: reported above
        if head in archived:
            add(Problem("lost_with_broker", subject, archived[head].get("ref", ""),
                        "the chain's latest records are missing here but signed in the archive: "
                        "lost with the broker"))
        elif head not in checkpointed:
            add(Problem("head_mismatch", subject))
        elif not mine and not rejected:
            add(Problem("missing_chain", subject))
        else:
            add(Problem("missing_tail", subject))
    for record in mine:
        if record["prev_hash"] == UNLINKED:
            twin = any(r["ref"] == record["ref"] and r["decision"] == record["decision"] for r in linked)
            add(Problem("linked_later" if twin else "unlinked", subject, record["ref"]))
            if not twin:
                ordered.append(record)
    if ordered or mine:
        report.verified[subject] = ordered


def verify_chains(records: Iterable[Mapping]) -> tuple[dict[str, int], str | None]:
    """Hash-only check kept for callers that verify content integrity without keys (tests
    of the linking itself): (records per subject, first problem or None). Signatures,
    checkpoints and heads are checked by ``verify``."""
    report = verify([{**r, "signature": r.get("signature") or "-"} for r in records], _AcceptAll())
    counts = {s: len(v) for s, v in report.verified.items()}
    failures = report.failures
    return counts, (str(failures[0]) if failures else None)


class _AcceptAll(TrustedKeys):
    def check(self, record: Mapping) -> str | None:
        return None


def chain_order(records: Sequence[Mapping]) -> list[Mapping]:
    """One subject's records in chain order (genesis first); unlinked ones appended last."""
    unique = list({r["hash"]: r for r in records}.values())
    successors = {r["prev_hash"]: r for r in unique}
    ordered, head = [], GENESIS
    while head in successors and len(ordered) < len(unique):
        ordered.append(successors[head])
        head = successors[head]["hash"]
    linked = {r["hash"] for r in ordered}
    return ordered + [r for r in unique if r["hash"] not in linked]
