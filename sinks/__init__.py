"""Aggregate sinks that analysts query: DuckDB (embedded default) and PostgreSQL."""
