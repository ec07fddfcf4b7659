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
                           ("replay", "re-publish the original key and value onto the original topic; "
                                      "first clears the replayed events' dedupe marks in Redis so they are "
                                      "processed again")):
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


async def _forget_marks(settings: Settings, marks: list[str]) -> int:
    """Clear the dedupe marks in the worker's Redis (``TALENTGUARD_REDIS_URL`` and
    ``TALENTGUARD_STATE_PREFIX``); raises StateUnavailable if it cannot."""
    from streams.state.dedupe import ProcessedEvents
    from streams.state.redis_client import KeySpace, connect

    client = connect(settings.redis_url, timeout_s=5.0)  # a one-off command: no need to deny fast
    try:
        return await ProcessedEvents(client, KeySpace(settings.state_prefix)).forget(marks)
    finally:
        await client.aclose()


def run_replay(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from schemas.codec import default_codec
    from streams.dead_letters import replay_marks
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
    codec = default_codec()
    marks_of = {letter.event_id: replay_marks(codec, letter.record["topic"], value) for letter, _, value in opened}
    marks = [m for ms in marks_of.values() for m in ms]
    cleared = 0
    if not args.dry_run and marks:  # first: a replay that would be deduplicated is not a replay
        cleared = asyncio.run(_forget_marks(settings, marks))
    if not args.dry_run and opened:
        ensure_topics(bootstrap)
        with Publisher(bootstrap) as pub:
            for letter, key, value in opened:
                pub.send_raw(letter.record["topic"], key, value)
            pub.flush()
    for letter, _, _ in opened:
        note = ("" if not marks_of[letter.event_id] else " (its processed mark would be cleared)" if args.dry_run
                else " (its processed mark cleared: processed again)")
        print(f"{'would replay' if args.dry_run else 'replayed'} {letter.event_id} -> {letter.record['topic']}{note}")
    print(f"{len(opened)} dead letter(s) {'to replay' if args.dry_run else 'replayed'}; "
          f"{len(marks)} processed mark(s) {'to clear' if args.dry_run else f'cleared in Redis ({cleared} were set)'}"
          f" so the replayed events are processed again", file=sys.stderr)
    return 0
