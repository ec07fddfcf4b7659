"""Measure how long the embedded default stays usable: one `talentguard run` on a fresh
embedded broker, broker and worker CPU, broker memory and worker lag sampled every 30 s.

Runs in its own scratch directory (its own data/, so its own embedded broker, DuckDB sink
and logs) with the code of ``--tree``, so the same command measures before and after a
change. Lag comes from the run's own summary lines (no extra probe load on the broker);
CPU is each process's CPU time over the 30 s window, in cores.
Usage: nice -n 5 python scripts/measure_embedded_run.py --tree . --duration 480 --rate 200
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

LAG = re.compile(r"worker lag=([\d,]+)")


def _cpu_s(proc: psutil.Process | None) -> float | None:
    try:
        t = proc.cpu_times()
        return t.user + t.system
    except Exception:  # noqa: BLE001 - not started yet or gone
        return None


def _worker(run: psutil.Process) -> psutil.Process | None:
    try:
        for child in run.children(recursive=True):
            if " worker " in " ".join(child.cmdline()) + " ":
                return child
    except psutil.Error:
        return None
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", default=".", help="source tree to run (PYTHONPATH)")
    ap.add_argument("--duration", type=float, default=480)
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--every", type=float, default=30)
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--extra", default="", help="extra arguments for `talentguard run`")
    args = ap.parse_args()
    tree = Path(args.tree).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="tg-embedded-run-"))
    env = {**os.environ, "PYTHONPATH": str(tree), "TALENTGUARD_REDIS_URL": args.redis_url,
           "TALENTGUARD_STATE_PREFIX": f"tgmeasure-{os.getpid()}"}
    out = open(scratch / "run.out", "w")
    cmd = [sys.executable, "-m", "talentguard.cli", "run", "--duration", str(args.duration), "--rate", str(args.rate),
           "--metrics-port", "0", *args.extra.split()]
    print(f"# {' '.join(cmd[1:])}  (tree {tree}, scratch {scratch})", flush=True)
    print(f"# uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}", flush=True)
    # the broker is started first and left running by the run (a run stops only a broker it
    # started), so that what 30 s samples cannot show is probed at the end: what one fetch
    # of a partition's last batch costs the broker after the run
    subprocess.run([sys.executable, "-m", "talentguard.cli", "broker", "--detach"], cwd=scratch, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    run = subprocess.Popen(cmd, cwd=scratch, env=env, stdout=out, stderr=subprocess.STDOUT)
    run_ps = psutil.Process(run.pid)
    broker = worker = None
    prev: dict[str, float | None] = {}
    begin = time.monotonic()
    print("t_s  broker_cores  worker_cores  broker_rss_mb  lag  load1", flush=True)
    while run.poll() is None:
        time.sleep(args.every - ((time.monotonic() - begin) % args.every))
        if broker is None:
            try:
                broker = psutil.Process(json.loads((scratch / "data" / "embedded-broker.json").read_text())["pid"])
            except (OSError, ValueError, KeyError, psutil.Error):
                broker = None
        worker = worker or _worker(run_ps)
        now = {"broker": _cpu_s(broker), "worker": _cpu_s(worker)}
        cores = {k: (v - prev[k]) / args.every if v is not None and prev.get(k) is not None else None
                 for k, v in now.items()}
        prev = now
        lags = LAG.findall((scratch / "run.out").read_text(errors="replace"))
        try:
            rss = broker.memory_info().rss / 2**20 if broker else None
        except psutil.Error:
            rss = None
        fmt = lambda v, f: format(v, f) if v is not None else "-"  # noqa: E731
        print(f"{time.monotonic() - begin:4.0f}  {fmt(cores['broker'], '.2f'):>12}  {fmt(cores['worker'], '.2f'):>12}  "
              f"{fmt(rss, '.0f'):>13}  {lags[-1] if lags else '-':>6}  {os.getloadavg()[0]:.2f}", flush=True)
    print(f"# exit {run.returncode}; uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    try:
        probe = subprocess.run([sys.executable, "-c", PROBE, str(broker.pid)], cwd=scratch, env=env,
                               capture_output=True, text=True, timeout=300)
        print(probe.stdout.strip() or probe.stderr.strip()[-500:])
    finally:
        subprocess.run([sys.executable, "-m", "talentguard.cli", "broker", "--stop"], cwd=scratch, env=env)
    return run.returncode


PROBE = """
import statistics, sys, time, psutil
from kafka import KafkaConsumer, TopicPartition
from streams.broker import running_broker
from streams.lag import true_end_offsets
proc = psutil.Process(int(sys.argv[1]))
cpu = lambda: sum(proc.cpu_times()[:2])
c = KafkaConsumer(bootstrap_servers=running_broker().bootstrap, group_id=None, enable_auto_commit=False)
for topic in ("candidate-events", "client-events", "analytics-events", "client-profiles", "privacy-audit"):
    tps = [TopicPartition(topic, p) for p in sorted(c.partitions_for_topic(topic))]
    ends = true_end_offsets(c, tps)
    walls, c0, n = [], cpu(), 0
    for tp in tps:  # one partition per fetch, so nothing comes from another partition's prefetch
        c.assign([tp])
        for _ in range(5):
            c.seek(tp, max(ends[tp] - 1, 0)); t0 = time.perf_counter()
            got = c.poll(timeout_ms=3000, max_records=1); walls.append((time.perf_counter() - t0) * 1000); n += 1
    print(f"# {topic}: {sum(ends.values()):,} records in {len(tps)} partitions; fetch of a partition's last record: "
          f"median {statistics.median(walls):.0f} ms, broker CPU {(cpu() - c0) * 1000 / n:.1f} ms per fetch")
    c.unsubscribe()
"""


if __name__ == "__main__":
    sys.exit(main())
