"""Small pieces several commands share: parsing ``--as-of`` and checking a DuckDB sink exists."""

from __future__ import annotations

from datetime import datetime, timezone

from talentguard.config import Settings
from talentguard.errors import ConfigError, SinkError


def parse_as_of(text: str | None) -> datetime:
    """``--as-of``: an ISO-8601 time (UTC when no zone is given), or now."""
    if not text:
        return datetime.now(timezone.utc)
    try:
        at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"--as-of: expected an ISO-8601 timestamp such as 2027-01-31T00:00:00Z, got {text!r}") from None
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def require_existing_sink(settings: Settings) -> None:
    """Readers must not create an empty DuckDB file on a mistyped path."""
    path = settings.duckdb_path
    if path is not None and not path.is_file():
        raise SinkError(f"no DuckDB file at {path} (from --sink / TALENTGUARD_SINK); the worker creates it "
                        f"on its first write: check the path, or run the worker first")
