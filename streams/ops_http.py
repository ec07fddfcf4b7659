"""The worker's HTTP endpoints for ops, shared by both engines (direct and Faust).

- ``/metrics``: Prometheus text from prometheus-client (``streams.metrics``), plus the
  group's consumer lag per input topic, refreshed in the background;
- ``/healthz``: 200 while the process and its event loop answer (liveness);
- ``/readyz``: 200 once the engine has started consuming, 503 before that and while it
  stops (readiness: take it out of rotation, do not restart it).

The listening socket is bound *before* the engine starts (``bind_ops_socket``), so a
taken port is one clear line naming it instead of a traceback from deep in aiohttp or
Faust. Address and port are settings (flag > environment variable > default); port 0
turns the endpoints off.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Mapping

from aiohttp import web
from prometheus_client import generate_latest

from streams.metrics import CONTENT_TYPE, GaugeCollector, build_registry
from streams.processor import Counters
from talentguard.errors import ConfigError

log = logging.getLogger("talentguard.ops")

ENV_METRICS_HOST = "TALENTGUARD_METRICS_HOST"
ENV_METRICS_PORT = "TALENTGUARD_METRICS_PORT"
DEFAULT_METRICS_HOST = "127.0.0.1"
DEFAULT_METRICS_PORT = 6066
LAG_REFRESH_S = 15.0


@dataclass(frozen=True)
class MetricsAddress:
    host: str
    port: int  # 0 = off

    @property
    def enabled(self) -> bool:
        return self.port != 0

    def __str__(self) -> str:
        return f"{self.host}:{self.port}" if self.enabled else "off"


def resolve_metrics_address(host: str | None = None, port: int | str | None = None,
                            env: Mapping[str, str] | None = None) -> MetricsAddress:
    """Flag > ``TALENTGUARD_METRICS_HOST``/``_PORT`` > 127.0.0.1:6066. Port 0 = off."""
    env = os.environ if env is None else env
    raw_port = port if port is not None else env.get(ENV_METRICS_PORT, DEFAULT_METRICS_PORT)
    try:
        value = int(raw_port)
    except (TypeError, ValueError):
        raise ConfigError(f"{ENV_METRICS_PORT} / --metrics-port: expected a port number (0 = off), "
                          f"got {raw_port!r}") from None
    if not 0 <= value < 65536:
        raise ConfigError(f"{ENV_METRICS_PORT} / --metrics-port: port {value} is out of range (0-65535)")
    chosen = (host or env.get(ENV_METRICS_HOST) or DEFAULT_METRICS_HOST).strip()
    if not chosen:
        raise ConfigError(f"{ENV_METRICS_HOST} / --metrics-host: empty address")
    return MetricsAddress(chosen, value)


def bind_ops_socket(address: MetricsAddress) -> socket.socket | None:
    """Bind and listen now (None when off); a taken port or a bad address is a ConfigError."""
    if not address.enabled:
        return None
    try:
        infos = socket.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise ConfigError(f"{ENV_METRICS_HOST} / --metrics-host: cannot resolve {address.host!r}") from None
    family, _, _, _, sockaddr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(sockaddr)
        sock.listen(64)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"metrics port {address.port} on {address.host} is already in use (another "
                              f"worker?); choose another with --metrics-port / {ENV_METRICS_PORT}, or 0 to "
                              f"turn the metrics endpoint off") from None
        raise ConfigError(f"cannot listen on {address.host}:{address.port} for metrics: "
                          f"{exc.strerror or exc}") from None
    sock.setblocking(False)
    return sock


class LagProbe:
    """The group's lag per input topic, read from the broker every ``interval`` seconds in
    a thread (the read blocks; it must not stall the event loop). Exposed as the gauge
    ``talentguard_consumer_lag{topic}`` so that alerts need no separate Kafka exporter."""

    def __init__(self, bootstrap: str, group: str, interval: float = LAG_REFRESH_S) -> None:
        self.bootstrap, self.group, self.interval = bootstrap, group, interval
        # kafka-python logs "Metadata refresh failed: Cancelled" at ERROR whenever a short-lived
        # client closes; the probe's clients close every interval, so that line would flood the log
        logging.getLogger("kafka.cluster").setLevel(logging.CRITICAL)
        self.lag: dict[str, float] = {}
        self.updated_at: float | None = None

    def refresh(self) -> None:
        from streams.lag import group_lag

        per_topic: dict[str, float] = {}
        for row in group_lag(self.bootstrap, [self.group]):
            per_topic[row.topic] = per_topic.get(row.topic, 0) + row.lag
        self.lag, self.updated_at = per_topic, time.time()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                await loop.run_in_executor(None, self.refresh)
            except Exception as exc:  # noqa: BLE001 - a failed probe is retried; the gauge ages
                log.warning("lag probe failed (%s); retrying in %.0f s", type(exc).__name__, self.interval)
            await asyncio.sleep(self.interval)


class OpsServer:
    """/metrics, /healthz and /readyz on a socket bound beforehand (``bind_ops_socket``)."""

    def __init__(self, sock: socket.socket, counters: Counters, lag: LagProbe | None = None) -> None:
        self.sock, self.counters, self.lag = sock, counters, lag
        self.ready = False
        self.reason = "starting"
        self.registry = build_registry(counters, extra=[GaugeCollector(self._gauges)])
        self._runner: web.AppRunner | None = None
        self._lag_task: asyncio.Task | None = None

    @property
    def port(self) -> int:
        return self.sock.getsockname()[1]

    def _gauges(self) -> dict[str, tuple[str, str | None, Mapping[str, float]]]:
        gauges: dict[str, tuple[str, str | None, Mapping[str, float]]] = {
            "ready": ("1 once the engine consumes, 0 while starting or stopping", None,
                      {"": 1.0 if self.ready else 0.0}),
        }
        if self.lag is not None:
            gauges["consumer_lag"] = ("messages not yet processed by this worker's group, per input topic "
                                      "(true log end - committed offset)", "topic", self.lag.lag)
            age = time.time() - self.lag.updated_at if self.lag.updated_at else -1.0
            gauges["consumer_lag_age_seconds"] = ("seconds since the lag gauge was read (-1: never)", None,
                                                  {"": age})
        return gauges

    def mark_ready(self, ready: bool = True, reason: str = "") -> None:
        self.ready, self.reason = ready, reason

    async def _metrics(self, _request: web.Request) -> web.Response:
        body = generate_latest(self.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, _request: web.Request) -> web.Response:
        if self.ready:
            return web.Response(text="ready\n")
        return web.Response(status=503, text=f"not ready: {self.reason or 'starting'}\n")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.SockSite(self._runner, self.sock).start()
        if self.lag is not None:
            self._lag_task = asyncio.create_task(self.lag.run())

    async def stop(self) -> None:
        self.mark_ready(False, "stopping")
        if self._lag_task is not None:
            self._lag_task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
