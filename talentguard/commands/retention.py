"""`talentguard retention sweep [--as-of T] [--dry-run]`: run one retention sweep now."""

from __future__ import annotations

import argparse
import asyncio
from talentguard.commands.common import parse_as_of
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("retention", help="retention sweep: preview or apply expiries",
                              description="Run one retention sweep as if at --as-of (default now). Expired "
                                          "candidates are generalised into cohort_stats, clients holding their "
                                          "profile get ProfileRevoked (retention_expired), and everything "
                                          "personal is erased. --dry-run only lists what would expire. "
                                          "The worker also sweeps on a timer.")
    sub = p.add_subparsers(dest="retention", metavar="ACTION", required=True)
    sweep = sub.add_parser("sweep", help="run one sweep")
    sweep.add_argument("--as-of", metavar="TIMESTAMP", help="ISO-8601 time to sweep at (default now)")
    sweep.add_argument("--dry-run", action="store_true", help="list what would expire; change nothing")
    sweep.add_argument("--limit", type=int, default=10_000, help="at most N candidates per sweep")
    sweep.set_defaults(func=run_sweep)


def run_sweep(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(_sweep(args, settings))


async def _sweep(args: argparse.Namespace, settings: Settings) -> int:
    from schemas.codec import default_codec
    from sinks.factory import open_sink
    from streams.retention_sweep import RetentionSweeper
    from streams.state.bundle import open_state
    from streams.state.retention_clock import RetentionClock
    from talentguard.policy import load_policy

    as_of = parse_as_of(args.as_of)
    policy = load_policy(settings.policy)
    state = open_state(settings.redis_url, settings.state_prefix, timeout_s=5)
    try:
        clock = RetentionClock(state.client, state.keys, policy)
        sink = open_sink(settings)
        result = await RetentionSweeper(state, clock, sink, default_codec(), args.limit).sweep(as_of, args.dry_run)
        for cid, expiry, rule in result.expired:
            print(f"{cid}\texpired {expiry:%Y-%m-%d %H:%M:%S}Z\t{policy.name}: {rule}")
        if args.dry_run:
            print(f"dry run at {as_of:%Y-%m-%dT%H:%M:%SZ}: {len(result.expired)} candidate(s) would expire; nothing changed")
            return 0
        if result.outputs:
            from streams.broker import resolve_bootstrap
            from streams.publisher import Publisher
            from streams.topics import ensure_topics

            bootstrap = resolve_bootstrap(settings)
            ensure_topics(bootstrap)  # never let a send auto-create a topic
            with Publisher(bootstrap) as pub:
                for out in result.outputs:
                    pub.send_raw(out.topic, out.key, out.value)
        if result.finish:
            await result.finish()
        sink.close()
        print(f"swept at {as_of:%Y-%m-%dT%H:%M:%SZ}: {len(result.expired)} candidate(s) anonymised into "
              f"cohort_stats and erased")
        return 0
    finally:
        await state.close()
