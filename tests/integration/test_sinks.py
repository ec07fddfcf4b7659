"""Both sinks, real DuckDB file and real PostgreSQL: idempotency, k-suppression, same results."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

from anonymiser.generalise import CohortKey
from sinks.base import AnalyticsHit, SearchHit, SinkBatch
from sinks.duckdb_sink import MAX_HOLD_S, DuckDbSink
from talentguard.errors import SinkError
from sinks.postgres_sink import PostgresSink

PG = os.environ.get("TALENTGUARD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
D = date(2026, 5, 1)
KEY = CohortKey("2026-Q2", "IT", "Île-de-France", "6-10", "master", "permanent")
RARE = CohortKey("2026-Q2", "Legal", "Corse", "11+", "doctorate", "freelance")


@pytest.fixture
def pg_dsn() -> Iterator[str]:
    """A database of its own per test, dropped afterwards."""
    name = f"tg_test_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(PG, autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL is required at {PG}: {exc}")
    admin.execute(f'CREATE DATABASE "{name}"')
    yield PG.rsplit("/", 1)[0] + f"/{name}"
    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture(params=["duckdb", "duckdb-held", "postgres"])
def sink(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param.startswith("duckdb"):
        s = DuckDbSink(tmp_path / "sink.duckdb", k=5, hold=request.param == "duckdb-held")
        yield s
        s.close()
    else:
        dsn = request.getfixturevalue("pg_dsn")
        s = PostgresSink(dsn, k=5)
        yield s
        s.close()


def batch(prefix: str) -> SinkBatch:
    b = SinkBatch()
    b.cohorts = [(f"{prefix}-c{i}", KEY) for i in range(6)] + [(f"{prefix}-r", RARE)]
    # distinct visitors come counted (Redis HyperLogLog in the worker): the sink keeps the largest
    b.analytics = [AnalyticsHit(f"{prefix}-a{i}", D, "PageViewed", "/jobs/:id", visitors=min(i + 1, 5)) for i in range(12)]
    b.analytics += [AnalyticsHit(f"{prefix}-b{i}", D, "PageViewed", "/blog", visitors=1) for i in range(9)]
    b.searches = [SearchHit(f"{prefix}-s{i}", D, "data engineer") for i in range(5)] + [SearchHit(f"{prefix}-t", D, "rare term")]
    return b


def test_when_a_batch_is_applied_twice_then_everything_is_counted_once(sink) -> None:
    assert sink.apply(batch("x")) == 7 + 21 + 6
    assert sink.apply(batch("x")) == 0
    _, cohorts = sink.published("cohorts")
    assert [r[-1] for r in cohorts] == [6]
    _, analytics = sink.published("analytics")
    assert [(r[2], r[3], r[4]) for r in analytics] == [("/jobs/:id", 12, 5)]
    _, searches = sink.published("searches")
    assert [(r[1], r[2]) for r in searches] == [("data engineer", 5)]


def test_when_a_released_hit_covers_held_events_then_each_is_counted_once(sink) -> None:
    held = tuple(f"h{i}" for i in range(4))
    release = SinkBatch(searches=[SearchHit("rel", D, "welder"), SearchHit("rel2", D, "welder", covers=held)],
                        analytics=[AnalyticsHit("a-rel", D, "PageViewed", "/welding", visitors=5, covers=held)])
    sink.apply(release)
    sink.apply(SinkBatch(searches=[SearchHit(held[0], D, "welder")]))  # a redelivered held event
    sink.apply(release)
    _, searches = sink.published("searches")
    assert ("welder", 6) in [(r[1], r[2]) for r in searches]
    _, analytics = sink.published("analytics")
    assert ("/welding", 5, 5) in [(r[2], r[3], r[4]) for r in analytics]


def test_when_a_cell_is_below_k_then_the_published_view_hides_it(sink) -> None:
    sink.apply(batch("y"))
    _, cohorts = sink.published("cohorts")
    assert all(r[1] != "Legal" for r in cohorts)  # 1 profile < k
    _, analytics = sink.published("analytics")
    assert all(r[2] != "/blog" for r in analytics)  # 9 events but 1 visitor < k
    _, searches = sink.published("searches")
    assert all(r[1] != "rare term" for r in searches)


def test_when_both_sinks_get_the_same_batches_then_they_publish_the_same_rows(tmp_path: Path, pg_dsn: str) -> None:
    duck, pg = DuckDbSink(tmp_path / "same.duckdb"), PostgresSink(pg_dsn)
    try:
        for s in (duck, pg):
            s.apply(batch("p"))
            s.apply(batch("q"))
        for view in ("cohorts", "analytics", "searches"):
            d_cols, d_rows = duck.published(view)
            p_cols, p_rows = pg.published(view)
            assert d_cols == p_cols and d_rows == p_rows and d_rows
    finally:
        pg.close()


def test_when_a_released_cohort_carries_a_weight_then_it_is_counted_with_it_once(sink) -> None:
    released = SinkBatch(cohorts=[("w-k", KEY, 5), ("w-next", KEY, 1)])
    assert sink.apply(released) == 2
    assert sink.apply(released) == 0  # a repeated sweep
    _, cohorts = sink.published("cohorts")
    assert [r[-1] for r in cohorts] == [6]


READER = """
import sys, time
import sinks.duckdb_sink
from sinks.duckdb_sink import DuckDbSink
if sys.argv[2] == "no-mark":  # e.g. a read-only mount: the reader cannot ask for the file
    sinks.duckdb_sink._mark_wanted = lambda path: None
