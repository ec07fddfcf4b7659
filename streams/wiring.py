"""Builds each processor with its real dependencies (Redis, sinks, sanitiser, policy)."""

from __future__ import annotations

from typing import Awaitable, Callable

from schemas import catalogue as cat
from schemas.codec import default_codec
from streams.processor import Counters, Processor
from streams.processors.validate import ValidatingProcessor
from talentguard.clock import SystemClock
from talentguard.config import Settings


def build_all(settings: Settings, counters: Counters) -> list[Processor]:
    codec, clock = default_codec(), SystemClock()
    return [ValidatingProcessor(topic, codec, clock, counters) for topic in cat.INPUT_TOPICS]


def build_timers(settings: Settings, counters: Counters, sweep_interval_s: float) -> list[tuple[float, Callable[[], Awaitable[None]]]]:
    """Periodic jobs (the retention sweep) run inside the worker: (interval, coroutine fn)."""
    return []
