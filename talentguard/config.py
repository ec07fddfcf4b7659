"""Settings: one frozen object built from environment variables and CLI flags.

Every command reads the same four settings. A flag wins over its environment variable,
which wins over the default. Values are validated here so that a bad one produces one
clear line naming the setting (``ConfigError``), never a traceback deep in a client.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

from talentguard.errors import ConfigError

ENV_BOOTSTRAP = "TALENTGUARD_BOOTSTRAP"
ENV_REDIS_URL = "TALENTGUARD_REDIS_URL"
ENV_SINK = "TALENTGUARD_SINK"
ENV_POLICY = "TALENTGUARD_POLICY"
ENV_K = "TALENTGUARD_K"
ENV_STATE_PREFIX = "TALENTGUARD_STATE_PREFIX"
ENV_MAX_CV_CHARS = "TALENTGUARD_MAX_CV_CHARS"
ENV_MAX_CLOCK_SKEW_S = "TALENTGUARD_MAX_CLOCK_SKEW_S"
ENV_GATE_WAIT_MS = "TALENTGUARD_GATE_WAIT_MS"
ENV_CONNECT_TIMEOUT = "TALENTGUARD_CONNECT_TIMEOUT"
DEFAULT_CONNECT_TIMEOUT_S = 7.0

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
DEFAULT_SINK = "duckdb:data/talentguard.duckdb"
DEFAULT_POLICY = "default"
DEFAULT_K = 5
DEFAULT_STATE_PREFIX = "tg"
DEFAULT_MAX_CV_CHARS = 100_000     # ~30 pages; longer CVs go to dead-letter (sanitising cost grows with length)
DEFAULT_MAX_CLOCK_SKEW_S = 300.0   # occurred_at may be this far ahead of the broker timestamp
DEFAULT_GATE_WAIT_MS = 2_000       # how long a share request may wait for candidate state to catch up

_HOST_PORT = re.compile(r"^\[?[A-Za-z0-9_.:-]+\]?:\d{1,5}$")


def _mask(url: str) -> str:
    """Hide a password in a URL so error messages never print secrets."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


def validate_bootstrap(value: str) -> str:
    """``host:port[,host:port...]``; returns the value stripped."""
    servers = [s.strip() for s in value.split(",") if s.strip()]
    if not servers or not all(_HOST_PORT.match(s) for s in servers):
        raise ConfigError(
            f"{ENV_BOOTSTRAP} / --bootstrap: expected host:port[,host:port...], got {value!r}"
        )
    for server in servers:
        port = int(server.rsplit(":", 1)[1])
        if not 0 < port < 65536:
            raise ConfigError(f"{ENV_BOOTSTRAP} / --bootstrap: port {port} is out of range")
    return ",".join(servers)


