"""`talentguard publish TOPIC`: validate JSON lines from stdin and publish the valid ones."""

from __future__ import annotations

import argparse
import sys

from schemas.codec import parse_json_line
from streams.broker import resolve_bootstrap
from streams.publisher import Publisher, check_topic
from schemas import catalogue as cat
from talentguard.config import Settings
from talentguard.errors import SchemaError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "publish", help="publish JSON-line events from stdin",
        description="Read JSON lines (EVENTS.md field names plus \"type\") from stdin, validate each "
                    "against its Avro schema and publish the valid ones. Each invalid line is reported "
                    "on stderr with its line number, the field and the reason; the exit code is 1 if "
                    "any line failed. occurred_at defaults to now, event_id to a new UUID.")
    p.add_argument("topic", choices=cat.ALL_TOPICS,
                   metavar="TOPIC", help="one of: " + ", ".join(cat.INPUT_TOPICS))
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.topic not in cat.INPUT_TOPICS:
        print(f"talentguard publish: {args.topic} is an output topic written only by the pipeline; "
              f"publish to one of: {', '.join(cat.INPUT_TOPICS)}", file=sys.stderr)
        return 2
    good = bad = 0
    with Publisher(resolve_bootstrap(settings)) as pub:
        for lineno, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                event = parse_json_line(line, pub.codec)
                check_topic(args.topic, event["type"])
                pub.publish(args.topic, event)
                good += 1
            except SchemaError as exc:
                bad += 1
                field = f" field {exc.field!r}:" if exc.field else ""
                print(f"line {lineno}:{field} {exc}", file=sys.stderr)
    print(f"published {good} event(s) to {args.topic}; {bad} invalid line(s) rejected", file=sys.stderr)
    return 1 if bad else 0
