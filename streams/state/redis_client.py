"""Redis connection and key naming shared by every state store."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from talentguard.errors import StateUnavailable

DEFAULT_PREFIX = "tg"


@dataclass(frozen=True)
class KeySpace:
    """All keys live under one prefix so tests (and tenants) can be isolated and cleaned."""

    prefix: str = DEFAULT_PREFIX

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))


def connect(url: str, *, timeout_s: float = 0.5) -> aioredis.Redis:
    """A client with short timeouts: a slow Redis must deny quickly, not stall the stream."""
    return aioredis.Redis.from_url(
        url,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        health_check_interval=5,
        decode_responses=False,
    )


@asynccontextmanager
async def state_errors(what: str) -> AsyncIterator[None]:
    """Turn any Redis failure into ``StateUnavailable`` naming what was being done."""
    try:
        yield
    except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
        raise StateUnavailable(f"Redis unavailable while {what}: {type(exc).__name__}") from exc
    except RedisError as exc:
        raise StateUnavailable(f"Redis error while {what}: {type(exc).__name__}") from exc
