"""`talentguard topics create|list`: create every topic of EVENTS.md explicitly."""

from __future__ import annotations

import argparse

from streams.broker import resolve_bootstrap
from streams.topics import TOPICS, ensure_topics
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("topics", help="create or list the pipeline's topics",
                              description="Create every topic of EVENTS.md with its partition count "
                                          "and cleanup policy (idempotent), or list the catalogue.")
    p.add_argument("action", choices=("create", "list"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "list":
        for spec in TOPICS:
            print(f"{spec.name:<24} partitions={spec.partitions:<2} {spec.configs.get('cleanup.policy', 'delete')}")
        return 0
    bootstrap = resolve_bootstrap(settings)
    report = ensure_topics(bootstrap)
    bad = 0
    for name, state in report.items():
        print(f"{name:<24} {state}")
        bad += "!" in state
    return 1 if bad else 0
