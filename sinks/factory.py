"""``open_sink(settings)``: DuckDB for ``duckdb:PATH``, PostgreSQL for a DSN."""

from __future__ import annotations

from sinks.base import AggregateSink
from talentguard.config import Settings


def sink_k(settings: Settings) -> int:
    """The k stored in the sink: the preset's (``aggregates.k``); TALENTGUARD_K may only raise it."""
    from talentguard.policy import load_policy

    return max(load_policy(settings.policy).k, settings.k)


def open_sink(settings: Settings, hold: bool = False) -> AggregateSink:
    """``hold``: the worker keeps its DuckDB connection open between writes, handing it over
    to other processes on demand (sinks.duckdb_sink); commands open one per call."""
    k = sink_k(settings)
    if settings.sink_is_postgres:
        from sinks.postgres_sink import PostgresSink

        return PostgresSink(settings.sink, k)
    from sinks.duckdb_sink import DuckDbSink

    assert settings.duckdb_path is not None
    return DuckDbSink(settings.duckdb_path, k, hold=hold)
