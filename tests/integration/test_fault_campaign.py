"""The fault campaign, small: traffic with withdrawals, kill -9, a Redis outage and fuzzed
payloads on a private broker and Redis, then every accounting check must hold.

The full-size run (10 kills, 2 outages, 10,000 fuzzed payloads) is made by hand:
``python scripts/fault_campaign.py`` (figures in the README's robustness section)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_when_faults_and_fuzz_hit_the_worker_then_every_promise_is_kept(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "fault_campaign.py"), "--small", "--json",
                           "--workdir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.stdout.strip(), f"campaign printed nothing; stderr:\n{proc.stderr[-3000:]}"
    result = json.loads(proc.stdout)
    failed = [name for name, ok in result["checks"].items() if not ok]
    assert not failed, f"failed checks {failed}\n{json.dumps(result, indent=1, default=str)}"
    assert result["kills"] == 2 and result["redis_outages"] == 1
    assert result["requests"] == result["decided"] == 240
    assert result["fuzzed_undecodable"] > 0
    assert proc.returncode == 0
