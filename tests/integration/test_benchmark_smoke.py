"""The pipeline benchmark completes at a smoke size and reports every field (not a timed test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from streams.testing import ROOT

FIELDS = {"raw_eps", "consent_eps", "consent_ratio", "consent_p99_ms", "analytics_eps", "analytics_ratio",
          "candidate_eps", "candidate_ratio", "worker_rss_mb"}


def test_when_the_benchmark_runs_small_then_it_prints_all_fields(redis_url: str) -> None:
    """No --bootstrap: the default path, a fresh private embedded broker for the run."""
    env = {k: v for k, v in os.environ.items() if k != "TALENTGUARD_BOOTSTRAP"}
    result = subprocess.run([sys.executable, "-m", "talentguard.cli", "bench", "pipeline",
                             "--redis-url", redis_url, "--events", "600", "--candidates", "500",
                             "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "private embedded broker" in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert FIELDS <= set(report)
    assert report["raw_eps"] > 0 and report["consent_eps"] > 0 and report["analytics_eps"] > 0
    assert report["candidate_eps"] > 0
    assert report["consent_latency_samples"] > 0 and report["worker_rss_mb"] > 0
