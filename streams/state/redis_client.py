"""Redis connection and key naming shared by every state store."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import AsyncIterator, Callable

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from talentguard.errors import StateUnavailable

DEFAULT_PREFIX = "tg"


@dataclass(frozen=True)
class KeySpace:
    """All keys live under one prefix so tests (and tenants) can be isolated and cleaned.

    Keys about one candidate are named by the candidate's keyed pseudonym
    (``Keyring.subject_pseudonym``), never the id: what is left after an erasure (the erased
    marker, audit heads, notice markers) names nobody, and without the keyring's pseudonym
    key nobody can test a guessed id against a key name. ``namer`` defaults to the process
    keyring (``TALENTGUARD_KEYS_DIR``).
    """

    prefix: str = DEFAULT_PREFIX
    namer: Callable[[str], str] | None = field(default=None, compare=False, repr=False)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def subject_name(self, candidate_id: str) -> str:
        """The keyed pseudonym naming ``candidate_id`` in Redis (``s_`` + 32 hex). Memoised: a
        share request names its subject in ~6 keys, and an HMAC costs more than a lookup."""
        cached = self.__dict__.get("_cached_namer")
        if cached is None:
            namer = self.namer
            if namer is None:
                from talentguard.keyring import default_keyring

                namer = default_keyring().subject_pseudonym
                object.__setattr__(self, "namer", namer)
            cached = lru_cache(maxsize=65_536)(namer)
            object.__setattr__(self, "_cached_namer", cached)
        return cached(candidate_id)

    def subject_key(self, kind: str, candidate_id: str) -> str:
        """``PREFIX:KIND:PSEUDONYM``: the one way every store names a per-candidate key."""
        return self.key(kind, self.subject_name(candidate_id))


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