t = time.monotonic()
_, rows = DuckDbSink(sys.argv[1], k=5).published("searches")  # opens read-write for setup, then reads
print(round(time.monotonic() - t, 2), [(r[1], r[2]) for r in rows])
"""


@pytest.mark.parametrize("ask", ["mark", "no-mark"])
def test_when_the_worker_holds_the_file_while_writing_then_another_process_still_reads_it(tmp_path: Path,
                                                                                         ask: str) -> None:
    path = tmp_path / "held.duckdb"
    sink = DuckDbSink(path, k=5, hold=True)
    sink.apply(batch("first"))
    stop, written, errors = threading.Event(), [], []

    def keep_writing() -> None:  # never idle: the file is free only when handed over
        n = 0
        while not stop.is_set():
            try:
                sink.apply(SinkBatch(analytics=[AnalyticsHit(f"busy-{n}", D, "PageViewed", "/busy", visitors=5)]))
                written.append(n)
            except SinkError as exc:
                errors.append(exc)
            n += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        time.sleep(0.3)
        out = subprocess.run([sys.executable, "-c", READER, str(path), ask], capture_output=True, text=True,
                             timeout=60, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    finally:
        stop.set()
        writer.join()
    assert out.returncode == 0, out.stderr[-2000:]
    seconds, rows = out.stdout.split(" ", 1)
    # asked (mark): handed over before the holder's next write; not asked: at its periodic
    # hand-over (two opens: the setup's read-write one, then the read)
    assert float(seconds) < (3 if ask == "mark" else 2 * (MAX_HOLD_S + 1))
    assert rows.strip() == "[('data engineer', 5)]"
    assert not errors and len(written) > 5
    _, analytics = sink.published("analytics")
    assert ("/busy", len(written)) in [(r[2], r[3]) for r in analytics]  # every write after the hand-over kept
    sink.close()


def test_when_a_held_write_fails_then_nothing_of_it_is_applied_and_the_next_write_reopens(tmp_path: Path) -> None:
    sink = DuckDbSink(tmp_path / "err.duckdb", k=5, hold=True)
    bad = SinkBatch(searches=[SearchHit(f"e{i}", "not a date", "data engineer") for i in range(5)])  # type: ignore[arg-type]
    with pytest.raises(SinkError, match="DuckDB write failed"):
        sink.apply(bad)
    good = SinkBatch(searches=[SearchHit(f"e{i}", D, "data engineer") for i in range(5)])
    assert sink.apply(good) == 5  # the failed batch's ids were rolled back with it
    _, searches = sink.published("searches")
    assert [(r[1], r[2]) for r in searches] == [("data engineer", 5)]
    sink.close()


def test_when_the_held_sink_closes_then_the_file_is_free_at_once(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "closed.duckdb"
    sink = DuckDbSink(path, k=5, hold=True)
    sink.apply(batch("c"))
    sink.close()
    con = duckdb.connect(str(path), read_only=True)  # a held read-write connection would refuse this
    try:
        assert con.execute("SELECT count(*) FROM applied_events").fetchone() == (34,)
    finally:
        con.close()
