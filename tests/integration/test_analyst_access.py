"""Analysts get the published views only, k is the preset's and no reader can lower it:
a real PostgreSQL connection as the analyst role, a real DuckDB published-only file."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Iterator

import duckdb
import psycopg
import pytest

from sinks.access import publish_duckdb
from sinks.duckdb_sink import DuckDbSink
from sinks.postgres_sink import PostgresSink
from talentguard.cli import main
from tests.integration.test_sinks import PG, batch


@pytest.fixture
def pg_db() -> Iterator[tuple[str, str]]:
    """(dsn, analyst role) in a database of their own; both dropped afterwards."""
    name, role = f"tg_test_{uuid.uuid4().hex[:8]}", f"tg_analyst_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(PG, autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL is required at {PG}: {exc}")
    admin.execute(f'CREATE DATABASE "{name}"')
    dsn = PG.rsplit("/", 1)[0] + f"/{name}"
    yield dsn, role
    with psycopg.connect(dsn, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            conn.execute(f'DROP OWNED BY "{role}"')
    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.execute(f'DROP ROLE IF EXISTS "{role}"')
    admin.close()


def as_role(dsn: str, role: str) -> psycopg.Connection:
    base, db = dsn.rsplit("/", 1)
    host = base.split("@", 1)[-1]
    return psycopg.connect(f"postgresql://{role}@{host}/{db}", autocommit=True, connect_timeout=5)


def test_when_the_analyst_role_is_set_up_then_it_reads_the_views_and_nothing_else(pg_db, monkeypatch) -> None:
    dsn, role = pg_db
    monkeypatch.setenv("TALENTGUARD_POLICY", "kakoo")
    assert main(["analysts", "setup", "--role", role, "--sink", dsn]) == 0
    sink = PostgresSink(dsn, k=5)
    sink.apply(batch("a"))
    sink.close()
    assert main(["analysts", "setup", "--role", role, "--sink", dsn]) == 0  # idempotent
    with as_role(dsn, role) as conn:
        rows = conn.execute("SELECT sector, profiles FROM cohort_stats_published").fetchall()
        assert rows == [("IT", 6)]  # the 1-profile Legal cell stays hidden
        assert conn.execute("SELECT count(*) FROM search_terms_daily_published").fetchone() == (1,)
        for forbidden in ("SELECT * FROM cohort_stats", "SELECT * FROM search_terms_daily",
                          "SELECT * FROM analytics_daily", "SELECT * FROM sink_settings",
                          "SELECT * FROM survey_stats",
                          "UPDATE sink_settings SET value = '1'", "CREATE TABLE mine (x int)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forbidden)


def test_when_duckdb_is_published_then_the_file_holds_only_cells_of_at_least_k(tmp_path: Path) -> None:
    sink = DuckDbSink(tmp_path / "sink.duckdb", k=5)
    sink.apply(batch("d"))
    out = tmp_path / "analysts.duckdb"
    counts = publish_duckdb(tmp_path / "sink.duckdb", out)
    assert counts == {"cohort_stats_published": 1, "analytics_daily_published": 1, "search_terms_daily_published": 1,
                      "survey_stats_published": 0, "cohort_sector_quarter_published": 1,
                      "cohort_region_quarter_published": 1, "cohort_seniority_quarter_published": 1}
    con = duckdb.connect(str(out), read_only=True)
    try:
        tables = sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        assert tables == ["analytics_daily_published", "cohort_region_quarter_published",
                          "cohort_sector_quarter_published", "cohort_seniority_quarter_published",
                          "cohort_stats_published", "search_terms_daily_published", "survey_stats_published"]
        assert con.execute("SELECT min(profiles) FROM cohort_stats_published").fetchone()[0] >= 5
        assert con.execute("SELECT term FROM search_terms_daily_published").fetchall() == [("data engineer",)]
    finally:
        con.close()


def test_when_stats_is_given_a_k_then_it_only_raises_it_for_its_own_output(
        tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch) -> None:
    path = tmp_path / "sink.duckdb"
    monkeypatch.setenv("TALENTGUARD_POLICY", "kakoo")
    DuckDbSink(path, k=5).apply(batch("s"))
    sink = f"duckdb:{path}"

    def rows(*extra: str) -> list[dict]:
        assert main(["stats", "searches", "--json", "--sink", sink, *extra]) == 0
        return [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert [r["term"] for r in rows()] == ["data engineer"]
    assert [r["term"] for r in rows("--k", "1")] == ["data engineer"]  # lowering is ignored
    assert rows("--k", "6") == []  # raising hides more, in this output
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT value FROM sink_settings WHERE name = 'k'").fetchone() == ("5",)
    finally:
        con.close()
    assert [r["term"] for r in rows()] == ["data engineer"]


def test_when_the_sink_opens_then_k_is_the_presets_and_the_environment_may_only_raise_it(tmp_path: Path) -> None:
    from sinks.factory import sink_k
    from talentguard.config import Settings

    policy = tmp_path / "strict.yaml"
    policy.write_text("name: strict\nretention:\n  rules:\n    - anchor: last_activity\n      after: 1y\n"
                      "aggregates:\n  k: 7\n")
    lower = Settings.load(env={"TALENTGUARD_K": "2"}, policy=str(policy), sink=f"duckdb:{tmp_path / 's.duckdb'}")
    higher = Settings.load(env={"TALENTGUARD_K": "9"}, policy=str(policy), sink=f"duckdb:{tmp_path / 's.duckdb'}")
    assert (sink_k(lower), sink_k(higher)) == (7, 9)
