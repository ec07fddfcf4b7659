"""SIGTERM is honoured in bounded time even while a store is down (pure: no broker).

Before: the runner waited for every stream, and a stream retrying a Redis write forever
(on purpose: an event is never skipped) made the stop wait forever too."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from streams.direct_runner import stop_within


def test_a_stream_stuck_on_a_store_is_cut_after_the_grace_and_a_finishing_one_is_not(
        caplog: pytest.LogCaptureFixture) -> None:
    finished: list[str] = []

    async def stuck() -> None:
        while True:   # a state write retried until Redis returns
            await asyncio.sleep(0.01)

    async def draining() -> None:
        await asyncio.sleep(0.05)   # its in-flight batches complete and are committed
        finished.append("committed")

    async def scenario() -> tuple[int, float]:
        streams = [asyncio.create_task(stuck()), asyncio.create_task(draining())]
        began = time.monotonic()
        cut = await stop_within(streams, [asyncio.create_task(stuck())], grace_s=0.5)
        return cut, time.monotonic() - began

    with caplog.at_level(logging.WARNING, logger="talentguard.worker"):
        cut, took = asyncio.run(scenario())
    assert cut == 1 and finished == ["committed"]
    assert 0.5 <= took < 5
    (line,) = [r.getMessage() for r in caplog.records if "worker stopped:" in r.getMessage()]
    assert "1 stream(s)" in line and "redelivered on restart" in line


def test_when_every_stream_finishes_then_nothing_is_cut_and_nothing_is_said(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> int:
        return await stop_within([asyncio.create_task(asyncio.sleep(0.01))], [], grace_s=5)

    with caplog.at_level(logging.WARNING, logger="talentguard.worker"):
        assert asyncio.run(scenario()) == 0
    assert not [r for r in caplog.records if "worker stopped:" in r.getMessage()]


class _Probe:
    def __init__(self) -> None:
        self.closed = 0

    async def close(self) -> None:
        self.closed += 1


class _Broken:
    name = "broken"

    async def close(self) -> None:
        raise ConnectionError("socket already gone")


def test_a_stopped_gate_closes_its_log_end_probe_and_a_failing_close_never_escapes(
        caplog: pytest.LogCaptureFixture) -> None:
    """Both engines call ``close_processor`` when a stream ends: the gate's probe holds its
    own broker connection (it was left open at shutdown before)."""
    from streams.processors.consent_gate import ConsentGate
    from streams.runtime import close_processor

    probe = _Probe()
    gate = ConsentGate.__new__(ConsentGate)  # only the close hook is exercised
    gate.log_end = probe
    asyncio.run(close_processor(gate))
    asyncio.run(close_processor(_Broken()))
    asyncio.run(close_processor(object()))  # no hook: nothing to do
    assert probe.closed == 1
    assert "broken: close failed (ConnectionError)" in caplog.text
