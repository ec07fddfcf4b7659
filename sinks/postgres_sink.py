"""PostgreSQL sink: same tables and views as DuckDB, for shared deployments."""

from __future__ import annotations

import psycopg

from sinks.base import SinkBatch
from sinks.sql import PostgresDialect, apply_batch, select_view, setup_statements, survey_statements
from talentguard.errors import SinkError


class PostgresSink:
    def __init__(self, dsn: str, k: int = 5) -> None:
        self.dialect = PostgresDialect()
        self.k = k
        try:
            self.conn = psycopg.connect(dsn, connect_timeout=5)
        except psycopg.Error as exc:
            raise SinkError(f"cannot connect to PostgreSQL: {type(exc).__name__}") from None
        with self.conn.transaction():
            with self.conn.cursor() as cur:
                # one setup at a time: concurrent CREATE ... IF NOT EXISTS can still collide
                cur.execute("SELECT pg_advisory_xact_lock(72617)")
                for sql, params in setup_statements(k, self.dialect):
                    cur.execute(sql, params or None)

    def _execute(self, cur: psycopg.Cursor, sql: str, params: tuple) -> list[tuple]:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else []

    def apply(self, batch: SinkBatch) -> int:
        if not batch:
            return 0
        try:
            with self.conn.transaction():
                with self.conn.cursor() as cur:
                    return apply_batch(lambda sql, params: self._execute(cur, sql, params), self.dialect, batch)
        except psycopg.Error as exc:
            raise SinkError(f"PostgreSQL write failed: {type(exc).__name__}") from exc

    def put_survey_stats(self, rows: list[tuple[str, str, str, int]]) -> None:
        """Survey cells of at least k respondents (absolute counts; cells below k are skipped)."""
        stmts = survey_statements(rows, self.k, self.dialect)
        if not stmts:
            return
        try:
            with self.conn.transaction():
                with self.conn.cursor() as cur:
                    for sql, params in stmts:
                        cur.execute(sql, params)
        except psycopg.Error as exc:
            raise SinkError(f"PostgreSQL write failed: {type(exc).__name__}") from exc

    def published(self, view: str) -> tuple[list[str], list[tuple]]:
        with self.conn.cursor() as cur:
            cur.execute(select_view(view))
            rows = cur.fetchall()
            self.conn.rollback()
            return [d.name for d in cur.description], [tuple(r) for r in rows]

    def close(self) -> None:
        self.conn.close()
