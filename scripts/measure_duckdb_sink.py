"""DuckDB sink write cost per batch: a connection per write (hold=False, the commands) vs
the worker's held connection (hold=True), alternating over 3 rounds into fresh files.

Usage: PYTHONPATH=. python scripts/measure_duckdb_sink.py ROWS BATCHES   (e.g. 500 40)
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import date

from sinks.base import AnalyticsHit, SearchHit, SinkBatch
from sinks.duckdb_sink import DuckDbSink

TERMS = ("data engineer", "comptable", "infirmière")


def batches(rows: int):  # noqa: ANN201 - endless SinkBatches with fresh event ids
    n = 0
    while True:
        b = SinkBatch()
        for _ in range(rows):
            n += 1
            day = date(2026, 11, 1 + n % 28)
            if n % 10 < 7:
                b.analytics.append(AnalyticsHit(f"a:ev-{n}", day, "PageViewed", f"/jobs/{n % 400}", visitors=7))
            else:
                b.searches.append(SearchHit(f"s:ev-{n}", day, TERMS[n % 3]))
        yield b


def main(rows: int, count: int) -> None:
    source, tmp = batches(rows), tempfile.mkdtemp(prefix="sinkbench-")
    medians: dict[bool, list[float]] = {False: [], True: []}
    try:
        for rnd in range(3):
            for hold in (False, True):
                sink = DuckDbSink(f"{tmp}/{hold}-{rnd}.duckdb", 5, hold=hold)
                times = []
                for _ in range(count):
                    b = next(source)
                    t = time.perf_counter()
                    sink.apply(b)
                    times.append(time.perf_counter() - t)
                sink.close()
                medians[hold].append(statistics.median(times) * 1000)
                print(f"round {rnd} hold={hold}: median {medians[hold][-1]:.1f} ms, "
                      f"p90 {sorted(times)[int(.9 * len(times))] * 1000:.1f} ms per {rows}-row batch "
                      f"({rows * count / sum(times):,.0f} rows/s)", flush=True)
    finally:
        shutil.rmtree(tmp)
    for hold in (False, True):
        print(f"hold={hold}: median of round medians {statistics.median(medians[hold]):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
