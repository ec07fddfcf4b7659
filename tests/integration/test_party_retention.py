"""Clients and prospects past their retention get an audit record from the real worker
(a kakoo-shaped policy with durations in seconds)."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess
from talentguard.keyring import load_keyring

POLICY = """name: kakoo-fast
retention:
  rules:
    - anchor: last_activity
      after: 2y
  clients:
    - anchor: contract_ended_at
      after: 3s
      text: "clients: contract end + 5 years (3 s here)"
      source: "000 §C Clients"
  prospects:
    - anchor: last_contact
      after: 3s
      text: "prospects: 5 years after the last contact (3 s here)"
      source: "000 §C Prospects"
"""


def test_when_a_client_contract_ended_and_a_prospect_went_quiet_then_both_expire_with_an_audit(
        bootstrap: str, worker_env: dict[str, str], tmp_path: Path, dead_letters: TopicTail) -> None:
    policy = tmp_path / "kakoo-fast.yaml"
    policy.write_text(POLICY)
    env = {**worker_env, "TALENTGUARD_POLICY": str(policy), "TALENTGUARD_KEYS_DIR": str(tmp_path / "keys")}
    worker = WorkerProcess(bootstrap, group=f"tg-party-{uuid.uuid4().hex[:8]}", env=env,
                           log_path=tmp_path / "worker.log", extra_args=("--sweep-interval", "1")).start()
    audit = TopicTail(bootstrap, "privacy-audit")
    try:
        worker.wait_ready(dead_letters, timeout=120)
        ended, active, prospect = (f"{kind}-{uuid.uuid4().hex[:6]}" for kind in ("client", "client", "prospect"))
        now = datetime.now(timezone.utc)
        with Publisher(bootstrap) as pub:
            pub.publish("client-events", {"type": "ClientContractStarted", "client_id": ended, "occurred_at": now})
            pub.publish("client-events", {"type": "ClientContractEnded", "client_id": ended, "occurred_at": now})
            pub.publish("client-events", {"type": "ClientContractStarted", "client_id": active, "occurred_at": now})
            pub.publish("client-events", {"type": "ProspectContacted", "client_id": prospect, "channel": "demo",
                                          "occurred_at": now})
        name = load_keyring(tmp_path / "keys").subject_pseudonym   # audit subjects are pseudonyms
        expired = audit.wait_for(lambda e: e["decision"] == "party_retention_expired"
                                 and e["subject_id"] in (name(ended), name(prospect)), count=2, timeout=90)
        assert sorted(e["reason"].split(":")[0] for e in expired) == ["clients", "prospects"]
        assert {e["rule"] for e in expired} == {"000 §C Clients", "000 §C Prospects"}
        assert not audit.matching(lambda e: e["decision"] == "party_retention_expired"
                                  and e["subject_id"] == name(active), settle=2.0)
    finally:
        audit.close()
        worker.stop()
