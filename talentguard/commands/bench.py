"""`talentguard bench pipeline|sanitiser`: print throughput, latency and memory numbers."""

from __future__ import annotations

import argparse
import json
import os
import sys

from streams.broker import start_broker
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("bench", help="benchmarks: pipeline vs broker ceiling, sanitiser vs Presidio",
                              description="Benchmarks that print numbers and ratios (not tests).")
    sub = p.add_subparsers(dest="bench", metavar="WHAT", required=True)
    pipe = sub.add_parser("pipeline", help="raw ceiling vs consent path vs analytics path",
                          description="Measure, in one run against a fresh private embedded broker (or --bootstrap): "
                                      "the raw aiokafka passthrough ceiling, the consent-gate path and the "
                                      "analytics path through a real worker, with latency at half load and "
                                      "the worker's peak RSS and CPU.")
    pipe.add_argument("--events", type=int, default=20_000, metavar="N", help="events per path (default 20000)")
    pipe.add_argument("--candidates", type=int, default=100_000, metavar="M",
                      help="candidate population in Redis, half consenting (default 100000)")
    pipe.add_argument("--engine", choices=("direct", "faust"), default="direct", help="worker engine (default direct)")
    pipe.add_argument("--workers", type=int, default=1, metavar="K",
                      help="worker processes sharing the consumer group (default 1)")
    pipe.add_argument("--json", action="store_true", help="print one JSON object")
    pipe.add_argument("--metrics-host", default=None, metavar="ADDR",
                      help="address of the workers' /metrics (env TALENTGUARD_METRICS_HOST, default 127.0.0.1)")
    pipe.add_argument("--metrics-port", default=None, metavar="PORT",
                      help="first worker's /metrics port, +1 per further worker (env TALENTGUARD_METRICS_PORT; "
                           "default: free ports). The bench reads them, so 0 (off) is refused")
    pipe.set_defaults(func=run_pipeline)
    san = sub.add_parser("sanitiser", help="CV sanitiser vs Presidio's default analyzer on the same CVs")
    san.add_argument("--cvs", type=int, default=100, metavar="N", help="number of CVs (default 100)")
    san.add_argument("--rounds", type=int, default=1, metavar="R",
                     help="alternate the two engines R times and report each one's median run (default 1)")
    san.add_argument("--json", action="store_true", help="print one JSON object")
    san.set_defaults(func=run_sanitiser)


def run_pipeline(args: argparse.Namespace, settings: Settings) -> int:
    from streams.bench.pipeline import BenchConfig, render_table, run_pipeline_bench

    if args.workers < 1 or args.events < 1 or args.candidates < 1:
        print("error: --workers, --events and --candidates must be at least 1", file=sys.stderr)
        return 2
    from streams.ops_http import ENV_METRICS_PORT, resolve_metrics_address

    explicit = args.metrics_port is not None or os.environ.get(ENV_METRICS_PORT)
    metrics = resolve_metrics_address(args.metrics_host, args.metrics_port)
    if explicit and not metrics.enabled:
        print("error: the bench reads each worker's /metrics: --metrics-port 0 (off) is not possible here",
              file=sys.stderr)
        return 2
    say = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    private = None
    if settings.bootstrap:
        bootstrap = settings.bootstrap
    else:
        # A fresh broker per run: Tansu's fetch cost grows with the number of record
        # batches a partition already holds (measured: a partition with ~10,000 small
        # batches answers fetches in ~30-90 ms instead of ~2 ms), so a long-lived
        # embedded broker full of earlier runs would measure its own history.
        private, proc = start_broker(detach=False)
        bootstrap = private.bootstrap
        say(f"0/4 private embedded broker on {bootstrap} (fresh, stopped at the end)")
    try:
        cfg = BenchConfig(bootstrap=bootstrap, redis_url=settings.redis_url, events=args.events,
                          candidates=args.candidates, engine=args.engine, workers=args.workers,
                          metrics_host=metrics.host, metrics_port=metrics.port if explicit else None)
        result = run_pipeline_bench(cfg, say=say)
    finally:
        if private is not None:
            private.stop()
            proc.wait(10)
    print(json.dumps(result) if args.json else render_table(result))
    return 0


def run_sanitiser(args: argparse.Namespace, settings: Settings) -> int:
    from anonymiser.sanitiser_bench import run

    if args.rounds < 1 or args.cvs < 1:
        print("error: --rounds and --cvs must be at least 1", file=sys.stderr)
        return 2
    run(args.cvs, args.json, args.rounds)
    return 0
