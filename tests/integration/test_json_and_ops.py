"""JSON events on the wire (both engines) and the ops endpoints, on a real broker and worker."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from streams.publisher import Publisher
from streams.testing import ROOT, TopicTail, WorkerProcess


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.mark.parametrize("engine", ["direct", "faust"])
def test_when_json_events_arrive_then_they_are_processed_and_invalid_ones_dead_lettered_naming_the_field(
    engine: str, bootstrap: str, worker_env: dict[str, str], dead_letters: TopicTail, tmp_path: Path
) -> None:
    proc = WorkerProcess(bootstrap, group=f"tg-json-{engine}-{uuid.uuid4().hex[:8]}", env=worker_env,
                         log_path=tmp_path / "worker.log", extra_args=("--engine", engine)).start()
    profiles = TopicTail(bootstrap, "client-profiles")
    try:
        proc.wait_ready(dead_letters)
        tag = uuid.uuid4().hex[:8]
        request = {"type": "ProfileShareRequested", "event_id": f"e-{tag}", "occurred_at": _now(),
                   "request_id": f"r-{tag}", "client_id": f"acme-{tag}", "candidate_id": f"nobody-{tag}"}
        bad_key = f"bad-{tag}".encode()
        with Publisher(bootstrap) as pub:
            pub.send_raw("client-events", f"acme-{tag}".encode(), _json(request))
            pub.send_raw("candidate-events", bad_key, _json({
                "type": "ProfileUpdated", "event_id": f"e2-{tag}", "occurred_at": _now(),
                "candidate_id": f"c-{tag}", "years_experience": "SECRET-twelve"}))
            # the content-type header reaches the decoder: one that contradicts the bytes is refused
            avro_as_json = pub.codec.encode(pub.codec.from_json({"type": "AccountClosed", "candidate_id": f"c-{tag}"}))
            pub.send_raw("candidate-events", f"hdr-avro-{tag}".encode(), avro_as_json,
                         headers=[("content-type", b"application/json")])
            pub.send_raw("candidate-events", f"hdr-json-{tag}".encode(), _json({
                "type": "AccountClosed", "event_id": f"e3-{tag}", "occurred_at": _now(), "candidate_id": f"c-{tag}"}),
                headers=[("Content-Type", b"avro/binary")])
            pub.send_raw("client-events", f"acme-{tag}".encode(), _json({**request, "event_id": f"e4-{tag}",
                                                                           "request_id": f"r2-{tag}"}),
                         headers=[("content-type", b"application/json; charset=utf-8")])
        # at-least-once: a batch redelivered after a rebalance repeats its outputs with the same ids
        decisions = profiles.wait_for(lambda e: e.get("request_id") == f"r-{tag}", timeout=60)
        denied = decisions[0]
        assert denied["type"] == "ProfileShareDenied" and len({e["event_id"] for e in decisions}) == 1
        b64 = base64.b64encode(bad_key).decode()
        letters = dead_letters.wait_for(lambda e: e["key"] == b64, timeout=60)
        letter = letters[0]
        assert len({e["event_id"] for e in letters}) == 1
        assert "'years_experience'" in letter["error"] and "SECRET" not in letter["error"]
        for key, words in ((f"hdr-avro-{tag}", "content-type header says application/json but the value is an Avro"),
                           (f"hdr-json-{tag}", "content-type header says avro/binary but the value is a JSON")):
            want = base64.b64encode(key.encode()).decode()
            assert words in dead_letters.wait_for(lambda e, w=want: e["key"] == w, timeout=60)[0]["error"]
        assert profiles.wait_for(lambda e: e.get("request_id") == f"r2-{tag}", timeout=60)[0]["type"] == \
            "ProfileShareDenied"  # a matching header: decoded as usual
        assert proc.alive()
        status, body = _get(f"http://127.0.0.1:{proc.web_port}/readyz")
        assert (status, body.strip()) == (200, "ready")
        metrics = proc.metrics()
        assert metrics['talentguard_consumed_total{topic="client-events"}'] >= 1
        assert metrics["talentguard_ready"] == 1.0
    finally:
        profiles.close()
        proc.stop()


def test_when_the_metrics_port_is_taken_then_the_worker_says_so_in_one_line(
    worker: WorkerProcess, bootstrap: str, worker_env: dict[str, str]
) -> None:
    import os

    status, body = _get(f"http://127.0.0.1:{worker.web_port}/healthz")
    assert (status, body.strip()) == (200, "ok")
    result = subprocess.run(
        [sys.executable, "-m", "talentguard.cli", "worker", "--bootstrap", bootstrap,
         "--group", f"tg-clash-{uuid.uuid4().hex[:6]}"], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, **worker_env, "TALENTGUARD_METRICS_PORT": str(worker.web_port)})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"talentguard worker: metrics port {worker.web_port} on 127.0.0.1 is already in use (another worker?); "
        "choose another with --metrics-port / TALENTGUARD_METRICS_PORT, or 0 to turn the metrics endpoint off"]


def test_when_a_real_worker_is_scraped_then_every_metric_the_alerts_and_dashboard_name_exists(
    worker: WorkerProcess
) -> None:
    from ops.promql_names import exposed_names, referenced_metrics

    status, text = _get(f"http://127.0.0.1:{worker.web_port}/metrics")
    assert status == 200
    missing = referenced_metrics() - exposed_names(text)
    assert not missing, f"named by ops/ but not on /metrics: {sorted(missing)}"
