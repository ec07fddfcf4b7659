"""DuckDB sink: one local file, the embedded default.

DuckDB lets one process write a file at a time and no other process read it meanwhile,
so the connection is opened per batch and closed at once: `talentguard stats` (another
process) can read between two writes, retrying briefly on a lock conflict.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from sinks.base import SinkBatch
from sinks.sql import DuckDialect, apply_batch, select_view, setup_statements, survey_statements
from talentguard.errors import SinkError

LOCK_RETRY_S = 10.0
T = TypeVar("T")


def _connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + LOCK_RETRY_S
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise SinkError(f"cannot open DuckDB file {path}: {exc}") from None
            time.sleep(0.05)


def in_transaction(path: Path, work: Callable[[Callable[[str, tuple], list]], T], what: str,
                   read_only: bool = False) -> T:
    """Run ``work(execute)`` in one transaction on a connection opened for it (see the module
    docstring: other processes read between writes); a DuckDB error rolls back and becomes
    ``SinkError`` ("<what> failed: ...")."""
    con = _connect(path, read_only=read_only)
    try:
        con.begin()
        result = work(lambda sql, params: con.execute(sql, params).fetchall())
        con.commit()
        return result
    except duckdb.Error as exc:
        con.rollback()
        raise SinkError(f"{what} failed: {type(exc).__name__}: {exc}") from exc
    finally:
        con.close()


class DuckDbSink:
    def __init__(self, path: Path | str, k: int = 5) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dialect = DuckDialect()
        self.k = k
        con = _connect(self.path)
        try:
            for sql, params in setup_statements(k, self.dialect):
                con.execute(sql, params)
        except duckdb.Error as exc:
            raise SinkError(f"DuckDB setup failed on {self.path}: {type(exc).__name__}") from exc
        finally:
            con.close()

    def apply(self, batch: SinkBatch) -> int:
        if not batch:
            return 0
        return in_transaction(self.path, lambda execute: apply_batch(execute, self.dialect, batch), "DuckDB write")

    def put_survey_stats(self, rows: list[tuple[str, str, str, int]]) -> None:
        """Survey cells of at least k respondents (absolute counts; cells below k are skipped)."""
        stmts = survey_statements(rows, self.k, self.dialect)
        if not stmts:
            return
        con = _connect(self.path)
        try:
            con.begin()
            for sql, params in stmts:
                con.execute(sql, params)
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise SinkError(f"DuckDB write failed: {type(exc).__name__}") from exc
        finally:
            con.close()

    def published(self, view: str) -> tuple[list[str], list[tuple]]:
        con = _connect(self.path, read_only=True)
        try:
            cur = con.execute(select_view(view))
            return [d[0] for d in cur.description], [tuple(r) for r in cur.fetchall()]
        finally:
            con.close()

    def close(self) -> None:
        return None
