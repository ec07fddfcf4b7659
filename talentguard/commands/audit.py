"""`talentguard audit verify|show`: check the hash chains; list one subject's decisions."""

from __future__ import annotations

import argparse
import json

from schemas import catalogue as cat
from streams.broker import resolve_bootstrap
from streams.consumer import read_topic
from talentguard.audit import chain_order, verify_chains
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("audit", help="verify the audit trail or show a subject's decisions",
                              description="The privacy-audit topic is append-only and hash-chained per "
                                          "subject: `verify` checks every chain and names the first broken "
                                          "link; `show` lists one subject's decisions in order.")
    sub = p.add_subparsers(dest="audit", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="check every subject's hash chain")
    verify.add_argument("--subject", metavar="CANDIDATE_ID", help="verify only this subject's chain")
    verify.add_argument("--timeout", type=float, default=3.0, help="stop reading after S idle seconds")
    verify.set_defaults(func=run_verify)
    show = sub.add_parser("show", help="list a subject's decisions in order")
    show.add_argument("subject", metavar="CANDIDATE_ID")
    show.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    show.add_argument("--timeout", type=float, default=3.0, help="stop reading after S idle seconds")
    show.set_defaults(func=run_show)


def _records(settings: Settings, timeout: float) -> list[dict]:
    """Audit records in chain order: partition by partition (a subject's records share a
    partition, keyed by subject id), offset order within it."""
    records = [(m.partition, m.offset, m.event) for m in
               read_topic(resolve_bootstrap(settings), cat.PRIVACY_AUDIT, from_beginning=True, timeout_s=timeout)
               if m.event is not None]
    return [event for _, _, event in sorted(records, key=lambda r: (r[0], r[1]))]


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    records = _records(settings, args.timeout)
    if args.subject:
        records = [r for r in records if r["subject_id"] == args.subject]
    counts, broken = verify_chains(records)
    total = sum(counts.values())
    if broken:
        print(f"BROKEN: {broken}")
        print(f"verified {total} record(s) of {len(counts)} subject(s) before the break")
        return 1
    print(f"OK: {total} record(s) in {len(counts)} subject chain(s), no broken link")
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    mine = chain_order([r for r in _records(settings, args.timeout) if r["subject_id"] == args.subject])
    if args.json:
        for r in mine:
            print(json.dumps({**r, "occurred_at": r["occurred_at"].isoformat()}))
        return 0
    if not mine:
        print(f"no audit record for {args.subject}")
        return 1
    for r in mine:
        print(f"{r['occurred_at']:%Y-%m-%d %H:%M:%S}  {r['decision']:<22} {r['reason']:<32} "
              f"rule: {r['rule']}  (ref {r['ref']})")
    return 0