def validate_redis_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("redis", "rediss", "unix") or (parts.scheme != "unix" and not parts.hostname):
        raise ConfigError(
            f"{ENV_REDIS_URL} / --redis-url: expected redis://host:port/db, got {_mask(value)!r}"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ConfigError(f"{ENV_REDIS_URL} / --redis-url: bad port in {_mask(value)!r}") from None
    db = parts.path.lstrip("/")
    if parts.scheme != "unix" and db and not db.isdigit():
        raise ConfigError(f"{ENV_REDIS_URL} / --redis-url: database must be a number, got {db!r}")
    return value


def validate_sink(value: str) -> str:
    if value.startswith("duckdb:"):
        path = value[len("duckdb:"):]
        if not path:
            raise ConfigError(f"{ENV_SINK} / --sink: duckdb: needs a file path, e.g. duckdb:data/stats.duckdb")
        return value
    if value.startswith(("postgresql://", "postgres://")):
        if not urlsplit(value).hostname and "host=" not in value:
            raise ConfigError(f"{ENV_SINK} / --sink: PostgreSQL DSN has no host: {_mask(value)!r}")
        return value
    raise ConfigError(
        f"{ENV_SINK} / --sink: expected duckdb:PATH or postgresql://..., got {_mask(value)!r}"
    )


def validate_k(value: str | int) -> int:
    try:
        k = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{ENV_K} / --k: expected a whole number >= 1, got {value!r}") from None
    if k < 1:
        raise ConfigError(f"{ENV_K} / --k: expected a whole number >= 1, got {k}")
    return k


def validate_number(name: str, value: str | float, *, minimum: float, integer: bool = False) -> float:
    """A number >= ``minimum`` for the setting ``name`` (one clear line otherwise)."""
    try:
        number = int(value) if integer else float(value)
    except (TypeError, ValueError):
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{name}: expected {kind} >= {minimum:g}, got {value!r}") from None
    if not number >= minimum:  # also refuses NaN
        raise ConfigError(f"{name}: expected a value >= {minimum:g}, got {value!r}")
    return number


def validate_connect_timeout(value: str | float) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{ENV_CONNECT_TIMEOUT} / --connect-timeout: expected seconds, got {value!r}") from None
    if not 0.5 <= seconds <= 600:
        raise ConfigError(f"{ENV_CONNECT_TIMEOUT} / --connect-timeout: expected 0.5-600 seconds, got {seconds:g}")
    return seconds


def validate_prefix(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", value):
        raise ConfigError(f"{ENV_STATE_PREFIX}: expected 1-64 letters, digits, '_', '.', '-', got {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """Validated settings shared by every command. ``bootstrap=None`` means embedded broker."""

    bootstrap: str | None = None
    redis_url: str = DEFAULT_REDIS_URL
    sink: str = DEFAULT_SINK
    policy: str = DEFAULT_POLICY
    k: int = DEFAULT_K
    state_prefix: str = DEFAULT_STATE_PREFIX
    max_cv_chars: int = DEFAULT_MAX_CV_CHARS
    max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S
    gate_wait_ms: int = DEFAULT_GATE_WAIT_MS
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S
    extra: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:  # secrets masked
        return (
            f"Settings(bootstrap={self.bootstrap!r}, redis_url={_mask(self.redis_url)!r}, "
            f"sink={_mask(self.sink)!r}, policy={self.policy!r}, k={self.k})"
        )

    @property
    def sink_is_postgres(self) -> bool:
        return self.sink.startswith(("postgresql://", "postgres://"))

    @property
    def duckdb_path(self) -> Path | None:
        return Path(self.sink[len("duckdb:"):]) if self.sink.startswith("duckdb:") else None

    @classmethod
    def load(
        cls,
        *,
        env: Mapping[str, str] | None = None,
        bootstrap: str | None = None,
        redis_url: str | None = None,
        sink: str | None = None,
        policy: str | None = None,
        k: int | str | None = None,
        connect_timeout: float | str | None = None,
    ) -> "Settings":
        """Flags (keyword arguments) win over environment variables, which win over defaults."""
        env = os.environ if env is None else env
        raw_bootstrap = bootstrap or env.get(ENV_BOOTSTRAP) or None
        return cls(
            bootstrap=validate_bootstrap(raw_bootstrap) if raw_bootstrap else None,
            redis_url=validate_redis_url(redis_url or env.get(ENV_REDIS_URL) or DEFAULT_REDIS_URL),
            sink=validate_sink(sink or env.get(ENV_SINK) or DEFAULT_SINK),
            policy=(policy or env.get(ENV_POLICY) or DEFAULT_POLICY).strip(),
            k=validate_k(k if k is not None else env.get(ENV_K, DEFAULT_K)),
            state_prefix=validate_prefix(env.get(ENV_STATE_PREFIX) or DEFAULT_STATE_PREFIX),
            max_cv_chars=int(validate_number(ENV_MAX_CV_CHARS, env.get(ENV_MAX_CV_CHARS) or DEFAULT_MAX_CV_CHARS,
                                             minimum=1, integer=True)),
            max_clock_skew_s=validate_number(ENV_MAX_CLOCK_SKEW_S,
                                             env.get(ENV_MAX_CLOCK_SKEW_S) or DEFAULT_MAX_CLOCK_SKEW_S, minimum=0),
            gate_wait_ms=int(validate_number(ENV_GATE_WAIT_MS, env.get(ENV_GATE_WAIT_MS) or DEFAULT_GATE_WAIT_MS,
                                             minimum=0, integer=True)),
            connect_timeout_s=validate_connect_timeout(
                connect_timeout if connect_timeout is not None
                else env.get(ENV_CONNECT_TIMEOUT) or DEFAULT_CONNECT_TIMEOUT_S),
        )
