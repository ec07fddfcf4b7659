"""`talentguard lag`: group state and members, then committed offset, true end offset and
lag per partition."""

from __future__ import annotations

import argparse
import json

from streams.broker import resolve_bootstrap
from streams.lag import describe_groups, group_lag, totals
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "lag", help="consumer groups: state, members and lag per partition (what ops watch)",
        description="Print each consumer group's state and members (a stopped group is 'Empty' with no "
                    "member; a running one 'Stable'), then per partition the committed offset, the end "
                    "offset and the lag, with totals per group. End offsets are read from the log itself, "
                    "so the numbers are right on the embedded broker too.")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--group", action="append", help="only this consumer group (repeatable)")
    p.set_defaults(func=run)


def _member_summary(members: tuple[str, ...], group: str) -> str:
    """Members are named GROUP-PROCESSOR-uuid by the worker: show PROCESSOR-uuid8."""
    short = []
    for m in members:
        rest = m[len(group) + 1:] if m.startswith(group + "-") else m
        short.append(rest[:-28] if len(rest) > 37 and rest[-37] == "-" else rest)
    return ", ".join(short)


def run(args: argparse.Namespace, settings: Settings) -> int:
    bootstrap = resolve_bootstrap(settings)
    rows = group_lag(bootstrap, args.group)
    groups = sorted({r.group for r in rows} | set(args.group or ()))
    info = describe_groups(bootstrap, groups)
    sums = totals(rows)
    if args.json:
        print(json.dumps({"groups": [info[g].as_dict() | {"total_lag": sums.get(g, 0)} for g in groups],
                          "partitions": [r.as_dict() for r in rows], "total_lag": sums}))
        return 0
    if not groups:
        print("no consumer group has committed offsets yet")
        return 0
    for group in groups:
        g = info[group]
        members = f": {_member_summary(g.members, group)}" if g.members else ""
        print(f"group {group}: state {g.state}, {len(g.members)} member(s){members}")
    if not rows:
        return 0
    print(f"{'GROUP':<22} {'TOPIC':<24} {'PART':>4} {'COMMITTED':>10} {'END':>10} {'LAG':>8}")
    for r in rows:
        committed = "-" if r.committed is None else str(r.committed)
        print(f"{r.group:<22} {r.topic:<24} {r.partition:>4} {committed:>10} {r.end:>10} {r.lag:>8}")
    for group, lag in sums.items():
        print(f"{'TOTAL ' + group:<52} {'':>10} {'':>10} {lag:>8}")
    return 0
