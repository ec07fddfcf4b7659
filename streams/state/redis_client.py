"""Redis connection and key naming shared by every state store."""

from __future__ import annotations

import re
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import AsyncIterator, Callable

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import (AskError, ClusterDownError, MasterDownError, MovedError, NoPermissionError,
                              NoScriptError, OutOfMemoryError, ReadOnlyError, RedisError, ResponseError,
                              TryAgainError)
from redis.exceptions import TimeoutError as RedisTimeoutError

from talentguard.errors import StateInvalid, StateUnavailable

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


# error replies about the server's condition, not about the keys of one event: an outage
# (retried, fail closed). Every other error reply, WRONGTYPE above all, is about the data:
# invalid state. redis-py turns some codes into classes (and strips them from the message),
# the others stay in the message's first word.
SERVER_CONDITION_ERRORS: tuple[type[BaseException], ...] = (
    ReadOnlyError, NoScriptError, NoPermissionError, OutOfMemoryError, MasterDownError, TryAgainError,
    ClusterDownError, MovedError, AskError)
SERVER_CONDITIONS = frozenset({"LOADING", "BUSY", "READONLY", "MASTERDOWN", "MISCONF", "OOM", "TRYAGAIN",
                               "CLUSTERDOWN", "NOREPLICAS", "NOSCRIPT", "NOAUTH", "NOPERM", "WRONGPASS",
                               "MOVED", "ASK", "UNBLOCKED"})
_CODE = re.compile(r"[A-Z]{2,20}")


def reply_code(exc: BaseException) -> str:
    """The error reply's code (``WRONGTYPE``; ``ERR`` when redis-py stripped it), and only
    that: the rest may quote a pipeline's command with its arguments (keys, values)."""
    text = str(exc)
    if "caused error: " in text:   # redis-py: "Command # 2 (HSET key field value) of pipeline caused error: ..."
        text = text.split("caused error: ", 1)[1]
    first = text.split(" ", 1)[0] if text else ""
    return first if _CODE.fullmatch(first) else "ERR"


def is_invalid_state(exc: BaseException) -> bool:
    """A Redis error reply about the data (wrong type or value), as opposed to an outage."""
    return (isinstance(exc, ResponseError) and not isinstance(exc, SERVER_CONDITION_ERRORS)
            and reply_code(exc) not in SERVER_CONDITIONS)


@asynccontextmanager
async def state_errors(what: str) -> AsyncIterator[None]:
    """Turn a Redis failure into ``StateUnavailable`` (an outage: retried, fail closed) or,
    for an error reply about the data such as WRONGTYPE, ``StateInvalid`` (retrying cannot
    help: the event is dead-lettered). Messages name what was being done and the reply
    code, never keys or values."""
    try:
        yield
    except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
        raise StateUnavailable(f"Redis unavailable while {what}: {type(exc).__name__}") from exc
    except RedisError as exc:
        if is_invalid_state(exc):
            raise StateInvalid(f"Redis holds invalid state while {what}: {reply_code(exc)}") from exc
        raise StateUnavailable(f"Redis error while {what}: {type(exc).__name__}") from exc
