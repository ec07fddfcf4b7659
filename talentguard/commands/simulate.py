"""`talentguard simulate`: publish realistic synthetic platform traffic at a steady rate."""

from __future__ import annotations

import argparse
import secrets
import sys
import time
from datetime import datetime, timezone

from streams.broker import resolve_bootstrap
from streams.publisher import Publisher
from streams.simulate import TrafficGenerator
from streams.topics import ensure_topics
from talentguard.config import Settings


DEFAULT_LINGER_MS = 200
"""At 200 ev/s over 18 input partitions one event per batch was the norm with 5 ms; the
embedded broker's fetch cost grows with the batches a partition holds (measured in
docs/benchmark.md), so the simulator batches like a platform service would."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "simulate", help="publish synthetic platform traffic",
        description="Publish realistic synthetic traffic: registrations, profile updates, CVs in "
                    "English and French (some with special-category mentions), consents granted and "
                    "withdrawn, share requests, activity, closures, cookie consents, page views and "
                    "searches. Ids and choices differ on every run unless --seed is given (the seed used is "
                    "printed, so a run can be repeated).")
    p.add_argument("--rate", type=float, default=50.0, metavar="N", help="events per second (default 50)")
    p.add_argument("--seed", type=int, default=None, metavar="S",
                   help="random seed: the same seed replays the same events and ids (default: a new one each run)")
    p.add_argument("--count", type=int, default=None, metavar="N", help="stop after N events")
    p.add_argument("--duration", type=float, default=None, metavar="S", help="stop after S seconds")
    p.add_argument("--linger-ms", type=int, default=DEFAULT_LINGER_MS, metavar="MS",
                   help=f"how long events gather into one record batch per partition (default {DEFAULT_LINGER_MS}): "
                        "the embedded broker slows down with the number of batches it stores, and one event per "
                        "batch fills it fastest (docs/benchmark.md)")
    p.set_defaults(func=run)


def pick_seed(seed: int | None) -> int:
    """The given seed, or a fresh one: a fixed default made a second run re-send event ids
    the worker had already processed (deduplicated, so it did nothing for ~40 s)."""
    return seed if seed is not None else secrets.randbits(31)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.rate <= 0:
        print("talentguard simulate: --rate must be > 0", file=sys.stderr)
        return 2
    bootstrap = resolve_bootstrap(settings)
    ensure_topics(bootstrap)
    seed = pick_seed(args.seed)
    print(f"simulating at {args.rate:g} events/s with seed {seed}", file=sys.stderr, flush=True)
    generator = TrafficGenerator(seed)
    started = time.monotonic()
    sent = 0
    with Publisher(bootstrap, linger_ms=args.linger_ms) as pub:
        try:
            for topic, event in generator.events(args.count):
                # live traffic happens now: the generator's own clock runs ahead of the wall
                # clock (1-50 ms per event) and the worker rejects occurred_at far from the
                # broker's timestamp (TALENTGUARD_MAX_CLOCK_SKEW_S)
                event["occurred_at"] = datetime.now(timezone.utc)
                pub.publish(topic, event)
                sent += 1
                elapsed = time.monotonic() - started
                if args.duration is not None and elapsed >= args.duration:
                    break
                ahead = sent / args.rate - elapsed
                if ahead > 0:
                    time.sleep(ahead)
        except KeyboardInterrupt:
            pass
    print(f"published {sent} events in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0
