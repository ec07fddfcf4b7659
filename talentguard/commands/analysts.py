"""`talentguard analysts setup [--role R]` / `analysts publish [--out FILE]`: hand analysts
the published (k-suppressed) views and nothing else (see sinks/access.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from talentguard.config import Settings
from talentguard.errors import ConfigError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "analysts", help="give analysts the published views only (PostgreSQL role, DuckDB file)",
        description="PostgreSQL sink: `setup` creates a LOGIN role (default talentguard_analyst) that can "
                    "SELECT the *_published views and nothing else (no table, no sink_settings). DuckDB sink: "
                    "`publish` writes a separate file holding only the published views as tables, cells below "
                    "k already removed (the worker also rewrites it on its timer).")
    sub = p.add_subparsers(dest="analysts_action", metavar="ACTION", required=True)
    setup = sub.add_parser("setup", help="PostgreSQL: create/refresh the analyst role's grants")
    setup.add_argument("--role", default="talentguard_analyst", help="role name (default talentguard_analyst)")
    setup.set_defaults(func=run_setup)
    publish = sub.add_parser("publish", help="DuckDB: write the published-only file now")
    publish.add_argument("--out", help="file to write (default TALENTGUARD_PUBLISHED_PATH or "
                                       "<sink>.published.duckdb)")
    publish.set_defaults(func=run_publish)


def run_setup(args: argparse.Namespace, settings: Settings) -> int:
    from sinks.access import grant_analyst
    from sinks.factory import open_sink

    if not settings.sink_is_postgres:
        raise ConfigError("analysts setup needs a PostgreSQL sink (--sink postgresql://...); for DuckDB use "
                          "`analysts publish`")
    open_sink(settings).close()  # tables and views exist, k is the preset's
    grant_analyst(settings.sink, args.role)
    print(f"role {args.role}: may read the published views only", file=sys.stderr)
    return 0


def run_publish(args: argparse.Namespace, settings: Settings) -> int:
    from sinks.access import publish_duckdb, published_path
    from sinks.factory import open_sink

    if settings.duckdb_path is None:
        raise ConfigError("analysts publish needs a DuckDB sink; for PostgreSQL use `analysts setup`")
    open_sink(settings).close()
    out = Path(args.out) if args.out else published_path(settings.duckdb_path)
    counts = publish_duckdb(settings.duckdb_path, out)
    print(f"{out}: " + ", ".join(f"{v} {n} row(s)" for v, n in counts.items()), file=sys.stderr)
    return 0
