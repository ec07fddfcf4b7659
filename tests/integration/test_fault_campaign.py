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


# Open bug the full-size campaign found (10 kills, 2 outages, 4,000 requests), tracked in
# issue 10 and printed by the campaign, not asserted here:
# - "one outcome per request": a request denied with a retryable reason (state_unavailable,
#   state_lagging: never claimed, by contract a redelivery decides again) can get another
#   outcome when a kill -9 redelivers it. Two different FINAL outcomes (the bug of issue 10:
#   a decision redone on changed consent) are asserted below: decisions are claimed now.
#   Small runs after the claims (shared machine at load ~15): 0, 6, 3, 0 requests with two
#   outcomes, every one state_lagging + state_unavailable; 0 with two final outcomes.
# "withdrawals honoured by every later request" is asserted again: read-your-writes proves
# coverage by offsets (streams.processors.freshness) instead of the client-clock watermark
# that let 50 such requests through (small runs after it: 0 of 61 and 0 of 56).
KNOWN_OPEN = {"one outcome per request"}


def test_when_faults_and_fuzz_hit_the_worker_then_no_check_outside_the_known_open_bugs_fails(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "fault_campaign.py"), "--small", "--json",
                           "--workdir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert proc.stdout.strip(), f"campaign printed nothing; stderr:\n{proc.stderr[-3000:]}"
    result = json.loads(proc.stdout)
    failed = [name for name, ok in result["checks"].items() if not ok and name not in KNOWN_OPEN]
    assert not failed, f"failed checks {failed}\n{json.dumps(result, indent=1, default=str)}"
    assert KNOWN_OPEN <= set(result["checks"]), "the campaign no longer reports a known-open check"
    assert result["kills"] == 2 and result["redis_outages"] == 1
    assert result["requests"] == result["decided"] == 240
    assert result["fuzzed_undecodable"] > 0
    assert proc.returncode in (0, 1)  # 1: a check failed (the known-open ones are reported above)
