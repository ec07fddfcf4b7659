"""Retention cycles per preset (in seconds), analytics with cookie consent, and a worker
killed between the sink write and the offset commit: all on real parts."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import pytest
import redis
import yaml

from sinks.duckdb_sink import DuckDbSink
from streams.publisher import Publisher
from streams.testing import TopicTail, WorkerProcess
from talentguard.durations import approx_seconds, parse_duration
from talentguard.policy import PRESET_DIR
from tests.integration.pseudonyms import audit_subject

PRESETS = ["kakoo", "kbis-registre", "cooptalis", "cocoom", "valumen"]
# one sector per preset: every test's worker re-reads earlier tests' events (new consumer
# group from the earliest offset), so each test looks at its own cohort row
SECTOR = {"kakoo": "Logistics", "kbis-registre": "Retail", "cooptalis": "Finance", "cocoom": "Legal",
          "valumen": "Education"}
YEAR_S = 365.25 * 86400
# 1y -> 15 s: long enough for a fresh worker to catch up with earlier tests' events and
# share the profiles before they expire
SECONDS_PER_YEAR = 15
MIN_RETENTION_S = 30.0


def seconds_policy(preset: str, tmp_path: Path) -> Path:
    """The preset with every retention duration scaled from years to seconds (2y -> 30 s),
    never under MIN_RETENTION_S: with 1y -> 15 s, a CI run with a busy core expired one
    candidate before its share request was decided (4 of 5 shared)."""
    data = yaml.safe_load((PRESET_DIR / f"{preset}.yaml").read_text())
    for rule in data["retention"]["rules"]:
        scaled = SECONDS_PER_YEAR * approx_seconds(parse_duration(rule['after'])) / YEAR_S
        rule["after"] = f"{max(MIN_RETENTION_S, scaled):.0f}s"
    path = tmp_path / f"{preset}-seconds.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.fixture
def tails(bootstrap: str) -> Iterator[dict[str, TopicTail]]:
    t = {name: TopicTail(bootstrap, name) for name in ("client-profiles", "privacy-audit", "candidate-events")}
    yield t
    for tail in t.values():
        tail.close()


@pytest.mark.parametrize("preset", PRESETS)
def test_when_retention_expires_then_profiles_become_a_cohort_and_everything_personal_goes(
    preset: str, bootstrap: str, worker_env: dict, dead_letters: TopicTail, tails: dict, tmp_path: Path,
    redis_url: str, state_prefix: str
) -> None:
    env = {**worker_env, "TALENTGUARD_POLICY": str(seconds_policy(preset, tmp_path))}
    worker = WorkerProcess(bootstrap, group=f"tg-ret-{uuid.uuid4().hex[:6]}", env=env, log_path=tmp_path / "w.log",
                           extra_args=("--sweep-interval", "0.5")).start()
    client = f"client-{uuid.uuid4().hex[:6]}"
    cids = [f"ret-{preset}-{uuid.uuid4().hex[:6]}" for _ in range(5)]
    try:
        worker.wait_ready(dead_letters)
        with Publisher(bootstrap) as pub:
            for cid in cids:
                pub.publish("candidate-events", {"type": "CandidateRegistered", "candidate_id": cid, "event_id": f"reg-{cid}",
                                                 "email": f"{cid}@example.org", "first_name": "Ada", "last_name": "L",
                                                 "city": "Nantes", "locale": "fr"})
                pub.publish("candidate-events", {"type": "ProfileUpdated", "candidate_id": cid, "sector": SECTOR[preset],
                                                 "years_experience": 4, "education_level": "vocational",
                                                 "contract_types": ["permanent"], "birth_date": "1991-04-03"})
                pub.publish("candidate-events", {"type": "ConsentGranted", "candidate_id": cid, "purpose": "cv_library",
                                                 "event_id": f"consent-{cid}"})
            pub.flush()
            for cid in cids:
                tails["privacy-audit"].wait_for(lambda e, c=cid: e["ref"] == f"consent-{c}", timeout=90)
            for cid in cids:
                pub.publish("client-events", {"type": "ProfileShareRequested", "request_id": f"r-{cid}",
                                              "client_id": client, "candidate_id": cid})
            pub.flush()
            if preset == "cocoom":  # "in no case passed to other third parties": denied, nothing to revoke later
                denied = tails["client-profiles"].wait_for(
                    lambda e: e["type"] == "ProfileShareDenied" and e["candidate_id"] in cids, count=5)
                assert {e["reason"] for e in denied} == {"not_permitted_by_policy"}
            else:
                shared = tails["client-profiles"].wait_for(
                    lambda e: e["type"] == "ProfileShared" and e["candidate_id"] in cids, count=5)
                assert {e["client_id"] for e in shared} == {client}
            if preset == "valumen":  # closed accounts: copies revoked at once, data kept 1 year after closure
                for cid in cids:
                    pub.publish("candidate-events", {"type": "AccountClosed", "candidate_id": cid})
        if preset != "cocoom":
            # by condition, up to 300 s (only a failure waits this long): this fresh worker
            # re-reads the shared broker's history, so under the scaled policy every earlier
            # test's candidate is due too, oldest first, 1,000 per sweep; in a full CI run on a
            # busy 2-core machine 120 s saw none of these five revoked (session 8), alone it
            # takes seconds
            revoked = tails["client-profiles"].wait_for(
                lambda e: e["type"] == "ProfileRevoked" and e["candidate_id"] in cids, count=5, timeout=300)
            expected = "account_closed" if preset == "valumen" else "retention_expired"
            assert {e["reason"] for e in revoked} == {expected} and {e["client_id"] for e in revoked} == {client}
        expiries = tails["privacy-audit"].wait_for(lambda e: e["decision"] == "expire" and e["subject_id"] in {audit_subject(c) for c in cids}, count=5)
        assert all(e["rule"].startswith(f"{preset}: ") for e in expiries)
        tails["candidate-events"].matching(lambda e: False, settle=1.0)
        tombstones = {k.decode() for k, v in tails["candidate-events"].seen if v is None}
        assert set(cids) <= tombstones
        # personal state is gone from Redis (erased, key shredded); only audit heads remain
        r = redis.Redis.from_url(redis_url)
        deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
        while time.monotonic() < deadline:
            left = {k.decode() for cid in cids for k in r.scan_iter(match=f"{state_prefix}:*{cid}*")}
            if all(":audit:" in k or ":noticed:" in k or ":seen:" in k for k in left):
                break
            time.sleep(0.2)
        assert all(":audit:" in k or ":noticed:" in k or ":seen:" in k for k in left), left
    finally:
        worker.stop()
    sink = DuckDbSink(Path(worker_env["TALENTGUARD_SINK"].split(":", 1)[1]))
    columns, rows = sink.published("cohorts")
    (row,) = [dict(zip(columns, r)) for r in rows if r[columns.index("sector")] == SECTOR[preset]]
    assert (row["region"], row["seniority_band"], row["education_level"], row["contract_type"], row["profiles"]) == \
        ("Pays de la Loire", "3-5", "vocational", "permanent", 5)


def test_when_visitors_lack_valid_analytics_consent_then_their_events_are_not_counted(
    bootstrap: str, worker: WorkerProcess, worker_env: dict
) -> None:
    now = datetime.now(timezone.utc)
    tag = "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:8])  # letters: paths with digits group as :id
    allowed = [f"ok-{tag}-{i}" for i in range(5)]
    with Publisher(bootstrap) as pub:
        for vid in allowed:
            pub.publish("analytics-events", {"type": "CookieConsentChanged", "visitor_id": vid, "analytics": True,
                                             "advertising": False, "functional": True})
        pub.publish("analytics-events", {"type": "CookieConsentChanged", "visitor_id": f"no-{tag}", "analytics": False,
                                         "advertising": False, "functional": True})
        pub.publish("analytics-events", {"type": "CookieConsentChanged", "visitor_id": f"old-{tag}", "analytics": True,
                                         "advertising": False, "functional": True,
                                         "occurred_at": now - timedelta(days=420)})
        pub.flush()
        time.sleep(1.0)
        for vid in allowed + [f"no-{tag}", f"old-{tag}", f"none-{tag}"]:
            pub.publish("analytics-events", {"type": "PageViewed", "visitor_id": vid, "path": f"/{tag}/123?ref=mail",
                                             "ip": "192.0.2.7", "user_agent": "UA"})
            pub.publish("analytics-events", {"type": "SearchPerformed", "visitor_id": vid, "query": f"Data Engineer {tag}"})
            pub.publish("analytics-events", {"type": "SearchPerformed", "visitor_id": vid, "query": "Marie Dupont"})
    sink = DuckDbSink(Path(worker_env["TALENTGUARD_SINK"].split(":", 1)[1]))
    deadline = time.monotonic() + 120  # by condition: only a failure waits this long (busy CI)
    while time.monotonic() < deadline:
        _, rows = sink.published("analytics")
        mine = [r for r in rows if r[2] == f"/{tag}/:id"]
        if mine and mine[0][3] >= 5:  # the count may first appear partial (batches)
            break
        time.sleep(0.3)
    assert [(r[1], r[3], r[4]) for r in mine] == [("PageViewed", 5, 5)]
    _, searches = sink.published("searches")
    assert (f"data engineer {tag}", 5) in [(r[1], r[2]) for r in searches]
    assert all("marie" not in r[1] for r in searches)
    raw = Path(worker_env["TALENTGUARD_SINK"].split(":", 1)[1]).read_bytes()
    assert b"192.0.2.7" not in raw and tag.encode() + b"-0" not in raw  # no IPs, no visitor ids in the file


def test_when_a_worker_dies_between_sink_write_and_commit_then_nothing_is_counted_twice(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, tmp_path: Path
) -> None:
    tag = "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:8])
    group = f"tg-kill-{tag}"
    visitors = [f"k-{tag}-{i}" for i in range(6)]
    with Publisher(bootstrap) as pub:
        for vid in visitors:
            pub.publish("analytics-events", {"type": "CookieConsentChanged", "visitor_id": vid, "analytics": True,
                                             "advertising": False, "functional": True})
        for i in range(300):
            pub.publish("analytics-events", {"type": "PageViewed", "visitor_id": visitors[i % 6], "path": f"/kill-{tag}"})
    crashing = WorkerProcess(bootstrap, group=group, env={**worker_env, "TALENTGUARD_FAULT_INJECTION": "kill-after-sink-write"},
                             log_path=tmp_path / "crash.log").start()
    deadline = time.monotonic() + 180  # by condition: a new group first reads the broker's history (busy CI)
    while crashing.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not crashing.alive(), "fault injection did not kill the worker"
    assert crashing.proc.returncode == -9
    healthy = WorkerProcess(bootstrap, group=group, env=worker_env, log_path=tmp_path / "ok.log").start()
    try:
        healthy.wait_ready(dead_letters)
        sink = DuckDbSink(Path(worker_env["TALENTGUARD_SINK"].split(":", 1)[1]))
        deadline = time.monotonic() + 120  # by condition (only a failure waits this long)
        while time.monotonic() < deadline:
            rows = [r for r in sink.published("analytics")[1] if r[2] == f"/kill-{tag}"]
            if rows and rows[0][3] >= 300:
                break
            time.sleep(0.3)
        time.sleep(1.5)
        rows = [r for r in sink.published("analytics")[1] if r[2] == f"/kill-{tag}"]
        assert [(r[3], r[4]) for r in rows] == [(300, 6)]
    finally:
        healthy.stop()


def test_when_a_cohort_cell_has_fewer_than_k_expired_profiles_then_no_raw_row_is_written_until_the_kth(
    bootstrap: str, worker_env: dict, dead_letters: TopicTail, tails: dict, tmp_path: Path,
    redis_url: str, state_prefix: str
) -> None:
    """k at write on real parts (kakoo, k=5): 4 expiries leave cohort_stats without the cell
    (Redis holds the count); the 5th writes 5. A second worker re-reads the first 4
    candidates' events (new group, earliest offset): they are erased and not counted again."""
    env = {**worker_env, "TALENTGUARD_POLICY": str(seconds_policy("kakoo", tmp_path))}
    sink_path = Path(worker_env["TALENTGUARD_SINK"].split(":", 1)[1])
    cids = [f"katw-{uuid.uuid4().hex[:6]}" for _ in range(5)]
    subjects = {audit_subject(c): c for c in cids}

    def register(pub: Publisher, cid: str) -> None:
        pub.publish("candidate-events", {"type": "CandidateRegistered", "candidate_id": cid, "event_id": f"reg-{cid}",
                                         "email": f"{cid}@example.org", "first_name": "Ada", "last_name": "L",
                                         "city": "Nantes", "locale": "fr"})
        pub.publish("candidate-events", {"type": "ProfileUpdated", "candidate_id": cid, "sector": "Agriculture",
                                         "years_experience": 4, "education_level": "vocational",
                                         "contract_types": ["permanent"], "birth_date": "1991-04-03"})

    def run_until_expired(batch: list[str]) -> None:
        worker = WorkerProcess(bootstrap, group=f"tg-katw-{uuid.uuid4().hex[:6]}", env=env,
                               log_path=tmp_path / f"w{len(batch)}.log", extra_args=("--sweep-interval", "0.5")).start()
        try:
            worker.wait_ready(dead_letters)
            with Publisher(bootstrap) as pub:
                for cid in batch:
                    register(pub, cid)
                pub.flush()
            tails["privacy-audit"].wait_for(
                lambda e: e["decision"] == "expire" and subjects.get(e["subject_id"]) in batch, count=len(batch),
                timeout=180)
        finally:
            worker.stop()

    def raw_rows() -> list[tuple]:
        con = duckdb.connect(str(sink_path), read_only=True)
        try:
            return con.execute("SELECT profiles FROM cohort_stats WHERE sector = 'Agriculture'").fetchall()
        finally:
            con.close()

    run_until_expired(cids[:4])
    assert raw_rows() == []  # held back: not even in the raw table
    counts = redis.Redis.from_url(redis_url, decode_responses=True).hgetall(f"{state_prefix}:cohort-cells")
    assert [n for f, n in counts.items() if "Agriculture" in f] == ["4"]
    assert all("katw" not in f for f in counts)  # dimensions and a count, no identifier
    run_until_expired(cids[4:])
    assert raw_rows() == [(5,)]
