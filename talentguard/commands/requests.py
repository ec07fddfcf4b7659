"""`talentguard requests [--overdue] [--as-of T] [--json]` and `requests export REQUEST_ID [--subject S]`.

The ops view of subject requests (pseudonymous: candidates appear as keyed pseudonyms),
and the one way to fetch an access/portability export: decrypted from Redis with the
keyring, printed or written to a 0600 file for the platform to hand to the person.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from talentguard.commands.common import parse_as_of
from talentguard.config import Settings
from talentguard.errors import ConfigError, PipelineError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "requests", help="list subject requests (deadlines, status, overdue) or fetch an export",
        description="Without arguments: every subject request with request_id, candidate pseudonym, right, "
                    "submitted_at, due_at, status (open, extended, completed, rejected) and overdue (open past "
                    "due_at, or answered after it). `requests export REQUEST_ID` prints the access/portability "
                    "export of that request (stored encrypted in Redis until its TTL, TALENTGUARD_EXPORT_TTL, "
                    "default 7d); it is never put on a topic. Needs the keyring (TALENTGUARD_KEYS_DIR). A request id "
                    "used by several candidates is an error unless --subject names the candidate pseudonym.")
    p.add_argument("action", nargs="*", metavar="export REQUEST_ID", help="fetch one request's export")
    p.add_argument("--overdue", action="store_true", help="only overdue requests")
    p.add_argument("--as-of", metavar="TIMESTAMP", help="ISO-8601 time to judge overdue at (default now)")
    p.add_argument("--json", action="store_true", help="one JSON object per request")
    p.add_argument("--out", metavar="FILE", help="export: write to FILE (mode 0600) instead of stdout")
    p.add_argument("--subject", metavar="PSEUDONYM",
                   help="export: the candidate pseudonym (candidate column) when the request id is not unique")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action and (args.action[0] != "export" or len(args.action) != 2):
        raise ConfigError("requests: expected no argument (list) or `export REQUEST_ID`")
    return asyncio.run(_export(args, settings) if args.action else _list(args, settings))


def _store(settings: Settings, with_keys: bool):  # noqa: ANN202 - (store, state)
    """Listing needs no secret; an export needs the deployment's KEK (never a new one)."""
    from streams.state.bundle import open_state
    from streams.state.subject_requests import SubjectRequestStore, export_ttl_from_env
    from talentguard.keyring import load_keyring

    kek = load_keyring(create=False).kek if with_keys else b""
    state = open_state(settings.redis_url, settings.state_prefix, timeout_s=5)
    return SubjectRequestStore(state.client, state.keys, kek, export_ttl_from_env()), state


async def _list(args: argparse.Namespace, settings: Settings) -> int:
    as_of = parse_as_of(args.as_of)
    store, state = _store(settings, with_keys=False)
    try:
        records = await store.all()
    finally:
        await state.close()
    rows = [r.as_row(as_of) for r in records if not args.overdue or r.overdue(as_of)]
    if args.json:
        for row in rows:
            print(json.dumps(row, sort_keys=True))
        return 0
    columns = ("request_id", "candidate", "right", "submitted_at", "due_at", "status", "overdue")
    widths = [max([len(c)] + [len(str(r[c])) for r in rows]) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in rows:
        print("  ".join(str(row[c]).ljust(w) for c, w in zip(columns, widths)))
    print(f"({len(rows)} request(s); as of {as_of.isoformat()})", file=sys.stderr)
    return 0


async def _export(args: argparse.Namespace, settings: Settings) -> int:
    from anonymiser.crypto_shred import Shredded

    request_id = args.action[1]
    store, state = _store(settings, with_keys=True)
    try:
        try:
            document = await store.read_export(request_id, args.subject)
        except Shredded:
            raise PipelineError(f"export of request {request_id!r} cannot be decrypted with this keyring") from None
    finally:
        await state.close()
    if document is None:
        raise PipelineError(f"no export for request {request_id!r} (not an access/portability request, expired, "
                            "or erased)")
    if args.out:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(document + "\n")
        print(f"export of {request_id} written to {args.out}", file=sys.stderr)
    else:
        print(document)
    return 0
