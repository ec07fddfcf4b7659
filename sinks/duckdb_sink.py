"""DuckDB sink: one local file, the embedded default.

DuckDB lets one process open a file read-write and then no other process can open it at
all, not even read-only. Opening and closing per write (the old design) let analysts in
between writes but cost the worker an open and a checkpoint per batch: measured here 4x
the write itself (a 50-row batch ~60 ms on an open connection, ~250 ms with open +
close on the loaded 2-core machine; the brief's quieter measure 40 ms vs 476 ms).

So the worker holds one connection per file (``hold=True``) and hands it over on demand:

- one writer thread per file and process owns it (DuckDB connections are not safe to share
  across threads; ``apply`` is called from ``asyncio.to_thread`` pool threads, which only
  queue work for it and wait);
- a process that finds the file locked (an analyst's ``talentguard stats``, ``report``,
  another worker) touches ``<file>.wanted`` while it retries; before its next write the
  holder sees the mark, closes (checkpoint) and waits up to ``YIELD_WAIT_S`` for the
  other side to open the file (it removes the mark once in), then reopens (retrying on
  the lock, like everyone). A reader that cannot create the mark (read-only mount) is still
  let in: the holder closes at least every ``MAX_HOLD_S`` with a ``HANDOVER_S`` pause, and
  whenever it has been idle for ``IDLE_CLOSE_S``;
- after a DuckDB error the connection is closed and opened again for the next write;
  ``close()`` (and the end of the process: the thread is not a daemon) closes it.

Batches stay all-or-nothing and idempotent: ``apply_batch`` runs in one transaction with
the applied ids (``in_transaction``), committed before ``apply`` returns, so the Kafka
offsets are still committed only after the counters are durable. Without ``hold`` (the
commands, tests) a connection is opened per call, as before.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import Future
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from sinks.base import SinkBatch
from sinks.sql import DuckDialect, apply_batch, select_view, setup_statements, survey_statements
from talentguard.errors import SinkError

LOCK_RETRY_S = 10.0
IDLE_CLOSE_S = 1.0   # an idle worker leaves the file free
MAX_HOLD_S = 5.0     # at the latest, close this often ...
HANDOVER_S = 0.1     # ... and pause this long: a reader without a mark retries every 50 ms
YIELD_WAIT_S = 1.0   # how long a holder waits for the process that asked to get in
T = TypeVar("T")
Execute = Callable[[str, tuple], list]


def wanted_path(path: Path) -> Path:
    return path.with_name(path.name + ".wanted")


def _mark_wanted(path: Path) -> None:
    try:
        wanted_path(path).touch()
    except OSError:
        pass  # e.g. a read-only mount: the holder's periodic hand-over lets us in


def _someone_waits(path: Path) -> bool:
    """A fresh mark: a stale one (its owner gave up or died) is removed and ignored."""
    mark = wanted_path(path)
    try:
        age = time.time() - mark.stat().st_mtime
    except OSError:
        return False
    if age <= LOCK_RETRY_S + 1:
        return True
    mark.unlink(missing_ok=True)
    return False


def _connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open ``path``; while another process holds it, ask it to yield (``.wanted`` mark)
    and retry for up to ``LOCK_RETRY_S``."""
    deadline = time.monotonic() + LOCK_RETRY_S
    waited = False
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise SinkError(f"cannot open DuckDB file {path}: {exc}") from None
            _mark_wanted(path)
            waited = True
            time.sleep(0.05)
            continue
        if waited:
            wanted_path(path).unlink(missing_ok=True)
        return con


def _transaction(con: duckdb.DuckDBPyConnection, work: Callable[[Execute], T], what: str) -> T:
    try:
        con.begin()
        result = work(lambda sql, params: con.execute(sql, params).fetchall())
        con.commit()
        return result
    except duckdb.Error as exc:
        try:
            con.rollback()
        except duckdb.Error:
            pass  # the connection is dropped by the caller
        raise SinkError(f"{what} failed: {type(exc).__name__}: {exc}") from exc


