"""The examples of docs/integration.md, run against the real broker: what they publish must
decode with the pipeline's own codec (the worker's first step). Under CI a missing
toolchain fails the test (.ci/run installs them); elsewhere it skips."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from streams.publisher import Publisher
from streams.testing import ROOT, TopicTail

EXAMPLES = ROOT / "docs" / "examples"
SCHEMAS = ROOT / "schemas"
JAVA_CP = ":".join(f"/usr/share/java/{jar}" for jar in
                   ("avro.jar", "jackson-core-asl.jar", "jackson-mapper-asl.jar", "slf4j-api.jar"))


def _need(condition: bool, what: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required under CI (installed by .ci/run)")
    pytest.skip(f"{what} not installed")


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300,
                            env={**os.environ, **(env or {})})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _find(bootstrap: str, topic: str, candidate_id: str, record: str) -> dict:
    tail = TopicTail(bootstrap, topic)
    try:
        (event,) = tail.wait_for(lambda e: e.get("candidate_id") == candidate_id and e["type"] == record, timeout=60)
    finally:
        tail.close()
    return event


def test_when_the_plain_json_example_publishes_then_the_pipeline_codec_reads_it(bootstrap: str) -> None:
    cid = f"c-json-{uuid.uuid4().hex[:8]}"
    out = _run([sys.executable, str(EXAMPLES / "json" / "produce_json.py"), bootstrap, cid], ROOT)
    event = _find(bootstrap, "candidate-events", cid, "ConsentGranted")
    assert event["event_id"] in out and event["purpose"] == "share_with_client"


def test_when_the_node_avsc_example_publishes_then_avro_and_json_both_decode(bootstrap: str) -> None:
    _need(shutil.which("node") is not None and (EXAMPLES / "node" / "node_modules" / "avsc").is_dir(),
          "node with docs/examples/node/node_modules (npm ci)")
    cid = f"c-node-{uuid.uuid4().hex[:8]}"
    out = _run(["node", "produce.js", bootstrap, cid, str(SCHEMAS)], EXAMPLES / "node")
    registered = _find(bootstrap, "candidate-events", cid, "CandidateRegistered")
    request = _find(bootstrap, "client-events", cid, "ProfileShareRequested")
    assert registered["event_id"] in out and request["event_id"] in out
    assert registered["city"] == "Lyon" and registered["locale"] == "en"


def test_when_the_java_binary_message_encoder_example_encodes_then_the_pipeline_codec_reads_it(
    bootstrap: str, tmp_path: Path
) -> None:
    _need(shutil.which("java") is not None and Path("/usr/share/java/avro.jar").exists(),
          "java with Debian's libavro-java")
    cid = f"c-java-{uuid.uuid4().hex[:8]}"
    out_file = tmp_path / "event.bin"
    out = _run(["java", "-cp", JAVA_CP, "EncodeCandidateRegistered.java", str(SCHEMAS), cid, str(out_file)],
               EXAMPLES / "java")
    with Publisher(bootstrap) as pub:  # the Kafka client is not the point here: the bytes are
        pub.send_raw("candidate-events", cid.encode(), out_file.read_bytes())
    event = _find(bootstrap, "candidate-events", cid, "CandidateRegistered")
    assert event["event_id"] in out and event["source"] == "java-example"


def test_when_the_go_example_publishes_then_the_pipeline_codec_reads_it(bootstrap: str, tmp_path: Path) -> None:
    _need(shutil.which("go") is not None and Path("/usr/share/gocode/src/github.com/linkedin/goavro").is_dir()
          and Path("/usr/share/gocode/src/github.com/Shopify/sarama").is_dir(),
          "go with Debian's goavro and sarama packages")
    env = {"GO111MODULE": "off", "GOPATH": "/usr/share/gocode", "GOCACHE": str(tmp_path / "gocache"),
           "GOFLAGS": ""}
    binary = tmp_path / "go-example"
    _run(["go", "build", "-o", str(binary), "main.go"], EXAMPLES / "go", env)
    cid = f"c-go-{uuid.uuid4().hex[:8]}"
    out = _run([str(binary), bootstrap, cid, str(SCHEMAS)], EXAMPLES / "go")
    event = _find(bootstrap, "candidate-events", cid, "CandidateRegistered")
    assert event["event_id"] in out and event["city"] == "Lyon"
