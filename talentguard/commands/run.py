"""`talentguard run`: the whole pipeline on one machine with simulated traffic (`make run`)."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from streams import broker as embedded
from streams.app import APP_ID
from streams.ops_http import resolve_metrics_address
from streams.summary import LagTrend, lag_warning, render, snapshot
from talentguard.commands.simulate import pick_seed
from talentguard.commands.worker import add_metrics_flags
from streams.topics import ensure_topics
from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "run", help="broker + worker + simulated traffic, with a live summary",
        description="Run the pipeline's main job on the embedded default (embedded in-memory broker "
                    "unless --bootstrap, the local Redis, a DuckDB sink) with simulated platform "
                    "traffic, printing a summary every few seconds until Ctrl-C or --duration.")
    p.add_argument("--rate", type=float, default=200.0, help="simulated events per second (default 200)")
    p.add_argument("--seed", type=int, default=None, metavar="S",
                   help="simulator seed (default: a new one per run, so event ids differ)")
    p.add_argument("--duration", type=float, default=None, metavar="S", help="stop after S seconds")
    p.add_argument("--every", type=float, default=3.0, metavar="S", help="summary interval (default 3 s)")
    p.add_argument("--reuse-broker", action="store_true",
                   help="use the embedded broker already running (default: a fresh one per run, because "
                        "the embedded broker never deletes records and slows down as they pile up)")
    add_metrics_flags(p, "the worker")
    p.set_defaults(func=run)


def _spawn(args: list[str], log: Path) -> subprocess.Popen:
    log.parent.mkdir(parents=True, exist_ok=True)
    out = open(log, "ab")
    return subprocess.Popen([sys.executable, "-m", "talentguard.cli", *args], stdout=out, stderr=out,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _last_line(log: Path) -> str:
    try:
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1].strip() if lines else ""


def _cpu_of(pid: int | None):  # noqa: ANN202 - a psutil.Process or None
    """The embedded broker's process, to say how busy it is when lag grows."""
    if pid is None:
        return None
    try:
        import psutil

        proc = psutil.Process(pid)
        proc.cpu_percent(None)  # first call primes the counter
        return proc
    except Exception:  # noqa: BLE001 - only informative
        return None


def _cores(proc) -> float | None:  # noqa: ANN001 - psutil.Process or None
    try:
        return proc.cpu_percent(None) / 100 if proc is not None else None
    except Exception:  # noqa: BLE001 - the process ended: only informative
        return None


def run(args: argparse.Namespace, settings: Settings) -> int:
    metrics = resolve_metrics_address(args.metrics_host, args.metrics_port)
    chosen = None
    broker_pid = None
    if settings.bootstrap:
        bootstrap = settings.bootstrap
    else:
        chosen = embedded.broker_for_run(reuse=args.reuse_broker)
        bootstrap, broker_pid = chosen.bootstrap, chosen.broker.pid if chosen.broker else None
        print(f"embedded broker on {bootstrap} (in-memory only; {chosen.note})")
    # a SIGTERM (a service manager, `kill`, a background job without SIGINT) stops the run
    # like Ctrl-C: worker, simulator and the run's own broker are stopped, not orphaned
    signal.signal(signal.SIGTERM, _interrupt)
    worker = simulator = None
    try:
        ensure_topics(bootstrap)
        common = ["--bootstrap", bootstrap, "--redis-url", settings.redis_url, "--sink", settings.sink,
                  "--policy", settings.policy, "--connect-timeout", str(settings.connect_timeout_s)]
        seed = pick_seed(args.seed)
        logs = Path("data") / "logs"
        worker = _spawn(["worker", *common, "--metrics-host", metrics.host, "--metrics-port", str(metrics.port)],
                        logs / "worker.log")
        simulator = _spawn(["simulate", *common, "--rate", str(args.rate), "--seed", str(seed)],
                           logs / "simulate.log")
        print(f"worker pid {worker.pid} (metrics: {metrics}), simulator pid {simulator.pid} (seed {seed}); "
              f"logs in {logs}/; Ctrl-C to stop")
        if not _watch(args, bootstrap, broker_pid, worker, logs):
            return 1
    except KeyboardInterrupt:
        pass
    finally:
        for proc in (simulator, worker):
            if proc is not None:
                _stop(proc)
        if chosen is not None:
            embedded.end_run_broker(chosen)
    print(f"stopped. Aggregates are in {settings.sink}; try `talentguard stats cohorts`.")
    return 0


def _watch(args: argparse.Namespace, bootstrap: str, broker_pid: int | None, worker: subprocess.Popen,
           logs: Path) -> bool:
    """Print the summary every ``--every`` seconds until ``--duration``; False if the worker died."""
    trend = LagTrend()
    broker_proc, worker_proc = _cpu_of(broker_pid), _cpu_of(worker.pid)
    begin = time.monotonic()
    prev = None
    while args.duration is None or time.monotonic() - begin < args.duration:
        time.sleep(min(args.every, max(0.1, (args.duration or 1e9) - (time.monotonic() - begin))))
        if worker.poll() is not None:
            print(f"worker exited with code {worker.returncode}: {_last_line(logs / 'worker.log')} "
                  f"(see {logs / 'worker.log'})", file=sys.stderr)
            return False
        cur = snapshot(bootstrap, APP_ID, time.monotonic())
        broker_cpu, worker_cpu = _cores(broker_proc), _cores(worker_proc)  # since the last snapshot
        usage = "  ".join(f"{name} cpu={cpu:.0%}" for name, cpu in (("broker", broker_cpu), ("worker", worker_cpu))
                          if cpu is not None)
        print(f"--- t={cur.at - begin:5.0f}s\n{render(prev, cur)}  {usage}".rstrip(), flush=True)
        if trend.add(cur.lag):
            print(lag_warning(trend.history[0], cur.lag, args.every * trend.window, broker_pid is not None,
                              broker_cpu, worker_cpu, stored=sum(cur.ends.values()), load=_load()), flush=True)
        prev = cur
    return True


def _load() -> float | None:
    """The machine's 1-minute load per core: a starved machine explains lag too."""
    try:
        return os.getloadavg()[0] / (os.cpu_count() or 1)
    except OSError:
        return None
