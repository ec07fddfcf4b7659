"""`talentguard consume TOPIC`: print a topic's events as JSON lines, whatever their type."""

from __future__ import annotations

import argparse
import base64
import json
import sys

from schemas import catalogue as cat
from schemas.codec import default_codec
from streams.broker import resolve_bootstrap
from streams.consumer import read_topic
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("consume", help="print a topic's events as JSON lines",
                              description="Print decoded events as JSON lines (EVENTS.md names plus "
                                          "\"type\"). Tombstones print as {\"tombstone\": true, \"key\": ...}; "
                                          "undecodable messages are reported on stderr and skipped.")
    p.add_argument("topic", metavar="TOPIC", choices=cat.ALL_TOPICS, help="one of: " + ", ".join(cat.ALL_TOPICS))
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest message (default: only new ones)")
    p.add_argument("--timeout", type=float, default=5.0, metavar="S", help="stop after S seconds without a message (default 5)")
    p.add_argument("--max", type=int, default=None, metavar="N", help="stop after N messages")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    codec = default_codec()
    out = sys.stdout
    for msg in read_topic(resolve_bootstrap(settings), args.topic, from_beginning=args.from_beginning,
                          timeout_s=args.timeout, max_messages=args.max, codec=codec):
        if msg.event is not None:
            out.write(json.dumps(codec.to_json(msg.event), ensure_ascii=False) + "\n")
        elif msg.error is None:
            key = base64.b64encode(msg.key).decode() if msg.key else None
            out.write(json.dumps({"tombstone": True, "key": key, "partition": msg.partition, "offset": msg.offset}) + "\n")
        else:
            print(f"{args.topic}[{msg.partition}]@{msg.offset}: undecodable: {msg.error}", file=sys.stderr)
        out.flush()
    return 0
