"""`talentguard audit verify|show|public-key`: check the signed chains; list a subject's decisions.

verify reads the records (from the topic, or from the durable archive with
``--source archive``), checks each record's hash and signature, every chain's links, every
checkpointed head and every head kept in Redis, and the MAC of every consent ledger entry
in Redis; it reports every problem found, not only the first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any, Mapping

from redis.exceptions import ResponseError

from schemas import catalogue as cat
from streams.broker import resolve_bootstrap
from streams.consumer import read_topic
from talentguard.audit import CHECKPOINT_SUBJECT, Problem, Report, TrustedKeys, public_key_id, verify
from talentguard.config import Settings
from talentguard.errors import PipelineError
from talentguard.keyring import PUBLIC_FILE, Keyring, load_keyring

RETIRED_KEYS_GLOB = "audit-signing.*.pub"   # retired public keys kept beside the current one


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("audit", help="verify the audit trail or show a subject's decisions",
                              description="The privacy-audit topic is append-only, hash-chained per subject and "
                                          "signed (Ed25519): `verify` checks every record, chain, checkpoint, "
                                          "Redis head and consent ledger MAC and reports every problem; `show` "
                                          "lists one subject's verified decisions; `public-key` prints the key "
                                          "an auditor needs.")
    sub = p.add_subparsers(dest="audit", metavar="ACTION", required=True)
    verify_p = sub.add_parser("verify", help="check every record, chain and checkpoint; exit 1 if anything is wrong, "
                                             "3 if records were only lost with the broker")
    _source_flags(verify_p)
    verify_p.add_argument("--json", action="store_true", help="one JSON report instead of text")
    verify_p.add_argument("--no-redis", action="store_true",
                          help="do not compare with the chain heads and consent ledger in Redis")
    verify_p.set_defaults(func=run_verify)
    show = sub.add_parser("show", help="list a subject's verified decisions in order (the rest marked)")
    show.add_argument("subject", metavar="CANDIDATE_ID")
    show.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    show.add_argument("--source", choices=("topic", "archive"), default="topic")
    show.add_argument("--timeout", type=float, default=3.0, help="stop reading after S idle seconds")
    show.add_argument("--public-key", action="append", metavar="PEM", help="trust this public key (repeatable)")
    show.set_defaults(func=run_show)
    pub = sub.add_parser("public-key", help="print the audit public key (PEM) and its key id")
    pub.set_defaults(func=run_public_key)


def _source_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--subject", metavar="CANDIDATE_ID", help="verify only this subject's chain")
    p.add_argument("--pseudonym", metavar="PSEUDONYM", help="verify only this subject, named by its pseudonym")
    p.add_argument("--source", choices=("topic", "archive"), default="topic",
                   help="where to read the records (default: the privacy-audit topic)")
    p.add_argument("--timeout", type=float, default=3.0, help="stop reading the topic after S idle seconds")
    p.add_argument("--public-key", action="append", metavar="PEM",
                   help="trust this public key (repeatable); default: the keyring's key and retired keys")


def trusted_keys(args: argparse.Namespace, keyring: Keyring | None) -> TrustedKeys:
    """The keys verify accepts: given PEM files, else the keyring's public key plus every
    retired public key kept beside it (``audit-signing.*.pub``)."""
    if args.public_key:
        try:
            return TrustedKeys.from_files(args.public_key)
        except (OSError, ValueError) as exc:
            raise PipelineError(f"--public-key: cannot load {exc}") from None
    assert keyring is not None
    keys = TrustedKeys.of(keyring.public_key)
    for path in sorted(Path(keyring.directory).glob(RETIRED_KEYS_GLOB)):
        keys.keys.update(TrustedKeys.from_files([path]).keys)
    return keys


def _topic_records(settings: Settings, timeout: float) -> list[dict]:
    records = [(m.partition, m.offset, m.event) for m in
               read_topic(resolve_bootstrap(settings), cat.PRIVACY_AUDIT, from_beginning=True, timeout_s=timeout)
               if m.event is not None and m.event.get("type") == "AuditRecord"]
    return [event for _, _, event in sorted(records, key=lambda r: (r[0], r[1]))]


def _archive(settings: Settings):  # noqa: ANN202 - AuditArchive or None
    from sinks.audit_archive import open_archive

    try:
        return open_archive(settings)
    except PipelineError:
        return None


async def _redis_state(settings: Settings, keyring: Keyring) -> tuple[dict[str, str], list[tuple[str, Any]]]:
    """(chain heads by subject, consent ledger entries as (subject pseudonym, decoded-or-None, field))."""
    from streams.state.bundle import open_state

    state = open_state(settings.redis_url, settings.state_prefix, timeout_s=5, keyring=keyring)
    try:
        heads = await state.audit.heads()
        prefix = state.keys.key("consent", "")
        ledger: list[tuple[str, Any]] = []
        async for key in state.client.scan_iter(match=prefix + "*", count=1000):
            name = key.decode()[len(prefix):]
            try:
                values = await state.client.hgetall(key)
            except ResponseError:   # not a hash at all
                values = {b"(the key is not a hash)": b"!wrong type"}
            for field, value in values.items():
                cid = _claimed_candidate(value) or name
                rec = state.consents.mac.decode(cid, value) if name in (cid, keyring.subject_pseudonym(cid)) else None
                subject = name if name.startswith("s_") else keyring.subject_pseudonym(name)
                ledger.append((subject, rec, field.decode(errors="replace")))
        return heads, ledger
    finally:
        await state.close()


def _claimed_candidate(value: bytes) -> str | None:
    try:
        d = json.loads(value.decode().split("\t", 1)[1])
        return d["candidate_id"] if isinstance(d.get("candidate_id"), str) else None
    except (ValueError, IndexError, KeyError, AttributeError, UnicodeDecodeError):
        return None


def _scope(reason: str) -> str:
    """'share_with_client for acme (note...)' -> 'share_with_client for acme'."""
    return reason.split(" (", 1)[0]


def check_ledger(report: Report, ledger: list[tuple[str, Any, str]]) -> None:
    """Untrusted entries; trusted ones older than the trail's latest signed consent record
    for the same purpose and scope (a rollback to an earlier genuine value); and, for a
    candidate whose ledger still exists, a purpose and scope the signed trail recorded
    but the ledger lacks (a field deleted, e.g. a withdrawal removed)."""
    present: dict[str, set[str]] = {}
    for subject, rec, _ in ledger:
        present.setdefault(subject, set()).add(f"{rec.purpose} for {rec.scope}" if rec else "")
    for subject, scopes in present.items():
        recorded = {_scope(r["reason"]): r["ref"] for r in report.verified.get(subject, [])
                    if r["decision"] in ("consent_granted", "consent_withdrawn")}
        for reason in sorted(set(recorded) - scopes):
            report.problems.append(Problem("untrusted_ledger", subject, recorded[reason],
                                           f"consent ledger has no entry for {reason!r} although the signed "
                                           "trail recorded one: deleted from Redis"))
    for subject, rec, field in ledger:
        if rec is None:
            report.problems.append(Problem("untrusted_ledger", subject, "", f"consent ledger field {field!r}: "
                                           "malformed, or its MAC does not verify (inserted or edited in Redis)"))
            continue
        reason = f"{rec.purpose} for {rec.scope}"
        latest = [r for r in report.verified.get(subject, [])
                  if r["decision"] in ("consent_granted", "consent_withdrawn") and _scope(r["reason"]) == reason]
        if latest and latest[-1]["ref"] != rec.event_id:
            report.problems.append(Problem("untrusted_ledger", subject, rec.event_id,
                                           f"consent ledger field {field!r} holds an older decision than the "
                                           f"signed trail's latest (ref {latest[-1]['ref']}): rolled back"))


def build_report(args: argparse.Namespace, settings: Settings) -> tuple[Report, list[str]]:
    """Verify everything the flags select; returns (report, notes about what was not checked)."""
    wants_keyring = not args.public_key or args.subject or not getattr(args, "no_redis", True)
    keyring = load_keyring() if wants_keyring else None
    keys = trusted_keys(args, keyring)
    subject = keyring.subject_pseudonym(args.subject) if args.subject and keyring else args.pseudonym
    notes: list[str] = []
    archive = _archive(settings)
    archived: dict[str, Mapping] = {}
    if args.source == "archive":
        if archive is None:
            raise PipelineError(f"the audit archive in {settings.sink.split('@')[-1]} cannot be opened")
        records = archive.records([subject] if subject else None)
    else:
        records = _topic_records(settings, args.timeout)
        if archive is not None:
            archived = {r["hash"]: r for r in archive.records([subject] if subject else None)
                        if keys.check(r) is None}
        else:
            notes.append("archive not readable: losses cannot be told from deletions")
    redis_heads: dict[str, str] | None = None
    ledger: list = []
    if not getattr(args, "no_redis", True) and keyring is not None:
        try:
            redis_heads, ledger = asyncio.run(_redis_state(settings, keyring))
        except PipelineError as exc:
            notes.append(f"Redis not checked ({exc})")
    if subject:
        ledger = [entry for entry in ledger if entry[0] == subject]
    report = verify(records, keys, redis_heads=redis_heads, archived=archived,
                    subjects={subject} if subject else None)
    check_ledger(report, ledger)
    if archive is not None:
        archive.close()
    return report, notes


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    report, notes = build_report(args, settings)
    if args.json:
        print(json.dumps({**report.as_dict(), "source": args.source, "not_checked": notes}))
        return report.exit_code
    for problem in report.failures + report.losses + report.notes:
        print(("NOTE " if problem in report.notes else "") + str(problem))
    for note in notes:
        print(f"not checked: {note}", file=sys.stderr)
    chains = len([s for s in report.verified if s != CHECKPOINT_SUBJECT])
    summary = (f"{report.records} verified record(s) in {chains} subject chain(s), "
               f"{report.checkpoints} checkpoint(s), source {args.source}")
    if report.failures:
        print(f"BROKEN: {len(report.failures)} problem(s); {summary}")
    elif report.losses:
        print(f"LOST: records lost with the broker ({len(report.losses)} chain(s)), no tampering found; {summary}")
    else:
        print(f"OK: {summary}, no broken link")
    return report.exit_code


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    keyring = load_keyring()
    args.pseudonym, args.no_redis = None, True
    report, _ = build_report(args, settings)
    subject = keyring.subject_pseudonym(args.subject)
    verified = report.verified.get(subject, [])
    rejected = report.rejected.get(subject, [])
    if args.json:
        for r in verified:
            print(json.dumps({**r, "occurred_at": r["occurred_at"].isoformat(), "verified": True}))
        for r, kind in rejected:
            print(json.dumps({"verified": False, "problem": kind, "ref": r["ref"], "event_id": r.get("event_id")}))
        return 0 if verified or not rejected else 1
    if not verified and not rejected:
        print(f"no audit record for {args.subject}")
        return 1
    for r in verified:
        print(f"{r['occurred_at']:%Y-%m-%d %H:%M:%S}  {r['decision']:<22} {r['reason']:<32} "
              f"rule: {r['rule']}  (ref {r['ref']})")
    for r, kind in rejected:  # content not shown: it is not talentguard's
        print(f"NOT VERIFIED ({kind}): a record claiming ref {r['ref']} is not shown")
    return 0


def run_public_key(args: argparse.Namespace, settings: Settings) -> int:
    keyring = load_keyring()
    print(f"# key_id {public_key_id(keyring.public_key)} (file {Path(keyring.directory) / PUBLIC_FILE})")
    print(keyring.public_key_pem().decode(), end="")
    return 0
