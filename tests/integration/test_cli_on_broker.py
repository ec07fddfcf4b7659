"""CLI behaviour on the real broker: connect timeout, consume only new records, lag with
the group's state and members."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from streams.publisher import Publisher
from streams.testing import ROOT, WorkerProcess


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "talentguard.cli", *args], text=True, capture_output=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_when_the_broker_is_unreachable_then_every_command_says_so_within_its_connect_timeout() -> None:
    port = _closed_port()
    started = time.monotonic()
    cli("lag", "--help")
    start_cost = time.monotonic() - started  # the interpreter and imports, slow on a loaded machine
    for args in (("consume", "candidate-events"), ("lag",), ("topics", "create")):
        started = time.monotonic()
        result = cli(*args, "--bootstrap", f"127.0.0.1:{port}")
        took = time.monotonic() - started
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "Traceback" not in result.stderr, args
        assert took - start_cost < 7 + 8, (args, took, start_cost)  # 7 s connect timeout (was 30); slack for load
    started = time.monotonic()
    result = cli("lag", "--bootstrap", f"127.0.0.1:{port}", "--connect-timeout", "1")
    took = time.monotonic() - started
    assert result.returncode == 2 and took - start_cost < 1 + 7, (took, start_cost)


def test_when_consume_runs_without_from_beginning_then_it_prints_only_records_published_after_it_started(
    bootstrap: str
) -> None:
    tag = uuid.uuid4().hex[:8]
    with Publisher(bootstrap, linger_ms=50) as pub:  # one batch of old records (Tansu's end offset is wrong there)
        for i in range(30):
            pub.publish("client-events", {"type": "ClientContractStarted", "client_id": f"old-{tag}-{i}"})

    def publish_later() -> None:
        time.sleep(8)
        with Publisher(bootstrap) as pub:
            pub.publish("client-events", {"type": "ClientContractStarted", "client_id": f"new-{tag}"})

    thread = threading.Thread(target=publish_later)
    thread.start()
    try:
        result = cli("consume", "client-events", "--bootstrap", bootstrap, "--timeout", "15")
    finally:
        thread.join()
    mine = [json.loads(line)["client_id"] for line in result.stdout.splitlines() if tag in line]
    assert mine == [f"new-{tag}"], result.stderr


PROCESSORS = ("candidate-events", "consent-gate", "analytics", "audit-archive")


def test_when_lag_is_asked_then_it_shows_the_group_state_and_its_members(
    bootstrap: str, worker: WorkerProcess
) -> None:
    deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
    while True:
        out = json.loads(cli("lag", "--bootstrap", bootstrap, "--group", worker.group, "--json").stdout)
        (group,) = out["groups"]
        # one consumer per processor: candidate events, consent gate, analytics, audit archive
        if group["state"] == "Stable" and len(group["members"]) == len(PROCESSORS) and \
                all(any(f"-{name}-" in m for m in group["members"]) for name in PROCESSORS):
            break
        assert time.monotonic() < deadline, group
        time.sleep(1)
    assert all(m.startswith(worker.group) for m in group["members"])
    table = cli("lag", "--bootstrap", bootstrap, "--group", worker.group).stdout
    assert table.splitlines()[0].startswith(f"group {worker.group}: state Stable, {len(PROCESSORS)} member(s): ")
    # Not asserted: the state after a stop. Apache Kafka empties the group when its members
    # leave; Tansu 0.6 keeps listing them as Stable (measured: still 3 members 24 s after a
    # clean stop), so on the embedded broker `lag` cannot tell a stopped group by its members.
