"""Rollup views on both real sinks (k-suppressed on their own counts), and the HTML report
opened in headless Chromium: the charts are laid out and painted."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from anonymiser.generalise import CohortKey
from sinks.base import AnalyticsHit, SearchHit, SinkBatch
from sinks.duckdb_sink import DuckDbSink
from streams.testing import ROOT
from tests.integration.test_sinks import pg_dsn  # noqa: F401 - fixture: a database per test


def _cohorts(prefix: str) -> SinkBatch:
    batch = SinkBatch()
    n = 0
    # IT in Q1: 6 profiles spread over 3 full cells of 2 (each hidden at k=5), visible as a rollup
    for region in ("Île-de-France", "Occitanie", "Bretagne"):
        for _ in range(2):
            batch.cohorts.append((f"{prefix}-{n}", CohortKey("2026-Q1", "IT", region, "3-5", "master", "permanent")))
            n += 1
    # Retail in Q2: 3 profiles: hidden in the rollup too
    for _ in range(3):
        batch.cohorts.append((f"{prefix}-{n}", CohortKey("2026-Q2", "Retail", "Occitanie", "0-2", "none", "temporary")))
        n += 1
    return batch


@pytest.mark.parametrize("backend", ["duckdb", "postgres"])
def test_when_full_cells_are_below_k_then_the_quarter_rollup_still_shows_their_sum(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "duckdb":
        sink = DuckDbSink(tmp_path / "sink.duckdb", k=5)
    else:
        from sinks.postgres_sink import PostgresSink

        sink = PostgresSink(request.getfixturevalue("pg_dsn"), k=5)
    try:
        sink.apply(_cohorts("r"))
        assert sink.published("cohorts")[1] == []  # every full cell is below k
        assert [tuple(r) for r in sink.published("cohorts-sector")[1]] == [("2026-Q1", "IT", 6)]
        assert [tuple(r) for r in sink.published("cohorts-seniority")[1]] == [("2026-Q1", "3-5", 6)]
        assert sink.published("cohorts-region")[1] == []  # 2 per region: below k
        columns, _ = sink.published("cohorts-region")
        assert columns == ["period", "region", "profiles"]
    finally:
        sink.close()


def _demo_sink(path: Path) -> None:
    sink = DuckDbSink(path, k=5)
    batch = SinkBatch()
    n = 0
    for q, quarter in enumerate(("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")):
        for s, sector in enumerate(("IT", "Health care", "Retail")):
            for _ in range(6 + 3 * q + 4 * (2 - s)):
                batch.cohorts.append((f"d-{n}", CohortKey(quarter, sector, ("Île-de-France", "Occitanie")[n % 2],
                                                          ("0-2", "3-5", "6-10")[n % 3], "master", "permanent")))
                n += 1
    for d in range(5):
        day = date(2026, 10, 1) + timedelta(days=d)
        for v in range(6 + d):
            batch.analytics.append(AnalyticsHit(f"a-{d}-{v}", day, "PageViewed", "/jobs/:id",
                                                visitors=v + 1))  # distinct visitors so far (counted in Redis)
        for t, term in enumerate(("data engineer", "nurse night shift", "comptable")):
            for i in range(5 + t):
                batch.searches.append(SearchHit(f"s-{d}-{t}-{i}", day, term))
    sink.apply(batch)
    sink.close()


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required under CI (Debian package chromium, installed by .ci/run)")
        pytest.skip("chromium not installed")
    return path


def _browser(chromium: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                           "--no-first-run", f"--user-data-dir={tmp_path / 'chromium-profile'}",
                           "--virtual-time-budget=5000", *args], capture_output=True, text=True, timeout=180)


def _non_white_pixels(png: bytes) -> int:
    """Count pixels that are not white in an 8-bit RGB/RGBA PNG (no imaging library needed)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    prev, count, i = bytearray(stride), 0, 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = prev[x], prev[x - channels] if x >= channels else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        count += sum(1 for x in range(0, stride, channels) if min(line[x:x + 3]) < 200)
        prev = line
    return count


def test_when_the_report_is_opened_in_headless_chromium_then_every_chart_is_drawn(tmp_path: Path) -> None:
    chromium = _chromium()
    sink_path, out = tmp_path / "demo.duckdb", tmp_path / "report.html"
    _demo_sink(sink_path)
    result = subprocess.run([sys.executable, "-m", "talentguard.cli", "report", "--html", str(out),
                             "--sink", f"duckdb:{sink_path}"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    dom = _browser(chromium, "--dump-dom", out.as_uri(), tmp_path=tmp_path).stdout
    assert 'data-charts-drawn="5"' in dom, dom[-2000:]
    shot = tmp_path / "report.png"
    _browser(chromium, f"--screenshot={shot}", "--window-size=1600,1400", out.as_uri(), tmp_path=tmp_path)
    assert _non_white_pixels(shot.read_bytes()) > 20_000  # bars, lines and text painted, not a blank page