class _Writer:
    """The thread that owns a file's held connection (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cond = threading.Condition()
        self.jobs: deque[tuple[Callable | None, Future]] = deque()
        self.running = False
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened = 0.0

    def run(self, job: Callable[[duckdb.DuckDBPyConnection], T] | None) -> T:
        """Run ``job(connection)`` on the writer thread; ``None`` closes the connection."""
        done: Future = Future()
        with self.cond:
            self.jobs.append((job, done))
            if not self.running:
                self.running = True
                threading.Thread(target=self._loop, name=f"duckdb-writer-{self.path.name}").start()
            self.cond.notify()
        return done.result()

    def _loop(self) -> None:
        while True:
            with self.cond:
                if not self.jobs:
                    self.cond.wait(timeout=IDLE_CLOSE_S)
                if not self.jobs:
                    self._close()
                    self.running = False
                    return
                job, done = self.jobs.popleft()
            try:
                if job is None:
                    self._close()
                    done.set_result(None)
                else:
                    done.set_result(job(self._connection()))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                self._close()  # reopened for the next write
                done.set_exception(exc)

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self.con is not None and _someone_waits(self.path):
            self._close()
            deadline = time.monotonic() + YIELD_WAIT_S
            while _someone_waits(self.path) and time.monotonic() < deadline:
                time.sleep(0.01)
        elif self.con is not None and time.monotonic() - self.opened > MAX_HOLD_S:
            self._close()
            time.sleep(HANDOVER_S)
        if self.con is None:
            self.con = _connect(self.path)
            self.opened = time.monotonic()
        return self.con

    def _close(self) -> None:
        if self.con is not None:
            con, self.con = self.con, None
            try:
                con.close()
            except duckdb.Error:
                pass


_WRITERS: dict[Path, _Writer] = {}
_WRITERS_LOCK = threading.Lock()


def _writer(path: Path) -> _Writer:
    key = path.resolve()
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, _Writer(path))


def in_transaction(path: Path, work: Callable[[Execute], T], what: str,
                   read_only: bool = False, hold: bool = False) -> T:
    """Run ``work(execute)`` in one transaction; a DuckDB error rolls back and becomes
    ``SinkError`` ("<what> failed: ..."). ``hold``: on this process's held connection to the
    file (the worker); otherwise on a connection opened for this call (other processes
    read between writes)."""
    if hold:  # reads too: this process's held connection is read-write
        return _writer(path).run(lambda con: _transaction(con, work, what))
    con = _connect(path, read_only=read_only)
    try:
        return _transaction(con, work, what)
    finally:
        con.close()


class DuckDbSink:
    def __init__(self, path: Path | str, k: int = 5, hold: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dialect = DuckDialect()
        self.k = k
        self.hold = hold
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
        return in_transaction(self.path, lambda execute: apply_batch(execute, self.dialect, batch), "DuckDB write",
                              hold=self.hold)

    def put_survey_stats(self, rows: list[tuple[str, str, str, int]]) -> None:
        """Survey cells of at least k respondents (absolute counts; cells below k are skipped)."""
        stmts = survey_statements(rows, self.k, self.dialect)
        if not stmts:
            return

        def work(execute: Execute) -> None:
            for sql, params in stmts:
                execute(sql, params)
        in_transaction(self.path, work, "DuckDB write", hold=self.hold)

    def published(self, view: str) -> tuple[list[str], list[tuple]]:
        def read(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[tuple]]:
            cur = con.execute(select_view(view))
            return [d[0] for d in cur.description], [tuple(r) for r in cur.fetchall()]

        if self.hold:  # this process may hold the file read-write: read on that connection
            return _writer(self.path).run(read)
        con = _connect(self.path, read_only=True)
        try:
            return read(con)
        finally:
            con.close()

    def close(self) -> None:
        """Release the held connection (checkpoint), if any."""
        if self.hold:
            _writer(self.path).run(None)
