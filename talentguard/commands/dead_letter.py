"""`talentguard dead-letter list|replay`: inspect dead letters and re-inject them after a fix."""

from __future__ import annotations

import argparse
import json
import sys

from schemas import catalogue as cat
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "dead-letter", help="list dead letters, or replay them onto their original topic",
        description="Dead letters keep the reason in clear and the original message SEALED with the "
                    "keyring's dead-letter key (TALENTGUARD_KEYS_DIR): listing never shows payloads. "
                    "Letters erased by a tombstone (their subject was erased) or older than the topic's "
                    "retention are skipped, as Apache Kafka would have deleted them.")
    sub = p.add_subparsers(dest="dead_letter", metavar="ACTION", required=True)
    for name, helptext in (("list", "one line per live dead letter (no payload)"),
                           ("replay", "re-publish the original key and value onto the original topic")):
        a = sub.add_parser(name, help=helptext, description=helptext)
        a.add_argument("--id", action="append", default=[], metavar="EVENT_ID", help="only this letter (repeatable)")
        a.add_argument("--topic", choices=cat.INPUT_TOPICS, help="only letters from this input topic")
        a.add_argument("--error-contains", metavar="TEXT", help="only letters whose reason contains TEXT")
        a.add_argument("--timeout", type=float, default=3.0, metavar="S",
                       help="stop reading after S seconds without a message (default 3)")
        if name == "list":
            a.add_argument("--json", action="store_true", help="JSON lines instead of a table")
            a.set_defaults(func=run_list)
        else:
            a.add_argument("--dry-run", action="store_true", help="say what would be replayed; send nothing")
            a.set_defaults(func=run_replay)


def _selected(args: argparse.Namespace, settings: Settings):  # noqa: ANN202
    from streams.broker import resolve_bootstrap
    from streams.dead_letters import live_letters, select

    bootstrap = resolve_bootstrap(settings)
    return bootstrap, select(live_letters(bootstrap, timeout_s=args.timeout), args.id, args.topic, args.error_contains)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    _, letters = _selected(args, settings)
    for letter in letters:
        row = {"event_id": letter.event_id, "at": letter.record["at"].isoformat(), "origin": letter.origin,
               "subject": letter.record.get("subject"), "sealed": bool(letter.record.get("sealed")),
               "error": letter.record["error"]}
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['event_id']}\t{row['at']}\t{row['origin']}\t{row['error']}")
    if not args.json:
        print(f"{len(letters)} dead letter(s)", file=sys.stderr)
    return 0


def run_replay(args: argparse.Namespace, settings: Settings) -> int:
    from streams.publisher import Publisher
    from streams.topics import ensure_topics
    from talentguard.errors import ConfigError
    from talentguard.keyring import default_keyring

    bootstrap, letters = _selected(args, settings)
    keyring = default_keyring()
    opened = []
    for letter in letters:
        try:
            opened.append((letter, *letter.open(keyring)))
        except Exception as exc:  # noqa: BLE001 - name the letter, never the payload
            raise ConfigError(f"dead letter {letter.event_id}: cannot open it with the keyring in "
                              f"{keyring.directory} ({type(exc).__name__})") from None
    if not args.dry_run and opened:
        ensure_topics(bootstrap)
        with Publisher(bootstrap) as pub:
            for letter, key, value in opened:
                pub.send_raw(letter.record["topic"], key, value)
            pub.flush()
    for letter, _, _ in opened:
        print(f"{'would replay' if args.dry_run else 'replayed'} {letter.event_id} -> {letter.record['topic']}")
    print(f"{len(opened)} dead letter(s) {'to replay' if args.dry_run else 'replayed'}", file=sys.stderr)
    return 0
