"""`talentguard report --html FILE`: the published views drawn as charts in one offline file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from talentguard.commands.common import require_existing_sink
from talentguard.config import Settings
from talentguard.errors import ConfigError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report", help="analysts' charts (cohorts over time, analytics, top searches) in one HTML file",
        description="Read the published (k-suppressed) views of --sink / TALENTGUARD_SINK and write one "
                    "self-contained HTML file (inline SVG charts, no network access needed to view it): "
                    "expired profiles per quarter by sector, region and seniority, site analytics per day "
                    "and the top searches.")
    p.add_argument("--html", required=True, metavar="FILE", help="file to write (e.g. report.html)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sinks.factory import open_sink, sink_k
    from sinks.report_html import Views, render_report

    out = Path(args.html)
    if out.is_dir():
        raise ConfigError(f"--html: {out} is a directory; give a file name")
    require_existing_sink(settings)
    sink = open_sink(settings)
    try:
        views = Views(sector_quarter=sink.published("cohorts-sector")[1],
                      region_quarter=sink.published("cohorts-region")[1],
                      seniority_quarter=sink.published("cohorts-seniority")[1],
                      analytics=sink.published("analytics")[1], searches=sink.published("searches")[1],
                      k=sink_k(settings))
    finally:
        sink.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(views), encoding="utf-8")
    cells = sum(len(rows) for rows in (views.sector_quarter, views.region_quarter, views.seniority_quarter,
                                       views.analytics, views.searches))
    print(f"wrote {out} ({out.stat().st_size:,} bytes, {cells} published cells, k={views.k})", file=sys.stderr)
    return 0
