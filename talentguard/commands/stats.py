"""`talentguard stats cohorts|analytics|searches`: print the k-suppressed published views."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date

from talentguard.commands.common import require_existing_sink
from talentguard.config import Settings


COUNT_COLUMN = {"cohorts": "profiles", "cohorts-sector": "profiles", "cohorts-region": "profiles",
                "cohorts-seniority": "profiles", "analytics": "visitors", "searches": "searches", "surveys": "respondents"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("stats", help="print the aggregate sinks' published (k-suppressed) views",
                              description="Print a published view of the aggregate sink: cells whose count is "
                                          "below k (TALENTGUARD_K, default 5) are hidden. Reads the DuckDB file "
                                          "or the PostgreSQL DSN of --sink / TALENTGUARD_SINK.")
    p.add_argument("view", choices=("cohorts", "cohorts-sector", "cohorts-region", "cohorts-seniority",
                                    "analytics", "searches", "surveys"),
                   help="cohorts: the full cohort view; cohorts-sector|-region|-seniority: quarter x one "
                        "dimension rollups (each k-suppressed)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    fmt.add_argument("--json", action="store_true", help="one JSON object per row")
    p.add_argument("--k", dest="raise_k", type=int, default=None, metavar="K",
                   help="hide more: only cells of at least K in THIS output (K below the sink's k changes "
                        "nothing; the stored k, the preset's, is never rewritten by a reader)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sinks.factory import open_sink, sink_k

    require_existing_sink(settings)
    sink = open_sink(settings)
    try:
        columns, rows = sink.published(args.view)
    finally:
        sink.close()
    k = sink_k(settings)
    if args.raise_k is not None and args.raise_k > k:  # may only raise, for this output only
        k = args.raise_k
        col = columns.index(COUNT_COLUMN[args.view])
        rows = [r for r in rows if r[col] >= k]
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif args.json:
        for row in rows:
            print(json.dumps({c: (v.isoformat() if isinstance(v, date) else v) for c, v in zip(columns, row)},
                             ensure_ascii=False))
    else:
        widths = [max([len(c)] + [len(str(r[i])) for r in rows]) for i, c in enumerate(columns)]
        print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
        for row in rows:
            print("  ".join(str(v).ljust(w) for v, w in zip(row, widths)))
        print(f"({len(rows)} row(s); cells below k={k} are hidden)", file=sys.stderr)
    return 0
