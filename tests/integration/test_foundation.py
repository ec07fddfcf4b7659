"""Foundation on real parts: publish CLI, dead-letter path, lag that is right on Tansu."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import uuid
from pathlib import Path

from streams.lag import group_lag
from streams.publisher import Publisher
from streams.testing import ROOT, TopicTail, WorkerProcess


def cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "talentguard.cli", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=120)


def test_when_one_line_is_valid_and_one_malformed_then_one_is_published_and_the_other_explained(bootstrap: str) -> None:
    cid = f"c-{uuid.uuid4().hex[:8]}"
    valid = json.dumps({"type": "CandidateRegistered", "candidate_id": cid, "email": "x@example.org",
                        "first_name": "Ada", "last_name": "L", "locale": "en"})
    malformed = json.dumps({"type": "ConsentGranted", "candidate_id": cid, "purpose": "everything"})
    result = cli("publish", "candidate-events", "--bootstrap", bootstrap, stdin=f"{valid}\n{malformed}\n")
    assert result.returncode == 1
    assert "line 2" in result.stderr and "'purpose'" in result.stderr and "one of" in result.stderr
    assert "published 1 event" in result.stderr
    out = cli("consume", "candidate-events", "--bootstrap", bootstrap, "--from-beginning", "--timeout", "2")
    mine = [json.loads(line) for line in out.stdout.splitlines() if cid in line]
    assert [e["type"] for e in mine] == ["CandidateRegistered"]


def test_when_garbage_bytes_arrive_then_they_land_in_dead_letter_and_the_worker_keeps_going(
    bootstrap: str, worker: WorkerProcess, dead_letters: TopicTail
) -> None:
    key = f"garbage-{uuid.uuid4().hex[:8]}".encode()
    cid = f"c-{uuid.uuid4().hex[:8]}"
    with Publisher(bootstrap) as pub:
        pub.send_raw("candidate-events", key, b"\x00\xffnot-avro-at-all")
        pub.send_raw("analytics-events", key, b"{json but not avro}")
        pub.publish("candidate-events", {"type": "AccountClosed", "candidate_id": cid})
        pub.send_raw("candidate-events", key, b"\xc3\x01" + b"\x01" * 8)
    b64 = base64.b64encode(key).decode()
    letters = dead_letters.wait_for(lambda e: e["key"] == b64, count=3)
    assert {letter["topic"] for letter in letters} == {"candidate-events", "analytics-events"}
    assert all(letter["error"] and letter["value"] for letter in letters)
    assert any("magic" in letter["error"] for letter in letters)
    assert any("fingerprint" in letter["error"] for letter in letters)
    assert worker.alive()


def test_when_events_are_published_while_the_worker_is_down_then_lag_counts_them_all(
    bootstrap: str, worker_env: dict[str, str], dead_letters: TopicTail, tmp_path: Path
) -> None:
    group = f"tg-lag-{uuid.uuid4().hex[:8]}"
    proc = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "w1.log").start()
    try:
        proc.wait_ready(dead_letters)
        _wait_lag_zero(bootstrap, group, timeout=120)  # a new group first reads earlier tests' events
    finally:
        proc.stop()
    with Publisher(bootstrap, linger_ms=50) as pub:
        for i in range(500):
            pub.publish("candidate-events", {"type": "ActivityRecorded", "candidate_id": f"lag-{i % 7}",
                                             "activity": "login"})
    rows = group_lag(bootstrap, [group])
    assert sum(r.lag for r in rows) == 500, [r.as_dict() for r in rows if r.lag]
    proc = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "w2.log").start()
    try:
        proc.wait_ready(dead_letters)
        _wait_lag_zero(bootstrap, group)
    finally:
        proc.stop()
    result = cli("lag", "--bootstrap", bootstrap, "--group", group, "--json")
    assert json.loads(result.stdout)["total_lag"] == {group: 0}


def _lag(bootstrap: str, group: str) -> int:
    return sum(r.lag for r in group_lag(bootstrap, [group]))


def _wait_lag_zero(bootstrap: str, group: str, timeout: float = 60.0) -> None:
    """Zero lag on every partition of the worker's three input topics. A partition the group
    has not committed yet has no lag row at all, so "no rows with lag" is not enough."""
    import time

    from streams.topics import TOPICS_BY_NAME

    inputs = {"candidate-events", "client-events", "analytics-events"}
    deadline = time.monotonic() + timeout
    while True:
        rows = [r for r in group_lag(bootstrap, [group]) if r.topic in inputs]
        if len(rows) == sum(TOPICS_BY_NAME[t].partitions for t in inputs) and all(r.lag == 0 for r in rows):
            return
        assert time.monotonic() < deadline, "lag did not reach zero on every input partition"
        time.sleep(0.5)


def test_when_the_faust_engine_runs_then_garbage_is_dead_lettered_too(
    bootstrap: str, worker_env: dict[str, str], dead_letters: TopicTail, tmp_path: Path
) -> None:
    proc = WorkerProcess(bootstrap, group=f"tg-faust-{uuid.uuid4().hex[:8]}", env=worker_env,
                         log_path=tmp_path / "faust.log", extra_args=("--engine", "faust")).start()
    try:
        proc.wait_ready(dead_letters)
        key = f"faust-{uuid.uuid4().hex[:8]}".encode()
        with Publisher(bootstrap) as pub:
            pub.send_raw("client-events", key, b"garbage")
        b64 = base64.b64encode(key).decode()
        (letter,) = dead_letters.wait_for(lambda e: e["key"] == b64)
        assert letter["topic"] == "client-events" and "magic" in letter["error"]
        assert proc.alive()
    finally:
        proc.stop()


def test_when_a_cv_is_piped_to_sanitize_cv_then_json_with_findings_comes_out() -> None:
    result = cli("sanitize-cv", "--lang", "en", stdin="Jane Roe\njane@example.org\nNurse. Practising Catholic.\n")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert "Catholic" not in out["text"] and out["language"] == "en"
    assert {"contact", "religious_belief"} <= {f["category"] for f in out["findings"]}
    batch = cli("sanitize-cv", "--batch", stdin='{"id": "a", "text": "Mariée, deux enfants."}\nnot json\n')
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert batch.returncode == 1 and lines[0]["id"] == "a" and "error" in lines[1]
    empty = cli("sanitize-cv", stdin="  ")
    assert empty.returncode == 2 and "empty input" in empty.stderr and "Traceback" not in empty.stderr
