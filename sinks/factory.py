"""``open_sink(settings)``: DuckDB for ``duckdb:PATH``, PostgreSQL for a DSN."""

from __future__ import annotations

from sinks.base import AggregateSink
from talentguard.config import Settings


def open_sink(settings: Settings) -> AggregateSink:
    if settings.sink_is_postgres:
        from sinks.postgres_sink import PostgresSink

        return PostgresSink(settings.sink, settings.k)
    from sinks.duckdb_sink import DuckDbSink

    assert settings.duckdb_path is not None
    return DuckDbSink(settings.duckdb_path, settings.k)
