"""`talentguard keys rotate-kek`: a new key-encryption key, every subject key rewrapped."""

from __future__ import annotations

import argparse
import asyncio

from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "keys", help="keyring maintenance (KEK rotation)",
        description="The keyring (TALENTGUARD_KEYS_DIR) holds the secrets kept out of Redis. rotate-kek "
                    "writes a new key-encryption key, keeps the old one as kek-<id>.retired and rewraps "
                    "every subject key in Redis. Stop the workers first and restart them after. With "
                    "--forget-retired the retired KEKs are deleted once everything is rewrapped: Redis "
                    "backups taken before then can no longer be decrypted.")
    sub = p.add_subparsers(dest="keys", metavar="ACTION", required=True)
    rot = sub.add_parser("rotate-kek", help="new KEK, rewrap every subject key")
    rot.add_argument("--forget-retired", action="store_true",
                     help="delete retired KEK files after a complete rewrap")
    rot.set_defaults(func=run_rotate)


def run_rotate(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(_rotate(args, settings))


async def _rotate(args: argparse.Namespace, settings: Settings) -> int:
    from streams.state.kek_rotation import forget_retired, keks_of, retire_and_replace, rewrap_all
    from streams.state.redis_client import KeySpace, connect
    from talentguard.keyring import load_keyring

    keyring = load_keyring()
    old_keks = keks_of(keyring)
    new = retire_and_replace(keyring.directory, keyring.kek)
    client = connect(settings.redis_url, timeout_s=5)
    try:
        report = await rewrap_all(client, KeySpace(settings.state_prefix, keyring.subject_pseudonym),
                                  [new, *old_keks])
    finally:
        await client.aclose()
    print(f"new KEK in {keyring.directory / 'kek.key'}; rewrapped {report.rewrapped}, already current "
          f"{report.already_current}, changed meanwhile {report.changed_meanwhile}, unreadable {report.unreadable}")
    if args.forget_retired:
        if report.changed_meanwhile:
            print("retired KEKs kept: some keys changed during the rewrap; run rotate-kek again")
            return 1
        print(f"deleted {forget_retired(keyring.directory)} retired KEK file(s)")
    return 0
