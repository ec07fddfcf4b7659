"""Both sinks, real DuckDB file and real PostgreSQL: idempotency, k-suppression, same results."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path
from typing import Iterator

import psycopg
import pytest

from anonymiser.generalise import CohortKey
from sinks.base import AnalyticsHit, SearchHit, SinkBatch
from sinks.duckdb_sink import DuckDbSink
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


@pytest.fixture(params=["duckdb", "postgres"])
def sink(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "duckdb":
        s = DuckDbSink(tmp_path / "sink.duckdb", k=5)
        yield s
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
