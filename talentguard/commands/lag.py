"""`talentguard lag`: committed offset, true end offset and lag per group and partition."""

from __future__ import annotations

import argparse
import json

from streams.broker import resolve_bootstrap
from streams.lag import group_lag, totals
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "lag", help="consumer lag per group and partition (what ops watch)",
        description="Print, per consumer group and partition, the committed offset, the end offset "
                    "and the lag, with totals per group. End offsets are read from the log itself, "
                    "so the numbers are right on the embedded broker too.")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--group", action="append", help="only this consumer group (repeatable)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    rows = group_lag(resolve_bootstrap(settings), args.group)
    sums = totals(rows)
    if args.json:
        print(json.dumps({"partitions": [r.as_dict() for r in rows], "total_lag": sums}))
        return 0
    if not rows:
        print("no consumer group has committed offsets yet")
        return 0
    print(f"{'GROUP':<22} {'TOPIC':<24} {'PART':>4} {'COMMITTED':>10} {'END':>10} {'LAG':>8}")
    for r in rows:
        committed = "-" if r.committed is None else str(r.committed)
        print(f"{r.group:<22} {r.topic:<24} {r.partition:>4} {committed:>10} {r.end:>10} {r.lag:>8}")
    for group, lag in sums.items():
        print(f"{'TOTAL ' + group:<52} {'':>10} {'':>10} {lag:>8}")
    return 0
