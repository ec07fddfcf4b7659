"""What analysts may read: the published (k-suppressed) views, nothing else.

PostgreSQL: ``grant_analyst(dsn, role)`` creates a LOGIN role (idempotent) that may SELECT
the ``*_published`` views and nothing else: no table, no ``sink_settings`` (so no reader
can change k), no CREATE in the schema. Views run with their owner's rights, so the role
reads them without any right on the tables behind them.

DuckDB has no roles: ``publish_duckdb(path, out)`` writes a separate file holding ONLY the
published views, as plain tables of cells of at least k (the suppression is applied when
the file is written). Hand analysts that file (read-only mount, copy); never the sink file.
The worker rewrites it on its timer (``TALENTGUARD_PUBLISHED_PATH``, default
``<sink>.published.duckdb``); the swap is atomic (write a temporary file, then rename).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sinks.base import VIEWS
from talentguard.errors import ConfigError, SinkError

ENV_PUBLISHED_PATH = "TALENTGUARD_PUBLISHED_PATH"
DEFAULT_ROLE = "talentguard_analyst"
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def published_path(sink_path: Path, env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    raw = env.get(ENV_PUBLISHED_PATH)
    return Path(raw) if raw else sink_path.with_name(sink_path.stem + ".published.duckdb")


def publish_duckdb(sink_path: Path, out: Path, read_only: bool = True) -> dict[str, int]:
    """Copy every published view of the sink into ``out`` (tables); returns rows per view.
    ``read_only=False`` inside the worker: DuckDB shares one instance per file and process
    only between connections of the same configuration (the sink's writes are read-write)."""
    import duckdb

    from sinks.duckdb_sink import _connect  # same lock retry as the sink

    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    src = _connect(sink_path, read_only=read_only)
    try:
        dst = duckdb.connect(str(tmp))
        try:
            for view in VIEWS.values():
                cur = src.execute(f"SELECT * FROM {view}")
                cols = [d[0] for d in cur.description]
                rows = cur.fetchall()
                types = [r[1] for r in src.execute(f"DESCRIBE {view}").fetchall()]
                dst.execute(f"CREATE TABLE {view} (" + ", ".join(f"{c} {t}" for c, t in zip(cols, types)) + ")")
                if rows:
                    dst.executemany(f"INSERT INTO {view} VALUES ({', '.join('?' for _ in cols)})", rows)
                counts[view] = len(rows)
        finally:
            dst.close()
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise SinkError(f"cannot write the published file {out}: {type(exc).__name__}") from None
    finally:
        src.close()
    os.replace(tmp, out)
    return counts


def grant_analyst(dsn: str, role: str = DEFAULT_ROLE) -> None:
    """Create (if needed) ``role`` and let it read the published views only."""
    import psycopg

    if not _ROLE.match(role):
        raise ConfigError(f"--role: expected a lower-case SQL name (letters, digits, _), got {role!r}")
    try:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(72617)")  # same lock as the sink's setup
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                if not exists:
                    conn.execute(f'CREATE ROLE "{role}" LOGIN')
                conn.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"')
                conn.execute(f'REVOKE CREATE ON SCHEMA public FROM "{role}"')
                conn.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
                for view in VIEWS.values():
                    conn.execute(f'GRANT SELECT ON {view} TO "{role}"')
    except psycopg.Error as exc:
        raise SinkError(f"cannot set up the analyst role on PostgreSQL: {type(exc).__name__}: "
                        f"{str(exc).splitlines()[0] if str(exc) else ''}") from None
