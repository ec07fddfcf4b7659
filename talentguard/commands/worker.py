"""`talentguard worker`: run the Faust app with every processor."""

from __future__ import annotations

import argparse
import sys

from streams.app import APP_ID
from streams.ops_http import resolve_metrics_address
from streams.worker import WorkerOptions, run_worker
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "worker", help="run the stream processors (Faust)",
        description="Run every processor: consent gate, CV sharing, retention, "
                    "analytics, subject requests. Topics are created first. A message that cannot be "
                    "decoded or validated goes to dead-letter with the reason; the worker keeps going. "
                    "Ops endpoints on http://HOST:PORT/: /metrics (Prometheus), /healthz, /readyz.")
    p.add_argument("--group", default=APP_ID, help=f"consumer group / Faust app id (default {APP_ID})")
    add_metrics_flags(p)
    p.add_argument("--sweep-interval", type=float, default=5.0, metavar="S",
                   help="seconds between retention sweeps (default 5)")
    p.add_argument("--engine", choices=("direct", "faust"), default="direct",
                   help="direct (default): the processors on a lean aiokafka batch loop; faust: the same "
                        "processors as Faust agents (measured 0.6x the throughput and seconds of latency "
                        "at half load, see docs/benchmark.md)")
    p.add_argument("--fetch-wait-ms", type=int, default=10, metavar="MS",
                   help="direct engine: longest wait of an empty fetch (default 10; the embedded broker "
                        "holds an empty fetch for the whole wait, so it bounds latency; on Apache Kafka "
                        "use e.g. 500 to save idle CPU)")
    p.add_argument("--loglevel", default="WARNING", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    p.set_defaults(func=run)


def add_metrics_flags(p: argparse.ArgumentParser, what: str = "the worker") -> None:
    """--metrics-host / --metrics-port (also TALENTGUARD_METRICS_HOST / _PORT); --web-port is
    the older name of --metrics-port."""
    p.add_argument("--metrics-host", default=None, metavar="ADDR",
                   help=f"address of {what}'s /metrics, /healthz, /readyz (env TALENTGUARD_METRICS_HOST, "
                        "default 127.0.0.1; 0.0.0.0 to be scraped from other hosts)")
    p.add_argument("--metrics-port", "--web-port", dest="metrics_port", default=None, metavar="PORT",
                   help="their port (env TALENTGUARD_METRICS_PORT, default 6066; 0 = off)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.fetch_wait_ms < 1:
        print("error: --fetch-wait-ms must be at least 1", file=sys.stderr)
        return 2
    metrics = resolve_metrics_address(args.metrics_host, args.metrics_port)
    run_worker(settings, WorkerOptions(app_id=args.group, metrics=metrics,
                                       sweep_interval_s=args.sweep_interval, loglevel=args.loglevel,
                                       engine=args.engine, fetch_wait_ms=args.fetch_wait_ms))
    return 0
