"""Shipped testing parts: a worker subprocess, a topic tail, free ports.

Used by the integration tests and by the benchmark, so both drive the real worker the
same way a user does (``talentguard worker`` in its own process) instead of mocks.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Callable

from kafka import KafkaConsumer, TopicPartition

from schemas.codec import Event, default_codec
from talentguard.errors import SchemaError

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# keyring directories of the workers started by this process: their dead letters are sealed
# with those keyrings' dead-letter keys (tests may give a worker a keyring of its own)
KNOWN_KEY_DIRS: set[str] = set()


def opened_dead_letter(event: Event) -> Event:
    """A sealed DeadLetter with its original ``key`` and ``value`` filled in (base64, as v1
    letters had them), opened with the process keyring or a keyring of a worker started here:
    what tests compare. A letter none of them opens stays sealed (``key``/``value`` None)."""
    from anonymiser.crypto_shred import Shredded
    from streams.envelope import open_dead_letter
    from talentguard.keyring import default_keyring, load_keyring

    keys = [default_keyring().dead_letter_key] + [load_keyring(d).dead_letter_key for d in sorted(KNOWN_KEY_DIRS)]
    try:
        key, value = open_dead_letter(event, keys)
    except Shredded:
        return event
    return {**event, "key": base64.b64encode(key).decode() if key is not None else None,
            "value": base64.b64encode(value).decode() if value is not None else None}


class TopicTail:
    """Reads a topic incrementally from the beginning; decoded events accumulate in ``seen``
    (dead letters opened, see ``opened_dead_letter``)."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.topic = topic
        self.codec = default_codec()
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
        parts = [TopicPartition(topic, p) for p in sorted(self.consumer.partitions_for_topic(topic) or [])]
        assert parts, f"topic {topic} does not exist"
        self.consumer.assign(parts)
        self.consumer.seek_to_beginning(*parts)
        self.seen: list[tuple[bytes | None, Event | None]] = []  # (key, event or None for a tombstone)
        self.undecodable = 0

    def poll(self) -> None:
        for records in self.consumer.poll(timeout_ms=100, max_records=5000).values():
            for r in records:
                if r.value is None:
                    self.seen.append((r.key, None))  # tombstone
                    continue
                try:
                    event = self.codec.decode(r.value)
                except SchemaError:
                    self.undecodable += 1
                    continue
                if event.get("type") == "DeadLetter" and event.get("sealed"):
                    event = opened_dead_letter(event)
                self.seen.append((r.key, event))

    def wait_for(self, predicate: Callable[[Event], bool], count: int = 1, timeout: float = 120.0) -> list[Event]:
        """Poll until ``count`` events match. The deadline only bounds a failure (a match
        returns at once): generous, because a tail first reads the shared broker's whole
        history and CI runs on a busy 2-core machine (30 s timed out there)."""
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            found = [e for _, e in self.seen if e is not None and predicate(e)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.topic}: wanted {count} matching event(s), saw {len(found)} in {timeout}s")

    def matching(self, predicate: Callable[[Event], bool], settle: float = 1.0) -> list[Event]:
        """Everything matching after a quiet period (to assert that something did NOT happen)."""
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            self.poll()
        return [e for _, e in self.seen if e is not None and predicate(e)]

    def close(self) -> None:
        self.consumer.close()


class WorkerProcess:
    """``talentguard worker`` in a subprocess, with its own group, state prefix and sink."""

    def __init__(self, bootstrap: str, *, group: str, env: dict[str, str], log_path: Path,
                 extra_args: tuple[str, ...] = (), web_port: int | None = None,
                 web_host: str = "127.0.0.1") -> None:
        self.bootstrap, self.group, self.log_path = bootstrap, group, log_path
        self.env = {**os.environ, **env}
        if self.env.get("TALENTGUARD_KEYS_DIR"):
            KNOWN_KEY_DIRS.add(self.env["TALENTGUARD_KEYS_DIR"])
        self.args = extra_args
        self.web_port = web_port if web_port is not None else free_port()
        self.web_host = web_host
        self.proc: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "talentguard.cli", "worker", "--bootstrap", self.bootstrap,
             "--group", self.group, "--metrics-host", self.web_host, "--metrics-port", str(self.web_port),
             *self.args],
            cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True)
        return self

    def wait_ready(self, dead_letters: TopicTail, timeout: float = 180.0) -> None:
        """Ready = a probe sent to candidate-events came back as a dead letter. Generous
        deadline: a new group first reads the shared broker's history (busy CI machine)."""
        from streams.publisher import Publisher

        key = f"probe-{uuid.uuid4()}".encode()
        with Publisher(self.bootstrap) as pub:
            pub.send_raw("candidate-events", key, b"probe: not avro")
        b64 = base64.b64encode(key).decode()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None and self.proc.poll() is None, f"worker exited, see {self.log_path}"
            dead_letters.poll()
            if any(e is not None and e.get("key") == b64 for _, e in dead_letters.seen):
                return
        raise AssertionError(f"worker not ready after {timeout}s, see {self.log_path}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, sig)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)

    def metrics(self) -> dict[str, float]:
        """The worker's /metrics page as {"name{labels}": value} (counters only, no payloads)."""
        import urllib.request

        host = "127.0.0.1" if self.web_host in ("0.0.0.0", "::") else self.web_host
        with urllib.request.urlopen(f"http://{host}:{self.web_port}/metrics", timeout=5) as resp:
            text = resp.read().decode()
        return {name: float(value) for name, value in
                (line.rsplit(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))}

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


class RedisServer:
    """A redis-server of the caller's own, on its own port, with an append-only file so a
    restart keeps the state (like a production Redis would). Used by the fail-closed test
    and the fault campaign to stop and restart Redis without touching the shared one."""

    def __init__(self, workdir: Path) -> None:
        self.port, self.dir = free_port(), workdir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15.0) -> None:
        import redis

        binary = shutil.which("redis-server")
        assert binary, "redis-server is required (apt-get install redis-server)"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "yes", "--dir", str(self.dir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                client.ping()
                return
            except redis.RedisError:
                time.sleep(0.05)
        raise AssertionError(f"own redis-server did not start on port {self.port} within {timeout}s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
